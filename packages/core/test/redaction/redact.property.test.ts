import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { redact, registerSecret } from '../../src/redaction/redact.js';
import { anyCodeUnit, numRuns } from '../helpers/property-runs.js';

/** Secrets shaped like real keys and tokens: 6 to 64 characters from the key alphabet. */
const secret = fc.string({
  unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-.'),
  minLength: 6,
  maxLength: 64,
});

describe('redact properties', () => {
  it('never leaves a registered secret in the output, whatever surrounds it', () => {
    fc.assert(
      fc.property(secret, fc.string(), fc.string(), fc.nat({ max: 3 }), (key, before, after, repeats) => {
        registerSecret(key);
        const text = `${before}${key}${after}${` ${key}`.repeat(repeats)}`;
        expect(redact(text)).not.toContain(key);
      }),
      { numRuns },
    );
  });

  it('never throws and is idempotent on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: anyCodeUnit }), (text) => {
        const once = redact(text);
        expect(redact(once)).toBe(once);
      }),
      { numRuns },
    );
  });

  it('hides any value of a signed-URL signature parameter', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('token', 'sig', 'signature', 'X-Goog-Signature', 'X-Amz-Signature'),
        fc.string({ unit: fc.constantFrom(...'ABCDEFabcdef0123456789%+/='), minLength: 8, maxLength: 80 }),
        (name, value) => {
          expect(redact(`https://bucket.example.test/o?a=1&${name}=${value}&b=2`)).toBe(
            `https://bucket.example.test/o?a=1&${name}=[REDACTED]&b=2`,
          );
        },
      ),
      { numRuns },
    );
  });
});
