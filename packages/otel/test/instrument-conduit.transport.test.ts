import { apiKeyHeader, createTransport } from '@conduit/core';
import { SpanKind, SpanStatusCode } from '@opentelemetry/api';
import { describe, expect, it } from 'vitest';
import { exportedText, findSecrets } from './helpers/secret-audit.js';
import { createTelemetryHarness } from './helpers/telemetry-harness.js';

const apiKey = 'hv_live_otelacceptance00000000001';
const signature = 'c2lnbmF0dXJlLW9mLXRoZS1zaWduZWQtdXJs';
const url = `https://api.hesedvid.example/v1/videos?token=${signature}`;

/** A clock that only moves when the transport sleeps, so the test waits on no real time. */
function fakeClock() {
  let now = 1_700_000_000_000;
  const sleeps: number[] = [];
  return {
    now: () => now,
    sleeps,
    sleep: async (milliseconds: number) => {
      sleeps.push(milliseconds);
      now += milliseconds;
    },
  };
}

describe('instrumentConduit on the real transport', () => {
  it('a call that meets a 429 and a 503 before succeeding: one parent span, three attempts, both waits, the final status, no secret', async () => {
    const clock = fakeClock();
    const answers = [
      () =>
        new Response(JSON.stringify({ error: 'slow down' }), {
          status: 429,
          headers: { 'retry-after': '2', 'content-type': 'application/json' },
        }),
      () => new Response('unavailable', { status: 503 }),
      () => new Response(JSON.stringify({ videos: [] }), { status: 200, headers: { 'content-type': 'application/json' } }),
    ];
    let sent = 0;
    const harness = createTelemetryHarness();
    const transport = createTransport({
      provider: 'hesedvid',
      auth: apiKeyHeader('X-Api-Key')(apiKey),
      fetch: async () => (answers[sent++] ?? answers[2])!(),
      now: clock.now,
      sleep: clock.sleep,
      backoff: { random: () => 0.5 },
      operationId: () => 'listVideos',
      middleware: [harness.middleware],
    });

    const response = await transport(url);
    expect(response.status).toBe(200);
    expect(sent).toBe(3);

    const spans = harness.spans();
    const parents = spans.filter((span) => span.parentSpanContext === undefined);
    expect(parents.map((span) => span.name)).toEqual(['hesedvid listVideos']);
    const parent = parents[0]!;
    expect(parent.attributes).toMatchObject({ 'http.response.status_code': 200, 'http.request.resend_count': 2, 'conduit.attempts': 3 });
    expect(parent.status.code).toBe(SpanStatusCode.UNSET);
    const attempts = spans.filter((span) => span.parentSpanContext?.spanId === parent.spanContext().spanId);
    expect(attempts.map((span) => [span.kind, span.attributes['http.response.status_code']])).toEqual([
      [SpanKind.CLIENT, 429],
      [SpanKind.CLIENT, 503],
      [SpanKind.CLIENT, 200],
    ]);
    const retries = parent.events.filter((event) => event.name === 'conduit.retry');
    expect(retries.map((event) => [event.attributes?.['conduit.attempt'], event.attributes?.['conduit.reason']])).toEqual([
      [1, 'retry-after'],
      [2, 'backoff'],
    ]);
    expect(retries[0]?.attributes?.['conduit.delay_ms']).toBe(2000);

    const { points, raw } = await harness.metrics();
    expect(points.find((point) => point.name === 'conduit.client.rate_limited')?.value).toBe(1);
    expect(points.find((point) => point.name === 'conduit.client.attempts')?.value).toBe(3);
    expect(findSecrets(exportedText(spans, raw), [apiKey, signature])).toEqual([]);
  });
});
