import pRetry from 'p-retry';
import { MemoryRateLimitStore, parseRateLimitHeaders } from '@conduit/core';
const body = JSON.stringify({ id: 'vid_123', title: 'Bench', tags: ['a', 'b'], duration: 42 });
const req = new Request('http://127.0.0.1:9/videos/vid_123', { headers: { accept: 'application/json' } });
const resHeaders = new Headers({ 'content-type': 'application/json', 'content-length': '60', date: 'x', connection: 'keep-alive' });
const store = new MemoryRateLimitStore();
const cases = {
  'new AbortController': () => new AbortController(),
  'AbortSignal.any([1])': () => AbortSignal.any([req.signal]),
  'controller+listener+remove': () => { const c = new AbortController(); const f = () => c.abort(); req.signal.addEventListener('abort', f, { once: true }); req.signal.removeEventListener('abort', f); },
  'setTimeout+clear': () => clearTimeout(setTimeout(() => {}, 60000)),
  'new Request(url,{headers})': () => new Request(req.url, { method: 'GET', headers: { a: 'b' } }),
  'new Request(url,{headers,signal})': () => new Request(req.url, { method: 'GET', headers: { a: 'b' }, signal: req.signal, redirect: 'manual' }),
  'headers copy forEach': () => { const h = new Headers(); req.headers.forEach((v, k) => h.set(k, v)); h.set('x-conduit-retry-count', '0'); },
  'new URL': () => new URL(req.url),
  'new Response(text)': () => new Response(body, { status: 200, headers: resHeaders }),
  'new Headers(headers)': () => new Headers(resHeaders),
  'parseRateLimitHeaders': () => parseRateLimitHeaders(resHeaders, Date.now()),
  'store.reserve': () => store.reserve('a:b:c', Date.now()),
  'crypto.randomUUID': () => crypto.randomUUID(),
};
const asyncCases = {
  'pRetry(noop)': () => pRetry(async () => 1, { retries: Infinity, minTimeout: 0, maxTimeout: 0, factor: 1 }),
  'response.text()': () => new Response(body).text(),
  'async fn await': async () => { await null; },
};
for (const [name, fn] of Object.entries(cases)) {
  for (let i = 0; i < 2000; i++) fn();
  const n = 20000; const t = process.cpuUsage(); for (let i = 0; i < n; i++) fn(); const d = process.cpuUsage(t);
  console.log(((d.user + d.system) / n).toFixed(2).padStart(7), 'µs', name);
}
for (const [name, fn] of Object.entries(asyncCases)) {
  for (let i = 0; i < 2000; i++) await fn();
  const n = 20000; const t = process.cpuUsage(); for (let i = 0; i < n; i++) await fn(); const d = process.cpuUsage(t);
  console.log(((d.user + d.system) / n).toFixed(2).padStart(7), 'µs', name);
}
