// Coverage per package from every packages/*/coverage{,-browser}/coverage-final.json (vitest coverage-v8, written
// by the Node 20 run and its Chromium run). For each package it reports 'own' (its own tests) and 'merged' (every package's tests: built
// dist files map back to src through source maps), writes .ci/coverage/<package>.json (json-summary shape, the
// figure its threshold uses) for the CI summary, and exits 1 when a package in coverage-thresholds.json is below.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const thresholds = JSON.parse(readFileSync('coverage-thresholds.json', 'utf8'));
const packages = readdirSync('packages').filter((name) => existsSync(join('packages', name, 'src')));

/**
 * One file as seen by several runs. Lines merge by line number (covered when any run covered it). Statements,
 * branches and functions merge across runs that instrumented the file the same way (identical maps: every
 * provider suite that loads a dependency's dist through the same source map), hit by hit; a run that
 * instrumented the source itself has other positions, so between such groups the one with the most covered counts.
 */
const emptyTally = () => ({ lines: new Map(), groups: new Map() });

function addFile(tally, data) {
  for (const [id, range] of Object.entries(data.statementMap)) {
    tally.lines.set(range.start.line, (tally.lines.get(range.start.line) ?? false) || data.s[id] > 0);
  }
  const signature = JSON.stringify([data.statementMap, data.branchMap, data.fnMap]);
  const hits = { statements: Object.values(data.s), branches: Object.values(data.b).flat(), functions: Object.values(data.f) };
  const group = tally.groups.get(signature);
  if (group === undefined) {
    tally.groups.set(signature, hits);
    return;
  }
  for (const metric of Object.keys(hits)) {
    group[metric] = group[metric].map((hit, index) => hit + (hits[metric][index] ?? 0));
  }
}

/** The best group's [covered, total] for one metric. */
function bestOf(tally, metric) {
  let best = [0, 0];
  for (const group of tally.groups.values()) {
    const pair = [group[metric].filter((hit) => hit > 0).length, group[metric].length];
    if (pair[0] > best[0] || (pair[0] === best[0] && pair[1] > best[1])) {
      best = pair;
    }
  }
  return best;
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
      const [covered, total] = bestOf(tally, metric);
      sums[metric][0] += covered;
      sums[metric][1] += total;
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
