import { AsyncLocalStorage } from 'node:async_hooks';
import { ConduitError } from '@conduit/core';
import { markerHeader } from './fault-server.js';
import { derivedRandom } from './prng.js';
import type { SoakOperation, SoakTarget } from './soak-targets.js';

/** How one logical call ended. */
export interface CallOutcome {
  marker: string;
  target: string;
  operation: SoakOperation;
  /** `data`, or the error's class name (`NON-CONDUIT <name>` when it is not a ConduitError). */
  outcome: string;
  conduit: boolean;
  error: unknown;
  elapsedMs: number;
}

const markers = new AsyncLocalStorage<string>();

/** The fetch under every soak transport: tags each attempt with the running call's marker. */
export const markerFetch: typeof globalThis.fetch = (input, init) => {
  const request = new Request(input, init);
  const marker = markers.getStore();
  if (marker !== undefined) {
    request.headers.set(markerHeader, marker);
  }
  return globalThis.fetch(request);
};

/** The marker of call `index` in a run with `seed`: unique per call, found again in bodies and queries. */
export function callMarker(seed: number, index: number): string {
  return `mk${seed.toString(36)}x${index}`;
}

function classify(error: unknown): { outcome: string; conduit: boolean } {
  if (ConduitError.isInstance(error)) {
    return { outcome: error.name, conduit: true };
  }
  const name = error instanceof Error ? error.name : typeof error;
  return { outcome: `NON-CONDUIT ${name}`, conduit: false };
}

/** Options of `runSoak`. */
export interface SoakRunOptions {
  targets: SoakTarget[];
  /** Calls to make. */
  calls: number;
  /** Calls in flight at once. */
  concurrency: number;
  seed: number;
  /** Index of the first call (default 0): with `calls: 1`, replays one call of a seed exactly. */
  firstCall?: number | undefined;
}

/** Makes up to `calls` calls spread over every operation of every target, `concurrency` at a time. */
export async function runSoak(options: SoakRunOptions): Promise<CallOutcome[]> {
  const plan = options.targets.flatMap((target) => target.operations.map((operation) => ({ target: target.id, operation })));
  const outcomes: CallOutcome[] = [];
  const first = options.firstCall ?? 0;
  let next = first;
  const one = async (index: number) => {
    const pick = plan[Math.floor(derivedRandom(options.seed, 'operation', String(index))() * plan.length)]!;
    const marker = callMarker(options.seed, index);
    const started = performance.now();
    const settle = (outcome: string, conduit: boolean, error: unknown) =>
      outcomes.push({
        marker,
        target: pick.target,
        operation: pick.operation,
        outcome,
        conduit,
        error,
        elapsedMs: performance.now() - started,
      });
    try {
      await markers.run(marker, () => pick.operation.run(marker));
      settle('data', true, undefined);
    } catch (error) {
      const { outcome, conduit } = classify(error);
      settle(outcome, conduit, error);
    }
  };
  const worker = async () => {
    while (next < first + options.calls) {
      await one(next++);
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  return outcomes;
}

/** Runs every operation once, in order, ignoring the outcome: cold code paths (first zod parse, first connection) warm up. */
export async function warmUp(targets: readonly SoakTarget[], seed: number): Promise<void> {
  let index = 0;
  for (const operation of targets.flatMap((target) => target.operations)) {
    const marker = callMarker(seed, index++);
    await markers.run(marker, () => operation.run(marker)).catch(() => undefined);
  }
}
