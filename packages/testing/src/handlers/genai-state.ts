import type { components } from '@conduit/specs/genai';

type Schemas = components['schemas'];

/** A rate-limit window group: `/generate` (text and image), `/analyze`, `/models`, anything else. */
export type GenAIWindowGroup = 'generate' | 'analyze' | 'models' | 'other';

/** Documented per-minute limits per group (`other` uses the Free tier's 60/min). */
export const defaultGenAILimits: Readonly<Record<GenAIWindowGroup, number>> = { generate: 60, analyze: 120, models: 1000, other: 60 };

/** One key's counter in one group for the current minute. */
export interface GenAIWindow {
  limit: number;
  used: number;
  /** Epoch milliseconds when the window resets. */
  resetAt: number;
}

/** The in-memory state behind one GenAI mock. */
export interface GenAIMockState {
  /** Texts generated, by id (`gen_…`). */
  readonly generations: Map<string, Schemas['GeneratedText']>;
  /** Images generated, by id (`img_…`). */
  readonly images: Map<string, Schemas['GeneratedImage']>;
  /** Analyses answered, in order. */
  readonly analyses: Schemas['AnalysisResult'][];
  /** Rate-limit windows, by `<key>:<group>`. */
  readonly windows: Map<string, GenAIWindow>;
  /** Answers given so far (errors included). */
  requests: number;
  /** Last number handed out by `nextId`, per prefix (`req`, `gen`, `img`, `new`). */
  readonly sequences: Map<string, number>;
}

/** A fresh, empty state. */
export function createGenAIState(): GenAIMockState {
  return { generations: new Map(), images: new Map(), analyses: [], windows: new Map(), requests: 0, sequences: new Map() };
}

/** Empties a state in place (handlers keep their reference). */
export function resetGenAIState(state: GenAIMockState): void {
  state.generations.clear();
  state.images.clear();
  state.analyses.length = 0;
  state.windows.clear();
  state.requests = 0;
  state.sequences.clear();
}

/** A deterministic id such as `gen_0000000001`. */
export function nextId(state: GenAIMockState, prefix: string): string {
  const next = (state.sequences.get(prefix) ?? 0) + 1;
  state.sequences.set(prefix, next);
  return `${prefix}_${String(next).padStart(10, '0')}`;
}

/** Counts one request against a key's window and reports what is left. */
export function takeFromWindow(
  state: GenAIMockState,
  key: string,
  group: GenAIWindowGroup,
  limit: number,
  now: number,
): GenAIWindow & { allowed: boolean } {
  const id = `${key}:${group}`;
  let window = state.windows.get(id);
  if (window === undefined || window.resetAt <= now) {
    window = { limit, used: 0, resetAt: now + 60_000 };
    state.windows.set(id, window);
  }
  const allowed = window.used < window.limit;
  if (allowed) {
    window.used++;
  }
  return { ...window, allowed };
}
