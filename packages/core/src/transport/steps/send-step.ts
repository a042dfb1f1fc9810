import type { Handler } from '../compose-steps.js';
import { sendInit } from '../send-init.js';
import { sendNodeRequest } from '../send-node-request.js';
import type { TransportRuntime } from '../transport-runtime.js';

/**
 * The terminal `send` step: one HTTP exchange. A call with a `ReplayableBody` (and a method that
 * carries one) goes through `sendReplayable` (default: `sendNodeRequest`, imported only here), the
 * rest through fetch, looked up at call time so a test's global mock applies.
 */
export function createSendStep(runtime: TransportRuntime): Handler {
  const sendReplayable = runtime.options.sendReplayable ?? sendNodeRequest;
  return (state) => {
    const init = state.init ?? sendInit(runtime, state);
    if (state.replayable !== undefined && init.method !== 'GET' && init.method !== 'HEAD') {
      return sendReplayable(new Request(state.url, init), state.replayable);
    }
    return (runtime.options.fetch ?? globalThis.fetch)(state.url, init);
  };
}
