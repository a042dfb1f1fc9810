/**
 * @module
 * `@conduit/testing/hesedvid`: msw handlers, profile, scenarios and a stateful mock for the HesedVid API.
 */
export { createHesedVidHandlers, createHesedVidMock, type HesedVidMockOptions, hesedvidScenarios } from './handlers/hesedvid.js';
export { fakePlaybackToken, type HesedVidUploadUrlShape, toHesedVidVideo } from './handlers/hesedvid-handlers.js';
export {
  defaultHesedVidLimits,
  type HesedVidMockBucket,
  hesedvidBaseUrl,
  hesedvidErrorBody,
  hesedvidProfile,
  hesedvidRateLimitHeaders,
  hesedvidTestKey,
} from './handlers/hesedvid-profile.js';
export { checkHesedVidKey } from './handlers/hesedvid-route.js';
export {
  defaultHesedVidEnvironments,
  type HesedVidMockLifecycle,
  type HesedVidMockShareLink,
  type HesedVidMockState,
  type HesedVidMockVideo,
  type HesedVidMockWindow,
  seedHesedVidVideo,
} from './handlers/hesedvid-state.js';
