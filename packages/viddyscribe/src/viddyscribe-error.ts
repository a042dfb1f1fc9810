import type { ErrorBodyParser, ErrorKind, ParsedErrorBody } from '@conduit/core';
import * as z from 'zod/mini';

/** Usual body: `error` is the machine code, `message` the human text (+ plan fields on `feature_not_available`). */
const apiErrorSchema = z.looseObject({
  error: z.string(),
  message: z.optional(z.nullable(z.string())),
  feature: z.optional(z.nullable(z.string())),
  plan_name: z.optional(z.nullable(z.string())),
  upgrade_url: z.optional(z.nullable(z.string())),
});

/** 409 upload-state body: `error` is prose, the machine code is in `code`. */
const uploadStateErrorSchema = z.looseObject({
  error: z.string(),
  code: z.string(),
  upload_status: z.optional(z.nullable(z.string())),
});

const kindByCode: Record<string, ErrorKind> = {
  unauthorized: 'authentication',
  feature_not_available: 'permission',
  video_too_long: 'permission',
  file_too_large: 'permission',
  // Credits exhausted: 429 in the current docs, 403 in the older revision. Waiting does not help.
  plan_limit_exceeded: 'quota',
  limit_reached: 'quota',
  rate_limit_exceeded: 'rate-limit',
  concurrency_limit_exceeded: 'rate-limit',
  queue_limit_exceeded: 'rate-limit',
  upload_not_ready: 'conflict',
  upload_failed: 'conflict',
};

function extras(record: Record<string, unknown>, names: readonly string[]): Record<string, unknown> | undefined {
  const found = Object.fromEntries(names.filter((name) => record[name] != null).map((name) => [name, record[name]]));
  return Object.keys(found).length > 0 ? found : undefined;
}

/**
 * Reads either documented ViddyScribe error body; the machine code is `code ?? error`.
 * Returns `undefined` for any other body, so core classifies by status. Never throws.
 */
export const parseViddyScribeError: ErrorBodyParser = (body) => {
  const uploadState = z.safeParse(uploadStateErrorSchema, body);
  if (uploadState.success) {
    const { code, error, upload_status } = uploadState.data;
    const message = typeof uploadState.data.message === 'string' ? uploadState.data.message : error;
    return {
      code,
      message,
      kind: kindByCode[code],
      details: upload_status == null ? undefined : { upload_status },
    } satisfies ParsedErrorBody;
  }
  const usual = z.safeParse(apiErrorSchema, body);
  if (!usual.success) {
    return undefined;
  }
  const code = usual.data.error;
  return {
    code,
    message: usual.data.message ?? undefined,
    kind: kindByCode[code],
    details: extras(usual.data, ['feature', 'plan_name', 'upgrade_url', 'upload_status']),
  };
};
