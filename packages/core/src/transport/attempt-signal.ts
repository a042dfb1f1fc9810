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
  const fire = (cause: AbortCause) => {
    if (!fired) {
      fired = cause;
      controller.abort(caller?.aborted && cause === 'caller' ? caller.reason : new Error(cause));
    }
  };
  const onCaller = () => fire('caller');
  if (caller?.aborted) {
    fire('caller');
  } else {
    caller?.addEventListener('abort', onCaller, { once: true });
  }
  const useDeadline = deadlineInMs !== undefined && deadlineInMs < timeoutMs;
  const timer = setTimeout(() => fire(useDeadline ? 'deadline' : 'timeout'), Math.max(0, useDeadline ? deadlineInMs : timeoutMs));
  return {
    signal: controller.signal,
    cause: () => fired,
    dispose() {
      clearTimeout(timer);
      caller?.removeEventListener('abort', onCaller);
    },
  };
}

/** Combines several optional signals into one (or returns the only one). */
export function anySignal(signals: ReadonlyArray<AbortSignal | undefined>): AbortSignal | undefined {
  const present = signals.filter((signal): signal is AbortSignal => signal !== undefined);
  if (present.length <= 1) {
    return present[0];
  }
  return AbortSignal.any(present);
}
