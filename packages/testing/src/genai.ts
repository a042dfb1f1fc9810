/**
 * @module
 * `@conduit/testing/genai`: msw handlers, profile, scenarios and a stateful mock for the GenAI API.
 */

export { createGenAIHandlers, createGenAIMock, type GenAIMockOptions, genaiScenarios } from './handlers/genai.js';
export type { GenAIAuthProblem } from './handlers/genai-auth.js';
export { fakeAnalysis, fakeCompletion, genaiMockModels } from './handlers/genai-fakes.js';
export { type GenAIRefusal, genaiMockPromptLimit } from './handlers/genai-invalid-request.js';
export {
  type GenAIMockErrorCode,
  genaiBaseUrl,
  genaiErrorBody,
  genaiErrorStatus,
  genaiProfile,
  genaiTestKey,
  toGenAICode,
} from './handlers/genai-profile.js';
export { defaultGenAILimits, type GenAIMockState, type GenAIWindow, type GenAIWindowGroup } from './handlers/genai-state.js';
