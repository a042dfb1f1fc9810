import { ConduitError, type ConduitErrorOptions } from '@conduit/core';

const marker = 'conduit.error.ApiVideoWebhookError';
const symbol = Symbol.for(marker);

/** A webhook delivery whose body is not one of api.video's documented event payloads. */
export class ApiVideoWebhookError extends ConduitError {
  readonly [symbol] = true;
  /** The event `type` the body declared, when it had one. */
  readonly eventType: string | undefined;

  constructor(message: string, eventType: string | undefined, options: ConduitErrorOptions = {}) {
    super(message, options);
    this.name = 'ApiVideoWebhookError';
    this.eventType = eventType;
  }

  static override isInstance(value: unknown): value is ApiVideoWebhookError {
    return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[symbol] === true;
  }
}
