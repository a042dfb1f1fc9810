/**
 * @module
 * `@conduit/testing/conformance`: the one suite every Conduit provider client runs (needs vitest).
 */
export { createFakeClock } from './clock/create-fake-clock.js';
export type { FakeClock } from './clock/fake-clock.js';
export { rejectionOf } from './conformance/conformance-harness.js';
export type {
  ConformanceCallOptions,
  ConformanceClientOptions,
  ConformanceJobState,
  ConformanceSkip,
  ErrorCase,
  PaginateCase,
  PollCase,
  ProviderConformance,
  RateLimitHintCase,
  UploadCase,
  UploadServer,
} from './conformance/conformance-types.js';
export {
  createRecordingFetch,
  hangUntilAborted,
  jsonResponse,
  type RecordedRequest,
  type RecordingFetch,
  type Responder,
} from './conformance/recording-fetch.js';
export { runProviderConformance } from './conformance/run-provider-conformance.js';
