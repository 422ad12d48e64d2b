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
WORK="${BENCH_DIR:-/tmp/comply-bench}"
RUNS="${RUNS:-5}"
command -v valgrind >/dev/null || { echo "valgrind is not installed (apt-get install -y valgrind)" >&2; exit 2; }
./scripts/setup.sh
swift build -c release --product comply >/dev/null
COMPLY="$(swift build -c release --show-bin-path)/comply"
mkdir -p "$WORK"
cc -O2 -o "$WORK/bare-parse" Benchmarks/bare-parse.c $(pkg-config --cflags --libs yaml-0.1)
swiftc -O -I Sources/CYAML Benchmarks/arena-parse.swift -o "$WORK/arena-parse"
DATA="$WORK/data-$N"
if [ ! -f "$DATA/.done" ]; then
  rm -rf "$DATA"
  python3 Benchmarks/generate.py "$N" "$DATA"
  touch "$DATA/.done"
fi
MI=libmimalloc.so.2
# A config that turns every rule off: comply then reads, builds its store and writes an empty report.
OFF="$WORK/all-rules-off.yaml"
{ echo "rules:"; "$COMPLY" rules list --format json | python3 -c 'import json, sys; [print("  " + r["id"] + ": off") for r in json.load(sys.stdin)]'; } >"$OFF"
# valgrind hands LD_PRELOAD on to the program it runs (through `env` it would count `env` instead).
count() { { valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 >/dev/null || true; } | sed -n 's/.*Collected : \([0-9]*\).*/\1/p'; }
countWithMimalloc() { { LD_PRELOAD=$MI valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 >/dev/null || true; } | sed -n 's/.*Collected : \([0-9]*\).*/\1/p'; }
BARE=$(countWithMimalloc "$WORK/bare-parse" "$DATA")
ARENA=$(countWithMimalloc "$WORK/arena-parse" "$DATA")
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
