import { APIConnectionError, ConduitError, ConfigurationError, ConflictError, ResponseValidationError } from '@conduit/core';
import { scriptixBaseUrl } from '@conduit/testing/scriptix';
import { http } from 'msw';
import { describe, expect, it } from 'vitest';
import { tusFailure } from '../src/scriptix-tus-failure.js';
import { fakeAudio } from './helpers/fixtures.js';
import { createTestClient, useScriptixMock } from './helpers/mock-api.js';

const { server } = useScriptixMock();
const metadata = { language: 'en', document_type: 'caption' } as const;
const errors = { APIConnectionError, ConduitError, ConfigurationError, ResponseValidationError };
const failure = (client: ReturnType<typeof createTestClient>['client'], options: object = {}) =>
  client.uploads.tusUpload(fakeAudio(100), { metadata, retryDelays: [], ...options }).catch((caught: unknown) => caught);

describe('what a TUS upload ends with when an answer is not what TUS promises', () => {
  it('a creation without Location, a chunk answer without Upload-Offset: ResponseValidationError', async () => {
    const { client } = createTestClient();
    server.use(http.post(`${scriptixBaseUrl}/files/`, () => new Response(null, { status: 201 })));
    const noLocation = await failure(client);
    expect(ResponseValidationError.isInstance(noLocation)).toBe(true);
    expect(noLocation).toMatchObject({ status: 201, message: 'Scriptix TUS creation answered without a Location header' });

    server.resetHandlers();
    server.use(http.patch(`${scriptixBaseUrl}/files/:fileId`, () => new Response(null, { status: 204 })));
    const noOffset = await failure(client);
    expect(noOffset).toMatchObject({ status: 204, message: 'Scriptix TUS answer has no valid upload-offset header' });
  });

  it('an upload to resume whose length differs from the source: ConfigurationError before any chunk', async () => {
    const { client } = createTestClient();
    const { uploadUrl } = await client.uploads.createTusUpload(50, metadata);
    let patches = 0;
    server.use(http.patch(`${scriptixBaseUrl}/files/:fileId`, () => void patches++));
    const error = await failure(client, { uploadUrl });
    expect(ConfigurationError.isInstance(error)).toBe(true);
    expect((error as Error).message).toContain('is 50 bytes long, but this source has 100');
    expect(patches).toBe(0);
  });

  it("keeps the error underneath tus-js-client's, else names the answer it refused, else wraps its message", () => {
    const underneath = new APIConnectionError('socket hang up');
    expect(tusFailure(errors, { causingError: underneath })).toBe(underneath);
    const request = { getURL: () => `${scriptixBaseUrl}/files/abc`, getMethod: () => 'PATCH' };
    const response = { getStatus: () => 200, getBody: () => 'odd', getHeader: () => undefined };
    const refused = Object.assign(new Error('tus: unexpected response, originated from request (method: PATCH)'), {
      originalRequest: request,
      originalResponse: response,
    });
    expect(tusFailure(errors, refused)).toMatchObject({
      name: 'ResponseValidationError',
      status: 200,
      message: 'Scriptix tus: unexpected response',
    });
    const bare = tusFailure(errors, new Error('tus: neither an endpoint or an upload URL is provided'));
    expect(ConduitError.isInstance(bare)).toBe(true);
    expect((bare as Error).message).toBe('Scriptix tus: neither an endpoint or an upload URL is provided');
  });
});
