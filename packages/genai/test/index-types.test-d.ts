// Compiled by `tsc -p tsconfig.json`: names every public type and value, so a dropped export fails the typecheck.
import type {
  AnalysisResult,
  AnalysisTask,
  AnalyzeRequest,
  GenAIClient,
  GenAIClientOptions,
  GenAIErrorCode,
  GenAIErrorDetails,
  GenAIMeta,
  GenAIMethod,
  GenAIModel,
  GenAIPaths,
  GenAIResponse,
  GenAISchemas,
  GeneratedImage,
  GeneratedText,
  GenerateImageRequest,
  GenerateTextRequest,
  ImageModel,
  RequestOptions,
  TextModel,
} from '../src/index.js';
import {
  APIConnectionError,
  APIError,
  APITimeoutError,
  AuthenticationError,
  BadRequestError,
  ConduitError,
  ConfigurationError,
  createGenAIClient,
  defaultGenAIBaseUrl,
  genaiBuckets,
  genaiEnvironmentVariable,
  genaiErrorKinds,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  parseGenAIError,
  QuotaExceededError,
  RateLimitError,
  RequestAbortedError,
  ResponseValidationError,
} from '../src/index.js';

export type PublicTypes = [
  AnalysisResult,
  AnalysisTask,
  AnalyzeRequest,
  GenAIClient,
  GenAIClientOptions,
  GenAIErrorCode,
  GenAIErrorDetails,
  GenAIMeta,
  GenAIMethod<[], GenAIModel[]>,
  GenAIModel,
  GenAIPaths,
  GenAIResponse<GeneratedText>,
  GenAISchemas,
  GeneratedImage,
  GeneratedText,
  GenerateImageRequest,
  GenerateTextRequest,
  ImageModel,
  RequestOptions,
  TextModel,
];

export const publicValues = [
  APIConnectionError,
  APIError,
  APITimeoutError,
  AuthenticationError,
  BadRequestError,
  ConduitError,
  ConfigurationError,
  createGenAIClient,
  defaultGenAIBaseUrl,
  genaiBuckets,
  genaiEnvironmentVariable,
  genaiErrorKinds,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  parseGenAIError,
  QuotaExceededError,
  RateLimitError,
  RequestAbortedError,
  ResponseValidationError,
] as const;

declare const client: GenAIClient;

// Methods resolve to unwrapped data; withResponse adds meta.
export const text: Promise<GeneratedText> = client.generate({ prompt: 'Hi', model: 'gpt-4' });
export const image: Promise<GeneratedImage> = client.generateImage({ prompt: 'A fox', model: 'dall-e-3' }, { timeout: 5_000 });
export const analysis: Promise<AnalysisResult> = client.analyze({ text: 'Hi', tasks: ['sentiment'] });
export const models: Promise<GenAIModel[]> = client.listModels();
export const withMeta: Promise<GenAIResponse<GeneratedText>> = client.generate.withResponse({ prompt: 'Hi', model: 'a-newer-model' });

// @ts-expect-error: `prompt` is required.
client.generate({ model: 'gpt-4' });
// @ts-expect-error: tasks are a fixed list.
client.analyze({ text: 'Hi', tasks: ['summary'] });
// @ts-expect-error: quality is `standard` or `hd`.
client.generateImage({ prompt: 'A fox', model: 'dall-e-3', quality: 'ultra' });
