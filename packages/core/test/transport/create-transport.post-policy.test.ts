import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer } from '../../src/auth/bearer.js';
import { APIConnectionError } from '../../src/errors/api-connection-error.js';
import { InternalServerError } from '../../src/errors/internal-server-error.js';
import { createTransport } from '../../src/transport/create-transport.js';
import type { TransportOptions } from '../../src/transport/transport-options.js';
import { createFakeClock } from '../helpers/fake-clock.js';
import { createFakeFetch, json, type Responder, status } from '../helpers/fake-fetch.js';
import { closedPort, startServer, type TestServer } from '../helpers/node-server.js';

const auth = bearer()('sx_postpolicytest00000000001');
const jobBody = JSON.stringify({ language: 'en', media_url: 'https://example.test/a.mp4' });

let server: TestServer;
let refusedPort: number;

beforeAll(async () => {
  server = await startServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    if (path.startsWith('/reset-before-answer')) {
      request.socket.destroy();
    } else if (path.startsWith('/reset-mid-body')) {
      const seen = server.received.filter((entry) => entry.url === request.url).length;
      if (path.endsWith('/once') && seen > 1) {
        response.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
        return;
      }
      response.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' });
      response.write('{"job_id": "sess_1", "sta');
      setTimeout(() => request.socket.destroy(), 5);
    } else if (path.startsWith('/error-500')) {
      response.writeHead(500, { 'content-type': 'application/json' }).end('{"message":"boom"}');
    } else {
      response.writeHead(404).end();
    }
  });
  refusedPort = await closedPort();
});

afterAll(async () => {
  await server.close();
});

function countFor(path: string): number {
  return server.received.filter((entry) => entry.url === path).length;
}

function realTransport(extra: Partial<TransportOptions> = {}) {
  const clock = createFakeClock();
  const transport = createTransport({ provider: 'scriptix', auth, sleep: clock.sleep, backoff: { random: () => 0.5 }, ...extra });
  return { transport, clock };
}

const post = { method: 'POST', headers: { 'content-type': 'application/json' }, body: jobBody };

describe('POST and PATCH are not sent twice unless safe (real server)', () => {
  it('a POST answered 500 is sent once', async () => {
    const { transport } = realTransport();
    const error = await transport(`${server.origin}/error-500/a`, post).catch((caught: unknown) => caught);
    expect(InternalServerError.isInstance(error)).toBe(true);
    expect((error as InternalServerError).attempts).toBe(1);
    expect(countFor('/error-500/a')).toBe(1);
  });

  it('a POST whose connection is reset before an answer is sent once', async () => {
    const { transport } = realTransport();
    const error = await transport(`${server.origin}/reset-before-answer/a`, post).catch((caught: unknown) => caught);
    expect(APIConnectionError.isInstance(error)).toBe(true);
    expect(countFor('/reset-before-answer/a')).toBe(1);
  });

  it('a POST whose answer is cut off mid-body is sent once and fails with APIConnectionError', async () => {
    const { transport } = realTransport();
    const error = await transport(`${server.origin}/reset-mid-body/a`, post).catch((caught: unknown) => caught);
    expect(APIConnectionError.isInstance(error)).toBe(true);
    expect((error as APIConnectionError).cause).toBeDefined();
    expect(countFor('/reset-mid-body/a')).toBe(1);
  });

  it('a PATCH answered 500 is sent once too', async () => {
    const { transport } = realTransport();
    await transport(`${server.origin}/error-500/patch`, { ...post, method: 'PATCH' }).catch(() => undefined);
    expect(countFor('/error-500/patch')).toBe(1);
  });

  it('an idempotent POST is retried after a 500 and after a reset, with the same body each time', async () => {
    const { transport } = realTransport();
    await transport
      .with({ idempotent: true })(`${server.origin}/error-500/b`, post)
      .catch(() => undefined);
    expect(countFor('/error-500/b')).toBe(3);
    await transport
      .with({ idempotent: true })(`${server.origin}/reset-before-answer/b`, post)
      .catch(() => undefined);
    const resets = server.received.filter((entry) => entry.url === '/reset-before-answer/b');
    expect(resets).toHaveLength(3);
    expect(resets.map((entry) => entry.body.toString('utf8'))).toEqual([jobBody, jobBody, jobBody]);
  });

  it('a GET cut off mid-body is retried and then succeeds', async () => {
    const { transport } = realTransport();
    const response = await transport(`${server.origin}/reset-mid-body/once`);
    expect(await response.json()).toEqual({ ok: true });
    expect(countFor('/reset-mid-body/once')).toBe(2);
  });

  it('a POST to a closed port (connection refused, provably never sent) is retried', async () => {
    const { transport, clock } = realTransport();
    const error = await transport(`http://127.0.0.1:${refusedPort}/jobs`, post).catch((caught: unknown) => caught);
    expect(APIConnectionError.isInstance(error)).toBe(true);
    expect((error as APIConnectionError).message).toContain('ECONNREFUSED');
    expect((error as APIConnectionError).attempts).toBe(3);
    expect(clock.sleeps).toHaveLength(2);
  });
});

describe('POST retries when the answer proves it was not processed (injected fetch)', () => {
  function setup(respond: Responder, extra: Partial<TransportOptions> = {}) {
    const clock = createFakeClock();
    const { fetch, calls } = createFakeFetch(respond);
    const transport = createTransport({ provider: 'scriptix', auth, fetch, now: clock.now, sleep: clock.sleep, ...extra });
    return { transport, calls, clock };
  }

  it('retries a POST after a 429', async () => {
    const { transport, calls } = setup((_request, call) => (call === 1 ? status(429, { 'retry-after': '1' }) : json({ id: 's1' }, 201)));
    expect((await transport('https://api.scriptix.io/api/v3/sessions', post)).status).toBe(201);
    expect(calls.map((call) => call.body)).toEqual([jobBody, jobBody]);
  });

  it('retries a POST after a 503 that carries Retry-After', async () => {
    const { transport, calls, clock } = setup((_request, call) =>
      call === 1 ? status(503, { 'retry-after': '2' }) : json({ id: 's1' }, 201),
    );
    await transport('https://api.scriptix.io/api/v3/sessions', post);
    expect(calls).toHaveLength(2);
    expect(clock.sleeps).toEqual([2000]);
  });

  it('does not retry a POST after a 503 without a hint, nor after a 502', async () => {
    const bare = setup(() => status(503));
    await bare.transport('https://api.scriptix.io/api/v3/sessions', post).catch(() => undefined);
    expect(bare.calls).toHaveLength(1);
    const gateway = setup(() => status(502));
    await gateway.transport('https://api.scriptix.io/api/v3/sessions', post).catch(() => undefined);
    expect(gateway.calls).toHaveLength(1);
  });

  it('retries PUT and DELETE (idempotent methods) after a 500', async () => {
    const put = setup(() => status(500));
    await put.transport('https://api.scriptix.io/api/v3/x', { method: 'PUT', body: 'x' }).catch(() => undefined);
    expect(put.calls).toHaveLength(3);
    const remove = setup(() => status(500));
    await remove.transport('https://api.scriptix.io/api/v3/x', { method: 'DELETE' }).catch(() => undefined);
    expect(remove.calls).toHaveLength(3);
  });

  it('with idempotencyKeyHeader: one key on every attempt of a call, a new key on the next call', async () => {
    const { transport, calls } = setup((_request, call) => (call === 1 || call === 3 ? status(500) : json({}, 201)), {
      idempotencyKeyHeader: 'Idempotency-Key',
    });
    await transport('https://api.scriptix.io/api/v3/sessions', post);
    await transport('https://api.scriptix.io/api/v3/sessions', post);
    const keys = calls.map((call) => call.headers.get('idempotency-key'));
    expect(calls).toHaveLength(4);
    expect(keys.every((key) => typeof key === 'string' && key.length >= 16)).toBe(true);
    expect(keys[0]).toBe(keys[1]);
    expect(keys[2]).toBe(keys[3]);
    expect(keys[0]).not.toBe(keys[2]);
  });

  it('keeps an idempotency key the caller set, and sends none on a GET', async () => {
    const { transport, calls } = setup((_request, call) => (call === 1 ? status(500) : json({})), {
      idempotencyKeyHeader: 'Idempotency-Key',
    });
    await transport('https://api.scriptix.io/api/v3/sessions', { ...post, headers: { 'idempotency-key': 'caller-key-1' } });
    await transport('https://api.scriptix.io/api/v3/sessions');
    expect(calls.map((call) => call.headers.get('idempotency-key'))).toEqual(['caller-key-1', 'caller-key-1', null]);
  });
});
