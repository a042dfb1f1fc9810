/**
 * Runs `work` and rejects with `message` if it has not settled within `ms`. The signal aborts at
 * the deadline so `work` can drop listeners; a Redis command cannot be recalled, so a late
 * answer is ignored.
 */
export function withDeadline<T>(ms: number, message: string, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      const error = new Error(message);
      controller.abort(error);
      reject(error);
    }, ms);
    work(controller.signal)
      .then(resolve, reject)
      .finally(() => clearTimeout(timer));
  });
}
