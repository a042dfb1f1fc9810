import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { APIConnectionError, uploadToSignedUrl } from '@conduit/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FaultServer, startFaultServer } from '../support/fault-server.js';
import { faultOnMatches, sha256, testBytes } from '../support/targeted-faults.js';
import { objectStore, type StoredObject } from '../support/upstream.js';

// A signed PUT is one request: a connection killed mid-body stores nothing, and the way to resume is
// to PUT the whole source again to the same URL. The store must end with one object per key whose
// hash is the source's (an overwrite of the same key is not a duplicate object).

const token = 'c2lnbmVkLXVybC10b2tlbi1mb3ItdGhlLXNvYWs';
const source = testBytes(6 * 1_048_576 + 999, 3);
const store = objectStore(token);
let server: FaultServer;
let directory: string;
let file: string;

beforeAll(async () => {
  server = await startFaultServer({ upstream: store.upstream, decide: () => ({ kind: 'pass' }) });
  directory = mkdtempSync(join(tmpdir(), 'conduit-signed-put-'));
  file = join(directory, 'video.mp4');
  writeFileSync(file, source);
});

afterAll(async () => {
  await server?.close();
  rmSync(directory, { recursive: true, force: true });
});

const urlFor = (key: string) =>
  `${server.url}/objects/${encodeURIComponent(key)}?X-Goog-Algorithm=GOOG4-RSA-SHA256&X-Goog-Signature=${token}`;
const put = (facts: { method: string }) => facts.method === 'PUT';
const sources = [
  ['bytes (fetch)', () => source],
  ['a file path (streamed through node:http)', () => file],
] as const;

function object(key: string): StoredObject {
  const stored = store.objects.get(key);
  expect(stored, `object ${key}`).toBeDefined();
  return stored!;
}

describe.each(sources)('uploadToSignedUrl from %s, connection killed mid-body', (label, from) => {
  it('the killed PUT is an APIConnectionError and stores nothing; the second PUT stores the whole source once', async () => {
    const key = `killed/${label}`;
    server.setDecide(faultOnMatches(put, [1], { kind: 'reset-mid-request', variant: 'drop' }));
    const failed = await uploadToSignedUrl(urlFor(key), from(), { contentType: 'video/mp4' }).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(APIConnectionError.isInstance(failed), String(failed)).toBe(true);
    expect(store.objects.has(key)).toBe(false);
    const progress: number[] = [];
    await uploadToSignedUrl(urlFor(key), from(), { contentType: 'video/mp4', onProgress: (p) => progress.push(p.loaded) });
    expect(object(key)).toMatchObject({ sha256: sha256(source), puts: 1 });
    expect(progress.at(-1)).toBe(source.length);
  });

  it('an answer lost after the object was stored: the repeated PUT overwrites the same object, still one, still whole', async () => {
    const key = `answer-lost/${label}`;
    const keys = store.objects.size;
    server.setDecide(faultOnMatches(put, [1], { kind: 'reset-mid-body', variant: 'no-status' }));
    const failed = await uploadToSignedUrl(urlFor(key), from(), { contentType: 'video/mp4' }).catch((error: unknown) => error);
    expect(APIConnectionError.isInstance(failed), String(failed)).toBe(true);
    await uploadToSignedUrl(urlFor(key), from(), { contentType: 'video/mp4' });
    expect(store.objects.size).toBe(keys + 1);
    expect(object(key)).toMatchObject({ sha256: sha256(source), puts: 2 });
  });
});
