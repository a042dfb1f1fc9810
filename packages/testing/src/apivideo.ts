/**
 * @module
 * `@conduit/testing/apivideo`: msw handlers for all 59 api.video operations on a stateful
 * in-memory mock, api.video-style failure scenarios, a test key and signed webhook deliveries.
 */
export { type ApiVideoMock, createApiVideoMock } from './handlers/apivideo.js';
export { assembled, nextByte } from './handlers/apivideo-chunks.js';
export { apivideoDocs } from './handlers/apivideo-http.js';
export { apivideoProfile, apivideoScenarios, apivideoTestKey, createApiVideoProfile } from './handlers/apivideo-profile.js';
export { apivideoMockWebhookEvents } from './handlers/apivideo-resources.js';
export type {
  ApiVideoMockBucket,
  ApiVideoMockOptions,
  ApiVideoMockRange,
  ApiVideoMockRequest,
  ApiVideoMockState,
  ApiVideoMockUpload,
  ApiVideoMockVideo,
} from './handlers/apivideo-state.js';
export { type ApiVideoWebhookDelivery, createApiVideoWebhookDelivery } from './handlers/apivideo-webhook-delivery.js';
