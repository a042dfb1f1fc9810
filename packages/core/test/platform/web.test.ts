import { describe, expect, it, vi } from 'vitest';
import * as node from '../../src/platform/node.js';
import type { PlatformModule } from '../../src/platform/platform-contract.js';
import * as web from '../../src/platform/web.js';
import type { ReplayableBody } from '../../src/uploads/replayable-body.js';

// Both builds of `#platform` must have the same shape: this assignment fails to compile otherwise.
const builds: Record<'node' | 'web', PlatformModule> = { node, web };

function bodyOf(...texts: string[]): ReplayableBody {
  const pieces = texts.map((text) => new TextEncoder().encode(text));
  return {
    length: pieces.reduce((total, piece) => total + piece.byteLength, 0),
    async *open() {
      yield* pieces;
    },
  };
}

describe('#platform builds', () => {
  it('name themselves, and only the node build has a file system', () => {
    expect(builds.node.platformName).toBe('node');
    expect(builds.web.platformName).toBe('web');
    expect(builds.node.fileSystem).toBeDefined();
    expect(builds.web.fileSystem).toBeUndefined();
  });

  it('the web build sends a replayable body through fetch (looked up at call time) as one Blob', async () => {
    const seen: { url: string; method: string | undefined; type: string | null; text: string; redirect: string | undefined }[] = [];
    vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
      seen.push({
        url,
        method: init.method,
        type: new Headers(init.headers).get('content-type'),
        text: await (init.body as Blob).text(),
        redirect: init.redirect,
      });
      return new Response('stored', { status: 201 });
    });
    const request = new Request('https://storage.example/put?sig=1', {
      method: 'PUT',
      headers: { 'content-type': 'video/mp4' },
      redirect: 'manual',
    });
    const response = await web.sendReplayable(request, bodyOf('--head ', 'bytes', ' tail--'));
    expect(response.status).toBe(201);
    expect(seen).toEqual([
      { url: 'https://storage.example/put?sig=1', method: 'PUT', type: 'video/mp4', text: '--head bytes tail--', redirect: 'manual' },
    ]);
    vi.unstubAllGlobals();
  });
});
