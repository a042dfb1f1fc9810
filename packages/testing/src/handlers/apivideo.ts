import { apiVideoOperations } from '@conduit/specs/apivideo';
import { apiVideoDocument } from '@conduit/specs/apivideo/document';
import type { HttpHandler } from 'msw';
import { createMockKernel } from '../kernel/create-mock-kernel.js';
import { createRateLimitWindows } from '../kernel/rate-limit-windows.js';
import type { ProviderMock } from '../provider-mock.js';
import { createScenarios } from '../scenarios/create-scenarios.js';
import { apivideoAnalyticsHandlers } from './apivideo-analytics.js';
import { apivideoAuthHandlers } from './apivideo-auth.js';
import { apivideoRateLimitHeaders, authenticateApiVideo, problem, recordOf } from './apivideo-http.js';
import { apivideoInvalidRequest } from './apivideo-invalid-request.js';
import { createApiVideoProfile } from './apivideo-profile.js';
import { apivideoResourceHandlers } from './apivideo-resources.js';
import { type ApiVideoMockBucket, type ApiVideoMockOptions, type ApiVideoMockState, createApiVideoState } from './apivideo-state.js';
import { apivideoSummaryHandlers } from './apivideo-summaries.js';
import { apivideoTrackHandlers } from './apivideo-tracks.js';
import { apivideoUploadHandlers } from './apivideo-uploads.js';
import { apivideoVideoHandlers } from './apivideo-videos.js';

/** The api.video mock: its handlers for all 59 operations share `state`. */
export interface ApiVideoMock extends ProviderMock {
  /** The in-memory state behind the handlers (inspect or change it in tests). */
  readonly state: ApiVideoMockState;
}

/**
 * Creates a stateful api.video mock (fresh state each call): Basic and bearer auth, the token
 * exchange, problem-details errors, per-bucket `X-RateLimit-*` headers and limits, in-memory
 * resources, and chunked uploads that check `Content-Range` continuity and delegated `videoId`s.
 * Every request that reaches it is recorded in `state.requests`.
 *
 * @example
 * ```ts
 * import { createApiVideoMock } from '@conduit/testing/apivideo';
 * import { setupServer } from 'msw/node';
 *
 * const mock = createApiVideoMock();
 * const server = setupServer(...mock.handlers);
 * ```
 */
export function createApiVideoMock(options: ApiVideoMockOptions = {}): ApiVideoMock {
  const state = createApiVideoState(options);
  const profile = createApiVideoProfile(state.baseUrl);
  const windows = createRateLimitWindows(
    () => state.options.limits,
    60_000,
    state.windows,
    (_key, bucket) => bucket,
  );
  const kernel = createMockKernel({
    table: apiVideoOperations,
    document: apiVideoDocument,
    baseUrl: state.baseUrl,
    profile,
    validate: options.validate,
    now: state.now,
    authenticate: (request) => authenticateApiVideo(request, state),
    takeWindow: (key, bucket, now) => windows.take(key, bucket, now),
    peekWindow: (key, bucket, now) => windows.peek(key, bucket, now),
    rateLimitHeaders: apivideoRateLimitHeaders,
    rateLimited: () => problem(429, 'too-many-requests', 'Too many requests.'),
    invalidRequest: apivideoInvalidRequest,
    observe: (request, operation, response) => {
      recordOf(state, request, operation.bucket as ApiVideoMockBucket).status = response.status;
    },
  });
  const handlers: HttpHandler[] = kernel.routes({
    ...apivideoAuthHandlers(state),
    ...apivideoUploadHandlers(state),
    ...apivideoVideoHandlers(state),
    ...apivideoSummaryHandlers(state),
    ...apivideoTrackHandlers(state),
    ...apivideoResourceHandlers(state),
    ...apivideoAnalyticsHandlers(state),
  });
  return {
    profile,
    handlers,
    scenarios: createScenarios(profile),
    reset: () => state.reset(),
    state,
    violations: kernel.violations,
    assertNoViolations: () => kernel.assertNoViolations(),
  };
}
