import type { UploadSource } from '@conduit/core';
import * as z from 'zod/mini';
import type { ScriptixContext } from './scriptix-context.js';
import { readBody } from './scriptix-envelope.js';
import { callFetch, type RequestOptions } from './scriptix-request-options.js';
import { createTusCalls } from './scriptix-tus-calls.js';
import { type TusUploadOptions, type TusUploadResult, tusUpload } from './scriptix-tus-upload.js';
import type { ScriptixDocumentType } from './scriptix-types.js';
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
    tusUpload(source: UploadSource, options: TusUploadOptions): Promise<TusUploadResult> {
      return tusUpload(context, calls, source, options);
    },
    /** One multipart request that uploads and creates a session (`transcribeFile`; unverified, prefer `transcribe`). */
    async transcribeFile(
      input: { file: Blob; filename?: string; language: string; document_type?: ScriptixDocumentType },
      options?: RequestOptions,
    ): Promise<{
      /** The session transcribing the file. */
      session_id: string;
    }> {
      const checked = validateInput(transcribeFileSchema, input, 'uploads.transcribeFile');
      const form = new FormData();
      form.set('file', checked.file, checked.filename ?? (checked.file as File).name ?? 'media');
      form.set('language', checked.language);
      if (checked.document_type) {
        form.set('document_type', checked.document_type);
      }
      const body = { file: '', language: checked.language };
      const answer = await readBody(
        context.api.POST('/speech-to-text', { body, bodySerializer: () => form, fetch: callFetch(context.transport, options) }),
      );
      // The only page showing this endpoint answers a bare `{ session_id }`; accept the v3 envelope too.
      return 'result' in answer ? { session_id: answer.result.session_id } : { session_id: answer.session_id };
    },
  };
}
