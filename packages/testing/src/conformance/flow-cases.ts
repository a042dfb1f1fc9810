import { expect } from 'vitest';
import { type Harness, rejectionOf } from './conformance-harness.js';
import type { ConformanceJobState } from './conformance-types.js';

/** Reads 1 and 2 show the job running; read 3 shows `final`. */
function pollResponder<Client>({ spec }: Harness<Client>, final: ConformanceJobState) {
  let statusReads = 0;
  const respond = (request: Request) => {
    const poll = spec.poll;
    if (!poll) {
      throw new Error('no poll case');
    }
    if (!poll.isStatusRead(request)) {
      return poll.respond(request, 'running');
    }
    statusReads++;
    return poll.respond(request, statusReads >= 3 ? final : 'running');
  };
  return { respond, statusReads: () => statusReads };
}

/** `pollUntil` to done and to failure, pagination across pages, and one upload that arrives whole. */
export function flowCases<Client>(harness: Harness<Client>): void {
  const { spec, test, build, expectNoSecret } = harness;

  test('polls a job until it is done, waiting on the clock between polls', async () => {
    const poll = spec.poll;
    expect(poll, 'the factory supplies poll').toBeDefined();
    const server = pollResponder(harness, 'done');
    const { client, clock } = build([server.respond]);
    const value = await poll?.call(client);
    expect(poll?.isDone(value)).toBe(true);
    expect(server.statusReads()).toBe(3);
    expect(clock.sleeps.length).toBeGreaterThanOrEqual(2);
  });

  test('polls a job until it fails, and stops there', async () => {
    const poll = spec.poll;
    expect(poll, 'the factory supplies poll').toBeDefined();
    if (!poll) {
      return;
    }
    const server = pollResponder(harness, 'failed');
    const { client, lines } = build([server.respond]);
    const outcome = poll.call(client);
    if ('errorClass' in poll.failure) {
      const error = await rejectionOf(outcome);
      expect(error).toMatchObject({ name: poll.failure.errorClass });
      expectNoSecret(error, lines);
    } else {
      expect(poll.failure.isFailed(await outcome)).toBe(true);
    }
    expect(server.statusReads()).toBe(3);
  });

  test('iterates every item across pages', async () => {
    const paginate = spec.paginate;
    expect(paginate, 'the factory supplies paginate').toBeDefined();
    if (!paginate) {
      return;
    }
    const pageCount = 3;
    let served = 0;
    const respond = (request: Request) => {
      served++;
      if (served > pageCount * 3) {
        throw new Error('runaway pagination: the client never reached the last page');
      }
      return paginate.page(request, pageCount, paginate.pageSize);
    };
    const { client, recording } = build([respond], { maxRetries: 0 });
    const items = await paginate.collect(client);
    const ids = items.map(paginate.idOf);
    expect(ids).toHaveLength(pageCount * paginate.pageSize);
    expect(new Set(ids).size).toBe(ids.length);
    expect(recording.requests).toHaveLength(pageCount);
    expect(new Set(recording.requests.map((request) => request.url)).size).toBe(pageCount);
  });

  test('uploads a file and the server receives every byte in order', async () => {
    const upload = spec.upload;
    expect(upload, 'the factory supplies upload').toBeDefined();
    if (!upload) {
      return;
    }
    const bytes = new Uint8Array(upload.size);
    for (let index = 0; index < bytes.length; index++) {
      bytes[index] = (index * 31 + 7) & 255;
    }
    const server = upload.createServer();
    const { client } = build([server.respond]);
    await upload.call(client, bytes);
    const received = server.received();
    expect(received.length).toBe(bytes.length);
    expect(Buffer.compare(Buffer.from(received), Buffer.from(bytes))).toBe(0);
  });
}
