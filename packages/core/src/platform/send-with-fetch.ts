import type { ReplayableBody } from '../uploads/replayable-body.js';

/**
 * Sends a `ReplayableBody` through `fetch` (looked up at call time) where there is no `node:http`:
 * the pieces become one `Blob`, which browsers and Workers send with a known length. Replayable
 * bodies are at most one upload chunk, so the Blob is bounded by the chunk size.
 */
export async function sendWithFetch(request: Request, body: ReplayableBody): Promise<Response> {
  const pieces: Uint8Array<ArrayBuffer>[] = [];
  for await (const piece of body.open()) {
    pieces.push(piece as Uint8Array<ArrayBuffer>);
  }
  return globalThis.fetch(request.url, {
    method: request.method,
    headers: request.headers,
    body: new Blob(pieces),
    signal: request.signal,
    redirect: request.redirect,
  });
}
