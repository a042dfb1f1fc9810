import type { components } from '@conduit/specs/genai';
import type { GenAIContext } from './genai-context.js';
import { defineMethod, type GenAIMethod } from './genai-method.js';
import { type RequestOptions, transportFor } from './genai-request-options.js';

/** A model: `id`, `name`, `type` (`text` or `image`), `description`, `max_tokens` and `pricing`. */
export type GenAIModel = components['schemas']['Model'];

/** `GET /models`: the available text and image models (not paginated). */
export function createListModels(context: GenAIContext): GenAIMethod<[options?: RequestOptions], GenAIModel[]> {
  return defineMethod(
    async (options) => context.api.GET('/models', { fetch: transportFor(context.transport, options, 'GenAI listModels') }),
    context.now,
  );
}
