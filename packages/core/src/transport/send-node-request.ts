import type { ReplayableBody } from '../uploads/replayable-body.js';

const emptyStatuses = new Set([204, 205, 304]);

/**
 * Sends a request whose body is a `ReplayableBody` through `node:http(s)`, streaming it with a
 * known `Content-Length` (Node's fetch buffers streaming request bodies whole: undici issue 4058).
 * The request's own body is ignored; its method, headers and signal are used. Resolves with the
 * answer whatever its status, like fetch; a socket failure or abort rejects with the raw error.
 * `maxAnswerBytes` bounds how much of the answer is kept (the rest is read and dropped).
 */
export async function sendNodeRequest(
  request: Request,
  body: ReplayableBody,
  options: { maxAnswerBytes?: number | undefined } = {},
): Promise<Response> {
  const maxAnswerBytes = options.maxAnswerBytes ?? Number.POSITIVE_INFINITY;
  const url = new URL(request.url);
  // The default export's `request` is the one msw (and other interceptors) patch; the named ESM binding is not.
  const http = (url.protocol === 'https:' ? await import('node:https') : await import('node:http')).default;
  const { Readable } = await import('node:stream');
  const { pipeline } = await import('node:stream/promises');
  const headers: Record<string, string> = {};
  request.headers.forEach((value, name) => {
    headers[name] = value;
  });
  headers['content-length'] = String(body.length);
  return new Promise((resolve, reject) => {
    const outgoing = http.request(url, { method: request.method, headers, signal: request.signal }, (incoming) => {
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
