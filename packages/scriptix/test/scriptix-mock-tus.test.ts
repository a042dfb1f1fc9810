import { scriptixBaseUrl, scriptixTestKey } from '@conduit/testing/scriptix';
import { describe, expect, it } from 'vitest';
import { useScriptixMock } from './helpers/mock-api.js';

// The Scriptix mock's TUS protocol checks, on raw requests the client never sends.
useScriptixMock();
const auth = { authorization: `Bearer ${scriptixTestKey}` };
const tus = { ...auth, 'tus-resumable': '1.0.0' };
const encode = (value: string) => btoa(value);
const metadata = (fields: Record<string, string>) =>
  Object.entries(fields)
    .map(([key, value]) => `${key} ${encode(value)}`)
    .join(',');

async function create(headers: Record<string, string>) {
  return fetch(`${scriptixBaseUrl}/files`, { method: 'POST', headers: { ...tus, ...headers } });
}

async function field(response: Response) {
  return ((await response.json()) as { error?: { details?: { field?: string } } }).error?.details?.field;
}

async function newUpload(length: number) {
  const created = await create({
    'upload-length': String(length),
    'upload-metadata': metadata({ language: 'en', document_type: 'caption' }),
  });
  expect(created.status).toBe(201);
  return created.headers.get('location') ?? '';
}

describe('Scriptix mock TUS uploads', () => {
  it('refuses a create without the TUS version, with a bad length or with bad metadata', async () => {
    const noVersion = await fetch(`${scriptixBaseUrl}/files`, { method: 'POST', headers: { ...auth, 'upload-length': '4' } });
    expect(noVersion.status).toBe(412);
    expect(noVersion.headers.get('tus-version')).toBe('1.0.0');
    expect(
      await field(await create({ 'upload-length': 'ten', 'upload-metadata': metadata({ language: 'en', document_type: 'caption' }) })),
    ).toBe('Upload-Length');
    expect(await field(await create({ 'upload-length': '4', 'upload-metadata': 'language a b' }))).toBe('Upload-Metadata');
    expect(await field(await create({ 'upload-length': '4', 'upload-metadata': metadata({ document_type: 'caption' }) }))).toBe(
      'Upload-Metadata',
    );
    expect(
      await field(await create({ 'upload-length': '4', 'upload-metadata': metadata({ language: 'en', document_type: 'poem' }) })),
    ).toBe('Upload-Metadata');
  });

  it('reports the offset on HEAD, and 404 or 412 when the upload is unknown or the version missing', async () => {
    const location = await newUpload(4);
    const head = await fetch(location, { method: 'HEAD', headers: tus });
    expect(head.status).toBe(200);
    expect(head.headers.get('upload-offset')).toBe('0');
    expect(head.headers.get('upload-length')).toBe('4');
    expect((await fetch(location, { method: 'HEAD', headers: auth })).status).toBe(412);
    expect((await fetch(`${scriptixBaseUrl}/files/unknown0001`, { method: 'HEAD', headers: tus })).status).toBe(404);
  });

  it('checks each chunk: version, content type, offset header, offset match and declared length (409)', async () => {
    const location = await newUpload(4);
    const patch = (headers: Record<string, string>, body = new Uint8Array([1, 2])) =>
      fetch(location, {
        method: 'PATCH',
        headers: { ...tus, 'content-type': 'application/offset+octet-stream', 'upload-offset': '0', ...headers },
        body,
      });
    expect((await fetch(location, { method: 'PATCH', headers: auth, body: new Uint8Array([1]) })).status).toBe(412);
    // A wrong content type is already refused by the kernel's spec check (400) before the handler's own 415.
    expect((await patch({ 'content-type': 'application/octet-stream' })).status).toBe(400);
    expect(await field(await patch({ 'upload-offset': 'x' }))).toBe('Upload-Offset');
    expect((await patch({ 'upload-offset': '2' })).status).toBe(409);
    expect((await patch({}, new Uint8Array([1, 2, 3, 4, 5]))).status).toBe(409);
    const first = await patch({});
    expect(first.status).toBe(204);
    expect(first.headers.get('upload-offset')).toBe('2');
    const last = await patch({ 'upload-offset': '2' });
    expect(last.headers.get('upload-offset')).toBe('4');
    expect(
      (
        await fetch(`${scriptixBaseUrl}/files/unknown0001`, {
          method: 'PATCH',
          headers: { ...tus, 'content-type': 'application/offset+octet-stream', 'upload-offset': '0' },
          body: new Uint8Array([1]),
        })
      ).status,
    ).toBe(404);
  });

  it('describes a file by its session and metadata', async () => {
    const location = await newUpload(4);
    const info = await fetch(location, { headers: auth });
    expect(info.status).toBe(200);
    expect(((await info.json()) as { result: { metadata: Record<string, string> } }).result.metadata).toEqual({
      language: 'en',
      document_type: 'caption',
    });
    expect((await fetch(`${scriptixBaseUrl}/files/unknown0001`, { headers: auth })).status).toBe(404);
  });
});
