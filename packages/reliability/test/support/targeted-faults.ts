import { createHash } from 'node:crypto';
import type { RequestFacts } from './fault-server.js';
import type { Fault } from './faults.js';

/** A decision function that answers `fault` to the listed matching requests (1-based) and passes everything else. */
export function faultOnMatches(
  match: (facts: RequestFacts) => boolean,
  hits: readonly number[],
  fault: Fault,
): (facts: RequestFacts) => Fault {
  let seen = 0;
  return (facts) => {
    if (!match(facts)) {
      return { kind: 'pass' };
    }
    seen++;
    return hits.includes(seen) ? fault : { kind: 'pass' };
  };
}

/** sha256 of bytes, hex. */
export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Deterministic pseudo-random bytes (so a failure can be replayed byte for byte). */
export function testBytes(length: number, seed = 1): Uint8Array {
  const bytes = new Uint8Array(length);
  let state = seed >>> 0;
  for (let index = 0; index < length; index++) {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    bytes[index] = state >>> 24;
  }
  return bytes;
}
