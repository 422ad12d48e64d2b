#!/usr/bin/env bash
# Where the time per record grows from a small set to a large one (needs perf):
#   Benchmarks/growth-profile.sh [SMALL] [LARGE]     default 10000 1000000
# Profiles `comply audit --jobs 1` with `perf record` on the large set once and on the small set as
# many times in a row as make the large set's records, and the bare parse the same way, then prints
# for each of the two the microseconds a record in each part — the kernel by what its functions do
# (clearing fresh memory, page faults, files, the disk), the process by library (libyaml, the
# allocator, the Swift runtime, comply's own code) — and the functions that grew most
# (Benchmarks/growth-profile.py). growth.sh says how much the time per record grows; this says where.
# Each profile is taken right after an untimed bare parse of its set, so that both read the files
# from the page cache as far as the host keeps them there.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v perf >/dev/null || { echo "perf is not installed (apt-get install -y linux-perf or linux-tools)" >&2; exit 2; }
SMALL="${1:-10000}"
LARGE="${2:-1000000}"
. Benchmarks/common.sh
FREQUENCY=499
K=$(( (LARGE + SMALL / 2) / SMALL ))
SMALL_DATA=$(dataset "$SMALL")
LARGE_DATA=$(dataset "$LARGE")
echo "cores: $(nproc); $SMALL records $K times in a row against $LARGE once, sampled at $FREQUENCY Hz"

# profile_runs NAME DATA REPEATS COMMAND...: COMMAND REPEATS times in a row under perf, into
# $WORK/growth-profile-NAME.data, after an untimed bare parse of DATA.
profile_runs() {
  local name=$1 data=$2 repeats=$3
  shift 3
  "$WORK/bare-parse" "$data" >/dev/null
  perf record -q -e cpu-clock -F "$FREQUENCY" -o "$WORK/growth-profile-$name.data" -- \
    bash -c 'n=$1; shift; for _ in $(seq "$n"); do "$@" >/dev/null || true; done' _ "$repeats" "$@" 2>/dev/null
}

for WHAT in bare audit; do
  for SIZE in small large; do
    if [ "$SIZE" = small ]; then DATA=$SMALL_DATA; REPEATS=$K; else DATA=$LARGE_DATA; REPEATS=1; fi
    if [ "$WHAT" = bare ]; then
      COMMAND=("$WORK/bare-parse" "$DATA")
    else
      COMMAND=("$COMPLY" audit "$DATA" --jobs 1 --format json --output "$WORK/growth-profile.json")
    fi
    profile_runs "$WHAT-$SIZE" "$DATA" "$REPEATS" "${COMMAND[@]}"
  done
  echo
  echo "== $WHAT: $SMALL records ($K runs) against $LARGE"
  python3 Benchmarks/growth-profile.py "$FREQUENCY" \
    "$WORK/growth-profile-$WHAT-small.data" $((SMALL * K)) "$WORK/growth-profile-$WHAT-large.data" "$LARGE" 10
done
