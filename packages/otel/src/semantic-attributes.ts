/**
 * Attribute names from the OpenTelemetry HTTP client semantic conventions (stable since 1.23), written
 * out so the package needs `@opentelemetry/api` only; `test/semantic-attributes.test.ts` checks them
 * against `@opentelemetry/semantic-conventions`.
 */
export const semanticAttributes = {
  httpRequestMethod: 'http.request.method',
  httpResponseStatusCode: 'http.response.status_code',
  httpRequestResendCount: 'http.request.resend_count',
  serverAddress: 'server.address',
  serverPort: 'server.port',
  urlFull: 'url.full',
  errorType: 'error.type',
} as const;

/** Conduit's own attributes, under the `conduit.` namespace. */
export const conduitAttributes = {
  provider: 'conduit.provider',
  operationId: 'conduit.operation_id',
  bucket: 'conduit.bucket',
  attempts: 'conduit.attempts',
  attempt: 'conduit.attempt',
  reason: 'conduit.reason',
  waitMs: 'conduit.wait_ms',
  delayMs: 'conduit.delay_ms',
} as const;
