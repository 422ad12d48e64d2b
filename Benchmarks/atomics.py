#!/usr/bin/env python3
"""Reads a callgrind profile made with `--dump-instr=yes` and prints the instructions it counted and how
many of them were atomic read-modify-writes (x86's `lock`-prefixed instructions), with the functions
that ran most of those.

    Benchmarks/atomics.py PROFILE [TOP]

In a Swift program nearly all of them are reference counts (`swift_retain`, `swift_release`): each is
one instruction to callgrind but costs some twenty cycles on the machines measured here, so they are
a share of the time that an instruction count does not show (see docs/benchmarks.md, twentieth round).
The addresses callgrind records for a shared library are offsets in its file, which is what
`objdump -d` prints, so each object's `lock` instructions are found by disassembling it once.
"""
import collections
import functools
import re
import subprocess
import sys


@functools.cache
def lock_addresses(path):
    try:
        listing = subprocess.run(["objdump", "-d", "--no-show-raw-insn", path], capture_output=True, text=True).stdout
    except OSError:
        listing = ""
    found = set()
    for line in listing.splitlines():
        m = re.match(r"\s*([0-9a-f]+):\s+lock ", line)
        if m:
            found.add(int(m.group(1), 16))
    return found


def main():
    profile = sys.argv[1]
    top = int(sys.argv[2]) if len(sys.argv) > 2 else 0
    names = {"ob": {}, "fn": {}}

    def name(kind, line):
        # `fn=(12) name` names id 12 the first time; later lines give only `fn=(12)`.
        m = re.match(r"c?(ob|fn)=\((\d+)\)(?: (.*))?", line)
        table = names[m.group(1)]
        if m.group(3):
            table[m.group(2)] = m.group(3)
        return table.get(m.group(2), m.group(2))

    total = 0
    columns = 1  # how many positions lead each cost line (`positions: instr line` makes two)
    obj = fn = None
    address = 0
    call_line = False
    per_object = collections.Counter()
    per_function = collections.Counter()
    for line in open(profile, encoding="utf-8", errors="replace"):
        if line.startswith("positions:"):
            columns = len(line.split()) - 1
        elif line.startswith("totals:"):
            total = int(line.split()[1])
        elif line.startswith("ob="):
            obj = name("ob", line.strip())
        elif line.startswith("fn="):
            fn = name("fn", line.strip())
        elif line.startswith(("cob=", "cfn=")):
            name(line[1:3], line.strip())
        elif line.startswith("calls="):
            call_line = True  # the next cost line is the call's inclusive cost, not instructions run here
        elif line[:1] in "0123456789+-*":
            fields = line.split()
            position = fields[0]
            if position.startswith("0x"):
                address = int(position, 16)
            elif position[:1] in "+-":
                step = int(position[1:], 0)
                address += step if position[0] == "+" else -step
            if call_line:
                call_line = False
                continue
            if obj is not None and len(fields) > columns and address in lock_addresses(obj):
                count = int(fields[columns])
                per_object[obj] += count
                per_function[fn] += count
    print(f"instructions {total}")
    print(f"atomic {sum(per_object.values())}")
    for function, count in per_function.most_common(top):
        print(f"  {count:12,d}  {function[:110]}")


if __name__ == "__main__":
    main()
