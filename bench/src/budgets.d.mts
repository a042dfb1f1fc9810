/** One row of a bench suite's table. */
export interface BenchFigure {
  name: string;
  value: unknown;
  budget: string;
  pass: unknown;
}

/** What `npm run bench` does with budgets and results. */
export interface BenchMode {
  quick: boolean;
  only: string | undefined;
  enforce: boolean;
  resultsFile: string | undefined;
}

/** The figures that missed their budget (`pass` not `true`). */
export function missedBudgets<T extends BenchFigure>(figures: T[]): T[];

/** Reads `--quick`, `--only=` and `--out=` from the arguments. */
export function benchMode(argv: string[]): BenchMode;
