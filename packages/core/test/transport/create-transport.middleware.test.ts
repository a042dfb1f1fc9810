import { describe, expect, it } from 'vitest';
import { apiKeyHeader } from '../../src/auth/api-key-header.js';
import { ConduitError } from '../../src/errors/conduit-error.js';
import { NotFoundError } from '../../src/errors/not-found-error.js';
import { createTransport } from '../../src/transport/create-transport.js';
import type { Middleware, TransportEvent } from '../../src/transport/middleware.js';
import type { TransportOptions } from '../../src/transport/transport-options.js';
import { createFakeClock } from '../helpers/fake-clock.js';
import { createFakeFetch, json, type Responder, status } from '../helpers/fake-fetch.js';

const url = 'https://api.example.com/v1/videos?token=sig-secret-value';
const key = 'hv_live_middlewaretest0000000001';

function setup(respond: Responder, extra: Partial<TransportOptions> = {}) {
  const clock = createFakeClock();
  const { fetch, calls } = createFakeFetch(respond);
  const transport = createTransport({
    provider: 'hesedvid',
    auth: apiKeyHeader('X-Api-Key')(key),
    fetch,
    now: clock.now,
    sleep: clock.sleep,
    backoff: { random: () => 0 },
    ...extra,
  });
  return { transport, calls, clock };
}

function recorder(name: string, trace: string[]): Middleware {
  return {
    name,
    onRequest: ({ attempt }) => void trace.push(`${name}.request#${attempt}`),
    onResponse: ({ response }) => void trace.push(`${name}.response ${response.status}`),
    onError: ({ error }) => void trace.push(`${name}.error ${error.name}`),
  };
}

describe('middleware hooks', () => {
  it('runs onRequest in registration order and onResponse in reverse, client-level before per-call', async () => {
    const trace: string[] = [];
    const { transport } = setup(() => json({}), { middleware: [recorder('a', trace)] });
    transport.use(recorder('b', trace));
    await transport.with({ middleware: [recorder('c', trace)] })(url);
    expect(trace).toEqual(['a.request#1', 'b.request#1', 'c.request#1', 'c.response 200', 'b.response 200', 'a.response 200']);
  });

  it('onRequest may replace the request: its headers and URL are what is sent', async () => {
    const { transport, calls } = setup(() => json({}), {
      middleware: [
        {
          onRequest: ({ request }) => {
            const headers = new Headers(request.headers);
            headers.set('x-trace', 'on');
            return new Request(`${request.url}&extra=1`, { method: request.method, headers });
          },
        },
      ],
    });
    await transport(url);
    expect(calls[0]?.headers.get('x-trace')).toBe('on');
    expect(calls[0]?.headers.get('x-api-key')).toBe(key);
    expect(calls[0]?.url).toContain('extra=1');
  });

  it('onResponse sees the raw answer (any status) and may replace it before it is classified', async () => {
    const { transport } = setup(() => status(404), {
      middleware: [{ onResponse: ({ response }) => (response.status === 404 ? json({ replaced: true }) : undefined) }],
    });
    const response = await transport(url);
    expect(await response.json()).toEqual({ replaced: true });
  });

  it('onError sees the typed error and may recover with a Response; without one the error stands', async () => {
    const seen: string[] = [];
    const recovering = setup(() => status(404), {
      middleware: [
        {
          onError: ({ error }) => {
            seen.push(error.name);
            return json({ fallback: true });
          },
        },
      ],
    });
    expect(await (await recovering.transport(url)).json()).toEqual({ fallback: true });
    expect(seen).toEqual(['NotFoundError']);
    const plain = setup(() => status(404), { middleware: [{ onError: () => undefined }] });
    const error = await plain.transport(url).catch((caught: unknown) => caught);
    expect(NotFoundError.isInstance(error)).toBe(true);
  });

  it('runs per attempt: a retried GET calls onRequest twice with attempt 1 then 2', async () => {
    const trace: string[] = [];
    const { transport } = setup((_request, call) => (call === 1 ? status(503) : json({})), { middleware: [recorder('m', trace)] });
    await transport(url);
    expect(trace).toEqual(['m.request#1', 'm.response 503', 'm.error InternalServerError', 'm.request#2', 'm.response 200']);
  });

  it('a hook that throws fails the call with a ConduitError naming it, not a connection error', async () => {
    const { transport } = setup(() => json({}), {
      middleware: [
        {
          name: 'broken',
          onRequest: () => {
            throw new TypeError('oops');
          },
        },
      ],
    });
    const error = await transport(url).catch((caught: unknown) => caught);
    expect(ConduitError.isInstance(error)).toBe(true);
    expect((error as Error).message).toContain('middleware "broken" failed in onRequest');
    expect((error as Error).name).toBe('ConduitError');
  });

  it("hands hooks the call info with a redacted URL, and the bucket's last rate-limit state", async () => {
    const contexts: Array<{ url: string; remaining: number | undefined }> = [];
    const { transport } = setup(() => json({}, 200, { 'x-ratelimit-remaining': '41' }), {
      operationId: () => 'listVideos',
      middleware: [{ onRequest: ({ call, rateLimit }) => void contexts.push({ url: call.url, remaining: rateLimit?.remaining }) }],
    });
    await transport(url);
    await transport(url);
    expect(contexts[0]?.url).not.toContain('sig-secret-value');
    expect(contexts.map((context) => context.remaining)).toEqual([undefined, 41]);
  });
});

describe('events', () => {
  it('emits call:start, retry (with its reason) and call:end with attempts, status and duration', async () => {
    const events: TransportEvent[] = [];
    const { transport } = setup((_request, call) => (call === 1 ? status(429, { 'retry-after': '2' }) : json({})), {
      operationId: () => 'listVideos',
      middleware: [{ onEvent: (event) => events.push(event) }],
    });
    await transport.with({ bucket: 'video' })(url);
    expect(events.map((event) => event.type)).toEqual(['call:start', 'retry', 'call:end']);
    expect(events[0]).toMatchObject({ call: { provider: 'hesedvid', operationId: 'listVideos', bucket: 'video', method: 'GET' } });
    expect(events[1]).toMatchObject({ attempt: 1, delayMs: 2000, reason: 'retry-after' });
    expect(events[2]).toMatchObject({ attempts: 2, status: 200, durationMs: 2000, error: undefined });
    const ids = new Set(events.map((event) => event.call.id));
    expect(ids.size).toBe(1);
  });

  it('call:end carries the error of a failed call', async () => {
    const events: TransportEvent[] = [];
    const { transport } = setup(() => status(404), { middleware: [{ onEvent: (event) => events.push(event) }] });
    await transport(url).catch(() => undefined);
    expect(events.at(-1)).toMatchObject({ type: 'call:end', status: 404, attempts: 1 });
    expect(NotFoundError.isInstance((events.at(-1) as { error?: unknown }).error)).toBe(true);
  });

  it('an observer that throws or rejects breaks nothing', async () => {
    const { transport } = setup(() => json({ ok: true }), {
      middleware: [
        {
          onEvent: () => {
            throw new Error('observer bug');
          },
        },
        { onEvent: (() => Promise.reject(new Error('async observer bug'))) as unknown as Middleware['onEvent'] },
      ],
    });
    expect(await (await transport(url)).json()).toEqual({ ok: true });
  });
});

describe('Retry-After governs over a later reset (GitHub rule)', () => {
  it('the retry goes out Retry-After later, not at the reset the same answer announced', async () => {
    const clock = createFakeClock();
    const sent: number[] = [];
    const { fetch } = createFakeFetch((_request, call) => {
      sent.push(clock.now());
      return call === 1
        ? status(429, { 'retry-after': '2', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(clock.now() / 1000 + 10) })
        : json({});
    });
    const transport = createTransport({
      provider: 'test',
      auth: apiKeyHeader('X-Api-Key')(key),
      fetch,
      now: clock.now,
      sleep: clock.sleep,
    });
    await transport(url);
    expect(sent[1]! - sent[0]!).toBe(2000);
    expect(clock.sleeps).toEqual([2000]);
  });
});
