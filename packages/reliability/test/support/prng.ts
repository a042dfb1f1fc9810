/** A small seeded PRNG (mulberry32): the same seed gives the same sequence on every machine. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** FNV-1a over a string: a stable 32-bit hash for deriving per-request seeds. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** A PRNG for one decision, derived from the run's seed and what identifies the decision. */
export function derivedRandom(seed: number, ...parts: string[]): () => number {
  return mulberry32(hashString(`${seed}:${parts.join('|')}`));
}

/** The soak's fixed default seed: every run replays the same calls and faults unless told otherwise. */
export const defaultSoakSeed = 20_261_207;

/** The run's seed: `CONDUIT_SOAK_SEED` when set (another seed, or a failure to replay), else `defaultSoakSeed`. */
export function soakSeed(): number {
  const fromEnvironment = Number(process.env.CONDUIT_SOAK_SEED);
  return Number.isInteger(fromEnvironment) && fromEnvironment > 0 ? fromEnvironment : defaultSoakSeed;
}

/** Picks a key of `weights` with probability proportional to its weight. */
export function pickWeighted<K extends string>(random: () => number, weights: Readonly<Record<K, number>>): K {
  const entries = Object.entries(weights) as Array<[K, number]>;
  const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
  let roll = random() * total;
  for (const [key, weight] of entries) {
    roll -= weight;
    if (roll < 0) {
      return key;
    }
  }
  return entries[entries.length - 1]![0];
}
