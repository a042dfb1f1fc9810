import { WebSocket as WS } from 'ws';
import { createScriptixClient, type ScriptixWebSocketConstructor } from '../src/index.js';

// What the README tells Node 20 users to write compiles without a cast: `ws`'s own types fit the option.
export const fromWs: ScriptixWebSocketConstructor = WS;
export const client = () => createScriptixClient({ apiKey: 'token', WebSocket: WS });
// The DOM's WebSocket (Node 22+, browsers) fits too.
export const fromGlobal: ScriptixWebSocketConstructor = globalThis.WebSocket;
