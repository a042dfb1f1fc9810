import { scriptixOperations } from '@conduit/specs/scriptix';
import { scriptixDocument } from '@conduit/specs/scriptix/document';
import { createMockKernel } from '../kernel/create-mock-kernel.js';
import { createRateLimitWindows } from '../kernel/rate-limit-windows.js';
import type { MockValidationOptions, ProviderMock } from '../provider-mock.js';
import { createScenarios, type Scenarios } from '../scenarios/create-scenarios.js';
import type { ProviderProfile } from '../scenarios/provider-profile.js';
import { createSignedStorage, type SignedStorage } from '../storage/signed-storage.js';
import { createScriptixAccountHandlers } from './scriptix-account.js';
import { createScriptixDocumentHandlers } from './scriptix-documents.js';
import { scriptixInvalidRequest } from './scriptix-invalid-request.js';
import { createScriptixPartnerHandlers } from './scriptix-partner.js';
import { scriptixErrorBody, scriptixRateLimitHeaders } from './scriptix-respond.js';
import { authenticateScriptix, scriptixRateLimited } from './scriptix-route.js';
import { createScriptixSessionHandlers } from './scriptix-sessions.js';
import { createScriptixState, type ScriptixMockState, scriptixBaseUrl, scriptixBaseUrlV4 } from './scriptix-state.js';
import { createScriptixTusHandlers } from './scriptix-tus.js';

/** How the generic scenarios answer like Scriptix: its error shapes, codes and `X-RateLimit-*` headers. */
export const scriptixProfile: ProviderProfile = {
  id: 'scriptix',
  baseUrl: scriptixBaseUrl,
  errorBody: (status, code, message) => scriptixErrorBody(status, code, message),
  expiredKeyCode: 'INVALID_API_KEY',
  rateLimitCode: 'RATE_LIMIT_EXCEEDED',
  rateLimitHeaders: ({ limit, remaining, retryAfterSeconds }) => scriptixRateLimitHeaders({ limit, remaining, retryAfterSeconds }),
};

/** Failure scenarios in Scriptix's style (`rateLimited()`, `outage()`, `expiredKey()`, ...). */
export const scriptixScenarios: Scenarios = createScenarios(scriptixProfile);

/** A Scriptix mock: handlers for all 34 operations plus the SAS blob storage, sharing one in-memory state. */
export interface ScriptixMock extends ProviderMock {
  /** The in-memory state behind the handlers (inspect or change it in tests). */
  readonly state: ScriptixMockState;
  /** The Azure-SAS stand-in that receives `sessions.upload` PUTs. */
  readonly storage: SignedStorage;
}

/**
 * Creates a fresh stateful Scriptix mock: sessions move queued → processing → done over polls once
 * their media arrived (SAS PUT with `x-ms-blob-type: BlockBlob`, TUS, or `media_source`), TUS
 * uploads are assembled in memory with offset checks, documents export in every format, and every
 * request is authenticated (either header) and rate-limited with `X-RateLimit-*` headers.
 */
export function createScriptixMock(options: MockValidationOptions = {}): ScriptixMock {
  const storage = createSignedStorage('scriptix');
  const state = createScriptixState();
  const kernelFor = (baseUrl: string) =>
    createMockKernel({
      table: scriptixOperations,
      document: scriptixDocument,
      baseUrl,
      profile: scriptixProfile,
      validate: options.validate,
      authenticate: (request) => authenticateScriptix(request, state),
      takeWindow: (key, bucket, now) =>
        createRateLimitWindows(() => ({ [bucket]: state.rateLimit.limit }), state.rateLimit.windowMs, state.windows).take(key, bucket, now),
      rateLimitHeaders: (window) => scriptixRateLimitHeaders({ limit: window.limit, remaining: window.remaining, resetAt: window.resetAt }),
      rateLimited: (window, _request, now) => scriptixRateLimited(window, now),
      invalidRequest: scriptixInvalidRequest,
    });
  const kernel = kernelFor(scriptixBaseUrl);
  const partner = createScriptixPartnerHandlers(state);
  const handlers = [
    ...storage.handlers,
    ...kernel.routes({
      ...createScriptixSessionHandlers(state, storage),
      ...createScriptixTusHandlers(state),
      ...createScriptixDocumentHandlers(state, storage),
      ...createScriptixAccountHandlers(state),
      ...partner,
    }),
    // The realtime-control routes are also served under /api/v4 (the docs show both).
    ...kernelFor(scriptixBaseUrlV4).routes(
      {
        initializeRealtime: partner.initializeRealtime!,
        getRealtimeStatus: partner.getRealtimeStatus!,
      },
      { examples: false },
    ),
  ];
  return {
    profile: scriptixProfile,
    handlers,
    scenarios: scriptixScenarios,
    state,
    storage,
    reset() {
      Object.assign(state, createScriptixState());
      storage.reset();
    },
    violations: kernel.violations,
    assertNoViolations: () => kernel.assertNoViolations(),
  };
}
