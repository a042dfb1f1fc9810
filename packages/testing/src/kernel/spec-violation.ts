/** One way a request or a response breaks a provider's OpenAPI document. */
export interface SpecViolation {
  /** The operation it concerns. */
  operationId: string;
  /** Whether the client's request or the mock's response broke the spec. */
  direction: 'request' | 'response';
  /** What was checked: the body, a parameter location, the status or the content type. */
  location: 'body' | 'path' | 'query' | 'header' | 'status' | 'content-type';
  /** JSON pointer to the offending value (in the body, or `/<parameter>` for a parameter). */
  pointer: string;
  /** What is wrong, in the validator's words. */
  message: string;
  /** The JSON Schema keyword that failed (`required`, `type`, `pattern`, ...), when a schema did. */
  keyword?: string | undefined;
  /** The attribute or parameter concerned: a missing property's name, or the first segment of the pointer. */
  name?: string | undefined;
}

/** One line per violation, naming the operation, the JSON pointer and what is wrong. */
export function describeViolations(violations: readonly SpecViolation[]): string {
  return violations
    .map(
      (violation) =>
        `${violation.direction} of ${violation.operationId} breaks the spec at ${violation.location} ${violation.pointer || '/'}: ${violation.message}`,
    )
    .join('\n');
}
