// Coverage per package from every packages/*/coverage/coverage-final.json (vitest coverage-v8, written by the
// Node 20 run). For each package it reports 'own' (its own tests) and 'merged' (every package's tests: built
// dist files map back to src through source maps), writes .ci/coverage/<package>.json (json-summary shape, the
// figure its threshold uses) for the CI summary, and exits 1 when a package in coverage-thresholds.json is below.
// Runs differ in how they instrument a file (source vs mapped dist), so runs are merged by source location.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const thresholds = JSON.parse(readFileSync('coverage-thresholds.json', 'utf8'));
const packages = readdirSync('packages').filter((name) => existsSync(join('packages', name, 'src')));

/** Covered and total keys of one file: statements (by start), lines, branches (by location + arm), functions (by name location). */
const emptyTally = () => ({ statements: new Map(), lines: new Map(), branches: new Map(), functions: new Map() });
const mark = (map, key, hit) => map.set(key, (map.get(key) ?? false) || hit > 0);
const at = (location) => `${location.start.line}:${location.start.column}`;

function addFile(tally, data) {
  for (const [id, range] of Object.entries(data.statementMap)) {
    mark(tally.statements, at(range), data.s[id]);
    mark(tally.lines, range.start.line, data.s[id]);
  }
  for (const [id, branch] of Object.entries(data.branchMap)) {
    for (const [arm, hits] of data.b[id].entries()) {
      mark(tally.branches, `${at(branch.loc ?? branch.locations[0])}#${arm}`, hits);
    }
  }
  for (const [id, fn] of Object.entries(data.fnMap)) {
    mark(tally.functions, at(fn.decl ?? fn.loc), data.f[id]);
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
for (const runner of packages) {
  const report = join('packages', runner, 'coverage', 'coverage-final.json');
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
  const total = {};
  for (const metric of ['lines', 'statements', 'branches', 'functions']) {
    let covered = 0;
    let count = 0;
    for (const tally of files?.values() ?? []) {
      for (const hit of tally[metric].values()) {
        count++;
        covered += hit ? 1 : 0;
      }
    }
    total[metric] = { total: count, covered, pct: count === 0 ? 100 : (100 * covered) / count };
  }
  return total;
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
  const verdict = rule
    ? `${misses.length === 0 ? 'meets' : 'BELOW'} ${rule.measure} >= ${rule.lines} % lines, ${rule.branches} % branches`
    : 'no threshold';
  console.log(`coverage ${name}: own ${format(ownTotal)}; merged ${format(mergedTotal)} (${verdict})`);
  writeFileSync(join('.ci/coverage', `${name}.json`), `${JSON.stringify({ measure: rule?.measure ?? 'own', total: judged }, null, 2)}\n`);
}
if (merged.size === 0) {
  console.log('coverage: no coverage-final.json found (run the tests with CONDUIT_COVERAGE=1)');
  process.exit(1);
}
process.exit(below > 0 ? 1 : 0);
