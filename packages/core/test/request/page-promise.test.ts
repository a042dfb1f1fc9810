import { describe, expect, it } from 'vitest';
import { none } from '../../src/auth/none.js';
import { ConfigurationError } from '../../src/errors/configuration-error.js';
import { callPaged, PagePromise, pagingOf } from '../../src/request/page-promise.js';
import { createTransport } from '../../src/transport/create-transport.js';
import { createFakeFetch, json } from '../helpers/fake-fetch.js';

interface Body {
  items: number[];
  page: number;
  last: boolean;
}

function setup(pages = 3) {
  const fake = createFakeFetch((request) => {
    const page = Number(new URL(request.url).searchParams.get('page'));
    return json({ items: [page * 10 + 1, page * 10 + 2], page, last: page >= pages }, 200, { 'x-request-id': `req_${page}` });
  });
  const transport = createTransport({ provider: 'test', auth: none(), fetch: fake.fetch });
  return { ...fake, transport };
}

function list(
  transport: ReturnType<typeof setup>['transport'],
  options: Parameters<typeof callPaged>[1]['options'] = {},
  maxItems?: number,
) {
  return callPaged<Body, number>(transport, {
    label: 'test items.list',
    options,
    maxItems,
    style: pagingOf({ operationId: 'listItems', pagination: 'page' } as never, 2),
    fetchPage: async (cursor, fetch) => {
      const response = await fetch(new Request(`https://api.test/items?page=${cursor.page}&size=${cursor.size}`));
      return { data: await response.json(), response };
    },
    readPage: (result) => {
      const body = result.data as Body;
      return { page: body, items: body.items, hasMore: !body.last };
    },
  });
}

describe('callPaged', () => {
  it('awaits to the first page and iterates every item, sharing the first request', async () => {
    const { transport, calls } = setup();
    const promise = list(transport);
    expect(promise).toBeInstanceOf(PagePromise);
    expect(await promise).toEqual({ items: [11, 12], page: 1, last: false });
    expect((await promise.withResponse()).requestId).toBe('req_1');
    const items: number[] = [];
    for await (const item of promise) {
      items.push(item);
    }
    expect(items).toEqual([11, 12, 21, 22, 31, 32]);
    expect(calls.map((call) => new URL(call.url).searchParams.get('page'))).toEqual(['1', '2', '3']);
  });

  it('stops at maxItems without requesting pages nobody reads', async () => {
    const { transport, calls } = setup(10);
    const items: number[] = [];
    for await (const item of list(transport, {}, 3)) {
      items.push(item);
    }
    expect(items).toEqual([11, 12, 21]);
    expect(calls).toHaveLength(2);
  });

  it('rejects bad options on await and on iteration alike', async () => {
    const { transport, calls } = setup();
    await expect(list(transport, { pageSize: 5 } as never)).rejects.toThrow(ConfigurationError);
    await expect(async () => {
      for await (const _ of list(transport, { pageSize: 5 } as never)) {
        // unreachable
      }
    }).rejects.toThrow('unknown option `pageSize`');
    expect(calls).toHaveLength(0);
  });
});

describe('pagingOf', () => {
  it('reads the style from the operation table entry', () => {
    expect(pagingOf({ operationId: 'a', pagination: 'page' } as never, 25)).toEqual({ kind: 'page', firstPage: 1, pageSize: 25 });
    expect(pagingOf({ operationId: 'a', pagination: 'page' } as never, 25, 3)).toEqual({ kind: 'page', firstPage: 3, pageSize: 25 });
    expect(pagingOf({ operationId: 'a', pagination: 'offset' } as never, 50)).toEqual({ kind: 'offset', limit: 50 });
  });

  it('refuses an operation whose spec declares no pagination', () => {
    expect(() => pagingOf({ operationId: 'getItem' } as never, 25)).toThrow('getItem: the spec declares no pagination');
  });
});
