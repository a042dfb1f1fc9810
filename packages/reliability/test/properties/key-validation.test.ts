import { inspect } from 'node:util';
import { ConfigurationError } from '@conduit/core';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clearKeyEnvironment, providerFactories } from '../support/factories.js';
import { numRuns } from '../support/runs.js';

let restoreEnvironment: () => void;
beforeAll(() => {
  restoreEnvironment = clearKeyEnvironment();
});
afterAll(() => restoreEnvironment());

const prefixes = ['', 'vsk_', 'hv_live_', 'hv_test_', 'token_', 'sk-', 'eyJ'];
/** Keys that may or may not fit a format: prefixes, unicode, whitespace, colons, control characters. */
const keyText = fc
  .tuple(
    fc.constantFrom(...prefixes),
    fc.oneof(
      fc.string({ minLength: 10, maxLength: 60 }),
      fc.string({ unit: 'binary', minLength: 10, maxLength: 40 }),
      fc.stringMatching(/^[A-Za-z0-9]{12,40}$/),
    ),
    fc.constantFrom('', ' ', '\n', ':', ' x'),
  )
  .map(([prefix, body, suffix]) => `${prefix}${body}${suffix}`);
const notAString = fc.oneof(fc.integer(), fc.boolean(), fc.constant(null), fc.array(fc.string()), fc.object(), fc.constant(Symbol('key')));

describe.each(providerFactories)('key validation of $id (property)', (factory) => {
  it('accepts the key or throws a ConfigurationError that never shows the whole key', () => {
    const seen = { accepted: 0, refused: 0 };
    fc.assert(
      fc.property(fc.oneof(keyText, notAString), (apiKey) => {
        let thrown: unknown;
        try {
          factory.create({ apiKey: apiKey as string, baseUrl: 'https://api.conduit.test/v1' });
        } catch (error) {
          thrown = error;
        }
        if (thrown === undefined) {
          seen.accepted++;
          return;
        }
        seen.refused++;
        expect(ConfigurationError.isInstance(thrown), String(thrown)).toBe(true);
        const error = thrown as ConfigurationError;
        const secret = typeof apiKey === 'string' ? apiKey.trim() : '';
        if (secret.length >= 10) {
          for (const text of [error.message, error.stack ?? '', JSON.stringify(error), inspect(error, { depth: 10 })]) {
            expect(text).not.toContain(secret);
          }
        }
      }),
      { numRuns },
    );
    // Both branches ran: the generator reaches keys in the provider's format and keys outside it.
    expect(seen.accepted).toBeGreaterThan(0);
    expect(seen.refused).toBeGreaterThan(0);
  });
});
