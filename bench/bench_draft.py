"""How fast drafter drafts an archive: many releases, every language, several formats, in one process.

Takes the facts files of the archive ``bench_check.py`` builds (``archive.py``;
``--archive DIR`` reuses one, else a small one is built in a temporary
folder), then, for the first ``--releases`` of them:

1. through the Python API, as a program redrafting an archive would:
   ``drafter.draft(facts)`` and ``.files(fmt)`` for each format, timed
   stage by stage (loading the facts, rendering the Markdown, writing each
   format), in one process; then the same with each draft parsed again for
   every format, and with markdown-it making every format, as drafter did
   before cmark made the HTML and the text (``--compare``);
2. through ``drafter.batch.draft_many(paths, formats, digests=False)``, a
   process a core (``--jobs``), the files compared with the one-process
   run's (without the facts' digests, which only writing a manifest needs);
3. as a command: ``drafter draft FOLDERS --out DIR --format md,html,txt``,
   one process for the whole archive;
4. with ``--profile``, a cProfile of the API run: self time by package or
   drafter module, and the functions that take most.

Prints releases, drafts and files a second. Asserts nothing about speed.

    python bench/bench_draft.py [--releases 1000] [--formats md,html,txt] [--archive DIR] [--profile] [--compare]
"""

from __future__ import annotations

import argparse
import cProfile
import hashlib
import os
import platform
import resource
import shlex
import shutil
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, nullcontext
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))  # the repository's drafter, not an installed one

import drafter  # noqa: E402
from drafter import cmark, emit  # noqa: E402
from drafter.batch import draft_many  # noqa: E402
from drafter.catalog import Catalog  # noqa: E402
from drafter.drafting import Drafts  # noqa: E402
from drafter.facts import load_facts  # noqa: E402
from drafter.render import render_markdown  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from archive import batch_size, build_archive, cpu_count, kept_archive  # noqa: E402
from bench_check import cpu_model, git_state, load, print_profile  # noqa: E402


def facts_files(root: Path, releases: int) -> list[Path]:
    found = sorted(root.glob("batch-*/r*/facts.yaml"))[:releases]
    if len(found) < releases:
        raise SystemExit(f"{root}: {len(found)} releases, fewer than {releases}")
    return found


@contextmanager
def markdown_it_only() -> Iterator[None]:
    """Every format from markdown-it's tokens, as before cmark rendered the HTML and text."""
    saved = cmark.html, cmark.text
    cmark.html, cmark.text = (lambda markdown, with_title=False: None), (lambda markdown: None)
    try:
        yield
    finally:
        cmark.html, cmark.text = saved


def _forget() -> None:
    emit._parsed.cache_clear()
    cmark._rendered.cache_clear()


def by_stage(files: Sequence[Path], formats: Sequence[str], parse_once: bool) -> tuple[dict[str, float], int]:
    """CPU seconds of each stage of drafting ``files`` in ``formats``, as :func:`drafter.draft` does it, and the
    files made; with ``parse_once`` False, each draft is parsed again for every format."""
    catalog = Catalog.find()
    known = catalog.languages()
    _forget()  # no draft parsed by an earlier run
    spent: defaultdict[str, float] = defaultdict(float)
    made = 0
    clock = time.process_time
    for path in files:
        t0 = clock()
        facts = load_facts(path, available=known)
        t1 = clock()
        drafts = Drafts(facts, path.name, {lang: render_markdown(facts, lang, catalog) for lang in facts.languages})
        spent["loading facts (libyaml, pydantic)"] += t1 - t0
        spent["rendering Markdown (Jinja2, Babel)"] += clock() - t1
        for fmt in formats:
            if not parse_once:
                _forget()
            t2 = clock()
            made += len(drafts.files(fmt))
            spent[f"writing {fmt}"] += clock() - t2
    return dict(spent), made


def api_run(files: Sequence[Path], formats: Sequence[str]) -> tuple[float, float, int, str]:
    """Wall and CPU seconds of drafting ``files`` through the API, the files made, and a digest of them."""
    made = 0
    digest = hashlib.sha256()
    c0, t0 = time.process_time(), time.perf_counter()
    for path in files:
        drafts = drafter.draft(path)
        for fmt in formats:
            out = drafts.files(fmt)
            made += len(out)
            _add(digest, out)
    return time.perf_counter() - t0, time.process_time() - c0, made, digest.hexdigest()[:16]


def parallel_run(files: Sequence[Path], formats: Sequence[str], jobs: int | None) -> tuple[float, float, int, str]:
    """The same through :func:`drafter.batch.draft_many`: wall, CPU (this process and its pool), files, digest."""
    made = 0
    digest = hashlib.sha256()
    c0, t0 = _cpu(), time.perf_counter()
    for drafted in draft_many(files, formats, jobs=jobs, digests=False):  # as the one-process run: the files only
        if drafted.error is not None:
            raise SystemExit(f"{drafted.facts}: {drafted.error}")
        for fmt in formats:  # the same order as the one-process run
            ext = "release.json" if fmt == "json" else f".{fmt}"
            out = {name: text for name, text in drafted.files.items() if name.endswith(ext)}
            made += len(out)
            _add(digest, out)
    return time.perf_counter() - t0, _cpu() - c0, made, digest.hexdigest()[:16]


def _add(digest: hashlib._Hash, files: dict[str, str] | dict[str, bytes] | dict[str, str | bytes]) -> None:
    for name, text in files.items():
        digest.update(name.encode())
        digest.update(text if isinstance(text, bytes) else text.encode("utf-8"))


def _cpu() -> float:
    """CPU seconds of this process and of its children that have ended (a pool's, once it is closed)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def cli_run(folders: Sequence[Path], formats: Sequence[str]) -> tuple[float, float, int, int]:
    """``drafter draft FOLDERS --out TMP --format ...`` timed with its children: wall, CPU, exit code, files."""
    with tempfile.TemporaryDirectory(prefix="drafter-drafts-") as out:
        command = [sys.executable, "-m", "drafter", "draft", *map(str, folders), "--out", out]
        command += ["--format", ",".join(formats)]
        env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])))
        t0 = time.perf_counter()
        process = subprocess.Popen(command, env=env, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - t0
        files = sum(len([n for n in names if not n.startswith(".")]) for _, _, names in os.walk(out))
    return seconds, usage.ru_utime + usage.ru_stime, os.waitstatus_to_exitcode(status), files


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--releases", type=int, default=1000, help="releases drafted (default 1000)")
    parser.add_argument("--formats", default="md,html,txt", help="formats, comma-separated (default md,html,txt)")
    parser.add_argument("--archive", type=Path, metavar="DIR", help="the archive of bench_check.py to reuse")
    parser.add_argument("--seed", type=int, default=2026, help="seed of the archive (default 2026)")
    parser.add_argument("--compare", action="store_true", help="also time each draft parsed again for every format")
    parser.add_argument("--jobs", type=int, help="processes of draft_many (default: one per core)")
    parser.add_argument("--no-cli", action="store_true", help="time the Python API only")
    parser.add_argument("--profile", action="store_true", help="profile the API run")
    parser.add_argument("--top", type=int, default=25, help="rows of the profile (default 25)")
    args = parser.parse_args(argv)
    formats = [f for f in args.formats.split(",") if f]

    print(f"command   {shlex.join([sys.executable, *sys.argv]) if argv is None else argv}")
    print(f"machine   {cpu_count()} CPUs ({cpu_model()}), {platform.system()} {platform.release()}, {load()}")
    print(f"python    {platform.python_version()}; drafter {drafter.__version__}, commit {git_state()}")
    temporary = args.archive is None
    root = Path(tempfile.mkdtemp(prefix="drafter-bench-")) / "archive" if temporary else args.archive.resolve()
    try:
        batch = batch_size([args.releases])
        archive = None if temporary else kept_archive(root, args.releases, args.seed, batch)
        if archive is None:
            root.mkdir(parents=True, exist_ok=True)
            archive = build_archive(root, args.releases, args.seed, batch, cpu_count())
        files = facts_files(root, args.releases)
        folders = sorted({path.parent.parent for path in files})
        drafter.draft(files[0]).files(formats[0])  # imports, templates compiled: a program's first draft
        print(f"releases  {len(files)} from {root}; formats {', '.join(formats)}\n")

        wall, cpu, made, digest = api_run(files, formats)
        drafts = sum(1 for _ in files) * 3
        print("== through the Python API, one process: drafter.draft(facts).files(fmt) for each format")
        rates = f"{len(files) / wall:7.1f} releases/s, {drafts / wall:7.1f} drafts/s"
        print(f"  {wall:7.2f} s wall, {cpu:7.2f} s CPU: {rates},")
        a_release = f"{1000 * cpu / len(files):6.2f} ms of CPU a release"
        print(f"  {made / wall:7.1f} files/s ({made} files, digest {digest}); {a_release}")
        p_wall, p_cpu, p_made, p_digest = parallel_run(files, formats, args.jobs)
        print(f"== through drafter.batch.draft_many(paths, formats, jobs={args.jobs}, digests=False): forked")
        same = "same files" if (p_made, p_digest) == (made, digest) else f"DIFFERENT FILES (digest {p_digest})"
        print(f"  {p_wall:7.2f} s wall, {p_cpu:7.2f} s CPU: {len(files) / p_wall:7.1f} releases/s, {same};")
        print(f"  {p_made / p_wall:7.1f} files/s, {wall / p_wall:.2f} times the one-process run's speed")
        stages = [("each draft parsed once", True, False), ("parsed again per format", False, False)]
        stages.append(("markdown-it for every format, as before cmark", True, True))
        for label, once, before in stages:
            if (not once or before) and not args.compare:
                continue
            with markdown_it_only() if before else nullcontext():
                spent, _ = by_stage(files, formats, once)
            total = sum(spent.values())
            print(f"  by stage, {label} ({total:.2f} s CPU, {1000 * total / len(files):.2f} ms a release):")
            for stage, seconds in spent.items():
                print(f"    {stage:<38} {seconds:7.2f} s  {100 * seconds / total:5.1f}%")
        print()

        if not args.no_cli:
            seconds, cpu, code, written = cli_run(folders, formats)
            print(f"== as a command: drafter draft {len(folders)} folders --out DIR --format {','.join(formats)}")
            print(f"  {seconds:7.2f} s wall, {cpu:7.2f} s CPU, exit code {code}: {written} files, ")
            print(f"  {len(files) / seconds:7.1f} releases/s, {written / seconds:7.1f} files/s")
            print()

        if args.profile:
            profile = cProfile.Profile()
            t0 = time.perf_counter()
            profile.runcall(api_run, files, formats)
            total = time.perf_counter() - t0
            print(f"== cProfile of the API run ({total:.2f} s under the profiler)")
            print_profile(profile, total, args.top)
            print()
        print(f"finished  {load()}")
    finally:
        if temporary:
            shutil.rmtree(root.parent, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
