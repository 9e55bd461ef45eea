"""``drafter ARGS`` with the cache's run key pinned (as ``pinned.py``), and where its wall time went.

On a machine other jobs share, a re-check's wall time is several times its
CPU time, and the question is whether drafter waits for something (the disk,
a process it started) or for a CPU. Linux keeps, for each thread, the time it
ran and the time it waited, ready to run, for a CPU (``/proc/thread-self/schedstat``);
whatever else the wall time holds, the thread was blocked: reading a file not
in memory, waiting for a child's result, sleeping. Printed at exit, to stderr,
for the main thread (the process that walks the archive and looks every release
up), with the CPU time of the children that have ended (the process that
checks a changed release ahead):

    cd ARCHIVE && python bench/wallsplit.py check batch-* --cache-dir DIR --format json

Only for timing: a cache filled through ``pinned.py`` is not one drafter would trust.
"""

from __future__ import annotations

import atexit
import os
import resource
import sys
import time

_T0 = time.perf_counter()


def _since_start() -> float:
    """Wall seconds from this process's start (Python's own start-up included) to now."""
    ticks = os.sysconf("SC_CLK_TCK")
    with open("/proc/self/stat", encoding="ascii") as file:
        started = int(file.read().rsplit(")", 1)[1].split()[19]) / ticks
    with open("/proc/uptime", encoding="ascii") as file:
        return float(file.read().split()[0]) - started


_BEFORE = _since_start()


def _schedstat() -> tuple[float, float]:
    """Seconds this thread has run, and waited ready to run for a CPU."""
    with open("/proc/thread-self/schedstat", encoding="ascii") as file:
        ran, waited, _ = file.read().split()
    return int(ran) / 1e9, int(waited) / 1e9


def _report() -> None:
    ran, waited = _schedstat()
    wall = time.perf_counter() - _T0 + _BEFORE
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    print(
        f"wall {wall:6.2f} s = CPU {ran:5.2f} s + waiting for a CPU {waited:5.2f} s + blocked "
        f"{wall - ran - waited:5.2f} s; children's CPU {children.ru_utime + children.ru_stime:5.2f} s; "
        f"load {os.getloadavg()[0]:.1f}",
        file=sys.stderr,
    )


if __name__ == "__main__":
    from pinned import _pinned  # beside this script, as Python runs it

    import drafter.checker
    from drafter.cli import cli

    drafter.checker.run_key = _pinned  # type: ignore[assignment]
    atexit.register(_report)
    cli(sys.argv[1:], prog_name="drafter")
