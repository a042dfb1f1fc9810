import { expect } from 'vitest';
import { type Harness, rejectionOf } from './conformance-harness.js';
import { jsonResponse } from './recording-fetch.js';

/** Statuses a client may retry (with a budget); every other 4xx must be sent exactly once. */
const retryableStatus = (status: number) => status === 408 || status === 429 || status >= 500;

/**
 * Every documented error body becomes its typed error with no key in any rendering. A 4xx other
 * than 408/429 runs with retries enabled (`maxRetries: 2`) and must still be sent exactly once.
 */
export function errorCases<Client>({ spec, test, build, expectNoSecret }: Harness<Client>): void {
  for (const errorCase of spec.errors) {
    const once = !retryableStatus(errorCase.status);
    const title = `maps ${errorCase.name} (${errorCase.status}) to ${errorCase.errorClass}${once ? ', not retried' : ''}`;
    test(title, async () => {
      const { client, recording, lines } = build([jsonResponse(errorCase.body, errorCase.status, errorCase.headers)], {
        maxRetries: once ? 2 : 0,
      });
      const error = await rejectionOf(spec.read.call(client));
      expect(error).toMatchObject({ name: errorCase.errorClass, status: errorCase.status });
      if (errorCase.code !== undefined) {
        expect(error).toMatchObject({ code: errorCase.code });
      }
      expect(recording.requests).toHaveLength(1);
      expectNoSecret(error, lines);
    });
  }

  test('never shows the key in any error output (key echoed in a 401 body)', async () => {
    const echo = jsonResponse({ message: `invalid key ${spec.validKey}`, error: spec.validKey }, 401);
    const { client, lines } = build([echo], { maxRetries: 0 });
    expectNoSecret(await rejectionOf(spec.read.call(client)), lines);
  });

  test('never shows the key in any error output (key echoed in a 500 body)', async () => {
    const echo = jsonResponse({ message: `upstream rejected ${spec.validKey}`, detail: spec.validKey }, 500);
    const { client, lines } = build([echo], { maxRetries: 0 });
    const error = await rejectionOf(spec.read.call(client));
    expect(error).toMatchObject({ name: 'InternalServerError' });
    expectNoSecret(error, lines);
  });

  test('never shows the key in any error output (connection error quoting the key)', async () => {
    const refuse = () => Promise.reject(new TypeError(`fetch failed: connect ECONNREFUSED (key ${spec.validKey})`));
    const { client, lines } = build([refuse], { maxRetries: 0 });
    const error = await rejectionOf(spec.read.call(client));
    expect(error).toMatchObject({ name: 'APIConnectionError' });
    expectNoSecret(error, lines);
  });
}
