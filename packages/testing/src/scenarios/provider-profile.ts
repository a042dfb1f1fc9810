/** What the generic scenarios need to know to answer like a given provider. */
export interface ProviderProfile {
  /** Provider id, e.g. `hesedvid`. */
  id: string;
  /** Base URL the provider's handlers answer on (the client's default base URL). */
  baseUrl: string;
  /** The provider's own error body for a status and code. */
  errorBody(status: number, code: string, message: string): unknown;
  /** The code the provider uses for an expired or revoked key. */
  expiredKeyCode: string;
  /** The code the provider uses for a rate-limited request. */
  rateLimitCode: string;
  /** Headers announcing a rate limit in the provider's own style. */
  rateLimitHeaders(state: { limit: number; remaining: number; retryAfterSeconds?: number | undefined }): Record<string, string>;
  /** Content type of error bodies (api.video uses problem+json). */
  errorContentType?: string;
}
