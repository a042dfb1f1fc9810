import BaseUpload from 'tus-js-client/lib/upload.js';
import { checkTusAnswer, type TusErrorClasses, tusFailure, tusSourceErrors } from './scriptix-tus-failure.js';
import { openTusSource, type TusInput } from './scriptix-tus-file-reader.js';
import { createTusHttpStack, type TusSend } from './scriptix-tus-http-stack.js';

/**
 * What drives one upload: its settings and the client's side of it (transport, callbacks, the
 * retry decision, core's error classes), so this module, loaded on first use, imports nothing the
 * client's first chunk also holds.
 */
export interface TusRun {
  /** Creation URL (`POST`). */
  endpoint: string;
  /** An upload to resume instead of creating one. */
  uploadUrl: string | undefined;
  /** Total bytes. */
  size: number;
  /** `Upload-Metadata` values as text; tus-js-client encodes them. */
  metadata: Record<string, string>;
  /** Bytes per PATCH. */
  chunkSize: number;
  /** Aborts the upload. */
  signal: AbortSignal | undefined;
  /** Sends one request through the client's transport. */
  send: TusSend;
  /** The upload's URL, once it exists (after the creation or the first HEAD). */
  created(uploadUrl: string): void;
  /** After each accepted chunk: the server's offset. */
  progress(offset: number): void;
  /** After a failure (as a Conduit error; `exists`: the upload was created): resolves to resume, rejects to end. */
  recover(error: unknown, exists: boolean): Promise<void>;
  /** The error an abort ends with. */
  aborted(): unknown;
  /** Core's error classes, for the checks and failures of `scriptix-tus-failure.ts`. */
  errors: TusErrorClasses;
}

/**
 * Runs one TUS upload with tus-js-client's `Upload` over the given transport. tus-js-client's own
 * retry timer is off (`retryDelays: null`); `run.recover` decides after each failure, and a resume
 * restarts the upload, which asks the server for its offset (HEAD) and continues from there. No
 * URL storage or fingerprint: the caller keeps the URL `run.created` receives.
 */
export async function runTusUpload(source: TusInput, run: TusRun): Promise<void> {
  const file = openTusSource(source, run.size, tusSourceErrors(run.errors, run.size));
  let onAbort = () => {};
  try {
    await new Promise<void>((resolve, reject) => {
      let announced = false;
      let settled = false;
      const fail = (error: unknown) => {
        settled = true;
        reject(error);
      };
      const upload = new BaseUpload(source, {
        ...BaseUpload.defaultOptions,
        endpoint: run.endpoint,
        uploadUrl: run.uploadUrl ?? null,
        uploadSize: run.size,
        metadata: run.metadata,
        chunkSize: run.chunkSize,
        retryDelays: null,
        fingerprint: () => Promise.resolve(''),
        storeFingerprintForResuming: false,
        httpStack: createTusHttpStack(run.send),
        fileReader: { openFile: () => Promise.resolve(file) },
        onAfterResponse: (request, response) => checkTusAnswer(run.errors, request, response, run.size),
        onUploadUrlAvailable: () => {
          if (!announced && upload.url !== null) {
            announced = true;
            run.created(upload.url);
          }
        },
        onChunkComplete: (_accepted, offset) => run.progress(offset),
        onSuccess: () => {
          settled = true;
          resolve();
        },
        onError: (failure) => {
          if (!settled) {
            run.recover(tusFailure(run.errors, failure), upload.url !== null).then(() => {
              if (!settled) {
                upload.start();
              }
            }, fail);
          }
        },
      });
      onAbort = () => {
        void upload.abort();
        fail(run.aborted());
      };
      run.signal?.addEventListener('abort', onAbort, { once: true });
      upload.start();
    });
  } finally {
    run.signal?.removeEventListener('abort', onAbort);
    file.close();
  }
}
