import type { RequestOptions } from '@conduit/core';
import type { components } from '@conduit/specs/genai';
import type { GenAIContext } from './genai-context.js';
import { callGenAI, type GenAIPromise } from './genai-method.js';

/** A model: `id`, `name`, `type` (`text` or `image`), `description`, `max_tokens` and `pricing`. */
export type GenAIModel = components['schemas']['Model'];

/** `GET /models`: the available text and image models (not paginated). */
export function createListModels(context: GenAIContext): (options?: RequestOptions) => GenAIPromise<GenAIModel[]> {
  return (options) =>
    callGenAI(context, {
      label: 'GenAI listModels',
      options,
      prepare: () => undefined,
      send: (_body, fetch) => context.api.GET('/models', { fetch }),
    });
}
