import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keyFingerprint } from '../../src/rate-limit/key-fingerprint.js';
import { numRuns } from '../helpers/property-runs.js';

const keyLike = fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789_'), minLength: 12, maxLength: 64 });

describe('keyFingerprint', () => {
  it('is stable for one key and differs between keys', () => {
    const a = 'vsk_abc123def456ghi789jkl012mno345pqr678';
    const b = 'vsk_abc123def456ghi789jkl012mno345pqr679';
    expect(keyFingerprint(a)).toBe(keyFingerprint(a));
    expect(keyFingerprint(a)).not.toBe(keyFingerprint(b));
    expect(keyFingerprint(a)).toMatch(/^[0-9a-z]{1,12}$/);
  });

  it('never contains the key, for any key-like string', () => {
    fc.assert(
      fc.property(keyLike, (key) => {
        expect(keyFingerprint(key)).not.toContain(key);
      }),
      { numRuns },
    );
  });

  it('gives distinct keys distinct fingerprints', () => {
    fc.assert(
      fc.property(keyLike, keyLike, (a, b) => {
        fc.pre(a !== b);
        expect(keyFingerprint(a)).not.toBe(keyFingerprint(b));
      }),
      { numRuns },
    );
  });
});
