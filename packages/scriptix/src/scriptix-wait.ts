import { type APIPromise, type APIResponse, pollUntil, type RequestOptions } from '@conduit/core';
import * as z from 'zod/mini';
import type { ScriptixContext } from './scriptix-context.js';
import { TranscriptionFailedError } from './scriptix-transcription-failed-error.js';
import type { ScriptixSession, ScriptixSessionStatus } from './scriptix-types.js';
import { validateInput } from './scriptix-validate.js';

/** Options of `sessions.waitUntilDone`. Durations are milliseconds. */
export interface WaitOptions {
  /** Wait between polls, in milliseconds (default: the client's `pollInterval`, 5000). */
  interval?: number | undefined;
  /** Give up after this many milliseconds with `APITimeoutError` (default: never). */
  timeout?: number | undefined;
  /** Called with the session after every poll. */
  onProgress?: ((session: ScriptixSession) => void) | undefined;
}

const waitOptionsSchema = z.strictObject({
  interval: z.optional(z.number().check(z.positive())),
  timeout: z.optional(z.number().check(z.positive())),
  onProgress: z.optional(z.custom<(session: ScriptixSession) => void>((value) => typeof value === 'function')),
});

/** `done` and `completed` both mean finished (the docs use both). */
export function isFinished(status: ScriptixSessionStatus | string): boolean {
  return status === 'done' || status === 'completed';
}

/** Checks `WaitOptions` before any request. */
export function validateWaitOptions(options: unknown): WaitOptions {
  return validateInput(waitOptionsSchema, options ?? {}, 'wait options');
}

/**
 * Polls `getSession` until the session is `done`/`completed` (returned with the last poll's response)
 * or `failed` (`TranscriptionFailedError`). `options` apply to every poll, and its `signal` to the waits
 * between them. Uses the client's clock and sleep, so tests never wait.
 */
export async function waitUntilDone(
  context: ScriptixContext,
  getSession: (sessionId: string, options: RequestOptions | undefined) => APIPromise<ScriptixSession>,
  sessionId: string,
  waitOptions: WaitOptions = {},
  options?: RequestOptions,
): Promise<APIResponse<ScriptixSession>> {
  const last = await pollUntil((signal) => getSession(sessionId, { ...options, signal }).withResponse(), {
    isDone: ({ data }) => isFinished(data.status) || data.status === 'failed',
    interval: waitOptions.interval ?? context.pollInterval,
    timeout: waitOptions.timeout,
    signal: options?.signal,
    onProgress: waitOptions.onProgress && ((answer) => waitOptions.onProgress?.(answer.data)),
    now: context.now,
    sleep: context.sleep,
  });
  if (last.data.status === 'failed') {
    throw new TranscriptionFailedError(last.data.session_id, last.data.error);
  }
  return last;
}
