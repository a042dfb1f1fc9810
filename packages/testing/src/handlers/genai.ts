import type { components } from '@conduit/specs/genai';
import { type HttpHandler, http } from 'msw';
import type { ProviderMock } from '../provider-mock.js';
import { createScenarios } from '../scenarios/create-scenarios.js';
import { checkAnalyze, checkGenerateImage, checkGenerateText, checkNewEndpoint, isProblem } from './genai-check-body.js';
import { fakeAnalysis, fakeCompletion, genaiMockModels } from './genai-fakes.js';
import { genaiBaseUrl, genaiProfile } from './genai-profile.js';
import { type GenAIRouteContext, genaiRoute } from './genai-route.js';
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
export interface GenAIMockOptions {
  /** Clock in epoch milliseconds for `created`, `meta.timestamp` and rate-limit windows (default `Date.now`). */
  now?: () => number;
  /** Requests per minute per key and group (defaults: the documented generate 60, analyze 120, models 1000; other 60). */
  limits?: Partial<Record<GenAIWindowGroup, number>>;
}

/** Scenario helpers answering in GenAI's own style (envelope, codes, `X-RateLimit-*`). */
export const genaiScenarios = createScenarios(genaiProfile);

/** The msw handlers for every GenAI operation, sharing `state`. */
export function createGenAIHandlers(state: GenAIMockState, options: GenAIMockOptions = {}): HttpHandler[] {
  const context: GenAIRouteContext = { state, now: options.now ?? Date.now, limits: { ...defaultGenAILimits, ...options.limits } };
  const imageOrigin = new URL(genaiBaseUrl).origin;
  return [
    http.post(
      `${genaiBaseUrl}/generate`,
      genaiRoute(context, 'generate', (body, { meta, now }): Schemas['GenerateTextResponse'] | ReturnType<typeof checkGenerateText> => {
        const request = checkGenerateText(body);
        if (isProblem(request)) {
          return request;
        }
        const { content, usage } = fakeCompletion(request.prompt, request.model, request.max_tokens);
        const data: Schemas['GeneratedText'] = {
          id: nextId(state, 'gen'),
          content,
          model: request.model,
          usage,
          created: Math.floor(now / 1000),
        };
        state.generations.set(data.id, data);
        return { success: true, data, meta };
      }),
    ),
    http.post(
      `${genaiBaseUrl}/generate/image`,
      genaiRoute(context, 'generate', (body, { meta, now }): Schemas['GenerateImageResponse'] | ReturnType<typeof checkGenerateImage> => {
        const request = checkGenerateImage(body);
        if (isProblem(request)) {
          return request;
        }
        const id = nextId(state, 'img');
        const data: Schemas['GeneratedImage'] = {
          id,
          url: `${imageOrigin}/images/${id}.png`,
          model: request.model,
          created: Math.floor(now / 1000),
        };
        state.images.set(id, data);
        return { success: true, data, meta };
      }),
    ),
    http.post(
      `${genaiBaseUrl}/analyze`,
      genaiRoute(context, 'analyze', (body, { meta }): Schemas['AnalyzeResponse'] | ReturnType<typeof checkAnalyze> => {
        const request = checkAnalyze(body);
        if (isProblem(request)) {
          return request;
        }
        const data = fakeAnalysis(request.text, request.tasks);
        state.analyses.push(data);
        return { success: true, data, meta };
      }),
    ),
    http.get(
      `${genaiBaseUrl}/models`,
      genaiRoute(context, 'models', (_body, { meta }): Schemas['ListModelsResponse'] => ({ success: true, data: genaiMockModels, meta })),
    ),
    http.post(
      `${genaiBaseUrl}/new-endpoint`,
      genaiRoute(context, 'other', (body, { meta }): Schemas['NewEndpointResponse'] | ReturnType<typeof checkNewEndpoint> => {
        const request = checkNewEndpoint(body);
        if (isProblem(request)) {
          return request;
        }
        return { success: true, data: { id: nextId(state, 'new'), result: `processed ${request.parameter1}` }, meta };
      }),
    ),
    http.all(
      `${genaiBaseUrl}/*`,
      genaiRoute(context, 'other', () => ({ code: 'ENDPOINT_NOT_FOUND', message: 'Endpoint not found' }) as const, false),
    ),
  ];
}

/**
 * A stateful GenAI mock: the five operations with bearer checks, documented 400/401/429 envelopes,
 * per-minute windows with `X-RateLimit-*` headers and deterministic fake generations.
 *
 * @example
 * ```ts
 * const genai = createGenAIMock();
 * const server = setupServer(...genai.handlers);
 * server.use(genai.scenarios.rateLimited({ path: '/generate' }));
 * ```
 */
export function createGenAIMock(options: GenAIMockOptions = {}): ProviderMock & { readonly state: GenAIMockState } {
  const state = createGenAIState();
  return {
    profile: genaiProfile,
    handlers: createGenAIHandlers(state, options),
    scenarios: genaiScenarios,
    state,
    reset: () => resetGenAIState(state),
  };
}
