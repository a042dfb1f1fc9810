import { APITimeoutError } from '@conduit/core';

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
