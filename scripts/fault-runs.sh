#!/usr/bin/env bash
# Fault runs of two API replicas on a local Redis Cluster (issue 18), all on loopback, about 5 minutes.
#   scripts/fault-runs.sh [--duration 10s] [--samples 200] [--load-seconds 16] [--customers 1500] [--items 300] [--lines 60000] [--no-targets]
#   ./train.sh bench-faults [same options]
# Builds Release, trains a small sample model (--customers, --items, --lines) twice into a temp registry (current -> the
# first), starts the 3-master cluster (scripts/redis-cluster.sh) and two replicas A and B (own event stores, shared
# registry, 1 s model poll), then:
# 1. throughput: cached GET /v1/customers/{id}/recommendations over a hot set, replica A alone vs A and B at once
#    (two wrk runs, summed); and the cached GET against GET /bench/redis-get (one Redis GET) in the same process
# 2. fault 1: SIGKILL the master holding the event stream while wrk loads both replicas: non-2xx + socket errors, p99
# 3. fault 2: SIGKILL replica A while a client posts purchases to it (a fresh customer each) and wrk loads B; restart A
#    on the same store; every acknowledged purchase must show on both replicas, and B must answer everything
# 4. fault 3: under load, point current at version 2 (both replicas serve it within the poll interval), then at a copy
#    with a corrupted file (both reject it, keep serving version 2)
# 5. fault 4: purchases posted one at a time, alternately to A and B; delay until the other replica applied each one
# Faults 1 and 3 run under --load-seconds of wrk load (fault 2 four more). Prints a summary (figure, target, PASS/FAIL)
# and exits 1 when a target is missed, unless --no-targets (a smoke run: the summary is printed, the exit code says only
# that it ran). Every process and folder it made is removed on exit.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
duration=10s; samples=200; poll_seconds=1; load_seconds=16; customers=1500; items=300; lines=60000; targets=true
while [ $# -gt 0 ]; do
  case "$1" in
    --duration) duration="$2"; shift 2 ;;
    --samples) samples="$2"; shift 2 ;;
    --load-seconds) load_seconds="$2"; shift 2 ;;
    --customers) customers="$2"; shift 2 ;;
    --items) items="$2"; shift 2 ;;
    --lines) lines="$2"; shift 2 ;;
    --no-targets) targets=false; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
if ! command -v wrk >/dev/null || ! command -v redis-server >/dev/null; then
  sudo=""; [ "$(id -u)" = 0 ] || sudo="sudo"
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq wrk redis-server >/dev/null
fi
for tool in curl python3; do command -v "$tool" >/dev/null || { echo "faults: $tool is not installed" >&2; exit 1; }; done

say() { echo "faults: $*" >&2; }
say "building (Release)"
# shellcheck source=../src/Loyalty.ML.Api/bench/common.sh
source "$root/src/Loyalty.ML.Api/bench/common.sh"
cluster_dir="$work/cluster"
trap '"$root/scripts/redis-cluster.sh" stop --dir "$cluster_dir" 2>/dev/null || true; cleanup' EXIT
[ -n "${LOYALTY_BUILT-}" ] || dotnet build "$root/src/Loyalty.ML.Training/Loyalty.ML.Training.csproj" -c Release --nologo -v quiet -clp:ErrorsOnly >/dev/null
api_dll="$root/src/Loyalty.ML.Api/bin/Release/net10.0/Loyalty.ML.Api.dll"
trainer=(dotnet "$root/src/Loyalty.ML.Training/bin/Release/net10.0/loyalty-train.dll")
key="faults-key-0123456789abcdef"
registry="$work/models"

say "generating and training two model versions"
"${trainer[@]}" generate --out "$work/data" --customers "$customers" --items "$items" --lines "$lines" >"$work/generate.log"
"${trainer[@]}" train --data "$work/data" --models "$registry" --no-report >"$work/train-1.log"
v1=$(readlink "$registry/current")
sleep 1 # versions are named by the second they were published
"${trainer[@]}" train --data "$work/data" --models "$registry" --no-report >"$work/train-2.log"
v2=$(readlink "$registry/current")
[ "$v1" != "$v2" ] || { say "both trainings published $v1"; exit 1; }
"${trainer[@]}" models rollback --models "$registry" "$v1" >/dev/null
awk -F, 'NR > 1 && NR <= 51 {print $1}' "$work/data/customers.csv" >"$work/hot.txt"
awk -F, 'NR > 1 {print $1}' "$work/data/items.csv" >"$work/items.txt"

say "starting the Redis Cluster"
cluster=$("$root/scripts/redis-cluster.sh" start --dir "$cluster_dir")
first_node=$(head -1 "$cluster_dir/ports")
redis-cli -c -p "$first_node" SET loyalty:bench:baseline "$(python3 -c 'import json; print(json.dumps({"id":"C000001","items":[{"itemId":f"I{i:06d}","score":round(1/(i+1),6)} for i in range(11)],"pad":"x"*40})[:400].ljust(400))')" >/dev/null

declare -A api_pid api_port
start_api() { # name (its port and store are kept for a restart)
  local name=$1 port=${api_port[$1]:-}
  [ -n "$port" ] || { port=$(free_port); api_port[$name]=$port; }
  env ASPNETCORE_URLS="http://127.0.0.1:$port" ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning \
    Models__RegistryPath="$registry" Models__PollInterval="00:00:0$poll_seconds" Events__StorePath="$work/events-$name.db" \
    Redis__ConnectionString="$cluster" Benchmark__Enabled=true \
    ApiKeys__Keys__faults__Key="$key" ApiKeys__Keys__faults__PermitLimit=100000000 \
    ApiKeys__Keys__faults__Scopes__0=recommendations:read ApiKeys__Keys__faults__Scopes__1=churn:read \
    ApiKeys__Keys__faults__Scopes__2=events:write ApiKeys__Keys__faults__Scopes__3=admin \
    dotnet "$api_dll" >>"$work/api-$name.log" 2>&1 &
  api_pid[$name]=$!
  pids+=($!)
}
wait_ready() { # name
  for _ in $(seq 1 600); do
    curl -sf "http://127.0.0.1:${api_port[$1]}/health/ready" >/dev/null 2>&1 && return 0
    sleep 0.05
  done
  say "replica $1 did not become ready:"; tail -30 "$work/api-$1.log" >&2; exit 1
}
url() { echo "http://127.0.0.1:${api_port[$1]}"; }
say "starting replicas A and B"
start_api A; start_api B; wait_ready A; wait_ready B

customers_lua "$work/hot.txt" "$key" "$work/hot.lua" random
load() { # name, replica, seconds: wrk over the hot set in the background; its pid in $load_pid
  wrk -t2 -c32 -d"$3" --latency -s "$work/hot.lua" "$(url "$2")" >"$work/$1.txt" 2>&1 &
  load_pid=$!
  pids+=($load_pid)
}
rps() { awk '/^Requests\/sec:/ {printf "%.0f", $2}' "$work/$1.txt"; }
ms() { awk -v v="$1" 'BEGIN { if (v ~ /us$/) { sub(/us$/, "", v); v /= 1000 } else if (v ~ /ms$/) { sub(/ms$/, "", v) } else if (v ~ /s$/) { sub(/s$/, "", v); v *= 1000 } printf "%.1f", v }'; }
p99() { ms "$(awk '$1 == "99%" {print $2}' "$work/$1.txt")"; }
# Answers that were not 2xx plus connect/read/write errors and timeouts, as wrk counts them.
failures() { awk '/Non-2xx or 3xx responses:/ {n += $NF} /Socket errors:/ {gsub(/,/, ""); n += $4 + $6 + $8 + $10} END {print n + 0}' "$work/$1.txt"; }
answers() { awk '/requests in/ {print $1}' "$work/$1.txt"; }

summary=(); failed=0
row() { # figure, value, target, pass (1/0)
  local verdict=PASS; [ "$4" = 1 ] || { verdict=FAIL; failed=1; }
  summary+=("$(printf '%-58s %-22s %-18s %s' "$1" "$2" "$3" "$verdict")")
}
check() { awk "BEGIN { exit !($1) }" && echo 1 || echo 0; }

cat >"$work/client.py" <<'PY'
"""Purchases and probes for the fault runs: post, probe, stale, model (see each function)."""
import datetime, http.client, json, os, random, sys, threading, time, uuid

KEY = os.environ["FAULTS_KEY"]
ITEMS = open(os.environ["FAULTS_ITEMS"]).read().split()

class Replica:
    def __init__(self, port): self.port, self.conn = port, None
    def call(self, method, path, body=None, timeout=5):
        if self.conn is None: self.conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)
        headers = {"X-Api-Key": KEY}
        if body is not None: headers["Content-Type"] = "application/json"
        try:
            self.conn.request(method, path, body=body, headers=headers)
            response = self.conn.getresponse()
            return response.status, response.read()
        except Exception:
            self.conn.close(); self.conn = None
            raise

def purchase(customer):
    stamp = (datetime.datetime.now(datetime.timezone.utc) - datetime.timedelta(minutes=1)).isoformat()
    line = {"eventId": f"e-{customer}", "customerId": customer, "itemId": random.choice(ITEMS), "quantity": 1,
            "unitPrice": 4.5, "timestamp": stamp, "orderId": f"o-{customer}"}
    return json.dumps({"purchases": [line]})

def acknowledged(status, body):
    return status == 200 and len(json.loads(body).get("accepted", [])) == 1

def applied(replica, customer):
    try: return replica.call("GET", f"/v1/customers/{customer}/churn")[0] == 200
    except Exception: return False

def post(port, prefix, out, stop, threads):
    """Posts purchases of fresh customers to one replica until the stop file exists; writes each acknowledged id."""
    sink, lock, counts = open(out, "w"), threading.Lock(), {"sent": 0, "acked": 0, "failed": 0}
    def worker(t):
        replica, n = Replica(port), 0
        while not os.path.exists(stop):
            n += 1
            customer = f"{prefix}-{t}-{n}-{uuid.uuid4().hex[:6]}"
            try:
                status, body = replica.call("POST", "/v1/events/purchases", purchase(customer), timeout=10)
                ok = acknowledged(status, body)
            except Exception:
                ok = False
            with lock:
                counts["sent"] += 1
                if ok: counts["acked"] += 1; sink.write(customer + "\n"); sink.flush()
                else: counts["failed"] += 1
            if not ok: time.sleep(0.05)
    workers = [threading.Thread(target=worker, args=(t,)) for t in range(threads)]
    for w in workers: w.start()
    for w in workers: w.join()
    print(json.dumps(counts))

def probe(ports, ids, deadline_s):
    """Waits until every customer in the file is known to every replica; prints how many never were."""
    customers = open(ids).read().split()
    result = {"acknowledged": len(customers)}
    for port in ports:
        replica, missing, start = Replica(port), list(customers), time.perf_counter()
        while missing and time.perf_counter() - start < deadline_s:
            missing = [c for c in missing if not applied(replica, c)]
            if missing: time.sleep(0.2)
        result[str(port)] = {"lost": len(missing), "seconds": round(time.perf_counter() - start, 2), "examples": missing[:3]}
    print(json.dumps(result))

def stale(ports, n, timeout_s):
    """Posts n purchases one at a time, alternately to each replica; times until the other replica applied each."""
    replicas = [Replica(p) for p in ports]
    delays, unseen, slow = [], 0, [0, 0]
    for i in range(n):
        writer, reader = replicas[i % 2], replicas[(i + 1) % 2]
        customer = f"stale-{i}-{uuid.uuid4().hex[:8]}"
        status, body = writer.call("POST", "/v1/events/purchases", purchase(customer))
        if not acknowledged(status, body): sys.exit(f"purchase {i} not acknowledged: {status} {body[:200]!r}")
        start = time.perf_counter()
        while not applied(reader, customer):
            if time.perf_counter() - start > timeout_s: unseen += 1; break
            time.sleep(0.001)
        else:
            delays.append((time.perf_counter() - start) * 1000)
            if delays[-1] > 100: slow[i % 2] += 1
    delays.sort()
    pct = lambda p: delays[min(len(delays) - 1, max(0, -(-int(p * len(delays) * 1000) // 1000) - 1))] if delays else float("nan")
    print(json.dumps({"n": n, "unseen": unseen, "p50": round(pct(0.5), 1), "p99": round(pct(0.99), 1),
                      "max": round(delays[-1], 1) if delays else None, "slow": slow}))

def model(ports, field, expected, timeout_s):
    """Polls /v1/models/current on each replica until field (version or rejected) names expected; seconds per replica."""
    replicas, start, seen = {p: Replica(p) for p in ports}, time.perf_counter(), {}
    while len(seen) < len(ports) and time.perf_counter() - start < timeout_s:
        for port, replica in replicas.items():
            if port in seen: continue
            try:
                status, body = replica.call("GET", "/v1/models/current")
                state = json.loads(body) if status == 200 else {}
            except Exception:
                state = {}
            value = state.get("version") if field == "version" else (state.get("rejected") or {}).get("version")
            if value == expected: seen[port] = round(time.perf_counter() - start, 3)
        time.sleep(0.01)
    served = {}
    for port, replica in replicas.items():
        status, body = replica.call("GET", "/v1/models/current")
        served[str(port)] = json.loads(body) if status == 200 else {"status": status}
    print(json.dumps({"seconds": {str(p): seen.get(p) for p in ports}, "current": served}))

command, args = sys.argv[1], sys.argv[2:]
ports = [int(p) for p in args[0].split(",")]
if command == "post": post(ports[0], args[1], args[2], args[3], int(args[4]))
elif command == "probe": probe(ports, args[1], float(args[2]))
elif command == "stale": stale(ports, int(args[1]), float(args[2]))
elif command == "model": model(ports, args[1], args[2], float(args[3]))
PY
client() { FAULTS_KEY="$key" FAULTS_ITEMS="$work/items.txt" python3 "$work/client.py" "$@"; }
json() { python3 -c "import json, sys; d = json.load(open(sys.argv[1])); print(eval(sys.argv[2]))" "$@"; }

# ---- 1. throughput: one replica, two replicas, the bare Redis GET ----
say "1. throughput (wrk -t2 -c32 -d$duration each)"
wrk -t2 -c16 -d3s -s "$work/hot.lua" "$(url A)" >/dev/null
wrk -t2 -c16 -d3s -s "$work/hot.lua" "$(url B)" >/dev/null
wrk -t2 -c16 -d2s "$(url A)/bench/redis-get" >/dev/null
wrk -t2 -c32 -d"$duration" --latency "$(url A)/bench/redis-get" >"$work/baseline.txt"
load one-A A "$duration"; wait "$load_pid"
load two-A A "$duration"; a=$load_pid; load two-B B "$duration"; wait "$a" "$load_pid"
one=$(rps one-A); two=$(( $(rps two-A) + $(rps two-B) )); base=$(rps baseline)
row "cached GET, replica A alone (req/s)" "$one" "report" 1
row "cached GET, A + B at once (req/s, summed)" "$two ($(rps two-A)+$(rps two-B))" "report" 1
row "  two replicas / one (same 2 cores)" "$(awk -v t="$two" -v o="$one" 'BEGIN {printf "%.2f", t / o}')" ">= 0.90" "$(check "$two >= 0.9 * $one")"
row "bare Redis GET /bench/redis-get on A (req/s)" "$base" "report" 1
row "  cached GET / bare Redis GET" "$(awk -v c="$one" -v b="$base" 'BEGIN {printf "%.2f", c / b}')" ">= 1.00" "$(check "$one >= $base")"
row "  errors in the throughput runs" "$(( $(failures one-A) + $(failures two-A) + $(failures two-B) + $(failures baseline) ))" "0" \
  "$(check "$(failures one-A) + $(failures two-A) + $(failures two-B) + $(failures baseline) == 0")"

client stale "${api_port[A]},${api_port[B]}" "$samples" 10 >"$work/f0.json"
row "staleness before any fault p50 / p99 / max (ms)" "$(json "$work/f0.json" "d['p50']") / $(json "$work/f0.json" "d['p99']") / $(json "$work/f0.json" "d['max']")" "p99 < 1000" \
  "$(check "$(json "$work/f0.json" "d['p99']") < 1000 && $(json "$work/f0.json" "d['unseen']") == 0")"

# ---- 2. fault 1: a Redis master SIGKILLed under load ----
say "2. fault 1: SIGKILL the master holding the event stream under load"
stream_slot=$(redis-cli -p "$first_node" cluster keyslot loyalty:events | tr -d '\r')
victim=$(redis-cli -p "$first_node" cluster nodes | tr -d '\r' | awk -v s="$stream_slot" '
  $3 ~ /master/ && $3 !~ /fail/ { for (i = 9; i <= NF; i++) { split($i, r, "-"); if (r[2] == "") r[2] = r[1]; if (s >= r[1] && s <= r[2]) { split($2, a, "[:@]"); print a[2] } } }')
[ -n "$victim" ] || { say "no master found for slot $stream_slot"; exit 1; }
survivor=$(awk -v v="$victim" '$1 != v {print; exit}' "$cluster_dir/ports")
load f1-A A "${load_seconds}s"; a=$load_pid; load f1-B B "${load_seconds}s"; b=$load_pid
sleep $(( load_seconds / 3 ))
kill -KILL "$(cat "$cluster_dir/$victim/redis.pid")"
killed_at=$(date +%s.%N)
promoted=""
for _ in $(seq 1 200); do
  promoted=$(redis-cli -p "$survivor" cluster nodes | tr -d '\r' | awk -v s="$stream_slot" '
    $3 ~ /master/ && $3 !~ /fail/ { for (i = 9; i <= NF; i++) { split($i, r, "-"); if (r[2] == "") r[2] = r[1]; if (s >= r[1] && s <= r[2]) { split($2, a, "[:@]"); print a[2] } } }')
  [ -n "$promoted" ] && [ "$promoted" != "$victim" ] && break
  sleep 0.05
done
failover=$(awk -v s="$killed_at" -v e="$(date +%s.%N)" 'BEGIN {printf "%.1f", e - s}')
wait "$a" "$b"
f1_failures=$(( $(failures f1-A) + $(failures f1-B) ))
row "fault 1: master :$victim killed, :$promoted took over (s)" "$failover" "report" 1
row "fault 1: non-2xx + socket errors, A + B" "$f1_failures of $(( $(answers f1-A) + $(answers f1-B) ))" "0" "$(check "$f1_failures == 0")"
row "fault 1: p99 A / B (ms)" "$(p99 f1-A) / $(p99 f1-B)" "< 1000" "$(check "$(p99 f1-A) < 1000 && $(p99 f1-B) < 1000")"

# ---- 3. fault 2: replica A SIGKILLed while purchases are posted to it, then restarted ----
say "3. fault 2: SIGKILL replica A while purchases are posted to it; restart it"
load f2-B B "$(( load_seconds + 4 ))s"; b=$load_pid
client post "${api_port[A]}" f2 "$work/f2-acked.txt" "$work/f2-stop" 3 >"$work/f2-post.json" &
poster=$!
pids+=($poster)
sleep "$(awk -v r=$RANDOM 'BEGIN {printf "%.2f", 3 + r % 5000 / 1000}')"
kill -KILL "${api_pid[A]}"; wait "${api_pid[A]}" 2>/dev/null || true
acked_before_kill=$(wc -l <"$work/f2-acked.txt")
sleep 1
restart_at=$(date +%s.%N)
start_api A; wait_ready A
restart=$(awk -v s="$restart_at" -v e="$(date +%s.%N)" 'BEGIN {printf "%.1f", e - s}')
sleep 3
touch "$work/f2-stop"; wait "$poster"; wait "$b"
client probe "${api_port[A]},${api_port[B]}" "$work/f2-acked.txt" 30 >"$work/f2-probe.json"
lost_a=$(json "$work/f2-probe.json" "d['${api_port[A]}']['lost']"); lost_b=$(json "$work/f2-probe.json" "d['${api_port[B]}']['lost']")
row "fault 2: purchases acknowledged by A (before the kill)" "$(json "$work/f2-probe.json" "d['acknowledged']") ($acked_before_kill)" "report" 1
row "fault 2: A restarted on its store, ready after (s)" "$restart" "report" 1
row "fault 2: acknowledged purchases missing on A / B" "$lost_a / $lost_b" "0 / 0" "$(check "$lost_a + $lost_b == 0")"
row "fault 2: non-2xx + socket errors on B" "$(failures f2-B) of $(answers f2-B)" "0" "$(check "$(failures f2-B) == 0")"

# ---- 4. fault 3: a new model, then a corrupt one, under load ----
say "4. fault 3: publish $v2, then a corrupt bundle, under load"
point_current() { ln -sfn "$1" "$registry/.link-faults"; mv -T "$registry/.link-faults" "$registry/current"; }
load f3-A A "${load_seconds}s"; a=$load_pid; load f3-B B "${load_seconds}s"; b=$load_pid
sleep 3
point_current "$v2"
client model "${api_port[A]},${api_port[B]}" version "$v2" 15 >"$work/f3-v2.json"
sleep 2
corrupt="${v2}-corrupt"
mkdir -p "$work/side"; cp -a "$registry/$v2" "$work/side/$corrupt"
echo " " >>"$work/side/$corrupt/metrics.json"
mv "$work/side/$corrupt" "$registry/$corrupt"
point_current "$corrupt"
client model "${api_port[A]},${api_port[B]}" rejected "$corrupt" 15 >"$work/f3-corrupt.json"
wait "$a" "$b"
for what in v2 corrupt; do
  for r in A B; do
    eval "f3_${what}_$r=\$(json \"\$work/f3-$what.json\" \"d['seconds']['${api_port[$r]}']\")"
  done
done
served_a=$(json "$work/f3-corrupt.json" "d['current']['${api_port[A]}'].get('version')")
served_b=$(json "$work/f3-corrupt.json" "d['current']['${api_port[B]}'].get('version')")
reason=$(json "$work/f3-corrupt.json" "(d['current']['${api_port[A]}'].get('rejected') or {}).get('reason', '')")
f3_failures=$(( $(failures f3-A) + $(failures f3-B) ))
row "fault 3: $v2 served by A / B after (s)" "$f3_v2_A / $f3_v2_B" "<= $poll_seconds (poll)" "$(check "\"$f3_v2_A\" != \"None\" && \"$f3_v2_B\" != \"None\" && $f3_v2_A <= $poll_seconds && $f3_v2_B <= $poll_seconds")"
row "fault 3: corrupt bundle rejected by A / B after (s)" "$f3_corrupt_A / $f3_corrupt_B" "<= $poll_seconds (poll)" "$(check "\"$f3_corrupt_A\" != \"None\" && \"$f3_corrupt_B\" != \"None\" && $f3_corrupt_A <= $poll_seconds && $f3_corrupt_B <= $poll_seconds")"
row "fault 3: served after the corrupt one, A / B" "$( [ "$served_a" = "$v2" ] && echo v2 || echo "$served_a") / $( [ "$served_b" = "$v2" ] && echo v2 || echo "$served_b")" "v2 / v2" "$(check "\"$served_a\" == \"$v2\" && \"$served_b\" == \"$v2\"")"
row "fault 3: non-2xx + socket errors, A + B" "$f3_failures of $(( $(answers f3-A) + $(answers f3-B) ))" "0" "$(check "$f3_failures == 0")"

# ---- 5. fault 4: staleness between the replicas ----
say "5. fault 4: staleness over $samples purchases"
client stale "${api_port[A]},${api_port[B]}" "$samples" 10 >"$work/f4.json"
row "fault 4: delay to the other replica p50 / p99 / max (ms)" "$(json "$work/f4.json" "d['p50']") / $(json "$work/f4.json" "d['p99']") / $(json "$work/f4.json" "d['max']")" "p99 < 1000" \
  "$(check "$(json "$work/f4.json" "d['p99']") < 1000 && $(json "$work/f4.json" "d['unseen']") == 0")"
row "fault 4: purchases never seen by the other replica (10 s)" "$(json "$work/f4.json" "d['unseen']") of $samples" "0" "$(check "$(json "$work/f4.json" "d['unseen']") == 0")"

echo
echo "fault runs: 2 replicas on a 3-master Redis Cluster, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); wrk -t2 -c32 per replica; models $v1 -> $v2"
echo "rejection reason: $reason"
echo "staleness, purchases seen by the other replica after more than 100 ms (posted to A, to B): before the faults $(json "$work/f0.json" "d['slow']"), after $(json "$work/f4.json" "d['slow']")"
printf '%-58s %-22s %-18s %s\n' figure value target result
printf '%s\n' "${summary[@]}"
[ "$failed" = 0 ] || { echo "faults: a target was missed (logs were in $work, removed on exit)" >&2; [ "$targets" = false ] || exit 1; }
