// The one fake clock of Conduit's tests lives in @conduit/testing. Core cannot depend on that package
// (it depends on core), so its tests take the dependency-free file by path, with core's abort error.
import { createFakeClockWith, type FakeClock } from '../../../testing/src/clock/fake-clock.js';
import { RequestAbortedError } from '../../src/errors/request-aborted-error.js';

export type { FakeClock };

/** The shared fake clock, started at a whole second (so HTTP dates round-trip exactly). */
export function createFakeClock(start = Date.UTC(2030, 0, 1, 12, 0, 0)): FakeClock {
  return createFakeClockWith({ start, abortError: (signal) => new RequestAbortedError(undefined, { cause: signal.reason }) });
}
