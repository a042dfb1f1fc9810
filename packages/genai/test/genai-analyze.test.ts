import { ConfigurationError } from '@conduit/core';
import { describe, expect, it } from 'vitest';
import { useGenAIServer } from './helpers/use-genai-server.js';

const { mock, client } = useGenAIServer();

const text = 'John Doe says artificial intelligence is changing how we work. Artificial intelligence is great.';

describe('analyze', () => {
  it('returns only the requested analyses', async () => {
    // The mock answers with the spec example's results for the tasks requested.
    const result = await client().analyze({ text, tasks: ['sentiment', 'entities', 'keywords'], language: 'en' });
    expect(result.sentiment).toEqual({ score: 0.8, label: 'positive' });
    expect(result.entities).toEqual([{ text: 'John Doe', type: 'PERSON', confidence: 0.95 }]);
    expect(result.keywords).toEqual([{ text: 'artificial intelligence', score: 0.92 }]);
    const onlySentiment = await client().analyze({ text, tasks: ['sentiment'] });
    expect(Object.keys(onlySentiment)).toEqual(['sentiment']);
    expect(mock.requests).toHaveLength(2);
  });

  it.each([
    [{ text, tasks: [] }, /`tasks` must name at least one task/],
    [{ text, tasks: ['summary'] }, /`tasks.0` must be one of "sentiment", "entities", "keywords" \(got "summary"\)/],
    [{ text, tasks: ['sentiment', 'sentiment'] }, /`tasks` must not repeat a task/],
    [{ text }, /`tasks` is required/],
    [{ tasks: ['sentiment'] }, /`text` is required/],
    [{ text, tasks: ['keywords'], language: '' }, /`language` must be a language code/],
  ])('refuses %o before sending', async (request, message) => {
    const error = await client()
      .analyze(request as never)
      .catch((caught: unknown) => caught);
    expect(ConfigurationError.isInstance(error)).toBe(true);
    expect((error as Error).message).toMatch(message);
    expect(mock.requests).toHaveLength(0);
  });

  it('maps the server refusal of unknown tasks to BadRequestError', async () => {
    await expect(client({ validateRequests: false }).analyze({ text, tasks: ['summary'] as never })).rejects.toMatchObject({
      name: 'BadRequestError',
      code: 'INVALID_FIELD_VALUE',
      details: { field: 'tasks' },
    });
  });
});
