import { AuthenticationError, ResponseValidationError, readJson } from '@conduit/core';
import { describe, expect, it } from 'vitest';
import { enveloped, readResult, scriptixBareOrEnveloped, scriptixListEnvelope } from '../src/scriptix-envelope.js';

const answer = (data: unknown, status = 200) => ({ data, response: new Response(null, { status }) });
const read = (data: unknown) => () => readJson(answer(data), enveloped('getSession'));
const readList = (data: unknown) => () => readJson(answer(data), { what: 'Scriptix listSessions', envelope: scriptixListEnvelope });

describe('the v3 envelope (readJson with `enveloped`)', () => {
  it('unwraps the result envelope', () => {
    expect(read({ result: { id: 'a' } })()).toEqual({ id: 'a' });
  });

  it('refuses an answer without a body or without a result envelope', () => {
    expect(read(undefined)).toThrow('has no body');
    expect(read({})).toThrow('without a `result` envelope');
    expect(read({})).toThrow(ResponseValidationError);
  });

  it('turns a legacy `error` body in a 2xx answer into the typed error it describes', () => {
    let error: unknown;
    try {
      read({ error: 'KEY_REVOKED', message: 'This key was revoked' })();
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(AuthenticationError);
    expect((error as AuthenticationError).code).toBe('KEY_REVOKED');
    expect((error as Error).message).toContain('This key was revoked');
    expect((error as { provider?: string }).provider).toBe('scriptix');
  });

  it('reads the legacy `err` and `error_message` fields as the error', () => {
    expect(read({ err: 'quota exhausted' })).toThrow('quota exhausted');
    expect(read({ error_message: 'bad media' })).toThrow('bad media');
  });

  it("keeps the TUS calls' readResult working until they move to callApi", async () => {
    await expect(readResult(Promise.resolve(answer({ result: { session_id: 'x' } })))).resolves.toEqual({ session_id: 'x' });
  });
});

describe('the v3 list envelope', () => {
  it('keeps the whole answer as the page, under the API names', () => {
    expect(readList({ result: [1, 2], count: 2, total_results: 9 })()).toEqual({ result: [1, 2], count: 2, total_results: 9 });
    expect(readList({ result: [] })()).toEqual({ result: [] });
  });

  it('refuses a result that is not a list, and a legacy error body', () => {
    expect(readList({ result: 'nope' })).toThrow('without a `result` list');
    expect(readList(null)).toThrow(ResponseValidationError);
    expect(readList({ err: 'legacy failure' })).toThrow('legacy failure');
  });
});

describe('bodies shown bare or enveloped', () => {
  it('takes a bare body as is and unwraps an envelope', () => {
    const envelope = scriptixBareOrEnveloped((body) => body.session_id !== undefined);
    const readEither = (data: unknown) => readJson(answer(data), { what: 'Scriptix transcribeFile', envelope });
    expect(readEither({ session_id: 'bare' })).toEqual({ session_id: 'bare' });
    expect(readEither({ result: { session_id: 'wrapped' } })).toEqual({ session_id: 'wrapped' });
    expect(() => readEither({ other: 1 })).toThrow('without a `result` envelope');
  });
});
