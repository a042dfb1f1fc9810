import { describe, expect, it } from 'vitest';
import { BufferedResponse } from '../../src/transport/buffered-response.js';

const init = { status: 201, statusText: 'Created', headers: { 'content-type': 'application/json', 'x-request-id': 'r1' } };
const jsonBody = () => new BufferedResponse({ text: '{"a":[1,2]}', parsed: { a: [1, 2] } }, init);
const bytesBody = () => new BufferedResponse({ bytes: new TextEncoder().encode('plain text').buffer as ArrayBuffer }, init);

describe('BufferedResponse', () => {
  it('is a Response with the status, status text and headers it was given', () => {
    const response = jsonBody();
    expect(response).toBeInstanceOf(Response);
    expect(response.status).toBe(201);
    expect(response.statusText).toBe('Created');
    expect(response.headers.get('x-request-id')).toBe('r1');
    expect(response.ok).toBe(true);
  });

  it('hands back the value parsed while validating, and the text, without re-reading', async () => {
    const parsed = { a: [1, 2] };
    expect(await new BufferedResponse({ text: '{"a":[1,2]}', parsed }, init).json()).toBe(parsed);
    expect(await jsonBody().text()).toBe('{"a":[1,2]}');
    expect(await bytesBody().text()).toBe('plain text');
  });

  it('reads as bytes, an ArrayBuffer and a typed Blob from either kind of content', async () => {
    expect(new TextDecoder().decode(await jsonBody().arrayBuffer())).toBe('{"a":[1,2]}');
    expect(new TextDecoder().decode(await bytesBody().bytes())).toBe('plain text');
    const blob = await jsonBody().blob();
    expect(blob.type).toBe('application/json');
    expect(await blob.text()).toBe('{"a":[1,2]}');
    expect(await new BufferedResponse({ text: '{"b":true}' }, init).json()).toEqual({ b: true });
  });

  it('can be read once, like a fetch Response', async () => {
    const response = jsonBody();
    expect(response.bodyUsed).toBe(false);
    await response.json();
    expect(response.bodyUsed).toBe(true);
    await expect(response.text()).rejects.toThrow(TypeError);
    expect(() => response.clone()).toThrow(TypeError);
  });

  it('clones into an independent copy whose JSON is parsed afresh', async () => {
    const original = jsonBody();
    const copy = original.clone();
    const fromCopy = await copy.json();
    const fromOriginal = await original.json();
    expect(fromCopy).toEqual({ a: [1, 2] });
    expect(fromCopy).not.toBe(fromOriginal);
    expect(copy.headers.get('x-request-id')).toBe('r1');
  });

  it('builds a body stream only when asked for, and that counts as the read', async () => {
    const response = bytesBody();
    const body = response.body;
    expect(body).not.toBeNull();
    expect(response.bodyUsed).toBe(true);
    expect(new TextDecoder().decode(await new Response(body).arrayBuffer())).toBe('plain text');
    await expect(response.json()).rejects.toThrow(TypeError);
  });

  it('rejects (never throws synchronously) when text that is not JSON is read as JSON', async () => {
    const response = bytesBody();
    const reading = response.json();
    await expect(reading).rejects.toThrow(SyntaxError);
  });
});
