import { getEventListeners } from 'node:events';
import { describe, expect, it } from 'vitest';
import { none } from '../../src/auth/none.js';
import { RequestAbortedError } from '../../src/errors/request-aborted-error.js';
import { createTransport } from '../../src/transport/create-transport.js';
import { createFakeFetch } from '../helpers/fake-fetch.js';

const ok = () => new Response('{"ok":true}', { headers: { 'content-type': 'application/json' } });

describe('abort signals shared by many calls', () => {
  it('never gain a listener per call (client-level and with() signals)', async () => {
    const clientLevel = new AbortController();
    const perCallShared = new AbortController();
    const { fetch } = createFakeFetch(ok);
    const transport = createTransport({ provider: 'test', auth: none(), fetch, signal: clientLevel.signal });
    const calls = Array.from({ length: 50 }, () => transport.with({ signal: perCallShared.signal })('https://a.test/x'));
    expect(getEventListeners(clientLevel.signal, 'abort')).toHaveLength(0);
    expect(getEventListeners(perCallShared.signal, 'abort')).toHaveLength(0);
    await Promise.all(calls);
    expect(getEventListeners(clientLevel.signal, 'abort')).toHaveLength(0);
    expect(getEventListeners(perCallShared.signal, 'abort')).toHaveLength(0);
  });

  it('still abort every call in flight', async () => {
    const shared = new AbortController();
    const hanging = (async (input: Request | string | URL, init?: RequestInit) => {
      const signal = init?.signal ?? (input instanceof Request ? input.signal : undefined);
      return new Promise<Response>((_resolve, reject) => {
        signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
      });
    }) as typeof globalThis.fetch;
    const transport = createTransport({ provider: 'test', auth: none(), fetch: hanging, maxRetries: 0 });
    const calls = Array.from({ length: 20 }, () =>
      transport
        .with({ signal: shared.signal })('https://a.test/x')
        .catch((error) => error),
    );
    shared.abort(new Error('user left'));
    const errors = await Promise.all(calls);
    expect(errors.every((error) => RequestAbortedError.isInstance(error))).toBe(true);
  });

  it('leaves no listener on the request’s own signal once the call is over', async () => {
    const { fetch } = createFakeFetch(ok);
    const transport = createTransport({ provider: 'test', auth: none(), fetch });
    const request = new Request('https://a.test/x');
    await transport(request);
    expect(getEventListeners(request.signal, 'abort')).toHaveLength(0);
  });
});
