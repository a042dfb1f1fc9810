import { describe, expect, it } from 'vitest';
import { createOperationRouting } from '../../src/operations/create-operation-routing.js';
import type { OperationEntry } from '../../src/operations/operation-table.js';

function entry(method: string, path: string, operationId: string, bucket: string): OperationEntry {
  return { method, path, operationId, bucket, security: [], successStatuses: [200], requestContentTypes: [], parameterEnums: {} };
}

const table = {
  a: entry('GET', '/videos', 'listVideos', 'read'),
  b: entry('GET', '/videos/{id}', 'getVideo', 'read'),
  c: entry('POST', '/videos/{id}/source', 'uploadVideo', 'upload'),
  d: entry('POST', '/videos', 'createVideo', 'write'),
  e: entry('PATCH', '/videos/{id}', 'updateVideo', 'write'),
  f: entry('DELETE', '/videos/{id}', 'deleteVideo', 'write'),
};

describe('createOperationRouting', () => {
  const routing = createOperationRouting(table, { basePath: '' });

  it('reads bucket and operationId from the table', () => {
    const request = new Request('https://ws.api.video/videos/vi1/source', { method: 'POST' });
    expect(routing.bucket(request)).toBe('upload');
    expect(routing.operationId(request)).toBe('uploadVideo');
    expect(routing.bucket(new Request('https://ws.api.video/videos/vi1', { method: 'PATCH' }))).toBe('write');
  });

  it('gives an unknown request the most common bucket of its method (or of all operations) and no operationId', () => {
    const get = new Request('https://ws.api.video/unknown', { method: 'GET' });
    expect(routing.bucket(get)).toBe('read');
    expect(routing.operationId(get)).toBeUndefined();
    expect(routing.bucket(new Request('https://ws.api.video/unknown', { method: 'PUT' }))).toBe('write');
  });
});
