import { describe, expect, it } from 'vitest';
import { bearer } from '../../src/auth/bearer.js';
import { APIConnectionError } from '../../src/errors/api-connection-error.js';
import { APIError } from '../../src/errors/api-error.js';
import type { ConduitError } from '../../src/errors/conduit-error.js';
import { InternalServerError } from '../../src/errors/internal-server-error.js';
import { createTransport } from '../../src/transport/create-transport.js';
import type { RetryContext, TransportOptions } from '../../src/transport/transport-options.js';
import { createFakeClock } from '../helpers/fake-clock.js';
import { createFakeFetch, json, type Responder, status } from '../helpers/fake-fetch.js';

const auth = bearer()('gen_retriestest000000000001');
const url = 'https://api.example.com/v1/models';

function setup(respond: Responder, extra: Partial<TransportOptions> = {}) {
  const clock = createFakeClock();
  const { fetch, calls } = createFakeFetch(respond);
  const transport = createTransport({
    provider: 'genai',
    auth,
    fetch,
    now: clock.now,
    sleep: clock.sleep,
    backoff: { random: () => 0.5 },
    ...extra,
  });
  return { transport, calls, clock };
}

async function failure(promise: Promise<unknown>): Promise<ConduitError> {
  try {
    await promise;
  } catch (error) {
    return error as ConduitError;
  }
  throw new Error('expected the call to fail');
}

const networkFailure = () => {
  throw new TypeError('fetch failed', { cause: Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }) });
};

describe('retry decisions', () => {
  it.each([408, 429, 500, 502, 503, 504])('retries a GET answered %i, then succeeds', async (code) => {
    const { transport, calls } = setup((_request, call) => (call === 1 ? status(code) : json({ data: [] })));
    const response = await transport(url);
    expect(response.status).toBe(200);
    expect(calls).toHaveLength(2);
  });

  it.each([400, 401, 403, 404, 422, 501])('does not retry a GET answered %i', async (code) => {
    const { transport, calls, clock } = setup(() => status(code));
    const error = await failure(transport(url));
    expect(APIError.isInstance(error) && error.status).toBe(code);
    expect(error.attempts).toBe(1);
    expect(calls).toHaveLength(1);
    expect(clock.sleeps).toEqual([]);
  });

  it('retries a connection error and keeps the cause', async () => {
    const { transport, calls } = setup((_request, call) => (call === 1 ? networkFailure() : json({ ok: 1 })));
    expect(await (await transport(url)).json()).toEqual({ ok: 1 });
    expect(calls).toHaveLength(2);

    const always = setup(networkFailure);
    const error = await failure(always.transport(url));
    expect(APIConnectionError.isInstance(error)).toBe(true);
    expect(error.message).toContain('ECONNRESET');
    expect((error.cause as Error).message).toBe('fetch failed');
    expect(error.attempts).toBe(3);
  });

  it('makes 3 attempts by default (2 retries) and reports them on the error', async () => {
    const { transport, calls } = setup(() => status(500));
    const error = await failure(transport(url));
    expect(InternalServerError.isInstance(error)).toBe(true);
    expect(error.attempts).toBe(3);
    expect(calls).toHaveLength(3);
    expect(transport.stats).toMatchObject({ calls: 1, attempts: 3, retries: 2, failures: 1 });
  });

  it('makes exactly one attempt with maxRetries: 0 (transport or per call)', async () => {
    const zero = setup(() => status(503), { maxRetries: 0 });
    expect((await failure(zero.transport(url))).attempts).toBe(1);
    expect(zero.calls).toHaveLength(1);

    const perCall = setup(() => status(503));
    await failure(perCall.transport.with({ maxRetries: 0 })(url));
    expect(perCall.calls).toHaveLength(1);

    const more = setup(() => status(503), { maxRetries: 0 });
    await failure(more.transport.with({ maxRetries: 4 })(url));
    expect(more.calls).toHaveLength(5);
  });

  it('sleeps the exponential full-jitter backoff between attempts', async () => {
    const { transport, clock } = setup(() => status(500), { maxRetries: 3, backoff: { random: () => 0.5, baseDelayMs: 100 } });
    await failure(transport(url));
    expect(clock.sleeps).toEqual([50, 100, 200]);
  });

  it('stops when onRetry returns false, and hands it a read-only context', async () => {
    const seen: RetryContext[] = [];
    const { transport, calls } = setup(() => status(502), {
      onRetry: (context) => {
        seen.push(context);
        return false;
      },
    });
    const error = await failure(transport(`${url}?token=secret-token-value`));
    expect(calls).toHaveLength(1);
    expect(error.attempts).toBe(1);
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ attempt: 1, delayMs: 250, method: 'GET' });
    expect(seen[0]?.url).toBe(`${url}?token=[REDACTED]`);
    expect(InternalServerError.isInstance(seen[0]?.error)).toBe(true);
  });

  it('keeps retrying when onRetry returns nothing', async () => {
    let hooks = 0;
    const { calls, transport } = setup(() => status(502), {
      onRetry: () => {
        hooks++;
      },
    });
    await failure(transport(url));
    expect(hooks).toBe(2);
    expect(calls).toHaveLength(3);
  });
});
