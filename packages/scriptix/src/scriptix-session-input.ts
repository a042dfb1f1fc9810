import * as z from 'zod/mini';
import { httpUrlSchema, languageSchema, validateInput, webhookHeadersSchema, webhookUrlSchema } from './scriptix-validate.js';

/** `createSession` fields shared by every upload path. */
export const sessionFieldsShape = {
  language: languageSchema,
  keep_source: z.optional(z.boolean()),
  punctuation: z.optional(z.boolean()),
  diarization: z.optional(z.boolean()),
  multichannel: z.optional(z.boolean()),
  webhook_url: z.optional(webhookUrlSchema),
  webhook_method: z.optional(z.enum(['POST', 'PUT'])),
  webhook_headers: z.optional(webhookHeadersSchema),
  document: z.optional(z.strictObject({ document_type: z.enum(['document', 'caption']), filename: z.optional(z.string()) })),
  meta_data: z.optional(z.record(z.string(), z.string())),
  folder_id: z.optional(z.number()),
  session_mode: z.optional(z.enum(['decode', 'align'])),
};

const createSessionSchema = z.strictObject({ ...sessionFieldsShape, media_source: z.optional(httpUrlSchema) });

/** The body of `createSession` (snake_case, as the API names it). Only `language` is required. */
export type ScriptixCreateSessionInput = z.input<typeof createSessionSchema>;

/** Checks a `createSession` body: unknown fields, language code, webhook URL rules, enums. */
export function validateCreateSession(input: unknown): ScriptixCreateSessionInput {
  return validateInput(createSessionSchema, input, 'sessions.create');
}
