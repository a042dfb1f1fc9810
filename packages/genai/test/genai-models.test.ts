import { genaiMockModels, genaiScenarios } from '@conduit/testing/genai';
import { describe, expect, it } from 'vitest';
import { useGenAIServer } from './helpers/use-genai-server.js';

const { server, client } = useGenAIServer();

describe('listModels', () => {
  it('returns the unwrapped model list (the spec example)', async () => {
    const models = await client().listModels();
    expect(models).toEqual(genaiMockModels);
    expect(models.map((model) => model.id)).toEqual(['gpt-4', 'dall-e-3']);
  });

  it('withResponse reports the /models window of 1000 per minute', async () => {
    const result = await client().listModels().withResponse();
    expect(result.rateLimit).toMatchObject({ limit: 1000, remaining: 999 });
    expect(result.meta).toEqual({ request_id: 'req_1234567893', timestamp: '2024-01-01T00:00:00Z' });
    expect(result.requestId).toBe('req_1234567893');
  });

  it('retries a 503 on this read and succeeds', async () => {
    const genai = client();
    server.use(genaiScenarios.outage({ status: 503, times: 1 }));
    await expect(genai.listModels()).resolves.toHaveLength(2);
    expect(genai.transport.stats).toMatchObject({ calls: 1, attempts: 2, retries: 1 });
  });
});
