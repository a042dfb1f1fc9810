import { describe, expect, it } from 'vitest';
import { bundleForBrowser, bundlePage } from '../src/bundle-page.js';
import { findForbiddenCode } from './bundle-check.js';

const entries = ['hesedvid', 'viddyscribe', 'scriptix', 'apivideo'] as const;

describe('browser bundles', () => {
  it.each(entries)('@conduit/%s/browser bundles without key-header code or Node imports', async (id) => {
    const bundle = await bundleForBrowser({ source: `import * as entry from '@conduit/${id}/browser'; console.log(entry);` });
    expect(bundle.length).toBeGreaterThan(1000);
    expect(findForbiddenCode(bundle)).toEqual([]);
  });

  it('the page this example serves holds no key-header code or Node imports either', async () => {
    const script = await bundlePage();
    expect(script).toContain('/upload?token=');
    expect(findForbiddenCode(script)).toEqual([]);
  });

  // The check must be able to fail: the full Node clients do carry key code.
  it.each([
    ['hesedvid', 'createHesedVidClient', 'an API-key or Authorization header name'],
    ['viddyscribe', 'createViddyScribeClient', 'an API-key or Authorization header name'],
    ['scriptix', 'createScriptixClient', 'a Basic or Bearer credential being built'],
    ['apivideo', 'createApiVideoClient', 'a Basic or Bearer credential being built'],
  ])('flags the key-bearing @conduit/%s client (%s)', async (id, factory, finding) => {
    const bundle = await bundleForBrowser({ source: `import { ${factory} } from '@conduit/${id}'; console.log(${factory});` });
    const found = findForbiddenCode(bundle);
    expect(found.some((line) => line.startsWith(finding))).toBe(true);
    expect(found.some((line) => line.startsWith('an API-key environment variable'))).toBe(true);
  });

  it('flags Node imports', () => {
    expect(findForbiddenCode('import{readFile as a}from"node:fs/promises";')).toEqual(['a node: import: "node:fs/promises"']);
    expect(findForbiddenCode('const{open:e}=await import("fs/promises");')).toEqual(['a Node built-in import: import("fs/promises"']);
  });
});
