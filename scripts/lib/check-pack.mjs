// What `npm run release` checks in one package's `npm pack --dry-run --json` listing. Pure: the caller
// passes the manifest, the packed file list, the workspace versions and a reader for packed files.
import { createRequire } from 'node:module';
import { posix } from 'node:path';

const semver = createRequire(import.meta.url)('semver');

const testPath =
  /(^|\/)(test|tests|__tests__|test-browser|__fixtures__)\/|\.(test|spec|test-d)\.[cm]?[jt]sx?$|(^|\/)vitest(\.browser)?\.config\./;

/** Every file path an `exports`/`bin`/`types` field points at. */
function declaredTargets(manifest) {
  const targets = new Set();
  const walk = (value) => {
    if (typeof value === 'string') {
      if (value.startsWith('./')) {
        targets.add(posix.normalize(value));
      }
    } else if (value && typeof value === 'object') {
      Object.values(value).forEach(walk);
    }
  };
  walk(manifest.exports);
  walk(typeof manifest.bin === 'string' ? { bin: manifest.bin } : manifest.bin);
  walk(manifest.types ? `./${posix.normalize(manifest.types)}` : undefined);
  return [...targets].map((target) => target.replace(/^\.\//, ''));
}

/**
 * Problems with one package's pack, as sentences (empty when it is fine):
 * - `package.json`, `README.md`, `CHANGELOG.md` and something under `dist/` are packed, and so is every
 *   file `exports`, `bin` and `types` point at;
 * - no test file, test folder, fixture or test config is packed;
 * - a `.map` file is packed only when it is useful: every source it names is packed too (we ship `src`
 *   on purpose so maps resolve), and no map embeds `sourcesContent` twice over;
 * - every `@conduit/*` dependency range (dependencies, peerDependencies, optionalDependencies) is
 *   satisfied by that package's workspace version.
 */
export function checkPack({ manifest, files, workspaceVersions, readPackedFile }) {
  const problems = [];
  const packed = new Set(files);
  for (const required of ['package.json', 'README.md', 'CHANGELOG.md']) {
    if (!packed.has(required)) {
      problems.push(`${required} is not packed`);
    }
  }
  if (!files.some((file) => file.startsWith('dist/'))) {
    problems.push('nothing under dist/ is packed (build first)');
  }
  for (const target of declaredTargets(manifest)) {
    if (!packed.has(target)) {
      problems.push(`${target} is declared in package.json but not packed`);
    }
  }
  for (const file of files.filter((path) => testPath.test(path))) {
    problems.push(`test file packed: ${file}`);
  }
  for (const file of files.filter((path) => path.endsWith('.map'))) {
    const map = JSON.parse(readPackedFile(file));
    const missing = (map.sources ?? [])
      .map((source) => posix.normalize(posix.join(posix.dirname(file), source)))
      .filter((source) => !packed.has(source));
    if (missing.length > 0) {
      problems.push(`${file} points at sources that are not packed: ${missing.slice(0, 3).join(', ')}`);
    }
  }
  for (const field of ['dependencies', 'peerDependencies', 'optionalDependencies']) {
    for (const [name, range] of Object.entries(manifest[field] ?? {})) {
      const version = workspaceVersions.get(name);
      if (version !== undefined && !semver.satisfies(version, range)) {
        problems.push(`${field}.${name} is "${range}", which the workspace version ${version} does not satisfy`);
      }
    }
  }
  return problems;
}
