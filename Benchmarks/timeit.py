#!/usr/bin/env python3
"""Prints the best wall-clock time, in seconds, of RUNS runs of a command (its output discarded).
Usage: timeit.py RUNS COMMAND [ARG...]
       timeit.py --interleave RUNS [--pause SECONDS] [--warm] [--detail] [--repeat K,K,...] -- COMMAND [ARG...] -- COMMAND [ARG...] ...
The second form runs the commands in turn, round after round, and prints the best time of each on one
line: on a shared machine whose speed drifts from minute to minute, commands timed side by side are
compared under the same load, where timing one command's runs and then the other's is not. Each round
starts one command further on (the first round A B C, the next B C A, then C A B), so that no command
always follows the same one: on a virtual machine whose host takes back the memory a process frees a
few seconds later, a command that follows one which has just freed a few hundred megabytes gets its
pages warm, and one that follows a small program gets them cold (see docs/benchmarks.md).
--pause waits that long before each run (long enough, every run's memory is cold, as for an audit run
once); --detail prints a line per command instead: best and median wall time, median user and system
time.
--warm runs each command once, untimed, before each of its samples: the sample's runs then get pages
that a process of their own size has just freed, as the second and later of K runs in a row do,
whatever size the command is (see growth.sh).
--repeat gives, command by command, how many runs in a row make one of its samples (default 1): the
sample's time is their total divided by that number. Commands of very different lengths (an audit of
ten thousand records and one of a million) are then each timed over about the same stretch of the
host's time, and none gets its best from a fast few seconds that the longer ones cannot have."""
import os
import shutil
import statistics
import sys
import time


def timed(command):
    """Wall, user and system seconds of one run of `command`, its output discarded."""
    if shutil.which(command[0]) is None:
        sys.exit(f"timeit.py: no such program: {command[0]}")
    start = time.perf_counter()
    pid = os.fork()
    if pid == 0:
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, 1)
        os.dup2(null, 2)
        try:
            os.execvp(command[0], command)
        finally:
            os._exit(127)
    _, _, usage = os.wait4(pid, 0)
    return time.perf_counter() - start, usage.ru_utime, usage.ru_stime


if sys.argv[1] == "--interleave":
    runs = int(sys.argv[2])
    pause, detail, repeat, warm = 0.0, False, None, False
    args = sys.argv[3:]
    while args and args[0] != "--":
        if args[0] == "--pause":
            pause = float(args[1])
            args = args[2:]
        elif args[0] == "--warm":
            warm = True
            args = args[1:]
        elif args[0] == "--detail":
            detail = True
            args = args[1:]
        elif args[0] == "--repeat":
            repeat = [int(k) for k in args[1].split(",")]
            args = args[2:]
        else:
            sys.exit(f"timeit.py: unknown option {args[0]}")
    commands, current = [], None
    for arg in args:
        if arg == "--":
            current = []
            commands.append(current)
        else:
            current.append(arg)
    repeat = repeat or [1] * len(commands)
    if len(repeat) != len(commands) or min(repeat) < 1:
        sys.exit("timeit.py: --repeat needs one count of at least 1 per command")
    times = [[] for _ in commands]
    for round in range(runs):
        for k in range(len(commands)):
            i = (round + k) % len(commands)
            time.sleep(pause)
            if warm:
                timed(commands[i])
            samples = [timed(commands[i]) for _ in range(repeat[i])]
            times[i].append(tuple(sum(t[j] for t in samples) / repeat[i] for j in range(3)))
    if detail:
        for command, samples in zip(commands, times):
            wall = [t[0] for t in samples]
            print(
                f"best {min(wall):.4f}  median {statistics.median(wall):.4f}  "
                f"user {statistics.median(t[1] for t in samples):.4f}  "
                f"system {statistics.median(t[2] for t in samples):.4f}  {' '.join(command)}")
    else:
        print(" ".join(f"{min(t[0] for t in samples):.4f}" for samples in times))
else:
    runs = int(sys.argv[1])
    print(f"{min(timed(sys.argv[2:])[0] for _ in range(runs)):.4f}")
