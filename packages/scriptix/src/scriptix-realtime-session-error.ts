import { ConduitError } from '@conduit/core';

/** A realtime socket closed with an unexpected code, reported an error, or was used after it stopped. */
export class RealtimeSessionError extends ConduitError {
  static override readonly brand: string = 'RealtimeSessionError';
  declare static readonly isInstance: (value: unknown) => value is RealtimeSessionError;
  declare private readonly realtimeSessionErrorBrand: true;
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
    this.closeCode = details.closeCode;
    this.reason = details.reason;
  }
}
