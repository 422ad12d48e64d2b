#!/usr/bin/env bash
# What reading would cost with each file's tree one flat arena (Benchmarks/arena-parse.swift), beside
# the bare parse and comply's own reading: a reading for the structural step in docs/benchmarks.md.
#   Benchmarks/arena.sh [N]   (default 2000 meeting records; needs valgrind)
# Counts instructions with callgrind (repeatable) and times the programs side by side (RUNS rounds,
# default 5). The bare parse and the arena reader run with mimalloc too (LD_PRELOAD), comply's
# allocator, so that the three allocate alike.
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-2000}"
RUNS="${RUNS:-5}"
. Benchmarks/common.sh
needs_valgrind
swiftc -O -I Sources/CYAML Benchmarks/arena-parse.swift -o "$WORK/arena-parse"
DATA=$(dataset "$N")
MI=libmimalloc.so.2
# A config that turns every rule off: comply then reads, builds its store and writes an empty report.
OFF="$WORK/all-rules-off.yaml"
rule_ids "$WORK/rule-ids.txt"
rule_config "$WORK/rule-ids.txt" "$OFF"
# valgrind hands LD_PRELOAD on to the program it runs (through `env` it would count `env` instead).
BARE=$(LD_PRELOAD=$MI count "$WORK/bare-parse" "$DATA")
ARENA=$(LD_PRELOAD=$MI count "$WORK/arena-parse" "$DATA")
OFFCOUNT=$(count "$COMPLY" audit "$DATA" --jobs 1 --config "$OFF" --format json --output "$WORK/arena-off.json")
echo "records: $N meetings + registries in $DATA; instructions (callgrind), all with mimalloc:"
python3 - "$BARE" "$ARENA" "$OFFCOUNT" <<'PY'
import sys
bare, arena, off = (int(x) for x in sys.argv[1:])
print(f"bare libyaml event parse          {bare / 1e6:9.1f} M")
print(f"arena reading                     {arena / 1e6:9.1f} M   +{(arena - bare) / 1e6:.1f} M over the bare parse")
print(f"comply audit, every rule off      {off / 1e6:9.1f} M   +{(off - bare) / 1e6:.1f} M (listing, store and report too)")
PY
echo "by the clock, best of $RUNS rounds side by side (s): bare parse, with mimalloc, arena reading, comply with every rule off"
python3 Benchmarks/timeit.py --interleave "$RUNS" \
  -- "$WORK/bare-parse" "$DATA" \
  -- env LD_PRELOAD=$MI "$WORK/bare-parse" "$DATA" \
  -- env LD_PRELOAD=$MI "$WORK/arena-parse" "$DATA" \
  -- "$COMPLY" audit "$DATA" --jobs 1 --config "$OFF" --format json --output "$WORK/arena-off.json"
