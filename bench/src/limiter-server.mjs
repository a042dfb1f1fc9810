// One rate-limited server in its own process, so the clients under test never share its event loop.
// argv: <style> <limit per second>. Prints {"port"} once listening; GET /__stats answers {ok, limited}
// and is never rate limited. Styles: bucket-epoch, bucket-apivideo, express-legacy, express-draft-6,
// express-draft-7, express-draft-8, retry-after. The parent stops it by pid.
import { createServer } from 'node:http';
import express from 'express';
import { rateLimit } from 'express-rate-limit';

const [style, limitText] = process.argv.slice(2);
const limit = Number(limitText);
const stats = { ok: 0, limited: 0, arrivals: [] };
const body = '{"ok":true}';

/** A token bucket of `limit` per second (burst `limit`); `headers(tokens)` names the style's fields. */
function tokenBucket(headers) {
  let tokens = limit;
  let last = performance.now();
  return (_request, response) => {
    const now = performance.now();
    tokens = Math.min(limit, tokens + ((now - last) / 1000) * limit);
    last = now;
    const allowed = tokens >= 1;
    if (allowed) {
      tokens -= 1;
    }
    response.writeHead(allowed ? 200 : 429, { 'content-type': 'application/json', ...headers(tokens, allowed) });
    response.end(allowed ? body : '{"error":"rate_limited"}');
    return allowed;
  };
}

const secondsToFull = (tokens) => (limit - tokens) / limit;

const buckets = {
  // X-RateLimit-Reset: epoch seconds when the bucket is full again, rounded up; Retry-After on a 429.
  'bucket-epoch': tokenBucket((tokens, allowed) => ({
    'x-ratelimit-limit': String(limit),
    'x-ratelimit-remaining': String(Math.floor(tokens)),
    'x-ratelimit-reset': String(Math.ceil(Date.now() / 1000 + secondsToFull(tokens))),
    ...(allowed ? {} : { 'retry-after': String(Math.max(1, Math.ceil((1 - tokens) / limit))) }),
  })),
  // api.video: X-RateLimit-Retry-After (whole seconds until the window resets) on every answer, no Retry-After.
  'bucket-apivideo': tokenBucket((tokens) => ({
    'x-ratelimit-limit': String(limit),
    'x-ratelimit-remaining': String(Math.floor(tokens)),
    'x-ratelimit-retry-after': String(Math.ceil(secondsToFull(tokens))),
  })),
};

/** A 429 with Retry-After: 2 and a reset 2.84 s away, then 200s: when does the retry come? */
function retryAfterProbe(_request, response) {
  stats.arrivals.push(Date.now());
  if (stats.arrivals.length === 1) {
    response.writeHead(429, {
      'retry-after': '2',
      'x-ratelimit-limit': '1',
      'x-ratelimit-remaining': '0',
      'x-ratelimit-reset': String((Date.now() + 2840) / 1000),
    });
    response.end('{"error":"rate_limited"}');
    return false;
  }
  response.writeHead(200, { 'content-type': 'application/json' }).end(body);
  return true;
}

function count(allowed) {
  if (allowed) {
    stats.ok++;
  } else {
    stats.limited++;
  }
}

let server;
if (style.startsWith('express-')) {
  const mode = style.slice('express-'.length);
  const app = express();
  app.get('/__stats', (_request, response) => response.json(stats));
  app.use(
    rateLimit({
      windowMs: 1000,
      limit,
      standardHeaders: mode === 'legacy' ? false : mode,
      legacyHeaders: mode === 'legacy',
      validate: false,
      handler: (_request, response) => {
        count(false);
        response.status(429).json({ error: 'rate_limited' });
      },
    }),
  );
  app.get('/items', (_request, response) => {
    count(true);
    response.json({ ok: true });
  });
  server = createServer(app);
} else {
  const handle = style === 'retry-after' ? retryAfterProbe : buckets[style];
  server = createServer((request, response) => {
    request.resume();
    if (request.url === '/__stats') {
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(stats));
      return;
    }
    count(handle(request, response));
  });
}
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`${JSON.stringify({ port: server.address().port })}\n`);
});
