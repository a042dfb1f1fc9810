import { describe, expect, it } from 'vitest';
import { RequestAbortedError } from '../../src/errors/request-aborted-error.js';
import { defaultSleep } from '../../src/retry/sleep.js';

describe('defaultSleep', () => {
  it('rejects at once with RequestAbortedError when the signal is already aborted', async () => {
    const reason = new Error('stop');
    const error = await defaultSleep(60_000, AbortSignal.abort(reason)).catch((caught: unknown) => caught);
    expect(RequestAbortedError.isInstance(error)).toBe(true);
    expect((error as RequestAbortedError).cause).toBe(reason);
  });

  it('rejects promptly when the signal aborts during a long sleep', async () => {
    const controller = new AbortController();
    const started = performance.now();
    const pending = defaultSleep(60_000, controller.signal);
    setTimeout(() => controller.abort(new Error('user cancelled')), 0);
    const error = await pending.catch((caught: unknown) => caught);
    expect(RequestAbortedError.isInstance(error)).toBe(true);
    expect(((error as RequestAbortedError).cause as Error).message).toBe('user cancelled');
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('resolves after a zero-length sleep', async () => {
    await expect(defaultSleep(0)).resolves.toBeUndefined();
  });
});
