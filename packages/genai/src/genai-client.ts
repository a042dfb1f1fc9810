import { ConfigurationError, createClientTransport, type Middleware, type RequestOptions, type Transport } from '@conduit/core';
import type { paths } from '@conduit/specs/genai';
import createClient, { type Client } from 'openapi-fetch';
import { type AnalysisResult, type AnalyzeRequest, createAnalyze } from './genai-analyze.js';
import type { GenAIContext } from './genai-context.js';
import { genaiDefinition } from './genai-definition.js';
import { createGenerate, type GeneratedText, type GenerateTextRequest } from './genai-generate.js';
import { createGenerateImage, type GeneratedImage, type GenerateImageRequest } from './genai-generate-image.js';
import type { GenAIPromise } from './genai-method.js';
import { createListModels, type GenAIModel } from './genai-models.js';
import { type GenAIClientOptions, genaiOptionKeys } from './genai-options.js';

/**
 * A GenAI client. Methods return an `APIPromise` resolving to the envelope's `data` (or rejecting with
 * a typed error); `.withResponse()` adds the response, request id, rate limit and the envelope's `meta`.
 */
export interface GenAIClient {
  /** `POST /generate`: text from a prompt. */
  generate(request: GenerateTextRequest, options?: RequestOptions): GenAIPromise<GeneratedText>;
  /** `POST /generate/image`: an image URL from a prompt. */
  generateImage(request: GenerateImageRequest, options?: RequestOptions): GenAIPromise<GeneratedImage>;
  /** `POST /analyze`: sentiment, entities and keywords of a text. */
  analyze(request: AnalyzeRequest, options?: RequestOptions): GenAIPromise<AnalysisResult>;
  /** `GET /models`: available models with limits and pricing. */
  listModels(options?: RequestOptions): GenAIPromise<GenAIModel[]>;
  /** The raw openapi-fetch client on the same transport (typed errors, envelopes not unwrapped), e.g. for `/new-endpoint`. */
  api: Client<paths>;
  /** The shared transport (`transport.stats` counts calls, attempts, retries and 429s). */
  transport: Transport;
  /** Adds middleware (`onRequest`, `onResponse`, `onError`, `onEvent`) to every later call of this client. */
  use(...middleware: Middleware[]): void;
}

/**
 * Creates a GenAI client. The key comes from `apiKey` or `GENAI_API_KEY` and is checked before
 * any request; `baseUrl` points the client at the real deployment (the documented host is a placeholder).
 *
 * @example
 * ```ts
 * import { createGenAIClient } from '@conduit/genai';
 *
 * const genai = createGenAIClient({ baseUrl: 'https://genai.internal.example/v1' });
 * const text = await genai.generate({ prompt: 'Write a haiku about rivers', model: 'gpt-4', max_tokens: 60 });
 * const { data, requestId, meta } = await genai.listModels().withResponse();
 * ```
 */
export function createGenAIClient(options?: GenAIClientOptions): GenAIClient {
  const { transport, baseUrl } = createClientTransport(genaiDefinition, options, genaiOptionKeys);
  const validateRequests = options?.validateRequests;
  if (validateRequests !== undefined && typeof validateRequests !== 'boolean') {
    throw new ConfigurationError(`createGenAIClient: \`validateRequests\` must be true or false, got ${typeof validateRequests}.`);
  }
  const api = createClient<paths>({ baseUrl, fetch: transport });
  const context: GenAIContext = { api, transport, validate: validateRequests ?? true };
  return {
    generate: createGenerate(context),
    generateImage: createGenerateImage(context),
    analyze: createAnalyze(context),
    listModels: createListModels(context),
    api,
    transport,
    use: (...middleware) => transport.use(...middleware),
  };
}
