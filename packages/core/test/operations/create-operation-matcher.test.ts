import { describe, expect, it } from 'vitest';
import { createOperationMatcher } from '../../src/operations/create-operation-matcher.js';
import type { OperationEntry } from '../../src/operations/operation-table.js';

function entry(method: string, path: string, operationId: string, bucket = 'read'): OperationEntry {
  return { method, path, operationId, bucket, security: [], successStatuses: [200], requestContentTypes: [], parameterEnums: {} };
}

const table = {
  listVideos: entry('GET', '/videos', 'listVideos'),
  getVideo: entry('GET', '/videos/{videoId}', 'getVideo'),
  searchVideos: entry('GET', '/videos/search', 'searchVideos'),
  uploadVideo: entry('POST', '/videos/{videoId}/source', 'uploadVideo', 'upload'),
  orgVideos: entry('GET', '/{orgID}/videos', 'orgVideos'),
  environmentVideos: entry('GET', '/{orgID}/environments/{environmentId}/videos', 'environmentVideos'),
};

describe('createOperationMatcher', () => {
  it('finds the operation by method and path and decodes its parameters', () => {
    const match = createOperationMatcher(table, { basePath: '' });
    expect(match('get', 'https://ws.api.video/videos/vi%201?x=1')).toEqual({ operation: table.getVideo, params: { videoId: 'vi 1' } });
    expect(match('POST', 'https://ws.api.video/videos/vi1/source')?.operation.operationId).toBe('uploadVideo');
    expect(match('DELETE', 'https://ws.api.video/videos/vi1')).toBeUndefined();
  });

  it('prefers the template with more literal segments', () => {
    const match = createOperationMatcher(table, { basePath: '' });
    expect(match('GET', '/videos/search')?.operation.operationId).toBe('searchVideos');
  });

  it('cuts a base path off first and refuses URLs outside it', () => {
    let basePath = '/v1/api';
    const match = createOperationMatcher(table, { basePath: () => basePath });
    expect(match('GET', 'https://api.example.com/v1/api/org_1/environments/env_2/videos')).toEqual({
      operation: table.environmentVideos,
      params: { orgID: 'org_1', environmentId: 'env_2' },
    });
    expect(match('GET', 'https://api.example.com/v2/org_1/videos')).toBeUndefined();
    basePath = '/v2';
    expect(match('GET', 'https://api.example.com/v2/org_1/videos')?.operation.operationId).toBe('orgVideos');
  });

  it('without a base path, takes the longest operation path the URL ends with', () => {
    const match = createOperationMatcher(table);
    expect(match('GET', 'https://proxy.example.com/some/prefix/org_1/environments/env_2/videos')?.operation.operationId).toBe(
      'environmentVideos',
    );
    expect(match('GET', 'https://proxy.example.com/some/prefix/videos/search')?.operation.operationId).toBe('searchVideos');
    expect(match('GET', 'https://proxy.example.com/nothing')).toBeUndefined();
  });
});
