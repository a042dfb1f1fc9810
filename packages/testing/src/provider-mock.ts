import type { HttpHandler } from 'msw';
import type { Scenarios } from './scenarios/create-scenarios.js';
import type { ProviderProfile } from './scenarios/provider-profile.js';

/** One provider's stateful mock: its profile, its msw handlers (sharing one in-memory state) and scenarios. */
export interface ProviderMock {
  readonly profile: ProviderProfile;
  readonly handlers: HttpHandler[];
  readonly scenarios: Scenarios;
  /** Clears the in-memory state (created videos, jobs, uploads). */
  reset(): void;
}
