/** A rate-limited server for simulations: answers one request at `now` with a status and headers. */
export interface SimulatedServer {
  answer(now: number): { status: number; headers: Headers };
}

/** Header styles a fixed-window server can speak (express-rate-limit's four modes). */
export type WindowStyle = 'legacy' | 'draft-6' | 'draft-7' | 'draft-8';

/**
 * express-rate-limit's memory store: a window of `windowMs` starts at the first request after the
 * previous one ended; every style rounds the reset up to whole seconds, as express-rate-limit does.
 */
export function fixedWindowServer(limit: number, windowMs: number, style: WindowStyle): SimulatedServer {
  let resetAt = 0;
  let hits = 0;
  return {
    answer(now) {
      if (now >= resetAt) {
        resetAt = now + windowMs;
        hits = 0;
      }
      hits++;
      const remaining = Math.max(0, limit - hits);
      const deltaSeconds = Math.ceil((resetAt - now) / 1000);
      const windowSeconds = Math.ceil(windowMs / 1000);
      const headers = new Headers();
      if (style === 'legacy') {
        headers.set('x-ratelimit-limit', String(limit));
        headers.set('x-ratelimit-remaining', String(remaining));
        headers.set('x-ratelimit-reset', String(Math.ceil(resetAt / 1000)));
      } else if (style === 'draft-6') {
        headers.set('ratelimit-policy', `${limit};w=${windowSeconds}`);
        headers.set('ratelimit-limit', String(limit));
        headers.set('ratelimit-remaining', String(remaining));
        headers.set('ratelimit-reset', String(deltaSeconds));
      } else if (style === 'draft-7') {
        headers.set('ratelimit-policy', `${limit};w=${windowSeconds}`);
        headers.set('ratelimit', `limit=${limit}, remaining=${remaining}, reset=${deltaSeconds}`);
      } else {
        headers.set('ratelimit-policy', `"${limit}-in-${windowSeconds}sec"; q=${limit}; w=${windowSeconds}; pk=:YWJj:`);
        headers.set('ratelimit', `"${limit}-in-${windowSeconds}sec"; r=${remaining}; t=${deltaSeconds}`);
      }
      const allowed = hits <= limit;
      if (!allowed) {
        headers.set('retry-after', String(deltaSeconds));
      }
      return { status: allowed ? 200 : 429, headers };
    },
  };
}

/** Header styles a token bucket can speak: epoch seconds when full (rounded up), api.video, none (nginx). */
export type BucketStyle = 'epoch-ceil' | 'apivideo' | 'none';

/** A token bucket of `limit` refilling `limit` per second, full at the start. */
export function tokenBucketServer(limit: number, style: BucketStyle): SimulatedServer {
  let tokens = limit;
  let last = Number.NaN;
  return {
    answer(now) {
      tokens = Number.isNaN(last) ? tokens : Math.min(limit, tokens + ((now - last) / 1000) * limit);
      last = now;
      const allowed = tokens >= 1;
      if (allowed) {
        tokens -= 1;
      }
      const headers = new Headers();
      const secondsToFull = (limit - tokens) / limit;
      if (style === 'epoch-ceil') {
        headers.set('x-ratelimit-limit', String(limit));
        headers.set('x-ratelimit-remaining', String(Math.floor(tokens)));
        headers.set('x-ratelimit-reset', String(Math.ceil(now / 1000 + secondsToFull)));
      } else if (style === 'apivideo') {
        headers.set('x-ratelimit-limit', String(limit));
        headers.set('x-ratelimit-remaining', String(Math.floor(tokens)));
        headers.set('x-ratelimit-retry-after', String(Math.ceil(secondsToFull)));
      }
      return { status: allowed ? 200 : 429, headers };
    },
  };
}
