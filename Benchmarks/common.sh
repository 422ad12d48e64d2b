# Sourced by the benchmark scripts, from the repository's root: the work folder, a release build of
# comply, the bare parse (Benchmarks/bare-parse.c), the data sets, and instruction counts.
WORK="${BENCH_DIR:-/tmp/comply-bench}"
./scripts/setup.sh
swift build -c release --product comply >/dev/null
COMPLY="$(swift build -c release --show-bin-path)/comply"
mkdir -p "$WORK"
cc -O2 -o "$WORK/bare-parse" Benchmarks/bare-parse.c $(pkg-config --cflags --libs yaml-0.1)

# dataset N: prints the folder of N generated meeting records and their registries, generated the
# first time it is asked for (a million take a few minutes and 4 GB of disk).
dataset() {
  local data="$WORK/data-$1"
  if [ ! -f "$data/.done" ]; then
    rm -rf "$data"
    python3 Benchmarks/generate.py "$1" "$data" >&2 || return 1
    touch "$data/.done"
  fi
  echo "$data"
}

needs_valgrind() {
  command -v valgrind >/dev/null || { echo "valgrind is not installed (apt-get install -y valgrind)" >&2; exit 2; }
}

# count COMMAND...: the instructions callgrind counts, whatever the command's exit status (an audit
# with findings exits 1). LD_PRELOAD, when set, reaches the program valgrind runs.
count() { { valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 >/dev/null || true; } | sed -n 's/.*Collected : \([0-9]*\).*/\1/p'; }

# profile FILE COMMAND...: the same count, with each instruction's count kept in FILE for
# Benchmarks/atomics.py (which prints the total and how many of them were atomic).
profile() {
  local file=$1
  shift
  valgrind --tool=callgrind --dump-instr=yes --callgrind-out-file="$file" "$@" >/dev/null 2>&1 || true
}

# rule_ids FILE: every loaded rule's id, one a line, into FILE (for rule_config).
rule_ids() { "$COMPLY" rules list --format json | python3 -c 'import json, sys; [print(r["id"]) for r in json.load(sys.stdin)]' >"$1"; }

# rule_config IDS FILE [RULE...]: a config in FILE turning every rule in IDS off but those named (a name
# ending in `.*` names a family); with none named, every rule off.
rule_config() {
  python3 - "$@" <<'PY'
import sys
ids, out, on = open(sys.argv[1]).read().split(), sys.argv[2], sys.argv[3:]
def wanted(rule):
    return any(rule == o or (o.endswith(".*") and rule.startswith(o[:-1])) for o in on)
with open(out, "w") as f:
    f.write("rules:\n" + "".join(f"  {rule}: {'on' if wanted(rule) else 'off'}\n" for rule in ids))
PY
}
