import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = new URL('../../../', import.meta.url).pathname;
const fixture = new URL('../fixture/', import.meta.url).pathname;
const rootManifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };

/** Every public package under packages/ that has been built. */
function publishedPackages(): string[] {
  return readdirSync(join(root, 'packages')).filter((name) => {
    try {
      const manifest = JSON.parse(readFileSync(join(root, 'packages', name, 'package.json'), 'utf8')) as { private?: boolean };
      return !manifest.private && readdirSync(join(root, 'packages', name, 'dist')).length > 0;
    } catch {
      return false;
    }
  });
}

// As a new user would: npm pack every package, install the tarballs into a project outside the
// workspace (dependencies come from the npm registry/cache, never from the workspace), type-check and run.
describe('consumer check: packed tarballs in a fresh project', { timeout: 300_000 }, () => {
  let project = '';
  beforeAll(async () => {
    project = mkdtempSync(join(tmpdir(), 'conduit-consumer-'));
    const tarballs: string[] = [];
    for (const name of publishedPackages()) {
      const { stdout } = await run('npm', ['pack', '--silent', '--pack-destination', project], { cwd: join(root, 'packages', name) });
      tarballs.push(`file:./${stdout.trim().split('\n').pop()}`);
    }
    const dependencies = Object.fromEntries(
      tarballs.map((tarball) => [tarball.replace(/^file:\.\/conduit-(.*)-\d+\.\d+\.\d+\.tgz$/, '@conduit/$1'), tarball]),
    );
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
          strict: true,
          skipLibCheck: false,
          outDir: 'out',
          types: ['node'],
        },
        include: ['*.ts'],
      }),
    );
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

  it('type-checks and compiles a program against the published types (skipLibCheck off)', async () => {
    await run(join(project, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.json'], { cwd: project });
  });

  it('runs the program against the embedded mock server', async () => {
    const { stdout } = await run(process.execPath, ['out/program.js'], { cwd: project });
    expect(stdout).toContain('"ok":true');
  });

  it("runs the user's msw test suite", async () => {
    const { stdout } = await run(join(project, 'node_modules/.bin/vitest'), ['run', 'app.test.ts'], { cwd: project });
    expect(stdout).toMatch(/2 passed/);
  });
});
