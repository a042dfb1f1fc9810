import { describe, expect, it } from 'vitest';
import { createRecordingFetch, hangUntilAborted, jsonResponse } from '../../src/conformance/recording-fetch.js';

describe('createRecordingFetch', () => {
  it('answers with the responders in order, repeating the last, and records each request with its body', async () => {
    const recording = createRecordingFetch([jsonResponse({ n: 1 }, 201), (request) => jsonResponse({ method: request.method })]);
    const first = await recording.fetch('https://api.test/a', { method: 'POST', body: 'hello' });
    const second = await recording.fetch(new Request('https://api.test/b'));
    const third = await recording.fetch('https://api.test/c', { method: 'DELETE' });
    expect(first.status).toBe(201);
    expect(await first.json()).toEqual({ n: 1 });
    expect(await second.json()).toEqual({ method: 'GET' });
    expect(await third.json()).toEqual({ method: 'DELETE' });
    expect(recording.requests.map((request) => [request.method, request.url, request.bodyText])).toEqual([
      ['POST', 'https://api.test/a', 'hello'],
      ['GET', 'https://api.test/b', ''],
      ['DELETE', 'https://api.test/c', ''],
    ]);
  });

  it('a fixed Response can be served many times (each answer is a fresh clone)', async () => {
    const recording = createRecordingFetch([jsonResponse({ ok: true })]);
    expect(await (await recording.fetch('https://api.test/')).json()).toEqual({ ok: true });
    expect(await (await recording.fetch('https://api.test/')).json()).toEqual({ ok: true });
  });

  it('fails loudly with no responder', async () => {
    await expect(createRecordingFetch([]).fetch('https://api.test/')).rejects.toThrow('no responder configured');
  });
});

describe('hangUntilAborted', () => {
  it("never answers, and rejects with the sender's abort reason once the sender's signal aborts", async () => {
    const controller = new AbortController();
    const recording = createRecordingFetch([hangUntilAborted]);
    let settled = false;
    const pending = recording.fetch('https://api.test/', { signal: controller.signal }).finally(() => {
      settled = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(settled).toBe(false);
    const reason = new Error('caller gave up');
    controller.abort(reason);
    await expect(pending).rejects.toBe(reason);
  });

  it('rejects at once for an already aborted request', async () => {
    const reason = new Error('before');
    await expect(hangUntilAborted(new Request('https://api.test/', { signal: AbortSignal.abort(reason) }))).rejects.toBe(reason);
  });
});
