import { randomBytes } from 'node:crypto';
import { connect, type Socket } from 'node:net';
import type { ScriptixWebSocketEvent, ScriptixWebSocketInit, ScriptixWebSocketLike } from '../../src/index.js';
import { acceptKey, closeFrame, encodeFrame, FrameReader } from './websocket-frames.js';

type Listener = (event: ScriptixWebSocketEvent) => void;

/**
 * A minimal RFC 6455 client over `node:net` (ws:// only, no extensions) with the WHATWG shape the
 * Scriptix client needs. It stands in for the `ws` package a Node 20 user would pass as `WebSocket`.
 */
export class TestWebSocket implements ScriptixWebSocketLike {
  static readonly instances: TestWebSocket[] = [];
  readyState = 0;
  binaryType = 'blob';
  readonly url: string;
  readonly requestHeaders: Record<string, string>;
  readonly #listeners = new Map<string, Listener[]>();
  readonly #socket: Socket;
  readonly #reader = new FrameReader();
  #handshake = Buffer.alloc(0);
  #closed = false;

  constructor(url: string, init?: ScriptixWebSocketInit | string[]) {
    TestWebSocket.instances.push(this);
    this.url = url;
    this.requestHeaders = Array.isArray(init) ? {} : (init?.headers ?? {});
    const target = new URL(url);
    if (target.protocol !== 'ws:') {
      throw new SyntaxError('TestWebSocket only speaks ws://');
    }
    const key = randomBytes(16).toString('base64');
    this.#socket = connect(Number(target.port), target.hostname, () => {
      const extra = Object.entries(this.requestHeaders)
        .map(([name, value]) => `${name}: ${value}\r\n`)
        .join('');
      this.#socket.write(
        `GET ${target.pathname}${target.search} HTTP/1.1\r\nHost: ${target.host}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: ${key}\r\nSec-WebSocket-Version: 13\r\n${extra}\r\n`,
      );
    });
    this.#socket.on('data', (chunk: Buffer) => (this.readyState === 0 ? this.#onHandshake(chunk, acceptKey(key)) : this.#onData(chunk)));
    this.#socket.on('error', () => this.#emit('error', {}));
    this.#socket.on('close', () => this.#finish(1006, ''));
  }

  addEventListener(type: 'open' | 'message' | 'close' | 'error', listener: Listener): void {
    this.#listeners.set(type, [...(this.#listeners.get(type) ?? []), listener]);
  }

  send(data: string | ArrayBufferLike | ArrayBufferView): void {
    if (this.readyState !== 1) {
      throw new Error('TestWebSocket is not open');
    }
    const payload =
      typeof data === 'string'
        ? Buffer.from(data)
        : ArrayBuffer.isView(data)
          ? Buffer.from(data.buffer, data.byteOffset, data.byteLength)
          : Buffer.from(data as ArrayBuffer);
    this.#socket.write(encodeFrame(typeof data === 'string' ? 0x1 : 0x2, payload, true));
  }

  close(code = 1000, reason = ''): void {
    if (this.readyState >= 2) {
      return;
    }
    if (this.readyState === 0) {
      this.#socket.destroy();
      return;
    }
    this.readyState = 2;
    this.#socket.write(closeFrame(code, reason, true));
  }

  #emit(type: string, event: ScriptixWebSocketEvent): void {
    for (const listener of this.#listeners.get(type) ?? []) {
      listener(event);
    }
  }

  #onHandshake(chunk: Buffer, expected: string): void {
    this.#handshake = Buffer.concat([this.#handshake, chunk]);
    const end = this.#handshake.indexOf('\r\n\r\n');
    if (end < 0) {
      return;
    }
    const head = this.#handshake.subarray(0, end).toString('latin1');
    const rest = this.#handshake.subarray(end + 4);
    if (!/^HTTP\/1\.1 101 /.test(head) || !head.toLowerCase().includes(`sec-websocket-accept: ${expected.toLowerCase()}`)) {
      this.#emit('error', {});
      this.#socket.destroy();
      return;
    }
    this.readyState = 1;
    this.#emit('open', {});
    if (rest.length > 0) {
      this.#onData(rest);
    }
  }

  #onData(chunk: Buffer): void {
    for (const frame of this.#reader.push(chunk)) {
      if (frame.opcode === 0x1) {
        this.#emit('message', { data: frame.payload.toString('utf8') });
      } else if (frame.opcode === 0x2) {
        this.#emit('message', {
          data: frame.payload.buffer.slice(frame.payload.byteOffset, frame.payload.byteOffset + frame.payload.length),
        });
      } else if (frame.opcode === 0x8) {
        const code = frame.payload.length >= 2 ? frame.payload.readUInt16BE(0) : 1005;
        if (this.readyState === 1) {
          this.#socket.write(closeFrame(code === 1005 ? 1000 : code, '', true));
        }
        this.#finish(code, frame.payload.subarray(2).toString('utf8'));
        this.#socket.end();
      }
    }
  }

  #finish(code: number, reason: string): void {
    if (this.#closed) {
      return;
    }
    this.#closed = true;
    this.readyState = 3;
    this.#emit('close', { code, reason });
  }
}
