/**
 * @module
 * `@conduit/testing/strict`: a vitest setup file (`setupFiles: ['@conduit/testing/strict']`) that
 * makes every provider mock validate requests and responses against its spec, and fails the test
 * during which a mock answered with a response that breaks the spec, naming its JSON pointer.
 */
import { afterEach } from 'vitest';
import { describeViolations } from './kernel/spec-violation.js';
import { setDefaultMockValidation, takeMockViolations } from './kernel/validation-defaults.js';

setDefaultMockValidation('all');

afterEach(() => {
  const violations = takeMockViolations();
  if (violations.length > 0) {
    throw new Error(`a mock answered with a response that breaks its provider's spec:\n${describeViolations(violations)}`);
  }
});
