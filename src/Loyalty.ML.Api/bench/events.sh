#!/usr/bin/env bash
# Real-time events on this machine (issue 16), with the embedded store (SQLite, WAL, synchronous=FULL) on one node.
#   src/Loyalty.ML.Api/bench/events.sh [--models DIR] [--data DIR] [--duration 10s] [--connections 8] [--samples 300] [--store-lines 100000]
# 1. baseline: the bare EventStore's write rate in transactions of 100 lines (loyalty-bench bench-events)
# 2. ingest:   acknowledged purchase lines/s through POST /v1/events/purchases, 100 lines a call, with wrk
#              (targets: >= 0.5x the bare store and >= 10,000 lines/s)
# 3. freshness: from the acknowledgement of a purchase of a customer's top recommended item to the first answer
#              without it (the answer before was cached), p99 over --samples customers (target < 50 ms)
# 4. fold-in:  one customer at the bundle's factors (64 by default), in process, p99 (target < 1 ms)
set -euo pipefail
root="$(cd "$(dirname "$0")/../../.." && pwd)"
models="$root/models"; data="$root/data/sample"; duration=10s; connections=8; samples=300; store_lines=100000
while [ $# -gt 0 ]; do
  case "$1" in
    --models) models="$2"; shift 2 ;;
    --data) data="$2"; shift 2 ;;
    --duration) duration="$2"; shift 2 ;;
    --connections) connections="$2"; shift 2 ;;
    --samples) samples="$2"; shift 2 ;;
    --store-lines) store_lines="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
for tool in wrk curl python3; do
  command -v "$tool" >/dev/null || { echo "bench: $tool is not installed (apt-get install wrk curl python3)" >&2; exit 1; }
done
[ -e "$models/current" ] || { echo "bench: no bundle at $models/current; run ./train.sh first" >&2; exit 1; }
[ -f "$data/customers.csv" ] && [ -f "$data/items.csv" ] || { echo "bench: no $data/customers.csv and items.csv to take ids from" >&2; exit 1; }

# shellcheck source=common.sh
source "$(dirname "$0")/common.sh"
[ -n "${LOYALTY_BUILT-}" ] || dotnet build "$root/src/Loyalty.ML.Benchmarks/Loyalty.ML.Benchmarks.csproj" -c Release --nologo -v quiet -clp:ErrorsOnly >/dev/null
api_dll="$root/src/Loyalty.ML.Api/bin/Release/net10.0/Loyalty.ML.Api.dll"
key="bench-key-0123456789abcdef"
load_before=$(cut -d' ' -f1-3 /proc/loadavg)

dotnet "$root/src/Loyalty.ML.Benchmarks/bin/Release/net10.0/loyalty-bench.dll" bench-events --bundle "$models/current" --lines "$store_lines" >"$work/inproc.txt"

port=$(free_port)
env ASPNETCORE_URLS="http://127.0.0.1:$port" ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning \
  Models__RegistryPath="$models" Events__StorePath="$work/events.db" ApiKeys__Keys__bench__Key="$key" \
  ApiKeys__Keys__bench__Scopes__0=recommendations:read ApiKeys__Keys__bench__Scopes__1=events:write \
  ApiKeys__Keys__bench__PermitLimit=100000000 dotnet "$api_dll" >"$work/api.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 300); do curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1 && break; sleep 0.1; done
curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null || { echo "bench: the API did not become ready:" >&2; cat "$work/api.log" >&2; exit 1; }

awk -F, 'NR > 1 {print $1}' "$data/customers.csv" > "$work/customers.txt"
awk -F, 'NR > 1 {print $1}' "$data/items.csv" | head -5000 > "$work/items.txt"
cat > "$work/ingest.lua" <<LUA
local customers, items = {}, {}
for line in io.lines("$work/customers.txt") do customers[#customers + 1] = line end
for line in io.lines("$work/items.txt") do items[#items + 1] = line end
local threads = 0
function setup(thread) threads = threads + 1; thread:set("thread_id", threads) end
local n = 0
wrk.method = "POST"
wrk.headers["X-Api-Key"] = "$key"
wrk.headers["Content-Type"] = "application/json"
request = function()
  n = n + 1
  local lines = {}
  for i = 1, 100 do
    local k = n * 100 + i
    lines[i] = string.format('{"eventId":"w%d-%d","customerId":"%s","itemId":"%s","quantity":1,"unitPrice":9.5,"timestamp":"$(date -u +%FT%TZ)","orderId":"o%d-%d"}',
      thread_id, k, customers[(k * 7919) % #customers + 1], items[(k * 104729) % #items + 1], thread_id, n)
  end
  return wrk.format(nil, "/v1/events/purchases", nil, '{"purchases":[' .. table.concat(lines, ",") .. ']}')
end
LUA
wrk -t2 -c"$connections" -d"$duration" --latency -s "$work/ingest.lua" "http://127.0.0.1:$port" >"$work/ingest.txt"
# wrk counts answers, not lines: the service's own counter says how many lines were accepted (none may be rejected).
curl -sf "http://127.0.0.1:$port/metrics" | awk '/^loyalty_events_total/ && /kind="purchase"/' >"$work/ingest-metrics.txt"

# Customers from the end of the file, untouched by the ingest run.
tail -n "$samples" "$work/customers.txt" > "$work/fresh-customers.txt"
python3 - "$port" "$key" "$work/fresh-customers.txt" >"$work/fresh.txt" <<'PY'
import http.client, json, sys, time, datetime
port, key, path = int(sys.argv[1]), sys.argv[2], sys.argv[3]
conn = http.client.HTTPConnection("127.0.0.1", port)
def call(method, url, body=None):
    headers = {"X-Api-Key": key}
    if body is not None: headers["Content-Type"] = "application/json"
    conn.request(method, url, body=body, headers=headers)
    response = conn.getresponse(); payload = response.read()
    if response.status != 200: sys.exit(f"{method} {url}: {response.status} {payload[:300]!r}")
    return json.loads(payload)
def items(customer): return [i["itemId"] for i in call("GET", f"/v1/customers/{customer}/recommendations?count=10")["items"]]
latencies, polls = [], []
for n, customer in enumerate(open(path).read().split()):
    before = items(customer); items(customer)  # the second answer comes from the cache
    if not before: continue
    line = {"eventId": f"fresh-{n}", "customerId": customer, "itemId": before[0], "quantity": 1, "unitPrice": 9.5,
            "timestamp": datetime.datetime.now(datetime.timezone.utc).isoformat(), "orderId": f"fresh-{n}"}
    call("POST", "/v1/events/purchases", json.dumps({"purchases": [line]}))
    acknowledged = time.perf_counter(); tries = 0
    while True:
        tries += 1
        if before[0] not in items(customer): break
        if time.perf_counter() - acknowledged > 5: sys.exit(f"{customer}: {before[0]} still recommended 5 s after the acknowledgement")
    latencies.append((time.perf_counter() - acknowledged) * 1000); polls.append(tries)
latencies.sort()
pct = lambda p: latencies[min(len(latencies) - 1, max(0, int(-(-p * len(latencies) // 1)) - 1))]
print(f"freshness over {len(latencies)} customers: p50 {pct(0.5):.3f} ms, p99 {pct(0.99):.3f} ms, max {latencies[-1]:.3f} ms; "
      f"first answer after the acknowledgement already changed for {polls.count(1)} of {len(polls)}")
PY

lines_per_s=$(awk '/^Requests\/sec:/ {printf "%.0f", $2 * 100}' "$work/ingest.txt")
store_per_s=$(awk '/^bare store:/ {print $3}' "$work/inproc.txt")
echo
echo "machine: $(nproc) cores, load average $load_before before, $(cut -d' ' -f1-3 /proc/loadavg) after; bundle $(readlink "$models/current")"
sed -n '1p' "$work/inproc.txt"
echo "ingest through HTTP: $lines_per_s lines/s acknowledged (wrk -t2 -c$connections -d$duration, 100 lines a call; $(awk '$1 == "99%" {print "p99 " $2}' "$work/ingest.txt") a call)"
awk -v h="$lines_per_s" -v s="$store_per_s" 'BEGIN { printf "ingest / bare store: %.2f (target >= 0.50); %s lines/s (target >= 10,000)\n", h / s, h }'
awk '/Non-2xx|Socket errors/ {print "ingest: " $0}' "$work/ingest.txt"
echo "ingest lines by outcome (loyalty_events_total): $(awk '{match($0, /outcome="[a-z]+"/); printf "%s %s  ", substr($0, RSTART + 9, RLENGTH - 10), $NF}' "$work/ingest-metrics.txt")against $(awk '/requests in/ {print $1 * 100}' "$work/ingest.txt") that wrk saw answered (the calls in flight when it stopped make the difference)"
cat "$work/fresh.txt"
echo "  (target p99 < 50 ms)"
sed -n '2,3p' "$work/inproc.txt"
echo "  (target fold-in p99 < 1 ms)"
