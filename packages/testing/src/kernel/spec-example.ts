import type { OperationEntry } from '@conduit/core';
import { resolveRef } from './spec-schemas.js';

type Node = Record<string, unknown> | undefined;

/** What the spec shows an operation answering: its status, content type and example body. */
export interface SpecExample {
  /** The operation's first success status (`200` when the table lists none). */
  status: number;
  /** The content type the example is given for (`undefined` for an answer without a body). */
  contentType: string | undefined;
  /** The `example` (or first of `examples`, or the schema's `example`); `undefined` when the spec gives none. */
  body: unknown;
  /** The example value of each response header the spec gives one for. */
  headers: Record<string, string>;
}

/** The example the spec gives for an operation's answer with `status` (default: its first success status). */
export function specExample(
  document: Readonly<Record<string, unknown>>,
  operation: OperationEntry,
  status = operation.successStatuses[0] ?? 200,
): SpecExample {
  const paths = document.paths as Record<string, Node>;
  const operationNode = resolveRef(document, paths[operation.path]?.[operation.method.toLowerCase()]) as Node;
  const response = resolveRef(document, (operationNode?.responses as Record<string, unknown>)?.[String(status)]) as Node;
  const [contentType, media] = Object.entries((response?.content ?? {}) as Record<string, Node>)[0] ?? [];
  const examples = Object.values((media?.examples ?? {}) as Record<string, unknown>).map(
    (example) => resolveRef(document, example) as Node,
  );
  const body = media?.example ?? examples[0]?.value ?? (resolveRef(document, media?.schema) as Node)?.example;
  const headers: Record<string, string> = {};
  for (const [name, raw] of Object.entries((response?.headers ?? {}) as Record<string, unknown>)) {
    const header = resolveRef(document, raw) as Node;
    const value = header?.example ?? (resolveRef(document, header?.schema) as Node)?.example;
    if (value !== undefined) {
      headers[name] = String(value);
    }
  }
  return { status, contentType, body: structuredClone(body), headers };
}
