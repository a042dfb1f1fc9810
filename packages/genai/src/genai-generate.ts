import type { components } from '@conduit/specs/genai';
import * as z from 'zod/mini';
import type { GenAIContext } from './genai-context.js';
import { modelSchema, numberBetween, requiredTextSchema } from './genai-fields.js';
import { defineMethod, type GenAIMethod } from './genai-method.js';
import { parseInput } from './genai-parse-input.js';
import { type RequestOptions, transportFor } from './genai-request-options.js';

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
): GenAIMethod<[request: GenerateTextRequest, options?: RequestOptions], GeneratedText> {
  const label = 'GenAI generate';
  return defineMethod(async (request, options) => {
    const body = context.validate ? parseInput(generateTextSchema, request, label, '{ prompt: "Hello", model: "gpt-4" }') : request;
    const fetch = transportFor(context.transport, options, label);
    // The generated body type marks defaulted fields required; the server fills them in when absent.
    return context.api.POST('/generate', { body: body as TextBody, fetch });
  }, context.now);
}
