#!/usr/bin/env node
// Generates, from every openapi/<provider>.yaml, into packages/specs/src/generated/ (one place, imported by
// the provider clients and by @conduit/testing; testing never imports a provider):
//   <provider>-schema.ts      types (openapi-typescript)
//   <provider>-operations.ts  the operation table (method, path, bucket, security, statuses, pagination, enums)
//   <provider>-routes.ts      [method, path, operationId, bucket] per operation: what clients bundle
//   <provider>-document.ts    the spec as data, for the mocks' validators
//   <provider>-field-names.ts the union of every property name the spec declares (the naming rule's dictionary)
//   <provider>.ts             the `@conduit/specs/<provider>` entry
// `--check` regenerates in memory and exits 1 if any committed file differs or is missing.
// `--spec-dir <dir>` and `--out-dir <dir>` generate from and into other folders (used by tests).
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { parse } from 'yaml';
import { operationTable } from './generate/operation-table.mjs';
import { generatedBanner, renderDocument, renderEntry, renderFieldNames, renderOperations, renderRoutes } from './generate/render.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const argument = (name) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const check = process.argv.includes('--check');
const only = argument('--only');
const specDir = resolve(argument('--spec-dir') ?? join(root, 'openapi'));
const outDir = resolve(argument('--out-dir') ?? join(root, 'packages', 'specs', 'src', 'generated'));

/** Display names, for exported identifiers (`apiVideoOperations`, `ApiVideoOperationId`). */
const names = { apivideo: 'ApiVideo', genai: 'GenAI', hesedvid: 'HesedVid', scriptix: 'Scriptix', viddyscribe: 'ViddyScribe' };

const providers = readdirSync(specDir)
  .filter((file) => file.endsWith('.yaml') && !file.startsWith('.') && file !== 'redocly.yaml')
  .map((file) => file.replace(/\.yaml$/, ''))
  .filter((provider) => !only || provider === only)
  .sort();

let stale = 0;
for (const provider of providers) {
  const specPath = join(specDir, `${provider}.yaml`);
  const document = parse(readFileSync(specPath, 'utf8'));
  const display = names[provider] ?? provider[0].toUpperCase() + provider.slice(1);
  const camel = display[0].toLowerCase() + display.slice(1);
  const ast = await openapiTS(pathToFileURL(specPath), {
    alphabetize: true,
    exportType: false,
    rootTypes: false,
    defaultNonNullable: false,
  });
  const table = operationTable(document, provider);
  const outputs = {
    [`${provider}-schema.ts`]: generatedBanner(provider, ' with openapi-typescript') + astToString(ast),
    [`${provider}-operations.ts`]: renderOperations(provider, display, `${camel}Operations`, table),
    [`${provider}-routes.ts`]: renderRoutes(provider, display, `${camel}Routes`, table),
    [`${provider}-document.ts`]: renderDocument(provider, `${camel}Document`, document),
    [`${provider}-field-names.ts`]: renderFieldNames(provider, display, document),
    [`${provider}.ts`]: renderEntry(provider, display, camel),
  };
  for (const [file, output] of Object.entries(outputs)) {
    const target = join(outDir, file);
    const shown = target.startsWith(root) ? target.slice(root.length + 1) : target;
    if (check) {
      const current = existsSync(target) ? readFileSync(target, 'utf8') : undefined;
      if (current !== output) {
        stale++;
        console.error(`stale: ${shown} (run npm run generate and commit)`);
      }
    } else {
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, output);
      console.log(`generated ${shown}`);
    }
  }
}
if (check) {
  if (stale > 0) {
    process.exit(1);
  }
  console.log(`generated code is up to date (${providers.length} specs)`);
}
