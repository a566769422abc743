#!/usr/bin/env bash
# A local Redis Cluster of six redis-server processes on loopback: three masters, three replicas.
#   scripts/redis-cluster.sh start  [--base-port P] [--dir D]   start, wait for cluster_state:ok, print the connection string
#   scripts/redis-cluster.sh status [--dir D]                   each node's role and state; exit 1 unless all six are healthy
#   scripts/redis-cluster.sh stop   [--dir D]                   kill the nodes and remove D
# Without --base-port six free ports are chosen (each node also needs port+10000 free for the cluster bus).
# D defaults to ${TMPDIR:-/tmp}/loyalty-redis-cluster; it holds one folder per node and the list of ports.
# Only the connection string goes to stdout (connection=$(scripts/redis-cluster.sh start)); progress goes to stderr.
set -euo pipefail

nodes=6
node_timeout_ms=1500
start_seconds=30

usage() { sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }
fail() { echo "redis-cluster.sh: $*" >&2; exit 1; }
say() { echo "redis-cluster.sh: $*" >&2; }

command=${1-}
[ -n "$command" ] || usage
shift
base_port=""
dir="${TMPDIR:-/tmp}/loyalty-redis-cluster"
while [ $# -gt 0 ]; do
  case "$1" in
    --base-port) [ $# -ge 2 ] || usage; base_port=$2; shift 2 ;;
    --dir) [ $# -ge 2 ] || usage; dir=$2; shift 2 ;;
    *) usage ;;
  esac
done

for tool in redis-server redis-cli; do
  command -v "$tool" >/dev/null 2>&1 || fail "$tool is not on PATH; install it (apt-get install redis-server, which includes redis-cli)"
done

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

ports_free_from() {
  local port
  for ((port = $1; port < $1 + nodes; port++)); do
    if port_in_use "$port" || port_in_use $((port + 10000)); then return 1; fi
  done
}

choose_base_port() {
  local attempt candidate
  for attempt in $(seq 1 50); do
    # Below the kernel's ephemeral range (32768+), bus ports included, so outgoing connections do not take them meanwhile.
    candidate=$((10000 + RANDOM % 12000))
    if ports_free_from "$candidate"; then echo "$candidate"; return; fi
  done
  fail "found no six free consecutive ports (with their bus ports) in 50 tries; pass --base-port"
}

ports() { cat "$dir/ports" 2>/dev/null || true; }

connection_string() { local list=(); for port in $(ports); do list+=("127.0.0.1:$port"); done; (IFS=,; echo "${list[*]}"); }

cli() { timeout 2 redis-cli -h 127.0.0.1 -p "$1" "${@:2}" 2>/dev/null | tr -d '\r'; }

info_field() { cli "$1" "${@:3}" | awk -F: -v field="$2" '$1 == field { print $2 }'; }

# Every node agrees the cluster is ok with all slots served, and every master has its replica attached and in sync.
cluster_ready() {
  local port
  for port in $(ports); do
    [ "$(info_field "$port" cluster_state cluster info)" = ok ] || return 1
    [ "$(info_field "$port" cluster_slots_ok cluster info)" = 16384 ] || return 1
    [ "$(info_field "$port" cluster_known_nodes cluster info)" = "$nodes" ] || return 1
    case "$(info_field "$port" role info replication)" in
      master) [ "$(info_field "$port" connected_slaves info replication)" = 1 ] || return 1 ;;
      slave) [ "$(info_field "$port" master_link_status info replication)" = up ] || return 1 ;;
      *) return 1 ;;
    esac
  done
}

stop_nodes() {
  local port pid
  for port in $(ports); do
    pid=$(cat "$dir/$port/redis.pid" 2>/dev/null || true)
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then kill -KILL "$pid" 2>/dev/null || true; fi
  done
}

start() {
  [ ! -e "$dir/ports" ] || fail "$dir already holds a cluster ($(connection_string)); run: $0 stop --dir $dir"
  if [ -n "$base_port" ]; then
    [[ "$base_port" =~ ^[0-9]+$ ]] && [ "$base_port" -ge 1024 ] && [ "$base_port" -le 55529 ] || fail "--base-port must be a number from 1024 to 55529 (bus ports are port+10000)"
    ports_free_from "$base_port" || fail "ports $base_port-$((base_port + nodes - 1)) or their bus ports (+10000) are in use"
  else
    base_port=$(choose_base_port)
  fi

  mkdir -p "$dir"
  seq "$base_port" $((base_port + nodes - 1)) >"$dir/ports"
  trap 'say "start failed; logs in $dir/*/redis.log"; stop_nodes' ERR

  local port
  for port in $(ports); do
    mkdir -p "$dir/$port"
    # Failover in a second or two, and nothing written to disk: a cluster for tests and benchmarks, not for data.
    redis-server --port "$port" --bind 127.0.0.1 --daemonize yes --dir "$dir/$port" \
      --pidfile "$dir/$port/redis.pid" --logfile "$dir/$port/redis.log" \
      --cluster-enabled yes --cluster-config-file nodes.conf --cluster-node-timeout "$node_timeout_ms" \
      --appendonly no --save "" --enable-debug-command local \
      || fail "redis-server did not start on port $port; see $dir/$port/redis.log"
  done

  local deadline=$((SECONDS + 10))
  for port in $(ports); do
    until [ "$(cli "$port" ping)" = PONG ]; do
      [ $SECONDS -lt $deadline ] || { stop_nodes; fail "node on port $port did not answer PING within 10 s; see $dir/$port/redis.log"; }
      sleep 0.1
    done
  done

  local endpoints=()
  for port in $(ports); do endpoints+=("127.0.0.1:$port"); done
  timeout "$start_seconds" redis-cli --cluster create "${endpoints[@]}" --cluster-replicas 1 --cluster-yes >"$dir/create.log" 2>&1 \
    || { stop_nodes; fail "redis-cli --cluster create failed: $(tail -5 "$dir/create.log")"; }

  deadline=$((SECONDS + start_seconds))
  until cluster_ready; do
    [ $SECONDS -lt $deadline ] || { stop_nodes; fail "cluster not ok within $start_seconds s; run: $0 status --dir $dir"; }
    sleep 0.2
  done
  trap - ERR
  say "cluster ok: 3 masters, 3 replicas, 16384 slots, node timeout ${node_timeout_ms} ms, data in $dir"
  connection_string
}

status() {
  [ -e "$dir/ports" ] || fail "no cluster in $dir"
  local port role state=""
  for port in $(ports); do
    role=$(info_field "$port" role info replication || true)
    if [ -z "$role" ]; then echo "127.0.0.1:$port down"; continue; fi
    echo "127.0.0.1:$port $role cluster_state:$(info_field "$port" cluster_state cluster info || true)"
  done
  echo "connection string: $(connection_string)"
  if cluster_ready; then echo "healthy: six nodes up, every master with its replica, cluster_state:ok"; return 0; fi
  echo "not healthy: a node is down, a replica is missing or catching up, or the cluster is not ok"
  return 1
}

stop() {
  [ -e "$dir/ports" ] || { say "no cluster in $dir"; return 0; }
  stop_nodes
  local port pid deadline=$((SECONDS + 5))
  for port in $(ports); do
    pid=$(cat "$dir/$port/redis.pid" 2>/dev/null || true)
    while [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; do
      [ $SECONDS -lt $deadline ] || fail "node $pid on port $port did not exit"
      sleep 0.1
    done
  done
  for port in $(ports); do rm -rf "${dir:?}/$port"; done
  rm -f "$dir/ports" "$dir/create.log"
  rmdir "$dir" 2>/dev/null || true
  say "stopped; removed $dir"
}

case "$command" in
  start) start ;;
  status) status ;;
  stop) stop ;;
  *) usage ;;
esac
