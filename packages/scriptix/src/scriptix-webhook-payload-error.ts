import { ConduitError } from '@conduit/core';

/** A webhook body that is not one of Scriptix's documented payloads (not JSON, or missing `sessionId`). */
export class WebhookPayloadError extends ConduitError {
  static override readonly brand: string = 'WebhookPayloadError';
  declare static readonly isInstance: (value: unknown) => value is WebhookPayloadError;
  declare private readonly webhookPayloadErrorBrand: true;
  constructor(message: string, options: { cause?: unknown } = {}) {
    super(message, { retryable: false, ...options });
  }
}
