import { ConduitError } from '@conduit/core';

/** A session ended with status `failed` (Scriptix sends no webhook for failures); `sessionError` is the session's `error`. */
export class TranscriptionFailedError extends ConduitError {
  static override readonly brand: string = 'TranscriptionFailedError';
  declare static readonly isInstance: (value: unknown) => value is TranscriptionFailedError;
  declare private readonly transcriptionFailedErrorBrand: true;
  /** The failed session. */
  readonly sessionId: string;
  /** The session's `error` field, when Scriptix gave one. */
  readonly sessionError: string | undefined;

  constructor(sessionId: string, sessionError: string | null | undefined) {
    super(`Scriptix session ${sessionId} failed${sessionError ? `: ${sessionError}` : ''}`, { retryable: false });
    this.sessionId = sessionId;
    this.sessionError = sessionError ?? undefined;
  }
}
