import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { acceptKey, closeFrame, encodeFrame, FrameReader } from './websocket-frames.js';

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

const send = (socket: Duplex, message: unknown) => socket.write(encodeFrame(0x1, Buffer.from(JSON.stringify(message)), false));
const tokenIsValid = (token: string | undefined) => token !== undefined && token.length > 0 && !token.includes('revoked');

/**
 * A minimal RFC 6455 server (node:http upgrade + node:crypto, text and binary frames, no extensions)
 * that plays the documented Scriptix realtime protocol, so the client runs against a real socket.
 */
export async function startRealtimeServer(): Promise<RealtimeServer> {
  const sockets = new Set<Duplex>();
  const server = createServer((_request, response) => response.writeHead(426).end());
  const state: RealtimeServer = { endpoint: '', connections: [], mode: 'normal', close: async () => {} };

  server.on('upgrade', (request: IncomingMessage, socket: Duplex) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => {});
    const url = new URL(request.url ?? '/', 'ws://127.0.0.1');
    const key = request.headers['sec-websocket-key'];
    const headerToken = request.headers['x-zoom-s2t-key'];
    const token = (Array.isArray(headerToken) ? headerToken[0] : headerToken) ?? url.searchParams.get('token') ?? undefined;
    const refuse = (status: string) => socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
    if (typeof key !== 'string' || request.headers.upgrade?.toLowerCase() !== 'websocket') {
      refuse('400 Bad Request');
      return;
    }
    if (url.pathname !== '/v2/realtime' || !url.searchParams.get('language')) {
      refuse('400 Bad Request');
      return;
    }
    socket.write(
      `HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ${acceptKey(key)}\r\n\r\n`,
    );
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
    const closeWith = (code: number, reason: string) => {
      socket.write(closeFrame(code, reason, false));
      socket.end();
    };
    send(socket, { state: 'loading' });
    const reader = new FrameReader();
    socket.on('data', (chunk: Buffer) => {
      for (const frame of reader.push(chunk)) {
        if (frame.opcode === 0x8) {
          connection.clientCloseCode = frame.payload.length >= 2 ? frame.payload.readUInt16BE(0) : 1005;
          closeWith(connection.clientCloseCode === 1005 ? 1000 : connection.clientCloseCode, '');
          return;
        }
        if (frame.opcode === 0x9) {
          socket.write(encodeFrame(0xa, frame.payload, false));
        } else if (frame.opcode === 0x1) {
          const message = JSON.parse(frame.payload.toString('utf8')) as Record<string, unknown>;
          connection.texts.push(message);
          if (message.action === 'start') {
            const startToken = typeof message.key === 'string' ? message.key : token;
            if (!tokenIsValid(startToken)) {
              send(socket, { error: startToken ? 'Unauthorized: this token has been revoked' : 'Unauthorized: no realtime token' });
              closeWith(1008, 'unauthorized');
            } else if (mode === 'server-error') {
              send(socket, { error: 'Audio format not supported' });
              closeWith(1011, 'error');
            } else if (mode !== 'never-listen') {
              send(socket, { state: 'listening', session_id: `rt-${state.connections.length}` });
              if (mode === 'shutdown-notice') {
                send(socket, { state: 'shutting_down', at: 1_700_003_600 });
              }
            }
          } else if (message.action === 'stop') {
            send(socket, {
              text: 'closing words',
              is_final: true,
              offset_ms: connection.audioFrames * 100,
              words: [['closing', 0, 300, 0.9]],
              speaker: 'S1',
            });
            send(socket, { state: 'stopped' });
          }
        } else if (frame.opcode === 0x2) {
          if (mode === 'drop-on-audio') {
            socket.destroy();
            return;
          }
          connection.audioFrames++;
          connection.audioBytes += frame.payload.length;
          const n = connection.audioFrames;
          const offset = (n - 1) * 100;
          if (n === 1) {
            send(socket, { partial: 'seg' });
          }
          send(socket, { text: `segment ${n}`, is_final: false, offset_ms: offset, stability: 0.5 });
          if (n % 2 === 0) {
            send(socket, {
              text: `segment ${n}`,
              is_final: true,
              offset_ms: offset,
              words: [
                ['segment', offset, offset + 60, 0.97],
                [String(n), offset + 60, offset + 100, 0.91],
              ],
              speaker: 'S1',
            });
          }
        }
      }
    });
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.endpoint = `ws://127.0.0.1:${(server.address() as AddressInfo).port}/v2/realtime`;
  state.close = () =>
    new Promise<void>((resolve) => {
      for (const socket of sockets) {
        socket.destroy();
      }
      server.close(() => resolve());
    });
  return state;
}
