import { describe, expect, it } from 'vitest';
import { none } from '../../src/auth/none.js';
import { ConfigurationError } from '../../src/errors/configuration-error.js';
import { createTransport } from '../../src/transport/create-transport.js';
import type { TransportOptions } from '../../src/transport/transport-options.js';

const auth = none();

function optionError(options: unknown): ConfigurationError {
  try {
    createTransport(options as TransportOptions);
  } catch (error) {
    if (ConfigurationError.isInstance(error)) {
      return error;
    }
    throw error;
  }
  throw new Error('expected a ConfigurationError');
}

describe('createTransport option checks', () => {
  it.each([
    ['maxRetries', { maxRetries: -1 }],
    ['maxRetries', { maxRetries: 1.5 }],
    ['maxRetries', { maxRetries: 21 }],
    ['timeout', { timeout: 'fast' }],
    ['timeout', { timeout: 0 }],
    ['deadline', { deadline: -5 }],
    ['maxConcurrency', { maxConcurrency: 0 }],
    ['headers', { headers: 5 }],
    ['headers', { headers: { 'x-n': 1 } }],
    ['fetch', { fetch: 'globalThis.fetch' }],
    ['onRetry', { onRetry: true }],
    ['maxRetryAfter', { maxRetryAfter: -1 }],
    ['idempotencyKeyHeader', { idempotencyKeyHeader: '' }],
    ['debug', { debug: 'yes' }],
  ])('names `%s` when it is wrong (%o)', (name, bad) => {
    const error = optionError({ provider: 'x', auth, ...bad });
    expect(error.message).toMatch(new RegExp(`\`${name}[\`.]`));
    expect(error.message).toContain('createTransport');
  });

  it('names the provider when it is missing or empty', () => {
    expect(optionError({ auth }).message).toContain('`provider`');
    expect(optionError({ provider: '', auth }).message).toContain('`provider`');
  });

  it('names `auth` when it is missing or not a strategy, instead of failing later with a TypeError', () => {
    expect(optionError({ provider: 'x' }).message).toContain('`auth`');
    expect(optionError({ provider: 'x', auth: 'vsk_plainkeyinsteadofstrategy0001' }).message).toContain('`auth`');
    expect(optionError({ provider: 'x', auth: {} }).message).toContain('`auth`');
  });

  it('reports every wrong option at once', () => {
    const error = optionError({ provider: 'x', auth, maxRetries: -1, timeout: 'fast' });
    expect(error.message).toContain('`maxRetries`');
    expect(error.message).toContain('`timeout`');
  });

  it('accepts good options and unknown extra keys', () => {
    expect(() =>
      createTransport({
        provider: 'x',
        auth,
        maxRetries: 0,
        timeout: 1,
        maxConcurrency: 1,
        headers: { a: 'b' },
        providerSpecific: 1,
      } as TransportOptions),
    ).not.toThrow();
  });
});
