import { describe, expect, it } from 'vitest';
import { readRequestFacts } from '../../src/kernel/read-request-facts.js';

const url = 'https://api.example.com/items?limit=2';

describe('readRequestFacts', () => {
  it('reads no body for a GET, keeping params and query', async () => {
    const facts = await readRequestFacts(new Request(url), { id: 'a' });
    expect(facts.params).toEqual({ id: 'a' });
    expect(facts.query.get('limit')).toBe('2');
    expect(facts.contentType).toBeUndefined();
    expect(facts.body).toBeUndefined();
  });

  it('parses a JSON body and leaves the original request unread', async () => {
    const request = new Request(url, { method: 'POST', headers: { 'content-type': 'application/json; charset=utf-8' }, body: '{"a":1}' });
    const facts = await readRequestFacts(request, {});
    expect(facts).toMatchObject({ contentType: 'application/json', body: { a: 1 } });
    expect(request.bodyUsed).toBe(false);
    expect(await request.json()).toEqual({ a: 1 });
  });

  it('marks malformed JSON instead of throwing', async () => {
    const facts = await readRequestFacts(
      new Request(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{oops' }),
      {},
    );
    expect(facts.malformed).toBe('the body is not valid JSON');
    expect(facts.body).toBeUndefined();
  });

  it('treats a blank JSON body as no body', async () => {
    const facts = await readRequestFacts(
      new Request(url, { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: '  ' }),
      {},
    );
    expect(facts.contentType).toBeUndefined();
    expect(facts.malformed).toBeUndefined();
  });

  it('reads form fields, naming files by their file name', async () => {
    const form = new FormData();
    form.set('title', 'clip');
    form.set('file', new File(['x'], 'clip.mp4'));
    const facts = await readRequestFacts(new Request(url, { method: 'POST', body: form }), {});
    expect(facts.contentType).toBe('multipart/form-data');
    expect(facts.body).toEqual({ title: 'clip', file: 'clip.mp4' });
  });

  it('reads a urlencoded form, and marks a multipart body that cannot be parsed', async () => {
    const encoded = await readRequestFacts(new Request(url, { method: 'POST', body: new URLSearchParams('a=1&b=2') }), {});
    expect(encoded).toMatchObject({ contentType: 'application/x-www-form-urlencoded', body: { a: '1', b: '2' } });
    const broken = await readRequestFacts(
      new Request(url, { method: 'POST', headers: { 'content-type': 'multipart/form-data; boundary=zzz' }, body: 'not multipart' }),
      {},
    );
    expect(broken.malformed).toBe('the body is not valid multipart/form-data');
  });

  it('takes an untyped body as octet-stream and another media type without reading it', async () => {
    const untyped = await readRequestFacts(new Request(url, { method: 'PUT', body: new Uint8Array([1, 2]) }), {});
    expect(untyped.contentType).toBe('application/octet-stream');
    expect(untyped.body).toBeUndefined();
    const video = await readRequestFacts(new Request(url, { method: 'PUT', headers: { 'content-type': 'video/mp4' }, body: 'bytes' }), {});
    expect(video.contentType).toBe('video/mp4');
    expect(video.body).toBeUndefined();
  });

  it('reads no body for a POST without one', async () => {
    const facts = await readRequestFacts(new Request(url, { method: 'POST' }), {});
    expect(facts.contentType).toBeUndefined();
  });
});
