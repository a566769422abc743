#!/usr/bin/env bash
# How much data one training node handles: generates sample histories of growing size and trains each with the
# product's trainer, reporting wall time, CPU time (user + system: the figure to read when the machine is shared), peak
# resident memory (GNU time), each per million lines, the seconds of each stage (from the trainer's progress lines) and,
# at the end, the slopes over the shapes run: what one more million lines costs in CPU seconds and peak MB.
# Usage: scripts/train-scale.sh [SHAPE...], a shape being LINES (customers and items grow with the lines) or
# LINES:CUSTOMERS:ITEMS. Default: 200000 1000000 2000000 and the
# 50k-item shape 1000000:20000:50000. Bounded by the sizes you pass.
set -euo pipefail
cd "$(dirname "$0")/.."
shapes=("$@"); [ ${#shapes[@]} -gt 0 ] || shapes=(200000 1000000 2000000 1000000:20000:50000)
[ -x /usr/bin/time ] || { echo "train-scale.sh: needs GNU time (apt-get install time)" >&2; exit 1; }

[ -n "${LOYALTY_BUILT-}" ] || dotnet build src/Loyalty.ML.Training -c Release -v q -nologo >/dev/null
trainer=(dotnet "src/Loyalty.ML.Training/bin/Release/net10.0/loyalty-train.dll")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Seconds from each stage's first progress line to the next stage's (the last stage runs to the end of the run).
stages() {
  awk -v total="$2" '/^\[ *[0-9.]+s\] [a-z]+ / {
      t = $0; sub(/^\[ */, "", t); sub(/s\].*/, "", t); name = $3
      if (!(name in start)) { order[++n] = name; start[name] = t } }
    END { for (i = 1; i <= n; i++) { end = (i < n) ? start[order[i + 1]] : total; printf "%s%s %.1f  ", order[i], (i < n) ? "" : "+publish", end - start[order[i]] } }' "$1"
}

printf '%-9s %-9s %-7s %-9s %-9s %-9s %-9s %-9s %-10s %s\n' lines customers items train_s cpu_s peak_mb s_per_M cpu_per_M mb_per_M "stage seconds"
for shape in "${shapes[@]}"; do
  IFS=: read -r lines customers items <<<"$shape"
  customers=${customers:-$(( lines / 67 ))}; items=${items:-$(( 500 + lines / 500 ))}
  data="$work/data-$shape"; registry="$work/models-$shape"
  "${trainer[@]}" generate --out "$data" --customers "$customers" --items "$items" --lines "$lines" >/dev/null
  /usr/bin/time -f '%e %M %U %S' -o "$work/time" "${trainer[@]}" train --data "$data" --models "$registry" >"$work/train.log" 2>&1 \
    || { echo "train failed at $shape; see below" >&2; tail -20 "$work/train.log" >&2; exit 1; }
  read -r seconds kilobytes user system <"$work/time"
  awk -v l="$lines" -v c="$customers" -v i="$items" -v s="$seconds" -v k="$kilobytes" -v cpu="$(awk -v u="$user" -v y="$system" 'BEGIN { print u + y }')" \
    -v st="$(stages "$work/train.log" "$seconds")" \
    'BEGIN { printf "%-9d %-9d %-7d %-9.1f %-9.1f %-9.0f %-9.1f %-9.1f %-10.0f %s\n", l, c, i, s, cpu, k / 1024, s / (l / 1e6), cpu / (l / 1e6), k / 1024 / (l / 1e6), st }' \
    | tee "$work/row"
  # Only shapes that grow customers and items with the lines lie on one curve; a fixed catalog is another one.
  [[ "$shape" == *:* ]] || cat "$work/row" >>"$work/rows"
  rm -rf "$data" "$registry"
done
# Least-squares slopes over the LINES shapes run (two or more): the marginal cost of a million lines, which is what
# decides how far one node goes, unlike the per-million figures above that still hold each run's fixed cost.
touch "$work/rows"
awk 'NF >= 8 { n++; x = $1 / 1e6; sx += x; sxx += x * x; sc += $5; sxc += x * $5; sm += $6; sxm += x * $6 }
  END { d = n * sxx - sx * sx; if (n >= 2 && d > 0)
    printf "slope over the %d LINES shapes: %.1f CPU s and %.0f MB peak per extra million lines\n", n, (n * sxc - sx * sc) / d, (n * sxm - sx * sm) / d }' "$work/rows"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
