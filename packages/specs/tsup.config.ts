import { defineConfig } from 'tsup';

const providers = ['apivideo', 'genai', 'hesedvid', 'scriptix', 'viddyscribe'];

export default defineConfig({
  // One entry per subpath: `./<provider>` (types + operation table) and `./<provider>/document` (the spec as data).
  entry: {
    index: 'src/index.ts',
    ...Object.fromEntries(providers.map((provider) => [provider, `src/generated/${provider}.ts`])),
    ...Object.fromEntries(providers.map((provider) => [`${provider}-document`, `src/generated/${provider}-document.ts`])),
  },
  format: ['esm'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
  splitting: false,
  treeshake: true,
});
