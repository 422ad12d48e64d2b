#!/usr/bin/env bash
# Builds the libFuzzer targets in Fuzz/ and runs each, one after another, for SECONDS (default 60)
# on a seed corpus copied from Samples/ and Rules/ into a temporary folder (never into the repo).
# Prints, per target, the seconds run, libFuzzer's executions and the crashes, hangs and
# out-of-memory inputs found; exits 1 if there was any.
#
#   scripts/fuzz.sh [SECONDS] [TARGET...]      e.g. scripts/fuzz.sh 120, scripts/fuzz.sh 30 FuzzRegex
#
# Environment: FUZZ_DIR (work folder, default a new one under $TMPDIR), FUZZ_SANITIZE (default
# fuzzer,address; fuzzer alone when AddressSanitizer will not build), FUZZ_ARGS (extra libFuzzer flags).
# An input that reproduces a finding: Fuzz/.build/release/TARGET ARTIFACT.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$(pwd)"
SECONDS_PER_TARGET="${1:-60}"
shift || true
ALL_TARGETS=(FuzzYAML FuzzRules FuzzConfig FuzzAudit FuzzPrejudge FuzzRegex FuzzText)
if [ $# -gt 0 ]; then TARGETS=("$@"); else TARGETS=("${ALL_TARGETS[@]}"); fi
WORK="${FUZZ_DIR:-$(mktemp -d "${TMPDIR:-/tmp}/comply-fuzz.XXXXXX")}"
mkdir -p "$WORK"

./scripts/setup.sh
SANITIZE="${FUZZ_SANITIZE:-fuzzer,address}"
build() {
  swift build -c release --package-path Fuzz -Xswiftc "-sanitize=$1" -Xswiftc -parse-as-library
}
if ! build "$SANITIZE" >"$WORK/build.log" 2>&1; then
  if [ "$SANITIZE" != fuzzer ]; then
    echo "building with -sanitize=$SANITIZE failed (see $WORK/build.log); trying -sanitize=fuzzer" >&2
    SANITIZE=fuzzer
    build fuzzer >"$WORK/build.log" 2>&1 || { cat "$WORK/build.log" >&2; exit 2; }
  else
    cat "$WORK/build.log" >&2
    exit 2
  fi
fi
BIN="$(swift build -c release --package-path Fuzz --show-bin-path)"

# Seeds: every record and rule file, plus a few hand-written configs, baselines and patterns.
seed_files() {
  local dest="$1"
  shift
  mkdir -p "$dest"
  local i=0
  while IFS= read -r -d '' file; do
    i=$((i + 1))
    cp "$file" "$dest/$(printf '%04d' "$i")-$(basename "$file")"
  done < <(find "$@" -type f \( -name '*.yaml' -o -name '*.yml' -o -name '*.json' \) -print0 | sort -z)
}
seed_corpus() {
  local target="$1" dest="$WORK/corpus/$1"
  rm -rf "$dest"
  case "$target" in
    FuzzYAML) seed_files "$dest" Samples Rules ;;
    FuzzRules) seed_files "$dest" Rules ;;
    FuzzAudit | FuzzPrejudge)
      seed_files "$dest" Samples
      # One seed with registries and meetings together, so references and schedules resolve.
      for file in Samples/organizations.yaml Samples/persons.yaml Samples/meetings/2025-03.yaml; do
        cat "$file"
        printf '\n'
      done >"$dest/combined.yaml"
      ;;
    FuzzConfig)
      mkdir -p "$dest"
      printf 'period: 2025\nrules:\n  meeting.first-topic: off\n  meeting.quorum: {severity: warning}\n' >"$dest/a.yml"
      printf 'window: {from: 2025-01-01, to: 2025-06-30}\nrule_folders: [rules]\ncalendars: [calendars/cn-2027.yaml]\n' >"$dest/b.yml"
      printf 'waivers:\n  - {rule: branch.committee-monthly, record: org-zb1, period: 2025-08, reason: 书记脱产学习, approved_by: 机关党委, expires: 2026-03-31}\n' >"$dest/c.yml"
      printf 'rules:\n  study.sessions-yearly: {enabled: true, parameters: {min: 4}}\n' >"$dest/d.yml"
      printf '{"findings": [{"fingerprint": "0123456789abcdef"}, {"fingerprint": "fedcba9876543210"}]}\n' >"$dest/e.json"
      ;;
    FuzzRegex)
      mkdir -p "$dest"
      local n=0
      while IFS= read -r line; do
        n=$((n + 1))
        printf '%b' "$line" >"$dest/p$n"
      done <<'EOF'
^学\n学习会议
^第[一二三四五六七八九十]+议题$\n第十二议题
\\d{4}-\\d{2}-\\d{2}\n会议于2025-03-12召开
(党委|党组|支部)会议\n市文联党组会议
\\p{Han}{2,}\\s*\n张三 李四
^(?:[^,]*,){2}x\na,b,x
colou?r\\b\nthe color red
[a-z]+@[a-z]+\\.com$\nzhang@example.com
a.c|x{2,3}\nxxx a\nc
(?<year>\\d{4})年\n2025年
EOF
      ;;
    FuzzText)
      mkdir -p "$dest"
      find Samples Tests/ComplyKitTests/Fixtures -type f \( -name '*.txt' -o -name '*.md' \) -print0 |
        while IFS= read -r -d '' file; do cp "$file" "$dest/$(echo "$file" | tr / _)"; done
      ;;
  esac
}

printf '%-11s %8s %12s %8s\n' target seconds executions findings
STATUS=0
for target in "${TARGETS[@]}"; do
  seed_corpus "$target"
  artifacts="$WORK/artifacts/$target"
  rm -rf "$artifacts"
  mkdir -p "$artifacts"
  log="$WORK/$target.log"
  start=$(date +%s)
  # -timeout: an input taking longer is a hang; -rss_limit_mb: more memory is a finding too.
  # shellcheck disable=SC2086
  (cd "$WORK" && ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0}" "$BIN/$target" "$WORK/corpus/$target" \
    -max_total_time="$SECONDS_PER_TARGET" -print_final_stats=1 -timeout=10 -rss_limit_mb=2048 \
    -artifact_prefix="$artifacts/" ${FUZZ_ARGS:-} >"$log" 2>&1) || true
  elapsed=$(($(date +%s) - start))
  executions=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | tail -1 | grep -o '[0-9]*$' || true)
  found=$(find "$artifacts" -type f | wc -l | tr -d ' ')
  printf '%-11s %8s %12s %8s\n' "$target" "$elapsed" "${executions:-?}" "$found"
  if [ "$found" != 0 ] || [ -z "$executions" ]; then
    STATUS=1
    find "$artifacts" -type f | sed 's/^/    /'
    echo "    log: $log"
  fi
done
echo "sanitizers: $SANITIZE; work folder: $WORK"
if [ "$STATUS" = 0 ] && [ -z "${FUZZ_DIR:-}" ]; then rm -rf "$WORK"; fi
exit "$STATUS"
