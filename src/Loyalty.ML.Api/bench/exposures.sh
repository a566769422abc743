#!/usr/bin/env bash
# What the exposure log costs a cached answer, and what it takes on disk, measured with wrk on this machine.
#   src/Loyalty.ML.Api/bench/exposures.sh [--models DIR] [--data DIR] [--duration 10s] [--rounds 2] [--connections 32] [--threads 2] [--no-redis] [--no-targets]
# Two APIs on one redis-server, the same bundle, both answering one customer's cached list: one records every served
# list (Exposures:SampleRate 1, the default: a SQLite batch and a Redis stream entry per batch), the other records none
# (SampleRate 0) and, as a second replica does, stores the first one's lists from its stream. The runs alternate, and
# each is read out one second after wrk ends, so the writer's last batch counts. Prints the server CPU per request of
# each (the baseline: the same cached answer without the log, measured in the same run), their ratio (target <= 1.05;
# exits 1 above it unless --no-targets), what the second replica spent storing the first one's lists (CPU per list),
# the bytes the exposure table holds per million lists (SQLite's dbstat), and the time of one online evaluation of the
# whole log (a periodic read, not a cost per list). With --no-redis neither has Redis (one replica: no stream).
# Short run (smoke): --duration 1s --rounds 1 --connections 4 --threads 1 --no-targets.
set -euo pipefail
root="$(cd "$(dirname "$0")/../../.." && pwd)"
models="$root/models"; data="$root/data/sample"; duration=10s; rounds=2; connections=32; threads=2; redis=yes; targets=yes
while [ $# -gt 0 ]; do
  case "$1" in
    --models) models="$2"; shift 2 ;;
    --data) data="$2"; shift 2 ;;
    --duration) duration="$2"; shift 2 ;;
    --rounds) rounds="$2"; shift 2 ;;
    --connections) connections="$2"; shift 2 ;;
    --threads) threads="$2"; shift 2 ;;
    --no-redis) redis=no; shift ;;
    --no-targets) targets=no; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
for tool in wrk redis-server redis-cli curl python3; do
  command -v "$tool" >/dev/null || { echo "bench: $tool is not installed (apt-get install wrk redis-server curl python3)" >&2; exit 1; }
done
[ -e "$models/current" ] || { echo "bench: no bundle at $models/current; run ./train.sh first" >&2; exit 1; }
[ -f "$data/customers.csv" ] || { echo "bench: no $data/customers.csv to take customer ids from" >&2; exit 1; }

# shellcheck source=common.sh
source "$(dirname "$0")/common.sh"
api_dll="$root/src/Loyalty.ML.Api/bin/Release/net10.0/Loyalty.ML.Api.dll"
key="bench-key-0123456789abcdef"
start_bench_redis
redis_connection=""; [ "$redis" = yes ] && redis_connection="127.0.0.1:$redis_port"

declare -A port
# Not in a command substitution: a subshell's pids+=() would not reach the cleanup, and the APIs would outlive the bench.
start_api() { # name, extra env...; sets port[name]
  local name=$1; shift
  port[$name]=$(free_port)
  env ASPNETCORE_URLS="http://127.0.0.1:${port[$name]}" ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning \
    Models__RegistryPath="$models" Events__StorePath="$work/$name.db" Redis__ConnectionString="$redis_connection" Benchmark__Enabled=true \
    ApiKeys__Keys__bench__Key="$key" ApiKeys__Keys__bench__Scopes__0=recommendations:read ApiKeys__Keys__bench__Scopes__1=reports:read \
    ApiKeys__Keys__bench__PermitLimit=100000000 OnlineEvaluation__Refresh=01:00:00 \
    "$@" dotnet "$api_dll" >"$work/api-$name.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 1 3000); do
    curl -sf "http://127.0.0.1:${port[$name]}/health/ready" >/dev/null 2>&1 && return 0
    sleep 0.01
  done
  echo "bench: the API $name did not become ready:" >&2; cat "$work/api-$name.log" >&2; exit 1
}

customer=$(awk -F, 'NR == 2 {print $1}' "$data/customers.csv")
start_api on
start_api off Exposures__SampleRate=0
url() { echo "http://127.0.0.1:${port[$1]}/v1/customers/$customer/recommendations?count=10"; }
for name in on off; do
  curl -sf -H "X-Api-Key: $key" "$(url "$name")" >/dev/null
  wrk -t1 -c4 -d2s -H "X-Api-Key: $key" "$(url "$name")" >/dev/null
done

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
runtime() { curl -sf "http://127.0.0.1:${port[$1]}/bench/runtime"; }
measure() { # name, round; also reads out the other API, which stores the lists the measured one logs (with Redis)
  local name=$1 run="$1-$2" other=off; [ "$1" = off ] && other=on
  runtime "$name" >"$work/$run.before.json"; runtime "$other" >"$work/$run.other.before.json"
  wrk -t"$threads" -c"$connections" -d"$duration" -H "X-Api-Key: $key" "$(url "$name")" >"$work/$run.txt"
  sleep 1
  runtime "$name" >"$work/$run.after.json"; runtime "$other" >"$work/$run.other.after.json"
}
for round in $(seq 1 "$rounds"); do
  if [ $((round % 2)) -eq 1 ]; then measure on "$round"; measure off "$round"; else measure off "$round"; measure on "$round"; fi
done
sleep 1
evaluation_started=$(date +%s%N)
curl -sf -H "X-Api-Key: $key" "http://127.0.0.1:${port[on]}/v1/evaluation/online" >"$work/online.json"
evaluation_ms=$(( ($(date +%s%N) - evaluation_started) / 1000000 ))

python3 - "$work" "$rounds" "$duration" "$load_before" "$(cut -d' ' -f1-3 /proc/loadavg)" "$redis" "$evaluation_ms" "$targets" <<'PY'
import json, re, sqlite3, sys, statistics
work, rounds, duration, before, after = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4], sys.argv[5]
def cpu_ms(name, side=""):
    a, b = (json.load(open(f"{work}/{name}.{side}{when}.json")) for when in ("before", "after"))
    return b["cpuMilliseconds"] - a["cpuMilliseconds"]
def run(name):
    text = open(f"{work}/{name}.txt").read()
    requests = int(re.search(r"(\d+) requests in", text).group(1))
    if requests == 0 or re.search(r"Non-2xx", text):
        sys.exit(f"bench: run {name} got {requests} requests or non-2xx answers:\n{text}")
    return requests, cpu_ms(name) * 1000 / requests, float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
print(f"wrk {duration} per run, {rounds} rounds alternating, Redis {sys.argv[6]}; load average {before} before, {after} after")
ratios, served, follower, idle = [], 0, 0.0, 0.0
for round in range(1, rounds + 1):
    on, off = run(f"on-{round}"), run(f"off-{round}")
    served += on[0]
    follower += cpu_ms(f"on-{round}", "other.")
    idle += cpu_ms(f"off-{round}", "other.")
    ratios.append(on[1] / off[1])
    print(f"round {round}: with the log {on[1]:6.1f} us CPU/request ({on[2]:8.0f} req/s), without {off[1]:6.1f} us ({off[2]:8.0f} req/s): ratio {on[1] / off[1]:.3f}")
ratio = statistics.median(ratios)
print(f"exposure log on cached answers: CPU per request x{ratio:.3f} (median of the rounds; target <= 1.05)")
db = sqlite3.connect(f"file:{work}/on.db?mode=ro", uri=True)
lists = db.execute("SELECT COUNT(*) FROM exposures").fetchone()[0]
try:
    size = db.execute("SELECT SUM(pgsize) FROM dbstat WHERE name = 'exposures'").fetchone()[0]
    how = "dbstat, the table's pages"
except sqlite3.OperationalError:
    size = db.execute("PRAGMA page_count").fetchone()[0] * db.execute("PRAGMA page_size").fetchone()[0]
    how = "the whole database file: this SQLite has no dbstat"
print(f"online evaluation of the whole log (GET /v1/evaluation/online, recomputed): {int(sys.argv[7]):,} ms")
print(f"exposure log: {lists:,} lists stored for {served:,} measured requests (and the warm-up); {size / lists:.0f} bytes a list, {size / lists:.0f} MB per million lists ({how})")
if sys.argv[6] == "yes":
    other = sqlite3.connect(f"file:{work}/off.db?mode=ro", uri=True).execute("SELECT COUNT(*) FROM exposures").fetchone()[0]
    print(f"second replica storing the first one's lists from its stream: {other:,} lists, {(follower - idle) * 1000 / max(served, 1):.1f} us CPU per list "
          f"(its CPU while the first served, less its CPU while idle during the other runs)")
if sys.argv[8] == "yes" and ratio > 1.05:
    sys.exit(f"bench: target missed: the exposure log costs x{ratio:.3f} CPU per cached answer (target <= 1.05); --no-targets reports without failing")
PY
