// Open-loop load: `rate` calls per second for `seconds`, each call a function returning a promise.
// Calls still pending at the end are cancelled through `signal` and counted apart (not failures).
export async function openLoop({ rate, seconds, call }) {
  const controller = new AbortController();
  const outcome = { started: 0, succeeded: 0, succeededInWindow: 0, failed: 0, cancelled: 0, errors: {} };
  const pending = new Set();
  const start = performance.now();
  const windowEnd = start + seconds * 1000;
  const total = Math.round(rate * seconds);
  for (let index = 0; index < total; index++) {
    const due = start + (index * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 1) {
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
    outcome.started++;
    const promise = call(controller.signal).then(
      () => {
        outcome.succeeded++;
        if (performance.now() <= windowEnd) {
          outcome.succeededInWindow++;
        }
      },
      (error) => {
        if (controller.signal.aborted) {
          outcome.cancelled++;
        } else {
          outcome.failed++;
          const name = error?.name ?? 'Error';
          outcome.errors[name] = (outcome.errors[name] ?? 0) + 1;
        }
      },
    );
    pending.add(promise);
    promise.finally(() => pending.delete(promise));
  }
  const remaining = windowEnd - performance.now();
  if (remaining > 0) {
    await new Promise((resolve) => setTimeout(resolve, remaining));
  }
  controller.abort();
  await Promise.allSettled([...pending]);
  return outcome;
}
