#!/usr/bin/env bash
# Trains, evaluates and publishes a model bundle to models/current.
#   ./train.sh                                     the sample data (generated into data/sample on first use)
#   ./train.sh --data FILE --mapping MAPPING.json  your own purchase history (CSV, CSV.GZ or Parquet)
#   ./train.sh --serve                             train, then start the API on http://127.0.0.1:5080 (/dashboard, /scalar)
#   ./train.sh validate --data FILE --mapping M    check a history and its mapping without training
#   ./train.sh models list | tune | export ...     any other trainer command (./train.sh --help lists them)
#   ./train.sh bench-recs | bench-load | bench-churn | bench-events | bench-ease  the benchmarks (src/Loyalty.ML.Benchmarks)
#   ./train.sh bench-cache-layers                  the answer cache's two layers against the bare Redis GET (src/Loyalty.ML.Api/bench/cache-layers.sh)
#   ./train.sh bench-faults                        two replicas on a Redis Cluster under load and faults (scripts/fault-runs.sh)
set -euo pipefail
cd "$(dirname "$0")"
# Each command builds Release first, unless LOYALTY_BUILT is set: its caller built it (scripts/bench-smoke.sh, once for all).

if [[ "${1-}" == bench-cache-layers ]]; then
  shift
  exec src/Loyalty.ML.Api/bench/cache-layers.sh "$@"
fi

if [[ "${1-}" == bench-faults ]]; then
  shift
  exec scripts/fault-runs.sh "$@"
fi

if [[ "${1-}" == bench-* ]]; then
  [ -n "${LOYALTY_BUILT-}" ] || dotnet build src/Loyalty.ML.Benchmarks/Loyalty.ML.Benchmarks.csproj -c Release --nologo -v quiet -clp:ErrorsOnly >&2
  exec dotnet src/Loyalty.ML.Benchmarks/bin/Release/net10.0/loyalty-bench.dll "$@"
fi

# Build output goes to stderr: stdout is the trainer's own (--json documents, help) so it can be piped.
[ -n "${LOYALTY_BUILT-}" ] || dotnet build src/Loyalty.ML.Training/Loyalty.ML.Training.csproj -c Release --nologo -v quiet -clp:ErrorsOnly >&2
trainer=(dotnet src/Loyalty.ML.Training/bin/Release/net10.0/loyalty-train.dll)

serve=false
registry=models
args=()
previous=""
for arg in "$@"; do
  if [ "$arg" = "--serve" ]; then serve=true; else args+=("$arg"); fi
  # --serve serves the registry the run trained into: the trainer's --models (default models).
  if [ "$previous" = "--models" ]; then registry=$arg; fi
  case "$arg" in --models=*) registry=${arg#--models=} ;; esac
  previous=$arg
done

if [ ${#args[@]} -gt 0 ] && { [[ "${args[0]}" != -* ]] || [[ "${args[0]}" =~ ^(-h|--help|-\?)$ ]]; }; then
  exec "${trainer[@]}" "${args[@]}"
fi

if [[ " ${args[*]-} " != *" --data "* ]] && [ ! -f data/sample/transactions.csv ]; then
  "${trainer[@]}" generate --out data/sample >&2
fi
"${trainer[@]}" train ${args[@]+"${args[@]}"}

if $serve; then
  [ -n "${LOYALTY_BUILT-}" ] || dotnet build src/Loyalty.ML.Api/Loyalty.ML.Api.csproj -c Release --nologo -v quiet -clp:ErrorsOnly >&2
  # Every /v1 endpoint needs a key: make one local key with every scope on first use, kept out of git.
  keys=data/local/api-keys.env
  if [ ! -f "$keys" ]; then
    mkdir -p data/local
    key=$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')
    umask 077
    cat > "$keys" <<KEYS
export LOYALTY_DEV_KEY=$key
export ApiKeys__Keys__dev__Key=$key
export ApiKeys__Keys__dev__Scopes__0=recommendations:read
export ApiKeys__Keys__dev__Scopes__1=churn:read
export ApiKeys__Keys__dev__Scopes__2=offers:read
export ApiKeys__Keys__dev__Scopes__3=admin
export ApiKeys__Keys__dev__Scopes__4=events:write
KEYS
  fi
  # Keys files made before the events endpoints lack their scope.
  grep -q 'events:write' "$keys" || echo 'export ApiKeys__Keys__dev__Scopes__4=events:write' >> "$keys"
  # shellcheck source=/dev/null
  source "$keys"
  url=${ASPNETCORE_URLS:-http://127.0.0.1:5080}
  url=${url%%;*}
  echo "API on $url: dashboard $url/dashboard, API reference $url/scalar"
  echo "Local key (every scope) in $keys: source it and send X-Api-Key: \$LOYALTY_DEV_KEY (the dashboard asks for it once)"
  mkdir -p "$registry"
  Models__RegistryPath="$(cd "$registry" && pwd)"
  export Models__RegistryPath
  echo "Serving the registry $Models__RegistryPath"
  cd src/Loyalty.ML.Api/bin/Release/net10.0
  exec dotnet Loyalty.ML.Api.dll
fi
