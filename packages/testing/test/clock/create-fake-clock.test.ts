import { RequestAbortedError } from '@conduit/core';
import { describe, expect, it } from 'vitest';
import { createFakeClock } from '../../src/clock/create-fake-clock.js';
import { createFakeClockWith, fakeClockStart } from '../../src/clock/fake-clock.js';

describe('createFakeClock', () => {
  it('stands still until something sleeps, then moves by exactly the slept time', async () => {
    const clock = createFakeClock();
    expect(clock.now()).toBe(fakeClockStart);
    expect(clock.now()).toBe(fakeClockStart);
    await clock.sleep(1500);
    await clock.sleep(250);
    expect(clock.now()).toBe(fakeClockStart + 1750);
    expect(clock.sleeps).toEqual([1500, 250]);
    expect(clock.slept()).toBe(1750);
  });

  it('advance moves the clock without recording a sleep', () => {
    const clock = createFakeClock(1_000);
    clock.advance(40);
    expect(clock.now()).toBe(1_040);
    expect(clock.sleeps).toEqual([]);
  });

  it('a sleep on an aborted signal rejects with RequestAbortedError and does not move the clock', async () => {
    const clock = createFakeClock();
    const controller = new AbortController();
    controller.abort(new Error('stop'));
    const error = await clock.sleep(100, controller.signal).catch((caught: unknown) => caught);
    expect(RequestAbortedError.isInstance(error)).toBe(true);
    expect((error as RequestAbortedError).cause).toEqual(new Error('stop'));
    expect(clock.now()).toBe(fakeClockStart);
    expect(clock.sleeps).toEqual([]);
  });

  it('createFakeClockWith rejects with the signal reason by default', async () => {
    const clock = createFakeClockWith({ start: 5 });
    const reason = new Error('why');
    await expect(clock.sleep(1, AbortSignal.abort(reason))).rejects.toBe(reason);
    expect(clock.now()).toBe(5);
  });
});
