import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assembled } from '@conduit/testing/apivideo';
import { HttpResponse, http } from 'msw';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { uploadWithToken } from '../src/index.js';
import { createTestClient, MiB, patternBytes, sameBytes, useApiVideoMock } from './helpers.js';

// A file path is streamed from disk per attempt through node:http (msw intercepts it as a ClientRequest),
// never handed to fetch, which would buffer each chunk whole.

const size = 12 * MiB + 4321;
const source = Buffer.from(patternBytes(size, 11));
const chunkSize = 5 * MiB;
const ranges = [`bytes 0-5242879/${size}`, `bytes 5242880-10485759/${size}`, `bytes 10485760-${size - 1}/${size}`];
let directory = '';
let filePath = '';

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'conduit-apivideo-stream-'));
  filePath = join(directory, 'talk "one".mp4');
  await writeFile(filePath, source);
});
afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

interface WireRequest {
  path: string;
  headers: Headers;
  body: Buffer;
}

/** The multipart body the chunk [start, end) must be, byte for byte, under the boundary the request declared. */
function expectedBody(headers: Headers, start: number, end: number, videoId?: string): Buffer {
  const boundary = /boundary=(.+)$/.exec(headers.get('content-type') ?? '')?.[1] ?? 'missing';
  const field = videoId === undefined ? '' : `--${boundary}\r\nContent-Disposition: form-data; name="videoId"\r\n\r\n${videoId}\r\n`;
  const head = `${field}--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="talk %22one%22.mp4"\r\nContent-Type: application/octet-stream\r\n\r\n`;
  return Buffer.concat([Buffer.from(head), source.subarray(start, end), Buffer.from(`\r\n--${boundary}--\r\n`)]);
}

describe('a file-path upload streams each chunk from disk', () => {
  const { mock, clock, server } = useApiVideoMock();
  const wire: Array<Promise<WireRequest>> = [];
  server.events.on('request:start', ({ request }) => {
    const path = new URL(request.url).pathname;
    if (path.endsWith('/source') || path === '/upload') {
      wire.push(
        request
          .clone()
          .arrayBuffer()
          .then((bytes) => ({ path, headers: new Headers(request.headers), body: Buffer.from(bytes) })),
      );
    }
  });

  async function sent(): Promise<WireRequest[]> {
    const requests = await Promise.all(wire);
    wire.length = 0;
    return requests;
  }

  it('videos.upload sends exact multipart bytes and headers per chunk, and a 503 re-sends the identical chunk', async () => {
    const client = createTestClient(clock);
    const { videoId } = await client.videos.create({ title: 'Talk' });
    // The 503 reads the body first, so the recorded copy of that attempt is complete too.
    let calls = 0;
    server.use(
      http.post(`*/videos/${videoId}/source`, async ({ request }) => {
        calls += 1;
        if (calls !== 2) {
          return undefined;
        }
        await request.arrayBuffer();
        return HttpResponse.json({ title: 'Service Unavailable', status: 503 }, { status: 503 });
      }),
    );
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    await client.videos.upload(videoId, filePath, { chunkSize });

    expect(fetchSpy.mock.calls.filter(([input]) => String(input instanceof Request ? input.url : input).endsWith('/source'))).toEqual([]);
    const requests = await sent();
    expect(requests.map((request) => request.headers.get('content-range'))).toEqual([ranges[0], ranges[1], ranges[1], ranges[2]]);
    expect(requests.map((request) => request.headers.get('x-conduit-retry-count'))).toEqual(['0', '0', '1', '0']);
    const bounds = [
      [0, chunkSize],
      [chunkSize, 2 * chunkSize],
      [chunkSize, 2 * chunkSize],
      [2 * chunkSize, size],
    ] as const;
    for (const [index, request] of requests.entries()) {
      const [start, end] = bounds[index]!;
      const expected = expectedBody(request.headers, start, end);
      expect(request.body.equals(expected), `chunk request ${index} bytes`).toBe(true);
      expect(request.headers.get('content-length')).toBe(String(expected.length));
      expect(request.headers.get('authorization')).toMatch(/^Basic /);
      expect(request.headers.get('user-agent')).toMatch(/^conduit-apivideo\//);
    }
    // The retry is the same request body, boundary included.
    expect(requests[2]!.body.equals(requests[1]!.body)).toBe(true);
    expect(client.transport.stats.retries).toBe(1);
    expect(sameBytes(assembled(mock.state.videos.get(videoId)!.upload), source)).toBe(true);
  });

  it('uploadWithToken streams a file path with videoId on chunks 2..N and no Authorization', async () => {
    const client = createTestClient(clock);
    const { token } = await client.uploadTokens.create({ ttl: 3600 });
    await sent();
    const video = await uploadWithToken(token, filePath, { chunkSize, now: clock.now, sleep: clock.sleep });
    const requests = await sent();
    expect(requests.map((request) => request.headers.get('content-range'))).toEqual(ranges);
    for (const [index, request] of requests.entries()) {
      const start = index * chunkSize;
      const expected = expectedBody(request.headers, start, Math.min(size, start + chunkSize), index === 0 ? undefined : video.videoId);
      expect(request.body.equals(expected), `token chunk ${index} bytes`).toBe(true);
      expect(request.headers.get('authorization')).toBeNull();
    }
    expect(sameBytes(assembled(mock.state.videos.get(video.videoId)!.upload), source)).toBe(true);
  });

  it('a custom fetch still sees every chunk (sent as an in-memory Blob, as before)', async () => {
    const seen: string[] = [];
    const client = createTestClient(clock, {
      fetch: (input, init) => {
        seen.push((input instanceof Request ? input.headers : new Headers(init?.headers)).get('content-range') ?? 'none');
        return fetch(input, init);
      },
    });
    const { videoId } = await client.videos.create({ title: 'Custom fetch' });
    await client.videos.upload(videoId, filePath, { chunkSize });
    expect(seen).toEqual(['none', ...ranges]);
    expect(sameBytes(assembled(mock.state.videos.get(videoId)!.upload), source)).toBe(true);
  });
});
