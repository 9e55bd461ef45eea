"""Writes are all or nothing and one run at a time, whatever happens during them.

Every change drafter makes to a disk goes through a few ``os`` functions (open,
write, fsync, link, replace, unlink...). :func:`faults` counts those calls and,
at the one chosen, either kills the run (that call and every later one raise
:class:`Crash`, as if the process had died there) or fails it once with the
OSError of a failing or full disk. :func:`exercise` kills or fails a run at each
of its steps in turn and checks the folder afterwards and after the next run.
Real SIGKILLs at random moments (:func:`killed_at_random`) and many processes
writing into one folder at once (:func:`at_once`) check the same things.
``bench/bench_writes.py`` runs all of it for longer.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import multiprocessing
import os
import random
import re
import resource
import shutil
import signal
import socket
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from drafter import draft
from drafter.cli import cli
from drafter.errors import DrafterError, OutputError
from drafter.output import MANIFEST, edited, write_drafts, write_page
from drafter.skeleton import write_skeleton

from .conftest import ROOT

SECPHO = ROOT / "examples" / "secpho-bronze-2013.yaml"
LANGS = ("pt", "es", "en")
FORMATS = ("md", "html")
MARK = "<!-- drafter page -->"
PATCHED = (
    "open",
    "write",
    "pwrite",
    "fsync",
    "fdatasync",
    "replace",
    "rename",
    "link",
    "symlink",
    "unlink",
    "remove",
    "rmdir",
    "mkdir",
    "ftruncate",
    "truncate",
    "fchmod",
    "chmod",
)
"""The ``os`` functions that change a disk: every step of a write is one call to one of them."""


class Crash(BaseException):
    """The process died at this call: nothing after it reaches the disk."""


@contextlib.contextmanager
def faults(at: int | None = None, kind: str = "crash", *, crash: int | None = None) -> Iterator[list[str]]:
    """Count the calls that change the disk; the one numbered ``at`` kills the run (``crash``) or fails
    once (``eio``; ``enospc`` after writing half of what it was given, as a disk that fills up does); the
    one numbered ``crash``, if any, kills it then (while it undoes what it did, say)."""
    calls: list[str] = []
    dead = False
    saved = {name: getattr(os, name) for name in PATCHED if hasattr(os, name)}

    def wrap(name: str, real: Callable[..., Any]) -> Callable[..., Any]:
        def call(*args: Any, **kwargs: Any) -> Any:
            nonlocal dead
            if dead:
                raise Crash(name)
            calls.append(name)
            if len(calls) - 1 == crash or (kind == "crash" and len(calls) - 1 == at):
                dead = True
                raise Crash(name)
            if at is None or len(calls) - 1 != at:
                return real(*args, **kwargs)
            code = errno.ENOSPC if kind == "enospc" else errno.EIO
            if name in ("write", "pwrite") and kind == "enospc":
                fd, data, *rest = args
                real(fd, bytes(data)[: len(data) // 2], *rest)
            raise OSError(code, os.strerror(code))

        return call

    for name, real in saved.items():
        setattr(os, name, wrap(name, real))
    try:
        yield calls
    finally:
        for name, real in saved.items():
            setattr(os, name, real)


def settle(folder: Path) -> None:
    """What any next run does first: finish or undo a write that died, and remove its files."""
    from drafter.writing import transaction

    if folder.is_dir():
        with transaction(folder):
            pass


# --- what a folder holds ------------------------------------------------------------------------------


def runs(tag: str, fmt: str = "md", size: int = 0) -> dict[str, str]:
    """One run's drafts: each carries ``tag`` on its first line, so drafts of two runs side by side show."""
    return {f"{lang}.{fmt}": f"# {lang} {tag}\n\n" + "x" * size + "\n" for lang in LANGS}


def visible(folder: Path) -> dict[str, bytes]:
    """What a person sees in ``folder``: its drafts and the manifest, byte for byte (the folder's own path,
    which ``drafter new`` writes in its file, aside)."""
    if not folder.is_dir():
        return {}
    return {
        p.name: p.read_bytes().replace(str(folder).encode(), b"<folder>") if p.is_file() else b"<a folder>"
        for p in folder.iterdir()
        if not p.name.startswith(".") or p.name == MANIFEST
    }


def strays(folder: Path, *, locked: bool = False) -> list[str]:
    """Files drafter keeps only while it writes (temp files, journal, lock): none must outlive a run."""
    if not folder.is_dir():
        return []
    held = {".drafter.lock"} if locked else set()
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(".") and p.name not in {MANIFEST, *held})


def problems(folder: Path, *, locked: bool = False) -> list[str]:
    """What is wrong with a folder of :func:`runs`: drafts of one format from two runs, a manifest that
    disagrees with a draft or misses one, or a file left behind."""
    found = [f"left behind: {name}" for name in strays(folder, locked=locked)]
    files = visible(folder)
    raw = files.pop(MANIFEST, None)  # none before the first write
    try:
        manifest = {} if raw is None else json.loads(raw)["files"]
    except (KeyError, ValueError):
        return [*found, f"the manifest is unreadable: {(raw or b'')[:80]!r}"]
    for fmt in FORMATS:
        names = [f"{lang}.{fmt}" for lang in LANGS]
        present = [n for n in names if n in files]
        tags = {files[n].split(b"\n", 1)[0].split(b" ", 2)[-1] for n in present}
        if present and (len(present) != len(names) or len(tags) != 1):
            found.append(f"{fmt}: drafts of different runs: {sorted(tags)} in {present}")
    for name, data in files.items():
        if manifest.get(name) != hashlib.sha256(data).hexdigest():
            found.append(f"{name}: not as the manifest says drafter wrote it")
    return found


# --- a run killed or failed at every step -------------------------------------------------------------


@dataclass(frozen=True)
class Scenario:
    """A folder as ``prepare`` leaves it; the ``run`` killed or failed at each step; the ``next`` run."""

    name: str
    prepare: Callable[[Path], object]
    run: Callable[[Path], object]
    next: Callable[[Path], object]
    folder: str = "drafts"


def _page(path: Path, tag: str) -> None:
    write_page(path, f"{MARK}\n<p>{tag}</p>\n", marker=MARK)


def _facts(folder: Path) -> Path:
    """The same facts file for every folder of a test, so that their manifests can be compared."""
    return folder.parent.parent / "facts.yaml"


def _retry_new(path: Path) -> None:
    """After ``drafter new`` was killed or failed: its file is there whole, or a retry writes it."""
    if not path.exists():
        write_skeleton(path, ["pt", "en"], [])


def _two_formats(folder: Path) -> None:
    write_drafts(folder, runs("A", "md"))
    write_drafts(folder, runs("A", "html"), source=_facts(folder))


SCENARIOS = (
    Scenario("replace", _two_formats, lambda f: write_drafts(f, runs("B", "md")), lambda f: write_drafts(f, runs("C"))),
    Scenario(
        "first",
        lambda f: None,
        lambda f: write_drafts(f, runs("B", "html", 70_000), source=_facts(f)),
        lambda f: write_drafts(f, runs("C", "html")),
    ),
    Scenario(
        "force",
        _two_formats,
        lambda f: write_drafts(f, runs("B", "html"), force=True, source=_facts(f)),
        lambda f: write_drafts(f, runs("C", "html"), force=True),
    ),
    Scenario(
        "page",
        lambda f: _page(f / "review.html", "A"),
        lambda f: _page(f / "review.html", "B"),
        lambda f: _page(f / "review.html", "C"),
        folder="pages",
    ),
    Scenario(
        "new",
        lambda f: f.mkdir(),
        lambda f: write_skeleton(f / "release.yaml", ["pt", "en"], []),
        lambda f: _retry_new(f / "release.yaml"),
        folder="facts",
    ),
)


@dataclass
class Tally:
    """Counts of what a test or the benchmark did and found; every list must end empty."""

    runs: int = 0
    crashes: int = 0
    failures: int = 0
    mid_write: int = 0
    """Kills that left temp files behind: they landed inside a write, not between two."""
    journals: int = 0
    """Kills that left a journal: they landed between the first rename and the last."""
    looks: int = 0
    """Times a watcher took the lock between runs at once and checked the folder."""
    inconsistent: list[str] = field(default_factory=list)
    false_refusals: list[str] = field(default_factory=list)
    left_behind: list[str] = field(default_factory=list)
    edits_lost: list[str] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        self.runs += other.runs
        self.crashes += other.crashes
        self.failures += other.failures
        self.mid_write += other.mid_write
        self.journals += other.journals
        self.looks += other.looks
        for name in ("inconsistent", "false_refusals", "left_behind", "edits_lost"):
            getattr(self, name).extend(getattr(other, name))

    def bad(self) -> list[str]:
        return [*self.inconsistent, *self.false_refusals, *self.left_behind, *self.edits_lost]


def _fresh(base: Path, scenario: Scenario, template: Path | None = None) -> Path:
    """``scenario``'s folder before its run, in ``base``: prepared, or copied from ``template`` (faster)."""
    base.mkdir(parents=True)
    (base.parent / "facts.yaml").write_text("facts\n", encoding="utf-8")
    folder = base / scenario.folder
    if template is None:
        scenario.prepare(folder)
    elif template.exists():
        shutil.copytree(template, folder, symlinks=True)
    return folder


def exercise(base: Path, scenario: Scenario, kind: str, *, edit: bool = False, then: tuple[int, ...] = ()) -> Tally:
    """Kill (``crash``) or fail (``eio``, ``enospc``) ``scenario``'s run at each of its steps; after each,
    the folder must hold exactly what it held before or what a run that succeeds leaves, and the next run
    must succeed and leave nothing behind. ``then``: after failing at a step, also kill the run that many
    steps later (while it undoes what it did), one run for each. With ``edit``, a draft is edited by hand
    after the crash: the next run must keep the edit and refuse to replace it (and that draft alone)."""
    with _without_fsync():
        return _exercise(base, scenario, kind, edit=edit, then=then)


@contextlib.contextmanager
def _without_fsync() -> Iterator[None]:
    """A process that dies is simulated, not a power cut: what fsync does is beside the point, and on a
    busy disk it is most of the time the tests take. The calls are still made, and counted as steps."""
    real = os.fsync
    os.fsync = lambda fd: None
    try:
        yield
    finally:
        os.fsync = real


def _exercise(base: Path, scenario: Scenario, kind: str, *, edit: bool, then: tuple[int, ...]) -> Tally:
    tally = Tally()
    template = _fresh(base / "template", scenario)
    reference = _fresh(base / "reference", scenario, template)
    old = visible(reference)
    with faults() as calls:
        scenario.run(reference)
    new = visible(reference)
    steps = len(calls)
    plans = [(at, None if later is None else at + later) for at in range(steps + 1) for later in (None, *then)]
    for at, crash in plans:
        where = f"{scenario.name} {kind} at step {at}/{steps} ({calls[at] if at < steps else 'after'})"
        where += "" if crash is None else f", killed at step {crash}"
        folder = _fresh(base / f"{at}-{crash}", scenario, template)
        tally.runs += 1
        try:
            with faults(at, kind, crash=crash):
                scenario.run(folder)
        except Crash:
            tally.crashes += 1
        except DrafterError as exc:
            tally.failures += 1
            if kind == "enospc" and "the disk is full" not in str(exc):
                tally.inconsistent.append(f"{where}: said {exc}")
            if visible(folder) != old:
                tally.inconsistent.append(f"{where}: failed, and yet changed the folder")
            if strays(folder):
                tally.left_behind.append(f"{where}: failed and left {strays(folder)}")
        try:
            settle(folder)
        except Exception as exc:  # noqa: BLE001 - anything here is a finding
            tally.false_refusals.append(f"{where}: settling: {exc!r}")
            continue
        state = visible(folder)
        if state not in (old, new):
            changed = sorted(n for n in {*state, *old, *new} if state.get(n) not in (old.get(n), new.get(n)))
            tally.inconsistent.append(f"{where}: neither old nor new: {changed} or a mix")
        if strays(folder):
            tally.left_behind.append(f"{where}: {strays(folder)}")
        if edit:
            _edit_and_retry(folder, where, tally)
            continue
        try:
            scenario.next(folder)
        except Exception as exc:  # noqa: BLE001
            tally.false_refusals.append(f"{where}: next run: {exc}")
        if strays(folder):
            tally.left_behind.append(f"{where}: after the next run: {strays(folder)}")
    return tally


def _edit_and_retry(folder: Path, where: str, tally: Tally) -> None:
    """Edit es.md by hand; a run must refuse to replace it, keep the edit, and name no other draft."""
    es = folder / "es.md"
    if not es.exists():
        return
    edited_text = es.read_text(encoding="utf-8") + "Nota añadida a mano.\n"
    es.write_text(edited_text, encoding="utf-8")
    try:
        write_drafts(folder, runs("C"))
        tally.edits_lost.append(f"{where}: a hand-edited draft was replaced without --force")
    except OutputError as exc:
        if not str(exc).startswith(f"{es} changed since drafter wrote it;"):
            tally.false_refusals.append(f"{where}: {exc}")
    if es.read_text(encoding="utf-8") != edited_text:
        tally.edits_lost.append(f"{where}: the hand edit is gone")


@pytest.fixture
def scratch(tmp_path: Path) -> Iterator[Path]:
    """A folder in memory (/dev/shm) where there is one, else ``tmp_path``: the step-by-step tests simulate
    a process that dies, not a power cut, and on a busy disk run several times slower."""
    shm = Path("/dev/shm")
    if not (shm.is_dir() and os.access(shm, os.W_OK)):
        yield tmp_path
        return
    with tempfile.TemporaryDirectory(dir=shm, prefix="drafter-test-") as name:
        yield Path(name)


def _report(tally: Tally) -> str:
    return "\n".join(tally.bad()[:20])


@pytest.mark.parametrize("scenario", SCENARIOS, ids=[s.name for s in SCENARIOS])
def test_a_run_killed_at_any_step_leaves_old_or_new_and_the_next_run_succeeds(
    scratch: Path, scenario: Scenario
) -> None:
    tally = exercise(scratch, scenario, "crash")
    assert not tally.bad(), _report(tally)
    assert tally.crashes == tally.runs - 1 >= 10  # every step but "after the last"


@pytest.mark.parametrize(
    ("kind", "scenario"),
    [(kind, s) for kind in ("eio", "enospc") for s in SCENARIOS],
    ids=lambda value: value if isinstance(value, str) else value.name,
)
def test_a_disk_error_at_any_step_undoes_the_run_and_leaves_no_file(
    scratch: Path, scenario: Scenario, kind: str
) -> None:
    tally = exercise(scratch, scenario, kind)
    assert not tally.bad(), _report(tally)
    assert tally.failures >= 5


@pytest.mark.parametrize("scenario", SCENARIOS, ids=[s.name for s in SCENARIOS])
def test_a_run_killed_while_it_undoes_a_failed_write_is_settled_by_the_next(scratch: Path, scenario: Scenario) -> None:
    tally = exercise(scratch, scenario, "eio", then=(2,))  # 1 to 12: bench/bench_writes.py
    assert not tally.bad(), _report(tally)
    assert tally.crashes >= 5


def test_a_hand_edit_made_after_a_crash_is_never_lost(scratch: Path) -> None:
    tally = exercise(scratch, SCENARIOS[0], "crash", edit=True)
    assert not tally.bad(), _report(tally)


# --- the defects as reported ----------------------------------------------------------------------------


def test_a_crash_between_renames_is_no_reason_to_refuse_next_time(tmp_path: Path) -> None:
    """Reported: some drafts new, some old, the manifest old, .tmp files left, then a false refusal."""
    folder = tmp_path / "drafts"
    write_drafts(folder, runs("A"))
    with faults() as calls:
        write_drafts(folder, runs("B"))
    renames = [i for i, name in enumerate(calls) if name in ("replace", "rename")]
    write_drafts(folder, runs("A"))
    with pytest.raises(Crash), faults(renames[2]):
        write_drafts(folder, runs("B"))
    write_drafts(folder, runs("C"))  # no "es.md changed since drafter wrote them"
    assert problems(folder) == []
    assert visible(folder)["es.md"].startswith(b"# es C")


def test_a_folder_named_like_a_draft_is_refused_before_anything_is_replaced(tmp_path: Path) -> None:
    folder = tmp_path / "drafts"
    write_drafts(folder, runs("A"))
    (folder / "es.md").unlink()
    (folder / "es.md").mkdir()
    before = visible(folder)
    with pytest.raises(OutputError) as caught:
        write_drafts(folder, runs("B"), force=True)
    assert str(caught.value) == (
        f"{folder / 'es.md'} is a folder, not a draft; nothing was written. "
        "Move it out of the way, or choose another --out"
    )
    assert visible(folder) == before
    assert strays(folder) == []


def _child(job: Callable[[], object], *, limit: int | None = None) -> str:
    """Run ``job`` in a forked process (its file sizes capped at ``limit`` bytes, as a full disk caps
    them); return the error it raised, '' if none."""
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        message = ""
        try:
            os.close(read)
            if limit is not None:
                signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
                resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
            job()
        except BaseException as exc:  # noqa: BLE001
            message = f"{type(exc).__name__}: {exc}"
        finally:
            os.write(write, message.encode("utf-8"))
            os._exit(0)
    os.close(write)
    with os.fdopen(read, "rb") as pipe:
        said = pipe.read().decode("utf-8")
    os.waitpid(pid, 0)
    return said


def test_a_full_disk_leaves_no_partly_written_file(tmp_path: Path) -> None:
    """Reported: a partly written temp file is left behind and keeps the disk full."""
    folder = tmp_path / "drafts"
    write_drafts(folder, runs("A"))
    before = visible(folder)
    said = _child(lambda: write_drafts(folder, runs("B", size=50_000)), limit=20_000)
    assert strays(folder) == []
    assert visible(folder) == before
    assert said.startswith(f"OutputError: cannot write to {folder}: File too large; nothing was written")
    with faults() as calls:
        write_drafts(folder, runs("B", size=50_000))
    writes = [i for i, name in enumerate(calls) if name == "write"]
    write_drafts(folder, runs("A"))
    with pytest.raises(OutputError, match=r": the disk is full; nothing was written\. Free some space"):
        with faults(writes[len(writes) // 2], "enospc"):
            write_drafts(folder, runs("B", size=50_000))
    assert visible(folder) == before
    assert strays(folder) == []


def test_new_on_a_full_disk_leaves_nothing_and_the_retry_works(tmp_path: Path) -> None:
    """Reported: ``drafter new`` leaves a 0-byte file that then blocks the retry."""
    path = tmp_path / "release.yaml"
    said = _child(lambda: write_skeleton(path, ["pt", "es", "en"], []), limit=500)
    assert sorted(os.listdir(tmp_path)) == []
    assert said == f"UsageError: cannot write {path}: File too large"
    with faults() as calls:
        write_skeleton(tmp_path / "probe.yaml", ["pt", "es", "en"], [])
    (tmp_path / "probe.yaml").unlink()
    last_write = max((i for i, name in enumerate(calls) if name == "write"), default=0)
    with pytest.raises(DrafterError, match=r"^cannot write .*release\.yaml: the disk is full$"):
        with faults(last_write, "enospc"):
            write_skeleton(path, ["pt", "es", "en"], [])
    assert sorted(os.listdir(tmp_path)) == []
    write_skeleton(path, ["pt", "es", "en"], [])
    assert "<<" in path.read_text(encoding="utf-8")
    assert sorted(os.listdir(tmp_path)) == ["release.yaml"]


# --- real kills, at random moments -----------------------------------------------------------------------


def killed_at_random(folder: Path, rounds: int, seed: int) -> Tally:
    """Kill (SIGKILL) a process writing md, html and --force runs over and over into ``folder`` at a random
    moment, ``rounds`` times; after each, the next run must find the folder consistent once settled."""
    tally = Tally()
    rng = random.Random(seed)
    write_drafts(folder, runs("start", "md"))
    write_drafts(folder, runs("start", "html"))
    for round_ in range(rounds):
        pid = os.fork()
        if pid == 0:  # pragma: no cover - the child, killed before it ends
            status = 0
            try:
                for i in range(1_000_000):
                    fmt = FORMATS[i % 2]
                    write_drafts(folder, runs(f"k{round_}-{i}", fmt, size=i % 5 * 3000), force=i % 3 == 0)
            except BaseException:  # noqa: BLE001
                status = 1
            os._exit(status)
        time.sleep(rng.uniform(0.002, 0.04))
        os.kill(pid, signal.SIGKILL)
        _, status = os.waitpid(pid, 0)
        tally.runs += 1
        if os.WIFSIGNALED(status):
            tally.crashes += 1
        else:
            tally.false_refusals.append(f"round {round_}: the writer stopped by itself")
        tally.mid_write += any(name.endswith((".drafter-new", ".drafter-old")) for name in strays(folder))
        tally.journals += (folder / ".drafter.journal").exists()
        try:
            write_drafts(folder, runs(f"after{round_}", FORMATS[round_ % 2]))
        except OutputError as exc:
            tally.false_refusals.append(f"round {round_}: {exc}")
        tally.inconsistent.extend(f"round {round_}: {p}" for p in problems(folder))
    return tally


def test_real_kills_at_random_moments(tmp_path: Path) -> None:
    tally = killed_at_random(tmp_path / "drafts", rounds=25, seed=1)
    assert not tally.bad(), _report(tally)
    assert tally.crashes == 25
    assert tally.mid_write >= 5  # most kills land inside a write


# --- runs at once -----------------------------------------------------------------------------------------


def _writer(folder: str, worker: int, writes: int, seed: int, start: Any, out: Any) -> None:
    """One of many processes writing into one folder at once: md and html, some with --force."""
    rng = random.Random(seed)
    errors = []
    start.wait()
    for i in range(writes):
        fmt = FORMATS[(worker + i) % 2] if i < 2 else rng.choice(FORMATS)
        try:
            write_drafts(
                Path(folder),
                runs(f"w{worker}-{i}", fmt, size=rng.choice((0, 4000))),
                force=rng.random() < 0.3,
                source=Path(folder).parent / "facts.yaml",
                wait=120,
            )
        except OutputError as exc:
            errors.append(f"worker {worker}, write {i}: {exc}")
    out.put(("writer", errors))


def _watcher(folder: str, stop: Any, out: Any) -> None:
    """Takes the lock between runs, as a reader should, and checks what the folder holds then."""
    from drafter.writing import locked

    found: list[str] = []
    looks = 0
    while not stop.is_set():
        with locked(Path(folder), wait=120):
            looks += 1
            found.extend(problems(Path(folder), locked=True))
        time.sleep(0.003)
    out.put(("watcher", [f"{looks} looks", *found]))


def at_once(folder: Path, workers: int, writes: int, seed: int, *, watch: bool = True) -> Tally:
    """``workers`` processes, each making ``writes`` runs into ``folder`` at once, md and html, some
    with --force; a watcher checks the folder between runs. The end state must be consistent and the
    manifest must list every draft and its facts file."""
    ctx = multiprocessing.get_context("fork")
    folder.mkdir(parents=True, exist_ok=True)
    start = ctx.Barrier(workers)
    out: Any = ctx.Queue()
    stop = ctx.Event()
    procs = [
        ctx.Process(target=_writer, args=(str(folder), w, writes, seed * 1000 + w, start, out)) for w in range(workers)
    ]
    if watch:
        procs.append(ctx.Process(target=_watcher, args=(str(folder), stop, out)))
    for proc in procs:
        proc.start()
    results = [out.get(timeout=300) for _ in range(workers)]
    stop.set()
    if watch:
        results.append(out.get(timeout=300))
    for proc in procs:
        proc.join(timeout=60)
    tally = Tally(runs=workers * writes)
    for who, found in results:
        if who == "writer":
            tally.false_refusals.extend(found)
        else:
            tally.looks += int(found[0].split()[0])
            tally.inconsistent.extend(found[1:])
    tally.inconsistent.extend(problems(folder))
    manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    expected = sorted(f"{lang}.{fmt}" for lang in LANGS for fmt in FORMATS)
    for section in ("files", "facts"):
        if sorted(manifest.get(section, {})) != expected:
            tally.inconsistent.append(f"the manifest's {section} lists {sorted(manifest.get(section, {}))}")
    return tally


def test_many_runs_at_once_into_one_folder(tmp_path: Path) -> None:
    tally = at_once(tmp_path / "drafts", workers=6, writes=15, seed=0)
    assert not tally.bad(), _report(tally)
    assert tally.looks >= 1


def _command(args: list[str], out: Any) -> None:
    result = CliRunner().invoke(cli, args)
    out.put((result.exit_code, result.stderr))


def test_the_command_run_four_times_at_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "drafts"
    monkeypatch.setenv("DRAFTER_LOCK_WAIT", "60")
    ctx = multiprocessing.get_context("fork")
    said: Any = ctx.Queue()
    procs = [
        ctx.Process(target=_command, args=(["draft", str(SECPHO), "--out", str(out), *extra], said))
        for extra in (["--format", "md"], ["--format", "html"], ["--format", "md", "--force"], ["--force"])
    ]
    for proc in procs:
        proc.start()
    results = [said.get(timeout=120) for _ in procs]
    for proc in procs:
        proc.join(timeout=60)
    assert [code for code, _ in results] == [0, 0, 0, 0], results
    assert strays(out) == []
    manifest = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
    assert sorted(manifest["files"]) == sorted(f"{lang}.{fmt}" for lang in LANGS for fmt in FORMATS)
    assert sorted(manifest["facts"]) == sorted(manifest["files"])
    expected = {name: text for fmt in FORMATS for name, text in draft(SECPHO).files(fmt).items()}
    for name, digest in manifest["files"].items():
        assert (out / name).read_text(encoding="utf-8") == expected[name]
        assert hashlib.sha256((out / name).read_bytes()).hexdigest() == digest


# --- the lock -------------------------------------------------------------------------------------------


def test_a_second_run_waits_then_names_the_run_holding_the_folder(tmp_path: Path) -> None:
    from drafter.writing import locked

    folder = tmp_path / "drafts"
    write_drafts(folder, runs("A"))
    started = time.monotonic()
    with locked(folder), pytest.raises(OutputError) as caught:
        write_drafts(folder, runs("B"), wait=0.3)
    assert 0.3 <= time.monotonic() - started < 3
    assert re.fullmatch(
        rf"{re.escape(str(folder))} is being written by another drafter run \(.+, process {os.getpid()} "
        rf"on {re.escape(socket.gethostname())}, since \d\d:\d\d:\d\d\); nothing was written\. "
        r"Try again once it has finished",
        str(caught.value),
    ), str(caught.value)
    assert visible(folder)["es.md"].startswith(b"# es A")
    assert strays(folder) == []


def test_a_run_waits_for_the_one_before_it(tmp_path: Path) -> None:
    from drafter.writing import locked

    folder = tmp_path / "drafts"
    folder.mkdir()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child holds the lock a moment
        with locked(folder):
            time.sleep(0.4)
        os._exit(0)
    while not (folder / ".drafter.lock").exists():
        time.sleep(0.005)
    write_drafts(folder, runs("A"), wait=10)
    os.waitpid(pid, 0)
    assert problems(folder) == []


def test_the_command_says_who_holds_the_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from drafter.writing import locked

    out = tmp_path / "drafts"
    out.mkdir()
    monkeypatch.setenv("DRAFTER_LOCK_WAIT", "0.1")
    with locked(out):
        result = CliRunner().invoke(cli, ["draft", str(SECPHO), "--out", str(out)])
    assert result.exit_code == 2
    assert result.stderr.startswith(f"Error: {out} is being written by another drafter run (")
    assert "Traceback" not in result.output
    assert os.listdir(out) == []


def test_a_lock_left_by_a_dead_run_does_not_block(tmp_path: Path) -> None:
    folder = tmp_path / "drafts"
    folder.mkdir()
    (folder / ".drafter.lock").write_text('{"pid": 1}\n', encoding="utf-8")
    write_drafts(folder, runs("A"), wait=0)
    assert problems(folder) == []


def test_temp_files_of_the_old_naming_left_by_earlier_versions_are_removed(tmp_path: Path) -> None:
    folder = tmp_path / "drafts"
    write_drafts(folder, runs("A"))
    (folder / ".es.md.k2j_x9ab.tmp").write_text("half", encoding="utf-8")
    (folder / ".notes.txt.k2j_x9ab.tmp").write_text("not ours", encoding="utf-8")
    write_drafts(folder, runs("B"))
    assert strays(folder) == [".notes.txt.k2j_x9ab.tmp"]


# --- the journal, read by others ---------------------------------------------------------------------------


def test_a_draft_a_pending_journal_wrote_is_not_edited(tmp_path: Path) -> None:
    folder = tmp_path / "drafts"
    write_drafts(folder, runs("A"))
    with faults() as calls:
        write_drafts(folder, runs("B"))
    renames = [i for i, name in enumerate(calls) if name == "replace"]
    write_drafts(folder, runs("A"))
    with pytest.raises(Crash), faults(renames[2]):
        write_drafts(folder, runs("B"))
    assert (folder / ".drafter.journal").exists()
    assert edited(folder, sorted(runs("B"))) == []


def test_permissions_follow_the_umask_and_are_kept(tmp_path: Path) -> None:
    folder = tmp_path / "drafts"
    write_drafts(folder, runs("A"))
    mode = (folder / "es.md").stat().st_mode & 0o777
    umask = os.umask(0)
    os.umask(umask)
    assert mode == 0o666 & ~umask
    (folder / "es.md").chmod(0o640)
    write_drafts(folder, runs("B"))
    assert (folder / "es.md").stat().st_mode & 0o777 == 0o640
