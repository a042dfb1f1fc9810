import { ConfigurationError } from '@conduit/core';
import { createRecordingFetch, jsonResponse } from '@conduit/testing/conformance';
import { hesedvidTestKey } from '@conduit/testing/hesedvid';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHesedVidClient, type HesedVidClientOptions } from '../src/index.js';
import { orgId, useHesedVidMock } from './helpers/setup.js';

const { requests } = useHesedVidMock();

let saved: string | undefined;
beforeEach(() => {
  saved = process.env.HESEDVID_API_KEY;
  delete process.env.HESEDVID_API_KEY;
});
afterEach(() => {
  if (saved === undefined) {
    delete process.env.HESEDVID_API_KEY;
  } else {
    process.env.HESEDVID_API_KEY = saved;
  }
});

function configurationErrorOf(options: unknown): ConfigurationError {
  try {
    createHesedVidClient(options as HesedVidClientOptions);
  } catch (error) {
    if (ConfigurationError.isInstance(error)) {
      return error;
    }
    throw error;
  }
  throw new Error('expected a ConfigurationError');
}

describe('createHesedVidClient', () => {
  it('requires orgId before anything else, even before the key', () => {
    expect(configurationErrorOf({}).message).toMatch(/`orgId` is required/);
    expect(configurationErrorOf({ orgId: '' }).message).toMatch(/`orgId` is required.*empty string/);
    expect(configurationErrorOf({ orgId: '   ', apiKey: hesedvidTestKey }).message).toMatch(/`orgId` is required/);
    expect(configurationErrorOf({ orgId: 42, apiKey: hesedvidTestKey }).message).toMatch(/got number/);
    expect(configurationErrorOf(undefined).message).toMatch(/options object with at least `orgId`/);
  });

  it('refuses an empty or non-string environment', () => {
    expect(configurationErrorOf({ orgId, apiKey: hesedvidTestKey, environment: '' }).message).toMatch(/`environment` must be/);
    expect(configurationErrorOf({ orgId, apiKey: hesedvidTestKey, environment: 7 }).message).toMatch(/`environment` must be/);
  });

  it('refuses unknown options with a suggestion', () => {
    expect(configurationErrorOf({ orgId, apiKey: hesedvidTestKey, enviroment: 'prod' }).message).toMatch(
      /unknown option `enviroment`.*`environment`/,
    );
  });

  it('checks only the documented prefix and an alphanumeric rest of the key', async () => {
    for (const key of ['hv_live_AbCdEfGhIjKlMnOp123456', 'hv_live_123456789abcdefghijklmnopqrstuvwxyz', 'hv_test_x']) {
      const recording = createRecordingFetch([jsonResponse({ body: { id: 'vid_1', name: 'Demo', status: 'ready' } })]);
      await createHesedVidClient({ orgId, apiKey: key, fetch: recording.fetch }).videos.get('pubvid_1');
      expect(recording.requests[0]?.headers.get('x-api-key')).toBe(key);
    }
    for (const key of ['hv_prod_abc123', 'hv_live_', 'hv_test_abc-123', 'sk_live_abc123', 'HV_LIVE_abc']) {
      const error = configurationErrorOf({ orgId, apiKey: key });
      expect(error.message).toMatch(/not in the documented format|HESEDVID_API_KEY/);
    }
  });

  it('names HESEDVID_API_KEY when no key is given and reads it from there', () => {
    expect(configurationErrorOf({ orgId }).message).toContain('HESEDVID_API_KEY');
    process.env.HESEDVID_API_KEY = 'hv_live_fromTheEnvironment1';
    expect(createHesedVidClient({ orgId }).mode).toBe('live');
  });

  it('tells test keys from live keys', () => {
    expect(createHesedVidClient({ orgId, apiKey: hesedvidTestKey }).mode).toBe('test');
    expect(createHesedVidClient({ orgId, apiKey: 'hv_live_123456789abcdefghijklmnopqrstuvwxyz' }).mode).toBe('live');
  });

  it('exposes its scope and the raw client on the same transport', async () => {
    const client = createHesedVidClient({ orgId, environment: 'prod', apiKey: hesedvidTestKey });
    expect(client).toMatchObject({ orgId, environment: 'prod' });
    const { data } = await client.api.GET('/{orgID}/environments', { params: { path: { orgID: orgId } } });
    expect(data?.body).toEqual(expect.arrayContaining([{ id: 'env_prod_123456789', name: 'prod' }]));
    expect(requests[0]?.headers.get('x-api-key')).toBe(hesedvidTestKey);
    expect(client.transport.stats.calls).toBe(1);
  });

  it('raw calls throw the same typed errors', async () => {
    const client = createHesedVidClient({ orgId, apiKey: hesedvidTestKey, maxRetries: 0 });
    await expect(
      client.api.GET('/{orgID}/videos/{publicID}', { params: { path: { orgID: orgId, publicID: 'pubvid_missing' } } }),
    ).rejects.toMatchObject({
      name: 'NotFoundError',
      status: 404,
      code: 'video_not_found',
    });
  });

  it('refuses an insecure base URL', () => {
    expect(configurationErrorOf({ orgId, apiKey: hesedvidTestKey, baseUrl: 'http://api.hesedvid.com/v1/api' }).name).toBe(
      'ConfigurationError',
    );
  });

  it('refuses unknown per-call options', async () => {
    const client = createHesedVidClient({ orgId, apiKey: hesedvidTestKey });
    await expect(client.environments.list({ signl: undefined } as never)).rejects.toThrow(/unknown option `signl`/);
    expect(requests).toHaveLength(0);
  });
});
