/**
 * @module
 * `@conduit/testing/apivideo`: msw handlers for all 59 api.video operations on a stateful
 * in-memory mock, api.video-style failure scenarios, a test key and signed webhook deliveries.
 */

export * from './handlers/apivideo.js';
export { type ApiVideoMockRange, type ApiVideoMockUpload, apivideoDocs, assembled, nextByte } from './handlers/apivideo-chunks.js';
