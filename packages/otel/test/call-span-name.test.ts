import type { CallInfo } from '@conduit/core';
import { describe, expect, it } from 'vitest';
import { callSpanName } from '../src/call-span-name.js';

const call: CallInfo = {
  id: '1',
  provider: 'apivideo',
  operationId: 'LIST-videos',
  bucket: 'default',
  method: 'GET',
  url: 'https://ws.api.video/videos',
  startedAt: 0,
};

describe('callSpanName', () => {
  it('is `<provider> <operationId>`', () => {
    expect(callSpanName(call)).toBe('apivideo LIST-videos');
  });
  it('falls back to `<provider> <METHOD>`', () => {
    expect(callSpanName({ ...call, operationId: undefined })).toBe('apivideo GET');
  });
});
