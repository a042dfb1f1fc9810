import { APIConnectionError } from '../errors/api-connection-error.js';
import { ResponseValidationError } from '../errors/response-validation-error.js';
import { BufferedResponse } from './buffered-response.js';

/**
 * Reads a 2xx answer. A body declared as JSON that does not parse is a `ResponseValidationError`,
 * never a bare `SyntaxError` later in openapi-fetch; an empty JSON body reads as no content.
 */
export async function readSuccess(response: Response, method: string, url: string): Promise<Response> {
  const type = response.headers.get('content-type') ?? '';
  const init = { status: response.status, statusText: response.statusText, headers: response.headers };
  if (response.status === 204 || method === 'HEAD' || response.body === null) {
    return response;
  }
  if (!type.includes('json')) {
    if (mediaType.test(type)) {
      // Media and archives stream to the caller; a failure mid-stream still surfaces as a typed error.
      return new Response(typedErrorStream(response.body, url), init);
    }
    // Text and other small bodies are read inside the attempt, so its timeout and error mapping cover them.
    const bytes = await response.arrayBuffer();
    return new BufferedResponse({ bytes }, init);
  }
  const text = await response.text();
  if (blank.test(text)) {
    const headers = new Headers(response.headers);
    headers.set('content-length', '0');
    return new Response(null, { ...init, headers });
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new ResponseValidationError(
      `${method} ${url} answered ${response.status} with a body declared as JSON that does not parse`,
      { status: response.status, body: text, url },
      { cause: error },
    );
  }
  // The headers stay as received (`content-length`, `content-encoding` included), as fetch leaves them for a decoded body.
  return new BufferedResponse({ text, parsed }, init);
}

const blank = /^\s*$/;
const mediaType = /^(video|audio|image|font)\/|octet-stream|zip|gzip|x-tar|pdf|mp4|mpegurl/i;

/** Passes a body through, turning a mid-stream failure into `APIConnectionError` instead of a raw `TypeError`. */
function typedErrorStream(body: ReadableStream<Uint8Array>, url: string): ReadableStream<Uint8Array> {
  const reader = body.getReader();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { done, value } = await reader.read();
        if (done) {
          controller.close();
        } else {
          controller.enqueue(value);
        }
      } catch (error) {
        controller.error(new APIConnectionError(`The response body from ${new URL(url).host} was cut off`, { cause: error }));
      }
    },
    cancel(reason) {
      return reader.cancel(reason);
    },
  });
}
