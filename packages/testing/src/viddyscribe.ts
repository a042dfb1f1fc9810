/**
 * @module
 * `@conduit/testing/viddyscribe`: stateful msw handlers, scenarios and a test key for the ViddyScribe
 * Enterprise API, typed against `openapi/viddyscribe.yaml`.
 */
export {
  createViddyScribeMock,
  type SeedMediaOptions,
  type ViddyScribeMock,
  viddyscribeProfile,
  viddyscribeScenarios,
} from './handlers/viddyscribe.js';
export { viddyscribeBaseUrl, viddyscribeTestKey } from './handlers/viddyscribe-respond.js';
export type { ViddyScribeMockJob, ViddyScribeMockMedia, ViddyScribeMockState } from './handlers/viddyscribe-state.js';
