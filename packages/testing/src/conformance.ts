/**
 * @module
 * `@conduit/testing/conformance`: the one suite every Conduit provider client runs (needs vitest).
 */
export { createRecordingFetch, jsonResponse, type RecordingFetch, type Responder } from './conformance/recording-fetch.js';
export {
  type ConformanceClientOptions,
  type ConformanceSkip,
  type ErrorCase,
  type ProviderConformance,
  type RateLimitHintCase,
  runProviderConformance,
} from './conformance/run-provider-conformance.js';
