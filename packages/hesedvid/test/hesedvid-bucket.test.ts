import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createHesedVidDefinition, hesedvidBucket } from '../src/index.js';

interface Operation {
  operationId: string;
  'x-conduit-bucket': string;
}

const spec = parse(readFileSync(new URL('../../../openapi/hesedvid.yaml', import.meta.url), 'utf8')) as {
  paths: Record<string, Record<string, Operation | unknown>>;
};
const operations = Object.entries(spec.paths).flatMap(([path, item]) =>
  ['get', 'post', 'put', 'patch', 'delete']
    .filter((method) => item[method] !== undefined)
    .map((method) => ({ path, method, operation: item[method] as Operation })),
);
const concrete = (path: string) =>
  path.replace('{orgID}', 'org_123').replace('{envID}', 'env_prod_1').replace('{publicID}', 'pubvid_videos');

describe('rate-limit buckets', () => {
  it('covers all 15 operations of the spec', () => {
    expect(operations).toHaveLength(15);
  });

  for (const { path, method, operation } of operations) {
    it(`${operation.operationId} (${method.toUpperCase()} ${path}) uses "${operation['x-conduit-bucket']}"`, () => {
      expect(hesedvidBucket(concrete(path))).toBe(operation['x-conduit-bucket']);
      const definition = createHesedVidDefinition({ basePath: () => '/v1/api', now: Date.now });
      const request = new Request(`https://api.hesedvid.com/v1/api${concrete(path)}?page=2`, { method });
      expect(definition.bucket?.(request)).toBe(operation['x-conduit-bucket']);
    });
  }

  it('is not confused by IDs that look like resource names', () => {
    expect(hesedvidBucket('/analytics/videos/videos')).toBe('video');
    expect(hesedvidBucket('/videos/environments')).toBe('general');
    expect(hesedvidBucket('/org/environments/analytics/videos')).toBe('video');
  });
});
