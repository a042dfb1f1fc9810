import { APIConnectionError } from '../errors/api-connection-error.js';
import { APITimeoutError } from '../errors/api-timeout-error.js';
import { ConduitError } from '../errors/conduit-error.js';
import { RequestAbortedError } from '../errors/request-aborted-error.js';
import type { AbortCause } from './attempt-signal.js';

const refusedCodes = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'UND_ERR_CONNECT_TIMEOUT']);

function errorCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') {
      return code;
    }
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

/** Turns whatever fetch threw into a Conduit error; `notSent` is true when the request provably never left. */
export function classifyFetchError(
  error: unknown,
  abortCause: AbortCause | undefined,
  context: { method: string; host: string; timeoutMs: number },
): { error: ConduitError; notSent: boolean } {
  if (ConduitError.isInstance(error)) {
    return { error, notSent: false };
  }
  if (abortCause === 'caller') {
    return { error: new RequestAbortedError(undefined, { cause: error }), notSent: false };
  }
  if (abortCause === 'timeout') {
    return {
      error: new APITimeoutError(`${context.method} to ${context.host} timed out after ${context.timeoutMs} ms`, { cause: error }),
      notSent: false,
    };
  }
  if (abortCause === 'deadline') {
    return {
      error: new APITimeoutError(`${context.method} to ${context.host} exceeded its deadline`, { cause: error, retryable: false }),
      notSent: false,
    };
  }
  const code = errorCode(error);
  const notSent = code !== undefined && refusedCodes.has(code);
  const reason = code ? ` (${code})` : '';
  return {
    error: new APIConnectionError(`Could not reach ${context.host}${reason}`, { cause: error }),
    notSent,
  };
}
