import type { ReadableSpan } from '@opentelemetry/sdk-trace-base';

/** Everything a span exporter would send for these spans, as one string (names, attributes, events, status, links). */
export function exportedText(spans: readonly ReadableSpan[], metrics: unknown): string {
  const view = spans.map((span) => ({
    name: span.name,
    attributes: span.attributes,
    events: span.events.map((event) => ({ name: event.name, attributes: event.attributes })),
    status: span.status,
    links: span.links,
  }));
  return JSON.stringify({ spans: view, metrics });
}

/** The secrets found in `text`: each of `secrets` verbatim, and any `Bearer <token>` or `Basic <token>` value. */
export function findSecrets(text: string, secrets: readonly string[]): string[] {
  const found = secrets.filter((secret) => text.includes(secret));
  const schemes = text.match(/\b(?:Bearer|Basic)\s+[A-Za-z0-9._~+/=-]{6,}/g) ?? [];
  return [...found, ...schemes];
}
