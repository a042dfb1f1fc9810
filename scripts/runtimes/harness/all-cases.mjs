import { conformanceCases } from './conformance-cases.mjs';
import { platformCases } from './platform-cases.mjs';
import { workflowCases } from './workflow-cases.mjs';

/** What does not run in this harness, on any of Bun, Deno and workerd, and why (printed and counted as skipped). */
const everywhereSkips = [
  {
    name: 'vitest conformance suite (runProviderConformance)',
    skip: 'needs vitest and msw/node request interception, which these runtimes do not run; the runtime-neutral subset above covers its behaviours',
  },
  {
    name: './browser signed-URL uploads (uploadToHesedVid, uploadWithToken, ...)',
    skip: 'they send through XMLHttpRequest for upload progress, which only browsers have; Chromium runs them',
  },
];

/**
 * Every case for one runtime. `config` comes from the driver (scripts/runtimes/run-runtime.mjs).
 *
 * @param {{ runtime: string, mockUrl: string, keys: Record<string, string>, samplePath?: string, sampleSize: number, fileSystem: boolean }} config
 */
export function allCases(config) {
  return [...platformCases(config), ...conformanceCases(config), ...workflowCases(config), ...everywhereSkips];
}
