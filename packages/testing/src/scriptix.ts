/**
 * @module
 * `@conduit/testing/scriptix`: stateful msw handlers for every Scriptix operation, its failure
 * scenarios and a key in the documented format.
 */
export { createScriptixMock, type ScriptixMock, scriptixProfile, scriptixScenarios } from './handlers/scriptix.js';
export { scriptixErrorBody, scriptixRateLimitHeaders } from './handlers/scriptix-respond.js';
export { sasObjectKey } from './handlers/scriptix-session-model.js';
export {
  type MockScriptixDocument,
  type MockScriptixSession,
  type MockScriptixTusUpload,
  type ScriptixMockState,
  scriptixBaseUrl,
  scriptixBaseUrlV4,
  scriptixTestKey,
} from './handlers/scriptix-state.js';
export { assembledTusUpload, decodeTusMetadata } from './handlers/scriptix-tus.js';
