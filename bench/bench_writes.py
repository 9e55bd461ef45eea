"""Whether writes stay all-or-nothing and one at a time, at length: crashes, disk errors, kills, runs at once.

Uses the harness of ``tests/test_writes.py`` with more of everything:

1. every scenario (drafts over drafts, a first write, --force, a review page,
   ``drafter new``) killed at each step, failed at each step (EIO, ENOSPC),
   failed at each step then killed at each of the next steps (while it undoes
   what it did), and killed at each step then edited by hand;
2. a process writing over and over, killed with SIGKILL at random moments;
3. many processes writing md and html, some with --force, into one folder at
   once, with a watcher checking the folder under the lock between runs.

Prints the counts of runs, crashes, failed runs and of what must never
happen: inconsistent states, false refusals, files left behind, hand edits
lost. Exits 1 if any of these is not 0.

    python bench/bench_writes.py [--kills N] [--rounds N] [--workers N] [--writes N] [--later N] [--disk] [--seed S]
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))  # the repository's drafter and its tests, not an installed drafter

from tests.test_writes import SCENARIOS, Scenario, Tally, at_once, exercise, killed_at_random  # noqa: E402


def _line(what: str, tally: Tally, seconds: float) -> str:
    return (
        f"{what:<34} {tally.runs:>6} {tally.crashes:>7} {tally.failures:>7} {len(tally.inconsistent):>12} "
        f"{len(tally.false_refusals):>14} {len(tally.left_behind):>11} {len(tally.edits_lost):>10} {seconds:>7.1f}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kills", type=int, default=300, help="SIGKILLs at random moments (default 300)")
    parser.add_argument("--rounds", type=int, default=10, help="rounds of runs at once (default 10)")
    parser.add_argument("--workers", type=int, default=8, help="processes writing at once (default 8)")
    parser.add_argument("--writes", type=int, default=20, help="writes per process and round (default 20)")
    parser.add_argument("--later", type=int, default=12, help="kill 1..N steps after a failure (default 12)")
    parser.add_argument("--disk", action="store_true", help="step by step on the disk too, not in /dev/shm")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()

    shm = Path("/dev/shm")
    fast = None if args.disk or not (shm.is_dir() and os.access(shm, os.W_OK)) else str(shm)
    print(
        f"{platform.python_implementation()} {platform.python_version()}, {os.cpu_count()} cores, step by step in "
        f"{fast or tempfile.gettempdir()}, kills and runs at once in {tempfile.gettempdir()}\n"
    )
    print(
        f"{'':<34} {'runs':>6} {'crashes':>7} {'failed':>7} {'inconsistent':>12} "
        f"{'false refusals':>14} {'left behind':>11} {'edits lost':>10} {'seconds':>7}"
    )
    total = Tally()
    plans: list[tuple[str, Scenario, str, dict[str, Any]]] = []
    for scenario in SCENARIOS:
        plans += [
            (f"{scenario.name}: killed at each step", scenario, "crash", {}),
            (f"{scenario.name}: EIO at each step", scenario, "eio", {}),
            (f"{scenario.name}: disk full at each step", scenario, "enospc", {}),
            (f"{scenario.name}: EIO, then killed", scenario, "eio", {"then": tuple(range(1, args.later + 1))}),
        ]
    plans.append((f"{SCENARIOS[0].name}: killed, then edited", SCENARIOS[0], "crash", {"edit": True}))
    for what, scenario, kind, options in plans:
        started = time.perf_counter()
        with tempfile.TemporaryDirectory(dir=fast, prefix="drafter-bench-") as tmp:
            tally = exercise(Path(tmp), scenario, kind, **options)
        print(_line(what, tally, time.perf_counter() - started), flush=True)
        total.add(tally)

    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="drafter-bench-") as tmp:
        tally = killed_at_random(Path(tmp) / "drafts", rounds=args.kills, seed=args.seed)
    print(_line("SIGKILL at random moments", tally, time.perf_counter() - started), flush=True)
    print(f"{'':<34} ({tally.mid_write} landed inside a write, {tally.journals} while its journal was there)")
    total.add(tally)

    started = time.perf_counter()
    together = Tally()
    for round_ in range(args.rounds):
        with tempfile.TemporaryDirectory(prefix="drafter-bench-") as tmp:
            together.add(at_once(Path(tmp) / "drafts", args.workers, args.writes, seed=args.seed + round_))
    print(_line(f"{args.workers} processes at once, x{args.rounds}", together, time.perf_counter() - started))
    print(f"{'':<34} (a watcher took the lock and checked the folder {together.looks} times between runs)")
    total.add(together)

    print(_line("total", total, 0.0)[:-8])
    for problem in total.bad()[:30]:
        print("  ", problem)
    return 1 if total.bad() else 0


if __name__ == "__main__":
    sys.exit(main())
