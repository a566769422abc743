#!/usr/bin/env bash
# What the exposure log costs a cached answer, and what it takes on disk, measured with wrk on this machine.
#   src/Loyalty.ML.Api/bench/exposures.sh [--models DIR] [--data DIR] [--duration 6s] [--warmup 3s] [--rounds 12]
#     [--pace 4] [--connections 32] [--threads 2] [--sample-rate R] [--api-dll PATH] [--no-redis] [--no-targets]
# Two APIs on one redis-server, the same bundle, both answering one customer's cached list: one records the lists it
# serves (Exposures:SampleRate, 1 by default as in the product; --sample-rate to change it), the other records none
# (SampleRate 0) and, as a second replica does, stores the first one's lists from its stream. Every round starts both
# APIs afresh (empty stores, empty Redis), warms each up with a discarded wrk run, measures the second replica idle, then
# runs wrk on each in turn, alternating which goes first (on/off, then off/on), the other API stopped (SIGSTOP) meanwhile. "Cached-answer CPU" is the CPU (user +
# system, /proc/PID/stat) of exactly the serving API process over the run and the second after it (the writer's last
# batch counts), per request. The ratio with/without the log is taken per round; the verdict is the median of the rounds
# with a 95% bootstrap interval over rounds (target <= 1.05: met when the interval's upper end is under it, missed when
# its lower end is above; exits 1 on a miss unless --no-targets). Reported apart, as the cost of sharing the log: the
# second replica's CPU per list stored from the stream (its CPU in the seconds after the run, less its idle CPU of the round)
# and redis-server's CPU per list (its CPU in the logging runs less that in the other runs, per request). Also: GC bytes
# allocated per request by each, the bytes the exposure table holds per million lists (SQLite's dbstat, last round), and
# one online evaluation of the last round's log. Where the difference is: each API's CPU per request split by thread
# (request threads, the exposure writer, the JIT's tiered compilation, which a warm-up does not always finish), its GC
# collections and pause per request (per round too, and how many rounds each API spent in the state where nearly every
# collection is gen1, with the ratio over the rounds where both were in the same state; what the last collection of a
# run promoted and gen1's size and free space after it, in builds that report them), and, where perf can count them
# (hardware counters; not in every VM), the user and kernel instructions retired per request, a measure other processes
# on the machine do not move.
# With --no-redis neither has Redis (one replica: no stream). --api-dll runs another build (a before/after comparison).
# Short run (smoke): --duration 1s --warmup 1s --rounds 1 --connections 4 --threads 1 --no-targets.
set -euo pipefail
root="$(cd "$(dirname "$0")/../../.." && pwd)"
models="$root/models"; data="$root/data/sample"; duration=6s; warmup=3s; idle=2; copy=3; pace=4; rounds=12; connections=32; threads=2; redis=yes; targets=yes
rate=""; api_dll="$root/src/Loyalty.ML.Api/bin/Release/net10.0/Loyalty.ML.Api.dll"
while [ $# -gt 0 ]; do
  case "$1" in
    --models) models="$2"; shift 2 ;;
    --data) data="$2"; shift 2 ;;
    --duration) duration="$2"; shift 2 ;;
    --warmup) warmup="$2"; shift 2 ;;
    --pace) pace="$2"; shift 2 ;;
    --rounds) rounds="$2"; shift 2 ;;
    --connections) connections="$2"; shift 2 ;;
    --threads) threads="$2"; shift 2 ;;
    --sample-rate) rate="$2"; shift 2 ;;
    --api-dll) api_dll="$(cd "$(dirname "$2")" && pwd)/$(basename "$2")"; shift 2 ;;
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
key="bench-key-0123456789abcdef"
start_bench_redis
redis_pid=${pids[-1]}
redis_connection=""; [ "$redis" = yes ] && redis_connection="127.0.0.1:$redis_port"

declare -A port pid
# Not in a command substitution: a subshell's pids+=() would not reach the cleanup, and the APIs would outlive the bench.
start_api() { # name, store, extra env...; sets port[name] and pid[name] (env execs dotnet: the pid is the API process itself)
  local name=$1 store=$2; shift 2
  port[$name]=$(free_port)
  env ASPNETCORE_URLS="http://127.0.0.1:${port[$name]}" ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning \
    Models__RegistryPath="$models" Events__StorePath="$store" Redis__ConnectionString="$redis_connection" Benchmark__Enabled=true \
    ApiKeys__Keys__bench__Key="$key" ApiKeys__Keys__bench__Scopes__0=recommendations:read ApiKeys__Keys__bench__Scopes__1=reports:read \
    ApiKeys__Keys__bench__PermitLimit=100000000 OnlineEvaluation__Refresh=01:00:00 \
    "$@" dotnet "$api_dll" >"$work/api-$name.log" 2>&1 &
  pids+=($!); pid[$name]=$!
  for _ in $(seq 1 3000); do
    curl -sf "http://127.0.0.1:${port[$name]}/health/ready" >/dev/null 2>&1 && return 0
    sleep 0.01
  done
  echo "bench: the API $name did not become ready:" >&2; cat "$work/api-$name.log" >&2; exit 1
}
stop_api() { kill "${pid[$1]}"; wait "${pid[$1]}" 2>/dev/null || true; }

customer=$(awk -F, 'NR == 2 {print $1}' "$data/customers.csv")
# Paced load: each connection waits --pace ms between requests, so both APIs serve about the same rate, below what the
# machine can do. CPU per request falls as throughput rises (more requests a socket wake-up), so at full speed an API
# slowed by anything else on the two cores (another engineer's build, the replica copying) pays more per request for a
# reason that is not the log's; at one rate for both that goes away. --pace 0: full speed, as fast as wrk can.
if [ "$pace" = 0 ]; then echo "" >"$work/pace.lua"; else echo "function delay() return $pace end" >"$work/pace.lua"; fi
on_env=(); [ -n "$rate" ] && on_env=(Exposures__SampleRate="$rate")
url() { echo "http://127.0.0.1:${port[$1]}/v1/customers/$customer/recommendations?count=10"; }

# Clock ticks of user + system time of a process (fields 14 and 15 of /proc/PID/stat, after the command's parentheses).
ticks() { awk '{ sub(/^.*\) /, ""); print $12 + $13 }' "/proc/$1/stat"; }
# The logging API's exposure writer thread (named "Exposure writer"; none in builds before it had a thread of its own).
writer_ticks() { if [ -n "$writer_tid" ]; then ticks "${pid[on]}/task/$writer_tid"; else echo 0; fi; }
snapshot() { # file: CPU ticks of both APIs, redis-server and the writer thread, and the wall clock
  echo "$(ticks "${pid[on]}") $(ticks "${pid[off]}") $(ticks "$redis_pid") $(writer_ticks) $(date +%s%N)" >"$1"
}
# Every thread of a process: id, CPU ticks, name (threads come and go: the JIT's tiered compilation thread among them).
# A thread that ends between the listing and the reading of its files is left out (its CPU since the last snapshot with it is lost).
thread_ticks() {
  local task name cpu
  for task in /proc/"$1"/task/*; do
    name=$({ tr ' ' _ <"$task/comm"; } 2>/dev/null) && cpu=$(ticks "$1/task/${task##*/}" 2>/dev/null) && [ -n "$name" ] && [ -n "$cpu" ] &&
      echo "${task##*/} $cpu $name"
  done
  return 0
}
# Instructions retired need the CPU's counters, which many VMs do not pass on: counted only when perf counts them here.
counting=no
if command -v perf >/dev/null && perf stat -x, -e instructions:u -- true 2>&1 | grep -q '^[0-9]'; then counting=yes; fi
runtime() { curl -sf "http://127.0.0.1:${port[$1]}/bench/runtime"; }
# The API not measured is stopped (SIGSTOP) for the run: on two cores the second replica copying the lists as they come
# would otherwise take CPU from the logging API alone, lower its throughput and with it the batching of its sockets, and
# raise its CPU per request for a reason that is the bench's, not the log's (a real replica runs elsewhere). It copies
# them after the run, measured then.
measure() { # name, other, round
  local name=$1 other=$2 run="$1-$3"
  kill -STOP "${pid[$other]}"
  runtime "$name" >"$work/$run.runtime.before.json"; thread_ticks "${pid[$name]}" >"$work/$run.threads.before"; snapshot "$work/$run.before"
  local perf_pid=""
  if [ "$counting" = yes ]; then perf stat -x, -e instructions:u,instructions:k -p "${pid[$name]}" -o "$work/$run.perf" & perf_pid=$!; fi
  wrk -t"$threads" -c"$connections" -d"$duration" -H "X-Api-Key: $key" -s "$work/pace.lua" "$(url "$name")" >"$work/$run.txt"
  sleep 1
  if [ -n "$perf_pid" ]; then kill -INT "$perf_pid"; wait "$perf_pid" 2>/dev/null || true; fi
  snapshot "$work/$run.after"; thread_ticks "${pid[$name]}" >"$work/$run.threads.after"; runtime "$name" >"$work/$run.runtime.after.json"
  kill -CONT "${pid[$other]}"
  if [ "$name" = on ]; then snapshot "$work/copy-$3.before"; sleep "$copy"; snapshot "$work/copy-$3.after"; fi
}

# Every round starts both APIs afresh, on empty stores and an empty Redis: a process's own state (its thread pool's
# size, the code tiered compilation made from what it saw, its heap, the log's file and stream grown by earlier rounds)
# is then drawn anew each round, so the interval over rounds holds the spread between runs, not only within one pair
# of processes. Each warms up (wrk, discarded) to its optimized code before anything is measured.
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
for round in $(seq 1 "$rounds"); do
  [ -z "$redis_connection" ] || redis-cli -p "$redis_port" flushall >/dev/null
  rm -f "$work"/on.db* "$work"/off.db*
  start_api on "$work/on.db" "${on_env[@]}"
  start_api off "$work/off.db" Exposures__SampleRate=0
  writer_tid=$(grep -lx "Exposure writer" /proc/"${pid[on]}"/task/*/comm 2>/dev/null | head -1 | cut -d/ -f5 || true)
  for name in on off; do
    curl -sf -H "X-Api-Key: $key" "$(url "$name")" >/dev/null
    wrk -t"$threads" -c"$connections" -d"$warmup" -H "X-Api-Key: $key" "$(url "$name")" >/dev/null
  done
  sleep 2 # the second replica stores the warm-up's lists first
  snapshot "$work/idle-$round.before"; sleep "$idle"; snapshot "$work/idle-$round.after"
  if [ $((round % 2)) -eq 1 ]; then measure on off "$round"; measure off on "$round"; else measure off on "$round"; measure on off "$round"; fi
  if [ "$round" -eq "$rounds" ]; then
    evaluation_started=$(date +%s%N)
    curl -sf -H "X-Api-Key: $key" "http://127.0.0.1:${port[on]}/v1/evaluation/online" >"$work/online.json"
    evaluation_ms=$(( ($(date +%s%N) - evaluation_started) / 1000000 ))
  fi
  stop_api on; stop_api off
done

python3 - "$work" "$rounds" "$duration" "$load_before" "$(cut -d' ' -f1-3 /proc/loadavg)" "$redis" "$evaluation_ms" "$targets" \
  "$(getconf CLK_TCK)" "${rate:-1 (the default)}" "$api_dll" "$copy" "$pace" "$counting" <<'PY'
import json, os, random, re, sqlite3, sys, statistics
work, rounds, duration, before, after = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4], sys.argv[5]
with_redis, tick_ms, copy = sys.argv[6] == "yes", 1000 / int(sys.argv[9]), sys.argv[12]
ON, OFF, REDIS, WRITER = 0, 1, 2, 3
def delta(name):  # CPU ms of [on API, off API, redis-server] and the wall time in ms between the snapshots
    a, b = ([float(v) for v in open(f"{work}/{name}.{when}").read().split()] for when in ("before", "after"))
    return [(b[i] - a[i]) * tick_ms for i in range(4)], (b[4] - a[4]) / 1e6
def runtime(name, key):
    a, b = (json.load(open(f"{work}/{name}.runtime.{when}.json")) for when in ("before", "after"))
    return b[key] - a[key]
def allocated(name):
    return runtime(name, "allocatedBytes")
def split(name):  # CPU ms of the serving API's threads: [request threads and the rest, the exposure writer, tiered compilation]
    rows = lambda path: [fields for fields in (line.split() for line in open(path)) if len(fields) == 3]
    before = {tid: int(ticks) for tid, ticks, _ in rows(f"{work}/{name}.threads.before")}
    parts = [0.0, 0.0, 0.0]
    for tid, ticks, thread in rows(f"{work}/{name}.threads.after"):
        part = 1 if thread == "Exposure_writer" else 2 if thread.startswith(".NET_Tiered") else 0
        parts[part] += (int(ticks) - before.get(tid, 0)) * tick_ms
    return parts
def instructions(name):  # user and kernel instructions retired over the run, or None when perf did not count them
    path = f"{work}/{name}.perf"
    if not os.path.exists(path):
        return None
    counts = [line.split(",")[0] for line in open(path) if ",instructions" in line]
    return [float(count) for count in counts] if len(counts) == 2 and all(re.fullmatch(r"\d+", c) for c in counts) else None
def run(name):
    text = open(f"{work}/{name}.txt").read()
    requests = int(re.search(r"(\d+) requests in", text).group(1))
    if requests == 0 or re.search(r"Non-2xx", text):
        sys.exit(f"bench: run {name} got {requests} requests or non-2xx answers:\n{text}")
    return requests, float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
def interval(values, statistic=statistics.median, draws=10_000):
    rng = random.Random(30)
    stats = sorted(statistic(rng.choices(values, k=len(values))) for _ in range(draws))
    return stats[int(0.025 * draws)], stats[int(0.975 * draws) - 1]
print(f"wrk {duration} per run, {'full speed' if sys.argv[13] == '0' else f'each connection pausing {sys.argv[13]} ms between requests'}, {rounds} rounds alternating, each on a fresh pair of APIs warmed up first, the other stopped, Redis {sys.argv[6]}, sample rate {sys.argv[10]}; load average {before} before, {after} after")
print(f"API: {sys.argv[11]}")
ratios, writer_shares, served, last_served, writer_ms, follower_ms, redis_on, redis_off, requests_off, bytes_on, bytes_off = [], [], 0, 0, 0.0, 0.0, 0.0, 0.0, 0, 0, 0
parts, gc, counted = {"on": [], "off": []}, {"on": [], "off": []}, {"on": [], "off": []}
for round in range(1, rounds + 1):
    (on_req, on_rps), (off_req, off_rps) = run(f"on-{round}"), run(f"off-{round}")
    on_cpu, _ = delta(f"on-{round}")
    off_cpu, _ = delta(f"off-{round}")
    on_us, off_us = on_cpu[ON] * 1000 / on_req, off_cpu[OFF] * 1000 / off_req
    served += on_req; requests_off += off_req; last_served = on_req; writer_ms += on_cpu[WRITER]
    idle, idle_ms = delta(f"idle-{round}")
    copied, copy_ms = delta(f"copy-{round}")
    follower_ms += copied[OFF] - idle[OFF] * copy_ms / idle_ms
    redis_on += on_cpu[REDIS]; redis_off += off_cpu[REDIS]
    bytes_on += allocated(f"on-{round}"); bytes_off += allocated(f"off-{round}")
    for mode, requests in (("on", on_req), ("off", off_req)):
        run_name = f"{mode}-{round}"
        parts[mode].append([ms * 1000 / requests for ms in split(run_name)])
        gc[mode].append([runtime(run_name, f"gen{g}Collections") * 10_000 / requests for g in range(3)] + [runtime(run_name, "gcPauseMilliseconds") * 1000 / requests])
        if (count := instructions(run_name)) is not None:
            counted[mode].append([c / requests for c in count])
    ratios.append(on_us / off_us)
    writer_shares.append(on_cpu[WRITER] * 1000 / on_req / off_us)
    print(f"round {round}: with the log {on_us:6.1f} us CPU/request ({on_rps:8.0f} req/s), without {off_us:6.1f} us ({off_rps:8.0f} req/s): ratio {on_us / off_us:.3f}; "
          f"gen0/gen1 per 10,000 requests {gc['on'][-1][0]:.1f}/{gc['on'][-1][1]:.1f} with, {gc['off'][-1][0]:.1f}/{gc['off'][-1][1]:.1f} without")
ratio = statistics.median(ratios)
low, high = interval(ratios) if len(ratios) > 1 else (ratio, ratio)
verdict = "met" if high <= 1.05 else "missed" if low > 1.05 else "not distinguishable from 1.05 with these rounds"
if writer_ms > 0:
    share = statistics.median(writer_shares)
    share_low, share_high = interval(writer_shares) if len(writer_shares) > 1 else (share, share)
    print(f"of which the exposure writer's own thread: {writer_ms * 1000 / served:.2f} us CPU per list, {100 * share:.1f}% of a cached answer's CPU without the log "
          f"(median of the rounds, 95% interval {100 * share_low:.1f}-{100 * share_high:.1f}%; batches, SQLite, stream writes: the log's own work but for the request path's queue write)")
print(f"GC allocated per request: with the log {bytes_on / served:,.0f} bytes, without {bytes_off / requests_off:,.0f} bytes")
median = lambda rows, i: statistics.median(row[i] for row in rows)
print("where the CPU goes, us per request (median of the rounds), with the log / without: "
      + "; ".join(f"{what} {median(parts['on'], i):.1f} / {median(parts['off'], i):.1f}" for i, what in enumerate(("request and other threads", "exposure writer", "tiered compilation (JIT)"))))
without_jit = [(on[0] + on[1]) / off[0] for on, off in zip(parts["on"], parts["off"])]
print(f"  without the JIT's thread (compiling still going on after the warm-up, in either API): x{statistics.median(without_jit):.3f}"
      + (f" (95% interval x{interval(without_jit)[0]:.3f} to x{interval(without_jit)[1]:.3f})" if len(without_jit) > 1 else ""))
print("GC per 10,000 requests, with the log / without: "
      + ", ".join(f"gen{g} {median(gc['on'], g):.2f} / {median(gc['off'], g):.2f}" for g in range(3))
      + f"; pause {median(gc['on'], 3):.2f} / {median(gc['off'], 3):.2f} us per request")
# A process either collects mostly gen0 or settles in a state where nearly every collection is gen1 (the GC condemning
# gen1 for its fragmentation each time; read with a GC trace), which costs more per request; which one a fresh process
# lands in varies from run to run, with or without the log. Counted per round, and the ratio over the rounds where
# both APIs were in the same state, so a difference of states is not read as the log's cost.
gen1_state = {mode: [row[1] >= 0.5 * row[0] > 0 for row in gc[mode]] for mode in ("on", "off")}
same = [ratio for ratio, on, off in zip(ratios, gen1_state["on"], gen1_state["off"]) if on == off]
print(f"rounds in the gen1 state (most collections gen1): with the log {sum(gen1_state['on'])} of {rounds}, without {sum(gen1_state['off'])} of {rounds}; "
      + (f"ratio over the {len(same)} rounds with both in the same state x{statistics.median(same):.3f}"
         + (f" (95% interval x{interval(same)[0]:.3f} to x{interval(same)[1]:.3f})" if len(same) > 1 else "") if same else "no round with both in the same state"))
last = {mode: [json.load(open(f"{work}/{mode}-{r}.runtime.after.json")) for r in range(1, rounds + 1)] for mode in ("on", "off")}
if all("gen1FragmentationAfterBytes" in stats for runs in last.values() for stats in runs):
    kb = lambda mode, key: statistics.median(stats[key] for stats in last[mode]) / 1024
    print("the last collection of each run (median of the rounds), with the log / without: promoted "
          + f"{kb('on', 'lastGcPromotedBytes'):,.0f} / {kb('off', 'lastGcPromotedBytes'):,.0f} KB; gen1 after it "
          + f"{kb('on', 'gen1SizeAfterBytes'):,.0f} / {kb('off', 'gen1SizeAfterBytes'):,.0f} KB, of which free (fragmentation) "
          + f"{kb('on', 'gen1FragmentationAfterBytes'):,.0f} / {kb('off', 'gen1FragmentationAfterBytes'):,.0f} KB")
if len(counted["on"]) == rounds and len(counted["off"]) == rounds:
    counts = [(on[0] + on[1]) / (off[0] + off[1]) for on, off in zip(counted["on"], counted["off"])]
    print(f"instructions retired per request (perf; user + kernel), with the log / without: {median(counted['on'], 0):,.0f} + {median(counted['on'], 1):,.0f} / "
          f"{median(counted['off'], 0):,.0f} + {median(counted['off'], 1):,.0f}: x{statistics.median(counts):.3f}"
          + (f" (95% interval x{interval(counts)[0]:.3f} to x{interval(counts)[1]:.3f})" if rounds > 1 else ""))
else:
    print("instructions retired: not counted (" + ("perf counted none" if sys.argv[14] == "yes" else "perf has no hardware counters here, or is not installed") + ")")
spread = f"95% bootstrap interval x{low:.3f} to x{high:.3f}" if len(ratios) > 1 else "one round: no interval"
print(f"exposure log on cached answers: CPU per request x{ratio:.3f} (median of {rounds} rounds; {spread}; target <= 1.05: {verdict})")
db = sqlite3.connect(f"file:{work}/on.db?mode=ro", uri=True)
lists = db.execute("SELECT COUNT(*) FROM exposures").fetchone()[0]
try:
    size = db.execute("SELECT SUM(pgsize) FROM dbstat WHERE name = 'exposures'").fetchone()[0]
    how = "dbstat, the table's pages"
except sqlite3.OperationalError:
    size = db.execute("PRAGMA page_count").fetchone()[0] * db.execute("PRAGMA page_size").fetchone()[0]
    how = "the whole database file: this SQLite has no dbstat"
print(f"online evaluation of the last round's log (GET /v1/evaluation/online, recomputed): {int(sys.argv[7]):,} ms")
print(f"exposure log: {lists:,} lists stored in the last round for its {last_served:,} measured requests and its warm-up; {size / max(lists, 1):.0f} bytes a list, {size / max(lists, 1):.0f} MB per million lists ({how})")
if with_redis:
    other = sqlite3.connect(f"file:{work}/off.db?mode=ro", uri=True).execute("SELECT COUNT(*) FROM exposures").fetchone()[0]
    print(f"sharing the log, apart from the serving process: the second replica stored {other:,} lists in the last round, {follower_ms * 1000 / max(served, 1):.1f} us CPU per list "
          f"(its CPU in the {copy} s after the first served, less its idle CPU); redis-server {(redis_on / served - redis_off / requests_off) * 1000:.2f} us CPU per list "
          f"(per request in the logging runs less per request in the others)")
if sys.argv[8] == "yes" and low > 1.05:
    sys.exit(f"bench: target missed: the exposure log costs x{ratio:.3f} CPU per cached answer (interval x{low:.3f} to x{high:.3f}; target <= 1.05); --no-targets reports without failing")
PY
