import { describe, expect, it } from 'vitest';
import { computeBackoff } from '../../src/retry/compute-backoff.js';

describe('computeBackoff', () => {
  it('stays just under base * 2^(n-1) with random 0.999', () => {
    const random = () => 0.999;
    expect(computeBackoff(1, { random })).toBe(499);
    expect(computeBackoff(2, { random })).toBe(999);
    expect(computeBackoff(3, { random })).toBe(1998);
    expect(computeBackoff(4, { random })).toBe(3996);
  });

  it('caps the ceiling at 8000 ms by default', () => {
    const random = () => 0.999;
    expect(computeBackoff(5, { random })).toBe(7992);
    expect(computeBackoff(6, { random })).toBe(7992);
    expect(computeBackoff(40, { random })).toBe(7992);
  });

  it('is 0 with random 0 (full jitter) and half the ceiling with 0.5', () => {
    expect(computeBackoff(3, { random: () => 0 })).toBe(0);
    expect(computeBackoff(3, { random: () => 0.5 })).toBe(1000);
  });

  it('honours baseDelayMs and maxDelayMs', () => {
    const random = () => 0.999;
    expect(computeBackoff(1, { random, baseDelayMs: 100 })).toBe(99);
    expect(computeBackoff(3, { random, baseDelayMs: 100, maxDelayMs: 250 })).toBe(249);
  });

  it('always lands in [0, ceiling) with the real random', () => {
    for (let retry = 1; retry <= 8; retry++) {
      const delay = computeBackoff(retry);
      expect(delay).toBeGreaterThanOrEqual(0);
      expect(delay).toBeLessThan(Math.min(8000, 500 * 2 ** (retry - 1)));
      expect(Number.isInteger(delay)).toBe(true);
    }
  });
});
