import type { CallInfo } from '@conduit/core';

/** Name of a logical call's span: `<provider> <operationId>`, or `<provider> <METHOD>` when the operation has no id. */
export function callSpanName(call: CallInfo): string {
  return `${call.provider} ${call.operationId ?? call.method}`;
}
