#!/usr/bin/env bash
# How comply's cost grows with the input: for each N (default 10000 100000 1000000 meeting records),
# the time per record of `comply audit --jobs 1` and of the bare libyaml parse, and comply's peak
# memory against the input's size (the bytes of the files, and the disk they take up).
#   Benchmarks/growth.sh [N...]      e.g. Benchmarks/growth.sh 10000 100000
# RUNS (default 1): rounds of the interleaved timings below; each size's best is taken. A round with
# the sizes 10,000, 100,000 and 1,000,000 takes about nine minutes.
# Two readings of the time per record, each the same for every size:
#   warm (audit_us/r, bare_us/r): each sample preceded by one untimed run of the same command, so that
#     its memory is pages a process of its size has just freed — as the second and later of the runs in
#     a row that make a smaller size's sample get them;
#   cold (cold_us/r, the audit only, for reading): one run after PAUSE seconds (default 10) with
#     nothing running, as an audit run once: on a virtual machine whose host takes back what the guest
#     frees, every page it touches is then fresh from the host. One run of a small size is mostly the
#     process's fixed costs, and its files may have left the page cache while the larger sizes ran.
# Until the twenty-seventh round there was only the first without the untimed run, which compared a
# smaller size warm (its runs in a row) with the largest cold (one run): see docs/benchmarks.md.
# Data sets are generated once under BENCH_DIR (default /tmp/comply-bench); a million records take
# about 1 GB of bytes and 4 GB of disk (one small file each).
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${RUNS:-1}"
PAUSE="${PAUSE:-10}"
SIZES=("$@")
[ ${#SIZES[@]} -gt 0 ] || SIZES=(10000 100000 1000000)
. Benchmarks/common.sh
echo "cores: $(nproc)"
printf '%9s %10s %10s %11s %11s %7s %9s %9s %9s %7s %7s %9s\n' records bytes disk bare_s audit_s ratio bare_us/r audit_us/r peak_rss rss/byt rss/disk cold_us/r
# All sizes are timed in one interleaved series, the bare parse and the audit of every size side by
# side, round after round: timed one size after another, the host's drift between those minutes went
# into the comparison of the sizes (a size timed in a fast quarter hour looked cheaper per record).
# Each sample of a smaller size is that many runs in a row (`timeit.py --repeat`), enough records to
# match the largest size, so that every sample spans about the same stretch of the host's time.
LARGEST=0
for N in "${SIZES[@]}"; do [ "$N" -gt "$LARGEST" ] && LARGEST=$N; done
COMMANDS=()
COLD=()
REPEATS=()
DATAS=()
for N in "${SIZES[@]}"; do
  DATA=$(dataset "$N")
  DATAS+=("$DATA")
  # Once untimed, so that both read the files from the page cache (a million files just generated,
  # or pushed out by another data set, would otherwise be read from disk by whichever runs first).
  "$WORK/bare-parse" "$DATA" >/dev/null
  K=$(( (LARGEST + N / 2) / N ))
  COMMANDS+=(-- "$WORK/bare-parse" "$DATA" -- "$COMPLY" audit "$DATA" --jobs 1 --format json --output "$WORK/growth-$N.json")
  COLD+=(-- "$COMPLY" audit "$DATA" --jobs 1 --format json --output "$WORK/growth-$N.json")
  REPEATS+=("$K" "$K")
done
REPEAT_LIST=$(IFS=,; echo "${REPEATS[*]}")
read -r -a TIMES < <(python3 Benchmarks/timeit.py --interleave "$RUNS" --warm --repeat "$REPEAT_LIST" "${COMMANDS[@]}")
read -r -a COLD_TIMES < <(python3 Benchmarks/timeit.py --interleave "$RUNS" --pause "$PAUSE" "${COLD[@]}")
for S in "${!SIZES[@]}"; do
  N=${SIZES[$S]}
  DATA=${DATAS[$S]}
  BYTES=$(du -sb --apparent-size "$DATA" | cut -f1)
  DISK=$(( $(du -sk "$DATA" | cut -f1) * 1024 ))
  BARE=${TIMES[$((2 * S))]}
  AUDIT=${TIMES[$((2 * S + 1))]}
  COLD_AUDIT=${COLD_TIMES[$S]}
  RSS=$(python3 Benchmarks/peakrss.py "$COMPLY" audit "$DATA" --jobs 1 --format json --output "$WORK/growth-$N.json")
  python3 - "$N" "$BYTES" "$DISK" "$BARE" "$AUDIT" "$RSS" "$COLD_AUDIT" <<'PY'
import sys
n, byts, disk, bare, audit, rss = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4]), float(sys.argv[5]), int(sys.argv[6])
cold = float(sys.argv[7])
mb = lambda b: f"{b / 1e6:.0f}M"
print(f"{n:9d} {mb(byts):>10} {mb(disk):>10} {bare:11.2f} {audit:11.2f} {audit / bare:6.2f}x "
      f"{bare / n * 1e6:9.1f} {audit / n * 1e6:9.1f} {mb(rss):>9} {rss / byts:6.2f}x {rss / disk:6.2f}x "
      f"{cold / n * 1e6:9.1f}")
PY
done
