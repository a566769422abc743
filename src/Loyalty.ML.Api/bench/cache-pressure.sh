#!/usr/bin/env bash
# Memory and latency of the API under distinct keys: every request a new cache key, so the answer cache only grows.
#   src/Loyalty.ML.Api/bench/cache-pressure.sh [--models DIR] [--duration 60] [--window 10] [--connections 32] [--threads 2] [--rss-limit-mb 900] [--no-targets]
# Starts its own redis-server (maxmemory 256mb, allkeys-lru, as the README advises) and the API on free localhost
# ports. First a warm run over a few hot keys (answered from the in-process layer), then --duration seconds of
# distinct count=100 recommendation requests in --window second windows. Prints p99 per window, the API's peak RSS, and
# checks: peak RSS under --rss-limit-mb, and every window's p99 within 2x of the first distinct-key window's; exits 1
# when a check fails, unless --no-targets (a smoke run: the checks are printed, the exit code says only that it ran).
set -euo pipefail
root="$(cd "$(dirname "$0")/../../.." && pwd)"
models="$root/models"; duration=60; window_seconds=10; connections=32; threads=2; rss_limit=900; targets=true
while [ $# -gt 0 ]; do
  case "$1" in
    --models) models="$2"; shift 2 ;;
    --duration) duration="$2"; shift 2 ;;
    --window) window_seconds="$2"; shift 2 ;;
    --connections) connections="$2"; shift 2 ;;
    --threads) threads="$2"; shift 2 ;;
    --rss-limit-mb) rss_limit="$2"; shift 2 ;;
    --no-targets) targets=false; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
if ! command -v wrk >/dev/null || ! command -v redis-server >/dev/null; then
  sudo=""; [ "$(id -u)" = 0 ] || sudo="sudo"
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq wrk redis-server >/dev/null
fi
[ -e "$models/current" ] || { echo "bench: no bundle at $models/current; run ./train.sh (or pass --models) first" >&2; exit 1; }

# shellcheck source=common.sh
source "$(dirname "$0")/common.sh"
key="bench-key-0123456789abcdef"
redis_port=$(free_port)
redis-server --port "$redis_port" --bind 127.0.0.1 --save "" --appendonly no --maxmemory 256mb --maxmemory-policy allkeys-lru --logfile "$work/redis.log" &
pids+=($!)
until redis-cli -p "$redis_port" ping >/dev/null 2>&1; do sleep 0.1; done

port=$(free_port)
env ASPNETCORE_URLS="http://127.0.0.1:$port" ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning \
  Models__RegistryPath="$models" Events__StorePath="$work/events.db" Redis__ConnectionString="127.0.0.1:$redis_port" \
  ApiKeys__Keys__bench__Key="$key" ApiKeys__Keys__bench__Scopes__0=recommendations:read ApiKeys__Keys__bench__PermitLimit=100000000 \
  dotnet "$root/src/Loyalty.ML.Api/bin/Release/net10.0/Loyalty.ML.Api.dll" >"$work/api.log" 2>&1 &
api=$!
pids+=($api)
for _ in $(seq 1 300); do curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1 && break; sleep 0.1; done
curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null || { cat "$work/api.log" >&2; exit 1; }

rss_mb() { awk '/^VmRSS/ {printf "%d", $2 / 1024}' "/proc/$api/status"; }
( while kill -0 "$api" 2>/dev/null; do rss_mb >>"$work/rss.txt" 2>/dev/null || true; echo >>"$work/rss.txt"; sleep 0.5; done ) &
pids+=($!)

# Distinct keys: customer ids the model does not know (answered with popular items), new in every request.
script() { # prefix, distinct (1) or 16 hot keys (0)
  cat > "$work/$1.lua" <<LUA
local n = 0
wrk.headers["X-Api-Key"] = "$key"
init = function(args) prefix = "$1-" .. tostring(math.random(1, 1000000000)) .. "-" end
request = function()
  n = n + 1
  local id = ($2 == 1) and (prefix .. n) or ("hot-" .. (n % 16))
  return wrk.format("GET", "/v1/customers/" .. id .. "/recommendations?count=100")
end
LUA
}
p99() { awk '$1 == "99%" {v=$2; if (v ~ /us$/) {sub(/us$/,"",v); v/=1000} else if (v ~ /ms$/) {sub(/ms$/,"",v)} else {sub(/s$/,"",v); v*=1000}; printf "%.2f", v}' "$1"; }
rps() { awk '/^Requests\/sec:/ {printf "%d", $2}' "$1"; }

script hot 0
wrk -t1 -c4 -d3s -s "$work/hot.lua" "http://127.0.0.1:$port" >/dev/null
wrk -t"$threads" -c"$connections" -d"${window_seconds}s" --latency -s "$work/hot.lua" "http://127.0.0.1:$port" >"$work/hot.txt"
echo "warm (16 hot keys, $window_seconds s): p99 $(p99 "$work/hot.txt") ms, $(rps "$work/hot.txt") req/s, RSS $(rss_mb) MB"
start_rss=$(rss_mb)
windows=$(( (duration + window_seconds - 1) / window_seconds ))
first=""
worst=0
for window in $(seq 1 "$windows"); do
  script "d$window" 1
  wrk -t"$threads" -c"$connections" -d"${window_seconds}s" --latency -s "$work/d$window.lua" "http://127.0.0.1:$port" >"$work/d$window.txt"
  value=$(p99 "$work/d$window.txt")
  [ -n "$first" ] || first=$value
  worst=$(awk -v a="$worst" -v b="$value" 'BEGIN {print (b > a) ? b : a}')
  errors=$(awk '/Non-2xx|Socket errors/ {printf "%s ", $0}' "$work/d$window.txt")
  echo "distinct keys, window $window ($window_seconds s): p99 $value ms, $(rps "$work/d$window.txt") req/s, RSS $(rss_mb) MB ${errors}"
done
peak=$(sort -n "$work/rss.txt" | tail -1)
echo
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); bundle $(readlink "$models/current"); wrk -t$threads -c$connections"
echo "RSS: $start_rss MB before the distinct keys, peak $peak MB (limit $rss_limit MB); Redis used $(redis-cli -p "$redis_port" info memory | awk -F: '/^used_memory_human/ {print $2}' | tr -d '\r') of 256mb"
echo "p99: warm $(p99 "$work/hot.txt") ms, first distinct-key window $first ms, worst window $worst ms"
awk -v peak="$peak" -v limit="$rss_limit" -v first="$first" -v worst="$worst" 'BEGIN {
  ok = 1
  if (peak >= limit) { print "FAIL: peak RSS " peak " MB >= " limit " MB"; ok = 0 }
  if (worst > 2 * first) { print "FAIL: worst p99 " worst " ms > 2x the first window (" first " ms)"; ok = 0 }
  if (ok) print "OK: RSS and p99 within bounds"
  exit !ok }' || [ "$targets" = false ]
