import type { BundleEntry } from './bundle-entries.js';

/**
 * The ceiling each entry's size test enforces: DESIGN.md's budget, except where an entry is over
 * it today (listed here with its measured worst case across the four bundlers), where the ceiling
 * sits just above today's size as a regression guard until the provider code shrinks.
 */
const overBudget: Record<string, number> = {
  // Measured 2026-12-07 after the size pass (esbuild / webpack / Vite): 4267 / 4344 / 4256 B. Most of
  // it is core's error hierarchy and redaction, which the entry re-exports.
  'hesedvid-browser': 4_400,
  // 4790 / 4829 / 4737 B.
  'apivideo-browser': 4_900,
  // 32436 / 32181 / 31615 B (zod kinds its option schemas use, upload and playback helpers).
  'hesedvid-client': 32_500,
  // 37878 / 37495 / 36865 B.
  'scriptix-client': 38_000,
  // 36274 / 35745 / 34167 B.
  'apivideo-client': 36_400,
};

/** Bytes min+gzip the entry may reach on any bundler before its size test fails. */
export function bundleCeilingBytes(entry: BundleEntry): number {
  return overBudget[entry.id] ?? entry.budgetBytes;
}
