import { redact } from '../redaction/redact.js';
import { ConduitError, type ConduitErrorOptions } from './conduit-error.js';

/** A 2xx answer whose body is not what the spec declares (for example JSON that does not parse). */
export class ResponseValidationError extends ConduitError {
  static override readonly brand: string = 'ResponseValidationError';
  declare private readonly responseValidationErrorBrand: true;
  declare static readonly isInstance: (value: unknown) => value is ResponseValidationError;
  /** HTTP status of the answer whose body failed validation. */
  readonly status: number;
  /** The raw body text, truncated and redacted. */
  readonly body: string;
  /** Request URL with secrets redacted. */
  readonly url: string;
  constructor(message: string, details: { status: number; body: string; url: string }, options: ConduitErrorOptions = {}) {
    super(message, options);
    this.status = details.status;
    this.body = redact(details.body.slice(0, 2048));
    this.url = redact(details.url);
  }
}
