import { setupServer } from 'msw/node';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { apivideoTestKey, createApiVideoMock } from '../../src/apivideo.js';

const base = 'https://ws.api.video';
let mock = createApiVideoMock({ now: () => Date.UTC(2026, 0, 2) });
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  mock = createApiVideoMock({ now: () => Date.UTC(2026, 0, 2) });
  server.resetHandlers(...mock.handlers);
});
afterAll(() => server.close());

const get = (path: string) => fetch(`${base}${path}`, { headers: { authorization: `Basic ${btoa(`${apivideoTestKey}:`)}` } });

describe('api.video analytics', () => {
  it('aggregates over the default last day and accepts media filters only for play/total', async () => {
    const body = await (await get('/data/metrics/play/total?filterBy[mediaType]=video')).json();
    expect(body).toEqual({
      context: { metric: 'play', aggregation: 'total', timeframe: { from: '2026-01-01T00:00:00.000Z', to: '2026-01-02T00:00:00.000Z' } },
      data: 4,
    });
    const refused = await get('/data/metrics/start/count?filterBy[mediaType]=video');
    expect(refused.status).toBe(400);
    expect(await refused.json()).toMatchObject({ name: 'filterBy' });
  });

  it('refuses a timeframe whose from is not before to', async () => {
    const response = await get('/data/metrics/play/count?from=2026-01-02T00:00:00Z&to=2026-01-01T00:00:00Z');
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ name: 'to' });
  });

  it('breaks a metric down by browser, with repeated filters, sorted by value', async () => {
    const response = await get('/data/buckets/play/browser?filterBy[browser][]=chrome&filterBy[browser][]=safari&sortOrder=asc');
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.context).toMatchObject({ metric: 'play', breakdown: 'browser' });
    expect(body.data).toEqual([
      { dimensionValue: 'safari', metricValue: 3 },
      { dimensionValue: 'firefox', metricValue: 6 },
      { dimensionValue: 'chrome', metricValue: 9 },
    ]);
  });

  it('answers a time series by day, newest first when asked', async () => {
    const response = await get('/data/timeseries/play?from=2025-12-30T00:00:00Z&to=2026-01-02T00:00:00Z&interval=day&sortOrder=desc');
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.data.map((point: { emittedAt: string }) => point.emittedAt)).toEqual([
      '2026-01-01T00:00:00.000Z',
      '2025-12-31T00:00:00.000Z',
      '2025-12-30T00:00:00.000Z',
    ]);
  });
});
