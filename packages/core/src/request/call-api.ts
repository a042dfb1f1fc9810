import type { Transport } from '../transport/create-transport.js';
import type { CallOptions } from '../transport/transport-options.js';
import { APIPromise, type APIResponse } from './api-promise.js';
import { type FetchResult, type ReadJsonOptions, readJson } from './read-json.js';
import { checkRequestOptions, type RequestOptions } from './request-options.js';

/** A fetch bound to one call's options: pass it as openapi-fetch's per-request `fetch`. */
export type CallFetch = (input: Request) => Promise<Response>;

/** One API call as a provider method describes it. */
export interface ApiCall<Data> {
  /** The method's name for messages: `ViddyScribe jobs.get`. */
  label: string;
  /** The caller's `RequestOptions` (checked here at run time too: unknown keys are refused). */
  options: RequestOptions | undefined;
  /** Call options the method itself sets (a bucket, a replayable body, `idempotent` for a safe POST); the caller's win. */
  defaults?: CallOptions | undefined;
  /** Sends the request with the bound fetch, usually one openapi-fetch call. */
  send: (fetch: CallFetch) => Promise<FetchResult>;
  /** Reads the 2xx answer: `readJson` options, or a function for anything else. */
  read?: ReadJsonOptions | ((result: FetchResult) => Data) | undefined;
}

/** `{ data, response, requestId, rateLimit }` for data read from `response`. */
export function respond<Data>(transport: Transport, data: Data, response: Response): APIResponse<Data> {
  return { data, response, ...transport.describe(response) };
}

/** Checks the caller's `RequestOptions` and binds them, over the method's own defaults, to the transport. */
export function bindCall(transport: Transport, call: Pick<ApiCall<unknown>, 'label' | 'options' | 'defaults'>): CallFetch {
  const options = checkRequestOptions(call.options, call.label);
  return transport.with(call.defaults ? { ...call.defaults, ...options } : options);
}

/**
 * The provider kit's one way to make a call: checks the caller's `RequestOptions`, binds them to the
 * transport, sends, reads the answer and returns an `APIPromise` (await it for the data, or call
 * `.withResponse()`). Every failure, bad input included, is a rejection with a typed error.
 */
export function callApi<Data>(transport: Transport, call: ApiCall<Data>): APIPromise<Data> {
  return APIPromise.from(async (): Promise<APIResponse<Data>> => {
    const result = await call.send(bindCall(transport, call));
    const read = call.read ?? { what: call.label };
    const data = typeof read === 'function' ? read(result) : readJson<Data>(result, read);
    return respond(transport, data, result.response);
  });
}
