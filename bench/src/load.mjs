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

/**
 * Closed loop: `users` paced users, each offering `ratePerUser` calls a second for `seconds` and
 * waiting for each call before the next (a late call starts at once, it never bursts to catch up).
 * Returns the outcome with each succeeded call's latency; calls pending at the end are cancelled.
 */
export async function pacedUsers({ users, ratePerUser, seconds, call }) {
  const controller = new AbortController();
  const outcome = { started: 0, succeeded: 0, succeededInWindow: 0, failed: 0, cancelled: 0, errors: {}, latencies: [] };
  const start = performance.now();
  const windowEnd = start + seconds * 1000;
  const spacing = 1000 / ratePerUser;
  const user = async (index) => {
    for (let next = start + (index * spacing) / users; next < windowEnd; next += spacing) {
      const wait = next - performance.now();
      if (wait > 1) {
        await new Promise((resolve) => setTimeout(resolve, wait));
      }
      if (controller.signal.aborted) {
        return;
      }
      outcome.started++;
      const sentAt = performance.now();
      try {
        await call(controller.signal);
        outcome.succeeded++;
        if (performance.now() <= windowEnd) {
          outcome.succeededInWindow++;
          outcome.latencies.push(performance.now() - sentAt);
        }
      } catch (error) {
        if (controller.signal.aborted) {
          outcome.cancelled++;
        } else {
          outcome.failed++;
          const name = error?.name ?? 'Error';
          outcome.errors[name] = (outcome.errors[name] ?? 0) + 1;
        }
      }
    }
  };
  const timer = setTimeout(() => controller.abort(), seconds * 1000);
  await Promise.all(Array.from({ length: users }, (_, index) => user(index)));
  clearTimeout(timer);
  controller.abort();
  return outcome;
}

/** The 95th percentile of `values` (0 when empty). */
export function percentile95(values) {
  if (values.length === 0) {
    return 0;
  }
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))];
}
