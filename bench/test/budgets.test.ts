import { describe, expect, it } from 'vitest';
import { benchMode, missedBudgets } from '../src/budgets.mjs';

describe('missedBudgets', () => {
  it('returns exactly the figures whose pass is not true (a missing pass counts as missed)', () => {
    const figures = [
      { name: 'met', value: 1, budget: '<= 1.05', pass: true },
      { name: 'missed', value: 1.2, budget: '<= 1.05', pass: false },
      { name: 'reference', value: 3, budget: '-', pass: true },
      { name: 'malformed', value: 2, budget: '<= 1', pass: undefined },
    ];
    expect(missedBudgets(figures).map((figure) => figure.name)).toEqual(['missed', 'malformed']);
  });
});

describe('benchMode', () => {
  it('a full run enforces budgets and writes bench/results.json', () => {
    const mode = benchMode(['node', 'run.mjs']);
    expect(mode.enforce).toBe(true);
    expect(mode.resultsFile).toMatch(/bench\/results\.json$/);
  });

  it('--quick enforces nothing and writes no results file unless --out names one', () => {
    expect(benchMode(['node', 'run.mjs', '--quick'])).toMatchObject({ quick: true, enforce: false, resultsFile: undefined });
    expect(benchMode(['node', 'run.mjs', '--quick', '--out=/tmp/quick.json'])).toMatchObject({
      enforce: false,
      resultsFile: '/tmp/quick.json',
    });
  });

  it('--only picks one suite and still enforces its budgets', () => {
    expect(benchMode(['node', 'run.mjs', '--only=overhead'])).toMatchObject({ only: 'overhead', enforce: true });
  });
});
