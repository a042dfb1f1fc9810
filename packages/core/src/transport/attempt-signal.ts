/** Why an attempt's signal fired. */
export type AbortCause = 'caller' | 'timeout' | 'deadline';

/** One attempt's signal: fires on the caller's signal, the per-attempt timeout or the overall deadline. */
export interface AttemptSignal {
  readonly signal: AbortSignal;
  /** Which of the three fired, if any. */
  cause(): AbortCause | undefined;
  /** Clears timers and listeners. */
  dispose(): void;
}

export function createAttemptSignal(caller: AbortSignal | undefined, timeoutMs: number, deadlineInMs: number | undefined): AttemptSignal {
  const controller = new AbortController();
  let fired: AbortCause | undefined;
  const useDeadline = deadlineInMs !== undefined && deadlineInMs < timeoutMs;
  const timer = setTimeout(
    () => {
      fired = useDeadline ? 'deadline' : 'timeout';
      controller.abort(new Error(fired));
    },
    Math.max(0, useDeadline ? deadlineInMs : timeoutMs),
  );
  // A listener rather than AbortSignal.any (several times dearer per call on Node 20): `caller` is
  // this call's own signal (see `callSignal`), so listeners never pile up on a shared one.
  const follow = () => controller.abort(caller?.reason);
  if (caller?.aborted) {
    follow();
  } else {
    caller?.addEventListener('abort', follow, { once: true });
  }
  return {
    signal: controller.signal,
    cause: () => fired ?? (caller?.aborted ? 'caller' : undefined),
    dispose() {
      clearTimeout(timer);
      caller?.removeEventListener('abort', follow);
    },
  };
}

/**
 * One call's signal: the request's own signal (already per request: a `Request` follows the
 * signal it was built with), joined with the client-level and `with()` signals when those are
 * set. Those two may be shared by many calls, so they are joined through a fresh
 * `AbortSignal.any` and never receive per-call listeners themselves.
 */
export function callSignal(request: AbortSignal | undefined, shared: ReadonlyArray<AbortSignal | undefined>): AbortSignal | undefined {
  const present = shared.filter((signal): signal is AbortSignal => signal !== undefined);
  if (present.length === 0) {
    return request;
  }
  return AbortSignal.any(request ? [...present, request] : present);
}
