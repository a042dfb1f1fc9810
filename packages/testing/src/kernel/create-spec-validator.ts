import type { OperationEntry } from '@conduit/core';
import type { ErrorObject } from 'ajv';
import { readSpecOperation, type SpecHeader, type SpecOperation } from './spec-operation.js';
import { SpecSchemas } from './spec-schemas.js';
import type { SpecViolation } from './spec-violation.js';

/** What the kernel hands the validator about a request. */
export interface RequestFacts {
  /** Path parameters by the spec's names. */
  params: Record<string, string>;
  /** The query string. */
  query: URLSearchParams;
  /** The request headers. */
  headers: Headers;
  /** The media type of the body (no parameters), `undefined` when there is no body. */
  contentType: string | undefined;
  /** The parsed body: JSON, or the fields of a form (files by name). */
  body: unknown;
}

/** Checks requests and responses of one provider against its OpenAPI document. */
export interface SpecValidator {
  /** The ways a request breaks its operation's parameters and body schemas (none: valid). */
  request(operation: OperationEntry, facts: RequestFacts): SpecViolation[];
  /**
   * The ways a response breaks its operation's documented statuses, headers, content types and
   * schemas; `body` is the parsed JSON, or `undefined`. Headers are checked when given.
   */
  response(operation: OperationEntry, status: number, contentType: string | undefined, body: unknown, headers?: Headers): SpecViolation[];
}

/** The media type of a `Content-Type` value, lower case without parameters. */
export function mediaType(value: string | null | undefined): string | undefined {
  const type = value?.split(';')[0]?.trim().toLowerCase();
  return type === '' ? undefined : type;
}

/** True for `application/json` and `+json` types. */
export function isJsonType(type: string | undefined): boolean {
  return type !== undefined && (type === 'application/json' || type.endsWith('+json'));
}

function findContent(content: Record<string, string | undefined>, type: string | undefined): [string, string | undefined] | undefined {
  const entries = Object.entries(content);
  return entries.find(([key]) => key === type) ?? entries.find(([key]) => key.endsWith('/*') && type?.startsWith(key.slice(0, -1)));
}

/** A violation of the whole request or response (pointer `''`), e.g. a missing body or an undocumented status. */
export function whole(
  operation: OperationEntry,
  direction: SpecViolation['direction'],
  location: SpecViolation['location'],
  message: string,
): SpecViolation {
  return { operationId: operation.operationId, direction, location, pointer: '', message };
}

function toViolations(
  errors: ErrorObject[] | null | undefined,
  base: Omit<SpecViolation, 'pointer' | 'message'>,
  prefix = '',
): SpecViolation[] {
  return (errors ?? []).map((error) => {
    const missing = (error.params as { missingProperty?: string }).missingProperty;
    const first = error.instancePath.split('/')[1]?.replace(/~1/g, '/').replace(/~0/g, '~');
    return {
      ...base,
      pointer: `${prefix}${error.instancePath}`,
      message: `${error.message ?? 'is invalid'} (schema ${error.schemaPath})`,
      keyword: error.keyword,
      name: missing ?? first,
    };
  });
}

function parameterValues(operation: SpecOperation, location: 'path' | 'query' | 'header', facts: RequestFacts) {
  const values: Record<string, unknown> = {};
  for (const parameter of operation.parameters.filter((entry) => entry.in === location && entry.shape !== 'object')) {
    if (location === 'path') {
      values[parameter.name] = facts.params[parameter.name];
    } else if (location === 'header') {
      values[parameter.name] = facts.headers.get(parameter.name) ?? undefined;
    } else if (parameter.shape === 'array') {
      const all = facts.query.getAll(parameter.name);
      values[parameter.name] = all.length > 0 ? all : facts.query.getAll(`${parameter.name}[]`);
      if ((values[parameter.name] as string[]).length === 0) {
        values[parameter.name] = undefined;
      }
    } else {
      values[parameter.name] = facts.query.get(parameter.name) ?? undefined;
    }
    if (values[parameter.name] === undefined) {
      delete values[parameter.name];
    }
  }
  return values;
}

/**
 * Builds the validator of one provider. Schemas are compiled on first use and kept (one ajv
 * 2020-12 instance per document), so a suite pays for the operations it calls, once.
 */
export function createSpecValidator(document: Readonly<Record<string, unknown>>): SpecValidator {
  let schemas: SpecSchemas | undefined;
  const operations = new Map<string, SpecOperation>();
  const spec = (operation: OperationEntry) => {
    schemas ??= new SpecSchemas(document);
    let found = operations.get(operation.operationId);
    if (found === undefined) {
      found = readSpecOperation(document, operation.path, operation.method.toLowerCase());
      operations.set(operation.operationId, found);
    }
    return { schemas, found };
  };
  return {
    request(operation, facts) {
      const { schemas, found } = spec(operation);
      const violations: SpecViolation[] = [];
      for (const location of ['path', 'query', 'header'] as const) {
        const parameters = found.parameters.filter((entry) => entry.in === location && entry.shape !== 'object');
        if (parameters.length === 0) {
          continue;
        }
        const validate = schemas.parameters(`${operation.operationId} ${location}`, {
          type: 'object',
          properties: Object.fromEntries(
            parameters.map((entry) => [entry.name, { $ref: `https://conduit.local/spec.json${entry.schemaPointer}` }]),
          ),
          required: parameters.filter((entry) => entry.required).map((entry) => entry.name),
        });
        if (!validate(parameterValues(found, location, facts))) {
          violations.push(...toViolations(validate.errors, { operationId: operation.operationId, direction: 'request', location }));
        }
      }
      const body = found.requestBody;
      if (body === undefined || facts.contentType === undefined) {
        if (body?.required && facts.contentType === undefined) {
          violations.push(whole(operation, 'request', 'body', 'a body is required'));
        }
        return violations;
      }
      const content = findContent(body.content, facts.contentType);
      if (content === undefined) {
        violations.push(
          whole(operation, 'request', 'content-type', `${facts.contentType} is not one of ${Object.keys(body.content).join(', ')}`),
        );
      } else if (content[1] !== undefined && (isJsonType(facts.contentType) || facts.contentType === 'multipart/form-data')) {
        const validate = isJsonType(facts.contentType)
          ? schemas.at(content[1])
          : schemas.parameters(content[1], { $ref: `https://conduit.local/spec.json${content[1]}` });
        if (!validate(facts.body)) {
          violations.push(...toViolations(validate.errors, { operationId: operation.operationId, direction: 'request', location: 'body' }));
        }
      }
      return violations;
    },
    response(operation, status, contentType, body, headers) {
      const { schemas, found } = spec(operation);
      const key = [String(status), `${String(status)[0]}XX`, 'default'].find((candidate) => found.responses[candidate] !== undefined);
      const documented = key === undefined ? undefined : found.responses[key];
      if (key === undefined || documented === undefined) {
        return [whole(operation, 'response', 'status', `status ${status} is not documented (${Object.keys(found.responses).join(', ')})`)];
      }
      const headerViolations = headers === undefined ? [] : checkHeaders(schemas, operation, found.responseHeaders[key] ?? [], headers);
      return [...headerViolations, ...checkBody(schemas, operation, status, documented, contentType, body)];
    },
  };
}

/** Required headers present, and each declared header's value valid against its schema (coerced from text, as for parameters). */
function checkHeaders(schemas: SpecSchemas, operation: OperationEntry, declared: SpecHeader[], headers: Headers): SpecViolation[] {
  const base = { operationId: operation.operationId, direction: 'response', location: 'header' } as const;
  const violations: SpecViolation[] = declared
    .filter((header) => header.required && !headers.has(header.name))
    .map((header) => ({ ...base, pointer: '', message: `the required header ${header.name} is missing`, name: header.name }));
  for (const header of declared) {
    const value = headers.get(header.name);
    if (value === null || header.schemaPointer === undefined) {
      continue;
    }
    const validate = schemas.parameters(header.schemaPointer, { $ref: `https://conduit.local/spec.json${header.schemaPointer}` });
    if (!validate(value)) {
      violations.push(...toViolations(validate.errors, base).map((violation) => ({ ...violation, name: header.name })));
    }
  }
  return violations;
}

/** The ways a response body breaks the content types and schemas documented for its status. */
function checkBody(
  schemas: SpecSchemas,
  operation: OperationEntry,
  status: number,
  documented: Record<string, string | undefined>,
  contentType: string | undefined,
  body: unknown,
): SpecViolation[] {
  if (contentType === undefined || Object.keys(documented).length === 0) {
    return [];
  }
  const content = findContent(documented, contentType);
  if (content === undefined) {
    const expected = Object.keys(documented).join(', ') || 'no body';
    return [whole(operation, 'response', 'content-type', `${contentType} is not one of ${expected} for status ${status}`)];
  }
  if (content[1] === undefined || !isJsonType(contentType)) {
    return [];
  }
  const validate = schemas.at(content[1]);
  return validate(body)
    ? []
    : toViolations(validate.errors, { operationId: operation.operationId, direction: 'response', location: 'body' });
}
