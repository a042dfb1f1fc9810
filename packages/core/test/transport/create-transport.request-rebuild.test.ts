import { describe, expect, it } from 'vitest';
import { apiKeyHeader } from '../../src/auth/api-key-header.js';
import { createTransport } from '../../src/transport/create-transport.js';
import { createFakeClock } from '../helpers/fake-clock.js';
import { createFakeFetch, json, sequence, status } from '../helpers/fake-fetch.js';

const auth = apiKeyHeader('X-API-Key')('vsk_requestrebuildtest00000001');

describe('every attempt gets a freshly built Request', () => {
  it('an idempotent POST retried after a 500 sends the identical body and headers again', async () => {
    const clock = createFakeClock();
    const { fetch, calls } = createFakeFetch(
      sequence(
        () => status(500),
        () => json({ job_id: 'task_1' }),
      ),
    );
    const transport = createTransport({ provider: 'viddyscribe', auth, fetch, now: clock.now, sleep: clock.sleep });
    const body = JSON.stringify({ input: { type: 'url', url: 'https://example.test/v.mp4' }, generation_config: { language: 'en-US' } });
    const response = await transport.with({ idempotent: true })('https://api.viddyscribe.com/enterprise/api/generate_ad_text', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    expect(await response.json()).toEqual({ job_id: 'task_1' });
    expect(calls).toHaveLength(2);
    expect(calls.map((call) => call.body)).toEqual([body, body]);
    expect(calls.map((call) => call.method)).toEqual(['POST', 'POST']);
    expect(calls.map((call) => call.headers.get('content-type'))).toEqual(['application/json', 'application/json']);
    expect(calls.map((call) => call.headers.get('x-api-key'))).toEqual([
      'vsk_requestrebuildtest00000001',
      'vsk_requestrebuildtest00000001',
    ]);
    expect(calls[0]?.request).not.toBe(calls[1]?.request);
  });

  it('numbers the attempts in x-conduit-retry-count: 0, then 1, then 2', async () => {
    const clock = createFakeClock();
    const { fetch, calls } = createFakeFetch(
      sequence(
        () => status(503),
        () => status(503),
        () => json({}),
      ),
    );
    const transport = createTransport({ provider: 'viddyscribe', auth, fetch, now: clock.now, sleep: clock.sleep });
    await transport('https://api.viddyscribe.com/enterprise/api/get_results?job_id=task_1');
    expect(calls.map((call) => call.headers.get('x-conduit-retry-count'))).toEqual(['0', '1', '2']);
  });

  it('replays a body given as a Request object (openapi-fetch style)', async () => {
    const clock = createFakeClock();
    const { fetch, calls } = createFakeFetch(
      sequence(
        () => status(502),
        () => status(502),
        () => json({ ok: true }),
      ),
    );
    const transport = createTransport({ provider: 'viddyscribe', auth, fetch, now: clock.now, sleep: clock.sleep });
    const request = new Request('https://api.viddyscribe.com/enterprise/api/upload_media', {
      method: 'PUT',
      body: new Uint8Array([1, 2, 3, 250]),
    });
    await transport(request);
    expect(calls).toHaveLength(3);
    expect(new Set(calls.map((call) => call.body)).size).toBe(1);
    expect(calls[2]?.body).toBe(new TextDecoder().decode(new Uint8Array([1, 2, 3, 250])));
  });

  it('sets extra and user-agent headers, never overriding a header the request already has, and can omit the count', async () => {
    const clock = createFakeClock();
    const { fetch, calls } = createFakeFetch(() => json({}));
    const transport = createTransport({
      provider: 'viddyscribe',
      auth,
      fetch,
      now: clock.now,
      sleep: clock.sleep,
      headers: { 'x-extra': 'default', accept: 'application/json' },
      userAgent: 'conduit-test/1.0',
      attemptHeader: false,
    });
    await transport('https://api.viddyscribe.com/x', { headers: { 'x-extra': 'mine' } });
    expect(calls[0]?.headers.get('x-extra')).toBe('mine');
    expect(calls[0]?.headers.get('accept')).toBe('application/json');
    expect(calls[0]?.headers.get('user-agent')).toBe('conduit-test/1.0');
    expect(calls[0]?.headers.has('x-conduit-retry-count')).toBe(false);
  });
});
