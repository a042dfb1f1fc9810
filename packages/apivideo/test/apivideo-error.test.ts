import { AuthenticationError, ConflictError, QuotaExceededError } from '@conduit/core';
import fc from 'fast-check';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { withEnvironmentHint } from '../src/apivideo-error-hint.js';
import { type ApiVideoErrorDetails, parseApiVideoError, problemSlug } from '../src/index.js';
import { createTestClient, useApiVideoMock } from './helpers.js';

const docs = 'https://docs.api.video/reference/';
const context = (status: number) => ({ status, headers: new Headers({ 'content-type': 'application/problem+json' }) });

describe('parseApiVideoError', () => {
  it('keeps the type URL as the code, title and detail as the message, problems and extras in details', () => {
    const parsed = parseApiVideoError(
      {
        type: `${docs}invalid-attribute`,
        title: 'An attribute is invalid.',
        status: 400,
        name: 'pageSize',
        detail: 'This value should be between 10 and 100.',
        range: { min: 10, max: 100 },
        problems: [{ type: `${docs}invalid-attribute`, title: 'An attribute is invalid.', name: 'pageSize' }],
      },
      context(400),
    );
    expect(parsed?.code).toBe(`${docs}invalid-attribute`);
    expect(parsed?.message).toBe('An attribute is invalid. This value should be between 10 and 100.');
    const details = parsed?.details as ApiVideoErrorDetails;
    expect(details.name).toBe('pageSize');
    expect(details.problems).toHaveLength(1);
    expect(details.problems[0]?.name).toBe('pageSize');
    expect(details.extra).toEqual({ range: { min: 10, max: 100 } });
    expect(parsed?.kind).toBeUndefined();
  });

  it.each([
    ['too-many-requests', 429, 'rate-limit'],
    ['webhook-limit-reached', 400, 'quota'],
    ['authentication-invalid-user-credentials', 400, 'authentication'],
    ['authentication-invalid-access-token', 401, 'authentication'],
    ['authorization-suspended-account', 403, 'permission'],
    ['summary-already-exists', 409, 'conflict'],
    ['resource-not-found', 404, undefined],
  ])('reads %s (%i) as kind %s', (slug, status, kind) => {
    expect(parseApiVideoError({ type: `${docs}${slug}`, title: 'x', status }, context(status))?.kind).toBe(kind);
  });

  it('accepts a null or missing name and no status (429 and unrecognised URL bodies)', () => {
    expect(parseApiVideoError({ type: `${docs}too-many-requests`, title: 'Too many requests.' }, context(429))?.code).toBe(
      `${docs}too-many-requests`,
    );
    const details = parseApiVideoError({ type: `${docs}x`, title: 'y', name: null }, context(400))?.details as
      | ApiVideoErrorDetails
      | undefined;
    expect(details?.name).toBeNull();
  });

  it('returns undefined for bodies that are not problem details, and never throws', () => {
    expect(parseApiVideoError('Bad gateway', context(502))).toBeUndefined();
    expect(parseApiVideoError({ message: 'nope' }, context(400))).toBeUndefined();
    expect(parseApiVideoError(undefined, context(500))).toBeUndefined();
    fc.assert(
      fc.property(fc.anything(), fc.integer({ min: 400, max: 599 }), (body, status) => {
        parseApiVideoError(body, context(status));
      }),
      { numRuns: 300 },
    );
  });

  it('problemSlug takes the last path segment of a type URL', () => {
    expect(problemSlug(`${docs}video-content-range-by-bytes-range-overlap`)).toBe('video-content-range-by-bytes-range-overlap');
    expect(problemSlug(`${docs}too-many-requests/`)).toBe('too-many-requests');
  });
});

describe('environment hint on rejected credentials', () => {
  const hinted = withEnvironmentHint(parseApiVideoError, 'production (https://ws.api.video)', 'key');

  it('appends which environment the key was sent to on a 401', () => {
    const parsed = hinted(
      { type: `${docs}authentication-invalid-api-key`, title: 'The API key you sent does not exist.', status: 401 },
      context(401),
    );
    expect(parsed?.message).toBe(
      'The API key you sent does not exist. (api.video keys are per environment: a sandbox key used against production (https://ws.api.video)?)',
    );
    expect(parsed?.code).toBe(`${docs}authentication-invalid-api-key`);
  });

  it('hints even when the 401 body is not problem details', () => {
    expect(hinted('Unauthorized', context(401))?.message).toContain('a sandbox key used against production');
  });

  it('leaves other errors alone', () => {
    expect(hinted({ type: `${docs}resource-not-found`, title: 'Not found.', status: 404 }, context(404))?.message).toBe('Not found.');
  });

  const { mock, clock, server } = useApiVideoMock({ baseUrl: 'https://sandbox.api.video' });

  it('a real 401 from the sandbox names the other environment', async () => {
    const client = createTestClient(clock, { environment: 'sandbox', apiKey: 'aRevokedProductionKey0123456789' });
    const error = await client.videos.get('vi123').catch((caught: unknown) => caught);
    expect(AuthenticationError.isInstance(error)).toBe(true);
    expect((error as Error).message).toContain('a production key used against sandbox (https://sandbox.api.video)?');
    expect((error as AuthenticationError).code).toBe(`${docs}authentication-invalid-api-key`);
    expect(mock.requests).toHaveLength(1);
    expect(server.listHandlers().length).toBeGreaterThan(50);
  });

  it('maps 409 and quota problem bodies to their classes', async () => {
    const client = createTestClient(clock, { environment: 'sandbox' });
    const answer = (slug: string, status: number) => () =>
      HttpResponse.json(
        { type: `${docs}${slug}`, title: 'Refused.', status },
        { status, headers: { 'content-type': 'application/problem+json' } },
      );
    server.use(
      http.post('https://sandbox.api.video/summaries', answer('summary-already-exists', 409)),
      http.post('https://sandbox.api.video/webhooks', answer('webhook-limit-reached', 400)),
    );
    await expect(client.summaries.create({ videoId: 'vi1' })).rejects.toSatisfy(ConflictError.isInstance);
    const error = await client.webhooks
      .create({ events: ['video.source.recorded'], url: 'https://example.com/hook/x' })
      .catch((caught: unknown) => caught);
    expect(QuotaExceededError.isInstance(error)).toBe(true);
    expect((error as QuotaExceededError).status).toBe(400);
  });
});
