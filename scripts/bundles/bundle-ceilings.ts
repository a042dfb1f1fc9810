import type { BundleEntry } from './bundle-entries.js';

/**
 * The ceiling each entry's size test enforces: DESIGN.md's budget, except where an entry is over
 * it today (listed here with its measured worst case across the four bundlers), where the ceiling
 * sits just above today's size as a regression guard until the provider code shrinks.
 */
const overBudget: Record<string, number> = {
  // Measured 2026-12-07 (esbuild / webpack / Vite): 4273 / 4347 / 4257 B. Most of it is core's error
  // hierarchy and redaction, which the entry re-exports.
  'hesedvid-browser': 4_400,
  // 4794 / 4832 / 4745 B.
  'apivideo-browser': 4_900,
  // 34680 / 33950 / 33571 B.
  'scriptix-client': 35_500,
  // 33500 / 32738 / 31652 B.
  'apivideo-client': 34_500,
};

/** Bytes min+gzip the entry may reach on any bundler before its size test fails. */
export function bundleCeilingBytes(entry: BundleEntry): number {
  return overBudget[entry.id] ?? entry.budgetBytes;
}
