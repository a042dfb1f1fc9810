import { escapePointer, resolveRef } from './spec-schemas.js';

/** A parameter of an operation with the JSON pointer of its schema. */
export interface SpecParameter {
  /** The parameter's name. */
  name: string;
  /** Where it is sent. */
  in: 'path' | 'query' | 'header' | 'cookie';
  /** Whether the spec requires it. */
  required: boolean;
  /** `array`/`object` when the schema says so (arrays are read with `getAll`, objects are skipped). */
  shape: 'array' | 'object' | 'scalar';
  /** JSON pointer of its schema in the document. */
  schemaPointer: string;
}

/** What the validators need to know of one operation, read from the document. */
export interface SpecOperation {
  /** JSON pointer of the operation in the document. */
  pointer: string;
  /** Path-level and operation-level parameters. */
  parameters: SpecParameter[];
  /** Whether a body is required, and the schema pointer per content type. */
  requestBody: { required: boolean; content: Record<string, string> } | undefined;
  /** Per documented status key (`200`, `4XX`, `default`): content type -> schema pointer. */
  responses: Record<string, Record<string, string | undefined>>;
  /** Per documented status key: the response headers it declares (`Content-Type` excluded, as OpenAPI says). */
  responseHeaders: Record<string, SpecHeader[]>;
}

/** A response header a status declares, with the JSON pointer of its schema. */
export interface SpecHeader {
  /** The header's name as the spec writes it. */
  name: string;
  /** Whether every answer with this status must carry it. */
  required: boolean;
  /** JSON pointer of its schema in the document (`undefined` without one). */
  schemaPointer: string | undefined;
}

type Node = Record<string, unknown>;

/** The pointer of `value` found at `pointer`: its `$ref` target when it is a reference. */
function pointerOf(document: unknown, pointer: string, value: unknown): string {
  let current = value as Node | undefined;
  let at = pointer;
  while (current && typeof current.$ref === 'string') {
    at = current.$ref;
    current = resolveRef(document, { $ref: current.$ref }) as Node | undefined;
  }
  return at;
}

function schemaShape(document: unknown, schema: unknown): SpecParameter['shape'] {
  const resolved = resolveRef(document, schema) as Node | undefined;
  const type = resolved?.type;
  if (type === 'array' || (Array.isArray(type) && type.includes('array'))) {
    return 'array';
  }
  return type === 'object' || resolved?.properties !== undefined ? 'object' : 'scalar';
}

function contentPointers(pointer: string, content: unknown): Record<string, string> {
  return Object.fromEntries(Object.keys((content ?? {}) as Node).map((type) => [type, `${pointer}/content/${escapePointer(type)}/schema`]));
}

/** Reads one operation (`path` template and lower-case `method`) out of an OpenAPI document. */
export function readSpecOperation(document: Readonly<Record<string, unknown>>, path: string, method: string): SpecOperation {
  const itemPointer = `#/paths/${escapePointer(path)}`;
  const item = resolveRef(document, (document.paths as Node)[path]) as Node;
  const operation = item[method] as Node;
  const pointer = `${itemPointer}/${method}`;
  const parameters: SpecParameter[] = [];
  const collect = (list: unknown, listPointer: string) => {
    (Array.isArray(list) ? list : []).forEach((raw, index) => {
      const at = pointerOf(document, `${listPointer}/${index}`, raw);
      const parameter = resolveRef(document, raw) as Node;
      const existing = parameters.findIndex((known) => known.name === parameter.name && known.in === parameter.in);
      const entry: SpecParameter = {
        name: String(parameter.name),
        in: parameter.in as SpecParameter['in'],
        required: parameter.required === true,
        shape: schemaShape(document, parameter.schema),
        schemaPointer: `${at}/schema`,
      };
      parameters.splice(existing === -1 ? parameters.length : existing, existing === -1 ? 0 : 1, entry);
    });
  };
  collect(item.parameters, `${itemPointer}/parameters`);
  collect(operation.parameters, `${pointer}/parameters`);
  const bodyPointer = pointerOf(document, `${pointer}/requestBody`, operation.requestBody);
  const body = resolveRef(document, operation.requestBody) as Node | undefined;
  const responses: SpecOperation['responses'] = {};
  const responseHeaders: SpecOperation['responseHeaders'] = {};
  for (const [status, raw] of Object.entries((operation.responses ?? {}) as Node)) {
    const responsePointer = pointerOf(document, `${pointer}/responses/${escapePointer(status)}`, raw);
    const response = resolveRef(document, raw) as Node;
    responses[status] = contentPointers(responsePointer, response.content);
    responseHeaders[status] = Object.entries((response.headers ?? {}) as Node)
      .filter(([name]) => name.toLowerCase() !== 'content-type')
      .map(([name, rawHeader]) => {
        const at = pointerOf(document, `${responsePointer}/headers/${escapePointer(name)}`, rawHeader);
        const header = resolveRef(document, rawHeader) as Node;
        return { name, required: header.required === true, schemaPointer: header.schema === undefined ? undefined : `${at}/schema` };
      });
  }
  return {
    pointer,
    parameters,
    requestBody: body && { required: body.required === true, content: contentPointers(bodyPointer, body.content) },
    responses,
    responseHeaders,
  };
}
