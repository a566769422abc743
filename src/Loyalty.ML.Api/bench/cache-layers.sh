#!/usr/bin/env bash
# The answer cache's two layers (Cache:Layer=HandWritten | FusionCache) against the same baseline, in one run.
#   src/Loyalty.ML.Api/bench/cache-layers.sh [--models DIR] [--data DIR] [--duration 6s] [--connections 32] [--threads 2] [--rounds 2]
#   ./train.sh bench-cache-layers [same options]
# Starts one redis-server and, per round and layer (alternating, so drift in the machine's load hits both), the API
# (Release) with that layer, Redis on and a 1 MiB in-process budget, then measures with wrk, same duration and connections:
# 1. baseline: GET /bench/redis-get, one bare Redis GET of a 400-byte value (the figure the cached GET must match)
# 2. hot:      GET /v1/customers/{id}/recommendations, one customer (answered from process memory)
# 3. wide:     the same over every customer of the sample, more than the 1 MiB budget holds (mostly answered from Redis;
#              every answer was put into Redis by a warm-up pass first)
# Prints req/s, p50, p99 and each cached run's throughput as a ratio of the baseline measured in the same API process,
# then per layer the median over the rounds, and how the wide runs were answered (memory / Redis / computed).
set -euo pipefail
root="$(cd "$(dirname "$0")/../../.." && pwd)"
models="$root/models"; data="$root/data/sample"; duration=6s; connections=32; threads=2; rounds=2
while [ $# -gt 0 ]; do
  case "$1" in
    --models) models="$2"; shift 2 ;;
    --data) data="$2"; shift 2 ;;
    --duration) duration="$2"; shift 2 ;;
    --connections) connections="$2"; shift 2 ;;
    --threads) threads="$2"; shift 2 ;;
    --rounds) rounds="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
if ! command -v wrk >/dev/null || ! command -v redis-server >/dev/null; then
  sudo=""; [ "$(id -u)" = 0 ] || sudo="sudo"
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq wrk redis-server >/dev/null
fi
[ -e "$models/current" ] || { echo "bench: no bundle at $models/current; run ./train.sh first" >&2; exit 1; }
[ -f "$data/customers.csv" ] || { echo "bench: no $data/customers.csv to take customer ids from" >&2; exit 1; }

# shellcheck source=common.sh
source "$(dirname "$0")/common.sh"
api_dll="$root/src/Loyalty.ML.Api/bin/Release/net10.0/Loyalty.ML.Api.dll"
key="bench-key-0123456789abcdef"

start_bench_redis

awk -F, 'NR > 1 {print $1}' "$data/customers.csv" > "$work/customers.txt"
customers_lua "$work/customers.txt" "$key" "$work/wide.lua" random
hot_customer=$(head -1 "$work/customers.txt")

start_api() { # port, layer
  env ASPNETCORE_URLS="http://127.0.0.1:$1" ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning \
    Models__RegistryPath="$models" Events__StorePath="$work/events-$1.db" ApiKeys__Keys__bench__Key="$key" ApiKeys__Keys__bench__Scopes__0=recommendations:read \
    ApiKeys__Keys__bench__PermitLimit=100000000 Redis__ConnectionString="127.0.0.1:$redis_port" Benchmark__Enabled=true \
    Cache__Layer="$2" Cache__MemoryByteLimit=1048576 dotnet "$api_dll" >"$work/api-$1.log" 2>&1 &
  api_pid=$!
  pids+=($api_pid)
  for _ in $(seq 1 300); do
    curl -sf "http://127.0.0.1:$1/health/ready" >/dev/null 2>&1 && return 0
    sleep 0.1
  done
  echo "bench: the API ($2) on port $1 did not become ready:" >&2; cat "$work/api-$1.log" >&2; exit 1
}
lookups() { curl -sf "$1/metrics" | awk '/^loyalty_cache_lookups_total/ { gsub(/.*outcome="|".*/, "", $1); printf "%s=%s ", $1, $2 }'; }
run() { # name, url, extra wrk args...
  local name=$1 url=$2; shift 2
  wrk -t"$threads" -c"$connections" -d"$duration" --latency "$@" "$url" >"$work/$name.txt"
}
rps() { awk '/^Requests\/sec:/ {printf "%.0f", $2}' "$work/$1.txt"; }
ms() { awk -v v="$1" 'BEGIN { if (v ~ /us$/) { sub(/us$/, "", v); v /= 1000 } else if (v ~ /ms$/) { sub(/ms$/, "", v) } else if (v ~ /s$/) { sub(/s$/, "", v); v *= 1000 } printf "%.2f", v }'; }
pct() { ms "$(awk -v p="$2" '$1 == p {print $2}' "$work/$1.txt")"; }
errors() { awk '/Non-2xx|Socket errors/ {printf "%s ", $0}' "$work/$1.txt"; }

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
echo "round layer         run        req/s    p50 ms   p99 ms   / baseline"
for round in $(seq 1 "$rounds"); do
  for layer in HandWritten FusionCache; do
    port=$(free_port)
    start_api "$port" "$layer"
    base="http://127.0.0.1:$port"
    hot_url="$base/v1/customers/$hot_customer/recommendations?count=10"
    redis-cli -p "$redis_port" --scan --pattern 'loyalty:v*' | xargs -r -n 500 redis-cli -p "$redis_port" DEL >/dev/null
    # Warm-up: JIT both paths, and put every customer's answer into Redis (one pass over the ids, one connection).
    wrk -t1 -c4 -d2s "$base/bench/redis-get" >/dev/null
    wrk -t1 -c4 -d2s -H "X-Api-Key: $key" "$hot_url" >/dev/null
    wrk -t1 -c4 -d5s -s "$work/wide.lua" "$base" >/dev/null
    tag="$round-$layer"
    run "$tag-baseline" "$base/bench/redis-get"
    run "$tag-hot" "$hot_url" -H "X-Api-Key: $key"
    before=$(lookups "$base")
    run "$tag-wide" "$base" -s "$work/wide.lua"
    echo "$tag before $before after $(lookups "$base")" >>"$work/lookups.txt"
    for run_name in baseline hot wide; do
      n="$tag-$run_name"
      printf '%-5s %-13s %-8s %8s %9s %8s   %s %s\n' "$round" "$layer" "$run_name" "$(rps "$n")" "$(pct "$n" 50%)" "$(pct "$n" 99%)" \
        "$(awk -v c="$(rps "$n")" -v b="$(rps "$tag-baseline")" 'BEGIN { printf "%.2f", c / b }')" "$(errors "$n")"
    done
    kill "$api_pid"; wait "$api_pid" 2>/dev/null || true
  done
done

echo
echo "wrk: $threads threads, $connections connections, $duration per run, $rounds rounds; bundle $(readlink "$models/current"); $(wc -l < "$work/customers.txt") customers in the wide set"
echo "machine: $(nproc) cores, load average $load_before before, $(cut -d' ' -f1-3 /proc/loadavg) after"
echo "how the wide runs were answered (lookup counters before -> after):"
sed 's/^/  /' "$work/lookups.txt"
# The summary reads what the runs wrote; a missing figure prints as blank rather than stopping the report.
set +e
median() { sort -n | awk '{ v[NR] = $1 } END { if (NR == 0) exit; printf "%.2f", (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
echo "median over rounds (cached req/s as a ratio of the baseline in the same API process; target >= 1.00):"
for layer in HandWritten FusionCache; do
  for run_name in hot wide; do
    ratios=$(for round in $(seq 1 "$rounds"); do awk -v c="$(rps "$round-$layer-$run_name")" -v b="$(rps "$round-$layer-baseline")" 'BEGIN { if (b > 0) printf "%.3f\n", c / b }'; done)
    p99s=$(for round in $(seq 1 "$rounds"); do pct "$round-$layer-$run_name" 99%; echo; done)
    printf '  %-12s %-5s ratio %s (rounds: %s)  p99 %s ms\n' "$layer" "$run_name" "$(median <<<"$ratios")" "$(echo $ratios)" "$(median <<<"$p99s")"
  done
done
