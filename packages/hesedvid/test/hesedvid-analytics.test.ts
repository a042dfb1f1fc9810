import { seedHesedVidVideo } from '@conduit/testing/hesedvid';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { createTestClient, orgId, rejectionOf, useHesedVidMock } from './helpers/setup.js';

const { mock, server, requests } = useHesedVidMock();

describe('analytics', () => {
  it('reads every report, unwrapped, from the analytics bucket', async () => {
    const video = seedHesedVidVideo(mock.state, { orgId, name: 'Watched', durationSeconds: 60, fileSize: 5000 });
    const { client } = createTestClient();
    await client.playback.signedUrl(video.publicId);
    await expect(client.analytics.usage()).resolves.toEqual({ segmentsServed: 10, estimatedViews: 1, videoCount: 1 });
    await expect(client.analytics.storage()).resolves.toEqual({ storageBytes: 5000, totalDurationSeconds: 60, videoCount: 1 });
    await expect(client.analytics.daily()).resolves.toMatchObject({ days: [{ segmentsServed: 10 }] });
    await expect(client.analytics.resolutionDistribution()).resolves.toEqual({
      resolutions: [
        { resolution: '1080p', segmentsServed: 5 },
        { resolution: '720p', segmentsServed: 4 },
        { resolution: '480p', segmentsServed: 1 },
      ],
    });
    await expect(client.analytics.video(video.publicId)).resolves.toMatchObject({ publicId: video.publicId });
    expect(mock.state.requests.analytics).toBe(5);
    expect(requests.slice(1).map((request) => new URL(request.url).pathname)).toEqual([
      '/v1/api/org_123456789/analytics/usage',
      '/v1/api/org_123456789/analytics/storage',
      '/v1/api/org_123456789/analytics/daily',
      '/v1/api/org_123456789/analytics/resolution-distribution',
      `/v1/api/org_123456789/videos/${video.publicId}/analytics/resolution`,
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
