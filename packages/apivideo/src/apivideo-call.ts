import { type APIPromise, type CallFetch, type CallOptions, callApi, type FetchResult, type RequestOptions } from '@conduit/core';
import type { ApiVideoContext } from './apivideo-context.js';

/** The name of a method in messages: `api.video videos.get`. */
export function what(label: string): string {
  return `api.video ${label}`;
}

/**
 * One call answered with a JSON body: checks the caller's `RequestOptions`, sends with `send`
 * (input checks inside it become rejections too) and resolves to the body the spec documents.
 */
export function jsonCall<Result extends FetchResult>(
  context: ApiVideoContext,
  label: string,
  options: RequestOptions | undefined,
  send: (fetch: CallFetch) => Promise<Result>,
  defaults?: CallOptions,
): APIPromise<NonNullable<Result['data']>> {
  return callApi<NonNullable<Result['data']>>(context.transport, { label, options, defaults, send, read: { what: what(label) } });
}

/** One call documented without a body (`204`, `202`): resolves to `undefined`. */
export function emptyCall(
  context: ApiVideoContext,
  label: string,
  options: RequestOptions | undefined,
  send: (fetch: CallFetch) => Promise<FetchResult>,
): APIPromise<void> {
  return callApi<void>(context.transport, { label, options, send, read: { what: what(label), allowEmpty: true } });
}
