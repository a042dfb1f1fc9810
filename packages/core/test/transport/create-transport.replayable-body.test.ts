import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { basic } from '../../src/auth/basic.js';
import { APITimeoutError } from '../../src/errors/api-timeout-error.js';
import { InternalServerError } from '../../src/errors/internal-server-error.js';
import { RequestAbortedError } from '../../src/errors/request-aborted-error.js';
import { createTransport } from '../../src/transport/create-transport.js';
import { fileRangeBody } from '../../src/uploads/file-range-body.js';
import { createFakeClock } from '../helpers/fake-clock.js';
import { startServer, type TestServer } from '../helpers/node-server.js';

// Calls with a `ReplayableBody` go through node:http(s), streamed, never through fetch.

const content = Buffer.from(Uint8Array.from({ length: 300_000 }, (_, index) => (index * 7 + 3) & 255));
const prefix = Buffer.from('--b\r\nContent-Disposition: form-data; name="file"; filename="v.mp4"\r\n\r\n');
const suffix = Buffer.from('\r\n--b--\r\n');
let directory = '';
let filePath = '';
let server: TestServer;
let answers: Array<{ status: number; delayMs?: number }> = [];

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'conduit-replayable-'));
  filePath = join(directory, 'video.mp4');
  await writeFile(filePath, content);
  server = await startServer((_request, response) => {
    const answer = answers.shift() ?? { status: 201 };
    setTimeout(() => {
      response.writeHead(answer.status, { 'content-type': 'application/json' }).end(JSON.stringify({ status: answer.status }));
    }, answer.delayMs ?? 0);
  });
});
afterEach(() => {
  server.received.length = 0;
  answers = [];
});
afterAll(async () => {
  await server.close();
  await rm(directory, { recursive: true, force: true });
});

const noFetch = (() => {
  throw new Error('fetch must not be used for a replayable body');
}) as unknown as typeof globalThis.fetch;

function transport(extra: { timeout?: number } = {}) {
  const clock = createFakeClock();
  return createTransport({
    provider: 'apivideo',
    auth: basic()('sk_replayable_test_key_0001'),
    fetch: noFetch,
    userAgent: 'conduit-test/1.0',
    now: clock.now,
    sleep: clock.sleep,
    ...extra,
  });
}

const init = {
  method: 'POST',
  headers: { 'content-type': 'multipart/form-data; boundary=b', 'content-range': 'bytes 1000-200999/300000' },
};

describe('a call with a ReplayableBody', () => {
  it('streams the exact bytes with Content-Length and the transport headers, and a 503 re-sends them identically', async () => {
    answers = [{ status: 503 }, { status: 201 }];
    const body = fileRangeBody({ path: filePath, start: 1000, end: 201_000, prefix, suffix });
    const client = transport();
    const response = await client.with({ idempotent: true, body })(`${server.origin}/videos/vi1/source`, init);
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({ status: 201 });
    const expected = Buffer.concat([prefix, content.subarray(1000, 201_000), suffix]);
    expect(server.received).toHaveLength(2);
    for (const [attempt, request] of server.received.entries()) {
      expect(request.method).toBe('POST');
      expect(request.body.equals(expected)).toBe(true);
      expect(request.headers['content-length']).toBe(String(expected.length));
      expect(request.headers['content-range']).toBe('bytes 1000-200999/300000');
      expect(request.headers['content-type']).toBe('multipart/form-data; boundary=b');
      expect(request.headers.authorization).toBe(`Basic ${Buffer.from('sk_replayable_test_key_0001:').toString('base64')}`);
      expect(request.headers['user-agent']).toBe('conduit-test/1.0');
      expect(request.headers['x-conduit-retry-count']).toBe(String(attempt));
    }
    expect(client.stats.retries).toBe(1);
  });

  it('a 5xx that persists ends in the typed error after maxRetries', async () => {
    answers = [{ status: 500 }, { status: 500 }, { status: 500 }];
    const body = fileRangeBody({ path: filePath, start: 0, end: 10 });
    const error = await transport()
      .with({ idempotent: true, body, maxRetries: 2 })(`${server.origin}/x`, init)
      .catch((caught: unknown) => caught);
    expect(InternalServerError.isInstance(error)).toBe(true);
    expect(server.received).toHaveLength(3);
  });

  it('times out per attempt and honours the caller signal', async () => {
    answers = [{ status: 201, delayMs: 500 }];
    const body = fileRangeBody({ path: filePath, start: 0, end: 10 });
    const slow = await transport({ timeout: 50 })
      .with({ body, maxRetries: 0 })(`${server.origin}/slow`, init)
      .catch((caught: unknown) => caught);
    expect(APITimeoutError.isInstance(slow)).toBe(true);
    const controller = new AbortController();
    controller.abort();
    const aborted = await transport()
      .with({ body, signal: controller.signal })(`${server.origin}/x`, init)
      .catch((caught: unknown) => caught);
    expect(RequestAbortedError.isInstance(aborted)).toBe(true);
  });
});
