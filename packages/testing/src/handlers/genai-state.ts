import type { components } from '@conduit/specs/genai';
import { createRateLimitWindows, type RateLimitWindows } from '../kernel/rate-limit-windows.js';

type Schemas = components['schemas'];

/** GenAI's per-minute rate-limit buckets, as the spec's `x-conduit-bucket` names them. */
export type GenAIWindowGroup = 'generate' | 'analyze' | 'models' | 'other';

/** The documented per-endpoint limits per minute (`other` uses the Free tier's 60). */
export const defaultGenAILimits: Readonly<Record<GenAIWindowGroup, number>> = { generate: 60, analyze: 120, models: 1000, other: 60 };

/** One key's window for one group (kept for the exported type; the kernel's windows hold the counts). */
export interface GenAIWindow {
  /** Requests allowed in the window. */
  limit: number;
  /** Requests counted so far in the window. */
  used: number;
  /** When the window resets, epoch milliseconds. */
  resetAt: number;
}

/** Everything the GenAI mock remembers. */
export interface GenAIMockState {
  /** Text generations by id. */
  readonly generations: Map<string, Schemas['GeneratedText']>;
  /** Generated images by id. */
  readonly images: Map<string, Schemas['GeneratedImage']>;
  /** Analyses made, in order. */
  readonly analyses: Schemas['AnalysisResult'][];
  /** Per-minute windows per key and bucket. */
  readonly windows: RateLimitWindows;
  /** Requests that reached an operation. */
  requests: number;
  /** Ids issued per prefix (seeds the next id). */
  readonly sequences: Map<string, number>;
}

/** A fresh, empty state with the given per-minute limits. */
export function createGenAIState(limits: Readonly<Record<GenAIWindowGroup, number>> = defaultGenAILimits): GenAIMockState {
  return {
    generations: new Map(),
    images: new Map(),
    analyses: [],
    windows: createRateLimitWindows(() => limits, 60_000),
    requests: 0,
    sequences: new Map(),
  };
}

/** Empties the state in place. */
export function resetGenAIState(state: GenAIMockState): void {
  state.generations.clear();
  state.images.clear();
  state.analyses.length = 0;
  state.windows.clear();
  state.requests = 0;
  state.sequences.clear();
}

/** The next id with a prefix: `gen_0000000001`, ... */
export function nextId(state: GenAIMockState, prefix: string): string {
  const next = (state.sequences.get(prefix) ?? 0) + 1;
  state.sequences.set(prefix, next);
  return `${prefix}_${String(next).padStart(10, '0')}`;
}
