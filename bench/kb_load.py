"""Time and memory of loading the full knowledge base and building its alias index.

    .venv/bin/python bench/kb_load.py

Runs the load in a fresh process so the numbers are those of a cold start: wall
time of `load_kb()` and the peak resident memory of the process (Linux ru_maxrss).
Targets (issue 3): at most 1 s and 200 MB.
"""
from __future__ import annotations

import resource
import sys
import time


def main() -> int:
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    start = time.perf_counter()
    from concord.kb import load_kb
    kb = load_kb()
    seconds = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    aliases = len(kb.normalised_aliases())
    start = time.perf_counter()
    for _ in range(100_000):
        kb.lookup_ids("cambodia")
    lookup_us = (time.perf_counter() - start) / 100_000 * 1e6
    print(f"entities: {len(kb)}  normalised aliases: {aliases}")
    print(f"load + index: {seconds:.3f} s (target <= 1 s)")
    print(f"peak memory: {peak_mb:.1f} MB (interpreter before import: {before / 1024:.1f} MB; target <= 200 MB)")
    print(f"lookup of a normalised alias: {lookup_us:.2f} us")
    return 0 if seconds <= 1.0 and peak_mb <= 200 else 1


if __name__ == "__main__":
    sys.exit(main())
