#!/usr/bin/env bash
# Every benchmark, briefly: proves each bench command still runs, not how fast anything is (./test.sh runs it after the
# test projects, so CI does too).
#   scripts/bench-smoke.sh [--only NAME[,NAME...]] [--timeout SECONDS]
# Trains a small generated sample once into a scratch folder, runs each bench against it (or on its own small data)
# with short durations and sizes, and prints one line per bench: name, seconds, ok or FAILED with the tail of its
# output. A bench fails when it exits non-zero, runs past --timeout (300 s), does not print its closing figures, or
# shows a broken request or script (non-2xx answers, an unhandled exception, a Python traceback, a shell error). Its
# own targets do not count: figures from a second of load on a shared machine mean nothing, so the benches that exit
# 1 on a missed target run with --no-targets. Two lanes run at once (the benches on the trained sample, and those that
# make their own data): most of a bench's wall time is waiting (process starts, fixed load windows), so the pair takes
# little more than the longer lane. Last, a check that the README's benchmark table and this run name the same
# commands. Exits 1 when any bench failed. Installs wrk, redis-server and GNU time with apt-get when missing.
set -uo pipefail
cd "$(dirname "$0")/.."
only=""; limit=300
while [ $# -gt 0 ]; do
  case "$1" in
    --only) only=",$2,"; shift 2 ;;
    --timeout) limit="$2"; shift 2 ;;
    *) echo "bench-smoke: unknown option $1" >&2; exit 2 ;;
  esac
done
if ! command -v wrk >/dev/null || ! command -v redis-server >/dev/null || [ ! -x /usr/bin/time ]; then
  echo "bench-smoke: installing wrk, redis-server and time (apt-get)"
  sudo=""; [ "$(id -u)" = 0 ] || sudo="sudo"
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq wrk redis-server time >/dev/null
fi

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
sample="$scratch/data"; models="$scratch/models"
api=src/Loyalty.ML.Api/bench
broken='Non-2xx|Unhandled exception|Traceback \(most recent call last\)|division by zero|command not found|unbound variable|syntax error'
started=$SECONDS

# A bench command without its options: "./train.sh bench-x" or the script's path.
command_of() { if [ "$1" = ./train.sh ]; then echo "$1 $2"; else echo "$1"; fi; }

# name, a line the bench prints last when it ran through (extended regex), the command and its arguments. Its verdict
# goes to $scratch/NAME.verdict (the lanes are subshells) and its report is printed in one write, so lanes do not mix.
bench() {
  local name=$1 expect=$2; shift 2
  local runner=(timeout -k 10 "$limit")
  if declare -F "$1" >/dev/null; then runner=(); else command_of "$@" >>"$scratch/commands"; fi
  [ -z "$only" ] || [[ "$only" == *",$name,"* ]] || return 0
  local log="$scratch/$name.log" start=$SECONDS status=0 problem=""
  "${runner[@]}" "$@" >"$log" 2>&1 </dev/null || status=$?
  if [ "$status" = 124 ] || [ "$status" = 137 ]; then problem="ran past ${limit} s"
  elif [ "$status" != 0 ]; then problem="exit $status"
  elif ! grep -Eq "$expect" "$log"; then problem="no line matching '$expect'"
  elif grep -Eq "$broken" "$log"; then problem="shows '$(grep -Eo "$broken" "$log" | head -1)'"
  fi
  if [ -z "$problem" ]; then
    echo ok >"$scratch/$name.verdict"; printf '%-20s %5ds  ok\n' "$name" $((SECONDS - start))
  else
    echo failed >"$scratch/$name.verdict"
    printf '%-20s %5ds  FAILED (%s); the end of its output:\n%s\n' "$name" $((SECONDS - start)) "$problem" \
      "$(tail -15 "$log" | cut -c1-300 | sed 's/^/    | /')"
  fi
}

echo "bench smoke run: every benchmark briefly, on small generated data (figures meaningless, only whether each runs)"
# The benches on the trained sample (and train-scale, which evens the lanes out).
sample_lane() {
  bench sample 'now current' \
    bash -c "./train.sh generate --out '$sample' --customers 400 --items 80 --lines 10000 && ./train.sh train --data '$sample' --models '$models' --no-report"
  bench bench-load '^load / scan time:' ./train.sh bench-load --data "$sample" --repeat 1
  bench bench-events '^churn re-score of one customer' ./train.sh bench-events --bundle "$models/current" --lines 1000 --fold-ins 1000
  bench api-run '^cached / baseline throughput: [0-9]' \
    "$api/run.sh" --models "$models" --data "$sample" --duration 1s --warmup 1s --connections 4 --threads 1
  bench bench-cache-layers 'FusionCache +wide +ratio [0-9]' \
    ./train.sh bench-cache-layers --models "$models" --data "$sample" --duration 1s --connections 4 --threads 1 --rounds 1
  bench cache-pressure '^p99: warm [0-9]' \
    "$api/cache-pressure.sh" --models "$models" --duration 2 --window 2 --connections 4 --threads 1 --no-targets
  bench api-events '^freshness over [0-9]+ customers' \
    "$api/events.sh" --models "$models" --data "$sample" --duration 1s --connections 2 --samples 10 --store-lines 1000
  bench exposures '^exposure log on cached answers: CPU per request x[0-9]' \
    "$api/exposures.sh" --models "$models" --data "$sample" --duration 1s --warmup 1s --rounds 1 --connections 4 --threads 1 --no-targets
  bench export '^changedSince after 50 purchases: .*rows=[0-9]' "$api/export.sh" --models "$models" --purchases 50
  bench train-scale '^6000 +300 +60 +[0-9]' scripts/train-scale.sh 6000:300:60
}
# The benches that make their own data.
own_lane() {
  bench bench-recs '^top-10 over' ./train.sh bench-recs --customers 2000 --items 300 --lines 40000 --factors 16 --iterations 2 --queries 200
  bench bench-churn '^BG/NBD fit on' ./train.sh bench-churn --customers 2000 --days 200 --items 100 --sample-customers 2000
  bench bench-ease 'items: inverse' ./train.sh bench-ease --items 256 --baseline-items 200 --max-blocks 1
  bench attack '^largest valid bodies' "$api/attack.sh" --lines 100000 --concurrent 2 --more 1 --settle 1 --no-targets
  bench outbox '^outbox / bare XADD: [0-9]' "$api/outbox.sh" --events 1000 --timeout 60 --no-targets
  bench bench-faults '^fault 4: purchases never seen' \
    ./train.sh bench-faults --duration 1s --samples 10 --load-seconds 6 --customers 300 --items 60 --lines 6000 --no-targets
  bench campaign-coverage 'truth inside the 95% interval in [0-9]+ of 1 seeds' tests/campaign-coverage.sh 0.15 0.5 1 1000 20000
  bench bench-experiment-coverage 'truth inside the 95% interval in [0-9]+ of 1 seeds' \
    ./train.sh bench-experiment-coverage --seeds 1 --customers 600 --lines 20000
}
# Built once here: the lanes must not race over the same build output, and a bench's own up-to-date build costs seconds
# of MSBuild each (twenty of them); LOYALTY_BUILT tells train.sh and the bench scripts that Release is built.
for project in Loyalty.ML.Training Loyalty.ML.Benchmarks Loyalty.ML.Api; do
  dotnet build "src/$project/$project.csproj" -c Release --nologo -v quiet -clp:ErrorsOnly >/dev/null ||
    { echo "bench-smoke: $project does not build" >&2; exit 1; }
done
export LOYALTY_BUILT=1
sample_lane & lane=$!
own_lane
wait "$lane"

# The README's benchmark table and this run name the same commands, so a new bench cannot miss the smoke run.
readme_commands() { awk '/^\| command \| measures/ { table = 1; next } table && !/^\|/ { exit } table && /^\| `/ { split($0, cell, "`"); print cell[2] }' README.md; }
check_table() {
  local listed=() ran=() missing=() first second key
  while read -r first second _; do listed+=("$(command_of "$first" "$second")"); done < <(readme_commands)
  mapfile -t ran <"$scratch/commands"
  for key in "${listed[@]}"; do
    printf '%s\n' "${ran[@]}" | grep -qxF -- "$key" || missing+=("$key (not in the smoke run)")
  done
  for key in "${ran[@]}"; do
    [ "$key" = bash ] || printf '%s\n' "${listed[@]}" | grep -qxF -- "$key" || missing+=("$key (not in the README's table)")
  done
  echo "README benchmark table: ${#listed[@]} commands"
  [ ${#listed[@]} -gt 0 ] && [ ${#missing[@]} = 0 ] || { printf 'missing: %s\n' "${missing[@]}"; return 1; }
}
bench readme-table '^README benchmark table: [0-9]+ commands' check_table

passed=$(cat "$scratch"/*.verdict 2>/dev/null | grep -cx ok); failed=$(cat "$scratch"/*.verdict 2>/dev/null | grep -cx failed)
echo "benches: $passed ok, $failed failed ($((SECONDS - started)) s)"
[ "$failed" = 0 ]
