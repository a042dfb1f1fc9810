import { describe, expect, it } from 'vitest';
import { APIPromise, type APIResponse } from '../../src/request/api-promise.js';

function full(data: string): APIResponse<string> {
  return { data, response: new Response(null, { status: 204 }), requestId: 'req_1', rateLimit: undefined };
}

describe('APIPromise', () => {
  it('resolves to the data when awaited and to the full answer from withResponse(), running the work once', async () => {
    let runs = 0;
    const promise = APIPromise.from(async () => {
      runs++;
      return full('hello');
    });
    expect(await promise).toBe('hello');
    const answer = await promise.withResponse();
    expect(answer.data).toBe('hello');
    expect(answer.requestId).toBe('req_1');
    expect(answer.response.status).toBe(204);
    expect(runs).toBe(1);
    expect(promise).toBeInstanceOf(APIPromise);
    expect(Object.prototype.toString.call(promise)).toBe('[object APIPromise]');
  });

  it('turns a synchronous throw of the work into a rejection of both forms', async () => {
    const promise = APIPromise.from<APIResponse<string>>(() => {
      throw new TypeError('bad input');
    });
    await expect(promise).rejects.toThrow('bad input');
    await expect(promise.withResponse()).rejects.toThrow('bad input');
  });

  it('supports catch and finally like a promise', async () => {
    const failing = APIPromise.from<APIResponse<string>>(async () => {
      throw new Error('boom');
    });
    expect(await failing.catch((error: Error) => `caught ${error.message}`)).toBe('caught boom');
    let settled = false;
    expect(
      await APIPromise.from(async () => full('x')).finally(() => {
        settled = true;
      }),
    ).toBe('x');
    expect(settled).toBe(true);
  });

  it('chains with then like a native promise', async () => {
    const length = await APIPromise.from(async () => full('four')).then((data) => data.length);
    expect(length).toBe(4);
  });
});
