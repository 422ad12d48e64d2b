#!/usr/bin/env bash
# The audit against the bare parse in instructions rather than seconds: valgrind's callgrind counts
# every instruction each program runs, the same count run after run, however busy the machine is
# (wall time on a shared machine moves by a third between runs of the same binary).
#   Benchmarks/instructions.sh [N]   (default 20000 meeting records; needs valgrind)
# Counts `comply audit --jobs 1` and `bare-parse` on the same files and prints their ratio. Under
# callgrind each program runs about 50 times slower: 20,000 records take a few minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-20000}"
. Benchmarks/common.sh
needs_valgrind
DATA=$(dataset "$N")
BARE=$(count "$WORK/bare-parse" "$DATA")
AUDIT=$(count "$COMPLY" audit "$DATA" --jobs 1 --format json --output "$WORK/instructions.json")
python3 - "$N" "$BARE" "$AUDIT" <<'PY'
import sys
n, bare, audit = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
print(f"records: {n} meetings + registries")
print(f"bare libyaml event parse      {bare / 1e6:10.1f} M instructions")
print(f"comply audit --jobs 1         {audit / 1e6:10.1f} M instructions   ratio {audit / bare:.3f} x bare parse")
PY
