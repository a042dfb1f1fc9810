import { type components, genAIOperations } from '@conduit/specs/genai';
import { genAIDocument } from '@conduit/specs/genai/document';
import { type HttpHandler, HttpResponse, http } from 'msw';
import { createMockKernel } from '../kernel/create-mock-kernel.js';
import type { MockValidationOptions, ProviderMock } from '../provider-mock.js';
import { createScenarios } from '../scenarios/create-scenarios.js';
import { createGenAIMeta, genaiRateLimited, genaiRateLimitHeaders, genaiRefuse } from './genai-answers.js';
import { checkBearer } from './genai-auth.js';
import { fakeAnalysis, fakeCompletion, genaiMockModels } from './genai-fakes.js';
import { genaiRefusal, promptTooLong } from './genai-invalid-request.js';
import { genaiBaseUrl, genaiProfile } from './genai-profile.js';
import {
  createGenAIState,
  defaultGenAILimits,
  type GenAIMockState,
  type GenAIWindowGroup,
  nextId,
  resetGenAIState,
} from './genai-state.js';

type Schemas = components['schemas'];

/** Options for `createGenAIMock`. */
export interface GenAIMockOptions extends MockValidationOptions {
  /** Clock in epoch milliseconds for `created`, `meta.timestamp` and rate-limit windows (default `Date.now`). */
  now?: () => number;
  /** Requests per minute per key and bucket (defaults: the documented generate 60, analyze 120, models 1000; other 60). */
  limits?: Partial<Record<GenAIWindowGroup, number>>;
}

/** Scenario helpers answering in GenAI's own style (envelope, codes, `X-RateLimit-*`). */
export const genaiScenarios = createScenarios(genaiProfile);

function createHandlers(state: GenAIMockState, options: GenAIMockOptions) {
  const now = options.now ?? Date.now;
  const meta = createGenAIMeta(state, now);
  const imageOrigin = new URL(genaiBaseUrl).origin;
  const kernel = createMockKernel({
    table: genAIOperations,
    document: genAIDocument,
    baseUrl: genaiBaseUrl,
    profile: genaiProfile,
    validate: options.validate,
    now,
    authenticate: (request) => {
      const auth = checkBearer(request.headers.get('authorization'));
      return 'key' in auth ? auth.key : genaiRefuse(meta(request), auth.problem);
    },
    peekWindow: (key, bucket, at) => state.windows.take(key, bucket, at),
    takeWindow: (key, bucket, at) => state.windows.take(key, bucket, at),
    rateLimitHeaders: genaiRateLimitHeaders,
    rateLimited: (window, request, at) => genaiRateLimited(meta(request), window, at),
    invalidRequest: (violations, request) => genaiRefuse(meta(request), genaiRefusal(violations)),
  });
  const answer = (request: Request, data: unknown) => HttpResponse.json({ success: true, data, meta: meta(request) });
  const handlers = kernel.routes({
    generate: ({ request, body, now: at }) => {
      const input = body as Schemas['GenerateTextRequest'];
      const tooLong = promptTooLong(input.prompt);
      if (tooLong) {
        return genaiRefuse(meta(request), tooLong);
      }
      const { content, usage } = fakeCompletion(input.prompt, input.model, input.max_tokens ?? 100);
      const data: Schemas['GeneratedText'] = {
        id: nextId(state, 'gen'),
        content,
        model: input.model,
        usage,
        created: Math.floor(at / 1000),
      };
      state.generations.set(data.id, data);
      return answer(request, data);
    },
    generateImage: ({ request, body, now: at }) => {
      const input = body as Schemas['GenerateImageRequest'];
      const tooLong = promptTooLong(input.prompt);
      if (tooLong) {
        return genaiRefuse(meta(request), tooLong);
      }
      const id = nextId(state, 'img');
      const data: Schemas['GeneratedImage'] = {
        id,
        url: `${imageOrigin}/images/${id}.png`,
        model: input.model,
        created: Math.floor(at / 1000),
      };
      state.images.set(id, data);
      return answer(request, data);
    },
    analyze: ({ request, body }) => {
      const input = body as Schemas['AnalyzeRequest'];
      const tooLong = promptTooLong(input.text, 'INVALID_FIELD_VALUE');
      if (tooLong) {
        return genaiRefuse(meta(request), tooLong);
      }
      const data = fakeAnalysis(input.text, input.tasks);
      state.analyses.push(data);
      return answer(request, data);
    },
    listModels: ({ request }) => answer(request, genaiMockModels),
    newEndpoint: ({ request, body }) =>
      answer(request, { id: nextId(state, 'new'), result: `processed ${(body as Schemas['NewEndpointRequest']).parameter1}` }),
  });
  return { kernel, handlers };
}

/** The msw handlers for every GenAI operation, sharing `state`, plus the documented 404 for any other path. */
export function createGenAIHandlers(state: GenAIMockState, options: GenAIMockOptions = {}): HttpHandler[] {
  return createHandlers(state, options).handlers.concat(genaiNotFound(state, options));
}

function genaiNotFound(state: GenAIMockState, options: GenAIMockOptions): HttpHandler {
  const meta = createGenAIMeta(state, options.now ?? Date.now);
  return http.all(`${genaiBaseUrl}/*`, ({ request }) =>
    genaiRefuse(meta(request), { code: 'ENDPOINT_NOT_FOUND', message: 'Endpoint not found' }),
  );
}

/**
 * A stateful GenAI mock: the five operations with bearer checks, documented 400/401/429 envelopes,
 * per-minute windows per spec bucket with `X-RateLimit-*` headers and deterministic fake generations;
 * requests (and with `validate: 'all'` responses) are checked against openapi/genai.yaml.
 *
 * @example
 * ```ts
 * import { createGenAIMock } from '@conduit/testing/genai';
 * import { setupServer } from 'msw/node';
 *
 * const genai = createGenAIMock();
 * const server = setupServer(...genai.handlers);
 * server.use(genai.scenarios.rateLimited({ path: '/generate' }));
 * ```
 */
export function createGenAIMock(options: GenAIMockOptions = {}): ProviderMock & {
  /** The in-memory state behind the handlers (inspect or change it in tests). */
  readonly state: GenAIMockState;
} {
  const state = createGenAIState({ ...defaultGenAILimits, ...options.limits });
  const { kernel, handlers } = createHandlers(state, options);
  return {
    profile: genaiProfile,
    handlers: [...handlers, genaiNotFound(state, options)],
    scenarios: genaiScenarios,
    state,
    reset: () => resetGenAIState(state),
    violations: kernel.violations,
    assertNoViolations: () => kernel.assertNoViolations(),
  };
}
