/**
 * @module
 * `@conduit/genai`: a typed client for the GenAI API (text and image generation, text analysis,
 * models), with envelope unwrapping and every documented error code as a typed error.
 */
export {
  APIConnectionError,
  APIError,
  type APIErrorDetails,
  APIPromise,
  type APIResponse,
  APITimeoutError,
  AuthenticationError,
  BadRequestError,
  ConduitError,
  ConfigurationError,
  ConflictError,
  InternalServerError,
  type Middleware,
  NotFoundError,
  PagePromise,
  PermissionDeniedError,
  QuotaExceededError,
  RateLimitError,
  type RateLimitState,
  RequestAbortedError,
  type RequestOptions,
  ResponseValidationError,
  UnprocessableEntityError,
} from '@conduit/core';
export type { components as GenAISchemas, paths as GenAIPaths } from '@conduit/specs/genai';
export type { AnalysisResult, AnalysisTask, AnalyzeRequest } from './genai-analyze.js';
export { createGenAIClient, type GenAIClient } from './genai-client.js';
export { genaiBuckets } from './genai-definition.js';
export type { GenAIMeta, GenAIResponse } from './genai-envelope.js';
export { type GenAIErrorCode, type GenAIErrorDetails, genaiErrorKinds, parseGenAIError } from './genai-error.js';
export type { GeneratedText, GenerateTextRequest, TextModel } from './genai-generate.js';
export type { GeneratedImage, GenerateImageRequest, ImageModel } from './genai-generate-image.js';
export type { GenAIPromise } from './genai-method.js';
export type { GenAIModel } from './genai-models.js';
export { defaultGenAIBaseUrl, type GenAIClientOptions, genaiEnvironmentVariable } from './genai-options.js';
