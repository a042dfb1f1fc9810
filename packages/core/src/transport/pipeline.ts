import { composeSteps, type Handler, type StepDefinition } from './compose-steps.js';
import { attemptSignalStep } from './steps/attempt-signal-step.js';
import { authStep } from './steps/auth-step.js';
import { bodyStep } from './steps/body-step.js';
import { callEventsStep } from './steps/call-events-step.js';
import { classifyStep } from './steps/classify-step.js';
import { concurrencyStep } from './steps/concurrency-step.js';
import { errorHooksStep } from './steps/error-hooks-step.js';
import { headersStep } from './steps/headers-step.js';
import { observeRateLimitStep } from './steps/observe-rate-limit-step.js';
import { rateLimitStep } from './steps/rate-limit-step.js';
import { readAnswerStep } from './steps/read-answer-step.js';
import { redirectsStep } from './steps/redirects-step.js';
import { requestHooksStep } from './steps/request-hooks-step.js';
import { responseHooksStep } from './steps/response-hooks-step.js';
import { retryStep } from './steps/retry-step.js';
import { createSendStep } from './steps/send-step.js';
import type { TransportRuntime } from './transport-runtime.js';

/**
 * Every request goes through these steps, outermost first, after `createCallState` (the
 * `defaults` step) has resolved its options. Everything above `attemptSignal` runs once per call
 * or between attempts; everything from it down runs once per attempt; `redirects` calls `send`
 * once per hop. Steps marked `hooks` run user and provider middleware and are left out of calls
 * that have none.
 */
export const transportSteps: readonly StepDefinition[] = [
  callEventsStep, //       hooks: `call:start` / `call:end` events
  retryStep, //            attempts until success or `decideRetry` says stop; sleeps, refreshes auth on a 401
  rateLimitStep, //        reserves a slot in the rate-limit store, waits when it says so
  concurrencyStep, //      one of `maxConcurrency` slots (left out without it)
  attemptSignalStep, //    deadline check, one signal per attempt (caller, timeout, deadline)
  errorHooksStep, //       hooks: `onError` (reverse order) may recover with a Response
  classifyStep, //         anything thrown below becomes a typed error (the only place)
  headersStep, //          request headers + client defaults, user agent, attempt count, idempotency key
  authStep, //             credentials
  bodyStep, //             request body read once into a Blob for every attempt and hop
  requestHooksStep, //     hooks: `onRequest` (registration order) may replace the request
  readAnswerStep, //       2xx read inside the attempt; any other status thrown as its typed error
  observeRateLimitStep, // rate-limit headers of every answer into the store; `onRateLimit`
  responseHooksStep, //    hooks: `onResponse` (reverse order) may replace the answer
  redirectsStep, //        hops followed by hand, credentials dropped cross-origin (left out in browsers)
];

/** Builds the handler a call runs through: the steps above around the terminal `send` step. */
export function buildPipeline(runtime: TransportRuntime, choice: { hooks: boolean; skip?: readonly string[] | undefined }): Handler {
  return composeSteps(transportSteps, createSendStep(runtime), runtime, choice);
}
