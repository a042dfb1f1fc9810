import type { RateLimitState } from '../rate-limit/rate-limit-state.js';
import { redact, redactHeaders, redactValue, urlSecrets } from '../redaction/redact.js';
import { ConduitError, type ConduitErrorOptions } from './conduit-error.js';

/** What the transport knows about a failed HTTP answer. */
export interface APIErrorDetails {
  /** HTTP status of the final answer. */
  status: number;
  /** Provider id, such as `hesedvid`. */
  provider: string;
  /** The provider's error code (`upload_not_ready`, `QUOTA_EXCEEDED`, a problem `type` URL). */
  code?: string | undefined;
  /** The provider's request id, from a header or the body. */
  requestId?: string | undefined;
  /** Response headers (stored redacted). */
  headers?: Headers | undefined;
  /** Parsed body, or the raw text (truncated) when it was not JSON (stored redacted). */
  body?: unknown;
  /** Extra structured details from the error body. */
  details?: unknown;
  /** Rate-limit state read from this answer's headers. */
  rateLimit?: RateLimitState | undefined;
  /** Method and URL of the request (the URL is stored redacted). */
  method?: string | undefined;
  /** Request URL (stored redacted: signed-URL signatures and key-like query values are masked). */
  url?: string | undefined;
}

/** A non-2xx answer from a provider. Subclasses narrow by status. */
export class APIError extends ConduitError {
  static override readonly brand: string = 'APIError';
  declare private readonly aPIErrorBrand: true;
  declare static readonly isInstance: (value: unknown) => value is APIError;
  /** HTTP status of the final answer. */
  readonly status: number;
  /** Provider id, such as `hesedvid`. */
  readonly provider: string;
  /** The provider's error code (`upload_not_ready`, `QUOTA_EXCEEDED`, a problem `type` URL), when the body had one. */
  readonly code: string | undefined;
  /** The provider's request id, from a header or the body; quote it to the provider's support. */
  readonly requestId: string | undefined;
  /** Response headers, lower-case names, with secret-bearing values redacted. */
  readonly headers: Record<string, string>;
  /** Parsed body, or the raw text (at most 2048 characters) when it was not JSON; secrets redacted. */
  readonly body: unknown;
  /** Extra structured details from the error body (secrets redacted). */
  readonly details: unknown;
  /** Rate-limit state read from this answer's headers, when it carried any. */
  readonly rateLimit: RateLimitState | undefined;
  /** Upper-case HTTP method of the request. */
  readonly method: string | undefined;
  /** Request URL with secrets (signed-URL signatures, key-like query values) redacted. */
  readonly url: string | undefined;

  constructor(message: string, details: APIErrorDetails, options: ConduitErrorOptions = {}) {
    // A signed URL's signature or an upload token quoted back in the answer (S3's `SignatureProvided`,
    // "invalid token …") matches no pattern: hide the values the request URL carried.
    const hidden = urlSecrets(details.url);
    super(redactValue(message, hidden), options);
    this.status = details.status;
    this.provider = details.provider;
    this.code = details.code;
    this.requestId = details.requestId;
    this.headers = redactHeaders(details.headers, hidden);
    this.body = redactValue(typeof details.body === 'string' ? details.body.slice(0, 2048) : details.body, hidden);
    this.details = redactValue(details.details, hidden);
    this.rateLimit = details.rateLimit;
    this.method = details.method;
    this.url = details.url === undefined ? undefined : redact(details.url);
  }
}
