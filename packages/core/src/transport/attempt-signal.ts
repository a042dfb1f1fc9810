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
  // AbortSignal.any links without adding a listener to the caller's signal, which many calls may share.
  const signal = caller ? AbortSignal.any([caller, controller.signal]) : controller.signal;
  return {
    signal,
    cause: () => fired ?? (caller?.aborted ? 'caller' : undefined),
    dispose() {
      clearTimeout(timer);
    },
  };
}

/** Combines several optional signals into one (or returns the only one). */
export function anySignal(signals: ReadonlyArray<AbortSignal | undefined>): AbortSignal | undefined {
  const present = signals.filter((signal): signal is AbortSignal => signal !== undefined);
  // Always a fresh dependent signal, so per-call listeners never pile up on a signal shared by many calls.
  return present.length === 0 ? undefined : AbortSignal.any(present);
}
