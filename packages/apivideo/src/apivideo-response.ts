import { ResponseValidationError } from '@conduit/core';

interface FetchResult<T> {
  data?: T;
  response: Response;
}

/**
 * Returns the body of a successful answer. The transport already threw on every non-2xx
 * answer, so a missing body here means the API answered 2xx without the documented payload.
 */
export async function bodyOf<T>(pending: Promise<FetchResult<T>>): Promise<T> {
  const { data, response } = await pending;
  if (data === undefined) {
    throw new ResponseValidationError(`api.video answered ${response.status} without the documented body`, {
      status: response.status,
      body: '',
      url: response.url,
    });
  }
  return data;
}

/** Waits for an operation documented without a body (`204`, `202`). */
export async function noBody(pending: Promise<FetchResult<unknown>>): Promise<void> {
  await pending;
}
