import { ConduitError } from '@conduit/core';
import { brand, hasBrand } from './scriptix-brand.js';

const marker = 'conduit.error.scriptix.TranscriptionFailedError';

/** A session ended with status `failed` (Scriptix sends no webhook for failures); `sessionError` is the session's `error`. */
export class TranscriptionFailedError extends ConduitError {
  readonly sessionId: string;
  readonly sessionError: string | undefined;

  constructor(sessionId: string, sessionError: string | null | undefined) {
    super(`Scriptix session ${sessionId} failed${sessionError ? `: ${sessionError}` : ''}`, { retryable: false });
    brand(this, marker);
    this.name = 'TranscriptionFailedError';
    this.sessionId = sessionId;
    this.sessionError = sessionError ?? undefined;
  }

  static override isInstance(value: unknown): value is TranscriptionFailedError {
    return hasBrand(value, marker);
  }
}
