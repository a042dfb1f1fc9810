// `npm run docs`: the API reference of every public package and subpath (entry points read from each
// package's `exports`), built by typedoc against the sources with warnings as errors, so an export
// without a doc comment fails the build. HTML goes to docs/api/ (git-ignored). Exit code: typedoc's.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { publicEntryPoints, repositoryRoot, sourceTsconfig } from './lib/public-entry-points.mjs';

const entries = publicEntryPoints();
const scratch = mkdtempSync(join(tmpdir(), 'conduit-docs-'));
try {
  const tsconfig = join(scratch, 'tsconfig.json');
  writeFileSync(tsconfig, JSON.stringify(sourceTsconfig(entries.map((entry) => entry.source)), null, 2));
  const typedoc = join(repositoryRoot, 'node_modules/typedoc/bin/typedoc');
  const argv = [typedoc, '--options', join(repositoryRoot, 'docs/typedoc.json'), '--tsconfig', tsconfig, ...process.argv.slice(2)];
  for (const entry of entries) {
    argv.push('--entryPoints', entry.source);
  }
  // notDocumented only checks symbols of these packages (typedoc defaults to the root package, which has none).
  for (const name of new Set(entries.map((entry) => entry.packageName))) {
    argv.push('--packagesRequiringDocumentation', name);
  }
  console.log(`typedoc: ${entries.length} entry points (${entries.map((entry) => entry.specifier).join(', ')})`);
  const result = spawnSync(process.execPath, argv, { cwd: repositoryRoot, stdio: 'inherit' });
  process.exitCode = result.status ?? 1;
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
