import { viddyscribeBaseUrl, viddyscribeTestKey } from '@conduit/testing/viddyscribe';
import { createViddyScribeClient } from '@conduit/viddyscribe';
import * as browserEntry from '@conduit/viddyscribe/browser';
import { describe, expect, it } from 'vitest';
import './viddyscribe-browser-worker.js';

describe('API keys in Chromium', () => {
  it('refuses the key-bearing client in a page without dangerouslyAllowBrowser', () => {
    const attempt = () => createViddyScribeClient({ apiKey: viddyscribeTestKey, baseUrl: viddyscribeBaseUrl });
    expect(attempt).toThrow(browserEntry.ConfigurationError);
    expect(attempt).toThrow(/browser.*dangerouslyAllowBrowser/);
  });

  it('lets a trusted page opt in with dangerouslyAllowBrowser: true', async () => {
    const client = createViddyScribeClient({ apiKey: viddyscribeTestKey, baseUrl: viddyscribeBaseUrl, dangerouslyAllowBrowser: true });
    const { data } = await client.api.POST('/upload_media', {
      body: { input: { type: 'signed_url', filename: 'a.mp4', content_type: 'video/mp4' } },
    });
    expect(data).toMatchObject({ status: 'pending_upload' });
  });

  it('exposes no client, key option or auth helper from the browser entry', () => {
    const names = Object.keys(browserEntry);
    expect(names).toContain('uploadToViddyScribe');
    expect(names.filter((name) => /client|key|auth|bearer|basic/i.test(name) && !name.endsWith('Error'))).toEqual([]);
  });
});
