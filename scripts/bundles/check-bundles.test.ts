import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findForbiddenCode } from '../../examples/browser-signed-upload/test-browser/bundle-check.js';
import { bundleCeilingBytes } from './bundle-ceilings.js';
import { bundleEntries } from './bundle-entries.js';
import type { BundleResult, Bundler } from './bundle-result.js';
import { esbuildFor } from './bundle-with-esbuild.js';
import { viteBuild } from './bundle-with-vite.js';
import { webpackForWeb } from './bundle-with-webpack.js';
import { mentionsNodeBuiltin } from './mentions-node-builtin.js';
import { minGzipSize } from './min-gzip-size.js';

// Apps bundle the built packages through their `exports`: build them first (npx turbo run build).
const workRoot = fileURLToPath(new URL('../../node_modules/.cache/conduit-bundles/', import.meta.url));
const bundlers: Record<string, Bundler> = {
  'esbuild-browser': esbuildFor('browser'),
  'esbuild-neutral': esbuildFor('neutral'),
  'webpack-web': webpackForWeb,
  vite: viteBuild,
};
const sizes: Record<string, Record<string, number>> = {};
const totalSizes: Record<string, Record<string, number>> = {};

afterAll(async () => {
  const rows = bundleEntries.map((entry) => [entry.specifier, ...Object.keys(bundlers).map((name) => sizes[name]?.[entry.id] ?? NaN)]);
  console.log(`min+gzip bytes:\n${['entry', ...Object.keys(bundlers)].join('\t')}\n${rows.map((row) => row.join('\t')).join('\n')}`);
  await writeFile(join(workRoot, 'sizes.json'), `${JSON.stringify({ initial: sizes, withLazyChunks: totalSizes }, null, 2)}\n`);
});

describe('the checks themselves', () => {
  it('recognise the Node built-in complaints of each bundler, and nothing else', () => {
    expect(mentionsNodeBuiltin('Could not resolve "https"')).toBe(true);
    expect(mentionsNodeBuiltin(`Module not found: Error: Can't resolve 'fs' in '/app'`)).toBe(true);
    expect(mentionsNodeBuiltin('Module "stream/promises" has been externalized for browser compatibility')).toBe(true);
    expect(mentionsNodeBuiltin('The package "node:http" wasn\'t found on the file system')).toBe(true);
    expect(mentionsNodeBuiltin('asset size limit: The following asset(s) exceed the recommended size limit (244 KiB)')).toBe(false);
  });

  it('the size of a repetitive bundle is far below its length (gzip really runs)', () => {
    expect(minGzipSize('x'.repeat(10_000))).toBeLessThan(100);
  });
});

describe.each(Object.entries(bundlers))('%s', (name, bundle) => {
  const results = new Map<string, BundleResult>();

  beforeAll(async () => {
    for (const entry of bundleEntries) {
      const directory = join(workRoot, name, entry.id);
      await rm(directory, { recursive: true, force: true });
      await mkdir(directory, { recursive: true });
      await writeFile(join(directory, 'entry.js'), entry.source);
      results.set(entry.id, await bundle(join(directory, 'entry.js'), join(directory, 'out')));
    }
  }, 300_000);

  describe.each(bundleEntries)('$specifier', (entry) => {
    const result = () => results.get(entry.id) as BundleResult;

    it('builds with 0 errors and 0 warnings that mention a Node built-in', () => {
      for (const warning of result().warnings) {
        console.log(`${name} ${entry.specifier}: warning: ${warning.split('\n')[0]}`);
      }
      expect(result().errors).toEqual([]);
      expect(result().warnings.filter(mentionsNodeBuiltin)).toEqual([]);
      expect(result().code.length).toBeGreaterThan(500);
    });

    it(entry.kind === 'browser' ? 'holds no key-header code and no Node import' : 'holds no Node import', () => {
      const found = findForbiddenCode(result().code);
      // A full client carries key-header code by design; only its Node imports are forbidden.
      const forbidden = entry.kind === 'browser' ? found : found.filter((line) => /node: import|Node built-in import/.test(line));
      expect(forbidden).toEqual([]);
    });

    it('stays within its min+gzip size ceiling (what loads up front; chunks behind import() are recorded apart)', () => {
      const size = minGzipSize(result().initialCode);
      sizes[name] = { ...sizes[name], [entry.id]: size };
      totalSizes[name] = { ...totalSizes[name], [entry.id]: minGzipSize(result().code) };
      expect(size).toBeLessThanOrEqual(bundleCeilingBytes(entry));
    });
  });
});
