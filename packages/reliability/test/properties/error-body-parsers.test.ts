import { type ApiVideoClient, createApiVideoClient } from '@conduit/apivideo';
import { APIError } from '@conduit/core';
import { createGenAIClient, type GenAIClient } from '@conduit/genai';
import { createHesedVidClient, type HesedVidClient } from '@conduit/hesedvid';
import { createScriptixClient, type ScriptixClient } from '@conduit/scriptix';
import { createViddyScribeClient, type ViddyScribeClient } from '@conduit/viddyscribe';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { providerKeys } from '../support/provider-mocks.js';
import { numRuns } from '../support/runs.js';

/** The answer the injected fetch gives next. */
let answer = { status: 500, body: '', type: 'application/json' as string | undefined };
const fetch: typeof globalThis.fetch = async () =>
  new Response(answer.body, { status: answer.status, headers: answer.type ? { 'content-type': answer.type } : {} });
const options = { fetch, maxRetries: 0, baseUrl: 'https://api.conduit.test/v1' };

const clients = {
  genai: createGenAIClient({ ...options, apiKey: providerKeys.genai }),
  viddyscribe: createViddyScribeClient({ ...options, apiKey: providerKeys.viddyscribe }),
  hesedvid: createHesedVidClient({ ...options, apiKey: providerKeys.hesedvid, orgId: 'org_123456789', environment: 'prod' }),
  scriptix: createScriptixClient({ ...options, apiKey: providerKeys.scriptix }),
  apivideo: createApiVideoClient({ ...options, apiKey: providerKeys.apivideo }),
};

/** One read per provider; each goes through the provider's error-body parser on a non-2xx answer. */
const reads: Array<[id: string, read: () => Promise<unknown>]> = [
  ['genai', () => (clients.genai as GenAIClient).listModels()],
  ['viddyscribe', () => (clients.viddyscribe as ViddyScribeClient).jobs.get('task_abc123xyz')],
  ['hesedvid', () => (clients.hesedvid as HesedVidClient).videos.get('pubvid_AbCdEf')],
  ['scriptix', () => (clients.scriptix as ScriptixClient).sessions.get('5f2b8c1e9a7d4e3f8b6a0c1d2e3f4a5b')],
  ['apivideo', () => (clients.apivideo as ApiVideoClient).videos.get('vi4blUQJFrYWbaG44NChkH27')],
];

const anyJson = fc.jsonValue();
/** Bodies shaped like the documented ones (ViddyScribe's two, Scriptix's three, problem+json, GenAI's envelope) with any values. */
const providerish = fc.record(
  {
    success: fc.oneof(fc.boolean(), anyJson),
    error: fc.oneof(
      fc.string(),
      fc.record(
        { code: fc.oneof(fc.string(), fc.integer(), anyJson), message: fc.oneof(fc.string(), anyJson), details: anyJson },
        { requiredKeys: [] },
      ),
      anyJson,
    ),
    message: fc.oneof(fc.string(), anyJson),
    code: fc.oneof(
      fc.constantFrom('upload_not_ready', 'QUOTA_EXCEEDED', 'RATE_LIMIT_EXCEEDED', 'INVALID_API_KEY', 'unauthorized'),
      fc.string(),
      anyJson,
    ),
    error_code: fc.oneof(fc.constantFrom('INVALID_API_KEY', 'RATE_LIMIT_EXCEEDED', 'KEY_REVOKED'), anyJson),
    details: fc.oneof(
      fc.record({ retry_after: fc.oneof(fc.double(), fc.string(), fc.integer({ min: -5, max: 1e9 })) }, { requiredKeys: [] }),
      anyJson,
    ),
    type: fc.oneof(fc.constant('https://docs.api.video/reference/too-many-requests'), fc.webUrl(), anyJson),
    title: fc.oneof(fc.string(), anyJson),
    status: fc.oneof(fc.integer({ min: 100, max: 599 }), anyJson),
    problems: fc.oneof(
      fc.array(fc.record({ type: fc.string(), title: fc.string(), name: fc.oneof(fc.string(), fc.constant(null)) })),
      anyJson,
    ),
    meta: fc.oneof(fc.record({ request_id: fc.oneof(fc.string(), anyJson) }), anyJson),
    upload_status: anyJson,
    retry_after: anyJson,
  },
  { requiredKeys: [] },
);

const body = fc.oneof(
  anyJson.map((value) => ({ text: JSON.stringify(value), type: 'application/json' })),
  providerish.map((value) => ({ text: JSON.stringify(value), type: 'application/problem+json' })),
  providerish.map((value) => ({ text: JSON.stringify(value), type: 'application/json' })),
  fc.string().map((text) => ({ text, type: 'text/plain' })),
  fc.string({ unit: 'binary' }).map((text) => ({ text, type: undefined })),
  fc.constantFrom('<html><body>502 Bad Gateway</body></html>', '{"error": ', '', 'null', '[]').map((text) => ({ text, type: 'text/html' })),
);

describe.each(reads)('%s error-body parser (property)', (_id, read) => {
  it('turns any non-2xx body into a typed APIError that keeps the status, and never throws anything else', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 400, max: 599 }), body, async (status, { text, type }) => {
        answer = { status, body: text, type };
        const error = await read().then(
          () => new Error('resolved'),
          (caught: unknown) => caught,
        );
        expect(APIError.isInstance(error), `${status} ${text.slice(0, 80)}: ${String(error)}`).toBe(true);
        expect((error as APIError).status).toBe(status);
        expect(typeof JSON.stringify(error)).toBe('string');
      }),
      { numRuns },
    );
  });
});
