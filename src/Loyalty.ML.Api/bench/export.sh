#!/usr/bin/env bash
# The CRM bulk pull (issue 28): every customer's churn row in one call, against paging the at-risk list as before.
#   src/Loyalty.ML.Api/bench/export.sh [--customers 100000] [--items 2000] [--lines 2000000] [--models DIR] [--purchases 1000]
# Without --models it generates a sample of that size and trains it (no report) into a scratch registry first.
# Prints, on one running API: its memory after loading the model; the baseline (every customer through
# GET /v1/churn/at-risk?minProbability=0&pageSize=1000, the largest page); the export as NDJSON and CSV, each one call,
# with time, rows, bytes and the API's peak resident memory while it streamed (sampled every 20 ms); a resume of the
# second half (snapshot + after); and changedSince after --purchases reported purchases of as many customers.
set -euo pipefail
root="$(cd "$(dirname "$0")/../../.." && pwd)"
customers=100000; items=2000; lines=2000000; models=""; purchases=1000
while [ $# -gt 0 ]; do
  case "$1" in
    --customers) customers="$2"; shift 2 ;;
    --items) items="$2"; shift 2 ;;
    --lines) lines="$2"; shift 2 ;;
    --models) models="$2"; shift 2 ;;
    --purchases) purchases="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
for tool in curl python3; do
  command -v "$tool" >/dev/null || { echo "bench: $tool is not installed" >&2; exit 1; }
done

# shellcheck source=common.sh
source "$(dirname "$0")/common.sh"
if [ -z "$models" ]; then
  models="$work/models"
  "$root/train.sh" generate --out "$work/data" --customers "$customers" --items "$items" --lines "$lines" >/dev/null
  "$root/train.sh" train --data "$work/data" --models "$models" --no-report >/dev/null
fi

port=$(free_port); api="http://127.0.0.1:$port"; key="bench-crm-0123456789abcdef"; till="bench-till-0123456789abcdef"
ASPNETCORE_URLS="$api" Models__RegistryPath="$models" Events__StorePath="$work/events.db" Logging__LogLevel__Default=Warning \
  ApiKeys__Keys__crm__Key="$key" ApiKeys__Keys__crm__Scopes__0=churn:read \
  ApiKeys__Keys__till__Key="$till" ApiKeys__Keys__till__Scopes__0=events:write \
  dotnet "$root/src/Loyalty.ML.Api/bin/Release/net10.0/Loyalty.ML.Api.dll" >"$work/api.log" 2>&1 &
apipid=$!; pids+=("$apipid")
until curl -sf "$api/health/ready" >/dev/null 2>&1; do sleep 0.2; kill -0 "$apipid" 2>/dev/null || { cat "$work/api.log"; exit 1; }; done

rss() { awk '/VmRSS/ {print int($2/1024)}' "/proc/$apipid/status"; }
# Runs "$@" while sampling the API's resident memory; prints the command's output, then "peak_mb=N".
with_peak() {
  local peak=0 sampler
  ( p=0; while kill -0 "$apipid" 2>/dev/null; do r=$(rss); [ "$r" -gt "$p" ] && p=$r && echo "$p" >"$work/peak"; sleep 0.02; done ) & sampler=$!
  echo 0 >"$work/peak"; "$@"; kill "$sampler" 2>/dev/null; wait "$sampler" 2>/dev/null || true
  echo "peak_mb=$(cat "$work/peak")"
}
fetch() { curl -sS -H "X-Api-Key: $key" -D "$work/headers" -o "$work/body" -w 'seconds=%{time_total} bytes=%{size_download}\n' "$api$1"; }
header() { awk -v name="$1" 'tolower($1) == tolower(name) ":" {sub(/\r$/, "", $2); print $2}' "$work/headers"; }

curl -sf -H "X-Api-Key: $key" "$api/v1/customers/none/churn" >/dev/null 2>&1 || true   # first request: JIT, routes
echo "api after load: rss_mb=$(rss)"

page_all() {
  local page=1 total=0 got t0
  t0=$(date +%s.%N)
  while :; do
    got=$(curl -sS -H "X-Api-Key: $key" "$api/v1/churn/at-risk?minProbability=0&pageSize=1000&page=$page" | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["items"]))')
    total=$((total + got)); [ "$got" -lt 1000 ] && break; page=$((page + 1))
  done
  echo "baseline at-risk paging: calls=$page rows=$total seconds=$(python3 -c "import time; print(round(time.time() - $t0, 2))")"
}
with_peak page_all

export_once() { echo "export $1: $(fetch "/v1/churn/export?format=$1") rows=$(( $(wc -l <"$work/body") - ${2:-0} ))"; }
with_peak export_once ndjson
watermark=$(header Loyalty-Watermark); cp "$work/body" "$work/all.ndjson"
with_peak export_once csv 1

half=$(python3 -c "import json; rows=open('$work/all.ndjson').read().splitlines(); print(json.loads(rows[len(rows)//2 - 1])['customerId'])")
echo "resume second half: $(fetch "/v1/churn/export?snapshot=$watermark&after=$half") rows=$(wc -l <"$work/body")"

python3 - "$work/all.ndjson" "$purchases" >"$work/purchases.json" <<'PY'
import json, sys, datetime
rows = [json.loads(line) for line in open(sys.argv[1])][: int(sys.argv[2])]
now = datetime.datetime.now(datetime.timezone.utc) - datetime.timedelta(minutes=1)
print(json.dumps([{"eventId": f"bench-{i}", "customerId": r["customerId"], "quantity": 1, "unitPrice": 20.0,
                   "timestamp": now.isoformat().replace("+00:00", "Z")} for i, r in enumerate(rows)]))
PY
python3 - "$work/purchases.json" "$api" "$till" <<'PY'
import json, sys, urllib.request
lines = json.load(open(sys.argv[1]))
for start in range(0, len(lines), 500):
    body = json.dumps({"purchases": lines[start:start + 500]}).encode()
    request = urllib.request.Request(sys.argv[2] + "/v1/events/purchases", body, {"Content-Type": "application/json", "X-Api-Key": sys.argv[3]})
    urllib.request.urlopen(request).read()
PY
changed_since() { echo "changedSince after $purchases purchases: $(fetch "/v1/churn/export?changedSince=$watermark") rows=$(wc -l <"$work/body")"; }
with_peak changed_since
