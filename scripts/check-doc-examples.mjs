// Type-checks every fenced ```ts block under an `@example` tag in the JSDoc of the public packages'
// sources (src/generated/ excluded). Each block is written to its own module in a scratch folder
// under node_modules/.cache and compiled with `tsc --noEmit` against the sources (every
// `@conduit/...` specifier maps to its src file), so an example that stops compiling fails here.
// An example may declare what it assumes (`declare const rawBody: string;`). Exit code 1 on any error.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { publicPackages, repositoryRoot, sourceTsconfig } from './lib/public-entry-points.mjs';

/** Every `.ts` file below `directory`, skipping generated code. */
function sourceFiles(directory) {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    if (statSync(path).isDirectory()) {
      return name === 'generated' ? [] : sourceFiles(path);
    }
    return name.endsWith('.ts') && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** `[{ file, line, code }]`: the fenced TypeScript blocks of each `@example` in `text`'s doc comments. */
export function extractExamples(file, text) {
  const examples = [];
  for (const comment of text.matchAll(/\/\*\*[\s\S]*?\*\//g)) {
    const startLine = text.slice(0, comment.index).split('\n').length;
    const lines = comment[0].split('\n').map((line) => line.replace(/^\s*\/?\*+\/?\s?/, '').replace(/\*\/\s*$/, ''));
    let inExample = false;
    let fence;
    for (const [offset, line] of lines.entries()) {
      if (/^@\w+/.test(line) && !fence) {
        inExample = line.startsWith('@example');
      }
      if (!inExample) {
        continue;
      }
      if (!fence && /^```(ts|typescript)\s*$/.test(line.trim())) {
        fence = { line: startLine + offset + 1, code: [] };
      } else if (fence && line.trim() === '```') {
        examples.push({ file, line: fence.line, code: fence.code.join('\n') });
        fence = undefined;
      } else if (fence) {
        fence.code.push(line);
      }
    }
  }
  return examples;
}

const examples = publicPackages().flatMap(({ directory }) =>
  sourceFiles(join(directory, 'src')).flatMap((file) => extractExamples(file, readFileSync(file, 'utf8'))),
);
const scratch = join(repositoryRoot, 'node_modules/.cache/conduit-doc-examples');
rmSync(scratch, { recursive: true, force: true });
mkdirSync(scratch, { recursive: true });
const origins = new Map();
const files = examples.map((example, index) => {
  const name = `example-${String(index + 1).padStart(3, '0')}.ts`;
  const origin = `${relative(repositoryRoot, example.file)}:${example.line}`;
  origins.set(name, origin);
  writeFileSync(join(scratch, name), `// from ${origin}\n${example.code}\nexport {};\n`);
  return join(scratch, name);
});
writeFileSync(join(scratch, 'tsconfig.json'), JSON.stringify(sourceTsconfig(files), null, 2));
const tsc = join(repositoryRoot, 'node_modules/typescript/bin/tsc');
const result = spawnSync(process.execPath, [tsc, '-p', join(scratch, 'tsconfig.json'), '--pretty', 'false'], { encoding: 'utf8' });
const diagnostics = (result.stdout + result.stderr)
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) =>
    line.replace(/^.*?(example-\d+\.ts)\((\d+),(\d+)\)/, (_, name, line_) => `${origins.get(name)} (example line ${Number(line_) - 1})`),
  );
const failing = new Set(diagnostics.filter((line) => /^\S+:\d+ \(example line/.test(line)).map((line) => line.split(' ')[0]));
for (const line of diagnostics) {
  console.error(line);
}
console.log(`${examples.length} @example blocks type-checked, ${failing.size} failing`);
process.exitCode = result.status === 0 ? 0 : 1;
