import { redact } from '../redaction/redact.js';
import { ConduitError, type ConduitErrorOptions, hasMarker } from './conduit-error.js';

const marker = 'conduit.error.ResponseValidationError';
const symbol = Symbol.for(marker);

/** A 2xx answer whose body is not what the spec declares (for example JSON that does not parse). */
export class ResponseValidationError extends ConduitError {
  private readonly [symbol] = true;
  readonly status: number;
  /** The raw body text, truncated and redacted. */
  readonly body: string;
  readonly url: string;
  constructor(message: string, details: { status: number; body: string; url: string }, options: ConduitErrorOptions = {}) {
    super(message, options);
    this.name = 'ResponseValidationError';
    this.status = details.status;
    this.body = redact(details.body.slice(0, 2048));
    this.url = redact(details.url);
  }
  static override isInstance(value: unknown): value is ResponseValidationError {
    return hasMarker(value, marker);
  }
}
