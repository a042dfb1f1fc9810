import type * as z from 'zod/mini';
import type { AuthScheme, AuthStrategy } from '../auth/auth-strategy.js';
import { loadApiKey } from '../auth/load-api-key.js';
import { ConfigurationError } from '../errors/configuration-error.js';
import { assertSecureUrl } from '../transport/assert-secure-url.js';
import { createTransport, type Transport } from '../transport/create-transport.js';
import type { Middleware } from '../transport/middleware.js';
import type { ErrorBodyParser, TransportOptions } from '../transport/transport-options.js';
import { VERSION } from '../version.js';
import { type ClientOptions, clientOptionKeys } from './client-options.js';

/** What a provider package declares about itself. */
export interface ProviderDefinition {
  /** Provider id: `viddyscribe`, `hesedvid`, `scriptix`, `apivideo`, `genai`. */
  id: string;
  /** Display name for messages. */
  name: string;
  /** Environment variable holding the key. */
  environmentVariable: string;
  /** Base URL used when the caller gives none. */
  defaultBaseUrl: string;
  /** The documented key format. */
  keyFormat?: z.ZodMiniType<string> | undefined;
  /** The key format in words, for error messages. */
  keyFormatDescription?: string | undefined;
  /** How the key is sent. */
  auth: AuthScheme;
  /** The provider's error-body reader. */
  parseError: ErrorBodyParser;
  /** Picks the rate-limit bucket of a request. */
  bucket?: ((request: Request) => string) | undefined;
  /** Names the spec operation of a request (its operationId), for telemetry and logs. */
  operationId?: ((request: Request) => string | undefined) | undefined;
  /** Response header with the request id. */
  requestIdHeader?: string | undefined;
  /** Idempotency-key header, only if the provider documents one. */
  idempotencyKeyHeader?: string | undefined;
  /** The provider's own quirks as internal middleware (run before the caller's). */
  middleware?: Middleware[] | undefined;
}

/** The pieces a provider client is built from. */
export interface ClientTransport {
  /** The transport the client sends through (use it as openapi-fetch's `fetch`). */
  transport: Transport;
  /** The provider's base URL, from the options or the default. */
  baseUrl: string;
  /** How requests are authenticated; holds the API key (secret). */
  auth: AuthStrategy;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** The known name a misspelling most likely meant: same letters ignoring case, a shared prefix, or at most two edits away. */
function closest(name: string, candidates: readonly string[]): string | undefined {
  const lower = name.toLowerCase();
  const exact = candidates.find((candidate) => candidate.toLowerCase() === lower || candidate.toLowerCase().startsWith(lower.slice(0, 4)));
  if (exact) {
    return exact;
  }
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of candidates) {
    const distance = editDistance(lower, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** Refuses option names the client does not know, suggesting the closest known one. */
export function assertKnownOptions(options: object, known: readonly string[], label: string): void {
  for (const name of Object.keys(options)) {
    if (!known.includes(name)) {
      const suggestion = closest(name, known);
      throw new ConfigurationError(`${label}: unknown option \`${name}\`.${suggestion ? ` Did you mean \`${suggestion}\`?` : ''}`);
    }
  }
}

/**
 * Turns a provider definition and the caller's options into a checked key, a safe base URL and
 * a transport. Everything wrong with the options is a `ConfigurationError` before any request.
 */
export function createClientTransport(
  definition: ProviderDefinition,
  options: ClientOptions | undefined,
  extraOptionKeys: readonly string[] = [],
  overrides: { auth?: AuthStrategy; baseUrl?: string; sendReplayable?: TransportOptions['sendReplayable'] } = {},
): ClientTransport {
  if (options !== undefined && (typeof options !== 'object' || options === null || Array.isArray(options))) {
    throw new ConfigurationError(`create${definition.name}Client: options must be an object.`);
  }
  const given = options ?? {};
  assertKnownOptions(given, [...clientOptionKeys, ...extraOptionKeys], `create${definition.name}Client`);
  const baseUrl = assertSecureUrl(overrides.baseUrl ?? given.baseUrl ?? definition.defaultBaseUrl).href.replace(/\/$/, '');
  const auth =
    overrides.auth ??
    definition.auth(
      loadApiKey({
        apiKey: given.apiKey,
        environmentVariable: definition.environmentVariable,
        provider: definition.name,
        format: definition.keyFormat,
        formatDescription: definition.keyFormatDescription,
      }),
    );
  const transport = createTransport({
    provider: definition.id,
    auth,
    maxRetries: given.maxRetries,
    timeout: given.timeout,
    deadline: given.deadline,
    maxRetryAfter: given.maxRetryAfter,
    backoff: given.backoff,
    fetch: given.fetch,
    sendReplayable: overrides.sendReplayable,
    signal: given.signal,
    rateLimitStore: given.rateLimitStore,
    maxConcurrency: given.maxConcurrency,
    headers: given.headers,
    onRetry: given.onRetry,
    onRateLimit: given.onRateLimit,
    debug: given.debug,
    dangerouslyAllowBrowser: given.dangerouslyAllowBrowser,
    now: given.now,
    sleep: given.sleep,
    parseError: definition.parseError,
    bucket: definition.bucket,
    operationId: definition.operationId,
    middleware: [...(definition.middleware ?? []), ...(given.middleware ?? [])],
    requestIdHeader: definition.requestIdHeader,
    idempotencyKeyHeader: definition.idempotencyKeyHeader,
    userAgent: `conduit-${definition.id}/${VERSION}`,
  });
  return { transport, baseUrl, auth };
}
