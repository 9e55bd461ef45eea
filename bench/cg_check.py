"""Instructions a draft of `drafter check`, counted by callgrind: a figure the machine's load cannot blur.

    .venv/bin/python bench/cg_check.py [--archive DIR] [--first N] [--count N] [--warm N] [--profile]

Checks ``--warm`` releases of the archive (default 3: the tables and patterns made on first use), then
the ``--count`` releases from ``--first`` (default 20 from 100), in one process, sequentially, and prints
the findings' digest of the counted releases. Under callgrind it prints the instructions a draft: the
count of a run with ``--count`` releases less that of a run that only warms up, over the drafts
(``--callgrind``, which starts both runs under ``valgrind --tool=callgrind``). With ``--profile``, a
cProfile of the counted releases by stage. After the check it prints the process's peak memory and
drafter's fullest caches with their bounds.
"""

from __future__ import annotations

import argparse
import cProfile
import hashlib
import json
import pstats
import re
import resource
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

LANGS = 3
SORT = "cumulative"


def folders(archive: Path, first: int, count: int) -> list[Path]:
    return [archive / f"batch-{i // 100:03d}" / f"r{i:05d}" for i in range(first, first + count)]


def run(archive: Path, first: int, count: int, warm: int, profile: bool) -> None:
    import drafter.checker
    from drafter.errors import display_path
    from drafter.report import render

    if warm:
        drafter.checker.check(folders(archive, 0, warm), jobs=1)
    if not count:
        return
    paths = folders(archive, first, count)
    profiler = cProfile.Profile() if profile else None
    if profiler:
        profiler.enable()
    result = drafter.checker.check(paths, jobs=1)
    if profiler:
        profiler.disable()
        pstats.Stats(profiler).sort_stats(SORT).print_stats(40)
    text, _ = render(result, "json", terminal=False)
    for shown in sorted({str(archive), display_path(archive)}, key=len, reverse=True):  # as bench_check.py
        text = text.replace(shown, "ARCHIVE")
    report = json.loads(text)
    for finding in report.get("findings", []):
        finding.pop("signature", None)
    digest = hashlib.sha256(json.dumps(report, sort_keys=True, ensure_ascii=False).encode()).hexdigest()[:16]
    print(f"releases {first}..{first + count - 1}: {len(result.findings)} findings, digest {digest}")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory {peak:.0f} MiB; largest kept caches: {', '.join(kept_caches()[:KEPT_SHOWN])}")


KEPT_SHOWN = 6


def kept_caches() -> list[str]:
    """drafter's caches of functions (``lru_cache``, ``cache``), the fullest first: "name entries/bound"."""
    found: dict[int, tuple[int, str]] = {}
    for name, module in list(sys.modules.items()):
        if name.split(".")[0] != "drafter":
            continue
        for attr, value in vars(module).items():
            info = getattr(value, "cache_info", None)
            if callable(info) and id(value) not in found:
                now = info()
                bound = "unbounded" if now.maxsize is None else f"{now.maxsize:,}"
                found[id(value)] = (now.currsize, f"{name.removeprefix('drafter.')}.{attr} {now.currsize:,}/{bound}")
    return [shown for _, shown in sorted(found.values(), reverse=True)]


def instructions(args: argparse.Namespace, count: int) -> int:
    """Instructions callgrind counts for a run of this script that checks ``count`` releases."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "callgrind.out"
        command = ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", sys.executable, __file__]
        command += ["--archive", str(args.archive), "--first", str(args.first), "--count", str(count)]
        command += ["--warm", str(args.warm)]
        done = subprocess.run(command, capture_output=True, text=True, check=True)
        if count:
            print(done.stdout.strip())
        match = re.search(r"Collected : (\d+)", done.stderr)
        assert match, done.stderr[-2000:]
        return int(match.group(1))


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--archive", type=Path, default=Path("/tmp/arch10k"))
    parser.add_argument("--first", type=int, default=100)
    parser.add_argument("--count", type=int, default=20)
    parser.add_argument("--warm", type=int, default=3)
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--callgrind", action="store_true", help="count instructions under valgrind")
    args = parser.parse_args()
    if not args.callgrind:
        run(args.archive, args.first, args.count, args.warm, args.profile)
        return 0
    base = instructions(args, 0)
    full = instructions(args, args.count)
    drafts = args.count * LANGS
    print(f"instructions: {full:,} with the releases, {base:,} warming up only")
    print(f"instructions a draft: {(full - base) / drafts / 1e6:.2f} million ({drafts} drafts)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
