import { ConduitError } from '@conduit/core';
import { brand, hasBrand } from './scriptix-brand.js';

const marker = 'conduit.error.scriptix.WebhookPayloadError';

/** A webhook body that is not one of Scriptix's documented payloads (not JSON, or missing `sessionId`). */
export class WebhookPayloadError extends ConduitError {
  constructor(message: string, options: { cause?: unknown } = {}) {
    super(message, { retryable: false, ...options });
    brand(this, marker);
    this.name = 'WebhookPayloadError';
  }

  static override isInstance(value: unknown): value is WebhookPayloadError {
    return hasBrand(value, marker);
  }
}
