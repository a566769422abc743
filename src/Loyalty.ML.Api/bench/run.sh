#!/usr/bin/env bash
# Throughput and latency of the API on this machine, measured with wrk against a real redis-server.
#   src/Loyalty.ML.Api/bench/run.sh [--models DIR] [--data DIR] [--duration 10s] [--warmup 10s] [--connections 32] [--threads 2]
# 1. baseline: GET /bench/redis-get, one Redis GET of a 400-byte value (mapped only with Benchmark__Enabled)
# 2. cached:   GET /v1/customers/{id}/recommendations, same customer, Redis configured (in-process layer in front)
# 3. uncached: GET /v1/customers/{id}/recommendations over many customers with every cache layer off
# Prints both throughputs, the cached/baseline ratio (target >= 0.8), p99s (targets: cached < 5 ms, uncached < 10 ms),
# the API's own request duration beside wrk's (prometheus-net's histogram from GET /metrics), and per run what the
# server spent (from GET /bench/runtime before and after): CPU and allocation per request,
# garbage collections by generation and their total pause, and the methods the JIT compiled meanwhile and its time;
# and from /proc, how many of the API's threads ran during each run and how often the kernel preempted them.
# The load average before and after says how busy the machine was; wrk, Redis and the API share its cores.
set -euo pipefail
root="$(cd "$(dirname "$0")/../../.." && pwd)"
models="$root/models"; data="$root/data/sample"; duration=10s; warmup=10s; connections=32; threads=2
while [ $# -gt 0 ]; do
  case "$1" in
    --models) models="$2"; shift 2 ;;
    --data) data="$2"; shift 2 ;;
    --duration) duration="$2"; shift 2 ;;
    --warmup) warmup="$2"; shift 2 ;;
    --connections) connections="$2"; shift 2 ;;
    --threads) threads="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
for tool in wrk redis-server redis-cli curl; do
  command -v "$tool" >/dev/null || { echo "bench: $tool is not installed (apt-get install wrk redis-server curl)" >&2; exit 1; }
done
[ -e "$models/current" ] || { echo "bench: no bundle at $models/current; run ./train.sh first" >&2; exit 1; }
[ -f "$data/customers.csv" ] || { echo "bench: no $data/customers.csv to take customer ids from" >&2; exit 1; }

# shellcheck source=common.sh
source "$(dirname "$0")/common.sh"
# LOYALTY_API_DLL: another build of the API (a baseline measured in the same session), default this checkout's.
api_dll="${LOYALTY_API_DLL:-$root/src/Loyalty.ML.Api/bin/Release/net10.0/Loyalty.ML.Api.dll}"
key="bench-key-0123456789abcdef"

start_bench_redis

now_ms() { date +%s%3N; }
declare -A api_pids

# Each thread of process $1: id, CPU ticks (user + system) and involuntary context switches (preemptions); a thread that
# ends while it is read is left out. The name in stat may hold spaces, so its fields are counted after the last ')'.
thread_times() {
  local task stat switches
  for task in /proc/"$1"/task/*; do
    stat=$(cat "$task/stat" 2>/dev/null) && switches=$(awk '/^nonvoluntary_ctxt_switches/ {print $2}' "$task/status" 2>/dev/null) || continue
    echo "${task##*/} $(echo "${stat##*) }" | awk '{print $12 + $13}') ${switches:-0}"
  done
}

# Each API process gets its own event store: a store is opened by one process only, and the bench must not write into
# the repository's data/events. Sets api_started_ms and api_ready_ms (launch, first ready answer).
start_api() { # port, extra env...
  local port=$1; shift
  api_started_ms=$(now_ms)
  env ASPNETCORE_URLS="http://127.0.0.1:$port" ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning \
    Models__RegistryPath="$models" Events__StorePath="$work/events-$port.db" \
    ApiKeys__Keys__bench__Key="$key" ApiKeys__Keys__bench__Scopes__0=recommendations:read \
    ApiKeys__Keys__bench__PermitLimit=100000000 "$@" dotnet "$api_dll" >"$work/api-$port.log" 2>&1 &
  pids+=($!)
  api_pid=$!
  api_pids[$port]=$api_pid
  for _ in $(seq 1 3000); do
    if curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1; then api_ready_ms=$(now_ms); return 0; fi
    kill -0 "$api_pid" 2>/dev/null || break
    sleep 0.01
  done
  echo "bench: the API on port $port did not become ready:" >&2; cat "$work/api-$port.log" >&2; exit 1
}

run_wrk() { # name, API base url, url, extra wrk args...
  local name=$1 base=$2 url=$3; shift 3
  # The runtime counters are read inside the metrics scrapes: the first scrape of a process compiles its exporter,
  # which would otherwise count as CPU and JIT of the run.
  curl -sf "$base/metrics" >"$work/$name.before.metrics"
  curl -sf "$base/bench/runtime" >"$work/$name.before.json"
  thread_times "${api_pids[${base##*:}]}" >"$work/$name.before.threads"
  wrk -t"$threads" -c"$connections" -d"$duration" --latency "$@" "$url" >"$work/$name.txt"
  thread_times "${api_pids[${base##*:}]}" >"$work/$name.after.threads"
  curl -sf "$base/bench/runtime" >"$work/$name.after.json"
  curl -sf "$base/metrics" >"$work/$name.after.metrics"
  cat "$work/$name.txt" >&2
}
# Each run is preceded by --warmup of the same load: the runtime compiles hot framework code at higher tiers for
# seconds after start (measured under load: over 2,000 methods in the uncached API's first 10 s of answers, and 2.3 s of
# JIT inside a 10-s run warmed up for 3 s), which is cold start, not the cost of an answer. Each run prints the JIT left.
warm_up() { # API base url, url, extra wrk args...
  local base=$1 url=$2; shift 2
  curl -sf "$base/metrics" >/dev/null
  wrk -t"$threads" -c"$connections" -d"$warmup" "$@" "$url" >/dev/null
}
rps() { awk '/^Requests\/sec:/ {print $2}' "$work/$1.txt"; }
# wrk prints latencies as 812.00us, 1.23ms or 1.02s; all in ms.
ms() { awk -v v="$1" 'BEGIN { if (v ~ /us$/) { sub(/us$/, "", v); v /= 1000 } else if (v ~ /ms$/) { sub(/ms$/, "", v) } else if (v ~ /s$/) { sub(/s$/, "", v); v *= 1000 } printf "%.3f", v }'; }
pct_ms() { ms "$(awk -v p="$2" '$1 == p {print $2}' "$work/$1.txt")"; }
p99_ms() { pct_ms "$1" "99%"; }
max_ms() { ms "$(awk '$1 == "Latency" {print $4; exit}' "$work/$1.txt")"; }
requests() { awk '/requests in/ {print $1}' "$work/$1.txt"; }
# What the server spent during the run, per request: CPU time, bytes allocated, collections and GC pause.
server() {
  python3 - "$work/$1.before.json" "$work/$1.after.json" "$(requests "$1")" <<'PY'
import json, sys
a, b, n = json.load(open(sys.argv[1])), json.load(open(sys.argv[2])), int(sys.argv[3])
d = lambda k: b[k] - a[k]
# Builds before the JIT counters were reported (LOYALTY_API_DLL) print none.
jit = f"  JIT {d('jitCompiledMethods')} methods {d('jitMilliseconds'):.0f} ms" if "jitMilliseconds" in a else ""
print(f"{d('cpuMilliseconds') * 1000 / n:6.0f} us CPU  {d('allocatedBytes') / n / 1024:6.1f} KB alloc  "
      f"GC {d('gen0Collections')}/{d('gen1Collections')}/{d('gen2Collections')} (gen0/1/2)  pause {d('gcPauseMilliseconds'):.1f} ms{jit}")
PY
}
# The API's own request duration (prometheus-net's histogram, Kestrel's pipeline start to the response; buckets double
# from 1 ms, so interpolated within one) beside connections / throughput, wrk's mean latency by Little's law: the gap
# between it and wrk's percentiles is time spent queueing outside the API's request handling or not running at all.
own() { # name, endpoint label
  python3 - "$work/$1.before.metrics" "$work/$1.after.metrics" "$2" "$connections" "$(rps "$1")" <<'PY'
import re, sys
def counts(path):
    found = {}
    for line in open(path):
        if line.startswith("http_request_duration_seconds_bucket") and f'endpoint="{sys.argv[3]}"' in line and 'code="200"' in line:
            le = re.search(r'le="([^"]+)"', line).group(1)
            le = float("inf") if le == "+Inf" else float(le)
            found[le] = found.get(le, 0) + float(line.split()[-1])
    return found
before, after = counts(sys.argv[1]), counts(sys.argv[2])
buckets = sorted((le, after[le] - before.get(le, 0)) for le in after)
total = buckets[-1][1] if buckets else 0
def pct(p):
    low, below = 0.0, 0.0
    for le, count in buckets:
        if count >= p * total:
            return float("inf") if le == float("inf") else 1000 * (low + (le - low) * (p * total - below) / max(count - below, 1e-9))
        low, below = le, count
    return float("nan")
print(f"API's own p50 {pct(0.5):.2f} p99 {pct(0.99):.2f} ms" if total else "API's own duration: no requests recorded",
      f"| {int(sys.argv[4]) / float(sys.argv[5]) * 1000:.2f} ms = connections / throughput")
PY
}
# How many of the API's threads ran during the run, and how often the kernel took a core from them (involuntary switches):
# more busy threads than cores means requests are time-sliced against each other, wrk and Redis.
threads_ran() {
  python3 - "$work/$1.before.threads" "$work/$1.after.threads" "$(requests "$1")" "$(nproc)" <<'PY'
import sys
read = lambda path: {f[0]: (int(f[1]), int(f[2])) for f in (line.split() for line in open(path)) if len(f) == 3}
before, after, n, cores = read(sys.argv[1]), read(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
ran = [(after[t][0] - before.get(t, (0, 0))[0], after[t][1] - before.get(t, (0, 0))[1]) for t in after]
busy = sorted((ticks for ticks, _ in ran if ticks > 0), reverse=True)
print(f"{len(busy)} threads ran ({sum(1 for ticks in busy if ticks >= 0.1 * busy[0])} with >= 10% of the busiest) on {cores} cores; "
      f"{sum(switches for _, switches in ran) / max(n, 1):.2f} preemptions per request" if busy else "no thread ran")
PY
}
row() { printf '%-34s %10s req/s  p50 %7s  p99 %7s  max %8s ms | %s\n' "$2" "$(rps "$1")" "$(pct_ms "$1" "50%")" "$(p99_ms "$1")" "$(max_ms "$1")" "$(server "$1")"; }
# The API's GC and JIT settings: its runtimeconfig.json, then any DOTNET_ variable that overrides them.
runtime_config() {
  python3 - "${api_dll%.dll}.runtimeconfig.json" <<'PY'
import json, os, sys
props = json.load(open(sys.argv[1]))["runtimeOptions"]["configProperties"]
knobs = [f"{k.split('.', 1)[1]}={v}" for k, v in props.items() if k.startswith(("System.GC.", "System.Runtime.Tiered"))]
knobs += [f"env {k}={v}" for k, v in os.environ.items() if k.startswith(("DOTNET_gc", "DOTNET_GC", "DOTNET_Tiered", "DOTNET_TC_", "DOTNET_ReadyToRun"))]
print(", ".join(knobs) or "defaults")
PY
}
errors() { awk '/Non-2xx|Socket errors/ {print}' "$work/$1.txt"; }

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
customer=$(awk -F, 'NR == 2 {print $1}' "$data/customers.csv")
api_port=$(free_port)
start_api "$api_port" Redis__ConnectionString="127.0.0.1:$redis_port" Benchmark__Enabled=true
cached_url="http://127.0.0.1:$api_port/v1/customers/$customer/recommendations?count=10"
curl -sf -H "X-Api-Key: $key" "$cached_url" >/dev/null
warm_up "http://127.0.0.1:$api_port" "http://127.0.0.1:$api_port/bench/redis-get"
run_wrk baseline "http://127.0.0.1:$api_port" "http://127.0.0.1:$api_port/bench/redis-get"
warm_up "http://127.0.0.1:$api_port" "$cached_url" -H "X-Api-Key: $key"
run_wrk cached "http://127.0.0.1:$api_port" "$cached_url" -H "X-Api-Key: $key"

uncached_port=$(free_port)
start_api "$uncached_port" Cache__MemoryTtl=00:00:00 Benchmark__Enabled=true
awk -F, 'NR > 1 {print $1}' "$data/customers.csv" | head -20000 > "$work/customers.txt"
first_customer=$(sed -n 2p "$work/customers.txt")
curl -sf -H "X-Api-Key: $key" "http://127.0.0.1:$uncached_port/v1/customers/$first_customer/recommendations?count=10" >/dev/null
first_answer_ms=$(now_ms)
customers_lua "$work/customers.txt" "$key" "$work/customers.lua"
warm_up "http://127.0.0.1:$uncached_port" "http://127.0.0.1:$uncached_port" -s "$work/customers.lua"
run_wrk uncached "http://127.0.0.1:$uncached_port" "http://127.0.0.1:$uncached_port" -s "$work/customers.lua"

items=$(curl -sf -H "X-Api-Key: $key" "$cached_url" | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["items"]))')
echo
echo "wrk: $threads threads, $connections connections, $duration each; bundle $(readlink "$models/current"); customer $customer ($items items per answer)"
echo "machine: $(nproc) cores, load average $load_before before, $(cut -d' ' -f1-3 /proc/loadavg) after"
echo "API runtime: $(runtime_config)"
echo "cold start of the uncached API: ready $(( api_ready_ms - api_started_ms )) ms after launch, first personal answer $(( first_answer_ms - api_started_ms )) ms after launch"
echo "warm-up: $warmup of the same load before each run"
echo "server side per request, from GET /bench/runtime around each run:"
row baseline "baseline (one Redis GET, 400 B)"
row cached "cached recommendations (Redis on)"
row uncached "uncached personal top-10"
echo "latency inside the API against wrk's (the rest is queueing in sockets or waiting for a CPU):"
printf '%-34s %s\n' "baseline" "$(own baseline /bench/redis-get)"
printf '%-34s %s\n' "cached recommendations" "$(own cached "/v1/customers/{customerId}/recommendations")"
printf '%-34s %s\n' "uncached personal top-10" "$(own uncached "/v1/customers/{customerId}/recommendations")"
echo "the API's threads during each run (from /proc: CPU and involuntary context switches per thread):"
printf '%-34s %s\n' "baseline" "$(threads_ran baseline)"
printf '%-34s %s\n' "cached recommendations" "$(threads_ran cached)"
printf '%-34s %s\n' "uncached personal top-10" "$(threads_ran uncached)"
awk -v c="$(rps cached)" -v b="$(rps baseline)" -v p="$(p99_ms cached)" -v u="$(p99_ms uncached)" 'BEGIN {
  printf "cached / baseline throughput: %.2f (target >= 0.80)\n", c / b
  printf "cached p99 %.3f ms (target < 5 ms); uncached p99 %.3f ms (target < 10 ms)\n", p, u }'
for name in baseline cached uncached; do [ -z "$(errors $name)" ] || echo "$name: $(errors $name)"; done
