import { APITimeoutError, type RequestOptions } from '@conduit/core';

/** One workflow's overall time limit, shared by its API calls, its byte transfer and its polls. */
export interface TimeBudget {
  /** Milliseconds left, or `undefined` without a limit. Throws `APITimeoutError` once spent. */
  remaining(): number | undefined;
  /** Runs a transfer that is aborted when the budget runs out (a real timer: bytes move in real time). */
  guard<T>(run: (signal: AbortSignal | undefined) => Promise<T>): Promise<T>;
}

/** Starts a budget of `timeout` milliseconds on the injected clock (no limit when `timeout` is undefined). */
export function createTimeBudget(
  now: () => number,
  timeout: number | undefined,
  signal: AbortSignal | undefined,
  what: string,
): TimeBudget {
  const endsAt = timeout === undefined ? undefined : now() + timeout;
  const spent = (cause?: unknown) => new APITimeoutError(`${what} did not finish within its timeout of ${timeout} ms`, { cause });
  const remaining = () => {
    if (endsAt === undefined) {
      return undefined;
    }
    const left = endsAt - now();
    if (left <= 0) {
      throw spent();
    }
    return left;
  };
  return {
    remaining,
    async guard(run) {
      const left = remaining();
      if (left === undefined) {
        return run(signal);
      }
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(spent()), left);
      try {
        return await run(signal ? AbortSignal.any([signal, controller.signal]) : controller.signal);
      } catch (error) {
        throw controller.signal.aborted && !signal?.aborted ? spent(error) : error;
      } finally {
        clearTimeout(timer);
      }
    },
  };
}

/** One call's request options within the budget: its `deadline` is the caller's or the time left, whichever ends first. */
export function withinBudget(options: RequestOptions, budget: TimeBudget): RequestOptions {
  const left = budget.remaining();
  if (left === undefined) {
    return options;
  }
  return { ...options, deadline: options.deadline === undefined ? left : Math.min(options.deadline, left) };
}
