import { request as httpRequest } from 'node:http';
import { HttpResponse, http } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createGenAIMock, genaiBaseUrl, genaiTestKey } from '../../src/genai.js';
import { createMockServer, type MockServer } from '../../src/mock-server/create-mock-server.js';

let server: MockServer;
const origin = genaiBaseUrl.replace(/\/$/, '');

beforeAll(async () => {
  server = await createMockServer({ providers: [createGenAIMock()] });
});
afterEach(() => server.resetHandlers());
afterAll(async () => {
  await server.close();
});

/** A raw node:http request, so repeated headers arrive as an array as they do from real clients. */
function raw(path: string, headers: Record<string, string | string[]>): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(`${server.url}${path}`, { headers }, (incoming) => {
      let body = '';
      incoming.on('data', (piece: Buffer) => {
        body += piece.toString('utf8');
      });
      incoming.on('end', () => resolve({ status: incoming.statusCode ?? 0, body }));
    });
    outgoing.on('error', reject);
    outgoing.end();
  });
}

describe('createMockServer', () => {
  it('serves a mounted provider over loopback HTTP and counts its requests', async () => {
    expect(server.baseUrl('genai')).toBe(`${server.url}/genai`);
    const before = server.requestCounts.genai ?? 0;
    const response = await fetch(`${server.baseUrl('genai')}/models`, { headers: { authorization: `Bearer ${genaiTestKey}` } });
    expect(response.status).toBe(200);
    expect(server.requestCounts.genai).toBe(before + 1);
  });

  it('answers 404 naming the path when nothing is mounted there', async () => {
    const response = await fetch(`${server.url}/nowhere/x`);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: 'not_found', message: 'No provider mounted at /nowhere/x' });
  });

  it('answers 404 when no mock handles the request', async () => {
    const response = await fetch(`${server.url}/storage/unknown-object`, { method: 'DELETE' });
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ error: 'not_found', message: 'No mock for DELETE /storage/unknown-object' });
  });

  it('puts handlers from use() first and rewrites provider URLs in Location and text bodies to the local server', async () => {
    server.use(
      http.post(`${origin}/echo`, async ({ request }) =>
        HttpResponse.json(
          { link: `${origin}/models`, received: await request.text(), joined: request.headers.get('x-multi') },
          { status: 201, headers: { location: `${origin}/models/1` } },
        ),
      ),
    );
    const response = await fetch(`${server.baseUrl('genai')}/echo`, { method: 'POST', body: 'payload', redirect: 'manual' });
    expect(response.status).toBe(201);
    expect(response.headers.get('location')).toBe(`${server.baseUrl('genai')}/models/1`);
    expect(await response.json()).toMatchObject({ link: `${server.baseUrl('genai')}/models`, received: 'payload' });
  });

  it('joins repeated request headers, and keeps binary bodies unchanged', async () => {
    server.use(
      http.get(`${origin}/multi`, ({ request }) => HttpResponse.json({ joined: request.headers.get('x-multi') })),
      http.get(
        `${origin}/bytes`,
        () => new HttpResponse(new Uint8Array([0, 255, 1]), { headers: { 'content-type': 'application/octet-stream' } }),
      ),
    );
    expect(JSON.parse((await raw('/genai/multi', { 'x-multi': ['a', 'b'] })).body)).toEqual({ joined: 'a, b' });
    const bytes = new Uint8Array(await (await fetch(`${server.baseUrl('genai')}/bytes`)).arrayBuffer());
    expect([...bytes]).toEqual([0, 255, 1]);
  });

  it('drops the connection for a simulated network failure and answers 500 when a handler throws', async () => {
    server.use(
      http.get(`${origin}/drop`, () => HttpResponse.error()),
      http.get(`${origin}/throw`, () => {
        throw new Error('handler broke');
      }),
    );
    await expect(fetch(`${server.baseUrl('genai')}/drop`)).rejects.toThrow();
    const thrown = await fetch(`${server.baseUrl('genai')}/throw`);
    expect(thrown.status).toBe(500);
    expect(await thrown.json()).toMatchObject({ message: expect.stringContaining('handler broke') });
  });

  it('forgets handlers from use() after resetHandlers()', async () => {
    server.use(http.get(`${origin}/temporary`, () => HttpResponse.json({ ok: true })));
    expect((await fetch(`${server.baseUrl('genai')}/temporary`)).status).toBe(200);
    server.resetHandlers();
    expect((await fetch(`${server.baseUrl('genai')}/temporary`)).status).toBe(404);
  });
});
