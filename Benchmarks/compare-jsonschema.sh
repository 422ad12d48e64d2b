#!/usr/bin/env bash
# comply (all 48 rules, cross-record ones included) against check-jsonschema validating the same
# meeting files with a JSON Schema that holds only the per-record part (meeting.schema.json).
# Usage: Benchmarks/compare-jsonschema.sh [N]   (default 20000; the data of Benchmarks/run.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-20000}"
. Benchmarks/common.sh
VENV="$WORK/venv"
[ -x "$VENV/bin/check-jsonschema" ] || { python3 -m venv "$VENV" && "$VENV/bin/pip" install -q check-jsonschema; }
DATA=$(dataset "$N")
schema="$(pwd)/Benchmarks/meeting.schema.json"
checker() { find "$DATA/meetings" -name '*.yaml' -print0 | xargs -0 "$VENV/bin/check-jsonschema" --schemafile "$schema" >/dev/null 2>&1 || true; }
export -f checker; export DATA VENV schema
CHECK=$(python3 Benchmarks/timeit.py 1 bash -c checker)
AUDIT1=$(python3 Benchmarks/timeit.py 3 "$COMPLY" audit "$DATA" --jobs 1 --format json --output "$WORK/cmp-1.json")
AUDITN=$(python3 Benchmarks/timeit.py 3 "$COMPLY" audit "$DATA" --format json --output "$WORK/cmp-n.json")
ratio() { python3 -c "import sys; print(f'{float(sys.argv[1]) / float(sys.argv[2]):.1f}')" "$1" "$2"; }
echo "check-jsonschema (per-record schema only)  ${CHECK} s"
echo "comply audit --jobs 1 (all rules)           ${AUDIT1} s   $(ratio "$CHECK" "$AUDIT1") x faster"
echo "comply audit (all cores)                    ${AUDITN} s   $(ratio "$CHECK" "$AUDITN") x faster"
