#!/usr/bin/env bash
# Validates the SARIF and JUnit reports of `comply audit Samples/` against the official schemas:
# SARIF 2.1.0 with python3 + jsonschema, JUnit with xmllint --schema. Run twice: as is, and with a
# config that waives one finding (so SARIF `suppressions` and JUnit `<skipped>` are checked too).
#
#   COMPLY_SCHEMAS  folder with sarif-schema-2.1.0.json and junit-10.xsd (default: ../shared/schemas,
#                   relative to the repository root)
#   COMPLY_BIN      a built comply to use instead of building one (optional)
#
# Exit status: 0 when every report is valid, 1 when one is not (the validator's messages are printed).
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"

schemas="${COMPLY_SCHEMAS:-../shared/schemas}"
sarif_schema="$schemas/sarif-schema-2.1.0.json"
junit_schema="$schemas/junit-10.xsd"
for f in "$sarif_schema" "$junit_schema"; do
  if [ ! -f "$f" ]; then
    echo "validate-reports: schema not found: $f (set COMPLY_SCHEMAS to the folder holding it)" >&2
    exit 1
  fi
done

sudo_if_needed() {
  if [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1; then sudo "$@"; else "$@"; fi
}

# The validators: xmllint (Debian/Ubuntu libxml2-utils) and the jsonschema package (PyPI).
if ! command -v xmllint >/dev/null 2>&1; then
  echo "validate-reports: installing libxml2-utils (xmllint)" >&2
  export DEBIAN_FRONTEND=noninteractive
  sudo_if_needed apt-get update -q >&2
  sudo_if_needed apt-get install -y -q libxml2-utils >&2
fi
if ! python3 -c 'import jsonschema' >/dev/null 2>&1; then
  echo "validate-reports: installing the jsonschema package" >&2
  python3 -m pip install --quiet jsonschema >&2 \
    || python3 -m pip install --quiet --user jsonschema >&2 \
    || python3 -m pip install --quiet --break-system-packages jsonschema >&2
fi

if [ -n "${COMPLY_BIN:-}" ]; then
  comply="$COMPLY_BIN"
else
  swift build --product comply >&2
  comply="$(swift build --show-bin-path)/comply"
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Runs an audit of Samples/ into a file. Findings (status 1) are expected; 0 is fine too; 2 is not.
audit() {
  local out="$1"
  shift
  local status=0
  "$comply" audit Samples/ --period 2025 --jobs 2 "$@" --output "$out" || status=$?
  if [ "$status" -ne 0 ] && [ "$status" -ne 1 ]; then
    echo "validate-reports: comply audit $* exited with status $status" >&2
    exit 1
  fi
  if [ ! -s "$out" ]; then
    echo "validate-reports: comply audit $* wrote no report" >&2
    exit 1
  fi
}

failed=0

validate_sarif() {
  local file="$1"
  if python3 - "$sarif_schema" "$file" <<'PY'
import json, sys
import jsonschema

schema_path, report_path = sys.argv[1], sys.argv[2]
with open(schema_path, encoding="utf-8") as f:
    schema = json.load(f)
with open(report_path, encoding="utf-8") as f:
    report = json.load(f)
cls = jsonschema.validators.validator_for(schema)
cls.check_schema(schema)
validator = cls(schema, format_checker=cls.FORMAT_CHECKER)
errors = sorted(validator.iter_errors(report), key=lambda e: list(e.absolute_path))
for e in errors[:20]:
    path = "/".join(str(p) for p in e.absolute_path) or "(root)"
    print(f"{report_path}: {path}: {e.message}", file=sys.stderr)
if errors:
    print(f"{report_path}: {len(errors)} schema violation(s)", file=sys.stderr)
    sys.exit(1)
runs = report.get("runs", [])
results = sum(len(run.get("results", [])) for run in runs)
rules = sum(len(run["tool"]["driver"].get("rules", [])) for run in runs)
if not rules:
    print(f"{report_path}: no rules in tool.driver.rules", file=sys.stderr)
    sys.exit(1)
print(f"{report_path}: valid SARIF 2.1.0 ({rules} rules, {results} results)")
PY
  then :; else
    echo "validate-reports: FAILED: $file is not valid SARIF 2.1.0" >&2
    failed=1
  fi
}

validate_junit() {
  local file="$1"
  if xmllint --noout --schema "$junit_schema" "$file"; then :; else
    echo "validate-reports: FAILED: $file is not valid against junit-10.xsd" >&2
    failed=1
  fi
}

# 1. As is.
audit "$work/comply.sarif" --format sarif
audit "$work/comply-junit.xml" --format junit
validate_sarif "$work/comply.sarif"
validate_junit "$work/comply-junit.xml"

# 2. With the first finding about a record waived.
audit "$work/comply.json" --format json
waiver="$(python3 - "$work/comply.json" <<'PY'
import json, sys
report = json.load(open(sys.argv[1], encoding="utf-8"))
for f in report["findings"]:
    if f.get("record"):
        period = f", period: {json.dumps(f['period'])}" if f.get("period") else ""
        print(f"  - {{rule: {json.dumps(f['rule'])}, record: {json.dumps(f['record'])}{period}, "
              f"reason: \"validate-reports: a waiver & <its> \\\"justification\\\"\", approved_by: CI, expires: 2999-12-31}}")
        break
PY
)"
if [ -n "$waiver" ]; then
  printf 'waivers:\n%s\n' "$waiver" >"$work/comply.yml"
  audit "$work/waived.sarif" --format sarif --config "$work/comply.yml"
  audit "$work/waived-junit.xml" --format junit --config "$work/comply.yml"
  if ! grep -q '"suppressions"' "$work/waived.sarif"; then
    echo "validate-reports: FAILED: the waived finding has no suppressions in SARIF" >&2
    failed=1
  fi
  if ! grep -q '<skipped ' "$work/waived-junit.xml"; then
    echo "validate-reports: FAILED: the waived finding is not a skipped testcase in JUnit" >&2
    failed=1
  fi
  validate_sarif "$work/waived.sarif"
  validate_junit "$work/waived-junit.xml"
else
  echo "validate-reports: Samples/ gave no finding about a record; the waived run is skipped" >&2
fi

if [ "$failed" -ne 0 ]; then
  echo "validate-reports: report validation FAILED (root: $root, schemas: $schemas)" >&2
  exit 1
fi
echo "validate-reports: all reports valid"
