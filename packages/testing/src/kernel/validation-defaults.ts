import type { MockValidation } from './create-mock-kernel.js';
import type { SpecViolation } from './spec-violation.js';

interface Slot {
  validate: MockValidation;
  violations: SpecViolation[];
}

const key = Symbol.for('conduit.testing.validation');

/** One slot per process (on `globalThis`, so every copy of the package shares it). */
function slot(): Slot {
  const holder = globalThis as { [key]?: Slot };
  holder[key] ??= { validate: 'requests', violations: [] };
  return holder[key];
}

/** The validation a mock uses when its options name none (`'requests'` unless a suite set another). */
export function defaultMockValidation(): MockValidation {
  return slot().validate;
}

/** Sets the validation of mocks created from now on without a `validate` option (our suites use `'all'`). */
export function setDefaultMockValidation(validate: MockValidation): void {
  slot().validate = validate;
}

/** Records a response violation for `takeMockViolations()`. */
export function reportMockViolation(violation: SpecViolation): void {
  slot().violations.push(violation);
}

/** Every response violation any mock recorded since the last call, and forgets them. */
export function takeMockViolations(): SpecViolation[] {
  return slot().violations.splice(0);
}
