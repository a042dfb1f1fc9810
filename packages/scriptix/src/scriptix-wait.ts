import { pollUntil } from '@conduit/core';
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
  /** Aborts the wait and the poll in flight. */
  signal?: AbortSignal | undefined;
  /** Called with the session after every poll. */
  onProgress?: ((session: ScriptixSession) => void) | undefined;
}

const waitOptionsSchema = z.strictObject({
  interval: z.optional(z.number().check(z.positive())),
  timeout: z.optional(z.number().check(z.positive())),
  signal: z.optional(z.custom<AbortSignal>((value) => value instanceof AbortSignal)),
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
 * Polls `getSession` until the session is `done`/`completed` (returned) or `failed`
 * (`TranscriptionFailedError`). Uses the client's clock and sleep, so tests never wait.
 */
export async function waitUntilDone(
  context: ScriptixContext,
  getSession: (sessionId: string, options: { signal?: AbortSignal | undefined }) => Promise<ScriptixSession>,
  sessionId: string,
  options: WaitOptions = {},
): Promise<ScriptixSession> {
  const session = await pollUntil((signal) => getSession(sessionId, { signal }), {
    isDone: (value) => isFinished(value.status) || value.status === 'failed',
    interval: options.interval ?? context.pollInterval,
    timeout: options.timeout,
    signal: options.signal,
    onProgress: options.onProgress,
    now: context.now,
    sleep: context.sleep,
  });
  if (session.status === 'failed') {
    throw new TranscriptionFailedError(session.session_id, session.error);
  }
  return session;
}
