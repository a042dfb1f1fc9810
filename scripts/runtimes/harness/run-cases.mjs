/**
 * @typedef {{ name: string, skip?: string, run?: () => Promise<void> }} HarnessCase
 *   A named check; `skip` says why it does not run on this runtime (printed and counted as pending).
 * @typedef {{ fullName: string, status: 'passed' | 'failed' | 'pending', failureMessages: string[] }} AssertionResult
 */

const caseTimeoutMs = 60_000;

function withTimeout(promise, name) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${name}: no result after ${caseTimeoutMs} ms`)), caseTimeoutMs);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Runs the cases one after another (no test runner needed) and returns a report shaped like
 * vitest's JSON reporter, which the CI summary sums. `log` receives one line per case.
 *
 * @param {string} runtime
 * @param {HarnessCase[]} cases
 * @param {(line: string) => void} log
 */
export async function runCases(runtime, cases, log) {
  /** @type {AssertionResult[]} */
  const results = [];
  for (const testCase of cases) {
    if (testCase.skip !== undefined) {
      results.push({ fullName: testCase.name, status: 'pending', failureMessages: [] });
      log(`  - ${testCase.name} (skipped: ${testCase.skip})`);
      continue;
    }
    try {
      await withTimeout(testCase.run(), testCase.name);
      results.push({ fullName: testCase.name, status: 'passed', failureMessages: [] });
      log(`  ✓ ${testCase.name}`);
    } catch (error) {
      const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      results.push({ fullName: testCase.name, status: 'failed', failureMessages: [message] });
      log(`  ✗ ${testCase.name}\n      ${message}`);
    }
  }
  const count = (status) => results.filter((result) => result.status === status).length;
  return {
    numPassedTests: count('passed'),
    numFailedTests: count('failed'),
    numPendingTests: count('pending'),
    numTodoTests: 0,
    success: count('failed') === 0,
    testResults: [{ name: `scripts/runtimes/harness (${runtime})`, assertionResults: results }],
  };
}

/** Throws with `message` unless `condition` holds. */
export function check(condition, message) {
  if (!condition) {
    throw new Error(message);
  }
}
