import type { BundleEntry } from './bundle-entries.js';

/**
 * The ceiling each entry's size test enforces: the budget in docs/budgets.md, except where an entry is over
 * it today (listed here with its measured worst case across the four bundlers), where the ceiling
 * sits just above today's size as a regression guard until the provider code shrinks.
 */
const overBudget: Record<string, number> = {
  // Measured 2026-12-07 after the provider kit (issue 18), esbuild / webpack / Vite, in bytes. The kit
  // (APIPromise, PagePromise, callApi, callPaged, request-option checks) adds 1-3 kB to every full client.
  // 4873 / 4946 / 4853 B: core's error hierarchy and redaction (re-exported) and, since the kit, core's one
  // media-type table (about 0.6 kB) that replaced HesedVid's own five-entry copy.
  'hesedvid-browser': 5_000,
  // 4789 / 4845 / 4737 B.
  'apivideo-browser': 4_900,
  // 3921 / 4009 / 3902 B: over on webpack only, by its chunk-loading runtime.
  'scriptix-browser': 4_100,
  // 34966 / 34516 / 34112 B (the zod kinds its option schemas use, upload and playback helpers).
  'hesedvid-client': 35_100,
  // 31260 / 30769 / 30542 B.
  'viddyscribe-client': 31_400,
  // 41767 / 42109 / 41039 B up front: the TUS upload chunk (tus-js-client's core and its driver, about
  // 9 kB) loads on the first tusUpload and is not counted here (50815 / 50001 / 49970 B with it).
  'scriptix-client': 42_200,
  // 40600 / 40401 / 38480 B.
  'apivideo-client': 40_700,
};

/** Bytes min+gzip the entry may reach on any bundler before its size test fails. */
export function bundleCeilingBytes(entry: BundleEntry): number {
  return overBudget[entry.id] ?? entry.budgetBytes;
}
