import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';

const require = createRequire(import.meta.url);

/**
 * Resolves `@conduit/<id>/browser` through the package's `exports`; while a package does not list
 * `./browser` there yet, to the same built file (`dist/browser.js`).
 */
const browserEntries: Plugin = {
  name: 'conduit-browser-entries',
  setup(builder) {
    builder.onResolve({ filter: /^@conduit\/[a-z]+\/browser$/ }, (args) => {
      const manifestPath = require.resolve(args.path.replace(/\/browser$/, '/package.json'));
      const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { exports: Record<string, unknown> };
      return manifest.exports['./browser'] ? undefined : { path: join(dirname(manifestPath), 'dist/browser.js') };
    });
  },
};

/**
 * Bundles browser code the way an app's bundler would: ESM, minified, for browsers. Node built-ins
 * are not marked external: core's `#platform` split keeps them out, and one left in fails the build.
 * (`scripts/bundles` runs the same scan on webpack, Vite and esbuild-neutral output too.)
 */
export async function bundleForBrowser(options: { entry?: string; source?: string }): Promise<string> {
  const result = await build({
    ...(options.entry === undefined
      ? { stdin: { contents: options.source ?? '', resolveDir: fileURLToPath(new URL('.', import.meta.url)), loader: 'ts' } }
      : { entryPoints: [options.entry] }),
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    write: false,
    plugins: [browserEntries],
    logLevel: 'silent',
  });
  return result.outputFiles[0]?.text ?? '';
}

/** The page's script, built from `src/page.ts`. */
export function bundlePage(): Promise<string> {
  return bundleForBrowser({ entry: fileURLToPath(new URL('../src/page.ts', import.meta.url)) });
}
