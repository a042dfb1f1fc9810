import type { OperationEntry, RoutedOperation } from './operation-table.js';

/** An operation found for a request, with its path parameters (decoded). */
export interface OperationMatch<Entry extends RoutedOperation = OperationEntry> {
  /** The operation of the table whose method and path template fit. */
  operation: Entry;
  /** Its path parameters, decoded, by the spec's names. */
  params: Record<string, string>;
}

/** Finds the operation of a method and URL (or path below the base URL). */
export type OperationMatcher<Entry extends RoutedOperation = OperationEntry> = (
  method: string,
  url: string | URL,
) => OperationMatch<Entry> | undefined;

interface Compiled<Entry> {
  operation: Entry;
  /** A literal segment, or `undefined` for a `{parameter}`. */
  literals: Array<string | undefined>;
  names: Array<string | undefined>;
  literalCount: number;
}

function compile<Entry extends RoutedOperation>(operation: Entry): Compiled<Entry> {
  const segments = operation.path.split('/').filter(Boolean);
  const names = segments.map((segment) => /^\{(.+)\}$/.exec(segment)?.[1]);
  const literals = segments.map((segment, index) => (names[index] === undefined ? segment : undefined));
  return { operation, literals, names, literalCount: literals.filter((literal) => literal !== undefined).length };
}

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function matchSegments<Entry>(candidates: readonly Compiled<Entry>[] | undefined, segments: readonly string[]) {
  for (const candidate of candidates ?? []) {
    if (candidate.literals.every((literal, index) => literal === undefined || literal === segments[index])) {
      const params: Record<string, string> = {};
      candidate.names.forEach((name, index) => {
        if (name !== undefined) {
          params[name] = decode(segments[index] ?? '');
        }
      });
      return { operation: candidate.operation, params };
    }
  }
  return undefined;
}

/**
 * Builds a matcher from an operation table: operations are grouped by method and segment count,
 * and within a group the one with more literal segments wins (`/videos/search` before `/videos/{id}`).
 * With `basePath` (e.g. `/v1/api`, or a function read per call) that prefix is cut off first; without
 * it, the longest operation path the URL ends with is taken, so a configurable base URL needs no setup.
 *
 * @example
 * ```ts
 * import { createOperationMatcher } from '@conduit/core';
 * import { apiVideoOperations } from '@conduit/specs/apivideo';
 *
 * const match = createOperationMatcher(apiVideoOperations);
 * match('GET', 'https://ws.api.video/videos/vi123')?.operation.operationId; // 'getVideo'
 * ```
 */
export function createOperationMatcher<Entry extends RoutedOperation>(
  table: Readonly<Record<string, Entry>> | readonly Entry[],
  options: { basePath?: string | (() => string) | undefined } = {},
): OperationMatcher<Entry> {
  const groups = new Map<string, Compiled<Entry>[]>();
  let longest = 0;
  for (const operation of Object.values(table)) {
    const compiled = compile(operation);
    longest = Math.max(longest, compiled.literals.length);
    const key = `${operation.method.toUpperCase()} ${compiled.literals.length}`;
    groups.set(
      key,
      [...(groups.get(key) ?? []), compiled].sort((a, b) => b.literalCount - a.literalCount),
    );
  }
  return (method, url) => {
    let path = typeof url === 'string' && url.startsWith('/') ? url.split('?')[0]! : new URL(url).pathname;
    const basePath = (typeof options.basePath === 'function' ? options.basePath() : options.basePath)?.replace(/\/+$/, '');
    if (basePath) {
      if (!path.startsWith(`${basePath}/`) && path !== basePath) {
        return undefined;
      }
      path = path.slice(basePath.length);
    }
    const segments = path.split('/').filter(Boolean);
    const upper = method.toUpperCase();
    if (options.basePath !== undefined) {
      return matchSegments(groups.get(`${upper} ${segments.length}`), segments);
    }
    for (let count = Math.min(longest, segments.length); count >= 0; count--) {
      const found = matchSegments(groups.get(`${upper} ${count}`), segments.slice(segments.length - count));
      if (found) {
        return found;
      }
    }
    return undefined;
  };
}
