import type { ErrorBodyParser } from '@conduit/core';

/**
 * Wraps the error parser for one client so a rejected credential says which environment it was
 * sent to: api.video keys (and upload tokens) belong to one environment, and using one against
 * the other answers `401` with nothing else to go on.
 */
export function withEnvironmentHint(parse: ErrorBodyParser, target: string, credential: 'key' | 'upload token'): ErrorBodyParser {
  const other = target.startsWith('production') ? 'sandbox' : target.startsWith('sandbox') ? 'production' : undefined;
  const hint = other
    ? `api.video ${credential}s are per environment: a ${other} ${credential} used against ${target}?`
    : `api.video ${credential}s are per environment: check that the ${credential} belongs to ${target}.`;
  return (body, context) => {
    const parsed = parse(body, context);
    const rejected = context.status === 401 || parsed?.kind === 'authentication';
    if (!rejected) {
      return parsed;
    }
    const message = parsed?.message ?? `api.video answered ${context.status}: the ${credential} was not accepted.`;
    return { ...parsed, message: `${message} (${hint})` };
  };
}
