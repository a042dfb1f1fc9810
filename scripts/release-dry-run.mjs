// `npm run release`: a dry run of publishing. Packs every public package with `npm pack --dry-run
// --json` (after a build) and checks each listing with lib/check-pack.mjs: required files present,
// no tests, source maps only with their sources, internal version ranges consistent. Also checks
// that `npx changeset status` can read the pending changesets. Exit code 1 on any problem.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkPack } from './lib/check-pack.mjs';
import { publicPackages, repositoryRoot } from './lib/public-entry-points.mjs';

const packages = publicPackages();
const workspaceVersions = new Map(packages.map((info) => [info.name, info.version]));
let failed = 0;
for (const info of packages) {
  const output = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: info.directory,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const [listing] = JSON.parse(output);
  const files = listing.files.map((file) => file.path);
  const problems = checkPack({
    manifest: info.manifest,
    files,
    workspaceVersions,
    readPackedFile: (file) => readFileSync(join(info.directory, file), 'utf8'),
  });
  const size = `${(listing.size / 1024).toFixed(1)} kB packed, ${listing.entryCount} files`;
  if (problems.length === 0) {
    console.log(`ok    ${info.name}@${info.version} (${size})`);
  } else {
    failed += 1;
    console.log(`FAIL  ${info.name}@${info.version} (${size})`);
    for (const problem of problems) {
      console.log(`      - ${problem}`);
    }
  }
}
try {
  execFileSync('npx', ['changeset', 'status'], { cwd: repositoryRoot, stdio: ['ignore', 'ignore', 'pipe'] });
} catch (error) {
  failed += 1;
  console.log(`FAIL  changesets: ${String(error.stderr ?? error.message).trim()}`);
}
console.log(`${packages.length - failed} of ${packages.length} packages ready to publish`);
process.exitCode = failed === 0 ? 0 : 1;
