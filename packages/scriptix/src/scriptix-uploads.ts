import { type APIPromise, callApi, type RequestOptions, type UploadSource } from '@conduit/core';
import * as z from 'zod/mini';
import type { ScriptixContext } from './scriptix-context.js';
import { scriptixBareOrEnveloped } from './scriptix-envelope.js';
import { createTusCalls } from './scriptix-tus-calls.js';
import { type TusUploadOptions, tusUpload } from './scriptix-tus-upload.js';
import type { ScriptixCreatedSession, ScriptixDocumentType } from './scriptix-types.js';
import { languageSchema, validateInput } from './scriptix-validate.js';

const transcribeFileSchema = z.strictObject({
  file: z.custom<Blob>((value) => typeof Blob !== 'undefined' && value instanceof Blob),
  filename: z.optional(z.string().check(z.minLength(1))),
  language: languageSchema,
  document_type: z.optional(z.enum(['document', 'caption'])),
});

/** TUS resumable uploads (each protocol call, and the whole upload) plus the unverified one-shot multipart upload. */
export function createUploadsNamespace(context: ScriptixContext) {
  const calls = createTusCalls(context);
  return {
    ...calls,
    /**
     * Uploads a source with TUS, resuming from the server's offset after a failed chunk, or from an
     * earlier upload's `uploadUrl`. The upload creates its own session: read it with `getFile`.
     */
    tusUpload(source: UploadSource, options: TusUploadOptions) {
      return tusUpload(context, calls, source, options);
    },
    /**
     * One multipart request that uploads and creates a session (`transcribeFile`; unverified, prefer
     * `transcribe`). Resolves to `{ session_id }` (and `status` when the answer carries it).
     */
    transcribeFile(
      input: { file: Blob; filename?: string; language: string; document_type?: ScriptixDocumentType },
      options?: RequestOptions,
    ): APIPromise<Pick<ScriptixCreatedSession, 'session_id'> & Partial<ScriptixCreatedSession>> {
      return callApi(context.transport, {
        label: 'Scriptix uploads.transcribeFile',
        options,
        send: (fetch) => {
          const checked = validateInput(transcribeFileSchema, input, 'uploads.transcribeFile');
          const form = new FormData();
          form.set('file', checked.file, checked.filename ?? (checked.file as File).name ?? 'media');
          form.set('language', checked.language);
          if (checked.document_type) {
            form.set('document_type', checked.document_type);
          }
          const body = { file: '', language: checked.language };
          return context.api.POST('/speech-to-text', { body, bodySerializer: () => form, fetch });
        },
        // The only page showing this endpoint answers a bare `{ session_id }`; the v3 envelope is accepted too.
        read: { what: 'Scriptix transcribeFile', envelope: scriptixBareOrEnveloped((body) => body.session_id !== undefined) },
      });
    },
  };
}
