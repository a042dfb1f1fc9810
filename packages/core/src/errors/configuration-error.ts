import { ConduitError } from './conduit-error.js';

/** Bad options, a missing or malformed key, an insecure base URL, or a key-bearing client in a browser. */
export class ConfigurationError extends ConduitError {
  static override readonly brand: string = 'ConfigurationError';
  declare private readonly configurationErrorBrand: true;
  declare static readonly isInstance: (value: unknown) => value is ConfigurationError;
}
