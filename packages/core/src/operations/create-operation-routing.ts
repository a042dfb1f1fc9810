import { createOperationMatcher, type OperationMatch } from './create-operation-matcher.js';
import type { OperationEntry, OperationRoute, RoutedOperation } from './operation-table.js';

/** The two `ProviderDefinition` fields an operation table answers: a request's bucket and its operationId. */
export interface OperationRouting {
  /** The `x-conduit-bucket` of the request's operation; for a request the spec does not know, the most common bucket of its method. */
  bucket: (request: Request) => string;
  /** The request's operationId, or `undefined` for a request the spec does not know. */
  operationId: (request: Request) => string | undefined;
}

function mostCommonBuckets(operations: readonly RoutedOperation[]): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const { method, bucket } of operations) {
    const byBucket = counts.get(method) ?? new Map<string, number>();
    byBucket.set(bucket, (byBucket.get(bucket) ?? 0) + 1);
    counts.set(method, byBucket);
  }
  const all = new Map<string, number>();
  for (const { bucket } of operations) {
    all.set(bucket, (all.get(bucket) ?? 0) + 1);
  }
  const top = (byBucket: Map<string, number>) => [...byBucket].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'default';
  const result = new Map([...counts].map(([method, byBucket]) => [method, top(byBucket)]));
  result.set('*', top(all));
  return result;
}

/**
 * Reads a request's bucket and operationId from a generated operation table (or its compact routes), through one matcher
 * (each request matched once). `basePath` is the base URL's path when it is known.
 *
 * @example
 * ```ts
 * import { createOperationRouting } from '@conduit/core';
 * import { apiVideoRoutes } from '@conduit/specs/apivideo';
 *
 * declare const rest: { name: string };
 * const definition = { ...rest, ...createOperationRouting(apiVideoRoutes) };
 * ```
 */
export function createOperationRouting(
  table: Readonly<Record<string, OperationEntry>> | readonly OperationRoute[],
  options: { basePath?: string | (() => string) | undefined } = {},
): OperationRouting {
  const operations: RoutedOperation[] = Array.isArray(table)
    ? (table as readonly OperationRoute[]).map(([method, path, operationId, bucket]) => ({ method, path, operationId, bucket }))
    : Object.values(table as Readonly<Record<string, OperationEntry>>);
  const match = createOperationMatcher(operations, options);
  const fallback = mostCommonBuckets(operations);
  const seen = new WeakMap<Request, OperationMatch<RoutedOperation> | null>();
  const find = (request: Request) => {
    let found = seen.get(request);
    if (found === undefined) {
      found = match(request.method, request.url) ?? null;
      seen.set(request, found);
    }
    return found;
  };
  return {
    bucket: (request) => find(request)?.operation.bucket ?? fallback.get(request.method.toUpperCase()) ?? fallback.get('*') ?? 'default',
    operationId: (request) => find(request)?.operation.operationId,
  };
}
