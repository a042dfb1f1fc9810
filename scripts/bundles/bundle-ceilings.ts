import type { BundleEntry } from './bundle-entries.js';

/**
 * The ceiling each entry's size test enforces: the budget in docs/budgets.md, except where an entry is over
 * it today (listed here with its measured worst case across the four bundlers), where the ceiling
 * sits just above today's size as a regression guard until the provider code shrinks.
 */
const overBudget: Record<string, number> = {
  // Measured 2026-12-07 after the size pass and main's operation tables (esbuild / webpack / Vite):
  // 4267 / 4344 / 4256 B. Most of it is core's error hierarchy and redaction, which the entry re-exports.
  'hesedvid-browser': 4_400,
  // 4789 / 4829 / 4737 B.
  'apivideo-browser': 4_900,
  // 33173 / 32884 / 32304 B (the zod kinds its option schemas use, upload and playback helpers).
  'hesedvid-client': 33_300,
  // 30111 / 29627 / 29400 B: over on esbuild only, since main's operation matcher (~0.8 kB) landed.
  'viddyscribe-client': 30_200,
  // 38826 / 38911 / 38062 B up front (2026-12-07, TUS on tus-js-client): the TUS upload chunk (about
  // 8-9 kB, tus-js-client's core) loads on the first tusUpload and is not counted here.
  'scriptix-client': 39_000,
  // 37818 / 37274 / 35705 B.
  'apivideo-client': 37_900,
};

/** Bytes min+gzip the entry may reach on any bundler before its size test fails. */
export function bundleCeilingBytes(entry: BundleEntry): number {
  return overBudget[entry.id] ?? entry.budgetBytes;
}
