import { type CallInfo, type ConduitError, redact } from '@conduit/core';
import { type Attributes, type Context, context, type Span, SpanKind, SpanStatusCode, type Tracer, trace } from '@opentelemetry/api';
import { callAttributes, callMetricAttributes } from './call-attributes.js';
import { callSpanName } from './call-span-name.js';
import { errorStatus, errorType } from './error-type.js';
import { conduitAttributes, semanticAttributes } from './semantic-attributes.js';

interface AttemptRecord {
  readonly span: Span;
  readonly number: number;
  /** Set once the attempt's status is known, so a 429 is counted once whichever hook sees it first. */
  status: number | undefined;
}

/** What the tracker keeps for one logical call between `call:start` and `call:end`. */
export interface CallRecord {
  readonly span: Span;
  readonly context: Context;
  readonly attributes: Attributes;
  attempt: AttemptRecord | undefined;
}

/**
 * Keeps one span per logical call (keyed by `call.id`) and one child span per attempt. A call is
 * forgotten at `call:end`; an attempt span ends at its answer, its error, the next attempt or the
 * call's end, whichever comes first.
 */
export class CallTracker {
  readonly #calls = new Map<string, CallRecord>();
  readonly #tracer: Tracer;

  constructor(tracer: Tracer) {
    this.#tracer = tracer;
  }

  /** Number of calls started and not yet ended (a test hook for leaks). */
  get openCalls(): number {
    return this.#calls.size;
  }

  /** The call's record, starting its span if `call:start` was not seen. */
  call(call: CallInfo): CallRecord {
    const known = this.#calls.get(call.id);
    if (known) {
      return known;
    }
    const attributes = callAttributes(call);
    const span = this.#tracer.startSpan(callSpanName(call), { kind: SpanKind.INTERNAL, attributes }, context.active());
    const record: CallRecord = { span, context: trace.setSpan(context.active(), span), attributes, attempt: undefined };
    this.#calls.set(call.id, record);
    return record;
  }

  /** Starts the span of attempt `number` (1-based) as a child of the call's span. */
  startAttempt(call: CallInfo, number: number): void {
    const record = this.call(call);
    this.endAttempt(record);
    const attributes: Attributes = { ...record.attributes, [conduitAttributes.attempt]: number };
    if (number > 1) {
      attributes[semanticAttributes.httpRequestResendCount] = number - 1;
    }
    const span = this.#tracer.startSpan(call.method, { kind: SpanKind.CLIENT, attributes }, record.context);
    record.attempt = { span, number, status: undefined };
  }

  /** Records the attempt's answer; returns true when this is the first time a 429 is seen for it. */
  answer(call: CallInfo, status: number): boolean {
    const attempt = this.#calls.get(call.id)?.attempt;
    if (!attempt || attempt.status !== undefined) {
      return false;
    }
    attempt.status = status;
    attempt.span.setAttribute(semanticAttributes.httpResponseStatusCode, status);
    if (status >= 400) {
      attempt.span.setAttribute(semanticAttributes.errorType, String(status));
      attempt.span.setStatus({ code: SpanStatusCode.ERROR });
    }
    return status === 429;
  }

  /** Records the attempt's error and ends its span; returns true when it revealed a 429 not seen before. */
  fail(call: CallInfo, error: ConduitError): boolean {
    const record = this.#calls.get(call.id);
    const attempt = record?.attempt;
    if (!record || !attempt) {
      return false;
    }
    const status = errorStatus(error);
    const first429 = status !== undefined && this.answer(call, status) && status === 429;
    attempt.span.setAttribute(semanticAttributes.errorType, errorType(error));
    attempt.span.setStatus({ code: SpanStatusCode.ERROR, message: redact(error.message) });
    this.endAttempt(record);
    return first429;
  }

  /** Ends the open attempt span of `record`, if any. */
  endAttempt(record: CallRecord): void {
    record.attempt?.span.end();
    record.attempt = undefined;
  }

  /** Ends the call's span with its outcome and forgets it; returns its attributes for metrics. */
  end(call: CallInfo, outcome: { attempts: number; status: number | undefined; error: ConduitError | undefined }): Attributes {
    const record = this.call(call);
    this.endAttempt(record);
    this.#calls.delete(call.id);
    const { span } = record;
    span.setAttribute(conduitAttributes.attempts, outcome.attempts);
    if (outcome.attempts > 1) {
      span.setAttribute(semanticAttributes.httpRequestResendCount, outcome.attempts - 1);
    }
    const result = callMetricAttributes(call);
    if (outcome.status !== undefined) {
      span.setAttribute(semanticAttributes.httpResponseStatusCode, outcome.status);
      result[semanticAttributes.httpResponseStatusCode] = outcome.status;
    }
    if (outcome.error) {
      const type = errorType(outcome.error);
      span.setAttribute(semanticAttributes.errorType, type);
      span.setStatus({ code: SpanStatusCode.ERROR, message: redact(outcome.error.message) });
      result[semanticAttributes.errorType] = type;
    }
    span.end();
    return result;
  }
}
