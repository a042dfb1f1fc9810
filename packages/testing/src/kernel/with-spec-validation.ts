import type { OperationEntry } from '@conduit/core';
import type { ProviderMock } from '../provider-mock.js';
import { createMockKernel, type MockKernelOptions, type MockValidation } from './create-mock-kernel.js';
import { defaultMockValidation } from './validation-defaults.js';

/** A provider's spec as the kernel reads it: the generated operation table and the document. */
export interface ProviderSpec {
  table: Readonly<Record<string, OperationEntry>>;
  document: Readonly<Record<string, unknown>>;
}

/**
 * Puts a provider's msw handlers behind the kernel's spec validation: requests that break the
 * spec get the provider's 400 (`validate: 'requests'`, the default), and with `'all'` every
 * response is checked too and its violations recorded for `assertNoViolations()`.
 */
export function withSpecValidation<Mock extends Omit<ProviderMock, 'violations' | 'assertNoViolations'>>(
  mock: Mock,
  spec: ProviderSpec,
  validate: MockValidation | undefined,
  hooks: Pick<MockKernelOptions, 'invalidRequest'> = {},
): NoInfer<Mock> & Pick<ProviderMock, 'violations' | 'assertNoViolations'> {
  if ((validate ?? defaultMockValidation()) === false) {
    return { ...mock, violations: [], assertNoViolations: () => undefined };
  }
  const kernel = createMockKernel({ ...spec, ...hooks, baseUrl: mock.profile.baseUrl, profile: mock.profile, validate });
  return {
    ...mock,
    handlers: [kernel.wrap(mock.handlers), ...mock.handlers],
    violations: kernel.violations,
    assertNoViolations: () => kernel.assertNoViolations(),
  };
}
