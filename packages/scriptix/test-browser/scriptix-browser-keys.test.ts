import { createScriptixClient } from '@conduit/scriptix';
import * as browserEntry from '@conduit/scriptix/browser';
import { scriptixBaseUrl, scriptixTestKey } from '@conduit/testing/scriptix';
import { describe, expect, it } from 'vitest';
import './scriptix-browser-worker.js';

describe('API tokens in Chromium', () => {
  it('refuses the key-bearing client in a page, with either auth header, without dangerouslyAllowBrowser', () => {
    for (const authHeader of ['authorization', 'x-zoom-s2t-key'] as const) {
      const attempt = () => createScriptixClient({ apiKey: scriptixTestKey, baseUrl: scriptixBaseUrl, authHeader });
      expect(attempt).toThrow(browserEntry.ConfigurationError);
      expect(attempt).toThrow(/browser.*dangerouslyAllowBrowser/);
    }
  });

  it('lets a trusted page opt in with dangerouslyAllowBrowser: true', async () => {
    const client = createScriptixClient({ apiKey: scriptixTestKey, baseUrl: scriptixBaseUrl, dangerouslyAllowBrowser: true });
    await expect(client.sessions.create({ language: 'en' })).resolves.toMatchObject({ session_id: expect.any(String) });
  });

  it('exposes no client, key option or auth helper from the browser entry', () => {
    const names = Object.keys(browserEntry);
    expect(names).toContain('uploadToScriptix');
    expect(names.filter((name) => /client|key|auth|bearer|basic|token/i.test(name) && !name.endsWith('Error'))).toEqual([]);
  });
});
