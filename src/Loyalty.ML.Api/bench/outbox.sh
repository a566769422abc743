#!/usr/bin/env bash
# The outbox after a Redis outage (issue 25): how fast events stored while Redis was down go out to the stream.
#   src/Loyalty.ML.Api/bench/outbox.sh [--events 100000] [--timeout 600] [--no-targets]
# Starts its own redis-server (no persistence) and the API (empty registry: events need no model) on free localhost
# ports, stops Redis, posts --events purchase lines (100 a call) that the API stores in its outbox, starts Redis again
# and times, from outside, the entries reaching the stream (first to last; the API's own report is printed too). Baseline in the same run:
# the same number of XADDs of entries of the same size piped straight into Redis (redis-cli --pipe). Target: >= 10,000
# events a second back into the stream; exits 1 when it is missed, unless --no-targets (a smoke run: the verdict is
# printed, the exit code says only that it ran).
set -euo pipefail
root="$(cd "$(dirname "$0")/../../.." && pwd)"
events=100000; timeout=600; targets=true
while [ $# -gt 0 ]; do
  case "$1" in
    --events) events="$2"; shift 2 ;;
    --timeout) timeout="$2"; shift 2 ;;
    --no-targets) targets=false; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
for tool in curl python3 redis-server redis-cli; do
  command -v "$tool" >/dev/null || { echo "bench: $tool is not installed (apt-get install curl python3 redis-server)" >&2; exit 1; }
done

# shellcheck source=common.sh
source "$(dirname "$0")/common.sh"
key="outbox-key-0123456789abcdef"
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
redis_port=$(free_port)
start_redis() {
  redis-server --port "$redis_port" --bind 127.0.0.1 --save "" --appendonly no --logfile "$work/redis.log" &
  redis_pid=$!
  pids+=($redis_pid)
  until redis-cli -p "$redis_port" ping >/dev/null 2>&1; do sleep 0.1; done
}
start_redis

mkdir -p "$work/models"
port=$(free_port)
env ASPNETCORE_URLS="http://127.0.0.1:$port" ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning \
  Logging__LogLevel__Loyalty.ML.Api.Events=Information Models__RegistryPath="$work/models" Events__StorePath="$work/events.db" \
  Redis__ConnectionString="127.0.0.1:$redis_port" ApiKeys__Keys__till__Key="$key" ApiKeys__Keys__till__Scopes__0=events:write \
  ApiKeys__Keys__till__PermitLimit=100000000 dotnet "$root/src/Loyalty.ML.Api/bin/Release/net10.0/Loyalty.ML.Api.dll" >"$work/api.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 300); do curl -sf "http://127.0.0.1:$port/health/live" >/dev/null 2>&1 && break; sleep 0.1; done
curl -sf "http://127.0.0.1:$port/health/live" >/dev/null || { echo "bench: the API did not start:" >&2; cat "$work/api.log" >&2; exit 1; }

kill "$redis_pid"; wait "$redis_pid" 2>/dev/null || true
python3 - "$port" "$key" "$events" >"$work/posts.txt" <<'PY'
import http.client, json, sys, time, datetime
port, key, events = int(sys.argv[1]), sys.argv[2], int(sys.argv[3])
conn = http.client.HTTPConnection("127.0.0.1", port)
stamp = (datetime.datetime.now(datetime.timezone.utc) - datetime.timedelta(minutes=1)).isoformat()
started = time.perf_counter()
for first in range(0, events, 100):
    lines = [{"eventId": f"outbox-{n:09d}", "customerId": f"C{n % 5000:06d}", "itemId": f"I{n % 700:05d}", "quantity": 1,
              "unitPrice": 9.5, "timestamp": stamp, "orderId": f"O{n // 3}"} for n in range(first, min(events, first + 100))]
    conn.request("POST", "/v1/events/purchases", body=json.dumps({"purchases": lines}), headers={"X-Api-Key": key, "Content-Type": "application/json"})
    response = conn.getresponse(); body = response.read()
    if response.status != 200: sys.exit(f"post: {response.status} {body[:300]!r}")
print(f"{events} events posted while Redis was down in {time.perf_counter() - started:.1f} s ({events / (time.perf_counter() - started):.0f} a second), all acknowledged")
PY
start_redis
# Measured from outside, on what other replicas get: from the first entry on the stream to the last.
python3 - "$redis_port" "$events" "$timeout" >"$work/drain.txt" <<'PY'
import subprocess, sys, time
port, events, timeout = sys.argv[1], int(sys.argv[2]), float(sys.argv[3])
def length(): return int(subprocess.run(["redis-cli", "-p", port, "XLEN", "loyalty:events"], capture_output=True, text=True).stdout.strip() or 0)
deadline = time.perf_counter() + timeout
while length() == 0 and time.perf_counter() < deadline: time.sleep(0.02)
first = time.perf_counter(); count = length()
while count < events and time.perf_counter() < deadline: time.sleep(0.02); count = length()
seconds = max(time.perf_counter() - first, 1e-3)
print(f"{count} of {events} events on the stream {seconds:.2f} s after the first ({count / seconds:.0f} a second){'' if count >= events else ' (stopped at --timeout)'}")
PY
sleep 1
drain=$(cat "$work/drain.txt")
rate=$(echo "$drain" | sed -E 's/.*\(([0-9]+) a second\).*/\1/')
reported=$(grep -o "Wrote [0-9]* stored events to the stream from the outbox in [0-9.]* s ([0-9]* a second)" "$work/api.log" | head -1 || true)

# Baseline: the same number of XADDs of entries of the same size, pipelined straight into Redis.
entry=$(redis-cli -p "$redis_port" XRANGE loyalty:events - + COUNT 1 | sed -n '5p')
[ -n "$entry" ] || entry='{"eventId":"outbox-000000000","customerId":"C000000","itemId":"I00000","quantity":1,"unitPrice":9.5,"timestamp":"2026-01-01T00:00:00+00:00","orderId":"O0","channel":null,"store":null}'

python3 - "$events" "$entry" >"$work/xadd.resp" <<'PY'
import sys
events, entry = int(sys.argv[1]), sys.argv[2].encode()
def command(*parts): return b"*%d\r\n" % len(parts) + b"".join(b"$%d\r\n%s\r\n" % (len(p), p) for p in parts)
with open("/dev/stdout", "wb") as out:
    for _ in range(events):
        out.write(command(b"XADD", b"bench:baseline", b"MAXLEN", b"~", b"1000000", b"*", b"kind", b"purchase", b"event", entry))
PY
baseline_start=$(date +%s.%N)
redis-cli -p "$redis_port" --pipe <"$work/xadd.resp" >/dev/null
baseline_rate=$(python3 -c "import sys; print(round($events / ($(date +%s.%N) - $baseline_start)))")

echo
echo "machine: $(nproc) cores, load average $load_before before, $(cut -d' ' -f1-3 /proc/loadavg) after"
cat "$work/posts.txt"
echo "outbox: $drain"
echo "the API's own report: ${reported:-none}"
echo "API log over the run: $(grep -c '^warn' "$work/api.log" || true) warning lines, $(stat -c %s "$work/api.log") bytes"
echo "baseline: $events XADDs of the same entry piped straight into Redis: $baseline_rate a second"
awk -v r="$rate" -v b="$baseline_rate" 'BEGIN { printf "outbox / bare XADD: %.2f; %d events/s (target >= 10,000): %s\n", r / b, r, (r >= 10000 ? "PASS" : "FAIL"); exit !(r >= 10000) }' || [ "$targets" = false ]
