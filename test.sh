#!/usr/bin/env bash
# The whole test suite, then a smoke run of every benchmark (scripts/bench-smoke.sh: a few minutes; a bench a change
# broke fails the run as a failed test does). Installs what the tests need (redis-server: integration tests start their
# own on a free port). ./test.sh --no-benches [dotnet test options] runs the test projects only.
set -euo pipefail
cd "$(dirname "$0")"
benches=true
if [ "${1-}" = --no-benches ]; then benches=false; shift; fi

if ! command -v redis-server >/dev/null 2>&1; then
  echo "test.sh: installing redis-server (apt-get)"
  sudo=""; [ "$(id -u)" = 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq redis-server >/dev/null
fi

# The report and dashboard tests open pages in a real headless Chromium (Debian's package; screenshots land in the
# test project's bin/…/screenshots, or in $LOYALTY_SCREENSHOTS).
if ! command -v chromium >/dev/null 2>&1; then
  echo "test.sh: installing chromium (apt-get)"
  sudo=""; [ "$(id -u)" = 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
fi

log=$(mktemp)
bench_log=$(mktemp)
trap 'rm -f "$log" "$bench_log"' EXIT
status=0
dotnet test Loyalty.ML.sln -c Release "$@" 2>&1 | tee "$log" || status=$?
if $benches; then
  scripts/bench-smoke.sh 2>&1 | tee "$bench_log" || status=1
else
  echo "benches: not run (--no-benches)" >"$bench_log"
fi

# One closing line over all test projects and the bench smoke run, in the plain form CI reads.
awk -v benches="$(grep '^benches:' "$bench_log" || echo 'benches: the smoke run stopped before its summary')" \
  '/(Passed|Failed)! +- +Failed: +[0-9]+, +Passed: +[0-9]+/ {
       gsub(",", ""); for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1) } }
     END { printf "tests: %d passed, %d failed, %d skipped; %s\n", p, f, s, benches }' "$log"
exit "$status"
