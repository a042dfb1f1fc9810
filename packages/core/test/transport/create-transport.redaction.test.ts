import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { apiKeyHeader } from '../../src/auth/api-key-header.js';
import { APIConnectionError } from '../../src/errors/api-connection-error.js';
import { AuthenticationError } from '../../src/errors/authentication-error.js';
import { ResponseValidationError } from '../../src/errors/response-validation-error.js';
import { createTransport } from '../../src/transport/create-transport.js';
import { createFakeClock } from '../helpers/fake-clock.js';
import type { Responder } from '../helpers/fake-fetch.js';
import { createFakeFetch } from '../helpers/fake-fetch.js';

const key = 'vsk_redactiontransport00000000000000000000000001';
const token = 'SECRETTOKENVALUE1';
const signature = 'SIGNATURE0987654321abcdef';
const secrets = [key, token, signature];
const url = `https://api.viddyscribe.com/enterprise/api/get_results?job_id=task_1&token=${token}&X-Goog-Signature=${signature}`;

function setup(respond: Responder) {
  const clock = createFakeClock();
  const lines: string[] = [];
  const { fetch } = createFakeFetch(respond);
  const transport = createTransport({
    provider: 'viddyscribe',
    auth: apiKeyHeader('X-API-Key')(key),
    fetch,
    now: clock.now,
    sleep: clock.sleep,
    debug: (line) => lines.push(line),
  });
  return { transport, lines };
}

/** Every rendering of an error a user might log or ship to an error tracker. */
function renderings(error: Error): Record<string, string> {
  return {
    message: error.message,
    stack: error.stack ?? '',
    json: JSON.stringify(error),
    inspect: inspect(error, { depth: 10 }),
    string: String(error),
  };
}

function expectNoSecrets(texts: Record<string, string> | string[]) {
  for (const [where, text] of Object.entries(texts)) {
    for (const secret of secrets) {
      expect(text, `${secret} leaked into ${where}`).not.toContain(secret);
    }
  }
}

describe('secrets never leak from errors or debug logs', () => {
  it('an error answer that echoes the key, for a signed URL, shows neither key nor signature anywhere', async () => {
    const { transport, lines } = setup(
      () =>
        new Response(
          JSON.stringify({
            error: 'invalid_api_key',
            message: `Key ${key} is not valid for ${url}`,
            request: { headers: { 'X-API-Key': key }, url },
          }),
          {
            status: 401,
            headers: {
              'content-type': 'application/json',
              'x-echo-key': key,
              'set-cookie': `session=${token}`,
              location: url,
              'x-request-id': 'req_1',
            },
          },
        ),
    );
    const error = await transport(url).catch((caught: unknown) => caught);
    expect(AuthenticationError.isInstance(error)).toBe(true);
    const authError = error as AuthenticationError;
    expectNoSecrets(renderings(authError));
    expectNoSecrets({ url: authError.url ?? '', headers: JSON.stringify(authError.headers), body: JSON.stringify(authError.body) });
    expect(lines.length).toBeGreaterThanOrEqual(2);
    expectNoSecrets(lines);
    // Useful data survives redaction.
    expect(authError.requestId).toBe('req_1');
    expect(authError.url).toContain('job_id=task_1');
    expect(authError.message).toContain('vsk_…001');
    expect(lines.join('\n')).toContain('get_results');
  });

  it('a connection failure whose cause names the signed URL shows no secret when logged', async () => {
    const { transport, lines } = setup(() => {
      throw new TypeError(`fetch failed for ${url}`, {
        cause: Object.assign(new Error(`connect ECONNRESET ${url}`), { code: 'ECONNRESET' }),
      });
    });
    const error = await transport
      .with({ maxRetries: 0 })(url)
      .catch((caught: unknown) => caught);
    expect(APIConnectionError.isInstance(error)).toBe(true);
    expectNoSecrets(renderings(error as Error));
    expectNoSecrets(lines);
  });

  it('a 2xx body that does not parse and echoes the key is stored redacted', async () => {
    const { transport } = setup(
      () => new Response(`{"key": "${key}", "url": "${url}"`, { headers: { 'content-type': 'application/json' } }),
    );
    const error = await transport(url).catch((caught: unknown) => caught);
    expect(ResponseValidationError.isInstance(error)).toBe(true);
    expectNoSecrets(renderings(error as Error));
    expectNoSecrets({ body: (error as ResponseValidationError).body, url: (error as ResponseValidationError).url });
  });
});
