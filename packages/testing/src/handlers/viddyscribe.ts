import { viddyScribeOperations } from '@conduit/specs/viddyscribe';
import { viddyScribeDocument } from '@conduit/specs/viddyscribe/document';
import { createMockKernel } from '../kernel/create-mock-kernel.js';
import type { MockValidationOptions, ProviderMock } from '../provider-mock.js';
import { createScenarios } from '../scenarios/create-scenarios.js';
import type { ProviderProfile } from '../scenarios/provider-profile.js';
import { createSignedStorage, type SignedStorage } from '../storage/signed-storage.js';
import { createViddyScribeGenerateHandlers } from './viddyscribe-generate-handlers.js';
import { addViddyScribeMedia, createViddyScribeMediaHandlers } from './viddyscribe-media-handlers.js';
import { checkAuth, viddyscribeBaseUrl } from './viddyscribe-respond.js';
import { createViddyScribeResultsHandlers } from './viddyscribe-results-handlers.js';
import { createViddyScribeState, type ViddyScribeMockState } from './viddyscribe-state.js';

/** How ViddyScribe answers: `{error, message}` bodies; no rate-limit headers are documented beyond `Retry-After` on 429. */
export const viddyscribeProfile: ProviderProfile = {
  id: 'viddyscribe',
  baseUrl: viddyscribeBaseUrl,
  errorBody: (_status, code, message) => ({ error: code, message }),
  // The docs list one 401 code for any bad key; expired and revoked keys included.
  expiredKeyCode: 'unauthorized',
  rateLimitCode: 'rate_limit_exceeded',
  rateLimitHeaders: ({ retryAfterSeconds }): Record<string, string> =>
    retryAfterSeconds === undefined ? {} : { 'retry-after': String(retryAfterSeconds) },
};

/** Failure scenarios in ViddyScribe's style (`rateLimited()`, `outage()`, `expiredKey()`, `sequence()`...). */
export const viddyscribeScenarios = createScenarios(viddyscribeProfile);

/** Seeds a media item in a given verification state, e.g. one that answers 409 `upload_not_ready` twice. */
export interface SeedMediaOptions {
  /** Verification state (default `completed`). */
  uploadStatus?: 'pending_upload' | 'processing' | 'completed' | 'failed';
  /** For `processing`: generate calls answered 409 (and status reads answered `processing`) before it completes (default 1). */
  readyAfter?: number;
  /** Source duration in seconds, which sets the credit cost (default 45.5). */
  durationSeconds?: number;
  /** Jobs on this media end `failed`. */
  failJobs?: boolean;
}

/** The stateful ViddyScribe mock: handlers for every operation, signed storage and knobs. */
export interface ViddyScribeMock extends ProviderMock {
  /** The in-memory state behind the handlers (inspect or change it in tests). */
  readonly state: ViddyScribeMockState;
  /** Signed-URL storage for uploads (`storage.get(gcsPath)` shows what was PUT and its content type). */
  readonly storage: SignedStorage;
  /** Adds a media item and returns its id. */
  seedMedia(options?: SeedMediaOptions): string;
  /** Answers the next generate calls with 429 `plan_limit_exceeded` (or 403 `limit_reached` for `legacy`). */
  exhaustCredits(style?: ViddyScribeMockState['limitStyle']): void;
}

/**
 * Creates a fresh ViddyScribe mock. Jobs advance `queued` → `processing` → `done` over successive
 * `get_results` reads; signed uploads go `pending_upload` → `processing` (notify) → `completed`;
 * any URL or file name containing `fail` makes its jobs fail.
 *
 * @example
 * ```ts
 * import { createViddyScribeMock } from '@conduit/testing/viddyscribe';
 * import { setupServer } from 'msw/node';
 *
 * const mock = createViddyScribeMock();
 * const server = setupServer(...mock.handlers);
 * const mediaId = mock.seedMedia({ uploadStatus: 'processing', readyAfter: 2 });
 * ```
 */
export function createViddyScribeMock(options: MockValidationOptions = {}): ViddyScribeMock {
  const storage = createSignedStorage('viddyscribe');
  // One state object for the mock's lifetime: `reset()` refills it in place, so the handlers keep seeing it.
  const state = createViddyScribeState();
  const kernel = createMockKernel({
    table: viddyScribeOperations,
    document: viddyScribeDocument,
    baseUrl: viddyscribeBaseUrl,
    profile: viddyscribeProfile,
    validate: options.validate,
    authenticate: (request) => checkAuth(request) ?? (request.headers.get('x-api-key') as string),
    // `state.requests` was documented but never filled before the kernel's observer did it.
    observe: (request) =>
      state.requests.push(`${request.method} ${new URL(request.url).pathname.slice(new URL(viddyscribeBaseUrl).pathname.length)}`),
  });
  const results = createViddyScribeResultsHandlers(state);
  const handlers = [
    ...kernel.routes({
      ...createViddyScribeMediaHandlers(state, storage),
      ...createViddyScribeGenerateHandlers(state),
      ...results.routes,
    }),
    results.files,
    ...storage.handlers,
  ];
  return {
    profile: viddyscribeProfile,
    handlers,
    scenarios: viddyscribeScenarios,
    state,
    storage,
    seedMedia(options = {}) {
      const status = options.uploadStatus ?? 'completed';
      return addViddyScribeMedia(state, {
        via: 'seed',
        uploadStatus: status,
        checksLeft: status === 'processing' ? (options.readyAfter ?? 1) : 0,
        durationSeconds: options.durationSeconds ?? 45.5,
        failJobs: options.failJobs ?? false,
      }).id;
    },
    exhaustCredits(style = 'current') {
      state.credits = 0;
      state.limitStyle = style;
    },
    reset() {
      Object.assign(state, createViddyScribeState());
      storage.reset();
    },
    violations: kernel.violations,
    assertNoViolations: () => kernel.assertNoViolations(),
  };
}
