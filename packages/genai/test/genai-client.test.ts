import { ConfigurationError } from '@conduit/core';
import { createRecordingFetch, jsonResponse } from '@conduit/testing/conformance';
import { genaiTestKey } from '@conduit/testing/genai';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGenAIClient, defaultGenAIBaseUrl } from '../src/index.js';
import { useGenAIServer } from './helpers/use-genai-server.js';

const { mock, server, client } = useGenAIServer();

let savedKey: string | undefined;
beforeEach(() => {
  savedKey = process.env.GENAI_API_KEY;
  delete process.env.GENAI_API_KEY;
});
afterEach(() => {
  if (savedKey === undefined) {
    delete process.env.GENAI_API_KEY;
  } else {
    process.env.GENAI_API_KEY = savedKey;
  }
});

describe('createGenAIClient', () => {
  it('sends requests to the documented base URL by default', async () => {
    const recording = createRecordingFetch([jsonResponse({ success: true, data: [] })]);
    const genai = createGenAIClient({ apiKey: genaiTestKey, fetch: recording.fetch });
    await genai.listModels();
    expect(recording.requests[0]?.url).toBe('https://api.example.com/v1/models');
    expect(defaultGenAIBaseUrl).toBe('https://api.example.com/v1');
  });

  it('sends requests to a configured baseUrl', async () => {
    const recording = createRecordingFetch([jsonResponse({ success: true, data: [] })]);
    const genai = createGenAIClient({ apiKey: genaiTestKey, baseUrl: 'https://genai.internal.test/api/v1/', fetch: recording.fetch });
    await genai.listModels();
    expect(recording.requests[0]?.url).toBe('https://genai.internal.test/api/v1/models');
  });

  it.each([
    ['with whitespace', 'abc def', /contains whitespace/],
    ['with a control character', 'abc\u0007def', /not in the documented format\. Expected a non-empty token of visible ASCII/],
    ['with non-ASCII characters', 'clé-secrète-123', /not in the documented format/],
  ])('refuses a key %s', (_name, apiKey, message) => {
    expect(() => createGenAIClient({ apiKey })).toThrowError(message);
  });

  it('accepts any prefix (none is documented)', async () => {
    for (const apiKey of ['sk-abc123', 'key_1234567890', 'eyJhbGciOi.payload.sig', genaiTestKey]) {
      const recording = createRecordingFetch([jsonResponse({ success: true, data: [] })]);
      await createGenAIClient({ apiKey, fetch: recording.fetch }).listModels();
      expect(recording.requests[0]?.headers.get('authorization')).toBe(`Bearer ${apiKey}`);
    }
  });

  it('shows a bad key masked and names the variable', () => {
    process.env.GENAI_API_KEY = 'secretvalue\u0001xyz';
    const error = (() => {
      try {
        createGenAIClient();
      } catch (caught) {
        return caught as Error;
      }
      return undefined;
    })();
    expect(ConfigurationError.isInstance(error)).toBe(true);
    expect(error?.message).toContain('GENAI_API_KEY');
    expect(error?.message).not.toContain('secretvalue');
  });

  it('refuses unknown options and a non-boolean validateRequests', () => {
    expect(() => createGenAIClient({ apiKey: genaiTestKey, retries: 3 } as never)).toThrowError(/unknown option `retries`/);
    expect(() => createGenAIClient({ apiKey: genaiTestKey, validateRequests: 'yes' } as never)).toThrowError(
      /`validateRequests` must be true or false/,
    );
  });

  it('refuses an http base URL off loopback', () => {
    expect(() => createGenAIClient({ apiKey: genaiTestKey, baseUrl: 'http://api.example.com/v1' })).toThrow(ConfigurationError);
  });
});

describe('client.api', () => {
  it('reaches the template endpoint /new-endpoint with the raw envelope', async () => {
    const sent: unknown[] = [];
    server.events.on('request:start', async ({ request }) => {
      sent.push(await request.clone().json());
    });
    const { data, response } = await client().api.POST('/new-endpoint', { body: { parameter1: 'hello', parameter2: 2 } });
    expect(response.status).toBe(200);
    expect(sent).toEqual([{ parameter1: 'hello', parameter2: 2 }]);
    // The mock answers with the spec's example, envelope and all.
    expect(data).toEqual({ success: true, data: { id: 'new_123', result: 'Some result' } });
  });

  it('throws the same typed errors as the methods', async () => {
    await expect(client().api.POST('/new-endpoint', { body: {} as never })).rejects.toMatchObject({
      name: 'BadRequestError',
      code: 'MISSING_REQUIRED_FIELD',
      details: { field: 'parameter1' },
    });
    expect(mock.requests).toHaveLength(1);
  });
});
