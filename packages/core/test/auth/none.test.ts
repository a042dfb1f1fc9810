import { describe, expect, it } from 'vitest';
import { none } from '../../src/auth/none.js';

describe('none', () => {
  it('adds no header and bears no key', async () => {
    const strategy = none();
    const headers = new Headers({ accept: 'application/json' });
    await strategy.apply(headers, { fetch: globalThis.fetch });
    expect([...headers.keys()]).toEqual(['accept']);
    expect(strategy.bearsKey).toBe(false);
    expect(strategy.headerNames).toEqual([]);
    expect(strategy.refresh).toBeUndefined();
  });
});
