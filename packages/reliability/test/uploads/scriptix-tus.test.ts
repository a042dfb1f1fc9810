import { APIConnectionError, defaultSleep, type Sleep } from '@conduit/core';
import { createScriptixClient, type ScriptixClient } from '@conduit/scriptix';
import { assembledTusUpload } from '@conduit/testing/scriptix';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FaultServer, type RequestFacts, startFaultServer } from '../support/fault-server.js';
import { type ProviderMocks, providerKeys, startProviderMocks } from '../support/provider-mocks.js';
import { faultOnMatches, sha256, testBytes } from '../support/targeted-faults.js';
import { forwardTo } from '../support/upstream.js';

// TUS: a PATCH killed mid-chunk leaves the server holding part of it (`forward`) or none of it
// (`drop`); the client asks for the offset (HEAD) and continues from there. Same after a crash, from
// the saved upload URL. The server's assembled bytes must equal the source: nothing lost, nothing twice.

const mebibyte = 1_048_576;
const chunkSize = mebibyte;
const source = testBytes(3 * mebibyte + 4321, 11);
const metadata = { language: 'en', document_type: 'caption' as const, filename: 'interview.wav' };
const shortSleep: Sleep = (ms, signal) => defaultSleep(Math.min(ms, 5), signal);

let mocks: ProviderMocks;
let server: FaultServer;

beforeAll(async () => {
  mocks = await startProviderMocks();
  server = await startFaultServer({ upstream: forwardTo(mocks.server.url), decide: () => ({ kind: 'pass' }) });
});

afterAll(async () => {
  await server?.close();
  await mocks?.close();
});

const client = (): ScriptixClient =>
  createScriptixClient({ apiKey: providerKeys.scriptix, baseUrl: `${server.url}/scriptix`, sleep: shortSleep, timeout: 20_000 });
const patch = (facts: RequestFacts) => facts.method === 'PATCH' && facts.path.includes('/files/');
const uploadsUpstream = () => mocks.scriptix.state.uploads.size;

function storedBytes(fileId: string): Uint8Array {
  const bytes = assembledTusUpload(mocks.scriptix.state, fileId);
  expect(bytes, `upload ${fileId} exists upstream`).toBeDefined();
  return bytes!;
}

describe('Scriptix TUS upload with a connection killed mid-chunk', () => {
  it.each([
    ['forward', 'the server keeps the bytes that arrived'],
    ['drop', 'the server keeps nothing of the chunk'],
  ])('resumes at the offset the server reports (%s: %s)', async (variant) => {
    const before = uploadsUpstream();
    const fired = server.faultCounts.get(`reset-mid-request:${variant}`) ?? 0;
    server.setDecide(faultOnMatches(patch, [2, 4], { kind: 'reset-mid-request', variant }));
    const progress: number[] = [];
    const heads = server.requests.filter((request) => request.method === 'HEAD').length;
    const result = await client().uploads.tusUpload(source, {
      metadata,
      chunkSize,
      retryDelays: [0, 0, 0],
      onProgress: (p) => progress.push(p.loaded),
    });
    expect(server.faultCounts.get(`reset-mid-request:${variant}`)).toBe(fired + 2);
    // One offset query per killed chunk.
    expect(server.requests.filter((request) => request.method === 'HEAD').length).toBe(heads + 2);
    expect(result.size).toBe(source.length);
    expect(uploadsUpstream()).toBe(before + 1);
    expect(sha256(storedBytes(result.file_id))).toBe(sha256(source));
    expect(progress.at(-1)).toBe(source.length);
  });

  it('after a crash, a new call with the saved upload URL continues the same upload', async () => {
    const before = uploadsUpstream();
    server.setDecide(faultOnMatches(patch, [2], { kind: 'reset-mid-request', variant: 'forward' }));
    let saved: string | undefined;
    // No resume attempts left: the first process "crashes" at the killed chunk.
    const crashed = await client()
      .uploads.tusUpload(source, { metadata, chunkSize, retryDelays: [], onUploadCreated: (upload) => (saved = upload.upload_url) })
      .then(
        () => undefined,
        (error: unknown) => error,
      );
    expect(APIConnectionError.isInstance(crashed), String(crashed)).toBe(true);
    expect(saved).toMatch(/\/files\//);
    server.setDecide(() => ({ kind: 'pass' }));
    const result = await client().uploads.tusUpload(source, { metadata, chunkSize, uploadUrl: saved });
    expect(result.upload_url).toBe(saved);
    expect(uploadsUpstream()).toBe(before + 1);
    expect(sha256(storedBytes(result.file_id))).toBe(sha256(source));
  });

  it('the offset query (HEAD) failing too is waited out before continuing', async () => {
    const before = uploadsUpstream();
    let patches = 0;
    let heads = 0;
    server.setDecide((facts) => {
      if (patch(facts) && ++patches === 2) {
        return { kind: 'reset-mid-request', variant: 'forward' };
      }
      if (facts.method === 'HEAD' && ++heads === 1) {
        return { kind: 'server-error', variant: '503' };
      }
      return { kind: 'pass' };
    });
    const result = await client().uploads.tusUpload(source, { metadata, chunkSize, retryDelays: [0, 0, 0] });
    expect(heads).toBeGreaterThanOrEqual(2);
    expect(uploadsUpstream()).toBe(before + 1);
    expect(sha256(storedBytes(result.file_id))).toBe(sha256(source));
  });
});
