import type { APIError } from '../errors/api-error.js';
import { createAPIError } from '../errors/create-api-error.js';
import type { RateLimitState } from '../rate-limit/rate-limit-state.js';
import type { ErrorBodyParser } from './transport-options.js';

const maxErrorBody = 64 * 1024;

/** Parses JSON text, or returns the text itself when it is not JSON. */
export function parseBodyText(text: string): unknown {
  const trimmed = text.trim();
  if (trimmed === '') {
    return undefined;
  }
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    try {
      return JSON.parse(trimmed);
    } catch {
      return text;
    }
  }
  return text;
}

function bodyMessage(body: unknown): string | undefined {
  if (body && typeof body === 'object') {
    const record = body as Record<string, unknown>;
    for (const key of ['message', 'detail', 'error_description', 'title', 'error']) {
      if (typeof record[key] === 'string') {
        return record[key] as string;
      }
    }
  }
  return undefined;
}

/**
 * Reads a non-2xx answer into the right typed error: the provider's parser first, then
 * generic fields, then the status text. Never throws anything but the built error's construction.
 */
export async function readErrorResponse(
  response: Response,
  context: {
    provider: string;
    method: string;
    url: string;
    rateLimit: RateLimitState | undefined;
    parseError: ErrorBodyParser | undefined;
    requestIdHeader: string;
  },
): Promise<APIError> {
  let text = '';
  try {
    text = (await response.text()).slice(0, maxErrorBody);
  } catch {
    // A body cut off mid-stream still leaves the status to classify by.
  }
  const body = parseBodyText(text);
  let parsed: ReturnType<ErrorBodyParser>;
  try {
    parsed = context.parseError?.(body, { status: response.status, headers: response.headers });
  } catch {
    parsed = undefined;
  }
  const message =
    parsed?.message ??
    bodyMessage(body) ??
    `${context.provider} answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
  return createAPIError(message, {
    status: response.status,
    provider: context.provider,
    code: parsed?.code,
    requestId: parsed?.requestId ?? response.headers.get(context.requestIdHeader) ?? undefined,
    headers: response.headers,
    body,
    details: parsed?.details,
    kind: parsed?.kind,
    retryAfterMs: parsed?.retryAfterMs,
    rateLimit: context.rateLimit,
    method: context.method,
    url: context.url,
  });
}
