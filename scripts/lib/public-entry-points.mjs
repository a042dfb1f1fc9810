// The public entry points of the repository, read from each publishable package's `exports` (never a
// hand-kept list): `@conduit/core` -> packages/core/src/index.ts, `@conduit/apivideo/browser` ->
// packages/apivideo/src/browser.ts, ... Shared by build-docs.mjs and check-doc-examples.mjs.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const repositoryRoot = resolve(import.meta.dirname, '../..');

/** Every package under packages/ that is not private: `{ name, version, directory, manifest }`. */
export function publicPackages(root = repositoryRoot) {
  return readdirSync(join(root, 'packages'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(root, 'packages', entry.name, 'package.json')))
    .map((entry) => {
      const directory = join(root, 'packages', entry.name);
      const manifest = JSON.parse(readFileSync(join(directory, 'package.json'), 'utf8'));
      return { name: manifest.name, version: manifest.version, directory, manifest };
    })
    .filter((info) => info.manifest.private !== true)
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** The source file behind an `exports` target such as `./dist/browser.js`: `src/<name>.ts`, else `src/generated/<name>.ts`. */
export function sourceOf(directory, target) {
  const match = /^\.\/dist\/(.+)\.js$/.exec(target);
  if (!match) {
    return undefined;
  }
  const handWritten = join(directory, 'src', `${match[1]}.ts`);
  const generated = join(directory, 'src', 'generated', `${match[1]}.ts`);
  return existsSync(handWritten) || !existsSync(generated) ? handWritten : generated;
}

/** `[{ specifier, source, packageName }]` for every subpath of every public package except `./package.json`. */
export function publicEntryPoints(root = repositoryRoot) {
  const entries = [];
  for (const { name, directory, manifest } of publicPackages(root)) {
    for (const [subpath, conditions] of Object.entries(manifest.exports ?? {})) {
      if (subpath === './package.json') {
        continue;
      }
      const target = typeof conditions === 'string' ? conditions : (conditions.import ?? conditions.default);
      const source = sourceOf(directory, target);
      if (!source || !existsSync(source)) {
        throw new Error(`${name} exports ${subpath} -> ${target}, but no source file ${source} exists`);
      }
      entries.push({ specifier: subpath === '.' ? name : `${name}/${subpath.slice(2)}`, source, packageName: name });
    }
  }
  return entries;
}

/** A tsconfig (as an object) that compiles against the sources: every public specifier maps to its src file. */
export function sourceTsconfig(files, root = repositoryRoot) {
  const paths = Object.fromEntries(publicEntryPoints(root).map((entry) => [entry.specifier, [entry.source]]));
  return {
    extends: join(root, 'tsconfig.base.json'),
    compilerOptions: { noEmit: true, paths, types: ['node'], typeRoots: [join(root, 'node_modules/@types')] },
    files,
  };
}
