import { ConduitError, type ConduitErrorOptions, hasMarker } from './conduit-error.js';

const marker = 'conduit.error.ConfigurationError';
const symbol = Symbol.for(marker);

/** Bad options, a missing or malformed key, an insecure base URL, or a key-bearing client in a browser. */
export class ConfigurationError extends ConduitError {
  private readonly [symbol] = true;
  constructor(message: string, options: ConduitErrorOptions = {}) {
    super(message, options);
    this.name = 'ConfigurationError';
  }
  static override isInstance(value: unknown): value is ConfigurationError {
    return hasMarker(value, marker);
  }
}
