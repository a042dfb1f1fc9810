import type { ClientOptions } from '@conduit/core';
import * as z from 'zod/mini';
import type { ScriptixWebSocketConstructor } from './scriptix-websocket.js';

/** Environment variable read when `apiKey` is not passed. */
export const scriptixEnvironmentVariable = 'SCRIPTIX_API_KEY';

/** Base URL of the v3 API. */
export const scriptixDefaultBaseUrl = 'https://api.scriptix.io/api/v3';

/** Realtime WebSocket endpoint used by Scriptix's official example client. */
export const scriptixDefaultRealtimeEndpoint = 'wss://realtime.scriptix.io/v2/realtime';

/** Scriptix documents no key prefix (`token_…` in examples, JWTs from login), so only what is certain is checked. */
export const scriptixKeyFormatSchema = z.string().check(z.minLength(1), z.regex(/^\S+$/));

/** The key format in words, for error messages. */
export const scriptixKeyFormatDescription = 'a non-empty API token or JWT without whitespace';

/** The two documented auth headers. */
export type ScriptixAuthHeader = 'authorization' | 'x-zoom-s2t-key';

/** Options of `createScriptixClient`. Durations are milliseconds. */
export interface ScriptixClientOptions extends ClientOptions {
  /** Header carrying the key: `authorization` (`Bearer <key>`, default) or `x-zoom-s2t-key` (older docs and examples). */
  authHeader?: ScriptixAuthHeader | undefined;
  /** Base URL of the v4 realtime-control endpoints (default: `baseUrl` with `/api/v3` replaced by `/api/v4`). */
  baseUrlV4?: string | undefined;
  /** Wait between session status polls in `transcribe` and `sessions.waitUntilDone`, in milliseconds (default 5000). */
  pollInterval?: number | undefined;
  /** WebSocket constructor for `realtime.connect` (default: the global one; Node 20 has none, pass the `ws` package's). */
  WebSocket?: ScriptixWebSocketConstructor | undefined;
}

/** Option names `createScriptixClient` accepts on top of the shared `ClientOptions`. */
export const scriptixOptionKeys: readonly string[] = ['authHeader', 'baseUrlV4', 'pollInterval', 'WebSocket'];
