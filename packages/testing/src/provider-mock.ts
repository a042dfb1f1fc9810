import type { HttpHandler } from 'msw';
import type { MockRequest, MockValidation } from './kernel/create-mock-kernel.js';
import type { SpecViolation } from './kernel/spec-violation.js';
import type { Scenarios } from './scenarios/create-scenarios.js';
import type { ProviderProfile } from './scenarios/provider-profile.js';

/** One provider's stateful mock: its profile, its msw handlers (sharing one in-memory state) and scenarios. */
export interface ProviderMock {
  /** What the generic scenarios need to answer in this provider's style. */
  readonly profile: ProviderProfile;
  /** The msw handlers, sharing one in-memory state. */
  readonly handlers: HttpHandler[];
  /** Failure scenarios in the provider's style. */
  readonly scenarios: Scenarios;
  /** Clears the in-memory state (created videos, jobs, uploads) and the request log. */
  reset(): void;
  /** Every request that reached an operation, in order, with the status answered (refusals included). */
  readonly requests: readonly MockRequest[];
  /** Responses that broke the provider's spec (recorded with `validate: 'all'`). */
  readonly violations: readonly SpecViolation[];
  /** Throws, naming each violation's operation and JSON pointer, if any response broke the spec; then forgets them. */
  assertNoViolations(): void;
}

/** The `validate` option every `create<Provider>Mock` takes. */
export interface MockValidationOptions {
  /**
   * What the mock checks against the provider's OpenAPI spec: `'requests'` (default) answers a
   * request that breaks it with the provider's documented 400 naming the violation; `'all'` also
   * records every response that breaks it (see `assertNoViolations()`); `false` checks nothing.
   */
  validate?: MockValidation | undefined;
}
