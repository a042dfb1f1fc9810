import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setupServer } from 'msw/node';
import { afterAll, describe, expect, it, vi } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'conduit-spec-edit-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Generates the HesedVid table from a copy of the spec whose getVideo bucket is `analytics`, not `video`. */
function generateEditedSpec(): string {
  const specDir = join(work, 'openapi');
  const outDir = join(work, 'generated');
  mkdirSync(specDir);
  const spec = readFileSync(join(root, 'openapi/hesedvid.yaml'), 'utf8');
  const edited = spec.replace(/(operationId: getVideo\n[\s\S]*?x-conduit-bucket: )video/, '$1analytics');
  expect(edited).not.toBe(spec);
  writeFileSync(join(specDir, 'hesedvid.yaml'), edited);
  execFileSync(process.execPath, [join(root, 'scripts/generate.mjs'), '--only', 'hesedvid', '--spec-dir', specDir, '--out-dir', outDir]);
  return join(outDir, 'hesedvid.ts');
}

describe('a bucket edited in the spec reaches client and mock through npm run generate', () => {
  it('moves getVideo to the analytics bucket in the client definition and in the mock window', async () => {
    const entry = generateEditedSpec();
    vi.resetModules();
    vi.doMock('@conduit/specs/hesedvid', () => import(entry));
    const { createHesedVidDefinition } = await import('../src/hesedvid-definition.js');
    const { createHesedVidMock, hesedvidTestKey, seedHesedVidVideo } = await import('../../testing/src/hesedvid.js');

    const definition = createHesedVidDefinition({ basePath: () => '/v1/api', now: Date.now });
    const request = new Request('https://api.hesedvid.com/v1/api/org_1/videos/pub_1', { method: 'GET' });
    expect(definition.bucket?.(request)).toBe('analytics');
    expect(definition.operationId?.(request)).toBe('getVideo');

    const mock = createHesedVidMock({ limits: { analytics: 1, video: 1000 } });
    const server = setupServer(...mock.handlers);
    server.listen({ onUnhandledRequest: 'error' });
    try {
      const video = seedHesedVidVideo(mock.state, { orgId: 'org_1', name: 'Edited', status: 'ready' });
      const get = () =>
        fetch(`https://api.hesedvid.com/v1/api/org_1/videos/${video.publicId}`, { headers: { 'X-Api-Key': hesedvidTestKey } });
      const first = await get();
      expect(first.headers.get('X-RateLimit-Limit')).toBe('1');
      expect((await get()).status).toBe(429);
      expect(mock.state.windows.get(`${hesedvidTestKey}:analytics`)?.used).toBe(1);
      expect(mock.state.windows.has(`${hesedvidTestKey}:video`)).toBe(false);
    } finally {
      server.close();
      vi.doUnmock('@conduit/specs/hesedvid');
    }
  });
});
