import {
  type APIPromise,
  APITimeoutError,
  ConfigurationError,
  callApi,
  checkRequestOptions,
  isBrowser,
  isLoopbackHost,
  type RequestOptions,
  registerSecret,
} from '@conduit/core';
import * as z from 'zod/mini';
import type { ScriptixContext } from './scriptix-context.js';
import { scriptixDefaultRealtimeEndpoint } from './scriptix-options.js';
import type { ScriptixRealtimeStateMessage } from './scriptix-realtime-messages.js';
import { ScriptixRealtimeSession } from './scriptix-realtime-session.js';
import type { createTokensNamespace } from './scriptix-tokens.js';
import type { ScriptixRealtimeInitializeResult, ScriptixRealtimeStatus } from './scriptix-types.js';
import { languageSchema, validateInput } from './scriptix-validate.js';
import { resolveWebSocket, type ScriptixWebSocketConstructor } from './scriptix-websocket.js';

/** Options of `realtime.connect`. Durations are milliseconds. */
export interface RealtimeConnectOptions {
  /** Language code of the speech, e.g. `en` or `nl-nl`. */
  language: string;
  /** A `realtime` token; `'create'` mints one with `tokens.create` and revokes it on close (default: the client's key). */
  token?: string | 'create' | undefined;
  /** How the token travels: `header` (`x-zoom-s2t-key`, default in Node), `query` (`?token=`, default in browsers) or `message` (`key` in the start message). */
  tokenIn?: 'header' | 'query' | 'message' | undefined;
  /** WebSocket URL, or `'initialize'` to ask `initializeRealtime` (admin scope) for it (default `wss://realtime.scriptix.io/v2/realtime`). */
  endpoint?: string | undefined;
  /** Recognition profile `fast` or `quality` (newer docs; sent only when set). */
  type?: 'fast' | 'quality' | undefined;
  /** Ask for partial transcripts (default true). */
  partial?: boolean | undefined;
  /** Write numbers as digits (default false). */
  actualNumbers?: boolean | undefined;
  /** Fail when the server is not listening within this many milliseconds (default 15000, as documented). */
  connectTimeout?: number | undefined;
  /** Called with every server state, including `shutting_down` (`at` in epoch ms). */
  onState?: ((message: ScriptixRealtimeStateMessage) => void) | undefined;
  /** Aborts connecting, or closes an open session. */
  signal?: AbortSignal | undefined;
  /** WebSocket constructor for this connection (default: the client's `WebSocket` option, else the global one). */
  WebSocket?: ScriptixWebSocketConstructor | undefined;
}

const callback = z.custom<(value: never) => void>((value) => typeof value === 'function');
const connectOptionsSchema = z.strictObject({
  language: languageSchema,
  token: z.optional(z.string().check(z.minLength(1), z.regex(/^\S+$/))),
  tokenIn: z.optional(z.enum(['header', 'query', 'message'])),
  endpoint: z.optional(z.string()),
  type: z.optional(z.enum(['fast', 'quality'])),
  partial: z.optional(z.boolean()),
  actualNumbers: z.optional(z.boolean()),
  connectTimeout: z.optional(z.number().check(z.positive())),
  onState: z.optional(callback),
  signal: z.optional(z.custom<AbortSignal>((value) => value instanceof AbortSignal)),
  WebSocket: z.optional(callback),
});

/** Checks a realtime endpoint: `wss://`, or `ws://` to a loopback host only. */
function checkEndpoint(value: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch (error) {
    throw new ConfigurationError(`Scriptix realtime: \`endpoint\` is not a URL: "${value.slice(0, 200)}".`, { cause: error });
  }
  if (url.protocol !== 'wss:' && !(url.protocol === 'ws:' && isLoopbackHost(url.hostname))) {
    throw new ConfigurationError(
      `Scriptix realtime: \`endpoint\` must use wss:// (ws:// only to a loopback host), got ${url.protocol}//${url.hostname}.`,
    );
  }
  return url;
}

/** Realtime: the v4 control endpoints and `connect`, which opens a transcription WebSocket. */
export function createRealtimeNamespace(context: ScriptixContext, tokens: ReturnType<typeof createTokensNamespace>) {
  const { api, transport, baseUrlV4 } = context;

  const initialize = (options?: RequestOptions): APIPromise<ScriptixRealtimeInitializeResult> =>
    callApi(transport, {
      label: 'Scriptix realtime.initialize',
      options,
      send: (fetch) => api.POST('/realtime/initialize', { baseUrl: baseUrlV4, fetch }),
      read: { what: 'Scriptix initializeRealtime' },
    });

  return {
    /** Prepares realtime capacity and returns the WebSocket `endpoint` (`initializeRealtime`, v4, admin scope). */
    initialize,

    /** The realtime service status (`getRealtimeStatus`, v4; fields not documented). */
    status(options?: RequestOptions): APIPromise<ScriptixRealtimeStatus> {
      return callApi(transport, {
        label: 'Scriptix realtime.status',
        options,
        send: (fetch) => api.GET('/realtime/status', { baseUrl: baseUrlV4, fetch }),
        read: { what: 'Scriptix getRealtimeStatus' },
      });
    },

    /**
     * Opens a realtime transcription: connects the WebSocket, sends `{"action":"start"}` and resolves
     * once the server is `listening`. Send PCM s16le mono 16 kHz audio, iterate transcripts, then `stop()`.
     * It opens a WebSocket rather than sending one HTTP request, so it returns a plain promise (no
     * `.withResponse()`); `options` apply to the HTTP calls it may make first (`endpoint: 'initialize'`,
     * `token: 'create'`), and `connectOptions.signal` aborts connecting or closes the open session.
     *
     * @example
     * ```ts
     * import { createScriptixClient } from '@conduit/scriptix';
     * declare const pcmChunks: Uint8Array[];
     * const client = createScriptixClient();
     * const session = await client.realtime.connect({ language: 'en' });
     * (async () => { for await (const t of session) if (t.type === 'final') console.log(t.text); })();
     * for (const chunk of pcmChunks) session.send(chunk);
     * await session.stop();
     * ```
     */
    async connect(connectOptions: RealtimeConnectOptions, options?: RequestOptions): Promise<ScriptixRealtimeSession> {
      const checked = validateInput(connectOptionsSchema, connectOptions, 'realtime.connect');
      const requestOptions = { ...checkRequestOptions(options, 'Scriptix realtime.connect') };
      const WebSocket = resolveWebSocket(connectOptions.WebSocket ?? context.WebSocket);
      const tokenIn = checked.tokenIn ?? (isBrowser() ? 'query' : 'header');
      if (checked.endpoint !== undefined && checked.endpoint !== 'initialize') {
        checkEndpoint(checked.endpoint);
      }
      const signal = checked.signal ?? requestOptions.signal;
      signal?.throwIfAborted();
      requestOptions.signal = signal;
      const endpoint = checkEndpoint(
        checked.endpoint === 'initialize'
          ? (await initialize(requestOptions)).endpoint
          : (checked.endpoint ?? scriptixDefaultRealtimeEndpoint),
      );

      let token = checked.token ?? context.apiKey;
      let revoke: (() => void) | undefined;
      if (checked.token === 'create') {
        const created = await tokens.create({ name: `conduit-realtime-${context.now()}`, type: 'realtime' }, requestOptions);
        token = created.key;
        revoke = () => void tokens.delete(created.id).catch(() => {});
      }
      registerSecret(token);

      endpoint.searchParams.set('language', checked.language);
      if (checked.type) {
        endpoint.searchParams.set('type', checked.type);
      }
      if (tokenIn === 'query') {
        endpoint.searchParams.set('token', token);
      }
      const start: Record<string, unknown> = {
        action: 'start',
        partial: checked.partial ?? true,
        actual_numbers: checked.actualNumbers ?? false,
      };
      if (tokenIn === 'message') {
        start.key = token;
      }
      const socket = new WebSocket(endpoint.href, tokenIn === 'header' ? { headers: { 'x-zoom-s2t-key': token } } : undefined);
      const onAbort = () => session.abort(signal?.reason);
      const session = new ScriptixRealtimeSession(socket, {
        start,
        onState: connectOptions.onState,
        onClosed: () => {
          signal?.removeEventListener('abort', onAbort);
          revoke?.();
        },
      });
      signal?.addEventListener('abort', onAbort, { once: true });

      // The documented 15 s connect timeout, on the client's sleep (injectable, so tests never wait).
      const connectTimeout = checked.connectTimeout ?? 15_000;
      const timer = new AbortController();
      const timedOut = context.sleep(connectTimeout, timer.signal).then(
        () => 'timeout' as const,
        () => 'cancelled' as const,
      );
      try {
        const outcome = await Promise.race([session.ready().then(() => 'ready' as const), timedOut]);
        if (outcome === 'timeout') {
          const error = new APITimeoutError(`Scriptix realtime was not listening within ${connectTimeout} ms`);
          session.abort(error);
          throw error;
        }
      } finally {
        timer.abort();
      }
      return session;
    },
  };
}
