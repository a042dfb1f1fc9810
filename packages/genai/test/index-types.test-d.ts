// Compiled by `tsc -p tsconfig.json`: names every public type and value, so a dropped export fails the typecheck.
import type {
  AnalysisResult,
  AnalysisTask,
  AnalyzeRequest,
  APIErrorDetails,
  APIResponse,
  GenAIClient,
  GenAIClientOptions,
  GenAIErrorCode,
  GenAIErrorDetails,
  GenAIMeta,
  GenAIModel,
  GenAIPaths,
  GenAIPromise,
  GenAIResponse,
  GenAISchemas,
  GeneratedImage,
  GeneratedText,
  GenerateImageRequest,
  GenerateTextRequest,
  ImageModel,
  Middleware,
  RateLimitState,
  RequestOptions,
  TextModel,
} from '../src/index.js';
import {
  APIConnectionError,
  APIError,
  APIPromise,
  APITimeoutError,
  AuthenticationError,
  BadRequestError,
  ConduitError,
  ConfigurationError,
  ConflictError,
  createGenAIClient,
  defaultGenAIBaseUrl,
  genaiBuckets,
  genaiEnvironmentVariable,
  genaiErrorKinds,
  InternalServerError,
  NotFoundError,
  PagePromise,
  PermissionDeniedError,
  parseGenAIError,
  QuotaExceededError,
  RateLimitError,
  RequestAbortedError,
  ResponseValidationError,
  UnprocessableEntityError,
} from '../src/index.js';

export type PublicTypes = [
  AnalysisResult,
  AnalysisTask,
  AnalyzeRequest,
  APIErrorDetails,
  APIResponse<GeneratedText>,
  GenAIClient,
  GenAIClientOptions,
  GenAIErrorCode,
  GenAIErrorDetails,
  GenAIMeta,
  GenAIPromise<GenAIModel[]>,
  GenAIModel,
  GenAIPaths,
  GenAIResponse<GeneratedText>,
  GenAISchemas,
  GeneratedImage,
  GeneratedText,
  GenerateImageRequest,
  GenerateTextRequest,
  ImageModel,
  Middleware,
  RateLimitState,
  RequestOptions,
  TextModel,
];

export const publicValues = [
  APIConnectionError,
  APIError,
  APIPromise,
  APITimeoutError,
  AuthenticationError,
  BadRequestError,
  ConduitError,
  ConfigurationError,
  ConflictError,
  createGenAIClient,
  defaultGenAIBaseUrl,
  genaiBuckets,
  genaiEnvironmentVariable,
  genaiErrorKinds,
  InternalServerError,
  NotFoundError,
  PagePromise,
  PermissionDeniedError,
  parseGenAIError,
  QuotaExceededError,
  RateLimitError,
  RequestAbortedError,
  ResponseValidationError,
  UnprocessableEntityError,
] as const;

declare const client: GenAIClient;

// Methods resolve to unwrapped data; withResponse adds meta.
export const text: Promise<GeneratedText> = client.generate({ prompt: 'Hi', model: 'gpt-4' });
export const image: Promise<GeneratedImage> = client.generateImage({ prompt: 'A fox', model: 'dall-e-3' }, { timeout: 5_000 });
export const analysis: Promise<AnalysisResult> = client.analyze({ text: 'Hi', tasks: ['sentiment'] });
export const models: Promise<GenAIModel[]> = client.listModels();
export const withMeta: Promise<GenAIResponse<GeneratedText>> = client.generate({ prompt: 'Hi', model: 'a-newer-model' }).withResponse();
export const promise: APIPromise<GenAIModel[], GenAIResponse<GenAIModel[]>> = client.listModels({ headers: { 'x-trace': '1' } });
export const meta: Promise<string | undefined> = client
  .listModels()
  .withResponse()
  .then((full) => full.meta?.request_id ?? full.requestId);
// @ts-expect-error: the method-level form is gone; call the method, then `.withResponse()`.
client.listModels.withResponse();

// @ts-expect-error: `prompt` is required.
client.generate({ model: 'gpt-4' });
// @ts-expect-error: tasks are a fixed list.
client.analyze({ text: 'Hi', tasks: ['summary'] });
// @ts-expect-error: quality is `standard` or `hd`.
client.generateImage({ prompt: 'A fox', model: 'dall-e-3', quality: 'ultra' });
