import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import createClient from 'openapi-fetch';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { basic } from '../../src/auth/basic.js';
import { RateLimitError } from '../../src/errors/rate-limit-error.js';
import { ResponseValidationError } from '../../src/errors/response-validation-error.js';
import { createTransport } from '../../src/transport/create-transport.js';
import { createFakeClock } from '../helpers/fake-clock.js';

const baseUrl = 'https://sandbox.api.video';
const key = 'apivideo-msw-sandbox-key-0001';
const server = setupServer();

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

interface Video {
  videoId: string;
  title: string;
}

interface paths {
  '/videos/{videoId}': {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: { query?: never; header?: never; path: { videoId: string }; cookie?: never };
      requestBody?: never;
      responses: { 200: { headers: { [name: string]: unknown }; content: { 'application/json': Video } } };
    };
  };
  '/videos': {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    post: {
      parameters: { query?: never; header?: never; path?: never; cookie?: never };
      requestBody: { content: { 'application/json': { title: string } } };
      responses: { 201: { headers: { [name: string]: unknown }; content: { 'application/json': Video } } };
    };
  };
}

function client() {
  const clock = createFakeClock();
  const transport = createTransport({ provider: 'apivideo', auth: basic()(key), now: clock.now, sleep: clock.sleep });
  return { api: createClient<paths>({ baseUrl, fetch: transport }), clock, transport };
}

describe('over HTTP (msw, global fetch)', () => {
  it('GET and POST through openapi-fetch reach the handler with Basic auth and return data', async () => {
    const seen: Array<{ method: string; authorization: string | null; body: unknown }> = [];
    server.use(
      http.get(`${baseUrl}/videos/:videoId`, ({ request, params }) => {
        seen.push({ method: request.method, authorization: request.headers.get('authorization'), body: null });
        return HttpResponse.json({ videoId: String(params.videoId), title: 'Demo' });
      }),
      http.post(`${baseUrl}/videos`, async ({ request }) => {
        const body = (await request.json()) as { title: string };
        seen.push({ method: request.method, authorization: request.headers.get('authorization'), body });
        return HttpResponse.json({ videoId: 'vi2', title: body.title }, { status: 201 });
      }),
    );
    const { api } = client();
    expect((await api.GET('/videos/{videoId}', { params: { path: { videoId: 'vi1' } } })).data).toEqual({ videoId: 'vi1', title: 'Demo' });
    expect((await api.POST('/videos', { body: { title: 'New' } })).data).toEqual({ videoId: 'vi2', title: 'New' });
    const expectedAuth = `Basic ${Buffer.from(`${key}:`).toString('base64')}`;
    expect(seen).toEqual([
      { method: 'GET', authorization: expectedAuth, body: null },
      { method: 'POST', authorization: expectedAuth, body: { title: 'New' } },
    ]);
  });

  it('a 429 with X-RateLimit-Retry-After then a 200: one wait of the hinted length, then data', async () => {
    let hits = 0;
    server.use(
      http.get(`${baseUrl}/videos/:videoId`, () => {
        hits++;
        return hits === 1
          ? HttpResponse.json(
              { type: 'https://docs.api.video/reference/too-many-requests', title: 'Too many requests.', status: 429 },
              { status: 429, headers: { 'x-ratelimit-limit': '100', 'x-ratelimit-remaining': '0', 'x-ratelimit-retry-after': '3' } },
            )
          : HttpResponse.json({ videoId: 'vi1', title: 'Demo' }, { headers: { 'x-ratelimit-remaining': '99' } });
      }),
    );
    const { api, clock, transport } = client();
    const { data } = await api.GET('/videos/{videoId}', { params: { path: { videoId: 'vi1' } } });
    expect(data?.title).toBe('Demo');
    expect(hits).toBe(2);
    expect(clock.sleeps).toEqual([3000]);
    expect(transport.stats).toMatchObject({ rateLimited: 1, retries: 1 });
  });

  it('429s all the way: RateLimitError after 3 attempts, with the problem title as message', async () => {
    server.use(
      http.get(`${baseUrl}/videos/:videoId`, () =>
        HttpResponse.json({ title: 'Too many requests.', status: 429 }, { status: 429, headers: { 'retry-after': '1' } }),
      ),
    );
    const { api } = client();
    const error = await api.GET('/videos/{videoId}', { params: { path: { videoId: 'vi1' } } }).catch((caught: unknown) => caught);
    expect(RateLimitError.isInstance(error)).toBe(true);
    expect((error as RateLimitError).message).toBe('Too many requests.');
    expect((error as RateLimitError).attempts).toBe(3);
  });

  it('a 200 with a truncated JSON body is a ResponseValidationError through openapi-fetch', async () => {
    server.use(
      http.get(
        `${baseUrl}/videos/:videoId`,
        () => new HttpResponse('{"videoId": "vi1", "tit', { headers: { 'content-type': 'application/json' } }),
      ),
    );
    const { api } = client();
    const error = await api.GET('/videos/{videoId}', { params: { path: { videoId: 'vi1' } } }).catch((caught: unknown) => caught);
    expect(ResponseValidationError.isInstance(error)).toBe(true);
  });
});
