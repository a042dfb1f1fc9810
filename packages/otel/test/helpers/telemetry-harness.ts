import type { Tracer } from '@opentelemetry/api';
import { MeterProvider, MetricReader, type ResourceMetrics } from '@opentelemetry/sdk-metrics';
import { BasicTracerProvider, InMemorySpanExporter, type ReadableSpan, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { instrumentConduit } from '../../src/instrument-conduit.js';

/** A metric reader that exports only when a test asks (`collect()`). */
class OnDemandReader extends MetricReader {
  protected override async onShutdown(): Promise<void> {}
  protected override async onForceFlush(): Promise<void> {}
}

/** A metric data point flattened for assertions. */
export interface CollectedPoint {
  readonly name: string;
  readonly attributes: Record<string, unknown>;
  readonly value: unknown;
}

/** Real SDK providers with an in-memory span exporter and an on-demand metric reader, plus the middleware under test. */
export function createTelemetryHarness(overrides: { tracer?: Tracer } = {}) {
  const exporter = new InMemorySpanExporter();
  const tracerProvider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
  const reader = new OnDemandReader();
  const meterProvider = new MeterProvider({ readers: [reader] });
  const middleware = instrumentConduit({
    tracer: overrides.tracer ?? tracerProvider.getTracer('test'),
    meter: meterProvider.getMeter('test'),
  });
  return {
    middleware,
    spans: (): ReadableSpan[] => exporter.getFinishedSpans(),
    async metrics(): Promise<{ raw: ResourceMetrics; points: CollectedPoint[] }> {
      const { resourceMetrics } = await reader.collect();
      const points = resourceMetrics.scopeMetrics.flatMap((scope) =>
        scope.metrics.flatMap((metric) =>
          metric.dataPoints.map((point) => ({ name: metric.descriptor.name, attributes: { ...point.attributes }, value: point.value })),
        ),
      );
      return { raw: resourceMetrics, points };
    },
  };
}
