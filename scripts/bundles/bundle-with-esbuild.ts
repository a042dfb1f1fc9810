import { build, type Message } from 'esbuild';
import { type BundleResult, type Bundler, messageOf } from './bundle-result.js';

const text = (message: Message) => `${message.text}${message.location ? ` (${message.location.file}:${message.location.line})` : ''}`;

/**
 * esbuild as an app (or Cloudflare's wrangler) uses it: bundled, minified ESM for `platform`.
 * `neutral` has no main fields or conditions of its own: it gets `module`/`main` and the `import`
 * and `default` conditions, which is what a neutral app build sets.
 */
export function esbuildFor(platform: 'browser' | 'neutral'): Bundler {
  return async (entryFile, outDir): Promise<BundleResult> => {
    try {
      const result = await build({
        entryPoints: [entryFile],
        outdir: outDir,
        bundle: true,
        format: 'esm',
        platform,
        ...(platform === 'neutral' ? { mainFields: ['module', 'main'] } : {}),
        target: 'es2022',
        minify: true,
        // As apps build for the web: `import()` targets become chunks of their own.
        splitting: true,
        metafile: true,
        write: false,
        logLevel: 'silent',
      });
      const files = result.outputFiles.filter((file) => file.path.endsWith('.js'));
      const outputs = result.metafile.outputs;
      const key = (path: string) => Object.keys(outputs).find((output) => path.endsWith(output.replace(/^(\.\.?\/)+/, ''))) ?? path;
      // The entry chunk plus every chunk reached from it by static imports.
      const initial = new Set<string>();
      const visit = (output: string) => {
        if (!initial.has(output)) {
          initial.add(output);
          for (const imported of outputs[output]?.imports ?? []) {
            if (imported.kind === 'import-statement' && !imported.external) {
              visit(imported.path);
            }
          }
        }
      };
      // esbuild names an `import()` target `entryPoint` too: only the app's own entry starts the walk.
      for (const [output, meta] of Object.entries(outputs)) {
        if (meta.entryPoint !== undefined && entryFile.endsWith(meta.entryPoint.replace(/^(\.\.?\/)+/, ''))) {
          visit(output);
        }
      }
      return {
        code: files.map((file) => file.text).join('\n'),
        initialCode: files
          .filter((file) => initial.has(key(file.path)))
          .map((file) => file.text)
          .join('\n'),
        errors: result.errors.map(text),
        warnings: result.warnings.map(text),
      };
    } catch (error) {
      const failure = error as { errors?: Message[]; warnings?: Message[] };
      return {
        code: '',
        initialCode: '',
        errors: failure.errors?.map(text) ?? [messageOf(error)],
        warnings: failure.warnings?.map(text) ?? [],
      };
    }
  };
}
