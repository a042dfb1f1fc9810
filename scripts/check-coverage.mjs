// Coverage per package from every packages/*/coverage{,-browser}/coverage-final.json (vitest coverage-v8, written
// by the Node 20 run and its Chromium run). For each package it reports 'own' (its own tests) and 'merged' (every package's tests: built
// dist files map back to src through source maps), writes .ci/coverage/<package>.json (json-summary shape, the
// figure its threshold uses) for the CI summary, and exits 1 when a package in coverage-thresholds.json is below.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const thresholds = JSON.parse(readFileSync('coverage-thresholds.json', 'utf8'));
const packages = readdirSync('packages').filter((name) => existsSync(join('packages', name, 'src')));

/**
 * One file as seen by several runs. Lines merge by line number (covered when any run covered it). A run that
 * executed a dependency's dist sees that file through its source map, where statement and branch positions
 * differ from a run that instrumented the source, so for those metrics the run with the most covered counts.
 */
const emptyTally = () => ({ lines: new Map(), best: { statements: [0, 0], branches: [0, 0], functions: [0, 0] } });

function addFile(tally, data) {
  for (const [id, range] of Object.entries(data.statementMap)) {
    tally.lines.set(range.start.line, (tally.lines.get(range.start.line) ?? false) || data.s[id] > 0);
  }
  const hits = Object.values(data.b).flat();
  const counts = {
    statements: [Object.values(data.s).filter((hit) => hit > 0).length, Object.keys(data.s).length],
    branches: [hits.filter((hit) => hit > 0).length, hits.length],
    functions: [Object.values(data.f).filter((hit) => hit > 0).length, Object.keys(data.f).length],
  };
  for (const [metric, [covered, total]] of Object.entries(counts)) {
    if (covered > tally.best[metric][0] || (covered === tally.best[metric][0] && total > tally.best[metric][1])) {
      tally.best[metric] = [covered, total];
    }
  }
}

/** `packages/<name>/src/...` -> name, for files that count (generated code excluded). */
function packageOf(file) {
  const path = relative(process.cwd(), file);
  const match = /^packages\/([^/]+)\/src\/(?!generated\/)/.exec(path);
  return match?.[1];
}

const own = new Map();
const merged = new Map();
// Each package's Node run writes coverage/, its Chromium run (browser entries) coverage-browser/.
const reports = packages.flatMap((runner) =>
  ['coverage', 'coverage-browser'].map((folder) => ({ runner, report: join('packages', runner, folder, 'coverage-final.json') })),
);
for (const { runner, report } of reports) {
  if (!existsSync(report)) {
    continue;
  }
  for (const [file, data] of Object.entries(JSON.parse(readFileSync(report, 'utf8')))) {
    const target = packageOf(file);
    if (target === undefined) {
      continue;
    }
    for (const [scope, include] of [
      [merged, true],
      [own, target === runner],
    ]) {
      if (!include) {
        continue;
      }
      const files = scope.get(target) ?? new Map();
      const tally = files.get(file) ?? emptyTally();
      addFile(tally, data);
      files.set(file, tally);
      scope.set(target, files);
    }
  }
}

function totals(files) {
  const sums = { lines: [0, 0], statements: [0, 0], branches: [0, 0], functions: [0, 0] };
  for (const tally of files?.values() ?? []) {
    sums.lines[0] += [...tally.lines.values()].filter(Boolean).length;
    sums.lines[1] += tally.lines.size;
    for (const metric of ['statements', 'branches', 'functions']) {
      sums[metric][0] += tally.best[metric][0];
      sums[metric][1] += tally.best[metric][1];
    }
  }
  // No data (the package's run failed before writing coverage) is 0 %, never a pass.
  const pct = ([covered, count]) => (count === 0 ? 0 : (100 * covered) / count);
  return Object.fromEntries(Object.entries(sums).map(([metric, pair]) => [metric, { covered: pair[0], total: pair[1], pct: pct(pair) }]));
}

const format = (total) => `lines ${total.lines.pct.toFixed(1)} %, branches ${total.branches.pct.toFixed(1)} %`;
let below = 0;
mkdirSync('.ci/coverage', { recursive: true });
for (const name of packages.filter((candidate) => merged.has(candidate) || own.has(candidate))) {
  const ownTotal = totals(own.get(name));
  const mergedTotal = totals(merged.get(name));
  const rule = thresholds[name];
  const judged = rule?.measure === 'merged' ? mergedTotal : ownTotal;
  const misses = rule ? ['lines', 'branches'].filter((metric) => judged[metric].pct < rule[metric]) : [];
  below += misses.length > 0 ? 1 : 0;
  const target = rule?.target ? `; target ${rule.target.lines} % lines, ${rule.target.branches} % branches` : '';
  const verdict = rule
    ? `${misses.length === 0 ? 'meets' : 'BELOW'} ${rule.measure} >= ${rule.lines} % lines, ${rule.branches} % branches${target}`
    : 'no threshold';
  console.log(`coverage ${name}: own ${format(ownTotal)}; merged ${format(mergedTotal)} (${verdict})`);
  writeFileSync(join('.ci/coverage', `${name}.json`), `${JSON.stringify({ measure: rule?.measure ?? 'own', total: judged }, null, 2)}\n`);
}
if (merged.size === 0) {
  console.log('coverage: no coverage-final.json found (run the tests with CONDUIT_COVERAGE=1)');
  process.exit(1);
}
process.exit(below > 0 ? 1 : 0);
