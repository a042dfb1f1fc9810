import { AuthenticationError } from '@conduit/core';
import { describe, expect, it } from 'vitest';
import { createTestClient, useApiVideoMock } from './helpers.js';

describe("auth: 'token' (disposable bearer tokens)", () => {
  const { mock, clock } = useApiVideoMock();

  it('exchanges the key once at /auth/api-key without an Authorization header, then sends Bearer', async () => {
    const client = createTestClient(clock, { auth: 'token' });
    await client.videos.create({ title: 'One' });
    await client.webhooks.list();
    const [exchange, create, list] = mock.requests;
    expect(exchange?.path).toBe('/auth/api-key');
    expect(exchange?.headers.authorization).toBeUndefined();
    expect(create?.headers.authorization).toMatch(/^Bearer eyJ/);
    expect(list?.headers.authorization).toBe(create?.headers.authorization);
    expect(mock.requests.filter((request) => request.path.startsWith('/auth/'))).toHaveLength(1);
  });

  it('refreshes at /auth/refresh shortly before expiry', async () => {
    const client = createTestClient(clock, { auth: 'token', tokenRefreshMarginMs: 60_000 });
    await client.tags.list();
    clock.advance(3_600_000 - 30_000);
    await client.tags.list();
    const paths = mock.requests.map((request) => request.path);
    expect(paths).toEqual(['/auth/api-key', '/tags', '/auth/refresh', '/tags']);
    expect(mock.requests[2]?.headers.authorization).toBeUndefined();
    expect(mock.requests[3]?.headers.authorization).not.toBe(mock.requests[1]?.headers.authorization);
  });

  it('refreshes once after a 401 and repeats the call', async () => {
    const client = createTestClient(clock, { auth: 'token' });
    await client.tags.list();
    mock.state.expireAccessTokens();
    await client.tags.list();
    const paths = mock.requests.map((request) => `${request.path} ${request.status}`);
    expect(paths).toEqual(['/auth/api-key 200', '/tags 200', '/tags 401', '/auth/refresh 200', '/tags 200']);
  });

  it('a rejected key is an AuthenticationError with the environment hint, sent once', async () => {
    const client = createTestClient(clock, { auth: 'token', apiKey: 'revokedKey0123456789abcdef' });
    const error = await client.tags.list().catch((caught: unknown) => caught);
    expect(AuthenticationError.isInstance(error)).toBe(true);
    expect((error as AuthenticationError).status).toBe(400);
    expect((error as Error).message).toContain('a sandbox key used against production');
    expect((error as Error).message).not.toContain('revokedKey0123456789abcdef');
    expect(mock.requests.map((request) => request.path)).toEqual(['/auth/api-key']);
  });
});
