#!/usr/bin/env bash
# The audit against the bare parse in instructions rather than seconds: valgrind's callgrind counts
# every instruction each program runs, the same count run after run, however busy the machine is
# (wall time on a shared machine moves by a third between runs of the same binary).
#   Benchmarks/instructions.sh [N]   (default 20000 meeting records; needs valgrind)
# Counts `comply audit --jobs 1` and `bare-parse` on the same files and prints their ratio, and how
# many of the instructions each ran were atomic (`Benchmarks/atomics.py`: in comply, reference counts,
# each one instruction but some twenty cycles). Under callgrind each program runs about 50 times
# slower: 20,000 records take a few minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-20000}"
. Benchmarks/common.sh
needs_valgrind
DATA=$(dataset "$N")
profile "$WORK/callgrind-bare.out" "$WORK/bare-parse" "$DATA"
profile "$WORK/callgrind-audit.out" "$COMPLY" audit "$DATA" --jobs 1 --format json --output "$WORK/instructions.json"
python3 Benchmarks/atomics.py "$WORK/callgrind-bare.out" >"$WORK/atomics-bare.txt"
python3 Benchmarks/atomics.py "$WORK/callgrind-audit.out" 5 >"$WORK/atomics-audit.txt"
python3 - "$N" "$WORK/atomics-bare.txt" "$WORK/atomics-audit.txt" <<'PY'
import sys
n = int(sys.argv[1])
def read(path):
    lines = open(path).read().splitlines()
    figures = dict(line.split()[:2] for line in lines if line.startswith(("instructions ", "atomic ")))
    return int(figures["instructions"]), int(figures["atomic"]), [l for l in lines if l.startswith("  ")]
bare, bare_atomic, _ = read(sys.argv[2])
audit, audit_atomic, where = read(sys.argv[3])
print(f"records: {n} meetings + registries")
print(f"bare libyaml event parse      {bare / 1e6:10.1f} M instructions, {bare_atomic / n:6.1f} atomic a meeting")
print(f"comply audit --jobs 1         {audit / 1e6:10.1f} M instructions   ratio {audit / bare:.3f} x bare parse")
print(f"  atomic (reference counts)   {audit_atomic / 1e6:10.2f} M, {audit_atomic / n:.1f} a meeting, in:")
print("\n".join(where))
PY
