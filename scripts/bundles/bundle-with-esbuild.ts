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
        write: false,
        logLevel: 'silent',
      });
      return {
        code: result.outputFiles
          .filter((file) => file.path.endsWith('.js'))
          .map((file) => file.text)
          .join('\n'),
        errors: result.errors.map(text),
        warnings: result.warnings.map(text),
      };
    } catch (error) {
      const failure = error as { errors?: Message[]; warnings?: Message[] };
      return { code: '', errors: failure.errors?.map(text) ?? [messageOf(error)], warnings: failure.warnings?.map(text) ?? [] };
    }
  };
}
