import { APIConnectionError, type CallInfo, createAPIError } from '@conduit/core';
import { SpanKind, SpanStatusCode, type Tracer } from '@opentelemetry/api';
import { describe, expect, it } from 'vitest';
import { driveCall } from './helpers/drive-call.js';
import { exportedText, findSecrets } from './helpers/secret-audit.js';
import { createTelemetryHarness } from './helpers/telemetry-harness.js';

const apiKey = 'gk_live_3f9a7c1e5b2d4f6a8c0e1b3d5f7a9c2e';
const signature = 'c2lnbmF0dXJlLXRoYXQtbXVzdC1ub3QtbGVhaw';
// The contract hands middleware a redacted `call.url`; this one is raw on purpose, to prove the second redaction.
const rawUrl = `https://api.genai.example/v1/generate?sig=${signature}&X-Goog-Signature=${signature}`;

function genaiCall(overrides: Partial<CallInfo> = {}): CallInfo {
  return {
    id: 'call-1',
    provider: 'genai',
    operationId: 'generate',
    bucket: 'default',
    method: 'POST',
    url: rawUrl,
    startedAt: 0,
    ...overrides,
  };
}

function signedRequest(): Request {
  return new Request(rawUrl, { method: 'POST', headers: { authorization: `Bearer ${apiKey}`, 'x-api-key': apiKey }, body: '{}' });
}

function rateLimited() {
  return createAPIError(`slow down (Bearer ${apiKey})`, { status: 429, provider: 'genai', method: 'POST', url: rawUrl });
}

function unavailable() {
  return createAPIError('service unavailable', { status: 503, provider: 'genai', method: 'POST', url: rawUrl });
}

describe('instrumentConduit', () => {
  it('traces a call that met a 429 and a 503 before succeeding: one parent, three attempts, both waits, final status', async () => {
    const harness = createTelemetryHarness();
    await driveCall(harness.middleware, genaiCall(), signedRequest(), [
      {
        waitBefore: { waitMs: 250, reason: 'limiter' },
        status: 429,
        error: rateLimited(),
        retry: { delayMs: 2000, reason: 'retry-after' },
      },
      { status: 503, error: unavailable(), retry: { delayMs: 700, reason: 'backoff' } },
      { status: 200 },
    ]);

    const spans = harness.spans();
    const parents = spans.filter((span) => span.parentSpanContext === undefined);
    expect(parents).toHaveLength(1);
    const [parent] = parents;
    expect(parent?.name).toBe('genai generate');
    expect(parent?.kind).toBe(SpanKind.INTERNAL);
    expect(parent?.attributes).toMatchObject({
      'http.request.method': 'POST',
      'server.address': 'api.genai.example',
      'server.port': 443,
      'http.response.status_code': 200,
      'http.request.resend_count': 2,
      'conduit.attempts': 3,
      'conduit.provider': 'genai',
      'conduit.operation_id': 'generate',
    });
    expect(parent?.attributes['error.type']).toBeUndefined();
    expect(parent?.status.code).toBe(SpanStatusCode.UNSET);

    const attempts = spans.filter((span) => span.parentSpanContext?.spanId === parent?.spanContext().spanId);
    expect(
      attempts.map((span) => [span.name, span.kind, span.attributes['http.response.status_code'], span.attributes['error.type']]),
    ).toEqual([
      ['POST', SpanKind.CLIENT, 429, '429'],
      ['POST', SpanKind.CLIENT, 503, '503'],
      ['POST', SpanKind.CLIENT, 200, undefined],
    ]);
    expect(attempts.map((span) => span.attributes['http.request.resend_count'])).toEqual([undefined, 1, 2]);
    expect(attempts.map((span) => span.status.code)).toEqual([SpanStatusCode.ERROR, SpanStatusCode.ERROR, SpanStatusCode.UNSET]);
    expect(attempts.every((span) => span.spanContext().traceId === parent?.spanContext().traceId)).toBe(true);

    expect(parent?.events.map((event) => [event.name, event.attributes])).toEqual([
      ['conduit.rate_limit.wait', { 'conduit.wait_ms': 250, 'conduit.reason': 'limiter' }],
      [
        'conduit.retry',
        {
          'conduit.attempt': 1,
          'conduit.delay_ms': 2000,
          'conduit.reason': 'retry-after',
          'error.type': '429',
          'http.response.status_code': 429,
        },
      ],
      [
        'conduit.retry',
        {
          'conduit.attempt': 2,
          'conduit.delay_ms': 700,
          'conduit.reason': 'backoff',
          'error.type': '503',
          'http.response.status_code': 503,
        },
      ],
    ]);

    const { points, raw } = await harness.metrics();
    const byName = (name: string) => points.filter((point) => point.name === name);
    expect(byName('conduit.client.attempts').map((point) => point.value)).toEqual([3]);
    expect(byName('conduit.client.rate_limited').map((point) => point.value)).toEqual([1]);
    expect(byName('conduit.client.call.duration')).toEqual([
      expect.objectContaining({
        attributes: {
          'http.request.method': 'POST',
          'conduit.provider': 'genai',
          'conduit.operation_id': 'generate',
          'http.response.status_code': 200,
        },
        value: expect.objectContaining({ count: 1, sum: 1.234 }),
      }),
    ]);
    expect(byName('conduit.client.rate_limit.wait.duration')).toEqual([
      expect.objectContaining({
        attributes: { 'conduit.provider': 'genai', 'conduit.bucket': 'default', 'conduit.reason': 'limiter' },
        value: expect.objectContaining({ count: 1, sum: 0.25 }),
      }),
    ]);

    // The secret audit covers every exported span, attribute, event, status and metric point.
    const text = exportedText(spans, raw);
    expect(text).toContain('api.genai.example/v1/generate');
    expect(findSecrets(text, [apiKey, signature])).toEqual([]);
  });

  it('names a call without an operationId `<provider> <METHOD>` and marks a failed call with its error type', async () => {
    const harness = createTelemetryHarness();
    const call = genaiCall({ operationId: undefined, method: 'GET', url: 'http://127.0.0.1:8080/v1/models' });
    const refused = new APIConnectionError('connect ECONNREFUSED 127.0.0.1:8080');
    await driveCall(harness.middleware, call, new Request(call.url), [{ error: refused }]);

    const [attempt, parent] = harness.spans();
    expect(parent?.name).toBe('genai GET');
    expect(parent?.attributes).toMatchObject({ 'error.type': 'APIConnectionError', 'server.port': 8080, 'conduit.attempts': 1 });
    expect(parent?.attributes['http.response.status_code']).toBeUndefined();
    expect(parent?.status).toEqual({ code: SpanStatusCode.ERROR, message: refused.message });
    expect(attempt?.attributes['error.type']).toBe('APIConnectionError');
    expect(attempt?.attributes['http.response.status_code']).toBeUndefined();
    const { points } = await harness.metrics();
    expect(points.filter((point) => point.name === 'conduit.client.rate_limited')).toEqual([]);
  });

  it('keeps concurrent calls apart by call id', async () => {
    const harness = createTelemetryHarness();
    await Promise.all([
      driveCall(harness.middleware, genaiCall({ id: 'a', operationId: 'listModels' }), signedRequest(), [{ status: 200 }]),
      driveCall(harness.middleware, genaiCall({ id: 'b', operationId: 'generate' }), signedRequest(), [
        { status: 500, error: unavailable() },
      ]),
    ]);
    const spans = harness.spans();
    const parentOf = (name: string) => spans.find((span) => span.name === name);
    const childrenOf = (name: string) => spans.filter((span) => span.parentSpanContext?.spanId === parentOf(name)?.spanContext().spanId);
    expect(childrenOf('genai listModels').map((span) => span.attributes['http.response.status_code'])).toEqual([200]);
    expect(childrenOf('genai generate').map((span) => span.attributes['http.response.status_code'])).toEqual([500]);
  });

  it('never lets a broken tracer fail the call', async () => {
    let touched = 0;
    const broken = new Proxy({} as Tracer, {
      get() {
        touched += 1;
        throw new Error('exporter exploded');
      },
    });
    const { middleware } = createTelemetryHarness({ tracer: broken });
    await expect(
      driveCall(middleware, genaiCall(), signedRequest(), [{ status: 429, error: rateLimited() }, { status: 200 }]),
    ).resolves.toBeUndefined();
    expect(touched).toBeGreaterThan(0);
  });
});
