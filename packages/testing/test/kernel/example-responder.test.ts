import { scriptixOperations } from '@conduit/specs/scriptix';
import { scriptixDocument } from '@conduit/specs/scriptix/document';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMockKernel, exampleResponder } from '../../src/kernel/create-mock-kernel.js';
import { createScriptixMock, scriptixProfile, scriptixTestKey } from '../../src/scriptix.js';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

describe('exampleResponder', () => {
  it("answers an operation with its spec's example for the first success status", async () => {
    const answer = await exampleResponder(scriptixDocument, scriptixOperations.getAccount)({} as never);
    expect(answer.status).toBe(200);
    expect(await answer.json()).toEqual({ result: { id: 5521, email: 'dev@example.org', organization_id: 310, role: 'DEVELOPER' } });
  });

  it('answers an empty success status when the spec gives no example', async () => {
    const document = { paths: { '/gone': { delete: { responses: { '204': { description: 'Deleted.' } } } } } };
    const operation = { ...scriptixOperations.deleteToken, path: '/gone', method: 'DELETE', successStatuses: [204] } as const;
    const answer = await exampleResponder(document, operation)({} as never);
    expect([answer.status, await answer.text()]).toEqual([204, '']);
  });

  it('routes every operation without a handler to its example unless told not to', () => {
    const kernel = createMockKernel({
      table: scriptixOperations,
      document: scriptixDocument,
      baseUrl: 'https://x.example/api',
      profile: scriptixProfile,
    });
    expect(kernel.routes({})).toHaveLength(Object.keys(scriptixOperations).length);
    expect(kernel.routes({}, { examples: false })).toHaveLength(0);
  });

  it("serves a mock's stateless read through the kernel (auth, headers and validation included)", async () => {
    server.resetHandlers(...createScriptixMock({ validate: 'all' }).handlers);
    const response = await fetch('https://api.scriptix.io/api/v3/account/me', { headers: { authorization: `Bearer ${scriptixTestKey}` } });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-ratelimit-limit')).toBe('1000');
    expect((await response.json()).result.email).toBe('dev@example.org');
  });
});
