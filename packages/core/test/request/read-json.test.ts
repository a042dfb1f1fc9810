import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { ResponseValidationError } from '../../src/errors/response-validation-error.js';
import { readJson } from '../../src/request/read-json.js';

const response = (status = 200) => new Response(null, { status });
const jobSchema = z.looseObject({ job_id: z.string() });

describe('readJson', () => {
  it('returns the body when it has the fields the client reads, extra fields kept', () => {
    const body = { job_id: 'j1', status: 'queued' };
    expect(readJson({ data: body, response: response() }, { what: 'X jobs.get', schema: jobSchema })).toBe(body);
  });

  it('throws ResponseValidationError with the status and body when a field is missing', () => {
    const read = () => readJson({ data: { status: 'queued' }, response: response(201) }, { what: 'X jobs.get', schema: jobSchema });
    expect(read).toThrow(ResponseValidationError);
    try {
      read();
    } catch (error) {
      expect(error).toMatchObject({ status: 201, body: '{"status":"queued"}' });
      expect((error as Error).message).toBe('X jobs.get: the 201 answer lacks the fields the client reads');
    }
  });

  it('refuses an empty body unless allowed', () => {
    expect(() => readJson({ data: undefined, response: response() }, { what: 'X a' })).toThrow('X a: the 200 answer has no body');
    expect(readJson({ data: undefined, response: response(204) }, { what: 'X a', allowEmpty: true })).toBeUndefined();
  });

  it('unwraps an envelope before checking', () => {
    const envelope = (body: unknown) => (body as { data: unknown }).data;
    expect(readJson({ data: { data: { job_id: 'j2' } }, response: response() }, { what: 'X', envelope, schema: jobSchema })).toEqual({
      job_id: 'j2',
    });
  });

  it('lets the envelope throw the provider error', () => {
    const envelope = () => {
      throw new Error('provider error');
    };
    expect(() => readJson({ data: { success: false }, response: response() }, { what: 'X', envelope })).toThrow('provider error');
  });
});
