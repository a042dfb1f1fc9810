import * as z from 'zod/mini';
import { httpUrlSchema, languageSchema, validateInput, webhookHeadersSchema, webhookUrlSchema } from './scriptix-validate.js';

const tusMetadataSchema = z.strictObject({
  /** Language code of the media (required). */
  language: languageSchema,
  /** `document` (paragraphs) or `caption` (required). */
  document_type: z.enum(['document', 'caption']),
  /** MIME type of the file. */
  filetype: z.optional(z.string()),
  /** File name. */
  filename: z.optional(z.string()),
  /** Add punctuation. */
  punctuation: z.optional(z.boolean()),
  /** Keep the uploaded media after transcription. */
  keep_source: z.optional(z.boolean()),
  /** Transcribe each audio channel separately. */
  multichannel: z.optional(z.boolean()),
  /** A public URL to fetch the media from instead. */
  media_source: z.optional(httpUrlSchema),
  /** Webhook settings for the resulting document. */
  document: z.optional(
    z.strictObject({
      /** HTTPS URL Scriptix calls when the document is ready. */
      webhook_url: z.optional(webhookUrlSchema),
      /** HTTP method of the webhook call (default `POST`). */
      webhook_method: z.optional(z.enum(['POST', 'PUT'])),
      /** Extra headers sent with the webhook call. */
      webhook_headers: z.optional(webhookHeadersSchema),
    }),
  ),
  /** Folder the document goes to. */
  folder_id: z.optional(z.union([z.number(), z.string()])),
});

/** TUS `Upload-Metadata` for Scriptix: `language` and `document_type` are required; `document` carries webhook settings. */
export type ScriptixTusMetadataInput = z.input<typeof tusMetadataSchema>;

function base64(value: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(value)) {
    binary += String.fromCharCode(byte);
  }
  return btoa(binary);
}

/** Checks TUS metadata and returns each value as text: `document` as JSON, booleans as `true`/`false`. */
export function tusMetadataValues(input: unknown): Record<string, string> {
  const metadata = validateInput(tusMetadataSchema, input, 'TUS metadata');
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(metadata)) {
    if (value !== undefined) {
      values[key] = typeof value === 'object' ? JSON.stringify(value) : String(value);
    }
  }
  return values;
}

/** Checks TUS metadata and encodes it as `key base64(value)` pairs (see `tusMetadataValues`). */
export function encodeTusMetadata(input: unknown): string {
  return Object.entries(tusMetadataValues(input))
    .map(([key, value]) => `${key} ${base64(value)}`)
    .join(',');
}
