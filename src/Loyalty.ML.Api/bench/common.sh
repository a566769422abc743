# Shared by the API benchmarks (sourced, not run): a scratch folder, a cleanup that stops every process started into
# $pids, a free loopback port finder, the baseline's redis-server, and a Release build of the API. Expects $root (the repository root).
work=$(mktemp -d)
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

# LOYALTY_BUILT: the caller built Release already (scripts/bench-smoke.sh, once for every bench).
[ -n "${LOYALTY_BUILT-}" ] || dotnet build "$root/src/Loyalty.ML.Api/Loyalty.ML.Api.csproj" -c Release --nologo -v quiet -clp:ErrorsOnly >/dev/null

# A redis-server on a free port ($redis_port) holding the 400-byte value the baseline endpoint reads.
start_bench_redis() {
  redis_port=$(free_port)
  redis-server --port "$redis_port" --bind 127.0.0.1 --save "" --appendonly no --logfile "$work/redis.log" &
  pids+=($!)
  until redis-cli -p "$redis_port" ping >/dev/null 2>&1; do sleep 0.1; done
  redis-cli -p "$redis_port" SET loyalty:bench:baseline "$(python3 -c 'import json; print(json.dumps({"id":"C000001","items":[{"itemId":f"I{i:06d}","score":round(1/(i+1),6)} for i in range(11)],"pad":"x"*40})[:400].ljust(400))')" >/dev/null
}

# A wrk script cycling through the customer ids in file $1 (one a line) with API key $2, written to $3; each wrk thread
# starts at a random id when $4 is "random", else at the first.
customers_lua() {
  local start=0; [ "${4:-}" = random ] && start='math.random(0, #ids)'
  cat >"$3" <<LUA
local ids = {}
for line in io.lines("$1") do ids[#ids + 1] = line end
local n = $start
wrk.headers["X-Api-Key"] = "$2"
request = function()
  n = n + 1
  return wrk.format("GET", "/v1/customers/" .. ids[(n % #ids) + 1] .. "/recommendations?count=10")
end
LUA
}
