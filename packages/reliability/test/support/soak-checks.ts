import type { ReceivedRequest } from './fault-server.js';
import type { CallOutcome } from './soak-runner.js';
import type { SoakTarget } from './soak-targets.js';

function byMarker(requests: readonly ReceivedRequest[]): Map<string, ReceivedRequest[]> {
  const groups = new Map<string, ReceivedRequest[]>();
  for (const request of requests) {
    if (request.marker !== undefined) {
      const group = groups.get(request.marker) ?? [];
      group.push(request);
      groups.set(request.marker, group);
    }
  }
  return groups;
}

/**
 * Calls the caller did not mark safe to repeat that reached a server again after an arrival that
 * may have been processed (anything but a 429, a 503 with a retry hint or a redirect).
 */
export function repeatedUnsafeCalls(requests: readonly ReceivedRequest[], outcomes: readonly CallOutcome[]): string[] {
  const groups = byMarker(requests);
  const problems: string[] = [];
  for (const call of outcomes) {
    if (call.operation.repeatable) {
      continue;
    }
    const arrivals = groups.get(call.marker) ?? [];
    const firstProcessed = arrivals.findIndex((request) => request.mayHaveProcessed);
    if (firstProcessed >= 0 && firstProcessed < arrivals.length - 1) {
      const trail = arrivals.map(
        (request) => `${request.origin}:${request.fault.kind}${request.fault.variant ? `:${request.fault.variant}` : ''}`,
      );
      problems.push(`${call.operation.name} ${call.marker} arrived ${arrivals.length}x: ${trail.join(' -> ')} (${call.outcome})`);
    }
  }
  return problems;
}

/** Keyed calls whose idempotency key was missing or changed between attempts. */
export function unstableKeys(requests: readonly ReceivedRequest[], outcomes: readonly CallOutcome[]): string[] {
  const groups = byMarker(requests);
  const problems: string[] = [];
  for (const call of outcomes.filter((outcome) => outcome.operation.keyed)) {
    const keys = new Set((groups.get(call.marker) ?? []).map((request) => request.idempotencyKey ?? '(none)'));
    if (keys.size > 1 || keys.has('(none)')) {
      problems.push(`${call.marker}: keys ${[...keys].join(', ')}`);
    }
  }
  return problems;
}

/** Requests at the other origin that still carried a credential header. */
export function credentialsAtOtherOrigin(requests: readonly ReceivedRequest[]): string[] {
  return requests
    .filter((request) => request.origin === 'other' && Object.keys(request.auth).length > 0)
    .map((request) => `${request.method} ${request.path}: ${Object.keys(request.auth).join(', ')}`);
}

/** Requests at the main origin whose credentials differ from the target's (dropped, changed or extra). */
export function wrongCredentials(requests: readonly ReceivedRequest[], targets: readonly SoakTarget[]): string[] {
  const problems: string[] = [];
  for (const request of requests.filter((candidate) => candidate.origin === 'main')) {
    const target = targets.find(
      (candidate) => request.path.startsWith(`/${candidate.id}/`) || request.path.startsWith(`/${candidate.id}?`),
    );
    if (!target) {
      problems.push(`${request.method} ${request.path}: no target`);
      continue;
    }
    const sent = JSON.stringify(Object.entries(request.auth).sort());
    const expected = JSON.stringify(Object.entries(target.expectedAuth).sort());
    if (sent !== expected) {
      problems.push(`${request.method} ${request.path}: credential headers ${Object.keys(request.auth).join(', ') || '(none)'} differ`);
    }
  }
  return problems;
}

/** Arrivals whose body/query marker is not the marker of the call that sent them. */
export function crossedMarkers(requests: readonly ReceivedRequest[]): string[] {
  return requests
    .filter((request) => request.bodyMarker !== undefined && request.marker !== undefined && request.bodyMarker !== request.marker)
    .map((request) => `${request.method} ${request.path}: header ${request.marker}, body ${request.bodyMarker}`);
}

/**
 * Calls whose attempts at the main origin did not each carry their own count (`x-conduit-retry-count`
 * 0, 1, 2, ...). Arrival order is not checked: a stalled attempt can reach the server after its retry.
 */
export function attemptCountGaps(requests: readonly ReceivedRequest[]): string[] {
  const problems: string[] = [];
  for (const [marker, arrivals] of byMarker(requests.filter((request) => request.origin === 'main'))) {
    const counts = arrivals.map((request) => Number(request.attempt)).sort((a, b) => a - b);
    if (counts.some((count, index) => Number.isNaN(count) || (index > 0 && count <= counts[index - 1]!))) {
      problems.push(`${marker}: attempts ${counts.join(', ')}`);
    }
  }
  return problems;
}

/** Counts values by key, sorted by count (for the printed summary). */
export function tally(values: Iterable<string>): Record<string, number> {
  const counts = new Map<string, number>();
  for (const value of values) {
    counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return Object.fromEntries([...counts].sort((a, b) => b[1] - a[1]));
}
