import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import webpack from 'webpack';
import { type BundleResult, type Bundler, messageOf } from './bundle-result.js';

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
        resolve({ code: '', errors: [messageOf(error)], warnings: [] });
        return;
      }
      const info = stats.toJson({ all: false, errors: true, warnings: true });
      const errors = (info.errors ?? []).map((entry) => entry.message);
      const warnings = (info.warnings ?? []).map((entry) => entry.message);
      if (errors.length > 0) {
        resolve({ code: '', errors, warnings });
        return;
      }
      readFile(join(outDir, 'bundle.js'), 'utf8').then(
        (code) => resolve({ code, errors, warnings }),
        (failure: unknown) => resolve({ code: '', errors: [messageOf(failure)], warnings }),
      );
    });
  });
