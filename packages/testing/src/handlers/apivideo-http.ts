import type { components } from '@conduit/specs/apivideo';
import { HttpResponse } from 'msw';
import type { MockRouteHandler } from '../kernel/create-mock-kernel.js';
import type { WindowReading } from '../kernel/rate-limit-windows.js';
import type { ApiVideoMockBucket, ApiVideoMockRequest, ApiVideoMockState } from './apivideo-state.js';

type Problem = components['schemas']['ProblemDetails'];
type ProblemItem = components['schemas']['ProblemDetailsItem'];
type Pagination = components['schemas']['Pagination'];

/** Base of every problem `type` URL. */
export const apivideoDocs = 'https://docs.api.video/reference/';

/** An api.video problem-details answer (`application/problem+json`). */
export function problem(
  status: number,
  slug: string,
  title: string,
  extra: { name?: string | null; detail?: string; problems?: ProblemItem[]; [member: string]: unknown } = {},
): Response {
  const body: Problem = { type: `${apivideoDocs}${slug}`, title, status, ...extra };
  return HttpResponse.json(body, { status, headers: { 'content-type': 'application/problem+json' } });
}

/** A `400` listing one failing attribute in `problems[]`, as the API does. */
export function invalid(slug: string, title: string, name: string, extra: Record<string, unknown> = {}): Response {
  return problem(400, slug, title, { name, problems: [{ type: `${apivideoDocs}${slug}`, title, name }], ...extra });
}

/** A JSON answer typed by the spec. */
export function json<T>(body: T, status = 200): Response {
  return HttpResponse.json(body as Record<string, unknown>, { status });
}

/** An answer without a body (`204` or `202`). */
export function empty(status: 204 | 202): Response {
  return new HttpResponse(null, { status });
}

/** `404 resource-not-found` for a missing id. */
export function notFound(name: string): Response {
  return problem(404, 'resource-not-found', 'The requested resource was not found.', { name });
}

/** What a handler body gets. */
export interface ApiVideoRouteContext {
  request: Request;
  url: URL;
  params: Record<string, string>;
  state: ApiVideoMockState;
  record: ApiVideoMockRequest;
  /** The API key the request authenticated with (undefined for token-authorised uploads). */
  key: string | undefined;
  /** The JSON body the kernel parsed and checked against the spec (`{}` without one). */
  body: Record<string, unknown>;
}

const keyPattern = /^[\x21-\x39\x3b-\x7e]+$/;

/** True for a key the mock accepts: the documented format, and not marked expired or revoked. */
export function isAcceptedKey(key: string): boolean {
  return keyPattern.test(key) && !/expired|revoked/i.test(key);
}

/** Checks Basic (API key) or Bearer (access token) credentials: the key, or the API's 401. */
export function authenticateApiVideo(request: Request, state: ApiVideoMockState): string | Response {
  const header = request.headers.get('authorization');
  if (header === null || header.trim() === '') {
    return problem(401, 'authentication-missing-authorization-header', 'The Authorization header is missing.', { name: null });
  }
  const [scheme, value = ''] = header.trim().split(/\s+/, 2);
  if (scheme?.toLowerCase() === 'basic') {
    let decoded = '';
    try {
      decoded = atob(value);
    } catch {
      decoded = '';
    }
    const key = decoded.endsWith(':') ? decoded.slice(0, -1) : '';
    return isAcceptedKey(key)
      ? key
      : problem(401, 'authentication-invalid-api-key', 'The API key you sent does not exist.', { name: null });
  }
  if (scheme?.toLowerCase() === 'bearer') {
    const token = state.accessTokens.get(value);
    if (!token || token.expiresAt <= state.now()) {
      return problem(401, 'authentication-invalid-access-token', 'The access token is invalid or has expired.', { name: null });
    }
    return token.key;
  }
  return problem(401, 'authentication-invalid-authorization-header-value', 'The Authorization header value is invalid.', { name: null });
}

/** `X-RateLimit-Limit/Remaining/Retry-After` (seconds until the window resets), on every answer. */
export function apivideoRateLimitHeaders(window: WindowReading, now: number): Record<string, string> {
  return {
    'x-ratelimit-limit': String(window.limit),
    'x-ratelimit-remaining': String(window.remaining),
    'x-ratelimit-retry-after': String(Math.max(0, Math.ceil((window.resetAt - now) / 1000))),
  };
}

const records = new WeakMap<Request, ApiVideoMockRequest>();

/** The record of a request in `state.requests`, made on first use (every answered request gets one). */
export function recordOf(state: ApiVideoMockState, request: Request, bucket: ApiVideoMockBucket): ApiVideoMockRequest {
  let record = records.get(request);
  if (record === undefined) {
    const url = new URL(request.url);
    const headers: Record<string, string> = {};
    request.headers.forEach((value, name) => {
      headers[name] = value;
    });
    record = {
      method: request.method,
      path: url.pathname.slice(new URL(state.baseUrl).pathname.replace(/\/$/, '').length),
      search: url.search.replace(/^\?/, ''),
      url: request.url,
      headers,
      bucket,
      fields: {},
      fileSize: undefined,
      status: undefined,
    };
    records.set(request, record);
    state.requests.push(record);
  }
  return record;
}

/** One api.video operation's behaviour for the kernel, with the request's record and credentials. */
export function apivideoRoute(
  state: ApiVideoMockState,
  handler: (context: ApiVideoRouteContext) => Response | Promise<Response>,
): MockRouteHandler {
  return ({ request, url, params, credential, operation, body }) =>
    handler({
      request,
      url,
      params,
      state,
      record: recordOf(state, request, operation.bucket as ApiVideoMockBucket),
      key: credential,
      body: (body ?? {}) as Record<string, unknown>,
    });
}

/** Reads a multipart body with exactly one `file` part, recording its fields; or answers the API's `400`. */
export async function readForm(
  request: Request,
  record: ApiVideoMockRequest,
): Promise<{ file: File; fields: Record<string, string> } | Response> {
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return problem(400, 'invalid-payload', 'The payload is invalid.', { name: 'file', detail: 'Send multipart/form-data.' });
  }
  const files = form.getAll('file').filter((value): value is File => typeof value !== 'string');
  for (const [name, value] of form.entries()) {
    if (typeof value === 'string') {
      record.fields[name] = value;
    }
  }
  if (files.length === 0) {
    return invalid('uploaded-file-no-file', 'There is no uploaded file in the request.', 'file');
  }
  if (files.length > 1) {
    return invalid('uploaded-file-multiple-files', 'There are more than one uploaded file in the request.', 'file');
  }
  const file = files[0] as File;
  record.fileSize = file.size;
  if (file.size === 0) {
    return invalid('uploaded-file-empty', 'The uploaded file is empty.', 'file');
  }
  return { file, fields: record.fields };
}

/** Recognises the image kinds api.video takes by their magic bytes. */
export async function imageKind(file: File): Promise<'jpeg' | 'png' | 'webp' | undefined> {
  const head = new Uint8Array(await file.slice(0, 12).arrayBuffer());
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) {
    return 'jpeg';
  }
  if (head[0] === 0x89 && head[1] === 0x50 && head[2] === 0x4e && head[3] === 0x47) {
    return 'png';
  }
  if (String.fromCharCode(...head.subarray(0, 4)) === 'RIFF' && String.fromCharCode(...head.subarray(8, 12)) === 'WEBP') {
    return 'webp';
  }
  return undefined;
}

/** Slices one page (`currentPage`/`pageSize`, range-checked by the kernel) with the API's pagination object and links. */
export function pageOf<T>(items: readonly T[], url: URL, path: string): { data: T[]; pagination: Pagination } {
  const currentPage = Number(url.searchParams.get('currentPage') ?? '1');
  const pageSize = Number(url.searchParams.get('pageSize') ?? '25');
  const pagesTotal = Math.ceil(items.length / pageSize);
  const data = items.slice((currentPage - 1) * pageSize, currentPage * pageSize);
  const link = (page: number) => `${path}?currentPage=${page}&pageSize=${pageSize}`;
  const links: Pagination['links'] = [
    { rel: 'self', uri: link(currentPage) },
    { rel: 'first', uri: link(1) },
  ];
  if (currentPage > 1) {
    links.push({ rel: 'previous', uri: link(currentPage - 1) });
  }
  if (currentPage < pagesTotal) {
    links.push({ rel: 'next', uri: link(currentPage + 1) });
  }
  links.push({ rel: 'last', uri: link(Math.max(1, pagesTotal)) });
  return { data, pagination: { currentPage, pageSize, pagesTotal, itemsTotal: items.length, currentPageItems: data.length, links } };
}

/** A page of `items` as a JSON answer, sorted by `sortBy` (or `fallback` when given). */
export function listed<T>(items: readonly T[], url: URL, path: string, fallback?: string): Response {
  return json(pageOf(fallback === undefined ? items : sortItems([...items], url, fallback), url, path));
}

/** Sorts by `sortBy` (an enum of the spec the kernel has checked) or `fallback`: strings alphabetically, numbers numerically. */
export function sortItems<T>(items: T[], url: URL, fallback: string): T[] {
  const field = url.searchParams.get('sortBy') ?? fallback;
  const direction = url.searchParams.get('sortOrder') === 'desc' ? -1 : 1;
  return [...items].sort((a, b) => {
    const left = (a as Record<string, unknown>)[field];
    const right = (b as Record<string, unknown>)[field];
    if (typeof left === 'number' && typeof right === 'number') {
      return (left - right) * direction;
    }
    return String(left ?? '').localeCompare(String(right ?? '')) * direction;
  });
}
