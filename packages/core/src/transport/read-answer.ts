import type { CallState } from './call-state.js';
import { readErrorResponse } from './read-error-response.js';
import { readSuccess } from './read-success.js';
import type { TransportRuntime } from './transport-runtime.js';

/** A 2xx answer read inside the attempt (so its timeout covers the body); any other status thrown as its typed error. */
export async function readAnswer(runtime: TransportRuntime, state: CallState, response: Response): Promise<Response> {
  if (response.ok) {
    return readSuccess(response, state.method, state.templateUrl);
  }
  if (response.status === 429) {
    runtime.stats.rateLimited++;
  }
  throw await readErrorResponse(response, {
    provider: runtime.provider,
    method: state.method,
    url: state.templateUrl,
    rateLimit: state.rateLimit,
    parseError: runtime.options.parseError,
    requestIdHeader: runtime.requestIdHeader,
  });
}
