import { apiVideoOperations } from '@conduit/specs/apivideo';
import { apiVideoDocument } from '@conduit/specs/apivideo/document';
import { HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { createGenAIMock, genaiBaseUrl, genaiTestKey } from '../../src/genai.js';
import { createMockKernel } from '../../src/kernel/create-mock-kernel.js';
import { createScriptixMock, scriptixBaseUrl, scriptixBaseUrlV4, scriptixTestKey } from '../../src/scriptix.js';
import { genaiTestKernel, kernelTestProfile, useKernelServer } from './support/kernel-fixture.js';

const baseUrl = 'https://kernel-log.example.com/v1';
const profile = kernelTestProfile(baseUrl);
const server = useKernelServer();

const genaiKernel = (limit = 10) => genaiTestKernel(server, profile, {}, { limit });

const generate = (body: unknown, headers: Record<string, string> = { authorization: 'Bearer k' }) =>
  fetch(`${baseUrl}/generate`, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify(body) });

describe('the kernel request log', () => {
  it('records every request that reached an operation, in order, with what was sent and the status answered', async () => {
    const kernel = genaiKernel();
    await generate({ prompt: 'Hi', model: 'gpt-4' }, { authorization: 'Bearer k', 'X-Trace': 'abc' });
    await fetch(`${baseUrl}/models?limit=2&q=a%20b`, { headers: { authorization: 'Bearer k' } });
    expect(kernel.requests).toEqual([
      {
        operationId: 'generate',
        bucket: 'generate',
        method: 'POST',
        url: `${baseUrl}/generate`,
        path: '/generate',
        search: '',
        headers: expect.objectContaining({ authorization: 'Bearer k', 'x-trace': 'abc', 'content-type': 'application/json' }),
        body: { prompt: 'Hi', model: 'gpt-4' },
        files: {},
        status: 200,
      },
      expect.objectContaining({ operationId: 'listModels', method: 'GET', path: '/models', search: 'limit=2&q=a%20b', body: undefined }),
    ]);
  });

  it('records refusals with their status: a missing credential, a spent window and a body that breaks the spec', async () => {
    const kernel = genaiKernel(2);
    expect((await generate({ prompt: 'Hi', model: 'gpt-4' }, {})).status).toBe(401);
    expect((await generate({ model: 'gpt-4' })).status).toBe(400);
    expect((await generate({ prompt: 'Hi', model: 'gpt-4' })).status).toBe(200);
    expect((await generate({ prompt: 'Hi', model: 'gpt-4' })).status).toBe(429);
    expect(kernel.requests.map((request) => request.status)).toEqual([401, 400, 200, 429]);
    expect(kernel.requests[0]?.body).toEqual({ prompt: 'Hi', model: 'gpt-4' });
    expect(kernel.requests[1]?.body).toEqual({ model: 'gpt-4' });
  });

  it("keeps a multipart request's string fields as its body and its files by field name with their sizes", async () => {
    const kernel = createMockKernel({ table: apiVideoOperations, document: apiVideoDocument, baseUrl: 'https://ws.api.video', profile });
    server.use(...kernel.routes({ uploadWithUploadToken: () => HttpResponse.json({}, { status: 201 }) }, { examples: false }));
    const form = new FormData();
    form.set('videoId', 'vi1');
    form.set('file', new File([new Uint8Array(1234)], 'clip.mp4', { type: 'video/mp4' }));
    await fetch('https://ws.api.video/upload?token=to1', { method: 'POST', body: form });
    expect(kernel.requests).toMatchObject([
      {
        operationId: 'uploadWithUploadToken',
        path: '/upload',
        search: 'token=to1',
        body: { videoId: 'vi1' },
        files: { file: { name: 'clip.mp4', size: 1234, type: 'video/mp4' } },
      },
    ]);
  });

  it("is each provider mock's requests, one log for every base URL it answers, emptied by reset()", async () => {
    const scriptix = createScriptixMock();
    const genai = createGenAIMock();
    server.use(...scriptix.handlers, ...genai.handlers);
    const bearer = { authorization: `Bearer ${scriptixTestKey}` };
    await fetch(`${scriptixBaseUrl}/account/me`, { headers: bearer });
    await fetch(`${scriptixBaseUrlV4}/realtime/status`, { headers: bearer });
    await fetch(`${genaiBaseUrl}/models`, { headers: { authorization: `Bearer ${genaiTestKey}` } });
    expect(scriptix.requests.map((request) => `${request.operationId} ${request.path} ${request.status}`)).toEqual([
      'getAccount /account/me 200',
      'getRealtimeStatus /realtime/status 200',
    ]);
    expect(genai.requests.map((request) => request.operationId)).toEqual(['listModels']);
    scriptix.reset();
    genai.reset();
    expect(scriptix.requests).toEqual([]);
    expect(genai.requests).toEqual([]);
  });
});
