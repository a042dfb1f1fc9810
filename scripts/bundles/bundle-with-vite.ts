import { dirname } from 'node:path';
import { build, createLogger, type Rollup } from 'vite';
import { type BundleResult, type Bundler, messageOf } from './bundle-result.js';

/**
 * Vite's production build with its default config (no config file, no plugins), given the entry
 * as a tiny app's input. Every warning Vite logs or Rollup raises is kept, including "Module … has
 * been externalized for browser compatibility".
 */
export const viteBuild: Bundler = async (entryFile, outDir): Promise<BundleResult> => {
  const warnings: string[] = [];
  const errors: string[] = [];
  const logger = createLogger('warn', { allowClearScreen: false });
  logger.warn = (message) => warnings.push(message);
  logger.warnOnce = (message) => warnings.push(message);
  logger.error = (message) => errors.push(message);
  try {
    const output = await build({
      configFile: false,
      root: dirname(entryFile),
      logLevel: 'warn',
      customLogger: logger,
      build: {
        outDir,
        write: false,
        emptyOutDir: false,
        reportCompressedSize: false,
        rollupOptions: { input: entryFile, onwarn: (warning) => warnings.push(warning.message) },
      },
    });
    const outputs = (Array.isArray(output) ? output : [output]) as Rollup.RollupOutput[];
    const chunks = outputs.flatMap((result) => result.output).filter((file): file is Rollup.OutputChunk => file.type === 'chunk');
    // The entry chunk plus every chunk it imports statically (`dynamicImports` load later).
    const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
    const initial = new Set<Rollup.OutputChunk>();
    const visit = (chunk: Rollup.OutputChunk | undefined) => {
      if (chunk && !initial.has(chunk)) {
        initial.add(chunk);
        for (const name of chunk.imports) {
          visit(byName.get(name));
        }
      }
    };
    for (const chunk of chunks.filter((candidate) => candidate.isEntry)) {
      visit(chunk);
    }
    const code = chunks.map((chunk) => chunk.code).join('\n');
    const initialCode = [...initial].map((chunk) => chunk.code).join('\n');
    return { code, initialCode, errors, warnings };
  } catch (error) {
    return { code: '', initialCode: '', errors: [...errors, messageOf(error)], warnings };
  }
};
