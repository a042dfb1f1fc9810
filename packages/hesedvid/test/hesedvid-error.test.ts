import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createHesedVidErrorParser, parseHesedVidError } from '../src/index.js';
import { createTestClient, rejectionOf, useHesedVidMock } from './helpers/setup.js';

const { mock, server, requests } = useHesedVidMock();
const context = (status: number, headers: Record<string, string> = {}) => ({ status, headers: new Headers(headers) });

describe('parseHesedVidError', () => {
  it('reads a flat { error, message } body', () => {
    expect(parseHesedVidError({ error: 'video_not_found', message: 'No such video', requestId: 'req_1' }, context(404))).toEqual({
      code: 'video_not_found',
      message: 'No such video',
      details: undefined,
      requestId: 'req_1',
      kind: undefined,
      retryAfterMs: undefined,
    });
  });

  it('takes prose in `error` as the message and the machine code from `code`', () => {
    expect(parseHesedVidError({ error: 'Upload is still being verified', code: 'upload_not_ready' }, context(409))).toMatchObject({
      code: 'upload_not_ready',
      message: 'Upload is still being verified',
    });
  });

  it('reads a nested { error: { code, message, details } } body', () => {
    expect(parseHesedVidError({ error: { code: 'INVALID_FIELD', message: 'bad', details: { field: 'x' } } }, context(400))).toMatchObject({
      code: 'INVALID_FIELD',
      message: 'bad',
      details: { field: 'x' },
    });
  });

  it('reads an error wrapped in the { body } success envelope', () => {
    expect(parseHesedVidError({ body: { error: 'forbidden', message: 'Use the correct environment key' } }, context(403))).toMatchObject({
      code: 'forbidden',
      message: 'Use the correct environment key',
    });
    expect(parseHesedVidError({ body: { error: { code: 'quota_exceeded', message: 'Plan limit' } } }, context(403))).toMatchObject({
      code: 'quota_exceeded',
      kind: 'quota',
    });
  });

  it('reads a message-only body', () => {
    expect(parseHesedVidError({ message: 'Invalid or missing API key' }, context(401))).toMatchObject({
      message: 'Invalid or missing API key',
      code: undefined,
    });
  });

  it('classifies quota, expired or revoked keys and rate limits by code', () => {
    const kindOf = (code: string) => parseHesedVidError({ error: code }, context(403))?.kind;
    expect(kindOf('quota_exceeded')).toBe('quota');
    expect(kindOf('plan_limit_exceeded')).toBe('quota');
    expect(kindOf('api_key_expired')).toBe('authentication');
    expect(kindOf('api_key_revoked')).toBe('authentication');
    expect(kindOf('rate_limit_exceeded')).toBe('rate-limit');
    expect(kindOf('signed_url_expired')).toBeUndefined();
    expect(kindOf('video_not_found')).toBeUndefined();
  });

  it('returns undefined for bodies that are not one of its shapes', () => {
    for (const body of [undefined, null, 'Bad Gateway', 42, [], {}, { foo: 'bar' }, { error: null }, { body: 'x' }, { error: 7 }]) {
      expect(parseHesedVidError(body, context(500))).toBeUndefined();
    }
  });

  it('turns X-RateLimit-Reset on a 429 into a wait on the given clock, unless Retry-After is present', () => {
    const now = Date.UTC(2030, 0, 1);
    const parse = createHesedVidErrorParser(() => now);
    const reset = String(now / 1000 + 42);
    expect(parse({ error: 'rate_limit_exceeded' }, context(429, { 'X-RateLimit-Reset': reset }))?.retryAfterMs).toBe(42_000);
    expect(parse('Too Many Requests', context(429, { 'X-RateLimit-Reset': reset }))).toEqual({ retryAfterMs: 42_000 });
    expect(parse({}, context(429, { 'X-RateLimit-Reset': reset, 'Retry-After': '5' }))).toBeUndefined();
    expect(parse({}, context(503, { 'X-RateLimit-Reset': reset }))).toBeUndefined();
    expect(parse({}, context(429, { 'X-RateLimit-Reset': String(now / 1000 - 1) }))).toBeUndefined();
  });

  it('never throws, whatever the body and headers', () => {
    fc.assert(
      fc.property(fc.anything(), fc.integer({ min: 400, max: 599 }), fc.string(), (body, status, reset) => {
        let headers: Headers;
        try {
          headers = new Headers({ 'x-ratelimit-reset': reset });
        } catch {
          headers = new Headers();
        }
        const parsed = parseHesedVidError(body, { status, headers });
        expect(parsed === undefined || typeof parsed === 'object').toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

describe('errors from the mock, end to end', () => {
  it('an expired key is an AuthenticationError and is not retried', async () => {
    server.use(mock.scenarios.expiredKey());
    const { client } = createTestClient();
    const error = await rejectionOf(client.environments.list());
    expect(error).toMatchObject({ name: 'AuthenticationError', status: 401, code: 'api_key_expired', message: 'The API key has expired' });
    expect(requests).toHaveLength(1);
  });

  it('a revoked key in the documented format is refused by the mock with its own body', async () => {
    const { client } = createTestClient({ apiKey: 'hv_live_revokedKey123' });
    await expect(client.videos.list()).rejects.toMatchObject({ name: 'AuthenticationError', code: 'api_key_revoked' });
  });

  it('a 403 is a PermissionDeniedError, a quota code a QuotaExceededError (not retried)', async () => {
    server.use(
      mock.scenarios.sequence([
        { status: 403, code: 'forbidden', message: 'Use the correct environment key' },
        { status: 429, code: 'quota_exceeded', message: 'Plan limit reached' },
      ]),
    );
    const { client } = createTestClient();
    await expect(client.environments.list()).rejects.toMatchObject({ name: 'PermissionDeniedError', status: 403, code: 'forbidden' });
    await expect(client.environments.list()).rejects.toMatchObject({ name: 'QuotaExceededError', status: 429, code: 'quota_exceeded' });
    expect(requests).toHaveLength(2);
  });

  it('retries an outage on a read and succeeds', async () => {
    server.use(mock.scenarios.outage({ times: 2 }));
    const { client, clock } = createTestClient();
    await expect(client.environments.list()).resolves.toHaveLength(3);
    expect(requests).toHaveLength(3);
    expect(clock.sleeps).toHaveLength(2);
  });

  it('does not repeat start-processing after an ambiguous 500 unless marked idempotent', async () => {
    server.use(mock.scenarios.outage({ status: 500, path: '/org_123456789/videos/pubvid_x/start-processing' }));
    const { client } = createTestClient();
    await expect(client.videos.startProcessing('pubvid_x')).rejects.toMatchObject({ name: 'InternalServerError' });
    expect(requests).toHaveLength(1);
    server.use(mock.scenarios.outage({ status: 500, path: '/org_123456789/videos/pubvid_x/start-processing' }));
    await expect(client.videos.startProcessing('pubvid_x', { idempotent: true })).rejects.toMatchObject({ name: 'NotFoundError' });
    expect(requests).toHaveLength(3);
  });
});
