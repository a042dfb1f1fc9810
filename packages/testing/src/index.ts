/**
 * @module
 * `@conduit/testing`: generic scenarios, signed storage and the embedded mock server.
 * Provider handlers live in subpaths: `@conduit/testing/hesedvid`, `@conduit/testing/apivideo`, ...
 */

export { createFakeClock } from './clock/create-fake-clock.js';
export { type FakeClock, type FakeClockOptions, fakeClockStart } from './clock/fake-clock.js';
export {
  createMockKernel,
  exampleResponder,
  type MockKernel,
  type MockKernelOptions,
  type MockRequest,
  type MockRouteHandler,
  type MockRouteInput,
  type MockValidation,
} from './kernel/create-mock-kernel.js';
export { createRateLimitWindows, type RateLimitWindows, type WindowReading } from './kernel/rate-limit-windows.js';
export type { MockRequestFile } from './kernel/read-request-facts.js';
export {
  type RecordHandler,
  type ResourceOperations,
  type ResourceRoutesOptions,
  recordRoute,
  resourceRoutes,
} from './kernel/resource-routes.js';
export { type SpecExample, specExample } from './kernel/spec-example.js';
export { describeViolations, type SpecViolation } from './kernel/spec-violation.js';
export { defaultMockValidation, setDefaultMockValidation, takeMockViolations } from './kernel/validation-defaults.js';
export { createMockServer, type MockServer, type MockServerOptions } from './mock-server/create-mock-server.js';
export type { FieldNames } from './naming/field-names.js';
export type { MockValidationOptions, ProviderMock } from './provider-mock.js';
export { createScenarios, type ScenarioScope, type Scenarios, type SequenceStep } from './scenarios/create-scenarios.js';
export type { ProviderProfile } from './scenarios/provider-profile.js';
export { createSignedStorage, type SignedStorage, type StoredObject, storageOrigin } from './storage/signed-storage.js';
