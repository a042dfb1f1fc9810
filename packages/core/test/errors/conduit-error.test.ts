import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { APIConnectionError } from '../../src/errors/api-connection-error.js';
import { APIError } from '../../src/errors/api-error.js';
import { APITimeoutError } from '../../src/errors/api-timeout-error.js';
import { ConduitError } from '../../src/errors/conduit-error.js';
import { ConfigurationError } from '../../src/errors/configuration-error.js';
import { RateLimitError } from '../../src/errors/rate-limit-error.js';
import { RequestAbortedError } from '../../src/errors/request-aborted-error.js';
import { ResponseValidationError } from '../../src/errors/response-validation-error.js';

describe('ConduitError brand checks', () => {
  it('recognise an object from another copy of the package by its Symbol.for brands', () => {
    // What a RateLimitError built by a second bundled copy of core looks like to this copy.
    const foreign = {
      [Symbol.for('conduit.error')]: true,
      [Symbol.for('conduit.error.APIError')]: true,
      [Symbol.for('conduit.error.RateLimitError')]: true,
      status: 429,
    };
    expect(RateLimitError.isInstance(foreign)).toBe(true);
    expect(APIError.isInstance(foreign)).toBe(true);
    expect(ConduitError.isInstance(foreign)).toBe(true);
    expect(foreign instanceof RateLimitError).toBe(false);
  });

  it('reject look-alikes without the brand, wrong brand values and primitives', () => {
    expect(RateLimitError.isInstance({ name: 'RateLimitError', status: 429 })).toBe(false);
    expect(RateLimitError.isInstance({ [Symbol.for('conduit.error.RateLimitError')]: 'yes' })).toBe(false);
    expect(RateLimitError.isInstance({ [Symbol('conduit.error.RateLimitError')]: true })).toBe(false);
    expect(ConduitError.isInstance(new Error('plain'))).toBe(false);
    expect(ConduitError.isInstance(null)).toBe(false);
    expect(ConduitError.isInstance('conduit.error')).toBe(false);
  });

  it('follow the hierarchy: a timeout is a connection error, not an API error', () => {
    const timeout = new APITimeoutError('slow');
    expect(APITimeoutError.isInstance(timeout)).toBe(true);
    expect(APIConnectionError.isInstance(timeout)).toBe(true);
    expect(ConduitError.isInstance(timeout)).toBe(true);
    expect(APIError.isInstance(timeout)).toBe(false);
    expect(APITimeoutError.isInstance(new APIConnectionError('reset'))).toBe(false);
    expect(ConfigurationError.isInstance(new RequestAbortedError())).toBe(false);
  });
});

describe('ConduitError data', () => {
  it('keeps the native cause without pasting its text into the message', () => {
    const cause = new TypeError('fetch failed: socket hang up');
    const error = new APIConnectionError('Could not reach api.example.test', { cause });
    expect(error.cause).toBe(cause);
    expect(error.message).toBe('Could not reach api.example.test');
  });

  it('defaults attempts to 1 and retryable per class', () => {
    expect(new ConduitError('x').attempts).toBe(1);
    expect(new ConduitError('x').retryable).toBe(false);
    expect(new APIConnectionError('x').retryable).toBe(true);
    expect(new APITimeoutError('x').retryable).toBe(true);
    expect(new APITimeoutError('x', { retryable: false }).retryable).toBe(false);
    expect(new RequestAbortedError().retryable).toBe(false);
    expect(new ConfigurationError('x', { attempts: 3 }).attempts).toBe(3);
  });

  it('is a real Error with its class name', () => {
    const error = new ResponseValidationError('bad json', { status: 200, body: '{', url: 'https://a.test/x' });
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('ResponseValidationError');
    expect(error.status).toBe(200);
    expect(error.body).toBe('{');
  });

  it('serialises to JSON with name, message, data and the cause message', () => {
    const error = new APIConnectionError('Could not reach host', { cause: new Error('ECONNRESET'), attempts: 2 });
    const parsed = JSON.parse(JSON.stringify(error)) as Record<string, unknown>;
    expect(parsed).toMatchObject({ name: 'APIConnectionError', message: 'Could not reach host', attempts: 2, retryable: true, status: 0 });
    expect(parsed.cause).toBe('ECONNRESET');
  });

  it('shows its data in util.inspect output', () => {
    const error = new APIConnectionError('Could not reach host', { attempts: 3 });
    const text = inspect(error, { depth: 10 });
    expect(text).toContain('Could not reach host');
    expect(text).toContain('"attempts": 3');
  });
});
