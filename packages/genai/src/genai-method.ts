import { type GenAIResponse, unwrapEnvelope } from './genai-envelope.js';

/** A client method: resolves to the envelope's `data`; `.withResponse()` also gives `meta`, request id, rate limit and response. */
export interface GenAIMethod<Args extends unknown[], Data> {
  (...args: Args): Promise<Data>;
  /** The same call, resolving to `{ data, meta, requestId, rateLimit, response }`. */
  withResponse(...args: Args): Promise<GenAIResponse<Data>>;
}

/** What a method's sender returns: openapi-fetch's parsed body and the response. */
export interface SentCall {
  data?: unknown;
  response: Response;
}

/** Builds a method from a function that validates its input and sends one request. */
export function defineMethod<Args extends unknown[], Data>(
  send: (...args: Args) => Promise<SentCall>,
  now: () => number,
): GenAIMethod<Args, Data> {
  const withResponse = async (...args: Args): Promise<GenAIResponse<Data>> => {
    const { data, response } = await send(...args);
    return unwrapEnvelope<Data>(data, response, now);
  };
  const method = async (...args: Args): Promise<Data> => (await withResponse(...args)).data;
  return Object.assign(method, { withResponse });
}
