import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import webpack from 'webpack';
import { type BundleResult, type Bundler, messageOf } from './bundle-result.js';

async function readChunks(outDir: string): Promise<{ code: string; initialCode: string }> {
  const names = (await readdir(outDir))
    .filter((name) => name.endsWith('.js'))
    .sort((a, b) => Number(b === 'bundle.js') - Number(a === 'bundle.js'));
  const texts = await Promise.all(names.map((name) => readFile(join(outDir, name), 'utf8')));
  return { code: texts.join('\n'), initialCode: texts[0] ?? '' };
}

/** webpack 5 as a web app (Next.js's client build) uses it: target `web`, production, no `resolve.fallback`. */
export const webpackForWeb: Bundler = (entryFile, outDir) =>
  new Promise<BundleResult>((resolve) => {
    const compiler = webpack({
      mode: 'production',
      target: 'web',
      entry: entryFile,
      output: { path: outDir, filename: 'bundle.js' },
      devtool: false,
      // Size is measured by the check itself; webpack's 244 KiB hint is not about Node built-ins.
      performance: { hints: false },
      infrastructureLogging: { level: 'none' },
    });
    compiler.run((error, stats) => {
      compiler.close(() => undefined);
      if (error || !stats) {
        resolve({ code: '', initialCode: '', errors: [messageOf(error)], warnings: [] });
        return;
      }
      const info = stats.toJson({ all: false, errors: true, warnings: true });
      const errors = (info.errors ?? []).map((entry) => entry.message);
      const warnings = (info.warnings ?? []).map((entry) => entry.message);
      if (errors.length > 0) {
        resolve({ code: '', initialCode: '', errors, warnings });
        return;
      }
      // bundle.js is what the page loads; `import()` targets are emitted beside it as `<id>.bundle.js`.
      readChunks(outDir).then(
        ({ code, initialCode }) => resolve({ code, initialCode, errors, warnings }),
        (failure: unknown) => resolve({ code: '', initialCode: '', errors: [messageOf(failure)], warnings }),
      );
    });
  });
