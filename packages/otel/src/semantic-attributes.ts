/**
 * Attribute names from the OpenTelemetry HTTP client semantic conventions (stable since 1.23), written
 * out so the package needs `@opentelemetry/api` only; `test/semantic-attributes.test.ts` checks them
 * against `@opentelemetry/semantic-conventions`.
 */
export const semanticAttributes = {
  /** Upper-case HTTP method. */
  httpRequestMethod: 'http.request.method',
  /** Status of the answer, when one came. */
  httpResponseStatusCode: 'http.response.status_code',
  /** Retries made before this attempt (on the call span: in total). */
  httpRequestResendCount: 'http.request.resend_count',
  /** Host name of the request URL. */
  serverAddress: 'server.address',
  /** Port of the request URL (443/80 when implicit). */
  serverPort: 'server.port',
  /** The request URL, redacted. */
  urlFull: 'url.full',
  /** The status as a string for answers >= 400, else the error class name. */
  errorType: 'error.type',
} as const;

/** Conduit's own attributes, under the `conduit.` namespace. */
export const conduitAttributes = {
  /** Provider id, e.g. `apivideo`. */
  provider: 'conduit.provider',
  /** The spec's operationId (on metrics: the method when there is none). */
  operationId: 'conduit.operation_id',
  /** Rate-limit bucket of the call. */
  bucket: 'conduit.bucket',
  /** Attempts a call made (call span). */
  attempts: 'conduit.attempts',
  /** 1-based attempt number (attempt spans, retry events). */
  attempt: 'conduit.attempt',
  /** Why a wait or retry happened (`limiter`, `retry-after`, `backoff`, …). */
  reason: 'conduit.reason',
  /** Limiter wait in milliseconds. */
  waitMs: 'conduit.wait_ms',
  /** Delay before a retry in milliseconds. */
  delayMs: 'conduit.delay_ms',
} as const;
