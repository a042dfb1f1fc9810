/**
 * @module
 * `@conduit/testing/viddyscribe`: stateful msw handlers, scenarios and a test key for the ViddyScribe
 * Enterprise API, typed against `openapi/viddyscribe.yaml`.
 */
export * from './handlers/viddyscribe.js';
