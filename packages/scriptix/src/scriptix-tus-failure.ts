import type { APIConnectionError, ConduitError, ConfigurationError, ResponseValidationError } from '@conduit/core';
import type { HttpRequest, HttpResponse } from 'tus-js-client';
import type { TusSourceErrors } from './scriptix-tus-file-reader.js';

/**
 * Core's error classes, handed over by the caller: this module runs in the chunk loaded on first
 * upload, which imports nothing the client's first chunk holds (a shared import would split core
 * across chunks and cost more than it saves).
 */
export interface TusErrorClasses {
  APIConnectionError: typeof APIConnectionError;
  ConduitError: typeof ConduitError;
  ConfigurationError: typeof ConfigurationError;
  ResponseValidationError: typeof ResponseValidationError;
}

function invalidAnswer(errors: TusErrorClasses, message: string, request: HttpRequest, response: HttpResponse): ResponseValidationError {
  return new errors.ResponseValidationError(message, { status: response.getStatus(), body: response.getBody(), url: request.getURL() });
}

const offsetOf = (value: string | undefined) => (value !== undefined && /^\d+$/.test(value.trim()) ? Number(value) : undefined);

/**
 * tus-js-client's `onAfterResponse`: the checks it leaves out, thrown as Conduit errors. A created
 * upload has a `Location`; HEAD and PATCH answers carry a valid `Upload-Offset`; a chunk moves the
 * offset forward; an upload resumed from its URL has the source's length.
 */
export function checkTusAnswer(errors: TusErrorClasses, request: HttpRequest, response: HttpResponse, size: number): void {
  const method = request.getMethod();
  if (method === 'POST') {
    if (!response.getHeader('Location')) {
      throw invalidAnswer(errors, 'Scriptix TUS creation answered without a Location header', request, response);
    }
    return;
  }
  const offset = offsetOf(response.getHeader('Upload-Offset'));
  if (offset === undefined) {
    throw invalidAnswer(errors, 'Scriptix TUS answer has no valid upload-offset header', request, response);
  }
  const length = offsetOf(response.getHeader('Upload-Length'));
  if (method === 'HEAD' && length !== undefined && length !== size) {
    throw new errors.ConfigurationError(`Scriptix TUS: the upload at uploadUrl is ${length} bytes long, but this source has ${size}.`);
  }
  const sent = Number(request.getHeader('Upload-Offset'));
  if (method === 'PATCH' && offset <= sent) {
    throw invalidAnswer(errors, `Scriptix TUS: the server reported offset ${offset} after a chunk sent at ${sent}`, request, response);
  }
}

/**
 * The error a tus-js-client failure stands for: what failed underneath (the transport's typed
 * error, a check above, a callback's own error), else a `ResponseValidationError` for an answer
 * tus-js-client refused, else a `ConduitError` with tus-js-client's message.
 */
export function tusFailure(errors: TusErrorClasses, failure: unknown): unknown {
  const detail = failure as { causingError?: unknown; originalRequest?: HttpRequest | null; originalResponse?: HttpResponse | null };
  if (detail.causingError) {
    return detail.causingError;
  }
  const message = failure instanceof Error ? failure.message.split(', originated from')[0] : String(failure);
  if (detail.originalRequest && detail.originalResponse) {
    return invalidAnswer(errors, `Scriptix ${message}`, detail.originalRequest, detail.originalResponse);
  }
  return errors.ConduitError.isInstance(failure) ? failure : new errors.ConduitError(`Scriptix ${message}`, { cause: failure });
}

/** What a stream source ends an upload with: a rewind it cannot do (not resumable), a stream shorter than `size`. */
export function tusSourceErrors(errors: TusErrorClasses, size: number): TusSourceErrors {
  return {
    rewind: (offset) =>
      new errors.APIConnectionError(
        `Scriptix TUS: the server is at byte ${offset}, outside the part of the stream held in memory, and a stream cannot be rewound.`,
        { retryable: false },
      ),
    short: (endedAt) => new errors.ConfigurationError(`Scriptix TUS: the source ended at ${endedAt} bytes, before the ${size} announced.`),
  };
}
