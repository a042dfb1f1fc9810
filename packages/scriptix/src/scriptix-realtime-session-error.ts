import { ConduitError } from '@conduit/core';
import { brand, hasBrand } from './scriptix-brand.js';

const marker = 'conduit.error.scriptix.RealtimeSessionError';

/** A realtime socket closed with an unexpected code, reported an error, or was used after it stopped. */
export class RealtimeSessionError extends ConduitError {
  /** WebSocket close code, when the socket closed. */
  readonly closeCode: number | undefined;
  /** The close reason or the server's `{"error": ...}` text. */
  readonly reason: string | undefined;

  constructor(
    message: string,
    details: { closeCode?: number | undefined; reason?: string | undefined } = {},
    options: { cause?: unknown } = {},
  ) {
    super(message, { retryable: false, ...options });
    brand(this, marker);
    this.name = 'RealtimeSessionError';
    this.closeCode = details.closeCode;
    this.reason = details.reason;
  }

  static override isInstance(value: unknown): value is RealtimeSessionError {
    return hasBrand(value, marker);
  }
}
