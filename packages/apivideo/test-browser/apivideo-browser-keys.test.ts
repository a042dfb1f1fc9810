import { createApiVideoClient } from '@conduit/apivideo';
import * as browserEntry from '@conduit/apivideo/browser';
import { apivideoTestKey } from '@conduit/testing/apivideo';
import { describe, expect, it } from 'vitest';
import './apivideo-browser-worker.js';

describe('API keys in Chromium', () => {
  it('refuses the key-bearing client in a page, with Basic or token exchange, without dangerouslyAllowBrowser', () => {
    for (const auth of ['basic', 'token'] as const) {
      const attempt = () => createApiVideoClient({ apiKey: apivideoTestKey, auth });
      expect(attempt).toThrow(browserEntry.ConfigurationError);
      expect(attempt).toThrow(/browser.*dangerouslyAllowBrowser/);
    }
  });

  it('lets a trusted page opt in with dangerouslyAllowBrowser: true', async () => {
    const client = createApiVideoClient({ apiKey: apivideoTestKey, dangerouslyAllowBrowser: true });
    await expect(client.uploadTokens.create({ ttl: 60 })).resolves.toMatchObject({ token: expect.any(String) });
  });

  it('exposes no client, key option or auth helper from the browser entry', () => {
    const names = Object.keys(browserEntry);
    expect(names).toContain('uploadWithToken');
    expect(names.filter((name) => /client|key|auth|bearer|basic/i.test(name) && !name.endsWith('Error'))).toEqual([]);
  });
});
