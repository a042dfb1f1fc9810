// `npm start`: compiles the TypeScript server with esbuild (Node 20 runs no TypeScript) and starts it.
import { build } from 'esbuild';

await build({
  entryPoints: ['src/main.ts'],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  outfile: '.build/main.mjs',
  logLevel: 'warning',
});
await import('./.build/main.mjs');
