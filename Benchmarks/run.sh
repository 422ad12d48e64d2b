#!/usr/bin/env bash
# Times `comply audit --jobs 1` against a bare libyaml event parse of the same files and prints the
# ratio.  Usage: Benchmarks/run.sh [N]   (default 20000 meeting records)
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-20000}"
RUNS="${RUNS:-3}"
. Benchmarks/common.sh
DATA=$(dataset "$N")
best() { python3 Benchmarks/timeit.py "$RUNS" "$@"; }
ratio() { python3 -c "import sys; print(f'{float(sys.argv[1]) / float(sys.argv[2]):.2f}')" "$1" "$2"; }
echo "records: $N meetings + registries in $DATA ($(du -sh "$DATA" | cut -f1)); cores: $(nproc)"
# The three side by side, round after round (see timeit.py): the host's speed drifts between minutes.
# The last two, for reading: the same audits with the heap in 2 MiB pages, which some hosts back
# promptly and others do not (docs/benchmarks.md, twelfth and nineteenth rounds).
read -r BARE AUDIT1 AUDITN HUGE1 HUGEN < <(python3 Benchmarks/timeit.py --interleave "$RUNS" \
  -- "$WORK/bare-parse" "$DATA" \
  -- "$COMPLY" audit "$DATA" --jobs 1 --format json --output "$WORK/report-1.json" \
  -- "$COMPLY" audit "$DATA" --format json --output "$WORK/report-n.json" \
  -- env MIMALLOC_LARGE_OS_PAGES=1 "$COMPLY" audit "$DATA" --jobs 1 --format json --output "$WORK/report-h1.json" \
  -- env MIMALLOC_LARGE_OS_PAGES=1 "$COMPLY" audit "$DATA" --format json --output "$WORK/report-hn.json")
echo "bare libyaml event parse      ${BARE} s"
echo "comply audit --jobs 1         ${AUDIT1} s   ratio $(ratio "$AUDIT1" "$BARE") x bare parse"
echo "comply audit (all cores)      ${AUDITN} s   ratio $(ratio "$AUDITN" "$BARE") x bare parse"
echo "  in 2 MiB pages, one core    ${HUGE1} s   ratio $(ratio "$HUGE1" "$BARE") x bare parse (MIMALLOC_LARGE_OS_PAGES=1)"
echo "  in 2 MiB pages, all cores   ${HUGEN} s   ratio $(ratio "$HUGEN" "$BARE") x bare parse"
# What the machine's cores give: one bare parse of all the files per core, all at once. Their wall time
# divided by the number of cores is the best a parse split over the cores could do here (cores that
# share a physical core or memory bandwidth slow each other down), the floor of the all-cores audit.
CORES=$(nproc)
TOGETHER=$(best bash -c 'for i in $(seq "$1"); do "$2" "$3" >/dev/null & done; wait' _ "$CORES" "$WORK/bare-parse" "$DATA")
SPREAD=$(python3 -c "import sys; print(f'{float(sys.argv[1]) / int(sys.argv[2]):.4f}')" "$TOGETHER" "$CORES")
echo "bare parse x$CORES at once        ${TOGETHER} s   so split over the cores at best ${SPREAD} s = $(ratio "$SPREAD" "$BARE") x bare parse"
echo "  all cores against that       ratio $(ratio "$AUDITN" "$SPREAD") x that best split"
if cmp -s "$WORK/report-1.json" "$WORK/report-n.json" && cmp -s "$WORK/report-1.json" "$WORK/report-h1.json" \
  && cmp -s "$WORK/report-1.json" "$WORK/report-hn.json"; then
  echo "reports identical across --jobs (and page sizes)"
else
  echo "REPORTS DIFFER across --jobs or page sizes"
fi
# Start-up: checking one small notice against printing the version (both dominated by process start
# when loading the compiled-in rules is cheap), side by side as the audits are: timed one block after
# the other, a few milliseconds' drift of the host between the blocks went into the ratio (twenty-fifth
# round: 2.14x in blocks, 1.54x side by side in the same hour).
read -r VERSION CHECK < <(python3 Benchmarks/timeit.py --interleave 20 \
  -- "$COMPLY" --version -- "$COMPLY" check Samples/notices/n-2025-01.yaml)
echo "comply --version              ${VERSION} s"
echo "comply check (one notice)     ${CHECK} s   ratio $(ratio "$CHECK" "$VERSION") x --version"
# Where the time goes: one more audit with `--timings` for each (the steps by the clock; a rule's time
# summed over the jobs), its steps and its five slowest rules.
for JOBS in 1 "$CORES"; do
  echo "where the time goes, --jobs $JOBS (ms):"
  "$COMPLY" audit "$DATA" --jobs "$JOBS" --format json --output "$WORK/report-t.json" --timings --lang en 2>&1 >/dev/null \
    | awk '/^timings:/ { next } /^$/ { blank = 1; next } /^rules/ { print "  slowest rules (ms summed over the jobs; judged; us each):"; next } { if (!blank || ++rules <= 5) print "  " $0 }' \
    || true  # the audit exits 1: it has findings
done
