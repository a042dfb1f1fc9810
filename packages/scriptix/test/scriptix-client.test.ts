import * as core from '@conduit/core';
import { ConfigurationError } from '@conduit/core';
import { createRecordingFetch, jsonResponse } from '@conduit/testing/conformance';
import { scriptixTestKey } from '@conduit/testing/scriptix';
import { describe, expect, it } from 'vitest';
import * as scriptix from '../src/index.js';
import { APIPromise, createScriptixClient, PagePromise, RateLimitError, type ScriptixClient } from '../src/index.js';
import { fakeAudio } from './helpers/fixtures.js';
import { fakeTime } from './helpers/mock-api.js';

function recorded() {
  const recording = createRecordingFetch([jsonResponse({ result: { session_id: 'abc', status: 'queued' } })]);
  const client = createScriptixClient({ apiKey: scriptixTestKey, fetch: recording.fetch, ...fakeTime() });
  return { client, recording };
}

async function refusedBeforeAnyRequest(call: (client: ScriptixClient) => unknown, message: RegExp) {
  const { client, recording } = recorded();
  let caught: unknown;
  try {
    await call(client);
  } catch (error) {
    caught = error;
  }
  expect(ConfigurationError.isInstance(caught)).toBe(true);
  expect((caught as Error).message).toMatch(message);
  expect(recording.requests).toHaveLength(0);
}

describe('createScriptixClient', () => {
  it('sends Authorization: Bearer by default and x-zoom-s2t-key when asked', async () => {
    for (const [authHeader, name, value] of [
      [undefined, 'authorization', `Bearer ${scriptixTestKey}`],
      ['x-zoom-s2t-key', 'x-zoom-s2t-key', scriptixTestKey],
    ] as const) {
      const recording = createRecordingFetch([jsonResponse({ result: { session_id: 'abc', status: 'queued' } })]);
      const client = createScriptixClient({ apiKey: scriptixTestKey, fetch: recording.fetch, ...(authHeader ? { authHeader } : {}) });
      await client.sessions.get('abc');
      const headers = recording.requests[0]?.headers;
      expect(headers?.get(name)).toBe(value);
      expect(headers?.get(name === 'authorization' ? 'x-zoom-s2t-key' : 'authorization')).toBeNull();
      expect(recording.requests[0]?.url).toBe('https://api.scriptix.io/api/v3/speech-to-text/session/abc');
    }
  });

  it('refuses unknown options, a bad authHeader and a bad pollInterval', () => {
    expect(() => createScriptixClient({ apiKey: scriptixTestKey, authHedaer: 'x' } as never)).toThrow(
      /unknown option `authHedaer`.*authHeader/,
    );
    expect(() => createScriptixClient({ apiKey: scriptixTestKey, authHeader: 'x-api-key' as never })).toThrow(/authHeader/);
    expect(() => createScriptixClient({ apiKey: scriptixTestKey, pollInterval: -1 })).toThrow(/pollInterval/);
    expect(() => createScriptixClient({ apiKey: scriptixTestKey, baseUrl: 'http://api.scriptix.io/api/v3' })).toThrow(/https/);
  });

  it('accepts a JWT from login as the key, and derives the v4 base URL', async () => {
    const recording = createRecordingFetch([
      jsonResponse({ status: 'ready', ready: true, endpoint: 'wss://realtime.scriptix.io/v2/realtime' }),
    ]);
    const client = createScriptixClient({ apiKey: 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln', fetch: recording.fetch });
    await client.realtime.initialize();
    expect(recording.requests[0]?.url).toBe('https://api.scriptix.io/api/v4/realtime/initialize');
  });
});

describe('bad input is refused with a ConfigurationError before any request', () => {
  it('an unknown createSession field', () =>
    refusedBeforeAnyRequest((client) => client.sessions.create({ language: 'en', langauge: 'x' } as never), /unknown option `langauge`/));
  it('a missing language', () => refusedBeforeAnyRequest((client) => client.sessions.create({} as never), /`language` must be a string/));
  it('a malformed language code', () =>
    refusedBeforeAnyRequest((client) => client.sessions.create({ language: 'english please' }), /language code/));
  it('a webhook URL on localhost', () =>
    refusedBeforeAnyRequest(
      (client) => client.sessions.create({ language: 'en', webhook_url: 'https://localhost/hook' }),
      /webhook_url.*public https/,
    ));
  it('a webhook URL that is an IP literal', () =>
    refusedBeforeAnyRequest((client) => client.sessions.create({ language: 'en', webhook_url: 'https://10.0.0.1/hook' }), /webhook_url/));
  it('an out-of-range webhook method', () =>
    refusedBeforeAnyRequest((client) => client.sessions.create({ language: 'en', webhook_method: 'GET' as never }), /"POST", "PUT"/));
  it('a session id with a slash', () => refusedBeforeAnyRequest((client) => client.sessions.get('a/b'), /sessionId/));
  it('an unknown request option, with the name meant', () =>
    refusedBeforeAnyRequest(
      (client) => client.sessions.get('abc', { timout: 5 } as never),
      /unknown option `timout`\. Did you mean `timeout`\?/,
    ));
  it('an unknown request option on a list, a composite and an upload', async () => {
    await refusedBeforeAnyRequest((client) => client.sessions.list({}, { timout: 1 } as never), /Did you mean `timeout`\?/);
    await refusedBeforeAnyRequest(
      (client) => client.transcribe(fakeAudio(4), { language: 'en' }, { timout: 1 } as never),
      /Did you mean `timeout`\?/,
    );
    await refusedBeforeAnyRequest(
      (client) => client.sessions.upload('abc', fakeAudio(4), {}, { timout: 1 } as never),
      /Did you mean `timeout`\?/,
    );
  });
  it('an unknown export format', () =>
    refusedBeforeAnyRequest((client) => client.documents.export('abc', 1, 'mp3' as never), /"json", "srt"/));
  it('a template export without templateId', () =>
    refusedBeforeAnyRequest((client) => client.documents.export('abc', 1, 'template'), /templateId/));
  it('a non-media file for transcription', () =>
    refusedBeforeAnyRequest(
      (client) => client.transcribe(new File(['%PDF'], 'slides.pdf'), { language: 'en' }),
      /audio or video.*application\/pdf/,
    ));
  it('an empty media file', () => refusedBeforeAnyRequest((client) => client.transcribe(new Uint8Array(0), { language: 'en' }), /empty/));
  it('an unknown upload kind', () =>
    refusedBeforeAnyRequest((client) => client.transcribe(fakeAudio(4), { language: 'en', upload: 'ftp' as never }), /"sas", "tus"/));
  it('diarization with a TUS upload (no such metadata key)', () =>
    refusedBeforeAnyRequest(
      (client) => client.transcribe(fakeAudio(4), { language: 'en', upload: 'tus', diarization: true }),
      /diarization.*TUS/,
    ));
  it('a stream without size for TUS', () =>
    refusedBeforeAnyRequest(
      (client) => client.uploads.tusUpload(new Blob([fakeAudio(4)]).stream(), { metadata: { language: 'en', document_type: 'document' } }),
      /ReadableStream source needs `size`/,
    ));
  it('TUS metadata without document_type', () =>
    refusedBeforeAnyRequest(
      (client) => client.uploads.tusUpload(fakeAudio(4), { metadata: { language: 'en' } as never }),
      /document_type/,
    ));
  it('a zero chunk size', () =>
    refusedBeforeAnyRequest(
      (client) => client.uploads.tusUpload(fakeAudio(4), { metadata: { language: 'en', document_type: 'caption' }, chunkSize: 0 }),
      /chunkSize/,
    ));
  it('a list limit of zero, when awaited or iterated', async () => {
    await refusedBeforeAnyRequest((client) => client.sessions.list({ limit: 0 }), /limit/);
    await refusedBeforeAnyRequest((client) => client.sessions.list({ limit: 0 })[Symbol.asyncIterator]().next(), /limit/);
  });
  it('list request options passed where the query goes', () =>
    refusedBeforeAnyRequest((client) => client.tokens.list({ signal: new AbortController().signal } as never), /unknown option `signal`/));
  it('a realtime endpoint over plain ws:// to a public host', () =>
    refusedBeforeAnyRequest(
      (client) =>
        client.realtime.connect({ language: 'en', endpoint: 'ws://realtime.scriptix.io/v2/realtime', WebSocket: class {} as never }),
      /wss:\/\//,
    ));
  it('an unknown request option on realtime.connect', () =>
    refusedBeforeAnyRequest(
      (client) => client.realtime.connect({ language: 'en', token: 'create', WebSocket: class {} as never }, { timout: 1 } as never),
      /Did you mean `timeout`\?/,
    ));
  it('a realtime connection without a WebSocket implementation on Node 20', async () => {
    const global = globalThis as { WebSocket?: unknown };
    const saved = global.WebSocket;
    global.WebSocket = undefined;
    try {
      await refusedBeforeAnyRequest((client) => client.realtime.connect({ language: 'en' }), /no global WebSocket.*`WebSocket` option/);
    } finally {
      global.WebSocket = saved;
    }
  });
});

describe('the provider kit surface', () => {
  it("re-exports core's error classes and promise classes (the same objects)", () => {
    const fromScriptix = new Map(Object.entries(scriptix));
    const fromCore = new Map(Object.entries(core));
    for (const name of [
      'APIError',
      'APIConnectionError',
      'APITimeoutError',
      'AuthenticationError',
      'BadRequestError',
      'ConduitError',
      'ConfigurationError',
      'ConflictError',
      'InternalServerError',
      'NotFoundError',
      'PermissionDeniedError',
      'QuotaExceededError',
      'RateLimitError',
      'RequestAbortedError',
      'ResponseValidationError',
      'UnprocessableEntityError',
      'APIPromise',
      'PagePromise',
    ] as const) {
      expect(fromScriptix.get(name), name).toBe(fromCore.get(name));
      expect(fromCore.get(name), name).toBeDefined();
    }
    expect(RateLimitError).toBeDefined();
  });

  it('returns an APIPromise whose withResponse() gives the request id and rate limit', async () => {
    const recording = createRecordingFetch([
      jsonResponse({ result: { session_id: 'abc', status: 'queued' } }, 200, {
        'x-request-id': 'req_123',
        'x-ratelimit-limit': '60',
        'x-ratelimit-remaining': '59',
        'x-ratelimit-reset': '30',
      }),
    ]);
    const client = createScriptixClient({ apiKey: scriptixTestKey, fetch: recording.fetch, ...fakeTime() });
    const call = client.sessions.get('abc');
    expect(call).toBeInstanceOf(APIPromise);
    const { data, response, requestId, rateLimit } = await call.withResponse();
    expect(data).toEqual({ session_id: 'abc', status: 'queued' });
    expect(response.status).toBe(200);
    expect(requestId).toBe('req_123');
    expect(rateLimit).toMatchObject({ limit: 60, remaining: 59 });
  });

  it('sends per-call headers, and bad input rejects instead of throwing', async () => {
    const { client, recording } = recorded();
    await client.sessions.get('abc', { headers: { 'x-trace': 't-1' } });
    expect(recording.requests[0]?.headers.get('x-trace')).toBe('t-1');
    let promise: unknown;
    expect(() => {
      promise = client.sessions.get('a/b');
    }).not.toThrow();
    await expect(promise).rejects.toBeInstanceOf(ConfigurationError);
    expect(client.tokens.list()).toBeInstanceOf(PagePromise);
  });
});

describe('list paging from the operation table', () => {
  it('pages by offset and, without total_results, stops at a short page', async () => {
    const recording = createRecordingFetch([jsonResponse({ result: [{ id: 1 }, { id: 2 }] }), jsonResponse({ result: [{ id: 3 }] })]);
    const client = createScriptixClient({ apiKey: scriptixTestKey, fetch: recording.fetch, ...fakeTime() });
    const ids: unknown[] = [];
    for await (const token of client.tokens.list({ limit: 2 })) {
      ids.push(token.id);
    }
    expect(ids).toEqual([1, 2, 3]);
    expect(recording.requests.map((request) => new URL(request.url).search)).toEqual(['?offset=0&limit=2', '?offset=2&limit=2']);
  });

  it('pages custom models by page number and stops at total_results without an extra request', async () => {
    const recording = createRecordingFetch([
      jsonResponse({ result: [{ id: 1 }, { id: 2 }], count: 2, total_results: 4 }),
      jsonResponse({ result: [{ id: 3 }, { id: 4 }], count: 2, total_results: 4 }),
    ]);
    const client = createScriptixClient({ apiKey: scriptixTestKey, fetch: recording.fetch, ...fakeTime() });
    const ids: unknown[] = [];
    for await (const model of client.customModels.list({ perPage: 2 })) {
      ids.push(model.id);
    }
    expect(ids).toEqual([1, 2, 3, 4]);
    expect(recording.requests.map((request) => new URL(request.url).searchParams.get('page'))).toEqual(['1', '2']);
  });
});
