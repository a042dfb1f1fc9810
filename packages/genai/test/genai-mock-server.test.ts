import { createMockServer, type MockServer } from '@conduit/testing';
import { createGenAIMock, genaiTestKey } from '@conduit/testing/genai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGenAIClient } from '../src/index.js';

let served: MockServer;
beforeAll(async () => {
  served = await createMockServer({ providers: [createGenAIMock()] });
});
afterAll(() => served.close());

describe('GenAI over the embedded mock server', () => {
  it('runs the main workflow over real HTTP on loopback', async () => {
    const genai = createGenAIClient({ apiKey: genaiTestKey, baseUrl: served.baseUrl('genai') });
    const models = await genai.listModels();
    const text = await genai.generate({ prompt: 'Summarise the news', model: models[0]?.id ?? 'gpt-4', max_tokens: 40 });
    const image = await genai.generateImage({ prompt: 'A lighthouse', model: 'dall-e-3' });
    const analysis = await genai.analyze({ text: text.content, tasks: ['keywords'] });
    expect(models.map((model) => model.id)).toContain('gpt-4');
    expect(text).toMatchObject({ id: 'gen_0000000001', model: 'gpt-4' });
    expect(image.url).toBe('https://api.example.com/images/img_0000000001.png');
    expect(analysis.keywords?.length).toBeGreaterThan(0);
    expect(served.requestCounts.genai).toBe(4);
  });

  it('answers a bad key with the GenAI 401 envelope over HTTP', async () => {
    const genai = createGenAIClient({ apiKey: 'genai-revoked-key-42', baseUrl: served.baseUrl('genai') });
    await expect(genai.listModels()).rejects.toMatchObject({ name: 'AuthenticationError', code: 'REVOKED_API_KEY' });
  });
});
