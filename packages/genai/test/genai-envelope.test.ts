import { createRecordingFetch, jsonResponse } from '@conduit/testing/conformance';
import { genaiTestKey } from '@conduit/testing/genai';
import { describe, expect, it } from 'vitest';
import { createGenAIClient } from '../src/index.js';

const clientAnswering = (body: unknown, headers: Record<string, string> = {}) =>
  createGenAIClient({ apiKey: genaiTestKey, fetch: createRecordingFetch([jsonResponse(body, 200, headers)]).fetch, maxRetries: 0 });

describe('envelope unwrapping', () => {
  it('returns data when the envelope has no meta (as several documented examples)', async () => {
    const result = await clientAnswering({ success: true, data: [] }).listModels().withResponse();
    expect(result).toMatchObject({ data: [], meta: undefined, requestId: undefined, rateLimit: undefined });
  });

  it('falls back to an x-request-id header for the request id', async () => {
    const result = await clientAnswering({ success: true, data: [] }, { 'x-request-id': 'hdr_1' }).listModels().withResponse();
    expect(result.requestId).toBe('hdr_1');
  });

  it('prefers meta.request_id to the x-request-id header', async () => {
    const result = await clientAnswering({ success: true, data: [], meta: { request_id: 'req_meta' } }, { 'x-request-id': 'hdr_1' })
      .listModels()
      .withResponse();
    expect(result).toMatchObject({ requestId: 'req_meta', meta: { request_id: 'req_meta' } });
  });

  it('sends per-call headers on the wire', async () => {
    const recording = createRecordingFetch([jsonResponse({ success: true, data: [] })]);
    const genai = createGenAIClient({ apiKey: genaiTestKey, fetch: recording.fetch });
    await genai.listModels({ headers: { 'x-trace': 'abc' } });
    expect(recording.requests[0]?.headers.get('x-trace')).toBe('abc');
  });

  it('reads X-RateLimit-Reset as Unix seconds', async () => {
    const result = await clientAnswering(
      { success: true, data: [] },
      { 'X-RateLimit-Limit': '60', 'X-RateLimit-Remaining': '7', 'X-RateLimit-Reset': '1767225660' },
    )
      .listModels()
      .withResponse();
    expect(result.rateLimit).toMatchObject({ limit: 60, remaining: 7, resetAt: 1_767_225_660_000 });
  });

  it('throws the typed error of a 2xx that says success: false', async () => {
    const body = { success: false, error: { code: 'QUOTA_EXCEEDED', message: 'Monthly quota exceeded' }, meta: { request_id: 'req_9' } };
    await expect(clientAnswering(body).listModels()).rejects.toMatchObject({
      name: 'QuotaExceededError',
      code: 'QUOTA_EXCEEDED',
      requestId: 'req_9',
      message: 'Monthly quota exceeded',
    });
  });

  it.each([
    ['no data', { success: true }],
    ['not an envelope', ['gpt-4']],
    ['success: false without an error', { success: false, data: [] }],
  ])('refuses a 2xx with %s as a ResponseValidationError', async (_name, body) => {
    await expect(clientAnswering(body).listModels()).rejects.toMatchObject({ name: 'ResponseValidationError', status: 200 });
  });
});
