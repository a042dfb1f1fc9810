import { afterEach, beforeEach, describe } from 'vitest';
import { authCases } from './auth-cases.js';
import { createHarness } from './conformance-harness.js';
import type { ProviderConformance } from './conformance-types.js';
import { errorCases } from './error-cases.js';
import { flowCases } from './flow-cases.js';
import { retryCases } from './retry-cases.js';
import { timeCases } from './time-cases.js';

/**
 * The one conformance suite every provider client runs, through its ergonomic methods: auth header,
 * missing and malformed keys, documented error bodies (4xx never retried), rate-limit hints on the
 * fake clock, 5xx retried on GET and not on POST, per-attempt timeout, deadline, abort, polling to
 * done and to failure, pagination, an upload that arrives whole, and no key in any error output.
 * Gaps are declared as `skip: [{ reason, tests }]` and show up as skipped tests with their reason.
 *
 * @example
 * ```ts
 * import { type ProviderConformance, runProviderConformance } from '@conduit/testing/conformance';
 *
 * // name, createClient, authHeader, read, create, errors, rateLimitHints, ... (see ProviderConformance)
 * declare const genaiConformance: ProviderConformance<{ models: { list(): Promise<unknown> } }>;
 * runProviderConformance(genaiConformance);
 * ```
 */
export function runProviderConformance<Client>(spec: ProviderConformance<Client>): void {
  const known = new Set<string>();
  const harness = createHarness(spec, known);
  let savedEnvironment: string | undefined;

  beforeEach(() => {
    savedEnvironment = process.env[spec.environmentVariable];
    delete process.env[spec.environmentVariable];
  });
  afterEach(() => {
    if (savedEnvironment === undefined) {
      delete process.env[spec.environmentVariable];
    } else {
      process.env[spec.environmentVariable] = savedEnvironment;
    }
  });

  describe(`${spec.name} conformance`, () => {
    authCases(harness);
    errorCases(harness);
    retryCases(harness);
    timeCases(harness);
    flowCases(harness);
    // A skip that names no case would hide nothing and rot silently.
    const unknown = (spec.skip ?? []).flatMap((entry) => entry.tests).filter((title) => !known.has(title));
    if (unknown.length > 0) {
      throw new Error(`${spec.name} conformance: skip names unknown tests: ${unknown.join('; ')}`);
    }
  });
}
