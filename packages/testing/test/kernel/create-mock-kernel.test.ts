import { genAIOperations } from '@conduit/specs/genai';
import { genAIDocument } from '@conduit/specs/genai/document';
import { HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { createMockKernel, type MockRouteHandler, type MockValidation } from '../../src/kernel/create-mock-kernel.js';
import type { WindowReading } from '../../src/kernel/rate-limit-windows.js';
import { createScenarios } from '../../src/scenarios/create-scenarios.js';
import { genaiTestKernel, kernelTestProfile, useKernelServer } from './support/kernel-fixture.js';

const baseUrl = 'https://kernel.example.com/v1';
const profile = kernelTestProfile(baseUrl);
const server = useKernelServer();

function kernelWith(validate: MockValidation, listModels: MockRouteHandler, limit = 10) {
  const extra = () => ({
    validate,
    now: () => 1_000,
    rateLimitHeaders: (window: WindowReading) => ({ 'x-remaining': String(window.remaining), 'x-bucket': window.bucket }),
  });
  return genaiTestKernel(server, profile, { listModels }, { limit, extra });
}

const models = () => fetch(`${baseUrl}/models`, { headers: { authorization: 'Bearer k' } });
const generate = (body: unknown) =>
  fetch(`${baseUrl}/generate`, {
    method: 'POST',
    headers: { authorization: 'Bearer k', 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

describe('createMockKernel', () => {
  it('answers a request that breaks the spec with the 400 naming the JSON pointer, before the handler runs', async () => {
    kernelWith('requests', () => HttpResponse.json({}));
    const response = await generate({ prompt: 'Hi', model: 'gpt-4', temperature: 9 });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: 'invalid_request', message: expect.stringContaining('body /temperature') });
    expect((await generate({ prompt: 'Hi', model: 'gpt-4' })).status).toBe(200);
  });

  it("records a response that breaks the spec in 'all' mode and throws it with the pointer", async () => {
    const kernel = kernelWith('all', () =>
      HttpResponse.json({ success: true, data: [{ id: 7 }], meta: { request_id: 'r', timestamp: 'now' } }),
    );
    expect((await models()).status).toBe(200);
    expect(kernel.violations.map((violation) => `${violation.operationId} ${violation.pointer}`)).toContain('listModels /data/0/id');
    expect(() => kernel.assertNoViolations()).toThrow(/response of listModels breaks the spec at body \/data\/0\/id/);
    expect(kernel.violations).toEqual([]);
  });

  it("does not check responses in 'requests' mode, nor anything with false", async () => {
    const kernel = kernelWith(false, () => HttpResponse.json({ nonsense: true }, { status: 418 }));
    expect((await models()).status).toBe(418);
    expect((await generate({ model: 'nope' })).status).toBe(200);
    expect(kernel.violations).toEqual([]);
  });

  it('checks the credentials first, then the window of the operation bucket, and sets the headers', async () => {
    kernelWith('all', () => HttpResponse.json({ success: true, data: [], meta: { request_id: 'r', timestamp: 'now' } }), 1);
    expect((await fetch(`${baseUrl}/models`)).status).toBe(401);
    const first = await models();
    expect(first.headers.get('x-bucket')).toBe(genAIOperations.listModels.bucket);
    expect(first.headers.get('x-remaining')).toBe('0');
    const second = await models();
    expect(second.status).toBe(429);
    expect(await second.json()).toMatchObject({ code: 'slow_down' });
  });

  it('refuses to route an operation the spec does not have', () => {
    const kernel = createMockKernel({ table: genAIOperations, document: genAIDocument, baseUrl, profile });
    expect(() => kernel.routes({ nope: () => new Response() })).toThrow(/no operation nope/);
  });

  it('leaves scenario handlers in front of it alone', async () => {
    kernelWith('all', () => HttpResponse.json({}));
    server.use(createScenarios(profile).outage({ status: 503 }));
    expect((await models()).status).toBe(503);
  });
});
