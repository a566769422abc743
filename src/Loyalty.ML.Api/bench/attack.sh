#!/usr/bin/env bash
# The event endpoint under a memory attack by one writer key (issue 25): bodies of --lines `{}` lines (nine million by
# default: 27 MB, under Kestrel's 30 MB body limit) posted to POST /v1/events/purchases once, then --concurrent at
# once, then --more at once, while the API's resident memory (VmRSS) is sampled every 100 ms.
#   src/Loyalty.ML.Api/bench/attack.sh [--models DIR] [--lines 9000000] [--concurrent 8] [--more 4] [--settle 15] [--bound-mb 200] [--declared-length] [--no-targets]
# Bodies are sent chunked, with no declared length (what a server cannot refuse before reading), unless --declared-length.
# Prints, per round, the answers and their times and the peak RSS above the baseline (RSS after start and a few
# ordinary posts), then the RSS --settle seconds after the last round. A last round posts --concurrent of the largest
# valid bodies (1,000 lines, every id 64 characters): what an honest request in flight costs. Target: every peak within --bound-mb of the
# baseline, and the RSS back within a quarter of that bound once the attack stops. Exits 1 when a target is missed,
# unless --no-targets (a smoke run: the verdict is printed, the exit code says only that it ran).
# The service runs as deployed (workstation GC, see the .csproj); with no --models it serves an empty registry
# (the event endpoints need no model).
set -euo pipefail
root="$(cd "$(dirname "$0")/../../.." && pwd)"
models=""; lines=9000000; concurrent=8; more=4; settle=15; bound=200; chunked=(-H 'Transfer-Encoding: chunked'); targets=true
while [ $# -gt 0 ]; do
  case "$1" in
    --models) models="$2"; shift 2 ;;
    --lines) lines="$2"; shift 2 ;;
    --concurrent) concurrent="$2"; shift 2 ;;
    --more) more="$2"; shift 2 ;;
    --settle) settle="$2"; shift 2 ;;
    --bound-mb) bound="$2"; shift 2 ;;
    --declared-length) chunked=(); shift ;;
    --no-targets) targets=false; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
for tool in curl python3; do
  command -v "$tool" >/dev/null || { echo "bench: $tool is not installed (apt-get install curl python3)" >&2; exit 1; }
done

# shellcheck source=common.sh
source "$(dirname "$0")/common.sh"
if [ -z "$models" ]; then models="$work/models"; mkdir -p "$models"; fi
key="attack-key-0123456789abcdef"
load_before=$(cut -d' ' -f1-3 /proc/loadavg)

python3 - "$work/body.json" "$lines" <<'PY'
import sys
path, lines = sys.argv[1], int(sys.argv[2])
with open(path, "wb") as body:
    body.write(b'{"purchases":[')
    chunk = b"{}," * 100_000
    for _ in range(lines // 100_000):
        body.write(chunk)
    body.write(b"{}," * (lines % 100_000))
    body.write(b"{}]}")
PY

port=$(free_port)
env ASPNETCORE_URLS="http://127.0.0.1:$port" ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning \
  Models__RegistryPath="$models" Events__StorePath="$work/events.db" ApiKeys__Keys__till__Key="$key" \
  ApiKeys__Keys__till__Scopes__0=events:write ApiKeys__Keys__till__PermitLimit=100000000 \
  dotnet "$root/src/Loyalty.ML.Api/bin/Release/net10.0/Loyalty.ML.Api.dll" >"$work/api.log" 2>&1 &
api=$!
pids+=($api)
for _ in $(seq 1 300); do curl -sf "http://127.0.0.1:$port/health/live" >/dev/null 2>&1 && break; sleep 0.1; done
curl -sf "http://127.0.0.1:$port/health/live" >/dev/null || { echo "bench: the API did not start:" >&2; cat "$work/api.log" >&2; exit 1; }

post() { # body file, output file: "status seconds" of one POST
  curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -H "X-Api-Key: $key" -H 'Content-Type: application/json' "${chunked[@]}" \
    --data-binary @"$1" "http://127.0.0.1:$port/v1/events/purchases" >>"$2" || echo "failed -" >>"$2"
}
printf '{"purchases":[{"eventId":"ordinary-%s","customerId":"C1","itemId":"I1","quantity":1,"unitPrice":2.5,"timestamp":"%s"}]}' \
  "$(date +%s%N)" "$(date -u +%FT%TZ)" >"$work/ordinary.json"
for _ in $(seq 1 20); do post "$work/ordinary.json" "$work/warm.txt"; done
sleep 2
rss_mb() { awk '/^VmRSS/ {printf "%d", $2 / 1024}' "/proc/$api/status"; }
baseline=$(rss_mb)
( while kill -0 "$api" 2>/dev/null; do echo "$(rss_mb 2>/dev/null || echo 0)" >>"$work/rss.txt"; sleep 0.1; done ) &
pids+=($!)

failed=0
round() { # name, calls at once, body file (with # replaced by the call's number)
  local out="$work/round-$1.txt"
  : >"$work/rss.txt"
  local calls=()
  for call in $(seq 1 "$2"); do post "${3/\#/$call}" "$out" & calls+=($!); done
  wait "${calls[@]}"
  echo "$(rss_mb)" >>"$work/rss.txt" # a round shorter than the sampling interval still has its peak
  local peak; peak=$(sort -n "$work/rss.txt" | tail -1)
  local answers; answers=$(awk '{n[$1]++} END {for (s in n) printf "%s x%d ", s, n[s]}' "$out")
  local times; times=$(awk '{printf "%s%.2f", (NR > 1 ? ", " : ""), $2}' "$out")
  local size; size=$(( $(stat -c %s "${3/\#/1}") / 1000 ))
  echo "$1: $2 call(s) of $size kB: answers ${answers}in ${times} s; peak RSS $peak MB, +$((peak - baseline)) MB over the baseline"
  [ $((peak - baseline)) -le "$bound" ] || failed=1
}

echo "bodies sent $([ ${#chunked[@]} -gt 0 ] && echo chunked, no declared length || echo with Content-Length)"
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%d", $2 / 1048576}' /proc/meminfo) GB, load average $load_before; API baseline RSS $baseline MB (after 20 ordinary posts)"
round "one call" 1 "$work/body.json"
round "at once" "$concurrent" "$work/body.json"
round "then more at once" "$more" "$work/body.json"
# What an honest in-flight request costs: the largest valid bodies (1,000 lines, every id 64 characters), new ids each.
python3 - "$work" "$concurrent" <<'PY'
import datetime, json, sys
work, calls = sys.argv[1], int(sys.argv[2])
stamp = (datetime.datetime.now(datetime.timezone.utc) - datetime.timedelta(minutes=1)).isoformat()
pad = lambda text: (text + "-" + "x" * 64)[:64]
for call in range(1, calls + 1):
    lines = [{"eventId": pad(f"large-{call}-{n}"), "customerId": pad(f"C{n % 97}"), "itemId": pad(f"I{n % 89}"), "quantity": 1, "unitPrice": 9.5,
              "timestamp": stamp, "orderId": pad(f"O{call}-{n // 4}"), "channel": pad("store"), "store": pad(f"S{n % 7}")} for n in range(1000)]
    with open(f"{work}/valid-{call}.json", "w") as body: json.dump({"purchases": lines}, body)
PY
sleep "$settle"
after=$(rss_mb)
post "$work/ordinary.json" "$work/after.txt"
echo "after ${settle} s: RSS $after MB, +$((after - baseline)) MB over the baseline; an ordinary post answers $(cut -d' ' -f1 "$work/after.txt")"
round "largest valid bodies at once (stored and applied: the overlay keeps them)" "$concurrent" "$work/valid-#.json"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
[ $((after - baseline)) -le $((bound / 4)) ] || failed=1
if [ "$failed" = 0 ]; then echo "OK: every peak within +$bound MB, back within +$((bound / 4)) MB"; else echo "FAIL: a peak above +$bound MB or not back within +$((bound / 4)) MB"; fi
[ "$targets" = true ] || exit 0
exit "$failed"
