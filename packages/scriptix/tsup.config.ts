import { existsSync, readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

export default defineConfig({
  // `./browser` is the signed-URL entry (no key-based auth); it exists once the package has one.
  entry: ['src/index.ts', ...(existsSync('src/browser.ts') ? ['src/browser.ts'] : [])],
  format: ['esm'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
  // Code loaded on first use (`import()`, e.g. the TUS upload and tus-js-client) stays in its own chunk.
  splitting: true,
  treeshake: true,
  define: { __PACKAGE_VERSION__: JSON.stringify(version) },
});
