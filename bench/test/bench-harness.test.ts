import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);

interface Figure {
  name: string;
  value: number;
  budget: string;
  pass: boolean;
}

// Proves the harness runs end to end and reports every figure. Timing is never asserted here:
// budgets are judged by `npm run bench` on the full run.
describe('npm run bench -- --quick', () => {
  it('runs every benchmark and writes every figure to bench/results.json', { timeout: 180_000 }, async () => {
    const { stdout } = await run(process.execPath, ['src/run.mjs', '--quick'], {
      cwd: new URL('..', import.meta.url).pathname,
      maxBuffer: 8 * 1024 * 1024,
    });
    const results = JSON.parse(readFileSync(new URL('../results.json', import.meta.url), 'utf8')) as {
      quick: boolean;
      figures: Figure[];
      suites: Record<string, unknown>;
    };
    expect(results.quick).toBe(true);
    expect(Object.keys(results.suites).sort()).toEqual(expect.arrayContaining(['fleet', 'goodput', 'overhead', 'upload']));
    for (const figure of results.figures) {
      expect(Number.isFinite(figure.value), figure.name).toBe(true);
      expect(stdout).toContain(figure.name);
    }
    const names = results.figures.map((figure) => figure.name);
    expect(names).toEqual(
      expect.arrayContaining(['overhead: conduit / openapi-fetch (median)', 'goodput: conduit / limit', 'goodput: conduit 429 share']),
    );
    expect(names.some((name) => name.includes('signed-put peak RSS growth'))).toBe(true);
  });
});
