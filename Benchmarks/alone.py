#!/usr/bin/env python3
"""Where an all-cores audit runs on one thread alone, from `perf record -g` samples.
Usage: alone.py PERF.DATA...

perf samples each running thread at a fixed rate with its call stack. A millisecond in which only one
thread was sampled is a millisecond of one-core work, whatever the other cores could have done; this
prints how many there were in each recording, and which step of the audit they were in (the first
frame of the stack that names a known step; `other` for none, mostly the kernel listing the folder and
the dynamic linker at start). The steps are read from function names, so they are a guide: a step
that calls into another is counted where its own name is nearer the sample. Sampling slows the run
(about a third with call stacks), so the milliseconds are compared between recordings of one kind,
not with the timings of a normal run; the share of the run is the steadier figure, since a slow host
stretches both."""
import collections
import subprocess
import sys

# (a text in a frame's symbol, the step it stands for), the most specific first.
STEPS = [
    ("FileWalker", "list the files"),
    ("RecordStoreC5files", "record store"),
    ("defaultWindow", "default window"),
    ("schemaFindings", "word the schema issues"),
    ("recordFindings", "per-record rules"),
    ("scheduleFindings", "schedule rules"),
    ("JSONReporter", "render the report"),
    ("JSONWriter", "render the report"),
    ("OutputFile", "write the report"),
    ("reportOrder", "sort the findings"),
    ("JudgedV5merge", "gather the findings"),
    ("RecordLoader", "read and parse"),
    ("ShippedPack", "start"),
    ("RuleSet", "start"),
    ("ArgumentParser", "start"),
    ("EngineV3run", "engine, other"),
]


def samples(path):
    """(time, thread, stack) of each sample in a recording."""
    out = subprocess.run(["perf", "script", "-i", path, "-F", "tid,time,ip,sym"], capture_output=True, text=True, check=True)
    for block in out.stdout.split("\n\n"):
        lines = [line for line in block.strip().split("\n") if line.strip()]
        if not lines:
            continue
        head = lines[0].split()
        stack = [(line.strip().split(None, 1) + [""])[1] for line in lines[1:]]
        yield float(head[1].rstrip(":")), int(head[0]), stack


def step(stack):
    for frame in stack:
        for text, name in STEPS:
            if text in frame:
                return name
    return "other"


for path in sys.argv[1:]:
    taken = list(samples(path))
    if not taken:
        continue
    start = min(t for t, _, _ in taken)
    threads = collections.defaultdict(set)
    for t, tid, _ in taken:
        threads[int((t - start) * 1000)].add(tid)
    span = max(threads) + 1
    alone = collections.Counter()
    for t, tid, stack in taken:
        if len(threads[int((t - start) * 1000)]) == 1:
            alone[step(stack)] += 1
    lone_ms = sum(1 for ms in range(span) if len(threads[ms]) <= 1)
    total = sum(alone.values()) or 1
    print(f"{path}: {span} ms sampled, {lone_ms} ms with one thread running ({lone_ms / span:.0%})")
    for name, count in alone.most_common():
        print(f"  {count / total * lone_ms:7.1f} ms  {name}")
