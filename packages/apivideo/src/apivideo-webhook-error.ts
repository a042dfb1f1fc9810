import { ConduitError, type ConduitErrorOptions } from '@conduit/core';

/** A webhook delivery whose body is not one of api.video's documented event payloads. */
export class ApiVideoWebhookError extends ConduitError {
  static override readonly brand: string = 'ApiVideoWebhookError';
  declare static readonly isInstance: (value: unknown) => value is ApiVideoWebhookError;
  declare private readonly apiVideoWebhookErrorBrand: true;
  /** The event `type` the body declared, when it had one. */
  readonly eventType: string | undefined;

  constructor(message: string, eventType: string | undefined, options: ConduitErrorOptions = {}) {
    super(message, options);
    this.eventType = eventType;
  }
}
