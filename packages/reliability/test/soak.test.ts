import { writeFileSync } from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { defaultSleep, type Sleep } from '@conduit/core';
import { createViddyScribeClient } from '@conduit/viddyscribe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FaultServer, startFaultServer } from './support/fault-server.js';
import { defaultSoakSeed, soakSeed } from './support/prng.js';
import { type ProviderMocks, providerKeys, startProviderMocks } from './support/provider-mocks.js';
import {
  attemptCountGaps,
  credentialsAtOtherOrigin,
  crossedMarkers,
  repeatedUnsafeCalls,
  tally,
  unstableKeys,
  wrongCredentials,
} from './support/soak-checks.js';
import { soakDecider, soakWeights } from './support/soak-plan.js';
import { markerFetch, runSoak, warmUp } from './support/soak-runner.js';
import { createSoakTargets, type SoakSettings } from './support/soak-targets.js';
import { echoUpstream, forwardTo, routeUpstream } from './support/upstream.js';

const long = process.env.CONDUIT_SOAK === 'long';
// Every planned call runs to its end: no time budget cuts the run short (CONDUIT_SOAK_CALLS overrides the count).
const calls = Number(process.env.CONDUIT_SOAK_CALLS) || (long ? 12_000 : 1_500);
const seed = soakSeed();
console.log(`[soak] seed ${seed} (default ${defaultSoakSeed}; another with CONDUIT_SOAK_SEED=<n>), ${calls} calls`);
/**
 * How far past its deadline a call may settle, in milliseconds: settling work, plus the worst lag of
 * the process's timers during the run (measured: on a loaded 2-core machine a timer can fire hundreds
 * of milliseconds late, which no client can beat).
 */
const deadlineSlackMs = 250;
const concurrency = 6;

// Waits are cut to at most 5 ms so thousands of retries and rate-limit pauses fit in seconds.
const shortSleep: Sleep = (ms, signal) => defaultSleep(Math.min(ms, 5), signal);
const settings: SoakSettings = { timeout: 250, deadline: 800, maxRetries: 2, sleep: shortSleep, fetch: markerFetch };

let mocks: ProviderMocks;
let server: FaultServer;

beforeAll(async () => {
  mocks = await startProviderMocks();
  server = await startFaultServer({
    upstream: routeUpstream([['/core', echoUpstream()]], forwardTo(mocks.server.url)),
    decide: soakDecider(seed),
    stallMs: 500,
  });
});

afterAll(async () => {
  await server?.close();
  await mocks?.close();
});

describe(`fault soak (${long ? 'long' : 'quick'}, seed ${seed}; replay with CONDUIT_SOAK_SEED=${seed})`, () => {
  it(`drives ${calls} calls through every client and the bare transport: typed outcomes only, no repeated unsafe POST, no leaked credential`, async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    const started = performance.now();
    try {
      // A job that exists upstream, made without faults, for the ViddyScribe read.
      const direct = createViddyScribeClient({ apiKey: providerKeys.viddyscribe, baseUrl: mocks.server.baseUrl('viddyscribe') });
      const job = await direct.generateText('https://media.example.com/soak-seed.mp4');
      const targets = createSoakTargets(server.url, settings, job.job_id);
      // One fault-free call per operation first, so cold code paths do not count as timeouts.
      server.setDecide(() => ({ kind: 'pass' }));
      await warmUp(targets, seed + 1);
      server.setDecide(soakDecider(seed));
      const lag = monitorEventLoopDelay({ resolution: 10 });
      lag.enable();
      const outcomes = await runSoak({ targets, calls, concurrency, seed });
      lag.disable();
      const timerLagMs = Math.round(lag.max / 1e6);
      const slackMs = deadlineSlackMs + timerLagMs;
      // Give late rejections (a body stream erroring after its call settled) a chance to surface.
      await new Promise((resolve) => setTimeout(resolve, 700));
      const seconds = (performance.now() - started) / 1000;

      const arrived = new Set(server.requests.map((request) => request.marker));
      const overruns = outcomes.filter((call) => call.elapsedMs > settings.deadline + slackMs);
      const foreign = outcomes.filter((call) => !call.conduit);
      const summary = {
        mode: long ? 'long' : 'quick',
        seed,
        seconds: Math.round(seconds * 10) / 10,
        calls: outcomes.length,
        requests: server.requests.length,
        requestsAtOtherOrigin: server.requests.filter((request) => request.origin === 'other').length,
        settings: { timeoutMs: settings.timeout, deadlineMs: settings.deadline, maxRetries: settings.maxRetries, concurrency },
        faultsInjected: Object.fromEntries([...server.faultCounts].sort((a, b) => b[1] - a[1])),
        outcomes: tally(outcomes.map((call) => call.outcome)),
        // RateLimitErrors the client's limiter raised itself (budget spent for longer than the deadline): nothing was sent.
        refusedBeforeSending: outcomes.filter((call) => call.outcome === 'RateLimitError' && !arrived.has(call.marker)).length,
        outcomesPerTarget: Object.fromEntries(
          targets.map((target) => [target.id, tally(outcomes.filter((call) => call.target === target.id).map((call) => call.outcome))]),
        ),
        maxElapsedMs: Math.round(Math.max(...outcomes.map((call) => call.elapsedMs))),
        maxTimerLagMs: timerLagMs,
        unhandledRejections: unhandled.length,
      };
      console.log(`[soak] ${JSON.stringify(summary, null, 2)}`);
      if (long) {
        const file = fileURLToPath(new URL('../soak-long-results.json', import.meta.url));
        writeFileSync(file, `${JSON.stringify(summary, null, 2)}\n`);
      }

      const context = `seed ${seed}`;
      // Every planned call ran and settled exactly once (its marker is unique to its index).
      expect(outcomes.length, `${context}: calls settled`).toBe(calls);
      expect(new Set(outcomes.map((call) => call.marker)).size, `${context}: distinct calls settled`).toBe(calls);
      expect(
        foreign.slice(0, 5).map((call) => `${call.operation.name}: ${String(call.error)}`),
        `${context}: outcomes that are neither data nor a ConduitError`,
      ).toEqual([]);
      expect(unhandled.map(String), `${context}: unhandled rejections`).toEqual([]);
      expect(
        overruns.slice(0, 5).map((call) => `${call.operation.name} ${call.marker} took ${Math.round(call.elapsedMs)} ms (${call.outcome})`),
        `${context}: calls that outlived the ${settings.deadline} ms deadline by more than ${slackMs} ms (${deadlineSlackMs} + ${timerLagMs} timer lag)`,
      ).toEqual([]);
      expect(repeatedUnsafeCalls(server.requests, outcomes).slice(0, 5), `${context}: unsafe POSTs that arrived again`).toEqual([]);
      expect(unstableKeys(server.requests, outcomes).slice(0, 5), `${context}: idempotency keys`).toEqual([]);
      expect(credentialsAtOtherOrigin(server.requests).slice(0, 5), `${context}: credentials after a cross-origin hop`).toEqual([]);
      expect(wrongCredentials(server.requests, targets).slice(0, 5), `${context}: credentials at the main origin`).toEqual([]);
      expect(crossedMarkers(server.requests).slice(0, 5), `${context}: a call's body carried another call's marker`).toEqual([]);
      expect(attemptCountGaps(server.requests).slice(0, 5), `${context}: attempt header did not count up`).toEqual([]);

      // The run exercised what it claims: every fault kind, the other origin, and both outcomes on every target.
      const injectedKinds = new Set([...server.faultCounts.keys()].map((label) => label.split(':')[0]));
      expect([...injectedKinds].sort(), context).toEqual(Object.keys(soakWeights).sort());
      expect(summary.requestsAtOtherOrigin, context).toBeGreaterThan(0);
      for (const target of targets) {
        const results = summary.outcomesPerTarget[target.id] ?? {};
        expect(results.data, `${context}: ${target.id} returned data`).toBeGreaterThan(0);
        expect(Object.keys(results).length, `${context}: ${target.id} also failed in typed ways`).toBeGreaterThan(2);
      }
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });
});
