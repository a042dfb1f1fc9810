import { inspect } from 'node:util';
import { expect, it } from 'vitest';
import { createFakeClock } from '../clock/create-fake-clock.js';
import type { FakeClock } from '../clock/fake-clock.js';
import type { ConformanceClientOptions, ProviderConformance } from './conformance-types.js';
import { createRecordingFetch, type RecordingFetch, type Responder } from './recording-fetch.js';

/** One client on a recording fetch and the fake clock, as a case sees it. */
export interface Built<Client> {
  client: Client;
  recording: RecordingFetch;
  clock: FakeClock;
  /** Debug lines the client logged. */
  lines: string[];
}

/** What every case module gets: the provider's spec, a skip-aware `test` and a client builder. */
export interface Harness<Client> {
  spec: ProviderConformance<Client>;
  /** Registers a case, or a named skip (`it.skip`, with its reason in the title) when the provider declared one. */
  test: (title: string, fn: () => Promise<void> | void) => void;
  build: (responders: Responder[], extra?: Partial<ConformanceClientOptions>) => Built<Client>;
  /** Fails when the key appears in any rendering of `error` or in a debug line. */
  expectNoSecret: (error: unknown, lines: string[]) => void;
}

/** Builds the harness; throws at collection time when a skip names a test that does not exist. */
export function createHarness<Client>(spec: ProviderConformance<Client>, known: Set<string>): Harness<Client> {
  const reasons = new Map<string, string>();
  for (const entry of spec.skip ?? []) {
    for (const title of entry.tests) {
      reasons.set(title, entry.reason);
    }
  }
  const test = (title: string, fn: () => Promise<void> | void) => {
    known.add(title);
    const reason = reasons.get(title);
    if (reason === undefined) {
      it(title, fn);
    } else {
      it.skip(`${title} [skipped: ${reason}]`, fn);
    }
  };
  const build = (responders: Responder[], extra: Partial<ConformanceClientOptions> = {}): Built<Client> => {
    const recording = createRecordingFetch(responders);
    const clock = createFakeClock();
    const lines: string[] = [];
    const client = spec.createClient({
      apiKey: spec.validKey,
      baseUrl: spec.baseUrl,
      fetch: recording.fetch,
      now: clock.now,
      sleep: clock.sleep,
      debug: (line: string) => lines.push(line),
      ...extra,
    });
    return { client, recording, clock, lines };
  };
  const expectNoSecret = (error: unknown, lines: string[]) => {
    expect(error).toBeInstanceOf(Error);
    const caught = error as Error;
    const outputs = [caught.message, caught.stack ?? '', JSON.stringify(caught), inspect(caught, { depth: 10 }), ...lines];
    for (const output of outputs) {
      expect(output).not.toContain(spec.validKey);
    }
  };
  return { spec, test, build, expectNoSecret };
}

/** Resolves to what `promise` rejected with, or `undefined` when it resolved. */
export function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
}
