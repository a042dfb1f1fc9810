import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../src/errors/configuration-error.js';
import { checkRequestOptions, requestOptionKeys } from '../../src/request/request-options.js';

describe('checkRequestOptions', () => {
  it('gives {} for no options and passes valid options through', () => {
    expect(checkRequestOptions(undefined, 'x.get')).toEqual({});
    const signal = new AbortController().signal;
    const options = { signal, timeout: 5, deadline: 10, maxRetries: 0, idempotent: true, headers: { 'x-a': 'b' }, middleware: [{}] };
    expect(checkRequestOptions(options, 'x.get')).toBe(options);
  });

  it('lists every documented option name', () => {
    expect([...requestOptionKeys].sort()).toEqual(['deadline', 'headers', 'idempotent', 'maxRetries', 'middleware', 'signal', 'timeout']);
  });

  it.each([
    [{ timout: 1 }, 'unknown option `timout`. Did you mean `timeout`?'],
    [{ maxRetry: 1 }, 'Did you mean `maxRetries`?'],
    [{ Signal: new AbortController().signal }, 'Did you mean `signal`?'],
    [{ retries: 2 }, 'unknown option `retries`.'],
  ])('refuses the unknown key in %o with a suggestion where one is close', (options, message) => {
    expect(() => checkRequestOptions(options, 'x.get')).toThrow(ConfigurationError);
    expect(() => checkRequestOptions(options, 'x.get')).toThrow(message);
  });

  it.each([
    [{ timeout: -1 }, '`timeout` must be a positive number of milliseconds'],
    [{ timeout: '5' }, '`timeout` must be a number of milliseconds'],
    [{ deadline: 0 }, '`deadline` must be a positive number of milliseconds'],
    [{ maxRetries: 1.5 }, '`maxRetries` must be a whole number'],
    [{ maxRetries: 21 }, '`maxRetries` must be at most 20'],
    [{ idempotent: 'yes' }, '`idempotent` must be true or false'],
    [{ signal: {} }, '`signal` must be an AbortSignal'],
    [{ headers: { 'x-a': 1 } }, '`headers` `x-a` must be a string'],
    [{ middleware: [null] }, '`middleware` must hold middleware objects'],
    [{ timeout: Number.NaN }, '`timeout` must be a number of milliseconds'],
    [{ middleware: {} }, '`middleware` must be an array of middleware'],
  ])('refuses %o, naming the option', (options, message) => {
    expect(() => checkRequestOptions(options, 'x.get')).toThrow(message);
  });

  it.each([null, 5, 'fast', [1]])('refuses %o as the options argument', (options) => {
    expect(() => checkRequestOptions(options, 'x.get')).toThrow('x.get: request options must be an object');
  });
});
