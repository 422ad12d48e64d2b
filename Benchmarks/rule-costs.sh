#!/usr/bin/env bash
# Each rule's own cost, in instructions a meeting: the audit with only that rule on, less the audit
# with every rule off, counted by callgrind (the same count run after run). The yardstick for work on
# the evaluator (docs/benchmarks.md, "Where it stands"): a rule's figure falls when the evaluator does
# its work in fewer steps, whatever the host's load.
#   Benchmarks/rule-costs.sh [N] [RULE...]   (default 2000 meeting records and every rule; needs valgrind)
# The schema checks run as one (`schema.*`: every schema rule on), since one pass serves them all.
# Each run takes some seconds under callgrind: every rule at 2,000 meetings, about eight minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-2000}"
shift || true
. Benchmarks/common.sh
needs_valgrind
DATA=$(dataset "$N")
IDS="$WORK/rule-ids.txt"
rule_ids "$IDS"
EVERY=yes
if [ $# -gt 0 ]; then RULES=("$@"); EVERY=no; else
  mapfile -t RULES < <(grep -v '^schema\.' "$IDS")
  RULES+=("schema.*")
fi
CONFIG="$WORK/rule-costs.yaml"
# audit [RULE...]: the audit's instructions with every rule off but those named.
audit() {
  rule_config "$IDS" "$CONFIG" "$@"
  count "$COMPLY" audit "$DATA" --jobs 1 --config "$CONFIG" --format json --output "$WORK/rule-costs.json"
}
OFF=$(audit)
ALL=$(count "$COMPLY" audit "$DATA" --jobs 1 --format json --output "$WORK/rule-costs.json")
RESULTS="$WORK/rule-costs.txt"
: >"$RESULTS"
for rule in "${RULES[@]}"; do
  echo "$rule $(audit "$rule")" >>"$RESULTS"
done
python3 - "$N" "$OFF" "$ALL" "$RESULTS" "$EVERY" <<'PY'
import sys
n, off, total = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
every = sys.argv[5] == "yes"
rows = []
for line in open(sys.argv[4]):
    rule, count = line.split()
    rows.append((int(count) - off, rule))
rows.sort(key=lambda r: (-r[0], r[1]))
print(f"records: {n} meetings + registries; instructions (callgrind), a meeting, with only the rule on less every rule off")
print(f"every rule off {off / 1e6:9.1f} M    every rule on {total / 1e6:9.1f} M   (+{(total - off) / n:,.0f} a meeting)")
small = [r for r in rows if r[0] / n < 50]
for extra, rule in rows:
    if extra / n >= 50:
        print(f"{extra / n:10,.0f}  {100 * extra / (total - off):5.1f}%  {rule}")
if small:
    print(f"{sum(r[0] for r in small) / n:10,.0f}  {100 * sum(r[0] for r in small) / (total - off):5.1f}%  {len(small)} rules under 50 a meeting each")
# A rule of a kind the records do not have judges nothing: what it costs is the pass over the records
# that any rule on brings (each record's kind looked up, its date read), paid once however many are on;
# only when every rule was measured.
if not every:
    sys.exit(0)
floor = min(r[0] for r in rows)
alone = sum(r[0] - floor for r in rows) + floor
print(f"{floor / n:10,.0f}  {100 * floor / (total - off):5.1f}%  the least (a rule that judges nothing here: the per-record pass, paid once for all)")
print(f"{alone / n:10,.0f}  {100 * alone / (total - off):5.1f}%  the rules alone, less that pass but once (more than all together when rules share a join index or the schedules' grouping)")
PY
