import { APIConnectionError, APITimeoutError, AuthenticationError, RequestAbortedError } from '@conduit/core';
import { scriptixTestKey } from '@conduit/testing/scriptix';
import { http as mswHttp, passthrough } from 'msw';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import WS from 'ws';
import {
  createScriptixClient,
  RealtimeSessionError,
  type ScriptixClientOptions,
  type ScriptixRealtimeSession,
  type ScriptixRealtimeStateMessage,
  type ScriptixRealtimeTranscript,
  type ScriptixWebSocketConstructor,
} from '../src/index.js';
import { useScriptixMock } from './helpers/mock-api.js';
import { type RealtimeServer, startRealtimeServer } from './helpers/realtime-server.js';

// Captured before msw starts: msw wraps the global WebSocket, and these tests talk to a real local server.
const globalWebSocket = (globalThis as { WebSocket?: ScriptixWebSocketConstructor }).WebSocket;
const { mock, server: http } = useScriptixMock();

let server: RealtimeServer;
beforeAll(async () => {
  server = await startRealtimeServer();
});
// msw sees the `ws` client's handshake (an HTTP GET with Upgrade): let it through to the real server.
beforeEach(() => {
  http.use(mswHttp.get(`${new URL(server.endpoint.replace(/^ws:/, 'http:')).origin}/*`, () => passthrough()));
});
afterAll(() => server.close());
beforeEach(() => {
  server.mode = 'normal';
  server.connections.length = 0;
});

/** A sleep that only ends when aborted: the connect timeout never fires unless a test wants it to. */
const neverElapses = (_ms: number, signal?: AbortSignal) =>
  new Promise<void>((_resolve, reject) => signal?.addEventListener('abort', () => reject(signal.reason), { once: true }));

const pcm = (samples: number) => new Uint8Array(samples * 2).fill(1);

async function collect(session: ScriptixRealtimeSession): Promise<ScriptixRealtimeTranscript[]> {
  const transcripts: ScriptixRealtimeTranscript[] = [];
  for await (const transcript of session) {
    transcripts.push(transcript);
  }
  return transcripts;
}

// Node 20 has no global WebSocket: there users pass the `ws` package's client, as every run tests.
// Where a global WebSocket exists (Node 22+, undici's) the same suite runs on it too.
const implementations: Array<[string, ScriptixWebSocketConstructor]> = [
  ['the ws client (passed as WebSocket)', WS],
  ...(globalWebSocket ? ([['the global WebSocket', globalWebSocket]] as Array<[string, ScriptixWebSocketConstructor]>) : []),
];

it('tests the global WebSocket wherever the runtime has one (Node 22+)', () => {
  const major = Number(process.versions.node.split('.')[0]);
  expect(implementations.map(([label]) => label)).toEqual(
    major >= 22 ? ['the ws client (passed as WebSocket)', 'the global WebSocket'] : ['the ws client (passed as WebSocket)'],
  );
});

describe.each(implementations)('realtime.connect with %s', (_label, WebSocket) => {
  const client = (options: Partial<ScriptixClientOptions> = {}) =>
    createScriptixClient({ apiKey: scriptixTestKey, WebSocket, sleep: neverElapses, ...options });

  it('streams audio and yields partials and finals; stop() flushes the last final and ends the iterator', async () => {
    const states: ScriptixRealtimeStateMessage[] = [];
    const session = await client().realtime.connect({ language: 'en', endpoint: server.endpoint, onState: (state) => states.push(state) });
    expect(session.state).toBe('listening');
    expect(session.sessionId).toBe('rt-1');
    const transcripts = collect(session);
    for (let chunk = 0; chunk < 4; chunk++) {
      session.send(pcm(1600));
    }
    await session.stop();
    const received = await transcripts;
    expect(received.map((transcript) => `${transcript.type}:${transcript.text}`)).toEqual([
      'partial:seg',
      'partial:segment 1',
      'partial:segment 2',
      'final:segment 2',
      'partial:segment 3',
      'partial:segment 4',
      'final:segment 4',
      'final:closing words',
    ]);
    expect(received[3]).toEqual({
      type: 'final',
      text: 'segment 2',
      offsetMs: 100,
      speaker: 'S1',
      words: [
        { word: 'segment', startMs: 100, endMs: 160, confidence: 0.97 },
        { word: '2', startMs: 160, endMs: 200, confidence: 0.91 },
      ],
    });
    expect(received[1]).toEqual({ type: 'partial', text: 'segment 1', offsetMs: 0, stability: 0.5 });
    expect(states.map((state) => state.state)).toEqual(['loading', 'listening', 'stopped']);
    expect(session.state).toBe('closed');
    const [connection] = server.connections;
    expect(connection?.url.searchParams.get('language')).toBe('en');
    expect(connection?.url.searchParams.get('token')).toBeNull();
    expect(connection?.headers['x-zoom-s2t-key']).toBe(scriptixTestKey);
    expect(connection?.texts).toEqual([{ action: 'start', partial: true, actual_numbers: false }, { action: 'stop' }]);
    expect(connection?.audioBytes).toBe(4 * 3200);
  });

  it('can carry the token in the query or in the start message instead of a header', async () => {
    const inQuery = await client().realtime.connect({ language: 'nl', endpoint: server.endpoint, tokenIn: 'query', type: 'quality' });
    await inQuery.close();
    const inMessage = await client().realtime.connect({
      language: 'nl',
      endpoint: server.endpoint,
      tokenIn: 'message',
      partial: false,
      actualNumbers: true,
    });
    await inMessage.close();
    const [query, message] = server.connections;
    expect(query?.url.searchParams.get('token')).toBe(scriptixTestKey);
    expect(query?.url.searchParams.get('type')).toBe('quality');
    expect(query?.headers['x-zoom-s2t-key']).toBeUndefined();
    expect(message?.texts[0]).toEqual({ action: 'start', partial: false, actual_numbers: true, key: scriptixTestKey });
    expect(message?.headers['x-zoom-s2t-key']).toBeUndefined();
  });

  it('mints a realtime token with createToken, takes the endpoint from initializeRealtime, and revokes the token on close', async () => {
    mock.state.realtimeEndpoint = server.endpoint;
    const session = await client().realtime.connect({ language: 'en', token: 'create', endpoint: 'initialize' });
    const [token] = [...mock.state.tokens.values()];
    expect(token?.type).toBe('realtime');
    expect(server.connections[0]?.headers['x-zoom-s2t-key']).toBe(token?.key);
    await session.close();
    await vi.waitFor(() => expect(mock.state.revokedKeys.has(token?.key ?? '')).toBe(true));
  });

  it('refuses a revoked token with AuthenticationError', async () => {
    const error = await client()
      .realtime.connect({ language: 'en', endpoint: server.endpoint, token: 'token_revoked_realtime' })
      .catch((caught: unknown) => caught);
    expect(AuthenticationError.isInstance(error)).toBe(true);
    expect((error as Error).message).toContain('revoked');
  });

  it('reports an abnormal close (1006) mid-stream as APIConnectionError from the iterator', async () => {
    server.mode = 'drop-on-audio';
    const session = await client().realtime.connect({ language: 'en', endpoint: server.endpoint });
    const transcripts = collect(session);
    session.send(pcm(160));
    const error = await transcripts.catch((caught: unknown) => caught);
    expect(APIConnectionError.isInstance(error)).toBe(true);
    expect((error as Error).message).toContain('1006');
  });

  it('reports a refused handshake as APIConnectionError', async () => {
    const error = await client()
      .realtime.connect({ language: 'en', endpoint: server.endpoint.replace('/v2/realtime', '/v2/unknown') })
      .catch((caught: unknown) => caught);
    expect(APIConnectionError.isInstance(error)).toBe(true);
  });

  it("turns the server's {error} message into RealtimeSessionError", async () => {
    server.mode = 'server-error';
    const error = await client()
      .realtime.connect({ language: 'en', endpoint: server.endpoint })
      .catch((caught: unknown) => caught);
    expect(RealtimeSessionError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ reason: 'Audio format not supported' });
  });

  it('passes shutting_down to onState with `at` in epoch milliseconds', async () => {
    server.mode = 'shutdown-notice';
    const states: ScriptixRealtimeStateMessage[] = [];
    const session = await client().realtime.connect({ language: 'en', endpoint: server.endpoint, onState: (state) => states.push(state) });
    await vi.waitFor(() => expect(states.map((state) => state.state)).toContain('shutting_down'));
    expect(states.find((state) => state.state === 'shutting_down')?.at).toBe(1_700_003_600_000);
    await session.close();
  });

  it('times out with APITimeoutError when the server never listens (on the injected sleep)', async () => {
    server.mode = 'never-listen';
    // The timeout "elapses" once the server got the start message and stayed silent.
    const startSent = () => vi.waitFor(() => expect(server.connections[0]?.texts).toHaveLength(1));
    const error = await client({ sleep: startSent })
      .realtime.connect({ language: 'en', endpoint: server.endpoint, connectTimeout: 15_000 })
      .catch((caught: unknown) => caught);
    expect(APITimeoutError.isInstance(error)).toBe(true);
    expect((error as Error).message).toContain('15000 ms');
    await vi.waitFor(() => expect(server.connections[0]?.clientCloseCode).toBe(1000));
  });

  it('refuses odd-sized PCM and audio after stop, and closes on abort', async () => {
    const controller = new AbortController();
    const session = await client().realtime.connect({ language: 'en', endpoint: server.endpoint, signal: controller.signal });
    expect(() => session.send(new Uint8Array(3))).toThrow(/2 bytes per sample/);
    const transcripts = collect(session);
    controller.abort();
    const error = await transcripts.catch((caught: unknown) => caught);
    expect(RequestAbortedError.isInstance(error)).toBe(true);
    await session.close();
    expect(() => session.send(pcm(10))).toThrow(RealtimeSessionError);
  });
});
