import type { CallInfo, Middleware, TransportEvent } from '@conduit/core';
import { type Attributes, type Meter, metrics, type Tracer, trace } from '@opentelemetry/api';
import { callMetricAttributes } from './call-attributes.js';
import { CallTracker } from './call-tracker.js';
import { createConduitInstruments } from './conduit-instruments.js';
import { errorStatus, errorType } from './error-type.js';
import { conduitAttributes, semanticAttributes } from './semantic-attributes.js';
import { VERSION } from './version.js';

/** Options of `instrumentConduit`. */
export interface InstrumentConduitOptions {
  /** Tracer for the spans (default: the global tracer provider's `@conduit/otel` tracer). */
  tracer?: Tracer;
  /** Meter for the metrics (default: the global meter provider's `@conduit/otel` meter). */
  meter?: Meter;
}

/**
 * Returns a Conduit middleware that traces and measures every call of the client it is added to:
 * one span per logical call named `<provider> <operationId>` (or `<provider> <METHOD>`), one
 * child span per attempt with the HTTP client semantic-convention attributes, limiter waits and
 * retries as span events with their reasons, and four metrics (call duration, attempts, 429
 * answers, limiter wait). No header is ever read, and URLs and messages pass through `redact()`,
 * so no key, token or signature reaches the exported data. A telemetry failure never fails a call.
 *
 * @example
 * ```ts
 * import { createGenAIClient } from '@conduit/genai';
 * import { instrumentConduit } from '@conduit/otel';
 * import { metrics, trace } from '@opentelemetry/api';
 *
 * const client = createGenAIClient({
 *   middleware: [instrumentConduit({ tracer: trace.getTracer('my-app'), meter: metrics.getMeter('my-app') })],
 * });
 * ```
 */
export function instrumentConduit(options: InstrumentConduitOptions = {}): Middleware {
  const tracker = new CallTracker(options.tracer ?? trace.getTracer('@conduit/otel', VERSION));
  const instruments = createConduitInstruments(options.meter ?? metrics.getMeter('@conduit/otel', VERSION));
  const countRateLimited = (call: CallInfo) => instruments.rateLimited.add(1, callMetricAttributes(call));

  const onEvent = (event: TransportEvent): void => {
    const { call } = event;
    switch (event.type) {
      case 'call:start':
        tracker.call(call);
        return;
      case 'rate-limit:wait': {
        tracker.call(call).span.addEvent('conduit.rate_limit.wait', {
          [conduitAttributes.waitMs]: event.waitMs,
          [conduitAttributes.reason]: event.reason,
        });
        instruments.rateLimitWait.record(event.waitMs / 1000, {
          [conduitAttributes.provider]: call.provider,
          [conduitAttributes.bucket]: call.bucket,
          [conduitAttributes.reason]: event.reason,
        });
        return;
      }
      case 'retry': {
        const record = tracker.call(call);
        const eventAttributes: Attributes = {
          [conduitAttributes.attempt]: event.attempt,
          [conduitAttributes.delayMs]: event.delayMs,
          [conduitAttributes.reason]: event.reason,
          [semanticAttributes.errorType]: errorType(event.error),
        };
        const status = errorStatus(event.error);
        if (status !== undefined) {
          eventAttributes[semanticAttributes.httpResponseStatusCode] = status;
        }
        if (tracker.fail(call, event.error)) {
          countRateLimited(call);
        }
        record.span.addEvent('conduit.retry', eventAttributes);
        return;
      }
      case 'call:end': {
        const attributes = tracker.end(call, event);
        instruments.callDuration.record(event.durationMs / 1000, attributes);
        instruments.attempts.add(event.attempts, attributes);
        return;
      }
    }
  };

  return {
    name: 'opentelemetry',
    onRequest(context) {
      guard(() => tracker.startAttempt(context.call, context.attempt));
    },
    onResponse(context) {
      guard(() => {
        if (tracker.answer(context.call, context.response.status)) {
          countRateLimited(context.call);
        }
      });
    },
    onError(context) {
      guard(() => {
        if (tracker.fail(context.call, context.error)) {
          countRateLimited(context.call);
        }
      });
    },
    onEvent(event) {
      guard(() => onEvent(event));
    },
  };
}

/** Runs a telemetry step; an exception in it (a broken exporter, a bug here) must never fail the call. */
function guard(step: () => void): void {
  try {
    step();
  } catch {
    // Telemetry is best effort by contract: `onEvent` must not throw, and no hook may break a call.
  }
}
