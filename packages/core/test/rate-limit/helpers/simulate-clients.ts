import { parseRateLimitHeaders } from '../../../src/rate-limit/parse-rate-limit-headers.js';
import type { RateLimitStore } from '../../../src/rate-limit/rate-limit-store.js';
import type { SimulatedServer } from './simulated-servers.js';

/** What a simulation saw: every send with its time and status. */
export interface SimulationResult {
  sends: { at: number; status: number }[];
  ok: number;
  limited: number;
}

/**
 * Drives a store on a simulated clock: `users` callers that always want to send (demand far above
 * the limit), each reserving, waiting what the store says, sending, and reserving again once the
 * answer is back `latencyMs` later (a 429 after its Retry-After or a 100 ms backoff). Runs
 * from `start` for `durationMs`; no real time passes.
 */
export function simulateClients(
  store: RateLimitStore,
  server: SimulatedServer,
  options: { users: number; durationMs: number; start: number; latencyMs?: number },
): SimulationResult {
  const latency = options.latencyMs ?? 1;
  const end = options.start + options.durationMs;
  const key = 'sim:default:k';
  const result: SimulationResult = { sends: [], ok: 0, limited: 0 };
  type Event = { at: number; kind: 'reserve' | 'send' | 'answer'; status?: number; headers?: Headers };
  // Events in time order: each user reserves, sends after the wait, then reads the answer `latency` later.
  const events: Event[] = Array.from({ length: options.users }, (_, index) => ({ at: options.start + index * 0.001, kind: 'reserve' }));
  while (events.length > 0) {
    events.sort((a, b) => a.at - b.at);
    const event = events.shift() as Event;
    if (event.at >= end) {
      continue;
    }
    if (event.kind === 'reserve') {
      events.push({ at: event.at + (store.reserve(key, event.at) as number), kind: 'send' });
    } else if (event.kind === 'send') {
      const { status, headers } = server.answer(event.at);
      result.sends.push({ at: event.at - options.start, status });
      if (status === 429) {
        result.limited++;
      } else {
        result.ok++;
      }
      events.push({ at: event.at + latency, kind: 'answer', status, headers });
    } else {
      const state = parseRateLimitHeaders(event.headers as Headers, event.at, event.status);
      if (state) {
        store.update(key, state);
      }
      // A 429 is retried after its explicit Retry-After, else after a short backoff, as the transport does.
      const pause = event.status === 429 ? (state?.explicitRetryAfter ? (state.retryAfterMs ?? 0) : 100) : 0;
      events.push({ at: event.at + pause, kind: 'reserve' });
    }
  }
  return result;
}
