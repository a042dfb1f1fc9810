import type { IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';

/** How the fake Scriptix realtime server behaves for the next connections. */
export type RealtimeServerMode =
  /** Documented protocol: loading, listening on start, partials and finals per audio frame, stopped on stop. */
  | 'normal'
  /** Announces `shutting_down` right after `listening`. */
  | 'shutdown-notice'
  /** Drops the TCP connection (no close frame) on the first audio frame: the client sees 1006. */
  | 'drop-on-audio'
  /** Answers `start` with `{"error": ...}` about the audio format, then closes. */
  | 'server-error'
  /** Never answers `start` (for the connect timeout). */
  | 'never-listen';

/** What one connection sent. */
export interface RealtimeConnection {
  url: URL;
  headers: IncomingMessage['headers'];
  texts: Array<Record<string, unknown>>;
  audioBytes: number;
  audioFrames: number;
  clientCloseCode: number | undefined;
}

/** A running fake realtime server on 127.0.0.1. */
export interface RealtimeServer {
  /** `ws://127.0.0.1:<port>/v2/realtime` */
  endpoint: string;
  connections: RealtimeConnection[];
  mode: RealtimeServerMode;
  close(): Promise<void>;
}

const send = (socket: WebSocket, message: unknown) => socket.send(JSON.stringify(message));
const tokenIsValid = (token: string | undefined) => token !== undefined && token.length > 0 && !token.includes('revoked');
const requestUrl = (request: IncomingMessage) => new URL(request.url ?? '/', 'ws://127.0.0.1');

/** Answers one audio frame: a first partial, a partial per frame, a final every second frame. */
function answerAudio(socket: WebSocket, frame: number) {
  const offset = (frame - 1) * 100;
  if (frame === 1) {
    send(socket, { partial: 'seg' });
  }
  send(socket, { text: `segment ${frame}`, is_final: false, offset_ms: offset, stability: 0.5 });
  if (frame % 2 === 0) {
    const words = [
      ['segment', offset, offset + 60, 0.97],
      [String(frame), offset + 60, offset + 100, 0.91],
    ];
    send(socket, { text: `segment ${frame}`, is_final: true, offset_ms: offset, words, speaker: 'S1' });
  }
}

/** Plays one connection: the documented Scriptix realtime protocol, bent by `mode`. */
function play(socket: WebSocket, request: IncomingMessage, state: RealtimeServer) {
  const url = requestUrl(request);
  const headerToken = request.headers['x-zoom-s2t-key'];
  const token = (Array.isArray(headerToken) ? headerToken[0] : headerToken) ?? url.searchParams.get('token') ?? undefined;
  const connection: RealtimeConnection = {
    url,
    headers: request.headers,
    texts: [],
    audioBytes: 0,
    audioFrames: 0,
    clientCloseCode: undefined,
  };
  state.connections.push(connection);
  const mode = state.mode;
  socket.on('close', (code) => {
    connection.clientCloseCode = code;
  });
  send(socket, { state: 'loading' });
  socket.on('message', (data: Buffer, isBinary: boolean) => {
    if (isBinary) {
      if (mode === 'drop-on-audio') {
        socket.terminate();
        return;
      }
      connection.audioFrames++;
      connection.audioBytes += data.length;
      answerAudio(socket, connection.audioFrames);
      return;
    }
    const message = JSON.parse(data.toString('utf8')) as Record<string, unknown>;
    connection.texts.push(message);
    if (message.action === 'start') {
      const startToken = typeof message.key === 'string' ? message.key : token;
      if (!tokenIsValid(startToken)) {
        send(socket, { error: startToken ? 'Unauthorized: this token has been revoked' : 'Unauthorized: no realtime token' });
        socket.close(1008, 'unauthorized');
      } else if (mode === 'server-error') {
        send(socket, { error: 'Audio format not supported' });
        socket.close(1011, 'error');
      } else if (mode !== 'never-listen') {
        send(socket, { state: 'listening', session_id: `rt-${state.connections.length}` });
        if (mode === 'shutdown-notice') {
          send(socket, { state: 'shutting_down', at: 1_700_003_600 });
        }
      }
    } else if (message.action === 'stop') {
      const words = [['closing', 0, 300, 0.9]];
      send(socket, { text: 'closing words', is_final: true, offset_ms: connection.audioFrames * 100, words, speaker: 'S1' });
      send(socket, { state: 'stopped' });
    }
  });
}

/**
 * A `ws` WebSocketServer on 127.0.0.1 (a free port) that plays the documented Scriptix realtime
 * protocol, so every client (the `ws` client, Node's and the browser's global WebSocket) runs
 * against a real socket. A handshake to another path or without `language` is refused with 400.
 */
export async function startRealtimeServer(): Promise<RealtimeServer> {
  const state: RealtimeServer = { endpoint: '', connections: [], mode: 'normal', close: async () => {} };
  const server = new WebSocketServer({
    host: '127.0.0.1',
    port: 0,
    verifyClient: ({ req }: { req: IncomingMessage }, accept: (result: boolean, code?: number) => void) => {
      const url = requestUrl(req);
      accept(url.pathname === '/v2/realtime' && Boolean(url.searchParams.get('language')), 400);
    },
  });
  server.on('connection', (socket, request) => play(socket, request, state));
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  state.endpoint = `ws://127.0.0.1:${(server.address() as AddressInfo).port}/v2/realtime`;
  state.close = () =>
    new Promise<void>((resolve, reject) => {
      for (const client of server.clients) {
        client.terminate();
      }
      server.close((error) => (error ? reject(error) : resolve()));
    });
  return state;
}
