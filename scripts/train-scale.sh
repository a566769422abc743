#!/usr/bin/env bash
# How much data one training node handles: generates sample histories of growing size and trains each with the
# product's trainer, reporting wall time and peak resident memory (GNU time). Usage: scripts/train-scale.sh [LINES...]
# (default 200000 1000000 2000000). Customers and items grow with the lines. Bounded by the sizes you pass.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@"); [ ${#sizes[@]} -gt 0 ] || sizes=(200000 1000000 2000000)
[ -x /usr/bin/time ] || { echo "train-scale.sh: needs GNU time (apt-get install time)" >&2; exit 1; }

dotnet build src/Loyalty.ML.Training -c Release -v q -nologo >/dev/null
trainer=(dotnet "src/Loyalty.ML.Training/bin/Release/net10.0/loyalty-train.dll")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

printf '%-10s %-10s %-7s %-12s %-12s %-14s\n' lines customers items train_s peak_rss_mb lines_per_s
for lines in "${sizes[@]}"; do
  customers=$(( lines / 67 )); items=$(( 500 + lines / 500 ))
  data="$work/data-$lines"; registry="$work/models-$lines"
  "${trainer[@]}" generate --out "$data" --customers "$customers" --items "$items" --lines "$lines" >/dev/null
  /usr/bin/time -f '%e %M' -o "$work/time" "${trainer[@]}" train --data "$data" --models "$registry" >"$work/train-$lines.log" 2>&1 \
    || { echo "train failed at $lines lines; see below" >&2; tail -20 "$work/train-$lines.log" >&2; exit 1; }
  read -r seconds kilobytes <"$work/time"
  awk -v l="$lines" -v c="$customers" -v i="$items" -v s="$seconds" -v k="$kilobytes" \
    'BEGIN { printf "%-10d %-10d %-7d %-12.1f %-12.0f %-14.0f\n", l, c, i, s, k / 1024, l / s }'
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
