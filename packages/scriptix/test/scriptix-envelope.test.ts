import { AuthenticationError, ResponseValidationError } from '@conduit/core';
import { describe, expect, it } from 'vitest';
import { readBody, readPage, readResult } from '../src/scriptix-envelope.js';

const answer = <T>(data: T, status = 200) => Promise.resolve({ data, response: new Response(null, { status }) });

describe('readBody', () => {
  it('returns the body and refuses a missing one', async () => {
    await expect(readBody(answer({ id: 1 }))).resolves.toEqual({ id: 1 });
    await expect(readBody(answer(undefined))).rejects.toThrow('Scriptix answered 200 without a body');
    await expect(readBody(answer(null))).rejects.toBeInstanceOf(ResponseValidationError);
  });
});

describe('readResult', () => {
  it('unwraps the result envelope', async () => {
    await expect(readResult(answer({ result: { id: 'a' } }))).resolves.toEqual({ id: 'a' });
  });

  it('refuses an answer without a result envelope', async () => {
    await expect(readResult(answer(undefined as unknown as { result: string }))).rejects.toThrow('without a `result` envelope');
    await expect(readResult(answer({} as { result: string }))).rejects.toBeInstanceOf(ResponseValidationError);
  });

  it('turns a legacy `error` body in a 2xx answer into the typed error it describes', async () => {
    const error = await readResult(
      answer({ error: 'KEY_REVOKED', message: 'This key was revoked' } as unknown as { result: string }),
    ).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect((error as AuthenticationError).code).toBe('KEY_REVOKED');
    expect((error as Error).message).toContain('This key was revoked');
    expect((error as { provider?: string }).provider).toBe('scriptix');
  });

  it('reads the legacy `err` and `error_message` fields as the error', async () => {
    const fromErr = await readResult(answer({ err: 'quota exhausted' } as unknown as { result: string })).catch(
      (caught: unknown) => caught,
    );
    expect((fromErr as Error).message).toContain('quota exhausted');
    const fromMessage = await readResult(answer({ error_message: 'bad media' } as unknown as { result: string })).catch(
      (caught: unknown) => caught,
    );
    expect((fromMessage as Error).message).toContain('bad media');
  });
});

describe('readPage', () => {
  it('reads items and counters, leaving absent counters undefined', async () => {
    await expect(readPage(answer({ result: [1, 2], count: 2, total_results: 9 }))).resolves.toEqual({
      items: [1, 2],
      count: 2,
      totalResults: 9,
    });
    await expect(readPage(answer({ result: [] }))).resolves.toEqual({ items: [], count: undefined, totalResults: undefined });
  });

  it('refuses a result that is not a list, and a legacy error body', async () => {
    await expect(readPage(answer({ result: 'nope' } as unknown as { result: string[] }))).rejects.toThrow('without a `result` list');
    await expect(readPage(answer(null as unknown as { result: string[] }))).rejects.toBeInstanceOf(ResponseValidationError);
    await expect(readPage(answer({ err: 'legacy failure' } as unknown as { result: string[] }))).rejects.toThrow('legacy failure');
  });
});
