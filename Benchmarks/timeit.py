#!/usr/bin/env python3
"""Prints the best wall-clock time, in seconds, of RUNS runs of a command (its output discarded).
Usage: timeit.py RUNS COMMAND [ARG...]
       timeit.py --interleave RUNS -- COMMAND [ARG...] -- COMMAND [ARG...] ...
The second form runs the commands in turn, round after round, and prints the best time of each on one
line: on a shared machine whose speed drifts from minute to minute, commands timed side by side are
compared under the same load, where timing one command's runs and then the other's is not. Each round
starts one command further on (the first round A B C, the next B C A, then C A B), so that no command
always follows the same one: on a virtual machine whose host takes back the memory a process frees a
few seconds later, a command that follows one which has just freed a few hundred megabytes gets its
pages warm, and one that follows a small program gets them cold (see docs/benchmarks.md)."""
import subprocess
import sys
import time


def timed(command):
    start = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


if sys.argv[1] == "--interleave":
    runs = int(sys.argv[2])
    commands, current = [], None
    for arg in sys.argv[3:]:
        if arg == "--":
            current = []
            commands.append(current)
        else:
            current.append(arg)
    best = [None] * len(commands)
    for round in range(runs):
        for k in range(len(commands)):
            i = (round + k) % len(commands)
            elapsed = timed(commands[i])
            best[i] = elapsed if best[i] is None else min(best[i], elapsed)
    print(" ".join(f"{b:.4f}" for b in best))
else:
    runs = int(sys.argv[1])
    best = None
    for _ in range(runs):
        elapsed = timed(sys.argv[2:])
        best = elapsed if best is None else min(best, elapsed)
    print(f"{best:.4f}")
