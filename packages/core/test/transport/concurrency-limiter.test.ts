import { describe, expect, it } from 'vitest';
import { ConcurrencyLimiter } from '../../src/transport/concurrency-limiter.js';

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('ConcurrencyLimiter', () => {
  it('grants up to max at once and queues the rest in FIFO order', async () => {
    const limiter = new ConcurrencyLimiter(2);
    const order: number[] = [];
    const first = await limiter.acquire();
    const second = await limiter.acquire();
    const third = limiter.acquire().then((release) => {
      order.push(3);
      return release;
    });
    const fourth = limiter.acquire().then((release) => {
      order.push(4);
      return release;
    });
    await tick();
    expect(order).toEqual([]);
    first();
    await tick();
    expect(order).toEqual([3]);
    second();
    await tick();
    expect(order).toEqual([3, 4]);
    (await third)();
    (await fourth)();
  });

  it('ignores a second release of the same grant', async () => {
    const limiter = new ConcurrencyLimiter(1);
    const release = await limiter.acquire();
    release();
    release();
    const next = await limiter.acquire();
    let queuedGranted = false;
    void limiter.acquire().then(() => {
      queuedGranted = true;
    });
    await tick();
    expect(queuedGranted).toBe(false);
    next();
  });

  it('drops a queued waiter whose signal aborts, with the signal reason', async () => {
    const limiter = new ConcurrencyLimiter(1);
    const held = await limiter.acquire();
    const controller = new AbortController();
    const waiting = limiter.acquire(controller.signal);
    controller.abort(new Error('gave up'));
    await expect(waiting).rejects.toThrow('gave up');
    held();
    // The aborted waiter must not have consumed the freed slot.
    const again = await Promise.race([limiter.acquire(), tick().then(() => 'blocked' as const)]);
    expect(again).not.toBe('blocked');
  });

  it('rejects at once for a signal that is already aborted while the limiter is full', async () => {
    const limiter = new ConcurrencyLimiter(1);
    const held = await limiter.acquire();
    const outcome = await Promise.race([
      limiter.acquire(AbortSignal.abort(new Error('already aborted'))).then(
        () => 'granted',
        (error: Error) => error.message,
      ),
      tick().then(() => 'still waiting'),
    ]);
    expect(outcome).toBe('already aborted');
    held();
  });
});
