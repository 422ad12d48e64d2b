#!/usr/bin/env python3
"""Runs a command once (its output discarded) and prints its peak resident memory in bytes.
Usage: peakrss.py COMMAND [ARG...]"""
import resource
import subprocess
import sys

subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024)
