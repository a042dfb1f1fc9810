import { type components, genAIOperations } from '@conduit/specs/genai';
import { genAIDocument } from '@conduit/specs/genai/document';
import { type HttpHandler, HttpResponse, http } from 'msw';
import { createMockKernel } from '../kernel/create-mock-kernel.js';
import { createRateLimitWindows, type RateLimitWindows, xRateLimitHeaders } from '../kernel/rate-limit-windows.js';
import { specExample } from '../kernel/spec-example.js';
import type { SpecViolation } from '../kernel/spec-violation.js';
import type { MockValidationOptions, ProviderMock } from '../provider-mock.js';
import { createScenarios } from '../scenarios/create-scenarios.js';
import type { ProviderProfile } from '../scenarios/provider-profile.js';

type Schemas = components['schemas'];
type ErrorBody = Schemas['ErrorBody'];
type Made = Pick<Schemas['GeneratedText'], 'model'>;

/** GenAI's documented error codes. */
export type GenAIMockErrorCode = Schemas['ErrorCode'];
/** GenAI's per-minute rate-limit buckets, as the spec's `x-conduit-bucket` names them. */
export type GenAIWindowGroup = 'generate' | 'analyze' | 'models' | 'other';
/** The base URL the GenAI handlers answer on (the documented default). */
export const genaiBaseUrl = 'https://api.example.com/v1';
/** A key in the documented format (a bearer token without whitespace; no prefix is documented). */
export const genaiTestKey = 'genai-test-4f9c2a7d1b8e6f3a5c0d';
/** The documented per-endpoint limits per minute (`other` uses the Free tier's 60). */
export const defaultGenAILimits: Readonly<Record<GenAIWindowGroup, number>> = { generate: 60, analyze: 120, models: 1000, other: 60 };

const example = <T>(id: keyof typeof genAIOperations) => (specExample(genAIDocument, genAIOperations[id]).body as { data: T }).data;
/** The models the mock lists: the data of the spec's `listModels` example. */
export const genaiMockModels = example<Schemas['Model'][]>('listModels');
const analysis = example<Schemas['AnalysisResult']>('analyze');

type Examples = { content: Record<string, { examples: Record<string, { value: Schemas['ErrorResponse'] }> }> };
type Spec = { components: { schemas: { ErrorCode: { description: string } }; responses: Record<string, Examples> } };
const spec = genAIDocument as unknown as Spec;
const byStatus = [...spec.components.schemas.ErrorCode.description.matchAll(/(\d{3}): ([^;.]+)/g)];
/** The HTTP status of each documented code, read from the spec's `ErrorCode` description (502/503 codes use 503). */
export const genaiErrorStatus = Object.fromEntries(
  byStatus.flatMap(([, status, codes = '']) => [...codes.matchAll(/`([A-Z_]+)`/g)].map(([, code]) => [code, Number(status)])),
) as Readonly<Record<GenAIMockErrorCode, number>>;
/** Maps any code (a scenario's `service_unavailable`, `http_500`) to a documented one: itself, else the first code of its status. */
export function toGenAICode(status: number, code: string): GenAIMockErrorCode {
  const codes = Object.keys(genaiErrorStatus) as GenAIMockErrorCode[];
  const first = codes.find((known) => genaiErrorStatus[known] === (status === 502 ? 503 : status));
  return codes.find((known) => known === code.toUpperCase()) ?? first ?? (status >= 500 ? 'INTERNAL_ERROR' : 'INVALID_REQUEST');
}
/** GenAI's error envelope `{success: false, error: {code, message, details}, meta}` (with a placeholder `meta`). */
export function genaiErrorBody(code: GenAIMockErrorCode, message: string, details?: Schemas['ErrorDetails']): Schemas['ErrorResponse'] {
  const meta = { request_id: 'req_scenario', timestamp: new Date().toISOString() };
  return { success: false, error: { code, message, ...(details ? { details } : {}) }, meta };
}
/** How the generic scenarios answer like GenAI: its envelope, its codes and its `X-RateLimit-*` headers. */
export const genaiProfile: ProviderProfile = {
  id: 'genai',
  baseUrl: genaiBaseUrl,
  errorBody: (status, code, message) => genaiErrorBody(toGenAICode(status, code), message),
  expiredKeyCode: 'EXPIRED_API_KEY',
  rateLimitCode: 'RATE_LIMIT_EXCEEDED',
  rateLimitHeaders: (window) => xRateLimitHeaders(window.limit, window.remaining, Date.now() + (window.retryAfterSeconds ?? 60) * 1000),
};
/** Scenario helpers answering in GenAI's own style (envelope, codes, `X-RateLimit-*`). */
export const genaiScenarios = createScenarios(genaiProfile);

/** Everything the GenAI mock remembers (generations are not kept: the API has no way to read one back). */
export interface GenAIMockState {
  /** Per-minute windows per key and bucket. */
  readonly windows: RateLimitWindows;
  /** Ids issued per prefix (`gen`, `img`, `req`), so each answer has a fresh one. */
  readonly sequences: Map<string, number>;
}
/** Options for `createGenAIMock`. */
export interface GenAIMockOptions extends MockValidationOptions {
  /** Clock in epoch milliseconds for `created`, `meta.timestamp` and rate-limit windows (default `Date.now`). */
  now?: () => number;
  /** Requests per minute per key and bucket (defaults: the documented generate 60, analyze 120, models 1000; other 60). */
  limits?: Partial<Record<GenAIWindowGroup, number>>;
}

/** The documented 400 for a request breaking the spec: a missing field first, else the bad field's code (`INVALID_TEMPERATURE`, ...). */
function refusal(violations: readonly SpecViolation[]): ErrorBody {
  const first = violations.find((found) => found.keyword === 'required') ?? (violations[0] as SpecViolation);
  const field = first.name;
  if (first.location !== 'body' || field === undefined) {
    return { code: 'INVALID_REQUEST', message: `Request body must be a JSON object (${first.message})` };
  }
  if (first.keyword === 'required' || (first.keyword === 'minLength' && first.pointer === `/${field}`)) {
    return { code: 'MISSING_REQUIRED_FIELD', message: 'Required field is missing', details: { field, issue: 'Required field is missing' } };
  }
  const named = [`INVALID_${field.toUpperCase()}`, `INVALID_IMAGE_${field.toUpperCase()}`].find((code) => code in genaiErrorStatus);
  const code = field === 'model' ? 'UNSUPPORTED_MODEL' : ((named as GenAIMockErrorCode | undefined) ?? 'INVALID_FIELD_VALUE');
  return { code, message: code === 'UNSUPPORTED_MODEL' ? 'Model is not supported' : `${field} ${first.message}`, details: { field } };
}
/** The key of `Authorization: Bearer <key>`, or the spec's 401 example for a missing or malformed key or one saying `expired`/`revoked`. */
function bearer(header: string | null, refuse: (error: ErrorBody) => Response): Response | string {
  const key = /^Bearer ([\x21-\x7E]+)$/.exec(header?.trim() ?? '')?.[1];
  const problem = !header?.trim() ? 'missing' : key === undefined ? 'invalid' : /expired|revoked/.exec(key)?.[0];
  const examples = spec.components.responses.Unauthorized?.content['application/json']?.examples;
  return problem === undefined ? (key as string) : refuse(examples?.[`${problem}ApiKey`]?.value.error as ErrorBody);
}

function createHandlers(state: GenAIMockState, options: GenAIMockOptions) {
  const now = options.now ?? Date.now;
  const count = (prefix: string) => state.sequences.set(prefix, (state.sequences.get(prefix) ?? 0) + 1).get(prefix) ?? 0;
  const nextId = (prefix: string) => `${prefix}_${String(count(prefix)).padStart(10, '0')}`;
  const meta = (): Schemas['Meta'] => ({ request_id: nextId('req'), timestamp: new Date(now()).toISOString() });
  const refuse = (error: ErrorBody) => HttpResponse.json({ success: false, error, meta: meta() }, { status: genaiErrorStatus[error.code] });
  const answer = (data: unknown) => HttpResponse.json({ success: true, data, meta: meta() });
  const kernel = createMockKernel({
    table: genAIOperations,
    document: genAIDocument,
    baseUrl: genaiBaseUrl,
    profile: genaiProfile,
    validate: options.validate,
    now,
    authenticate: (request) => bearer(request.headers.get('authorization'), refuse),
    peekWindow: (key, bucket, at) => state.windows.take(key, bucket, at),
    takeWindow: (key, bucket, at) => state.windows.take(key, bucket, at),
    rateLimitHeaders: (window) => xRateLimitHeaders(window.limit, window.remaining, window.resetAt),
    rateLimited: ({ limit, resetAt }, _request, at) => {
      const retry_after = Math.max(1, Math.ceil((resetAt - at) / 1000));
      const message = `Rate limit exceeded. Try again in ${retry_after} seconds.`;
      return refuse({ code: 'RATE_LIMIT_EXCEEDED', message, details: { retry_after, limit, reset_time: Math.ceil(resetAt / 1000) } });
    },
    invalidRequest: (violations) => refuse(refusal(violations)),
  });
  // A generation: a fresh id, the requested model, the clock's time (and for a text, the spec example's content and usage).
  const made = (kind: string, body: unknown) => ({ id: nextId(kind), model: (body as Made).model, created: Math.floor(now() / 1000) });
  const handlers = kernel.routes({
    generate: ({ body }) => answer({ ...example<Schemas['GeneratedText']>('generate'), ...made('gen', body) }),
    generateImage: ({ body }) => {
      const data = made('img', body);
      return answer({ ...data, url: `${new URL(genaiBaseUrl).origin}/images/${data.id}.png` });
    },
    // Only the requested tasks' results (as the spec says of `data`), from the spec example.
    analyze: ({ body }) => answer(Object.fromEntries((body as Schemas['AnalyzeRequest']).tasks.map((task) => [task, analysis[task]]))),
  });
  const notFound = http.all(`${genaiBaseUrl}/*`, () => refuse({ code: 'ENDPOINT_NOT_FOUND', message: 'Endpoint not found' }));
  return { kernel, handlers: [...handlers, notFound] };
}

/** The msw handlers for every GenAI operation, sharing `state`, plus the documented 404 for any other path. */
export const createGenAIHandlers = (state: GenAIMockState, options: GenAIMockOptions = {}): HttpHandler[] =>
  createHandlers(state, options).handlers;

/**
 * A stateful GenAI mock: bearer checks, the documented 400/401/429 envelopes, per-minute windows per spec bucket with
 * `X-RateLimit-*` headers and fresh ids; generated content, analyses, `listModels` and `newEndpoint` come from the spec's
 * examples. Requests (and with `validate: 'all'`, responses) are checked against openapi/genai.yaml.
 */
export function createGenAIMock(options: GenAIMockOptions = {}): ProviderMock & {
  /** The in-memory state behind the handlers (inspect or change it in tests). */
  readonly state: GenAIMockState;
} {
  const limits = { ...defaultGenAILimits, ...options.limits };
  const fresh = (): GenAIMockState => ({ windows: createRateLimitWindows(() => limits, 60_000), sequences: new Map() });
  const state = fresh();
  const { kernel, handlers } = createHandlers(state, options);
  const reset = () => {
    Object.assign(state, fresh());
    kernel.requests.length = 0;
  };
  const mock = { profile: genaiProfile, handlers, scenarios: genaiScenarios, state, reset, requests: kernel.requests };
  return { ...mock, violations: kernel.violations, assertNoViolations: kernel.assertNoViolations };
}
