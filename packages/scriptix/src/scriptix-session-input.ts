import * as z from 'zod/mini';
import { httpUrlSchema, languageSchema, validateInput, webhookHeadersSchema, webhookUrlSchema } from './scriptix-validate.js';

/** `createSession` fields shared by every upload path. */
export const sessionFieldsShape = {
  /** Language code of the media, e.g. `en` or `nl-NL` (required). */
  language: languageSchema,
  /** Keep the uploaded media after transcription. */
  keep_source: z.optional(z.boolean()),
  /** Add punctuation. */
  punctuation: z.optional(z.boolean()),
  /** Label speakers. */
  diarization: z.optional(z.boolean()),
  /** Transcribe each audio channel separately. */
  multichannel: z.optional(z.boolean()),
  /** HTTPS URL Scriptix calls when the session finishes. */
  webhook_url: z.optional(webhookUrlSchema),
  /** HTTP method of the webhook call (default `POST`). */
  webhook_method: z.optional(z.enum(['POST', 'PUT'])),
  /** Extra headers sent with the webhook call. */
  webhook_headers: z.optional(webhookHeadersSchema),
  /** Create a document from the transcript: `document` (paragraphs) or `caption`, with an optional file name. */
  document: z.optional(
    z.strictObject({
      /** `document` (paragraphs) or `caption`. */
      document_type: z.enum(['document', 'caption']),
      /** File name of the document. */
      filename: z.optional(z.string()),
    }),
  ),
  /** Free-form string metadata kept with the session. */
  meta_data: z.optional(z.record(z.string(), z.string())),
  /** Folder the session's documents go to. */
  folder_id: z.optional(z.number()),
  /** `decode` (transcribe) or `align` (align a given text to the media). */
  session_mode: z.optional(z.enum(['decode', 'align'])),
};

const createSessionSchema = z.strictObject({ ...sessionFieldsShape, media_source: z.optional(httpUrlSchema) });

/** The body of `createSession` (snake_case, as the API names it). Only `language` is required. */
export type ScriptixCreateSessionInput = z.input<typeof createSessionSchema>;

/** Checks a `createSession` body: unknown fields, language code, webhook URL rules, enums. */
export function validateCreateSession(input: unknown): ScriptixCreateSessionInput {
  return validateInput(createSessionSchema, input, 'sessions.create');
}
