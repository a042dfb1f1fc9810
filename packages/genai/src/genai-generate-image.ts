import type { RequestOptions } from '@conduit/core';
import type { components } from '@conduit/specs/genai';
import * as z from 'zod/mini';
import type { GenAIContext } from './genai-context.js';
import { modelSchema, oneOf, requiredTextSchema } from './genai-fields.js';
import { callGenAI, type GenAIPromise } from './genai-method.js';
import { parseInput } from './genai-parse-input.js';

type Schemas = components['schemas'];
type ImageBody = Schemas['GenerateImageRequest'];

/** A documented image model id. */
export type ImageModel = Schemas['ImageModel'];

/** Body of `generateImage`: `prompt` and `model` are required; `size` defaults to `1024x1024` on the server. */
export type GenerateImageRequest = Pick<ImageBody, 'prompt' | 'quality' | 'style'> &
  Partial<Pick<ImageBody, 'size'>> & {
    /** Image model id: `dall-e-3`, `stable-diffusion`, or another id from `listModels`. */
    model: ImageModel | (string & {});
  };

/** A generated image: `id` (`img_…`), `url`, `model` and `created` (Unix seconds). */
export type GeneratedImage = Schemas['GeneratedImage'];

const sizeMessage = 'must be WIDTHxHEIGHT in pixels, such as "1024x1024"';

const generateImageSchema = z.strictObject({
  prompt: requiredTextSchema,
  model: modelSchema,
  size: z.optional(z.string(sizeMessage).check(z.regex(/^[1-9][0-9]*x[1-9][0-9]*$/, sizeMessage))),
  quality: oneOf(['standard', 'hd']),
  style: oneOf(['natural', 'vivid']),
});

/** `POST /generate/image`: generates an image and returns its URL. */
export function createGenerateImage(
  context: GenAIContext,
): (request: GenerateImageRequest, options?: RequestOptions) => GenAIPromise<GeneratedImage> {
  const label = 'GenAI generateImage';
  return (request, options) =>
    callGenAI(context, {
      label,
      options,
      prepare: () =>
        context.validate ? parseInput(generateImageSchema, request, label, '{ prompt: "A sunset", model: "dall-e-3" }') : request,
      // The spec lists the documented models only; a newer id from `listModels` is sent as given.
      send: (body, fetch) => context.api.POST('/generate/image', { body: { ...body, model: body.model as ImageModel }, fetch }),
    });
}
