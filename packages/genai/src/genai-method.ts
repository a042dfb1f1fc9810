import { APIPromise, type CallFetch, callApi, type FetchResult, type RequestOptions } from '@conduit/core';
import type { GenAIContext } from './genai-context.js';
import { type GenAIMeta, type GenAIResponse, unwrapEnvelope } from './genai-envelope.js';

/** What a GenAI method returns: await it for the envelope's `data`, or `.withResponse()` for that plus `meta`. */
export type GenAIPromise<Data> = APIPromise<Data, GenAIResponse<Data>>;

/** One GenAI call: checks the body (`prepare`, inside the promise), sends it and unwraps the envelope. */
export function callGenAI<Data, Body>(
  context: GenAIContext,
  call: {
    label: string;
    options: RequestOptions | undefined;
    prepare: () => Body;
    send: (body: Body, fetch: CallFetch) => Promise<FetchResult>;
  },
): GenAIPromise<Data> {
  return APIPromise.from(async (): Promise<GenAIResponse<Data>> => {
    const body = call.prepare();
    let meta: GenAIMeta | undefined;
    const full = await callApi<Data>(context.transport, {
      label: call.label,
      options: call.options,
      send: (fetch) => call.send(body, fetch),
      read: {
        what: call.label,
        envelope: (answer, response) =>
          unwrapEnvelope(answer, response, (found) => {
            meta = found;
          }),
      },
    }).withResponse();
    return { ...full, meta, requestId: meta?.request_id ?? full.requestId };
  });
}
