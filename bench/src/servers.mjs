// Loopback servers the benchmarks run against. Each returns { url, close }.
import { createServer } from 'node:http';

const listen = (server) =>
  new Promise((resolve) => {
    server.keepAliveTimeout = 60_000;
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({
        url: `http://127.0.0.1:${port}`,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });

/** Answers every request 200 with a small JSON body. */
export function startJsonServer() {
  const body = JSON.stringify({ id: 'vid_123', title: 'Bench', tags: ['a', 'b'], duration: 42 });
  return listen(
    createServer((request, response) => {
      request.resume();
      response.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }).end(body);
    }),
  );
}

/**
 * A token bucket of `limit` requests per second (burst `limit`). Every answer carries X-RateLimit-Limit,
 * -Remaining and -Reset (epoch seconds, fractional, when the bucket is full again); a 429 adds Retry-After.
 */
export function startTokenBucketServer({ limit }) {
  let tokens = limit;
  let last = performance.now();
  const stats = { ok: 0, limited: 0 };
  const refill = () => {
    const now = performance.now();
    tokens = Math.min(limit, tokens + ((now - last) / 1000) * limit);
    last = now;
  };
  return listen(
    createServer((request, response) => {
      request.resume();
      refill();
      const headersFor = () => {
        const secondsToFull = (limit - tokens) / limit;
        return {
          'content-type': 'application/json',
          'x-ratelimit-limit': String(limit),
          'x-ratelimit-remaining': String(Math.max(0, Math.floor(tokens))),
          'x-ratelimit-reset': ((Date.now() + secondsToFull * 1000) / 1000).toFixed(3),
        };
      };
      if (tokens >= 1) {
        tokens -= 1;
        stats.ok++;
        response.writeHead(200, headersFor()).end('{"ok":true}');
      } else {
        stats.limited++;
        const waitSeconds = Math.max(1, Math.ceil((1 - tokens) / limit));
        response.writeHead(429, { ...headersFor(), 'retry-after': String(waitSeconds) }).end('{"error":"rate_limited"}');
      }
    }),
  ).then((server) => ({ ...server, stats }));
}
