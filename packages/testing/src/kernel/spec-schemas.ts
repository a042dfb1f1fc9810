import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

/** JSON-pointer escaping of one path segment. */
export function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Follows `$ref`s inside the document (`#/components/...`). */
export function resolveRef(document: unknown, value: unknown): unknown {
  let current = value;
  while (typeof current === 'object' && current !== null && typeof (current as { $ref?: unknown }).$ref === 'string') {
    const ref = (current as { $ref: string }).$ref;
    current = ref
      .slice(2)
      .split('/')
      .reduce<unknown>(
        (node, part) => (node as Record<string, unknown> | undefined)?.[part.replace(/~1/g, '/').replace(/~0/g, '~')],
        document,
      );
  }
  return current;
}

/**
 * The compiled schemas of one OpenAPI document: ajv 2020-12 (OpenAPI 3.1 schemas are JSON Schema
 * 2020-12) with ajv-formats, the document registered once and each schema compiled on first use,
 * by its JSON pointer in the document. Parameters get their own instance that coerces strings.
 */
export class SpecSchemas {
  private readonly plain: Ajv2020;
  private readonly coercing: Ajv2020;
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor(readonly document: Readonly<Record<string, unknown>>) {
    const create = (coerce: boolean) => {
      const ajv = new Ajv2020({ strict: false, allErrors: true, coerceTypes: coerce ? 'array' : false, validateFormats: true });
      addFormats(ajv);
      ajv.addSchema(document as object, 'https://conduit.local/spec.json');
      return ajv;
    };
    this.plain = create(false);
    this.coercing = create(true);
  }

  /** The validator of the schema at `pointer` (e.g. `#/paths/~1videos/get/...`). */
  at(pointer: string): ValidateFunction {
    return this.compile(`plain ${pointer}`, () => this.plain.compile({ $ref: `https://conduit.local/spec.json${pointer}` }));
  }

  /** A validator of an object of string parameters, coerced to their schemas' types. */
  parameters(key: string, schema: object): ValidateFunction {
    return this.compile(`parameters ${key}`, () => this.coercing.compile(schema));
  }

  private compile(key: string, build: () => ValidateFunction): ValidateFunction {
    let validate = this.compiled.get(key);
    if (validate === undefined) {
      validate = build();
      this.compiled.set(key, validate);
    }
    return validate;
  }
}
