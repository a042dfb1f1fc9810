import { sendReplayable as defaultSendReplayable } from '../../platform/send-replayable.js';
import type { Handler } from '../compose-steps.js';
import { sendInit } from '../send-init.js';
import type { TransportRuntime } from '../transport-runtime.js';

/**
 * The terminal `send` step: one HTTP exchange. A call with a `ReplayableBody` (and a method that
 * carries one) goes through `sendReplayable` (default: the platform's `sendReplayable`, imported only here), the
 * rest through fetch, looked up at call time so a test's global mock applies.
 */
export function createSendStep(runtime: TransportRuntime): Handler {
  const sendReplayable = runtime.options.sendReplayable ?? defaultSendReplayable;
  return (state) => {
    const init = state.init ?? sendInit(runtime, state);
    if (state.replayable !== undefined && init.method !== 'GET' && init.method !== 'HEAD') {
      return sendReplayable(new Request(state.url, init), state.replayable);
    }
    return (runtime.options.fetch ?? globalThis.fetch)(state.url, init);
  };
}
