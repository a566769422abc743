#!/usr/bin/env bash
# Trains, evaluates and publishes a model bundle to models/current.
#   ./train.sh                                     the sample data (generated into data/sample on first use)
#   ./train.sh --data FILE --mapping MAPPING.json  your own purchase history (CSV, CSV.GZ or Parquet)
#   ./train.sh --serve                             train, then start the API on http://127.0.0.1:5080
#   ./train.sh models list | tune | export ...     any other trainer command (./train.sh --help lists them)
set -euo pipefail
cd "$(dirname "$0")"

dotnet build src/Loyalty.ML.Training/Loyalty.ML.Training.csproj -c Release --nologo -v quiet -clp:ErrorsOnly
trainer=(dotnet src/Loyalty.ML.Training/bin/Release/net10.0/loyalty-train.dll)

serve=false
args=()
for arg in "$@"; do
  if [ "$arg" = "--serve" ]; then serve=true; else args+=("$arg"); fi
done

if [ ${#args[@]} -gt 0 ] && [[ "${args[0]}" != -* ]]; then
  exec "${trainer[@]}" "${args[@]}"
fi

if [[ " ${args[*]-} " != *" --data "* ]] && [ ! -f data/sample/transactions.csv ]; then
  "${trainer[@]}" generate --out data/sample
fi
"${trainer[@]}" train ${args[@]+"${args[@]}"}

if $serve; then
  dotnet build src/Loyalty.ML.Api/Loyalty.ML.Api.csproj -c Release --nologo -v quiet -clp:ErrorsOnly
  export Models__RegistryPath="$PWD/models"
  cd src/Loyalty.ML.Api/bin/Release/net10.0
  exec dotnet Loyalty.ML.Api.dll
fi
