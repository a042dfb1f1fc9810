import type { ConduitError } from '@conduit/core';

/**
 * The HTTP status of an error that carries one (an `APIError`), else `undefined`; the status 0 of a
 * connection error means no answer came, so it is `undefined` too.
 */
export function errorStatus(error: ConduitError): number | undefined {
  const status: unknown = (error as { status?: unknown }).status;
  return typeof status === 'number' && status >= 100 ? status : undefined;
}

/**
 * `error.type` as the HTTP semantic conventions define it: the status code as a string for an
 * answer of 400 or more, else the error's class name (`APIConnectionError`, `APITimeoutError`).
 */
export function errorType(error: ConduitError): string {
  const status = errorStatus(error);
  return status !== undefined && status >= 400 ? String(status) : error.name;
}
