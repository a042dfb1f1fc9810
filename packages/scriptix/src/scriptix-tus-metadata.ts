import * as z from 'zod/mini';
import { httpUrlSchema, languageSchema, validateInput, webhookHeadersSchema, webhookUrlSchema } from './scriptix-validate.js';

const tusMetadataSchema = z.strictObject({
  language: languageSchema,
  document_type: z.enum(['document', 'caption']),
  filetype: z.optional(z.string()),
  filename: z.optional(z.string()),
  punctuation: z.optional(z.boolean()),
  keep_source: z.optional(z.boolean()),
  multichannel: z.optional(z.boolean()),
  media_source: z.optional(httpUrlSchema),
  document: z.optional(
    z.strictObject({
      webhook_url: z.optional(webhookUrlSchema),
      webhook_method: z.optional(z.enum(['POST', 'PUT'])),
      webhook_headers: z.optional(webhookHeadersSchema),
    }),
  ),
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

/** Checks TUS metadata and encodes it as `key base64(value)` pairs; `document` is sent as JSON text, booleans as `true`/`false`. */
export function encodeTusMetadata(input: unknown): string {
  const metadata = validateInput(tusMetadataSchema, input, 'TUS metadata');
  return Object.entries(metadata)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key} ${base64(typeof value === 'object' ? JSON.stringify(value) : String(value))}`)
    .join(',');
}
