/**
 * @module
 * `@conduit/testing/browser`: run Conduit's provider mocks inside a page (vitest browser mode, msw's service worker).
 */
export { type UseMockWorkerOptions, useMockWorker } from './browser/use-mock-worker.js';
