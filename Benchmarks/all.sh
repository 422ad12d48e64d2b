#!/usr/bin/env bash
# Every ratio the speed targets are stated in, from one invocation, each with its target:
#   Benchmarks/all.sh [N] [GROWTH_SIZES...]   default N=20000, growth 10000 100000 1000000
# Runs Benchmarks/run.sh N, Benchmarks/compare-jsonschema.sh N and Benchmarks/growth.sh, then
# summarises. RUNS, when set, goes to run.sh (default 3) and GROWTH_RUNS to growth.sh (default 1);
# compare-jsonschema.sh times check-jsonschema once and comply three times.
# INSTRUCTIONS=1 adds Benchmarks/instructions.sh N (valgrind): the first ratio in instructions,
# which do not move with the machine's load as seconds do.
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-20000}"
shift || true
SIZES=("$@")
[ ${#SIZES[@]} -gt 0 ] || SIZES=(10000 100000 1000000)
OUT="$(mktemp -d "${TMPDIR:-/tmp}/comply-all.XXXXXX")"
Benchmarks/run.sh "$N" | tee "$OUT/run.txt"
Benchmarks/compare-jsonschema.sh "$N" | tee "$OUT/compare.txt"
RUNS="${GROWTH_RUNS:-1}" Benchmarks/growth.sh "${SIZES[@]}" | tee "$OUT/growth.txt"
if [ "${INSTRUCTIONS:-0}" = 1 ]; then Benchmarks/instructions.sh "$N" | tee "$OUT/instructions.txt"; fi
python3 - "$OUT" <<'PY'
import re, sys
out = sys.argv[1]
run = open(f"{out}/run.txt").read()
cmp_ = open(f"{out}/compare.txt").read()
growth = [l.split() for l in open(f"{out}/growth.txt") if re.match(r"\s*\d", l)]
def num(pattern, text):
    m = re.search(pattern, text)
    return float(m.group(1)) if m else float("nan")
bare = num(r"bare libyaml event parse\s+([\d.]+)", run)
jobs1 = num(r"--jobs 1\s+([\d.]+)", run)
alln = num(r"\(all cores\)\s+([\d.]+)", run)
spread = num(r"split over the cores at best ([\d.]+) s", run)
startup = num(r"comply check \(one notice\)\s+[\d.]+ s\s+ratio ([\d.]+)", run)
faster = num(r"comply audit --jobs 1 \(all rules\)\s+[\d.]+ s\s+([\d.]+) x faster", cmp_)
huge1 = num(r"in 2 MiB pages, one core\s+([\d.]+)", run)
hugen = num(r"in 2 MiB pages, all cores\s+([\d.]+)", run)
rows = [("--jobs 1 / bare parse", jobs1 / bare, "<= 1.5", jobs1 / bare <= 1.5)]
try:
    counted = open(f"{out}/instructions.txt").read()
    instr = num(r"ratio ([\d.]+) x bare parse", counted)
    rows.append(("  the same in instructions", instr, "(for reading: repeatable)", None))
    atomic = num(r"atomic \(reference counts\)\s+[\d.]+ M, ([\d.]+) a meeting", counted)
    rows.append(("  atomic instructions a meeting", atomic, "(for reading: ~20 cycles)", None))
except FileNotFoundError:
    pass
rows.append(("  the same in 2 MiB pages", huge1 / bare, "(for reading: the host)", None))
rows += [
        ("all cores / bare single-core parse", alln / bare, "<= 0.85", alln / bare <= 0.85),
        ("  the same in 2 MiB pages", hugen / bare, "(for reading: the host)", None),
        ("  bare parse split over the cores, at best", spread / bare, "(for reading: the machine)", None),
        ("  all cores / that", alln / spread, "(for reading)", None),
        ("check-jsonschema / --jobs 1", faster, ">= 10", faster >= 10),
        ("check / --version", startup, "dominated by process start", None)]
per = [float(g[7]) for g in growth]
cold = [float(g[11]) for g in growth if len(g) > 11]
if per:
    # Every size in the same state: each sample after an untimed run of its command (see growth.sh).
    # The cold runs are for reading: one run each, so the smaller sizes' time per record carries the
    # process's fixed costs and whatever the host did to their files and pages while the larger ran.
    spread = max(per) / min(per) - 1
    rows.append(("time per record, largest spread (warm)", spread * 100, "<= 15 %", spread <= 0.15))
    if cold:
        rows.append(("  the same, one cold run each", (max(cold) / min(cold) - 1) * 100, "(for reading)", None))
    if len(cold) == len(per):
        largest = max(range(len(growth)), key=lambda i: int(growth[i][0]))
        smallest = min(range(len(growth)), key=lambda i: int(growth[i][0]))
        rows.append(("  the largest cold against the smallest warm", (cold[largest] / per[smallest] - 1) * 100,
                     "(for reading: rounds 1-26)", None))
    # The target's words read literally: each larger size within ±15% of the smallest size's time per
    # record. Looser than the spread above (which holds every size within 15% of every other), kept
    # beside it for reading; the spread decides "met".
    drift = max(abs(p / per[0] - 1) for p in per)
    rows.append(("  largest change from the smallest set", drift * 100, "(for reading: +-15 %)", None))
    # The same with the floor's own growth taken out: comply's time per record above the bare parse
    # of the same files (the file system and libyaml slow down per file as the folder grows).
    above = [float(g[7]) - float(g[6]) for g in growth]
    if min(above) > 0:
        rows.append(("  the same, above the bare parse", (max(above) / min(above) - 1) * 100, "(for reading)", None))
    disk = max(float(g[10].rstrip("x")) for g in growth)
    rows.append(("peak memory / input on disk", disk, "<= 2.5", disk <= 2.5))
    mem = max(float(g[9].rstrip("x")) for g in growth)
    rows.append(("peak memory / input bytes", mem, "<= 2.5 (stricter reading)", mem <= 2.5))
print("\ntarget                                   value   target                      met")
for name, value, target, met in rows:
    print(f"{name:38} {value:8.2f}   {target:26}  {'-' if met is None else ('yes' if met else 'no')}")
PY
