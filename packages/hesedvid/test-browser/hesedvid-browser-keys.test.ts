import { createHesedVidClient } from '@conduit/hesedvid';
import * as browserEntry from '@conduit/hesedvid/browser';
import { hesedvidBaseUrl, hesedvidTestKey } from '@conduit/testing/hesedvid';
import { describe, expect, it } from 'vitest';
import './hesedvid-browser-worker.js';

describe('API keys in Chromium', () => {
  it('refuses the key-bearing client in a page without dangerouslyAllowBrowser', () => {
    const attempt = () => createHesedVidClient({ apiKey: hesedvidTestKey, orgId: 'org_123456789', baseUrl: hesedvidBaseUrl });
    expect(attempt).toThrow(browserEntry.ConfigurationError);
    expect(attempt).toThrow(/browser.*dangerouslyAllowBrowser/);
    try {
      attempt();
    } catch (error) {
      expect(JSON.stringify(error)).not.toContain(hesedvidTestKey);
    }
  });

  it('lets a trusted page opt in with dangerouslyAllowBrowser: true, and the client then works', async () => {
    const client = createHesedVidClient({
      apiKey: hesedvidTestKey,
      orgId: 'org_123456789',
      environment: 'prod',
      baseUrl: hesedvidBaseUrl,
      dangerouslyAllowBrowser: true,
    });
    await expect(client.videos.createUploadUrl({ fileName: 'a.mp4', fileSize: 10 })).resolves.toMatchObject({
      signedURL: expect.any(String),
    });
  });

  it('exposes no client, key option or auth helper from the browser entry', () => {
    const names = Object.keys(browserEntry);
    expect(names).toContain('uploadToHesedVid');
    expect(names.filter((name) => /client|key|auth|bearer|basic/i.test(name) && !name.endsWith('Error'))).toEqual([]);
  });
});
