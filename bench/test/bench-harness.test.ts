import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
// budgets are judged by `npm run bench` on the full run (which exits 1 when one is missed).
const committedResults = new URL('../results.json', import.meta.url);
const stamp = () => (existsSync(committedResults) ? statSync(committedResults).mtimeMs : undefined);
describe('npm run bench -- --quick', () => {
  it('runs every benchmark, writes every figure to --out and leaves bench/results.json alone', { timeout: 180_000 }, async () => {
    const before = stamp();
    const out = join(mkdtempSync(join(tmpdir(), 'conduit-bench-')), 'quick.json');
    const { stdout } = await run(process.execPath, ['src/run.mjs', '--quick', `--out=${out}`], {
      cwd: new URL('..', import.meta.url).pathname,
      maxBuffer: 8 * 1024 * 1024,
    });
    const results = JSON.parse(readFileSync(out, 'utf8')) as {
      quick: boolean;
      figures: Figure[];
      suites: Record<string, unknown>;
      budgets: { enforced: boolean; missed: string[] };
    };
    expect(stamp()).toBe(before);
    expect(results.quick).toBe(true);
    expect(results.budgets.enforced).toBe(false);
    expect(stdout).toContain('budgets not enforced');
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
