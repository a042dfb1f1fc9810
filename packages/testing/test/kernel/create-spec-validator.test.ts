import type { OperationEntry } from '@conduit/core';
import { describe, expect, it } from 'vitest';
import { createSpecValidator, isJsonType, mediaType, type RequestFacts } from '../../src/kernel/create-spec-validator.js';

/** A small OpenAPI 3.1 document with every parameter location, shared parameters, `$ref`s and several body types. */
const document = {
  openapi: '3.1.0',
  info: { title: 'widgets', version: '1' },
  paths: {
    '/widgets/{widgetId}': {
      parameters: [{ $ref: '#/components/parameters/WidgetId' }],
      put: {
        operationId: 'putWidget',
        parameters: [
          { name: 'tags', in: 'query', schema: { type: 'array', items: { type: 'string', enum: ['red', 'blue'] } } },
          { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1 } },
          { name: 'filter', in: 'query', schema: { type: 'object', properties: { a: { type: 'string' } } } },
          { name: 'x-trace', in: 'header', required: true, schema: { type: 'string', pattern: '^t-' } },
        ],
        requestBody: { $ref: '#/components/requestBodies/Widget' },
        responses: {
          '200': {
            headers: {
              'X-Count': { required: true, schema: { type: 'integer' } },
              'X-Note': { $ref: '#/components/headers/Note' },
              'Content-Type': { required: true, schema: { type: 'string' } },
            },
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Widget' } } },
          },
          '204': { description: 'no body' },
          '4XX': { $ref: '#/components/responses/Problem' },
        },
      },
      get: {
        operationId: 'getWidget',
        responses: {
          '200': {
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Widget' } }, 'text/*': { schema: { type: 'string' } } },
          },
          default: { content: { 'application/problem+json': { schema: { type: 'object', required: ['title'] } } } },
        },
      },
    },
  },
  components: {
    parameters: { WidgetId: { name: 'widgetId', in: 'path', required: true, schema: { type: 'string', pattern: '^w_' } } },
    requestBodies: {
      Widget: {
        required: true,
        content: {
          'application/json': { schema: { $ref: '#/components/schemas/Widget' } },
          'multipart/form-data': { schema: { type: 'object', required: ['file'], properties: { file: { type: 'string' } } } },
          'application/octet-stream': {},
        },
      },
    },
    headers: { Note: { schema: { type: 'string', maxLength: 3 } } },
    responses: {
      Problem: { description: 'problem', content: { 'application/json': { schema: { type: 'object', required: ['error'] } } } },
    },
    schemas: {
      Widget: { type: 'object', required: ['name'], properties: { name: { type: 'string' }, size: { type: 'integer' } } },
    },
  },
};

const entry = (operationId: string, method: string): OperationEntry =>
  ({
    operationId,
    method,
    path: '/widgets/{widgetId}',
    bucket: 'default',
    security: [],
    successStatuses: [200],
  }) as unknown as OperationEntry;
const putWidget = entry('putWidget', 'PUT');
const getWidget = entry('getWidget', 'GET');

const facts = (overrides: Partial<RequestFacts> = {}): RequestFacts => ({
  params: { widgetId: 'w_1' },
  query: new URLSearchParams(),
  headers: new Headers({ 'x-trace': 't-1' }),
  contentType: 'application/json',
  body: { name: 'gear' },
  ...overrides,
});

describe('createSpecValidator requests', () => {
  const validator = createSpecValidator(document);

  it('accepts a request that follows the operation', () => {
    expect(validator.request(putWidget, facts({ query: new URLSearchParams('tags=red&tags=blue&limit=3&filter[a]=x') }))).toEqual([]);
  });

  it('reports a bad path parameter, a missing required header and bad query values by name and location', () => {
    const violations = validator.request(
      putWidget,
      facts({ params: { widgetId: 'nope' }, headers: new Headers(), query: new URLSearchParams('tags[]=green&limit=0') }),
    );
    expect(violations.map(({ location, name, direction }) => ({ location, name, direction }))).toEqual(
      expect.arrayContaining([
        { location: 'path', name: 'widgetId', direction: 'request' },
        { location: 'header', name: 'x-trace', direction: 'request' },
        { location: 'query', name: 'tags', direction: 'request' },
      ]),
    );
    expect(violations.every((violation) => violation.operationId === 'putWidget')).toBe(true);
  });

  it('requires the body the operation requires', () => {
    expect(validator.request(putWidget, facts({ contentType: undefined, body: undefined }))).toEqual([
      { operationId: 'putWidget', direction: 'request', location: 'body', pointer: '', message: 'a body is required' },
    ]);
  });

  it('refuses a content type the operation does not accept, listing the accepted ones', () => {
    const [violation] = validator.request(putWidget, facts({ contentType: 'text/plain', body: 'x' }));
    expect(violation?.location).toBe('content-type');
    expect(violation?.message).toBe('text/plain is not one of application/json, multipart/form-data, application/octet-stream');
  });

  it('checks a JSON body and a form body against their schemas, and leaves raw bytes alone', () => {
    const json = validator.request(putWidget, facts({ body: { size: 'big' } }));
    expect(json.map((violation) => [violation.location, violation.name, violation.keyword])).toEqual(
      expect.arrayContaining([
        ['body', 'name', 'required'],
        ['body', 'size', 'type'],
      ]),
    );
    expect(json.find((violation) => violation.name === 'size')?.pointer).toBe('/size');
    expect(validator.request(putWidget, facts({ contentType: 'multipart/form-data', body: {} }))[0]?.name).toBe('file');
    expect(validator.request(putWidget, facts({ contentType: 'multipart/form-data', body: { file: 'a.mp4' } }))).toEqual([]);
    expect(validator.request(putWidget, facts({ contentType: 'application/octet-stream', body: undefined }))).toEqual([]);
  });

  it('accepts a request without a body for an operation that has none', () => {
    expect(validator.request(getWidget, facts({ contentType: undefined, body: undefined }))).toEqual([]);
  });
});

describe('createSpecValidator responses', () => {
  const validator = createSpecValidator(document);

  it('accepts a documented status with a body that fits its schema, and a status without a body', () => {
    expect(validator.response(putWidget, 200, 'application/json', { name: 'gear' })).toEqual([]);
    expect(validator.response(putWidget, 204, undefined, undefined)).toEqual([]);
    expect(validator.response(putWidget, 204, 'application/json', undefined)).toEqual([]);
  });

  it('reports an undocumented status, listing the documented ones', () => {
    expect(validator.response(putWidget, 503, 'application/json', {})).toEqual([
      {
        operationId: 'putWidget',
        direction: 'response',
        location: 'status',
        pointer: '',
        message: 'status 503 is not documented (200, 204, 4XX)',
      },
    ]);
  });

  it('matches a status range and a default answer, and checks their bodies', () => {
    expect(validator.response(putWidget, 404, 'application/json', {})[0]?.name).toBe('error');
    expect(validator.response(putWidget, 422, 'application/json', { error: 'bad' })).toEqual([]);
    expect(validator.response(getWidget, 500, 'application/problem+json', {})[0]?.keyword).toBe('required');
  });

  it('reports a content type the status does not document, and accepts one matched by a wildcard without checking it', () => {
    expect(validator.response(putWidget, 200, 'text/html', '<p>')[0]).toMatchObject({
      location: 'content-type',
      message: 'text/html is not one of application/json for status 200',
    });
    expect(validator.response(getWidget, 200, 'text/csv', 'a,b')).toEqual([]);
  });

  it('reports a body that breaks the schema with its JSON pointer', () => {
    const [violation] = validator.response(getWidget, 200, 'application/json', { name: 7 });
    expect(violation).toMatchObject({ location: 'body', pointer: '/name', name: 'name', keyword: 'type', direction: 'response' });
    expect(violation?.message).toMatch(/must be string \(schema .+\)/);
  });
});

describe('mediaType and isJsonType', () => {
  it('reads the bare lower-case type and recognises JSON types', () => {
    expect(mediaType('Application/JSON; charset=utf-8')).toBe('application/json');
    expect(mediaType('')).toBeUndefined();
    expect(mediaType(null)).toBeUndefined();
    expect(isJsonType('application/vnd.api+json')).toBe(true);
    expect(isJsonType('text/plain')).toBe(false);
    expect(isJsonType(undefined)).toBe(false);
  });

  it('checks the headers a status declares when given: required ones present, values valid (Content-Type left to the body check)', () => {
    const validator = createSpecValidator(document);
    const check = (headers: Record<string, string>) =>
      validator.response(putWidget, 200, 'application/json', { name: 'gear' }, new Headers(headers));
    expect(check({ 'x-count': '3' })).toEqual([]);
    expect(check({})).toEqual([
      expect.objectContaining({
        direction: 'response',
        location: 'header',
        name: 'X-Count',
        message: 'the required header X-Count is missing',
      }),
    ]);
    expect(check({ 'x-count': 'many' })).toEqual([expect.objectContaining({ location: 'header', name: 'X-Count', keyword: 'type' })]);
    expect(check({ 'x-count': '3', 'x-note': 'long' })).toEqual([expect.objectContaining({ name: 'X-Note', keyword: 'maxLength' })]);
    expect(validator.response(putWidget, 404, 'application/json', { error: 'gone' }, new Headers())).toEqual([]);
  });
});
