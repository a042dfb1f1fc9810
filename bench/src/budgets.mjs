// Budget enforcement for `npm run bench`, generic over every suite's figures `{ name, value, budget, pass }`:
// a figure with `pass: false` missed its budget (figures without one, budget '-', always pass).

/**
 * The figures that missed their budget. A figure whose `pass` is not a boolean is a malformed row and
 * counts as missed, so a suite cannot skip enforcement by forgetting the field.
 * @param {Array<{ name: string, value: unknown, budget: string, pass: unknown }>} figures
 */
export function missedBudgets(figures) {
  return figures.filter((figure) => figure.pass !== true);
}

/**
 * What the run does with budgets and results, from its arguments: a full run enforces budgets and writes
 * bench/results.json; `--quick` (the test command's smoke run) enforces nothing and writes only where
 * `--out=<file>` says, so it never overwrites the full run's results.
 * @param {string[]} argv
 */
export function benchMode(argv) {
  const quick = argv.includes('--quick');
  const out = argv.find((argument) => argument.startsWith('--out='))?.slice(6);
  return {
    quick,
    only: argv.find((argument) => argument.startsWith('--only='))?.slice(7),
    enforce: !quick,
    resultsFile: out ?? (quick ? undefined : new URL('../results.json', import.meta.url).pathname),
  };
}
