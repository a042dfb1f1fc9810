const registeredSecrets = new Set<string>();

/** Registers a secret (an API key, a token) so that every later `redact()` call masks it wherever it appears. */
export function registerSecret(secret: string): void {
  if (secret.length >= 6) {
    registeredSecrets.add(secret);
  }
}

/** Shows a secret masked as `vsk_…9yz`: a short prefix up to the first `_` and the last three characters. */
export function maskSecret(secret: string): string {
  if (secret.length <= 8) {
    return '***';
  }
  const underscore = secret.lastIndexOf('_', 12);
  // Show the `vsk_`-style prefix only when at least 6 characters stay hidden between it and the tail.
  const prefix = underscore > 0 && secret.length - underscore - 4 >= 6 ? secret.slice(0, underscore + 1) : secret.slice(0, 2);
  return `${prefix}…${secret.slice(-3)}`;
}

/** Query parameters that carry a signature or a credential in signed URLs and token flows. */
const sensitiveParameter =
  /([?&;](?:token|sig|signature|x-goog-signature|x-goog-credential|x-amz-signature|x-amz-credential|x-amz-security-token|api_key|apikey|api-key|key|access_token|refresh_token|client_secret|password|upload_token|jwt|x-signature)=)[^&#\s"']*/gi;

const sensitivePatterns: ReadonlyArray<[RegExp, string | ((match: string) => string)]> = [
  [/\b(vsk_|hv_live_|hv_test_|sk-|sk_live_|sk_test_)[A-Za-z0-9_-]{6,}/g, (match) => maskSecret(match)],
  [/\b(Bearer|Basic|Token)\s+[A-Za-z0-9._~+/=-]{6,}/gi, '$1 [REDACTED]'],
  [/\b(eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*)/g, '[REDACTED_JWT]'],
  // Any user-info: `user:password@`, `:password@` (Redis) and `token@`.
  [/(\/\/)[^/?#\s@]+@/g, '$1[REDACTED]@'],
  [
    /("(?:api_?key|apikey|x-api-key|authorization|token|access_?token|refresh_?token|password|secret|signature)"\s*:\s*")[^"]*(")/gi,
    '$1[REDACTED]$2',
  ],
];

const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The one redactor: masks registered secrets, known key formats, auth header values,
 * user-info in URLs and signature/token query parameters. Used by error messages,
 * `toJSON`, inspect output, the debug logger and stored URLs.
 */
export function redact(text: string): string {
  let result = text;
  for (const secret of registeredSecrets) {
    if (result.includes(secret)) {
      result = result.replace(new RegExp(escapeRegExp(secret), 'g'), maskSecret(secret));
    }
  }
  result = result.replace(sensitiveParameter, '$1[REDACTED]');
  for (const [pattern, replacement] of sensitivePatterns) {
    result = result.replace(pattern, replacement as string);
  }
  return result;
}

/**
 * The values of a URL's signature and credential query parameters, as sent and percent-decoded:
 * what a storage service or an API may quote back in an error body about that URL.
 */
export function urlSecrets(url: string | undefined): string[] {
  const values = new Set<string>();
  for (const match of url?.matchAll(sensitiveParameter) ?? []) {
    const raw = match[0].slice(match[1]?.length ?? 0);
    let decoded = raw;
    try {
      decoded = decodeURIComponent(raw);
    } catch {
      // Not valid percent-encoding: only the raw form can be echoed.
    }
    for (const value of [raw, decoded]) {
      if (value.length >= 6) {
        values.add(value);
      }
    }
  }
  return [...values];
}

/**
 * Redacts any JSON-like value by walking it: strings (object keys too) lose each of `secrets`
 * (values no pattern knows, such as a signed URL's signature) and pass through `redact()`;
 * values under credential-named keys are replaced.
 */
export function redactValue<T>(value: T, secrets: readonly string[] = [], depth = 0): T {
  if (typeof value === 'string') {
    return redact(secrets.reduce((text, secret) => text.split(secret).join('[REDACTED]'), value as string)) as T;
  }
  if (value === null || typeof value !== 'object') {
    return value;
  }
  if (depth > 8) {
    // Deeper than we walk: drop it rather than hand it back unredacted.
    return '[TRUNCATED]' as T;
  }
  if (Array.isArray(value)) {
    return value.map((item) => redactValue(item, secrets, depth + 1)) as T;
  }
  const output: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    output[redactValue(key, secrets)] = sensitiveKey.test(key) ? '[REDACTED]' : redactValue(item, secrets, depth + 1);
  }
  return output as T;
}

const sensitiveKey =
  /^(api_?key|apikey|x-api-key|authorization|proxy-authorization|cookie|set-cookie|token|access_?token|refresh_?token|password|secret|x-zoom-s2t-key)$/i;

/** Headers as a plain record with credential-bearing values removed (and `secrets` hidden). */
export function redactHeaders(headers: Headers | undefined, secrets: readonly string[] = []): Record<string, string> {
  return redactValue(Object.fromEntries(headers ?? []), secrets);
}
