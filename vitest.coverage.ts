import type { CoverageOptions } from 'vitest/node';

/**
 * Every package's coverage settings (@vitest/coverage-v8), on only when `CONDUIT_COVERAGE=1` (the
 * test command sets it for the Node 20 run) or `--coverage` is passed. Each run records every
 * workspace package's `src/` it executes (built `dist` files are mapped back through their source
 * maps) into `coverage/coverage-final.json`; `scripts/check-coverage.mjs` then reports each
 * package's own and merged totals and enforces `coverage-thresholds.json`.
 */
export function coverageFor(): CoverageOptions {
  return {
    enabled: process.env.CONDUIT_COVERAGE === '1',
    provider: 'v8',
    allowExternal: true,
    // dist files are listed so runs that execute a dependency's build map it back to its src.
    include: ['src/**/*.ts', '**/packages/*/src/**/*.ts', '**/packages/*/dist/**/*.js'],
    exclude: ['**/src/generated/**', '**/*.d.ts', '**/node_modules/**'],
    reporter: ['json'],
    reportsDirectory: 'coverage',
  };
}
