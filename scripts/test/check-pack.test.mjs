// npx vitest run scripts/test (run by the test command): the release checks on hand-made pack listings.
import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { checkPack } from '../lib/check-pack.mjs';

const manifest = {
  name: '@conduit/demo',
  version: '1.2.0',
  exports: { '.': { types: './dist/index.d.ts', import: './dist/index.js' }, './package.json': './package.json' },
  dependencies: { '@conduit/core': '^0.4.0', zod: '4.6.7' },
};
const good = ['package.json', 'README.md', 'CHANGELOG.md', 'dist/index.js', 'dist/index.d.ts', 'dist/index.js.map', 'src/index.ts'];
const workspaceVersions = new Map([['@conduit/core', '0.4.2']]);
const maps = { 'dist/index.js.map': JSON.stringify({ sources: ['../src/index.ts'] }) };
const check = (overrides) => checkPack({ manifest, files: good, workspaceVersions, readPackedFile: (file) => maps[file], ...overrides });

describe('checkPack', () => {
  it('accepts a complete package whose maps resolve', () => {
    assert.deepEqual(check({}), []);
  });
  it('names missing required files and empty dist', () => {
    assert.deepEqual(check({ files: ['package.json', 'src/index.ts'] }), [
      'README.md is not packed',
      'CHANGELOG.md is not packed',
      'nothing under dist/ is packed (build first)',
      'dist/index.d.ts is declared in package.json but not packed',
      'dist/index.js is declared in package.json but not packed',
    ]);
  });
  it('refuses test files, folders and configs', () => {
    const files = [...good, 'test/client.test.ts', 'dist/helpers.spec.js', 'src/__fixtures__/a.json', 'vitest.config.ts'];
    assert.equal(check({ files }).filter((problem) => problem.startsWith('test file packed')).length, 4);
  });
  it('refuses a source map whose sources are not shipped', () => {
    const files = good.filter((file) => file !== 'src/index.ts');
    assert.deepEqual(check({ files }), ['dist/index.js.map points at sources that are not packed: src/index.ts']);
  });
  it('refuses an internal range the workspace version does not satisfy', () => {
    assert.deepEqual(check({ workspaceVersions: new Map([['@conduit/core', '0.5.0']]) }), [
      'dependencies.@conduit/core is "^0.4.0", which the workspace version 0.5.0 does not satisfy',
    ]);
  });
});
