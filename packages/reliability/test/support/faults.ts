/** What the fault server does with one request. */
export type FaultKind =
  | 'pass'
  | 'reset-before'
  | 'reset-mid-body'
  | 'reset-mid-request'
  | 'stall-headers'
  | 'stall-body'
  | 'truncated-json'
  | 'malformed-json'
  | 'html-error'
  | 'server-error'
  | 'rate-limit'
  | 'redirect-cross-origin';

/** A fault and its flavour (which hint a 429 carries, which status a 5xx has, ...). */
export interface Fault {
  kind: FaultKind;
  variant?: string | undefined;
}

/** Hint styles of injected 429s (`none` = a bare 429). */
export const rateLimitVariants = [
  'retry-after-seconds',
  'retry-after-date',
  'retry-after-ms',
  'x-ratelimit-reset',
  'x-ratelimit-retry-after',
  'none',
] as const;

/** Flavours of injected 5xx; `503-retry-after` proves the request was not processed. */
export const serverErrorVariants = ['500', '502', '503', '504', '503-retry-after'] as const;

/** `kind` or `kind:variant`, for counting. */
export function faultLabel(fault: Fault): string {
  return fault.variant ? `${fault.kind}:${fault.variant}` : fault.kind;
}

/**
 * False only for answers that prove the server did not act on the request (429, 503 with a retry
 * hint, a redirect). Everything else, resets and timeouts included, may have been processed:
 * the caller cannot tell, so a POST it did not mark safe must not arrive again.
 */
export function mayHaveProcessed(fault: Fault): boolean {
  return !(fault.kind === 'rate-limit' || fault.kind === 'redirect-cross-origin' || faultLabel(fault) === 'server-error:503-retry-after');
}

/** Whether the fault needs the upstream's real answer (or the request body) to be built. */
export function needsUpstream(fault: Fault): boolean {
  return fault.kind === 'pass' || fault.kind === 'reset-mid-body' || fault.kind === 'stall-body' || fault.kind === 'truncated-json';
}

/** A fixed answer for the faults that do not look at the upstream. */
export interface CannedAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

const json = { 'content-type': 'application/json' };

function rateLimitHeaders(variant: string | undefined, now: number): Record<string, string> {
  // A storm answers every attempt of a call with the same hint style.
  switch (variant?.replace(/^storm-/, '')) {
    case 'retry-after-seconds':
      return { 'retry-after': '0.2' };
    case 'retry-after-date':
      // An HTTP date has whole seconds: this asks for at most one second.
      return { 'retry-after': new Date(now + 1000).toUTCString() };
    case 'retry-after-ms':
      return { 'retry-after-ms': '40' };
    case 'x-ratelimit-reset':
      return { 'x-ratelimit-limit': '100000', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.ceil((now + 300) / 1000)) };
    case 'x-ratelimit-retry-after':
      // api.video's style; the reset (a delta in seconds) keeps the answer consistent for clients that read only windows.
      return { 'x-ratelimit-limit': '100000', 'x-ratelimit-remaining': '0', 'x-ratelimit-retry-after': '1', 'x-ratelimit-reset': '1' };
    default:
      return {};
  }
}

/** The answer of a fault that needs no upstream (`undefined` for the connection-level ones). */
export function cannedAnswer(fault: Fault, now: number): CannedAnswer | undefined {
  switch (fault.kind) {
    case 'malformed-json':
      return fault.variant === '500'
        ? { status: 500, headers: json, body: '{"error": "internal", "message": oops}' }
        : { status: 200, headers: json, body: '{"success": true, "data": {"id": 1,, ]' };
    case 'html-error': {
      const status = Number(fault.variant ?? 502);
      return {
        status,
        headers: { 'content-type': 'text/html; charset=utf-8' },
        body: `<!DOCTYPE html><html><head><title>${status}</title></head><body><h1>${status} Bad Gateway</h1><hr>nginx</body></html>`,
      };
    }
    case 'server-error': {
      const retry = fault.variant === '503-retry-after';
      const status = retry ? 503 : Number(fault.variant ?? 500);
      return {
        status,
        headers: { ...json, ...(retry ? { 'retry-after': '0' } : {}) },
        body: JSON.stringify({ error: 'server_error', message: `injected ${status}` }),
      };
    }
    case 'rate-limit':
      return {
        status: 429,
        headers: { ...json, ...rateLimitHeaders(fault.variant, now) },
        body: JSON.stringify({ error: 'rate_limit_exceeded', message: 'Too many requests (injected)' }),
      };
    default:
      return undefined;
  }
}

/** Cuts a JSON text so it no longer parses (at least one byte is dropped). */
export function truncateJson(text: string): string {
  const truncated = text.slice(0, Math.floor(text.length / 2));
  try {
    JSON.parse(truncated);
  } catch {
    return truncated;
  }
  return '{"data": ';
}
