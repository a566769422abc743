#!/usr/bin/env bash
# How often the campaign report's 95% interval holds the simulated truth, over seeds:
#   tests/campaign-coverage.sh LIFT CONTROL_SHARE SEEDS [CUSTOMERS] [LINES]
#   tests/campaign-coverage.sh 0.15 0.5 40     # the README's figures; also with LIFT 0
# Works in a scratch folder; prints one line per seed and the count at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
lift=$1; share=$2; seeds=$3; customers=${4:-4000}; lines=${5:-120000}
[ -n "${LOYALTY_BUILT-}" ] || dotnet build src/Loyalty.ML.Training/Loyalty.ML.Training.csproj -c Release --nologo -v quiet -clp:ErrorsOnly
trainer=(dotnet "$PWD/src/Loyalty.ML.Training/bin/Release/net10.0/loyalty-train.dll")
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
covered=0; told=0
for seed in $(seq 1 "$seeds"); do
  out=$("${trainer[@]}" generate --out "$scratch/s" --seed "$seed" --customers "$customers" --lines "$lines" --campaign-lift "$lift" --campaign-control-share "$share")
  truth=$(sed -n 's/.*true lift in 60-day conversion \([-0-9.]*\) points.*/\1/p' <<<"$out")
  "${trainer[@]}" campaign-report winback-sim --data "$scratch/s" --assignments "$scratch/s/campaign_assignments.csv" --json "$scratch/r.json" >/dev/null
  read -r inside distinguishable line < <(python3 - "$scratch/r.json" "$truth" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))["overall"]["conversion"]["within_60_days"]
truth = float(sys.argv[2]) / 100
low, high = d["interval_95"]
print(int(low <= truth <= high), int(d["distinguishable_from_zero"]), f"truth={truth:+.4f} estimate={d['difference']:+.4f} [{low:+.4f}, {high:+.4f}]")
PY
)
  covered=$((covered + inside)); told=$((told + distinguishable))
  echo "seed $seed: $line inside=$inside distinguishable=$distinguishable"
done
echo "lift $lift, control share $share: truth inside the 95% interval in $covered of $seeds seeds; distinguishable from zero in $told of $seeds"
