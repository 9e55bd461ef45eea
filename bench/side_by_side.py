"""Two versions of drafter's check, side by side on the same releases: a figure a shared machine can give.

    .venv/bin/python bench/side_by_side.py BEFORE AFTER [--archive DIR] [--first N] [--rounds N] [--per N] [--warm N]

BEFORE and AFTER are folders that hold a ``drafter`` package (``git archive COMMIT | tar -x -C DIR``, or a
work tree). One process a version imports its drafter, checks ``--warm`` releases (the tables and patterns
made on first use), then, round by round, the next ``--per`` releases from ``--first``: both versions check
the same releases, in turn, in alternate order, each timed with the CPU time of its process. Under the load
of other work both are slowed alike in a round; each round's ratio is printed, their median, the total CPU
a draft, and whether the JSON reports were the same in every round.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

LANGS = 3


def folders(archive: Path, first: int, count: int) -> list[Path]:
    return [archive / f"batch-{i // 100:03d}" / f"r{i:05d}" for i in range(first, first + count)]


def worker(archive: Path, warm: int) -> None:
    """Check the releases each line of the standard input asks for ("FIRST COUNT"); print CPU and digest."""
    import drafter.checker
    from drafter.report import render

    drafter.checker.check(folders(archive, 0, warm), jobs=1)
    print("ready", flush=True)
    for line in sys.stdin:
        first, count = map(int, line.split())
        start = time.process_time()
        result = drafter.checker.check(folders(archive, first, count), jobs=1)
        cpu = time.process_time() - start
        text, _ = render(result, "json", terminal=False)
        digest = hashlib.sha256(text.replace(str(archive), "ARCHIVE").encode()).hexdigest()[:16]
        print(f"{cpu} {digest}", flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("before", type=Path)
    parser.add_argument("after", type=Path)
    parser.add_argument("--archive", type=Path, default=Path("/tmp/arch1k-speed"))
    parser.add_argument("--first", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=12)
    parser.add_argument("--per", type=int, default=20)
    parser.add_argument("--warm", type=int, default=40)
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker(args.archive, args.warm)
        return 0
    procs = {}
    for name, root in (("before", args.before), ("after", args.after)):
        env = dict(os.environ, PYTHONPATH=str(root.resolve()))
        command = [
            sys.executable,
            __file__,
            "x",
            "x",
            "--worker",
            "--archive",
            str(args.archive),
            "--warm",
            str(args.warm),
        ]
        proc = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env)
        assert proc.stdin and proc.stdout and proc.stdout.readline().strip() == "ready"
        procs[name] = proc
    totals = {"before": 0.0, "after": 0.0}
    ratios: list[float] = []
    same = True
    drafts = args.per * LANGS
    for number in range(args.rounds):
        first = args.first + number * args.per
        got: dict[str, tuple[float, str]] = {}
        for name in ("before", "after") if number % 2 == 0 else ("after", "before"):
            proc = procs[name]
            assert proc.stdin and proc.stdout
            proc.stdin.write(f"{first} {args.per}\n")
            proc.stdin.flush()
            cpu, digest = proc.stdout.readline().split()
            got[name] = (float(cpu), digest)
            totals[name] += float(cpu)
        same &= got["before"][1] == got["after"][1]
        ratios.append(got["after"][0] / got["before"][0])
        load = os.getloadavg()[0]
        print(
            f"round {number}, releases {first}-{first + args.per - 1}, load {load:.1f}: "
            f"before {got['before'][0] * 1000 / drafts:.2f}, after {got['after'][0] * 1000 / drafts:.2f} ms of CPU "
            f"a draft; reports {'the same' if got['before'][1] == got['after'][1] else 'DIFFERENT'}",
            flush=True,
        )
    for proc in procs.values():
        assert proc.stdin
        proc.stdin.close()
        proc.wait()
    shown = args.rounds * drafts
    print(
        f"in all: before {totals['before'] * 1000 / shown:.2f}, after {totals['after'] * 1000 / shown:.2f} ms of CPU "
        f"a draft; median ratio after/before {statistics.median(ratios):.3f} "
        f"(from {min(ratios):.3f} to {max(ratios):.3f}); reports the same in every round: {'yes' if same else 'NO'}"
    )
    return 0 if same else 1


if __name__ == "__main__":
    raise SystemExit(main())
