"""How fast ``drafter check`` reads an archive, in one process and in several, and whether it stays linear.

Builds (or reuses, with ``--archive``) an archive of releases in pt, es and en
drafted from varied facts, about 600 words a draft (see ``archive.py``), then,
for each size asked (the first 100, 1,000... releases), times
:func:`drafter.checker.check` run sequentially (``jobs=1``) and with its
default parallelism, and ``drafter check --format json`` as a command. Both
runs must give the findings of the sequential run, byte for byte once
rendered. Prints drafts a second, time per draft at each size, the largest
process's peak memory, where the time goes and, with ``--profile``, a cProfile
of the sequential check. Asserts nothing about speed.

    python bench/bench_check.py [--sizes 100,1000] [--archive DIR] [--seed S] [--jobs N] [--profile] [--trace]
                                [--recheck | --recheck-only]
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import hashlib
import inspect
import json
import os
import platform
import pstats
import shlex
import shutil
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))  # the repository's drafter, not an installed one

import drafter  # noqa: E402
import drafter.checker  # noqa: E402
import drafter.checker.inspection  # noqa: E402, F401  # where a release's check looks its functions up
from drafter.checker import CheckResult  # noqa: E402
from drafter.errors import display_path  # noqa: E402
from drafter.report import render  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from archive import Archive, batch_size, build_archive, cpu_count, kept_archive  # noqa: E402
from machine import commit as git_state  # noqa: E402
from recheck import recheck  # noqa: E402

T = TypeVar("T")
PARALLEL = "jobs" in inspect.signature(drafter.checker.check).parameters
"""Whether this drafter checks in parallel (before issue 12 it did not: only the sequential run is timed)."""
CACHED = "cache" in inspect.signature(drafter.checker.check).parameters
"""Whether this drafter keeps findings between checks: the command's timed runs pass --no-cache, --recheck times it."""


# --- where the time goes --------------------------------------------------------------------


class Phases:
    """Self time of wrapped functions: a wrapped call inside another is taken out of the outer one."""

    def __init__(self) -> None:
        self.seconds: defaultdict[str, float] = defaultdict(float)
        self.calls: Counter[str] = Counter()
        self._stack: list[str] = []
        self._mark = 0.0

    def reset(self) -> None:
        self.seconds.clear()
        self.calls.clear()

    def wrap(self, phase: str, fn: Callable[..., T]) -> Callable[..., T]:
        def timed(*args: Any, **kwargs: Any) -> T:
            now = time.perf_counter()
            if self._stack:
                self.seconds[self._stack[-1]] += now - self._mark
            self._stack.append(phase)
            self.calls[phase] += 1
            self._mark = now
            try:
                return fn(*args, **kwargs)
            finally:
                now = time.perf_counter()
                self.seconds[self._stack.pop()] += now - self._mark
                self._mark = now

        return timed


IDENTIFY = "language identification"
WRAPPED = (
    ("drafter.checker.langid", "identify", IDENTIFY),
    ("drafter.checker.proofread", "identify", IDENTIFY),
    ("drafter.checker", "identify", IDENTIFY),
    ("drafter.checker", "collect", "gathering releases"),
    ("drafter.checker.inputs", "Release.read", "reading drafts"),
    ("drafter.checker", "load_facts", "loading facts"),
    ("drafter.checker", "extract", "extracting mentions"),
    ("drafter.checker", "expectations", "expectations from facts"),
    ("drafter.checker", "between", "comparing versions"),
    ("drafter.checker", "against_facts", "comparing with facts"),
    ("drafter.checker", "orphans", "comparing with facts"),
    ("drafter.checker.inspection", "identify", IDENTIFY),
    ("drafter.checker.inspection", "load_facts", "loading facts"),
    ("drafter.checker.inspection", "extract", "extracting mentions"),
    ("drafter.checker.inspection", "expectations", "expectations from facts"),
    ("drafter.checker.inspection", "between", "comparing versions"),
    ("drafter.checker.inspection", "against_facts", "comparing with facts"),
    ("drafter.checker.inspection", "orphans", "comparing with facts"),
)
"""Functions timed in the sequential run, where drafter looks them up; those a version lacks are skipped."""


def instrument(phases: Phases) -> None:
    """Wrap drafter's functions where check looks them up; drafter's code is unchanged."""
    for module, path, phase in WRAPPED:
        target: Any = sys.modules.get(module)
        *owners, name = path.split(".")
        for owner in owners:
            target = getattr(target, owner, None)
        if target is not None and callable(getattr(target, name, None)):
            setattr(target, name, phases.wrap(phase, getattr(target, name)))


def area(filename: str, function: str) -> str:
    """A profile entry's package or drafter module: where its self time is counted."""
    if filename == "~":
        return "builtins: " + ("re" if "re.Pattern" in function or "_sre" in function else function.split(" of ")[0])
    path = filename.replace(os.sep, "/")
    if "/drafter/" in path:
        return "drafter." + path.rsplit("/drafter/", 1)[1].removesuffix(".py").replace("/", ".")
    if "site-packages/" in path:
        return path.split("site-packages/", 1)[1].split("/", 1)[0].removesuffix(".py")
    return "python: " + Path(path).stem


def print_profile(profile: cProfile.Profile, total: float, top: int) -> None:
    stats = pstats.Stats(profile)
    entries: dict[Any, Any] = stats.stats  # type: ignore[attr-defined]
    by_area: Counter[str] = Counter()
    rows = []
    for (filename, line, function), (_, calls, tottime, cumtime, _) in entries.items():
        by_area[area(filename, function)] += tottime
        rows.append((tottime, cumtime, calls, f"{Path(filename).name}:{line}({function})" if line else function))
    print(f"  self time by package or drafter module (of {total:.2f} s):")
    for name, seconds in by_area.most_common(top):
        print(f"    {name:<44} {seconds:8.2f} s  {100 * seconds / total:5.1f}%")
    print(f"  the {top} functions with the most self time:")
    for tottime, cumtime, calls, name in sorted(rows, reverse=True)[:top]:
        print(f"    {tottime:7.2f} s self {cumtime:7.2f} s cumulative {calls:9d} calls  {name}")


# --- runs -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Run:
    seconds: float  # wall clock
    cpu: float  # this process's CPU time
    result: CheckResult


def api_check(paths: Sequence[Path], jobs: int | None) -> Run:
    options: dict[str, Any] = {"jobs": jobs} if PARALLEL else {}
    c0, t0 = time.process_time(), time.perf_counter()
    result = drafter.checker.check(paths, **options)
    return Run(time.perf_counter() - t0, time.process_time() - c0, result)


@dataclass(frozen=True)
class Command:
    seconds: float
    cpu: float  # user + system time of the command and every process it started
    maxrss_mib: float  # the largest of those processes' peak resident memory
    output: bytes
    returncode: int


def cli_check(paths: Sequence[Path], jobs: int | None, options: Sequence[str] | None = None) -> Command:
    """``drafter check PATHS --format json`` in a process of its own, timed with its children; without
    the cache unless ``options`` name one."""
    command = [sys.executable, "-m", "drafter", "check", *map(str, paths), "--format", "json"]
    if PARALLEL and jobs is not None:
        command += ["--jobs", str(jobs)]
    if options is not None:
        command += options
    elif CACHED:
        command.append("--no-cache")
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])))
    with tempfile.TemporaryFile() as out:
        t0 = time.perf_counter()
        process = subprocess.Popen(command, stdout=out, env=env)
        _, status, usage = os.wait4(process.pid, 0)  # the rusage of the command and its waited-for children
        seconds = time.perf_counter() - t0
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        output = out.read()
    rss = usage.ru_maxrss / (2**20 if sys.platform == "darwin" else 1024)
    return Command(seconds, usage.ru_utime + usage.ru_stime, rss, output, process.returncode)


def read_everything(paths: Sequence[Path]) -> tuple[float, int]:
    """The floor: walking the folders and reading every file in them, and the bytes read."""
    t0 = time.perf_counter()
    size = 0
    for given in paths:
        for root, _, files in os.walk(given):
            for name in files:
                size += len((Path(root) / name).read_bytes())
    return time.perf_counter() - t0, size


KEPT_BY_TEXT = (("drafter.checker.proofread", "_kept_language"), ("drafter.checker.segments", "_kept"))
"""What a run keeps by paragraph (each one's language, a block's sentences), where this drafter has it."""


def forget_texts() -> None:
    """Empty what the sequential run kept by paragraph, so that the parallel run's processes (forked
    from this one) start without the answers for the very releases they check."""
    for module, name in KEPT_BY_TEXT:
        kept = getattr(sys.modules.get(module), name, None)
        if kept is not None:
            kept.cache_clear()


def rendered(result: CheckResult, fmt: str) -> bytes:
    text, _ = render(result, fmt, terminal=False)
    return text.encode("utf-8")


def findings_digest(result: CheckResult, root: Path) -> str:
    """The JSON report's digest without the archive's folder: its path taken out of every text, and each
    finding's ``signature`` (a hash of its release's path, for dismissals) left out. The same findings
    give the same digest wherever the archive was built (``--archive DIR``)."""
    shown = sorted({str(root), display_path(root)}, key=len, reverse=True)

    def placeless(node: Any) -> Any:
        if isinstance(node, dict):
            return {k: placeless(v) for k, v in node.items() if k != "signature"}
        if isinstance(node, list):
            return [placeless(v) for v in node]
        if isinstance(node, str):
            for path in shown:
                node = node.replace(path, "ARCHIVE")
        return node

    report = placeless(json.loads(rendered(result, "json")))
    return hashlib.sha256(json.dumps(report, sort_keys=True, ensure_ascii=False).encode("utf-8")).hexdigest()[:16]


def same(a: CheckResult, b: CheckResult) -> bool:
    """The same releases, drafts and findings, and the same report in every format, byte for byte."""
    if (a.releases, a.drafts, a.findings, a.dismissed) != (b.releases, b.drafts, b.findings, b.dismissed):
        return False
    return all(rendered(a, fmt) == rendered(b, fmt) for fmt in ("text", "json", "github"))


# --- report ---------------------------------------------------------------------------------


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def load() -> str:
    try:
        return "load average " + ", ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "load average unknown"


def print_phases(phases: Phases, total: float) -> None:
    rest = total
    for phase, seconds in sorted(phases.seconds.items(), key=lambda item: -item[1]):
        rest -= seconds
        calls = phases.calls[phase]
        print(f"    {phase:<26} {seconds:8.2f} s  {100 * seconds / total:5.1f}%  ({calls} calls)")
    print(f"    {'the rest of check':<26} {rest:8.2f} s  {100 * rest / total:5.1f}%")


def report_findings(archive: Archive, result: CheckResult) -> None:
    by_severity = Counter(f.severity for f in result.findings)
    print(f"findings              {len(result.findings)} ({', '.join(f'{n} {s}' for s, n in by_severity.items())})")
    for rule, count in Counter(f.rule for f in result.findings).most_common():
        print(f"  {rule:<20} {count}")
    found = {Path(f.release).name for f in result.findings}
    checked = {Path(name).name for name in result.releases}
    edits = {name: edit for name, edit in archive.edits.items() if name in checked}
    caught = Counter(edit.kind for name, edit in edits.items() if name in found)
    print(f"planted edits caught  {sum(caught.values())} of {len(edits)}")
    for kind, count in sorted(Counter(edit.kind for edit in edits.values()).items()):
        print(f"  {kind:<20} {caught[kind]} of {count}")
    for name, edit in sorted(edits.items()):
        if name not in found:
            print(f"  MISSED {name} ({edit.lang}, {edit.kind}): {edit.old!r} -> {edit.new!r}")
    alarms = [f for f in result.findings if Path(f.release).name not in edits]
    print(f"findings on unedited releases: {len(alarms)} (each one a false alarm)")
    for (rule, message), count in Counter((f.rule, f.message) for f in alarms).most_common(10):
        print(f"  {count:4d} x [{rule}] {message}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--sizes", default="100,1000", help="releases checked, comma-separated (default 100,1000)")
    parser.add_argument("--archive", type=Path, metavar="DIR", help="build the archive in DIR and keep it, or reuse it")
    parser.add_argument("--seed", type=int, default=2026, help="seed of the varied facts and edits (default 2026)")
    parser.add_argument("--jobs", type=int, help="processes for the parallel runs (default: check's own, the cores)")
    parser.add_argument("--profile", action="store_true", help="profile a sequential check of the first size")
    parser.add_argument("--top", type=int, default=25, help="rows of the profile (default 25)")
    parser.add_argument("--trace", action="store_true", help="tracemalloc's peak over a sequential check of each size")
    parser.add_argument("--no-cli", action="store_true", help="time the Python API only")
    parser.add_argument(
        "--recheck",
        action="store_true",
        help="time the cache on the largest size: cold, warm, and after one draft is edited (commands)",
    )
    parser.add_argument("--recheck-only", action="store_true", help="only --recheck: no other run")
    args = parser.parse_args(argv)
    sizes = sorted({int(s) for s in args.sizes.split(",") if s.strip()})
    if not sizes or sizes[0] < 1:
        parser.error("--sizes: one or more numbers of releases, like 100,1000")

    command = shlex.join([sys.executable, *sys.argv]) if argv is None else f"main({list(argv)!r})"
    print(f"command   cd {shlex.quote(os.getcwd())} && {command}")
    print(f"machine   {cpu_count()} CPUs ({cpu_model()}), {platform.system()} {platform.release()}, {load()}")
    print(f"python    {platform.python_version()} ({platform.python_implementation()})")
    print(f"drafter   {drafter.__version__}, commit {git_state()}; parallel check: {'yes' if PARALLEL else 'no'}")
    print(f"date      {dt.date.today().isoformat()}")
    print()

    temporary = args.archive is None
    root = Path(tempfile.mkdtemp(prefix="drafter-bench-")) / "archive" if temporary else args.archive.resolve()
    batch = batch_size(sizes)
    try:
        archive = None if temporary else kept_archive(root, sizes[-1], args.seed, batch)
        if archive is None:
            if root.exists() and any(root.iterdir()):
                parser.error(f"--archive {root}: not empty, and not an archive of this seed and size")
            root.mkdir(parents=True, exist_ok=True)
            t0 = time.perf_counter()
            archive = build_archive(root, sizes[-1], args.seed, batch, cpu_count())
            print(f"== built the archive in {time.perf_counter() - t0:.1f} s with {cpu_count()} processes ({root})")
        else:
            print(f"== reusing the archive in {root}")
        print(f"releases              {archive.releases} ({len(archive.edits)} with a planted hand edit)")
        print(f"drafts                {archive.drafts}, {archive.words / archive.drafts:.0f} words each on average")
        drafting = archive.seconds.get("draft()", 0.0)
        if drafting:
            print(f"draft() speed         {archive.drafts / drafting:.1f} drafts/s of CPU, one process")
        print()

        phases = Phases()
        instrument(phases)
        t0 = time.perf_counter()
        drafter.checker.check([archive.folder(0)])
        print(f"cold start            {time.perf_counter() - t0:.2f} s to check one release in this process")
        print(f"parallel runs         jobs={args.jobs or 'default'}")
        print()

        if args.recheck or args.recheck_only:
            if not CACHED:
                parser.error("--recheck: this drafter has no cache")
            paths = archive.batches(sizes[-1])
            recheck(paths, archive.folder(sizes[-1] // 2), lambda p, o: cli_check(p, args.jobs, o), read_everything)
            if args.recheck_only:
                return 0

        print("== drafter check")
        header = "releases drafts floor s | sequential s drafts/s ms/draft | parallel s drafts/s | CLI s drafts/s MiB"
        print(f"  {header} | same")
        results = []
        for size in sizes:
            paths = archive.batches(size)
            floor, _ = read_everything(paths)
            phases.reset()
            seq = api_check(paths, 1)
            split = (dict(phases.seconds), Counter(phases.calls))
            forget_texts()
            par = api_check(paths, args.jobs) if PARALLEL else None
            cli = None if args.no_cli else cli_check(paths, args.jobs)
            drafts = seq.result.drafts
            agree = []
            if par is not None:
                agree.append("API" if same(par.result, seq.result) else "API DIFFERS")
            if cli is not None:
                agree.append("CLI" if cli.output == rendered(seq.result, "json") else "CLI DIFFERS")
            line = f"  {size:8d} {drafts:6d} {floor:7.2f} | {seq.seconds:12.2f} {drafts / seq.seconds:8.1f} "
            line += f"{1000 * seq.seconds / drafts:8.2f} | "
            line += f"{par.seconds:10.2f} {drafts / par.seconds:8.1f} | " if par else f"{'-':>10} {'-':>8} | "
            line += f"{cli.seconds:5.2f} {drafts / cli.seconds:8.1f} {cli.maxrss_mib:5.0f}" if cli else f"{'-':>20}"
            print(f"{line} | {', '.join(agree) or '-'}")
            results.append((size, seq, par, cli, split))

        print()
        base = results[0][1]
        print("== per draft, against the first size (linear: about 1)")
        for size, seq, par, cli, _ in results:
            drafts = seq.result.drafts
            growth = seq.cpu / drafts / (base.cpu / base.result.drafts)
            ratios = [f"sequential CPU {1000 * seq.cpu / drafts:6.2f} ms (x{growth:.3f})"]
            if par:
                ratios.append(f"parallel wall {1000 * par.seconds / drafts:6.2f} ms")
            if cli:
                ratios.append(f"CLI wall {1000 * cli.seconds / drafts:6.2f} ms, CPU {1000 * cli.cpu / drafts:6.2f} ms")
            print(f"  {size:6d} releases: {'; '.join(ratios)}")
        print()

        print("== findings (sha256 of the JSON report of the sequential run, the archive's folder left out)")
        for size, seq, _, cli, _ in results:
            digest = findings_digest(seq.result, archive.root)
            exit_code = f", CLI exit code {cli.returncode}" if cli else ""
            print(f"  {size:6d} releases: {len(seq.result.findings)} findings, {digest}{exit_code}")
        report_findings(archive, results[-1][1].result)
        print()

        size, seq, _, _, (seconds, calls) = results[-1]
        print(f"== where the time goes, sequential check of {size} releases ({seq.seconds:.2f} s wall)")
        phases.seconds.clear()
        phases.seconds.update(seconds)
        phases.calls = calls
        print_phases(phases, seq.seconds)
        print()

        if args.trace:
            print("== tracemalloc peak of Python allocations during a sequential check (tracing slows it)")
            for size in sizes:
                tracemalloc.start()
                api_check(archive.batches(size), 1)
                _, peak = tracemalloc.get_traced_memory()
                tracemalloc.stop()
                print(f"  {size:6d} releases: {peak / 2**20:6.1f} MiB")
            print()

        if args.profile:
            profile = cProfile.Profile()
            paths = archive.batches(sizes[0])
            t0 = time.perf_counter()
            profile.runcall(api_check, paths, 1)
            total = time.perf_counter() - t0
            print(f"== cProfile of a sequential check of {sizes[0]} releases ({total:.2f} s under the profiler)")
            print_profile(profile, total, args.top)
            print()
        print(f"finished  {load()}")
    finally:
        if temporary:
            shutil.rmtree(root.parent, ignore_errors=True)
        else:
            print(f"archive kept in {root}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
