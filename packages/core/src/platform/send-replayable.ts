/// <reference path="./platform-module.d.ts" />
import { sendReplayable as platformSend } from '#platform';
import type { ReplayableBody } from '../uploads/replayable-body.js';
import type { SendReplayableOptions } from './platform-contract.js';

/**
 * Sends a request whose body is a `ReplayableBody`, the transport's default for streamed bodies.
 * On Node, Bun and Deno the body streams through `node:http(s)` with a known `Content-Length`
 * (Node's fetch would buffer it whole); elsewhere it goes through `fetch` as one `Blob`. Resolves
 * with the answer whatever its status, like fetch; a socket failure or abort rejects with the raw error.
 */
export function sendReplayable(request: Request, body: ReplayableBody, options: SendReplayableOptions = {}): Promise<Response> {
  return platformSend(request, body, options);
}

/**
 * The former name of `sendReplayable`, kept so existing callers work unchanged.
 *
 * @deprecated Use `sendReplayable`, which is the same function.
 */
export const sendNodeRequest: typeof sendReplayable = sendReplayable;
