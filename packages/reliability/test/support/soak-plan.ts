import type { RequestFacts } from './fault-server.js';
import { type Fault, type FaultKind, rateLimitVariants, serverErrorVariants } from './faults.js';
import { derivedRandom, pickWeighted } from './prng.js';

/** How often each fault is injected (relative weights; `pass` is the real upstream answer). */
export const soakWeights: Readonly<Record<FaultKind, number>> = {
  pass: 40,
  'reset-before': 6,
  'reset-mid-body': 6,
  'reset-mid-request': 3,
  'stall-headers': 5,
  'stall-body': 5,
  'truncated-json': 5,
  'malformed-json': 5,
  'html-error': 5,
  'server-error': 8,
  'rate-limit': 7,
  'redirect-cross-origin': 5,
};

/** Share of calls that meet a 429 storm: every attempt of the call is answered 429. */
export const stormShare = 0.04;

const variants: Partial<Record<FaultKind, readonly string[]>> = {
  'rate-limit': rateLimitVariants,
  'server-error': serverErrorVariants,
  'malformed-json': ['200', '500'],
  'html-error': ['502', '503'],
  'stall-body': ['json', 'text'],
  'reset-mid-request': ['drop'],
  // `no-status`: processed upstream, then dropped before the status line (the classic ambiguous POST).
  'reset-mid-body': ['half-body', 'no-status'],
};

function pick(random: () => number, list: readonly string[]): string {
  return list[Math.floor(random() * list.length)]!;
}

/**
 * The soak's fault chooser. Each decision is derived from the seed, the call's marker and how
 * many times that marker arrived before, so a seed replays the same faults per call whatever
 * order concurrent calls reach the server in.
 */
export function soakDecider(seed: number): (facts: RequestFacts) => Fault {
  return (facts) => {
    const identity = facts.marker ?? `${facts.method} ${facts.path}`;
    const perCall = derivedRandom(seed, identity, 'storm');
    if (perCall() < stormShare) {
      return { kind: 'rate-limit', variant: `storm-${pick(perCall, rateLimitVariants)}` };
    }
    const random = derivedRandom(seed, identity, String(facts.receipt));
    const kind = pickWeighted(random, soakWeights);
    const choices = variants[kind];
    return choices ? { kind, variant: pick(random, choices) } : { kind };
  };
}
