import { existsSync } from 'node:fs';
import { defineConfig } from 'tsup';

const entries = ['index', 'conformance', 'strict', 'browser', 'viddyscribe', 'hesedvid', 'scriptix', 'apivideo', 'genai'];

export default defineConfig({
  // One entry per subpath in package.json's exports (a provider's entry exists once its handlers do).
  entry: Object.fromEntries(entries.filter((name) => existsSync(`src/${name}.ts`)).map((name) => [name, `src/${name}.ts`])),
  format: ['esm'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
  splitting: true,
  treeshake: true,
  external: ['vitest', 'msw'],
});
