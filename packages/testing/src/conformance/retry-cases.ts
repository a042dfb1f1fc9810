import { expect } from 'vitest';
import { type Harness, rejectionOf } from './conformance-harness.js';
import { jsonResponse } from './recording-fetch.js';

/** Rate-limit hints on the fake clock, 5xx retried on a read, never a second create after an ambiguous 5xx. */
export function retryCases<Client>({ spec, test, build, expectNoSecret }: Harness<Client>): void {
  for (const hint of spec.rateLimitHints) {
    test(`waits as told by ${hint.name}`, async () => {
      const { client, recording, clock } = build([jsonResponse(hint.body ?? {}, 429, hint.headers), spec.read.success()]);
      await spec.read.call(client);
      expect(recording.requests).toHaveLength(2);
      expect(clock.sleeps).toEqual([hint.expectedDelayMs]);
    });
  }

  test('retries a 5xx on a read (GET)', async () => {
    const { client, recording } = build([jsonResponse({}, 503), jsonResponse({}, 502), spec.read.success()]);
    await spec.read.call(client);
    expect(recording.requests).toHaveLength(3);
    expect(recording.requests.every((request) => request.method === 'GET')).toBe(true);
  });

  test('gives up after maxRetries with an InternalServerError', async () => {
    const { client, recording, lines } = build([jsonResponse({}, 500)], { maxRetries: 1 });
    const error = await rejectionOf(spec.read.call(client));
    expect(error).toMatchObject({ name: 'InternalServerError', attempts: 2 });
    expect(recording.requests).toHaveLength(2);
    expectNoSecret(error, lines);
  });

  test('does not send a create (POST) twice after an ambiguous 500', async () => {
    const { client, recording, lines } = build([jsonResponse({}, 500), spec.create.success()]);
    const error = await rejectionOf(spec.create.call(client));
    expect(error).toMatchObject({ name: 'InternalServerError' });
    expect(recording.requests).toHaveLength(1);
    expect(recording.requests[0]?.method).toBe('POST');
    expectNoSecret(error, lines);
  });

  test('retries a create marked idempotent, with the same body', async () => {
    const callIdempotent = spec.create.callIdempotent;
    expect(callIdempotent, 'the factory supplies create.callIdempotent').toBeDefined();
    const { client, recording } = build([jsonResponse({}, 500), spec.create.success()]);
    await callIdempotent?.(client);
    expect(recording.requests).toHaveLength(2);
    expect(recording.requests[1]?.bodyText).toBe(recording.requests[0]?.bodyText);
  });
}
