import { HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { MockRouteHandler } from '../../src/kernel/create-mock-kernel.js';
import type { RateLimitWindows, WindowReading } from '../../src/kernel/rate-limit-windows.js';
import { genaiTestKernel, kernelTestProfile, useKernelServer } from './support/kernel-fixture.js';

const baseUrl = 'https://kernel-edges.example.com/v1';
const profile = kernelTestProfile(baseUrl, { errorContentType: 'application/problem+json' });
const server = useKernelServer();

function kernelWith(listModels: MockRouteHandler) {
  const extra = (windows: RateLimitWindows) => ({
    validate: 'all' as const,
    now: () => 1_000,
    peekWindow: (key: string, bucket: string, now: number) => windows.peek(key, bucket, now),
    rateLimitHeaders: (window: WindowReading) => ({ 'x-remaining': String(window.remaining) }),
  });
  return genaiTestKernel(server, profile, { listModels }, { limit: 5, extra });
}

const models = () => fetch(`${baseUrl}/models`, { headers: { authorization: 'Bearer k' } });

describe('createMockKernel edge cases', () => {
  it('records a JSON response whose body does not parse', async () => {
    const kernel = kernelWith(() => new Response('{oops', { headers: { 'content-type': 'application/json' } }));
    expect((await models()).status).toBe(200);
    expect(kernel.violations).toEqual([
      { operationId: 'listModels', direction: 'response', location: 'body', pointer: '', message: 'not valid JSON' },
    ]);
  });

  it('lets a simulated network failure through without labelling or checking it', async () => {
    const kernel = kernelWith(() => HttpResponse.error());
    await expect(models()).rejects.toThrow();
    expect(kernel.requests).toHaveLength(1);
    expect(kernel.requests[0]?.status).toBeUndefined();
    expect(kernel.violations).toEqual([]);
  });

  it('answers a body that is not valid JSON with the invalid-request answer in the profile content type', async () => {
    kernelWith(() => HttpResponse.json({}));
    const response = await fetch(`${baseUrl}/generate`, {
      method: 'POST',
      headers: { authorization: 'Bearer k', 'content-type': 'application/json' },
      body: '{not json',
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(await response.json()).toMatchObject({ code: 'invalid_request', message: expect.stringContaining('not valid JSON') });
  });

  it('puts the window headers on a refused credential without spending the window', async () => {
    const kernel = kernelWith(() => HttpResponse.json({ success: true, data: [], meta: { request_id: 'r', timestamp: 'now' } }));
    const refused = await fetch(`${baseUrl}/models`);
    expect(refused.status).toBe(401);
    expect(refused.headers.get('x-remaining')).toBe('5');
    const allowed = await models();
    expect(allowed.headers.get('x-remaining')).toBe('4');
    expect(kernel.requests.map((request) => request.status)).toEqual([401, 200]);
  });
});
