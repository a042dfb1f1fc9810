import type { RequestOptions } from '@conduit/core';
import type { components } from '@conduit/specs/genai';
import * as z from 'zod/mini';
import type { GenAIContext } from './genai-context.js';
import { modelSchema, numberBetween, requiredTextSchema } from './genai-fields.js';
import { callGenAI, type GenAIPromise } from './genai-method.js';
import { parseInput } from './genai-parse-input.js';

type Schemas = components['schemas'];
type TextBody = Schemas['GenerateTextRequest'];

/** A documented text model id. */
export type TextModel = Schemas['TextModel'];

/** Body of `generate`: `prompt` and `model` are required; left-out settings take the server's documented defaults. */
export type GenerateTextRequest = Pick<TextBody, 'prompt'> &
  Partial<Pick<TextBody, 'max_tokens' | 'temperature' | 'top_p' | 'frequency_penalty' | 'presence_penalty'>> & {
    /** Text model id: `gpt-4`, `gpt-3.5-turbo`, or another id from `listModels`. */
    model: TextModel | (string & {});
  };

/** A generated text: `id` (`gen_…`), `content`, `model`, token `usage` and `created` (Unix seconds). */
export type GeneratedText = Schemas['GeneratedText'];

const generateTextSchema = z.strictObject({
  prompt: requiredTextSchema,
  model: modelSchema,
  max_tokens: z.optional(z.int('must be a positive whole number').check(z.positive('must be a positive whole number'))),
  temperature: numberBetween(0, 2),
  top_p: numberBetween(0, 1),
  frequency_penalty: numberBetween(-2, 2),
  presence_penalty: numberBetween(-2, 2),
});

/** `POST /generate`: generates text from a prompt. */
export function createGenerate(
  context: GenAIContext,
): (request: GenerateTextRequest, options?: RequestOptions) => GenAIPromise<GeneratedText> {
  const label = 'GenAI generate';
  return (request, options) =>
    callGenAI(context, {
      label,
      options,
      prepare: () => (context.validate ? parseInput(generateTextSchema, request, label, '{ prompt: "Hello", model: "gpt-4" }') : request),
      // The spec lists the documented models only; a newer id from `listModels` is sent as given.
      send: (body, fetch) => context.api.POST('/generate', { body: { ...body, model: body.model as TextModel }, fetch }),
    });
}
