import type { Counter, Histogram, Meter } from '@opentelemetry/api';

/** The metrics `instrumentConduit` records. Durations are in seconds, as OpenTelemetry recommends. */
export interface ConduitInstruments {
  /** `conduit.client.call.duration` (s): one logical call, all attempts and waits included. */
  readonly callDuration: Histogram;
  /** `conduit.client.attempts` ({attempt}): attempts sent, counted when each call ends. */
  readonly attempts: Counter;
  /** `conduit.client.rate_limited` ({response}): answers with status 429. */
  readonly rateLimited: Counter;
  /** `conduit.client.rate_limit.wait.duration` (s): time a call waited for the limiter before an attempt. */
  readonly rateLimitWait: Histogram;
}

/** Creates Conduit's instruments on `meter`. */
export function createConduitInstruments(meter: Meter): ConduitInstruments {
  return {
    callDuration: meter.createHistogram('conduit.client.call.duration', {
      unit: 's',
      description: 'Duration of a logical Conduit call, including retries and rate-limit waits.',
    }),
    attempts: meter.createCounter('conduit.client.attempts', {
      unit: '{attempt}',
      description: 'HTTP attempts made by Conduit calls (first tries and retries).',
    }),
    rateLimited: meter.createCounter('conduit.client.rate_limited', {
      unit: '{response}',
      description: 'Answers with status 429 (Too Many Requests).',
    }),
    rateLimitWait: meter.createHistogram('conduit.client.rate_limit.wait.duration', {
      unit: 's',
      description: 'Time a call waited for the client-side rate limiter or concurrency limit.',
    }),
  };
}
