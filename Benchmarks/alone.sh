#!/usr/bin/env bash
# How much of an all-cores audit runs on one thread alone, and in which step (needs perf):
#   Benchmarks/alone.sh [N] [RUNS]   (default 20000 meeting records, 3 recordings)
# Records `comply audit` with all cores under `perf record -g` RUNS times and prints, for each
# recording, the milliseconds in which only one thread was sampled and the steps they were in
# (Benchmarks/alone.py). With two cores the all-cores target (0.85x the bare parse) leaves little
# room for work done on one core between the parallel steps: this is the reading for it.
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-20000}"
RUNS="${2:-3}"
. Benchmarks/common.sh
command -v perf >/dev/null || { echo "perf is not installed (apt-get install -y linux-perf or linux-tools)" >&2; exit 2; }
DATA=$(dataset "$N")
FILES=()
for i in $(seq "$RUNS"); do
  perf record -q -e cpu-clock -F 10000 -g -o "$WORK/alone-$i.data" \
    "$COMPLY" audit "$DATA" --format json --output "$WORK/alone.json" 2>/dev/null || true
  FILES+=("$WORK/alone-$i.data")
done
python3 Benchmarks/alone.py "${FILES[@]}"
