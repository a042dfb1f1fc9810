import { describe, expect, it } from 'vitest';
import { type Page, type PageCursor, paginate } from '../../src/pagination/paginate.js';

const all = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];

/** A listing of 7 items served 3 per page (3 pages), recording every cursor asked for. */
function listing(options: { withHasMore?: boolean } = {}) {
  const cursors: PageCursor[] = [];
  const byPage = async (cursor: PageCursor): Promise<Page<string>> => {
    cursors.push(cursor);
    const start = (cursor.page - 1) * cursor.size;
    const items = all.slice(start, start + cursor.size);
    return options.withHasMore ? { items, hasMore: start + cursor.size < all.length } : { items };
  };
  const byOffset = async (cursor: PageCursor): Promise<Page<string>> => {
    cursors.push(cursor);
    return { items: all.slice(cursor.offset, cursor.offset + cursor.size) };
  };
  return { byPage, byOffset, cursors };
}

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of iterable) {
    items.push(item);
  }
  return items;
}

describe('paginate', () => {
  it('page style: walks pages 1..3 and stops on the short last page', async () => {
    const { byPage, cursors } = listing();
    expect(await collect(paginate(byPage, { kind: 'page', pageSize: 3 }))).toEqual(all);
    expect(cursors.map((cursor) => cursor.page)).toEqual([1, 2, 3]);
  });

  it('page style with firstPage 0', async () => {
    const cursors: number[] = [];
    const items = await collect(
      paginate(
        async (cursor) => {
          cursors.push(cursor.page);
          return { items: all.slice(cursor.page * 3, cursor.page * 3 + 3) };
        },
        { kind: 'page', pageSize: 3, firstPage: 0 },
      ),
    );
    expect(items).toEqual(all);
    expect(cursors).toEqual([0, 1, 2]);
  });

  it('offset style: advances the offset by the items received', async () => {
    const { byOffset, cursors } = listing();
    expect(await collect(paginate(byOffset, { kind: 'offset', limit: 3 }))).toEqual(all);
    expect(cursors.map((cursor) => [cursor.offset, cursor.size])).toEqual([
      [0, 3],
      [3, 3],
      [6, 3],
    ]);
  });

  it('stops on hasMore: false even after a full page', async () => {
    const { byPage, cursors } = listing({ withHasMore: true });
    expect(await collect(paginate(byPage, { kind: 'page', pageSize: 7 }))).toEqual(all);
    expect(cursors).toHaveLength(1);
  });

  it('follows hasMore: true past a short page, and stops on an empty page', async () => {
    const pages = [['a'], ['b', 'c'], []];
    let calls = 0;
    const items = await collect(paginate(async () => ({ items: pages[calls++] ?? [], hasMore: true }), { kind: 'page', pageSize: 50 }));
    expect(items).toEqual(['a', 'b', 'c']);
    expect(calls).toBe(3);
  });

  it('stops after maxItems', async () => {
    const { byPage } = listing();
    expect(await collect(paginate(byPage, { kind: 'page', pageSize: 3 }, { maxItems: 4 }))).toEqual(['a', 'b', 'c', 'd']);
  });

  it('does not fetch another page when maxItems ends exactly on a page boundary', async () => {
    const { byPage, cursors } = listing();
    expect(await collect(paginate(byPage, { kind: 'page', pageSize: 3 }, { maxItems: 3 }))).toEqual(['a', 'b', 'c']);
    expect(cursors).toHaveLength(1);
    const none = listing();
    expect(await collect(paginate(none.byPage, { kind: 'page', pageSize: 3 }, { maxItems: 0 }))).toEqual([]);
    expect(none.cursors).toHaveLength(0);
  });

  it('fetches lazily: only the pages the consumer reaches', async () => {
    const { byPage, cursors } = listing();
    const iterator = paginate(byPage, { kind: 'page', pageSize: 3 });
    expect(cursors).toHaveLength(0);
    const taken: string[] = [];
    for await (const item of iterator) {
      taken.push(item);
      if (taken.length === 4) {
        break;
      }
    }
    expect(taken).toEqual(['a', 'b', 'c', 'd']);
    expect(cursors.map((cursor) => cursor.page)).toEqual([1, 2]);
  });

  it('checks the signal before each page', async () => {
    const controller = new AbortController();
    const { byPage, cursors } = listing();
    const taken: string[] = [];
    const error = await (async () => {
      for await (const item of paginate(byPage, { kind: 'page', pageSize: 3 }, { signal: controller.signal })) {
        taken.push(item);
        if (taken.length === 3) {
          controller.abort(new Error('enough'));
        }
      }
    })().catch((caught: unknown) => caught);
    expect((error as Error).message).toBe('enough');
    expect(cursors).toHaveLength(1);
  });
});
