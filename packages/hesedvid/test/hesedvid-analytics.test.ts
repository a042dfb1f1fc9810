import { hesedVidOperations } from '@conduit/specs/hesedvid';
import { hesedVidDocument } from '@conduit/specs/hesedvid/document';
import { specExample } from '@conduit/testing';
import { hesedvidTestKey } from '@conduit/testing/hesedvid';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { createTestClient, rejectionOf, useHesedVidMock } from './helpers/setup.js';

const { mock, server, requests } = useHesedVidMock();

/** The `body` of the spec's example answer (what the mock answers for the analytics). */
const exampleOf = (operationId: keyof typeof hesedVidOperations) =>
  (specExample(hesedVidDocument, hesedVidOperations[operationId]).body as { body: unknown }).body;

describe('analytics', () => {
  it('reads every report, unwrapped, from the analytics bucket, on the documented paths without a query', async () => {
    const { client } = createTestClient();
    await expect(client.analytics.usage()).resolves.toEqual(exampleOf('getUsageAnalytics'));
    await expect(client.analytics.storage()).resolves.toEqual(exampleOf('getStorageAnalytics'));
    await expect(client.analytics.daily()).resolves.toEqual(exampleOf('getDailyAnalytics'));
    await expect(client.analytics.resolutionDistribution()).resolves.toEqual(exampleOf('getResolutionDistribution'));
    await expect(client.analytics.video('pubvid_AbCdEfGhIjKlMnOp')).resolves.toEqual(exampleOf('getVideoAnalytics'));
    expect(mock.state.windows.get(`${hesedvidTestKey}:analytics`)?.used).toBe(5);
    expect(requests.map((request) => `${request.method} ${request.url}`)).toEqual([
      'GET https://api.hesedvid.com/v1/api/org_123456789/analytics/usage',
      'GET https://api.hesedvid.com/v1/api/org_123456789/analytics/storage',
      'GET https://api.hesedvid.com/v1/api/org_123456789/analytics/daily',
      'GET https://api.hesedvid.com/v1/api/org_123456789/analytics/resolution-distribution',
      'GET https://api.hesedvid.com/v1/api/org_123456789/videos/pubvid_AbCdEfGhIjKlMnOp/analytics/resolution',
    ]);
  });

  it('refuses a 2xx answer without the { body } envelope', async () => {
    server.use(http.get('https://api.hesedvid.com/v1/api/:orgID/analytics/usage', () => HttpResponse.json({ segmentsServed: 1 })));
    const { client } = createTestClient();
    const error = await rejectionOf(client.analytics.usage());
    expect(error).toMatchObject({ name: 'ResponseValidationError', status: 200 });
    expect(error.message).toContain('{ body }');
  });
});

describe('environments.list', () => {
  it('lists the organization environments', async () => {
    const { client } = createTestClient({ environment: undefined });
    await expect(client.environments.list()).resolves.toEqual([
      { id: 'env_prod_123456789', name: 'prod' },
      { id: 'env_staging_123456789', name: 'staging' },
      { id: 'env_dev_123456789', name: 'dev' },
    ]);
  });

  it('also reads an object holding the list', async () => {
    server.use(
      http.get('https://api.hesedvid.com/v1/api/:orgID/environments', () =>
        HttpResponse.json({ body: { environments: [{ id: 'env_1', name: 'qa' }] } }),
      ),
    );
    const { client } = createTestClient();
    await expect(client.environments.list()).resolves.toEqual([{ id: 'env_1', name: 'qa' }]);
  });
});
