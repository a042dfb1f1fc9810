import { hesedVidOperations } from '@conduit/specs/hesedvid';
import { hesedVidDocument } from '@conduit/specs/hesedvid/document';
import type { HttpHandler } from 'msw';
import { createMockKernel, type MockValidation } from '../kernel/create-mock-kernel.js';
import { createRateLimitWindows } from '../kernel/rate-limit-windows.js';
import type { MockValidationOptions, ProviderMock } from '../provider-mock.js';
import { createScenarios } from '../scenarios/create-scenarios.js';
import { createSignedStorage } from '../storage/signed-storage.js';
import { createHesedVidOperationHandlers, type HesedVidUploadUrlShape } from './hesedvid-handlers.js';
import {
  defaultHesedVidLimits,
  type HesedVidMockBucket,
  hesedvidBaseUrl,
  hesedvidProfile,
  hesedvidRateLimitHeaders,
} from './hesedvid-profile.js';
import { checkHesedVidKey, type HesedVidRouteContext, refuse } from './hesedvid-route.js';

const hourMs = 3_600_000;

import {
  createHesedVidState,
  defaultHesedVidEnvironments,
  type HesedVidMockState,
  type HesedVidMockVideo,
  resetHesedVidState,
} from './hesedvid-state.js';

/** Options for `createHesedVidMock`. */
export interface HesedVidMockOptions extends MockValidationOptions {
  /** Clock in epoch milliseconds for rate-limit windows, `createdAt` and expiries (default `Date.now`). */
  now?: () => number;
  /** Requests per hour per key and bucket (defaults: the documented general 10,000, video 1,000, analytics 500). */
  limits?: Partial<Record<HesedVidMockBucket, number>>;
  /** Which documented upload-url answer to send: the guide's (default), the REST reference's, or that one without `videoID`. */
  uploadUrlShape?: HesedVidUploadUrlShape;
  /** Status polls a video answers `transcoding` after start-processing before it finishes (default 2). */
  processingPolls?: number;
  /** How processing ends for a video (default: always `ready`). */
  processingOutcome?: (video: HesedVidMockVideo) => 'ready' | 'failed';
  /** The organization's environments (default prod, staging and dev). */
  environments?: ReadonlyArray<{
    /** Environment ID (`env_prod_…`). */
    id: string;
    /** Display name. */
    name: string;
  }>;
}

/** Scenario helpers answering in HesedVid's style (`{ error, message }`, `X-RateLimit-*`). */
export const hesedvidScenarios = createScenarios(hesedvidProfile);

function createKernel(context: HesedVidRouteContext, validate: MockValidation | undefined) {
  const windows = createRateLimitWindows(() => context.limits, hourMs, context.state.windows);
  return createMockKernel({
    table: hesedVidOperations,
    document: hesedVidDocument,
    baseUrl: hesedvidBaseUrl,
    profile: hesedvidProfile,
    validate,
    now: context.now,
    authenticate: (request) => {
      const key = request.headers.get('x-api-key');
      return checkHesedVidKey(key) ?? (key as string);
    },
    takeWindow: (key, bucket, now) => windows.take(key, bucket, now),
    rateLimitHeaders: (window) => hesedvidRateLimitHeaders(window.limit, window.remaining, window.resetAt),
    rateLimited: (window) =>
      refuse(429, 'rate_limit_exceeded', `Rate limit exceeded for ${window.bucket} operations (${window.limit} requests per hour)`),
  });
}

function createHandlers(state: HesedVidMockState, options: HesedVidMockOptions) {
  const context: HesedVidRouteContext = { state, now: options.now ?? Date.now, limits: { ...defaultHesedVidLimits, ...options.limits } };
  const kernel = createKernel(context, options.validate);
  const handlers = kernel.routes(
    createHesedVidOperationHandlers(context, {
      uploadUrlShape: options.uploadUrlShape ?? 'guide',
      processingPolls: options.processingPolls ?? 2,
      processingOutcome: options.processingOutcome ?? (() => 'ready'),
    }),
  );
  return { kernel, handlers: [...handlers, ...state.storage.handlers] };
}

/** The msw handlers for every HesedVid operation plus the signed storage, sharing `state`. */
export function createHesedVidHandlers(state: HesedVidMockState, options: HesedVidMockOptions = {}): HttpHandler[] {
  return createHandlers(state, options).handlers;
}

/**
 * A stateful HesedVid mock: all 15 operations with the `X-Api-Key` check, 400/404/409 answers,
 * hourly `general`/`video`/`analytics` windows with `X-RateLimit-*` headers, signed uploads in
 * memory, and videos that move uploading -> transcoding -> ready over status polls.
 *
 * @example
 * ```ts
 * import { createHesedVidMock } from '@conduit/testing/hesedvid';
 * import { setupServer } from 'msw/node';
 *
 * const hesedvid = createHesedVidMock();
 * const server = setupServer(...hesedvid.handlers);
 * server.use(hesedvid.scenarios.rateLimited({ path: '/org_1/videos' }));
 * ```
 */
export function createHesedVidMock(options: HesedVidMockOptions = {}): ProviderMock & {
  /** The in-memory state behind the handlers (inspect or change it in tests). */
  readonly state: HesedVidMockState;
} {
  const environments = options.environments ?? defaultHesedVidEnvironments;
  const state = createHesedVidState(createSignedStorage('hesedvid'), environments);
  const { kernel, handlers } = createHandlers(state, options);
  return {
    profile: hesedvidProfile,
    handlers,
    scenarios: hesedvidScenarios,
    state,
    reset: () => resetHesedVidState(state, environments),
    violations: kernel.violations,
    assertNoViolations: () => kernel.assertNoViolations(),
  };
}
