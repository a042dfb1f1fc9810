import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

export default defineConfig({
  // `#platform` stays an import in dist/index.js; package.json "imports" picks dist/platform/node.js
  // under the `node` condition (Node, Bun, Deno) and dist/platform/web.js everywhere else.
  entry: { index: 'src/index.ts', 'platform/node': 'src/platform/node.ts', 'platform/web': 'src/platform/web.ts' },
  external: ['#platform'],
  // Keep the `node:` prefix: Deno and bundlers need it to tell built-ins from packages.
  removeNodeProtocol: false,
  format: ['esm'],
  dts: { entry: 'src/index.ts' },
  sourcemap: true,
  clean: true,
  target: 'es2022',
  splitting: false,
  treeshake: true,
  define: { __PACKAGE_VERSION__: JSON.stringify(version) },
});
