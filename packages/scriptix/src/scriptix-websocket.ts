import { ConfigurationError } from '@conduit/core';

/** The event fields the realtime client reads (a subset of the WHATWG `MessageEvent`/`CloseEvent`). */
export interface ScriptixWebSocketEvent {
  /** Event type; declared so `ws`'s and the DOM's event types fit (an all-optional type shares no field with a bare `Event`). */
  readonly type?: string;
  /** Message payload (`message` events). */
  readonly data?: unknown;
  /** Close code (`close` events). */
  readonly code?: number;
  /** Close reason (`close` events). */
  readonly reason?: string;
  /** The failure (`error` events). */
  readonly error?: unknown;
}

/** The part of the WHATWG `WebSocket` interface the realtime client uses; Node's global, `ws` and browsers all fit. */
export interface ScriptixWebSocketLike {
  /** 0 connecting, 1 open, 2 closing, 3 closed. */
  readonly readyState: number;
  /** How binary messages arrive (`arraybuffer` is set). */
  binaryType: string;
  /** Sends a text or binary frame. */
  send(data: string | ArrayBufferLike | ArrayBufferView): void;
  /** Closes the socket. */
  close(code?: number, reason?: string): void;
  /** Listens for `open`, `message`, `close` and `error`. */
  addEventListener(type: 'open' | 'message' | 'close' | 'error', listener: (event: ScriptixWebSocketEvent) => void): void;
}

/** Second constructor argument: undici (Node 22+) and `ws` accept an object with handshake `headers`. */
export interface ScriptixWebSocketInit {
  /** Handshake headers (the realtime token goes here where supported). */
  headers?: Record<string, string>;
}

/**
 * A `WebSocket` constructor: `globalThis.WebSocket` on Node 22+ and in browsers, or `WebSocket` from
 * the `ws` package. It is called as `new WebSocket(url)` or `new WebSocket(url, init)` with a
 * `ScriptixWebSocketInit` (the rest parameter is typed loosely so every implementation's own types fit).
 */
export type ScriptixWebSocketConstructor = new (url: string, ...rest: never[]) => ScriptixWebSocketLike;

/** How the client calls the constructor. */
export type ScriptixWebSocketFactory = new (url: string, init?: ScriptixWebSocketInit) => ScriptixWebSocketLike;

/**
 * Picks the WebSocket implementation: the one passed in, else the global one. Node 20 has no
 * global `WebSocket` (it needs `--experimental-websocket`), so there the caller must pass one.
 */
export function resolveWebSocket(given: unknown): ScriptixWebSocketFactory {
  if (given !== undefined) {
    if (typeof given !== 'function') {
      throw new ConfigurationError(
        'Scriptix realtime: the `WebSocket` option must be a WebSocket constructor (e.g. `import { WebSocket } from "ws"`).',
      );
    }
    return given as ScriptixWebSocketFactory;
  }
  const global = (globalThis as { WebSocket?: unknown }).WebSocket;
  if (typeof global !== 'function') {
    throw new ConfigurationError(
      'Scriptix realtime: this runtime has no global WebSocket (Node 20). Pass one as the `WebSocket` option, e.g. from the `ws` package, or use Node 22+.',
    );
  }
  return global as ScriptixWebSocketFactory;
}
