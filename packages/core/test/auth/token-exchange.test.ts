import { describe, expect, it, vi } from 'vitest';
import { tokenExchange } from '../../src/auth/token-exchange.js';
import { AuthenticationError } from '../../src/errors/authentication-error.js';
import { redact } from '../../src/redaction/redact.js';
import { createTransport } from '../../src/transport/create-transport.js';
import { createFakeClock } from '../helpers/fake-clock.js';
import { createFakeFetch, json, sequence, status } from '../helpers/fake-fetch.js';

const context = { fetch: globalThis.fetch };

function exchangeCounter(clock: { now: () => number }, lifetimeMs = 3_600_000) {
  let exchanges = 0;
  let refreshes = 0;
  const options = {
    now: clock.now,
    exchange: vi.fn(async (key: string) => {
      exchanges++;
      await Promise.resolve();
      return { accessToken: `access-${key}-${exchanges}`, refreshToken: `refresh-token-${exchanges}`, expiresAt: clock.now() + lifetimeMs };
    }),
    refresh: vi.fn(async () => {
      refreshes++;
      return {
        accessToken: `refreshed-access-${refreshes}`,
        refreshToken: `refresh-token-r${refreshes}`,
        expiresAt: clock.now() + lifetimeMs,
      };
    }),
  };
  return { options, counts: () => ({ exchanges, refreshes }) };
}

describe('tokenExchange', () => {
  it('exchanges the key once for concurrent first requests and sends the token as a bearer', async () => {
    const clock = createFakeClock();
    const { options, counts } = exchangeCounter(clock);
    const strategy = tokenExchange(options)('apivideo-exchange-key-1');
    const headers = [new Headers(), new Headers(), new Headers()];
    await Promise.all(headers.map((h) => strategy.apply(h, context)));
    expect(counts()).toEqual({ exchanges: 1, refreshes: 0 });
    expect(options.exchange).toHaveBeenCalledWith('apivideo-exchange-key-1', context);
    for (const h of headers) {
      expect(h.get('authorization')).toBe('Bearer access-apivideo-exchange-key-1-1');
    }
  });

  it('reuses the token while it is fresh and refreshes it before it expires (inside the margin)', async () => {
    const clock = createFakeClock();
    const { options, counts } = exchangeCounter(clock, 120_000);
    const strategy = tokenExchange({ ...options, refreshMarginMs: 60_000 })('apivideo-exchange-key-2');
    await strategy.apply(new Headers(), context);
    clock.advance(59_000);
    const fresh = new Headers();
    await strategy.apply(fresh, context);
    expect(counts()).toEqual({ exchanges: 1, refreshes: 0 });
    clock.advance(2_000); // 61 s in: 59 s left, inside the 60 s margin, not yet expired
    const renewed = new Headers();
    await strategy.apply(renewed, context);
    expect(counts()).toEqual({ exchanges: 1, refreshes: 1 });
    expect(renewed.get('authorization')).toBe('Bearer refreshed-access-1');
  });

  it('falls back to a fresh exchange when the refresh call fails', async () => {
    const clock = createFakeClock();
    const { options, counts } = exchangeCounter(clock);
    options.refresh.mockRejectedValueOnce(new Error('refresh token expired'));
    const strategy = tokenExchange(options)('apivideo-exchange-key-3');
    await strategy.apply(new Headers(), context);
    await strategy.refresh?.(context);
    const headers = new Headers();
    await strategy.apply(headers, context);
    expect(counts().exchanges).toBe(2);
    expect(headers.get('authorization')).toBe('Bearer access-apivideo-exchange-key-3-2');
  });

  it('registers the minted tokens so redact() masks them', async () => {
    const clock = createFakeClock();
    const { options } = exchangeCounter(clock);
    const strategy = tokenExchange(options)('apivideo-exchange-key-4');
    await strategy.apply(new Headers(), context);
    expect(redact('token access-apivideo-exchange-key-4-1 leaked')).not.toContain('access-apivideo-exchange-key-4-1');
    expect(redact('refresh-token-1 leaked')).not.toContain('refresh-token-1');
  });

  describe('through the transport', () => {
    it('refreshes once after a 401 and retries with the new token, even with maxRetries 0', async () => {
      const clock = createFakeClock();
      const { options, counts } = exchangeCounter(clock);
      const { fetch, calls } = createFakeFetch(
        sequence(
          () => status(401),
          () => json({ ok: true }),
        ),
      );
      const transport = createTransport({
        provider: 'apivideo',
        auth: tokenExchange(options)('apivideo-exchange-key-5'),
        fetch,
        now: clock.now,
        sleep: clock.sleep,
        maxRetries: 0,
      });
      const response = await transport('https://ws.api.video/videos');
      expect(await response.json()).toEqual({ ok: true });
      expect(calls).toHaveLength(2);
      expect(calls[0]?.headers.get('authorization')).toBe('Bearer access-apivideo-exchange-key-5-1');
      expect(calls[1]?.headers.get('authorization')).toBe('Bearer refreshed-access-1');
      expect(counts()).toEqual({ exchanges: 1, refreshes: 1 });
      expect(clock.sleeps).toEqual([]);
    });

    it('does not loop on a repeated 401: one refresh, then AuthenticationError', async () => {
      const clock = createFakeClock();
      const { options, counts } = exchangeCounter(clock);
      const { fetch, calls } = createFakeFetch(() => json({ title: 'Unauthorized' }, 401));
      const transport = createTransport({
        provider: 'apivideo',
        auth: tokenExchange(options)('apivideo-exchange-key-6'),
        fetch,
        now: clock.now,
        sleep: clock.sleep,
      });
      const error = await transport('https://ws.api.video/videos').catch((caught: unknown) => caught);
      expect(AuthenticationError.isInstance(error)).toBe(true);
      expect(calls).toHaveLength(2);
      expect(counts()).toEqual({ exchanges: 1, refreshes: 1 });
    });

    it('shares one exchange between concurrent calls of one transport', async () => {
      const clock = createFakeClock();
      const { options, counts } = exchangeCounter(clock);
      const { fetch, calls } = createFakeFetch(() => json({}));
      const transport = createTransport({
        provider: 'apivideo',
        auth: tokenExchange(options)('apivideo-exchange-key-7'),
        fetch,
        now: clock.now,
        sleep: clock.sleep,
      });
      await Promise.all([transport('https://ws.api.video/a'), transport('https://ws.api.video/b'), transport('https://ws.api.video/c')]);
      expect(counts().exchanges).toBe(1);
      expect(new Set(calls.map((call) => call.headers.get('authorization')))).toEqual(new Set(['Bearer access-apivideo-exchange-key-7-1']));
    });
  });
});
