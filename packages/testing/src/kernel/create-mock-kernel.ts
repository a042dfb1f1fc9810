import { createOperationMatcher, type OperationEntry } from '@conduit/core';
import { type HttpHandler, HttpResponse, http } from 'msw';
import type { ProviderProfile } from '../scenarios/provider-profile.js';
import { createSpecValidator, isJsonType, mediaType, whole } from './create-spec-validator.js';
import type { WindowReading } from './rate-limit-windows.js';
import { type MockRequestFile, readRequestFacts } from './read-request-facts.js';
import { specExample } from './spec-example.js';
import { describeViolations, type SpecViolation } from './spec-violation.js';
import { defaultMockValidation, reportMockViolation } from './validation-defaults.js';

/** What a mock checks against the spec: requests only (the default for users), requests and responses, or nothing. */
export type MockValidation = 'requests' | 'all' | false;

/** What a route handler gets from the kernel. */
export interface MockRouteInput {
  /** The request (its body unread: the kernel read a copy). */
  request: Request;
  /** The request URL, parsed. */
  url: URL;
  /** Path parameters, decoded, by the spec's names. */
  params: Record<string, string>;
  /** The query string. */
  query: URLSearchParams;
  /** The parsed JSON body, or a form's fields (files by name); `undefined` without one. */
  body: unknown;
  /** What `authenticate` returned (e.g. the API key), `undefined` for an operation without security. */
  credential: string | undefined;
  /** The operation's row of the generated table. */
  operation: OperationEntry;
  /** The clock reading for this request, epoch milliseconds. */
  now: number;
}

/** One request that reached an operation, as the mock received it and what it answered. */
export interface MockRequest {
  /** The operation it reached. */ operationId: string;
  /** The rate-limit bucket of the operation. */ bucket: string;
  /** Upper-case HTTP method. */ method: string;
  /** The full request URL. */ url: string;
  /** The path after the base URL's path, e.g. `/videos/vi1/source`. */ path: string;
  /** The query string without `?`, as sent (not re-encoded). */ search: string;
  /** The headers, lower-case names, as received (auth headers included: do not log them). */ headers: Record<string, string>;
  /** The parsed body: JSON, or a form's string fields; `undefined` without one. */ body: unknown;
  /** A multipart request's file parts by field name (`{}` otherwise). */ files: Record<string, MockRequestFile>;
  /** The status answered; `undefined` until answered and for a simulated network error. */ status: number | undefined;
}

/** One operation's behaviour; the kernel has done auth, rate limit and validation before it runs. */
export type MockRouteHandler = (input: MockRouteInput) => Response | Promise<Response>;

/** How one provider's mock answers what every operation shares. */
export interface MockKernelOptions {
  /** The provider's generated operation table (`@conduit/specs/<provider>`). */
  table: Readonly<Record<string, OperationEntry>>;
  /** The provider's spec as data (`@conduit/specs/<provider>/document`). */
  document: Readonly<Record<string, unknown>>;
  /** Base URL the operations' paths are below. */
  baseUrl: string;
  /** Error bodies and codes in the provider's style. */
  profile: ProviderProfile;
  /** What to check against the spec (default: `defaultMockValidation()`, `'requests'` unless a suite set `'all'`). */
  validate?: MockValidation | undefined;
  /** Clock in epoch milliseconds (default `Date.now`). */
  now?: (() => number) | undefined;
  /** Checks the credentials of an operation with security: the credential, or the refusal to answer. */
  authenticate?: ((request: Request, operation: OperationEntry) => string | Response) | undefined;
  /** Reads (or counts) the window for the rate-limit headers of an answer refused by `authenticate` (default: no headers). */
  peekWindow?: ((credential: string, bucket: string, now: number) => WindowReading) | undefined;
  /** The log to append requests to (default: a new one); the kernels of one mock can share one. */
  requests?: MockRequest[] | undefined;
  /** Counts the request against its bucket's window (the kernel refuses with 429 when it is spent). */
  takeWindow?: ((credential: string, bucket: string, now: number) => WindowReading) | undefined;
  /** The provider's rate-limit headers for a window reading. */
  rateLimitHeaders?: ((window: WindowReading, now: number) => Record<string, string>) | undefined;
  /** The provider's 429 answer (default: the profile's error body with its rate-limit code). */
  rateLimited?: ((window: WindowReading, request: Request, now: number) => Response) | undefined;
  /** The provider's documented 400 for a request that breaks the spec (default: the profile's error body). */
  invalidRequest?: ((violations: readonly SpecViolation[], request: Request) => Response) | undefined;
}

/** One provider's mock kernel: routes by operationId, the requests received and the spec violations seen so far. */
export interface MockKernel {
  /**
   * msw handlers for the given operations; method and path come from the operation table. Every
   * other operation of the table is answered with its spec's example (see `exampleResponder`)
   * unless `examples` is `false`.
   */
  routes(handlers: Readonly<Record<string, MockRouteHandler>>, options?: { examples?: boolean }): HttpHandler[];
  /** Every request that reached an operation, in order (refusals included); empty it with `requests.length = 0`. */
  readonly requests: MockRequest[];
  /** Response violations recorded in `'all'` mode (requests that break the spec get a 400 instead). */
  readonly violations: SpecViolation[];
  /** Throws an error listing every recorded violation with its JSON pointer, and forgets them. */
  assertNoViolations(): void;
}

/**
 * The stateless answer of an operation: the `example` (or first of `examples`) the spec gives for
 * its first success status, as JSON, with the example values of its headers; an empty answer with
 * that status when the spec gives no body.
 */
export function exampleResponder(document: Readonly<Record<string, unknown>>, operation: OperationEntry): MockRouteHandler {
  const { status, contentType, body, headers } = specExample(document, operation);
  return () =>
    body === undefined
      ? new HttpResponse(null, { status, headers })
      : HttpResponse.json(structuredClone(body) as Record<string, unknown>, {
          status,
          headers: { ...headers, 'content-type': contentType ?? 'application/json' },
        });
}

function toMswPath(baseUrl: string, path: string): string {
  return `${baseUrl.replace(/\/$/, '')}${path.replace(/\{([^}]+)\}/g, (_match, name: string) => `:${name.replace(/[^A-Za-z0-9_]/g, '_')}`)}`;
}

/**
 * The one mock kernel: for each request, auth -> rate-limit window -> request validation ->
 * handler -> response validation -> rate-limit headers, driven by the generated operation table
 * and checked against the spec with ajv. Providers supply only their credential check, headers,
 * error bodies and the handlers of stateful operations.
 *
 * @example
 * ```ts
 * import { hesedVidOperations } from '@conduit/specs/hesedvid';
 * import { hesedVidDocument } from '@conduit/specs/hesedvid/document';
 * import { createMockKernel, type ProviderProfile } from '@conduit/testing';
 * import { HttpResponse } from 'msw';
 *
 * declare const baseUrl: string;
 * declare const profile: ProviderProfile;
 * declare const videos: Map<string, { id: string }>;
 * const kernel = createMockKernel({ table: hesedVidOperations, document: hesedVidDocument, baseUrl, profile });
 * const handlers = kernel.routes({ getVideo: ({ params }) => HttpResponse.json(videos.get(params.publicID ?? '')) });
 * ```
 */
export function createMockKernel(options: MockKernelOptions): MockKernel {
  const validate = options.validate ?? defaultMockValidation();
  const validator = createSpecValidator(options.document);
  const basePath = new URL(options.baseUrl).pathname;
  const match = createOperationMatcher(options.table, { basePath });
  const violations: SpecViolation[] = [];
  const requests = options.requests ?? [];
  const now = options.now ?? Date.now;
  const invalidRequest =
    options.invalidRequest ??
    ((found: readonly SpecViolation[]) =>
      HttpResponse.json(options.profile.errorBody(400, 'invalid_request', describeViolations(found)) as Record<string, unknown>, {
        status: 400,
        headers: { 'content-type': options.profile.errorContentType ?? 'application/json' },
      }));
  const rateLimited =
    options.rateLimited ??
    (() =>
      HttpResponse.json(options.profile.errorBody(429, options.profile.rateLimitCode, 'Rate limit exceeded') as Record<string, unknown>, {
        status: 429,
        headers: { 'content-type': options.profile.errorContentType ?? 'application/json' },
      }));

  const checkResponse = async (operation: OperationEntry, response: Response) => {
    if (validate !== 'all' || response.type === 'error') {
      return; // a simulated network failure has no status to check
    }
    const type = mediaType(response.headers.get('content-type'));
    let body: unknown;
    if (isJsonType(type)) {
      const text = await response.clone().text();
      try {
        body = text === '' ? undefined : JSON.parse(text);
      } catch {
        violations.push(whole(operation, 'response', 'body', 'not valid JSON'));
        return;
      }
    }
    const hasBody = response.body !== null && response.status !== 204;
    for (const violation of validator.response(operation, response.status, hasBody ? type : undefined, body, response.headers)) {
      violations.push(violation);
      reportMockViolation(violation);
    }
  };

  const run = async (request: Request, operation: OperationEntry, params: Record<string, string>, answer: MockRouteHandler) => {
    const at = now();
    const facts = await readRequestFacts(request, params);
    const url = new URL(request.url);
    const record: MockRequest = {
      operationId: operation.operationId,
      bucket: operation.bucket,
      method: request.method,
      url: request.url,
      path: url.pathname.slice(basePath.replace(/\/$/, '').length),
      search: url.search.slice(1),
      headers: Object.fromEntries(request.headers),
      body: facts.fields ?? facts.body,
      files: facts.files ?? {},
      status: undefined,
    };
    requests.push(record);
    const refusal = operation.security.length > 0 ? options.authenticate?.(request, operation) : undefined;
    const credential = refusal instanceof Response ? undefined : refusal;
    // A refused request does not count against its window: the refusal only reads it.
    const window = refusal instanceof Response ? options.peekWindow : options.takeWindow;
    const reading = window?.(credential ?? '', operation.bucket, at);
    const headers = reading && options.rateLimitHeaders ? options.rateLimitHeaders(reading, at) : {};
    let response: Response;
    if (refusal instanceof Response) {
      response = refusal;
    } else if (reading && !reading.allowed) {
      response = rateLimited(reading, request, at);
    } else {
      const found: SpecViolation[] = facts.malformed
        ? [whole(operation, 'request', 'body', facts.malformed)]
        : validate === false
          ? []
          : validator.request(operation, facts);
      response =
        found.length > 0
          ? invalidRequest(found, request)
          : await answer({
              request,
              url,
              params,
              query: facts.query,
              body: facts.body,
              credential,
              operation,
              now: at,
            });
    }
    // A simulated network failure (`HttpResponse.error()`) has immutable headers and nothing to label.
    for (const [name, value] of response.type === 'error' ? [] : Object.entries(headers)) {
      response.headers.set(name, value);
    }
    record.status = response.type === 'error' ? undefined : response.status;
    await checkResponse(operation, response);
    return response;
  };

  return {
    routes(handlers, routeOptions = {}) {
      const rest = Object.keys(options.table).filter((operationId) => routeOptions.examples !== false && !(operationId in handlers));
      const all = {
        ...handlers,
        ...Object.fromEntries(rest.map((id) => [id, exampleResponder(options.document, options.table[id] as OperationEntry)])),
      };
      return Object.entries(all).map(([operationId, answer]) => {
        const operation = options.table[operationId];
        if (operation === undefined) {
          throw new Error(`${options.profile.id} mock: no operation ${operationId} in the spec`);
        }
        const method = operation.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete' | 'head';
        return http[method](toMswPath(options.baseUrl, operation.path), ({ request }) => {
          const found = match(request.method, request.url);
          if (found !== undefined && found.operation !== operation) {
            return undefined; // a more specific template of the spec owns this URL
          }
          return run(request, operation, found?.params ?? {}, answer);
        });
      });
    },
    requests,
    violations,
    assertNoViolations() {
      if (violations.length > 0) {
        const message = describeViolations(violations.splice(0));
        throw new Error(`${options.profile.id} mock: responses broke openapi/${options.profile.id}.yaml\n${message}`);
      }
    },
  };
}
