import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = new URL('../../../', import.meta.url).pathname;
const fixture = new URL('../fixture/', import.meta.url).pathname;
const rootManifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };

interface Manifest {
  name: string;
  private?: boolean;
  exports?: Record<string, unknown>;
}

/** Every public package under packages/. A public package without a built `dist` fails the check loudly. */
function publishedPackages(): Array<{ folder: string; manifest: Manifest }> {
  const found = readdirSync(join(root, 'packages'))
    .filter((folder) => existsSync(join(root, 'packages', folder, 'package.json')))
    .map((folder) => ({ folder, manifest: JSON.parse(readFileSync(join(root, 'packages', folder, 'package.json'), 'utf8')) as Manifest }))
    .filter(({ manifest }) => !manifest.private);
  const unbuilt = found.filter(({ folder }) => !existsSync(join(root, 'packages', folder, 'dist')));
  if (unbuilt.length > 0) {
    throw new Error(`consumer check: no dist/ in ${unbuilt.map(({ manifest }) => manifest.name).join(', ')}: build every package first`);
  }
  return found;
}

/** One import per entry point in every package's `exports` (so tsc checks every published type surface). */
function entryImports(packages: Array<{ manifest: Manifest }>): { source: string; specifiers: string[] } {
  const specifiers = packages.flatMap(({ manifest }) =>
    Object.keys(manifest.exports ?? { '.': {} })
      .filter((subpath) => subpath !== './package.json')
      .map((subpath) => (subpath === '.' ? manifest.name : `${manifest.name}/${subpath.slice(2)}`)),
  );
  const lines = specifiers.map((specifier, index) => `import * as entry${index} from '${specifier}';`);
  lines.push(`export const entries = [${specifiers.map((_, index) => `entry${index}`).join(', ')}];`);
  return { source: `${lines.join('\n')}\n`, specifiers };
}

// As a new user would: npm pack every package, install the tarballs into a project outside the
// workspace (dependencies come from the npm registry/cache, never from the workspace), type-check and run.
describe('consumer check: packed tarballs in a fresh project', { timeout: 300_000 }, () => {
  let project = '';
  let packages: Array<{ folder: string; manifest: Manifest }> = [];
  let specifiers: string[] = [];
  beforeAll(async () => {
    packages = publishedPackages();
    project = mkdtempSync(join(tmpdir(), 'conduit-consumer-'));
    const dependencies: Record<string, string> = {};
    for (const { folder, manifest } of packages) {
      const { stdout } = await run('npm', ['pack', '--silent', '--pack-destination', project], { cwd: join(root, 'packages', folder) });
      dependencies[manifest.name] = `file:./${stdout.trim().split('\n').pop()}`;
    }
    writeFileSync(
      join(project, 'package.json'),
      JSON.stringify({
        name: 'conduit-consumer',
        private: true,
        type: 'module',
        dependencies,
        devDependencies: {
          typescript: rootManifest.devDependencies.typescript,
          msw: rootManifest.devDependencies.msw,
          vitest: rootManifest.devDependencies.vitest,
          '@types/node': rootManifest.devDependencies['@types/node'],
        },
        overrides: { rollup: '4.67.4' },
      }),
    );
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          lib: ['ES2022', 'DOM', 'DOM.Iterable'],
          strict: true,
          skipLibCheck: false,
          outDir: 'out',
          types: ['node'],
        },
        include: ['*.ts'],
      }),
    );
    const entries = entryImports(packages);
    specifiers = entries.specifiers;
    writeFileSync(join(project, 'entries.ts'), entries.source);
    copyFileSync(join(fixture, 'program.ts'), join(project, 'program.ts'));
    copyFileSync(join(fixture, 'app.test.ts'), join(project, 'app.test.ts'));
    await run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--ignore-scripts'], {
      cwd: project,
      maxBuffer: 16 * 1024 * 1024,
    });
  });
  afterAll(() => {
    if (project) {
      rmSync(project, { recursive: true, force: true });
    }
  });

  it('packs every public package, including specs and otel', () => {
    const names = packages.map(({ manifest }) => manifest.name);
    expect(names).toEqual(
      expect.arrayContaining(['@conduit/core', '@conduit/specs', '@conduit/otel', '@conduit/testing', '@conduit/genai']),
    );
    expect(specifiers.length).toBeGreaterThanOrEqual(packages.length);
  });

  it('type-checks every entry point of every packed package and the program (skipLibCheck off)', async () => {
    const result = await run(join(project, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.json'], { cwd: project }).then(
      () => '',
      (error: { stdout?: string }) => error.stdout ?? String(error),
    );
    expect(result).toBe('');
  });

  it("runs every provider's main workflow against the embedded mock server and reads real result fields", async () => {
    const { stdout } = await run(process.execPath, ['out/program.js'], { cwd: project, maxBuffer: 8 * 1024 * 1024 }).catch(
      (error: { stdout?: string }) => ({ stdout: error.stdout ?? String(error) }),
    );
    const summary = JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as Record<string, Record<string, unknown> | boolean>;
    expect(summary).toMatchObject({
      ok: true,
      viddyscribe: { mediaId: expect.any(String), jobStatus: expect.stringMatching(/^(done|completed)$/) },
      hesedvid: { status: 'ready', size: 6 * 1024 * 1024 + 17 },
      scriptix: { session_id: expect.any(String), segments: expect.any(Number) },
      apivideo: { title: 'Consumer check' },
      genai: { model: 'gpt-4' },
    });
  });

  it("runs the user's msw test suite: 2 passed, 0 failed", async () => {
    const reportFile = join(project, 'app-results.json');
    await run(join(project, 'node_modules/.bin/vitest'), ['run', 'app.test.ts', '--reporter=json', `--outputFile=${reportFile}`], {
      cwd: project,
    }).catch(() => undefined);
    const report = JSON.parse(readFileSync(reportFile, 'utf8')) as { numPassedTests: number; numFailedTests: number };
    expect(report).toMatchObject({ numPassedTests: 2, numFailedTests: 0 });
  });
});
