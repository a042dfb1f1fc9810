import type { CallInfo, ConduitError, Middleware, TransportEvent } from '@conduit/core';

/** One scripted attempt: an answer status or an error, and what the pipeline did around it. */
export interface ScriptedAttempt {
  /** Limiter wait emitted before the attempt is sent. */
  readonly waitBefore?: { readonly waitMs: number; readonly reason: string };
  /** The answer's status (the attempt reached the server). */
  readonly status?: number;
  /** The typed error the classify step made of the attempt (non-2xx answer or network failure). */
  readonly error?: ConduitError;
  /** The retry the pipeline scheduled after this attempt failed. */
  readonly retry?: { readonly delayMs: number; readonly reason: string };
}

/**
 * Drives a middleware through one logical call exactly as `packages/core/src/transport/middleware.ts`
 * describes the pipeline: `call:start`, then per attempt an optional limiter wait, `onRequest`,
 * `onResponse` (when an answer came), `onError` (when the attempt failed), a `retry` event, and
 * finally `call:end`. Used until the real pipeline lands; the real-transport test replaces it.
 */
export async function driveCall(
  middleware: Middleware,
  call: CallInfo,
  request: Request,
  attempts: readonly ScriptedAttempt[],
): Promise<void> {
  const emit = (event: TransportEvent) => middleware.onEvent?.(event);
  emit({ type: 'call:start', call });
  let last: ScriptedAttempt | undefined;
  for (const [index, attempt] of attempts.entries()) {
    const context = { call, request, attempt: index + 1, rateLimit: undefined };
    if (attempt.waitBefore) {
      emit({ type: 'rate-limit:wait', call, ...attempt.waitBefore });
    }
    await middleware.onRequest?.(context);
    if (attempt.status !== undefined) {
      await middleware.onResponse?.({ ...context, response: new Response(null, { status: attempt.status }) });
    }
    if (attempt.error) {
      await middleware.onError?.({ ...context, error: attempt.error });
    }
    if (attempt.retry && attempt.error) {
      emit({ type: 'retry', call, attempt: index + 1, ...attempt.retry, error: attempt.error });
    }
    last = attempt;
  }
  emit({ type: 'call:end', call, attempts: attempts.length, durationMs: 1234, status: last?.status, error: last?.error });
}
