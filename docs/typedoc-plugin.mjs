// Typedoc plugin for Conduit's reference (loaded by docs/typedoc.json):
// 1. names each entry-point module after its import specifier (`@conduit/apivideo/browser`), read
//    from the nearest package.json's `exports`, instead of a file path;
// 2. gives reflections declared in `src/generated/` (openapi-typescript output, never edited by
//    hand) a comment pointing at the spec when the spec had no description, so `notDocumented`
//    checks the hand-written API only.
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import { Application, Comment, Converter, ReflectionKind } from 'typedoc';

function specifierOf(fileName) {
  let directory = dirname(fileName);
  while (directory !== dirname(directory)) {
    const manifestPath = join(directory, 'package.json');
    if (existsSync(manifestPath)) {
      const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
      const source = relative(directory, fileName).split(sep).join('/');
      for (const [subpath, conditions] of Object.entries(manifest.exports ?? {})) {
        const target = typeof conditions === 'string' ? conditions : (conditions.import ?? conditions.default);
        if (target === `./dist/${source.replace(/^src\/(generated\/)?/, '').replace(/\.ts$/, '.js')}`) {
          return subpath === '.' ? manifest.name : `${manifest.name}/${subpath.slice(2)}`;
        }
      }
      return undefined;
    }
    directory = dirname(directory);
  }
  return undefined;
}

function declarationFile(context, reflection) {
  return context.getSymbolFromReflection(reflection)?.declarations?.[0]?.getSourceFile().fileName;
}

/** @param {import('typedoc').Application} app */
export function load(app) {
  // openapi-typescript writes `@description` (the spec's descriptions) and `@constant`: accept both.
  app.on(Application.EVENT_BOOTSTRAP_END, () => {
    app.options.setValue('blockTags', [...new Set([...app.options.getValue('blockTags'), '@description', '@constant'])]);
  });
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    for (const module of context.project.getReflectionsByKind(ReflectionKind.Module)) {
      const fileName = context.project.getSymbolIdFromReflection(module)?.fileName;
      const specifier = fileName ? specifierOf(fileName) : undefined;
      if (specifier) {
        module.name = specifier;
      }
    }
  });
  app.converter.on(Converter.EVENT_CREATE_DECLARATION, (context, reflection) => {
    const fileName = declarationFile(context, reflection);
    if (fileName?.includes(`${sep}src${sep}generated${sep}`) && !reflection.hasComment()) {
      const spec = basename(dirname(dirname(dirname(fileName))));
      reflection.comment = new Comment([
        { kind: 'text', text: `Generated from the OpenAPI spec (\`openapi/${spec}.yaml\`) by \`npm run generate\`.` },
      ]);
    }
  });
}
