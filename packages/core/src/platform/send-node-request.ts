import http from 'node:http';
import https from 'node:https';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReplayableBody } from '../uploads/replayable-body.js';
import type { SendReplayableOptions } from './platform-contract.js';

const emptyStatuses = new Set([204, 205, 304]);

/**
 * Sends a request whose body is a `ReplayableBody` through `node:http(s)`, streaming it with a
 * known `Content-Length` (Node's fetch buffers streaming request bodies whole: undici issue 4058).
 * The request's own body is ignored; its method, headers and signal are used. Resolves with the
 * answer whatever its status, like fetch; a socket failure or abort rejects with the raw error.
 * `maxAnswerBytes` bounds how much of the answer is kept (the rest is read and dropped).
 */
export async function sendNodeRequest(request: Request, body: ReplayableBody, options: SendReplayableOptions = {}): Promise<Response> {
  const maxAnswerBytes = options.maxAnswerBytes ?? Number.POSITIVE_INFINITY;
  const url = new URL(request.url);
  // The default export's `request`, read at call time, is the one msw (and other interceptors) patch; a named binding is not.
  const client = url.protocol === 'https:' ? https : http;
  const headers: Record<string, string> = {};
  request.headers.forEach((value, name) => {
    headers[name] = value;
  });
  headers['content-length'] = String(body.length);
  return new Promise((resolve, reject) => {
    const outgoing = client.request(url, { method: request.method, headers, signal: request.signal }, (incoming) => {
      const pieces: Buffer[] = [];
      let kept = 0;
      incoming.on('data', (piece: Buffer) => {
        if (kept < maxAnswerBytes) {
          pieces.push(piece);
          kept += piece.length;
        }
      });
      incoming.on('error', reject);
      incoming.on('end', () => {
        const answerHeaders = new Headers();
        for (const [name, value] of Object.entries(incoming.headers)) {
          for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value]) {
            answerHeaders.append(name, item);
          }
        }
        const status = incoming.statusCode ?? 0;
        const response = new Response(emptyStatuses.has(status) ? null : Buffer.concat(pieces), {
          status,
          statusText: incoming.statusMessage ?? '',
          headers: answerHeaders,
        });
        Object.defineProperty(response, 'url', { value: request.url });
        // Answered before the body was sent (an early 4xx/5xx): stop reading the source and drop the socket.
        if (!outgoing.writableFinished) {
          outgoing.destroy();
        }
        resolve(response);
      });
    });
    outgoing.on('error', reject);
    pipeline(Readable.from(body.open(), { objectMode: false }), outgoing).catch(reject);
  });
}
