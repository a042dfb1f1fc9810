import { APIConnectionError } from '@conduit/core';
import { createGenAIClient } from '@conduit/genai';
import { createGenAIMock, genaiScenarios, genaiTestKey } from '@conduit/testing/genai';
import { createViddyScribeMock, viddyscribeScenarios, viddyscribeTestKey } from '@conduit/testing/viddyscribe';
import { createViddyScribeClient } from '@conduit/viddyscribe';
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { describeVideo } from '../src/describe-video.js';

// Our handlers behave like the real APIs: auth checked, jobs move from queued to done over polls.
const viddyscribe = createViddyScribeMock();
const genai = createGenAIMock();
const server = setupServer(...viddyscribe.handlers, ...genai.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  viddyscribe.reset();
});
afterAll(() => server.close());

// Tests never wait on real time: sleeps return at once.
const noWait = async () => {};
const clients = () => ({
  viddyscribe: createViddyScribeClient({ apiKey: viddyscribeTestKey, sleep: noWait }),
  genai: createGenAIClient({ apiKey: genaiTestKey, sleep: noWait }),
});

describe('describeVideo', () => {
  it('describes a video end to end', async () => {
    const result = await describeVideo(clients(), 'https://cdn.example.com/launch.mp4');
    expect(result.status).toBe('described');
    expect(result.jobId).toMatch(/^task_/);
    expect(result.summary?.length).toBeGreaterThan(0);
  });

  it('rides out a rate limit and an outage', async () => {
    // A 503 with Retry-After proves the POST was not processed, so even the paid generate call is retried.
    server.use(
      viddyscribeScenarios.rateLimited({ retryAfter: 2, method: 'GET' }),
      genaiScenarios.outage({ status: 503, times: 2, retryAfter: 1 }),
    );
    const result = await describeVideo(clients(), 'https://cdn.example.com/launch.mp4');
    expect(result.status).toBe('described');
  });

  it('reports an exhausted plan instead of crashing', async () => {
    server.use(
      viddyscribeScenarios.sequence([{ status: 429, code: 'plan_limit_exceeded', message: 'Monthly plan limit reached' }], {
        method: 'POST',
      }),
    );
    const result = await describeVideo(clients(), 'https://cdn.example.com/launch.mp4');
    expect(result).toEqual({ status: 'over-quota' });
  });

  it('does not resend a paid generate call after an ambiguous 503', async () => {
    server.use(genaiScenarios.outage({ status: 503, times: 1 }));
    await expect(describeVideo(clients(), 'https://cdn.example.com/launch.mp4')).rejects.toMatchObject({
      name: 'InternalServerError',
      attempts: 1,
    });
  });

  it('surfaces a network failure as a typed error', async () => {
    server.use(genaiScenarios.networkError({ times: 10 }));
    await expect(describeVideo(clients(), 'https://cdn.example.com/launch.mp4')).rejects.toSatisfy((error) =>
      APIConnectionError.isInstance(error),
    );
  });

  it('lets a test override one answer with plain msw', async () => {
    server.use(
      http.post('https://api.example.com/v1/generate', () =>
        HttpResponse.json({
          success: true,
          data: {
            id: 'gen_1',
            content: 'Stubbed.',
            model: 'gpt-4',
            created: 1,
            usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
          },
        }),
      ),
    );
    const result = await describeVideo(clients(), 'https://cdn.example.com/launch.mp4');
    expect(result.summary).toBe('Stubbed.');
  });
});
