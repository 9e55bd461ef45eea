"""A re-check of an archive reads one pack of entries, lists no folder left alone, and says what a full check says."""

from __future__ import annotations

import json
import os
import shutil
import time
from collections.abc import Callable
from pathlib import Path

import pytest

import drafter
import drafter.checker
from drafter.checker import CheckResult, cache, cache_entries, listings, parallel, releases
from drafter.errors import display_path
from drafter.report import render

from . import archives

EXAMPLES = ("secpho-bronze-2013", "moldarte-iso-14001-2024", "conservas-arousa-prize-2025")


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Four releases in two batches, one with a hand edit."""

    def edit(number: int, file: str, text: str) -> str:
        return text.replace("13 de 40", "13 de 41") if number == 3 and file == "es.md" else text

    return archives.build(tmp_path_factory.mktemp("built"), (*EXAMPLES, EXAMPLES[0]), edit)


@pytest.fixture
def archive(built: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the archive left alone for an hour (its times stand for its bytes), entries always packed."""
    copy = archives.left_alone(built, tmp_path)
    monkeypatch.setattr(cache, "LOOSE", 0)
    monkeypatch.setattr(listings, "RACY", 0.0)  # its changes, in these tests, come after the walk that saw it
    monkeypatch.setattr(cache, "RACY", 0.0)
    return copy


def _run(archive: Path, jobs: int = 1) -> CheckResult:
    return drafter.checker.check([archive], jobs=jobs, cache=archive / cache.FOLDER)


def _reports(result: CheckResult) -> list[str]:
    return [render(result, fmt, terminal=False)[0] for fmt in ("text", "json", "github")]


def _counted(monkeypatch: pytest.MonkeyPatch, module: object, name: str) -> list[str]:
    """The paths ``module.name`` is called with from now on."""
    calls: list[str] = []
    real = getattr(module, name)

    def counting(path: object, *args: object, **kwargs: object) -> object:
        calls.append(os.fspath(path))  # type: ignore[arg-type]
        return real(path, *args, **kwargs)

    monkeypatch.setattr(module, name, counting)
    return calls


def test_a_recheck_reads_the_pack_and_lists_no_folder(
    archive: Path, checked: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    first = _run(archive)
    assert sorted(checked) == ["r0", "r1", "r2", "r3"]
    folder = archive / cache.FOLDER
    assert os.listdir(folder / cache.ENTRIES) == []  # every entry packed
    assert {cache.PACK, cache.WALK} <= set(os.listdir(folder))
    assert _reports(_run(archive)) == _reports(first)  # the cache's folder, made in the archive, changed its listing
    checked.clear()
    listed = _counted(monkeypatch, releases.os, "scandir")
    told = _counted(monkeypatch, releases, "is_facts_file")
    again = _run(archive)
    assert checked == [] and told == []
    assert [p for p in listed if p.startswith(str(archive))] == []
    assert _reports(again) == _reports(first) == _reports(drafter.checker.check([archive], jobs=1))


@pytest.mark.parametrize("change", ["new release", "draft removed", "draft renamed", "facts no more", "in place"])
def test_what_changed_in_a_folder_is_seen(
    archive: Path, checked: list[str], monkeypatch: pytest.MonkeyPatch, change: str
) -> None:
    _run(archive)
    _run(archive)
    target = archive / "batch-1" / "r2"
    if change == "new release":
        shutil.copytree(target, archive / "batch-1" / "r2b")
    elif change == "draft removed":
        (target / "pt.md").unlink()
    elif change == "draft renamed":
        (target / "pt.md").rename(target / "award.pt.md")
    elif change == "facts no more":  # the same name, no longer a facts file: the folder's listing is unchanged
        (target / "facts.yaml").write_text("other: yaml\n", encoding="utf-8")
    else:
        draft = target / "en.md"
        draft.write_text(draft.read_text(encoding="utf-8").replace("2025", "2026"), encoding="utf-8")
    checked.clear()
    listed = _counted(monkeypatch, releases.os, "scandir")
    after = _run(archive)
    expected = {"new release": ["r2b"], "draft renamed": ["award", "r2"]}.get(change, ["r2"])
    assert sorted(checked) == expected
    if change == "in place":  # the folder's names are unchanged: it is not listed again
        assert [p for p in listed if p.startswith(str(archive))] == []
    fresh = drafter.checker.check([archive], jobs=1)
    assert _reports(after) == _reports(fresh)
    checked.clear()
    assert _reports(_run(archive)) == _reports(fresh)
    assert checked == []


def _spoil_pack(folder: Path, spoil: Callable[[bytes], bytes]) -> None:
    pack = folder / cache.PACK
    pack.write_bytes(spoil(pack.read_bytes()))


def _forged(raw: bytes, **changes: object) -> bytes:
    """The pack with r3's entry changed and every digest made to agree, as a careful forger would."""
    body = cache_entries.entry_body(raw)
    assert body is not None
    for entry in body["entries"].values():
        found = json.loads(entry[1])
        if found["name"].endswith("r3"):
            entry[1] = json.dumps(found | changes)
    return cache_entries.sealed(body)


@pytest.mark.parametrize(
    ("spoil", "again"),
    [
        pytest.param(lambda raw: raw[: len(raw) // 2], ["r0", "r1", "r2", "r3"], id="truncated"),
        pytest.param(lambda raw: b"\x00\xff garbage", ["r0", "r1", "r2", "r3"], id="garbage"),
        pytest.param(lambda raw: raw[:-9] + b"0" + raw[-8:], ["r0", "r1", "r2", "r3"], id="one-byte-changed"),
        pytest.param(lambda raw: _forged(raw, key="0" * 64), ["r3"], id="another-key"),
        pytest.param(lambda raw: _forged(raw, format=99), ["r3"], id="another-format"),
        pytest.param(lambda raw: _forged(raw, findings=[["no-such-rule", "error", "m", "r", [], [], ""]]), ["r3"]),
    ],
)
def test_a_spoilt_pack_is_never_trusted_and_is_rebuilt(
    archive: Path, checked: list[str], spoil: Callable[[bytes], bytes], again: list[str]
) -> None:
    full = _run(archive)
    _spoil_pack(archive / cache.FOLDER, spoil)
    for file in (archive / "batch-1" / "r3").iterdir():  # changed since: read again, not taken from the entry
        os.utime(file)
    checked.clear()
    assert _reports(_run(archive)) == _reports(full)
    assert sorted(checked) == again
    checked.clear()
    assert _reports(_run(archive)) == _reports(full)
    assert checked == []  # rebuilt


@pytest.mark.parametrize("spoil", [b"", b"\x00garbage", b"0" * 64 + b"\n{}"])
def test_a_spoilt_walk_memory_is_a_full_walk(
    archive: Path, checked: list[str], monkeypatch: pytest.MonkeyPatch, spoil: bytes
) -> None:
    full = _run(archive)
    _run(archive)
    (archive / cache.FOLDER / cache.WALK).write_bytes(spoil)
    checked.clear()
    listed = _counted(monkeypatch, releases.os, "scandir")
    assert _reports(_run(archive)) == _reports(full)
    assert checked == []
    assert len([p for p in listed if p.startswith(str(archive))]) == 7  # the archive, 2 batches, 4 releases


def test_pack_entries_unused_for_a_month_are_pruned(archive: Path) -> None:
    folder = archive / cache.FOLDER
    _run(archive)
    raw = (folder / cache.PACK).read_bytes()
    body = cache_entries.entry_body(raw)
    assert body is not None
    old = int(time.time() - (cache.KEEP_DAYS + 1) * cache.DAY)
    for entry in body["entries"].values():
        entry[0] = old
    (folder / cache.PACK).write_bytes(cache_entries.sealed(body))
    os.utime(folder / "pruned", (old, old))
    drafter.checker.check([archive / "batch-0"], jobs=1, cache=folder)
    kept = cache_entries.pack_entries((folder / cache.PACK).read_bytes())
    assert sorted(json.loads(entry[1])["name"].rsplit("/", 1)[-1] for entry in kept.values()) == ["r0", "r1"]


def test_the_first_release_missed_is_checked_ahead_in_another_process(
    archive: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _run(archive)
    draft = archive / "batch-1" / "r2" / "en.md"
    draft.write_text(draft.read_text(encoding="utf-8").replace("2025", "2026"), encoding="utf-8")
    sent: list[str] = []
    send = parallel.Ahead.send

    def counting(self: parallel.Ahead, release: drafter.checker.Release) -> Callable[[], drafter.checker.Checked]:
        sent.append(release.folder.name)
        return send(self, release)

    monkeypatch.setattr(parallel.Ahead, "send", counting)
    ahead = _run(archive, jobs=2)
    assert sent == ["r2"]
    assert ahead == drafter.checker.check([archive], jobs=1)
    sent.clear()
    draft.write_text(draft.read_text(encoding="utf-8").replace("2026", "2027"), encoding="utf-8")
    assert _run(archive, jobs=1) == drafter.checker.check([archive], jobs=1)
    assert sent == []  # one process asked for: none started


def test_names_shown_by_string_are_display_paths(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a" / "b").mkdir(parents=True)
    monkeypatch.chdir(tmp_path / "a")
    shown = releases.Shown()
    paths = [".", "b", "./b", "b/../b", "..", "../a/b", str(tmp_path), str(tmp_path / "a"), str(tmp_path / "a" / "b"),
             "/", "/usr/lib", "b\x1b[31m", str(tmp_path / "a" / "b") + "/"]  # fmt: skip
    for path in paths:
        for given in (path, Path(path)):
            assert shown(given) == display_path(given), given


def test_a_release_that_cannot_be_read_raises_its_error_when_checked_ahead(archive: Path) -> None:
    _run(archive)
    (archive / "batch-1" / "r2" / "drafter-dismissed.yaml").write_text("- [unclosed\n", encoding="utf-8")
    with pytest.raises(drafter.DrafterError) as alone:
        drafter.checker.check([archive], jobs=1)
    with pytest.raises(drafter.DrafterError) as ahead:
        _run(archive, jobs=2)
    assert str(ahead.value) == str(alone.value)


def test_a_folder_holding_a_link_is_listed_every_time(archive: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    elsewhere = archive.parent / "elsewhere"
    elsewhere.mkdir()
    (archive / "batch-0" / "r0" / "pictures").symlink_to(elsewhere)
    first = _run(archive)
    _run(archive)
    listed = _counted(monkeypatch, releases.os, "scandir")
    assert _run(archive) == first
    assert [Path(p).name for p in listed if p.startswith(str(archive))] == ["r0"]


def test_runs_at_once_leave_a_whole_pack(archive: Path) -> None:
    """Eight runs packing at once, some from a pool's workers (which may not start the process that
    checks ahead): every result right, the pack whole, nothing left half written."""
    import multiprocessing

    alone = drafter.checker.check([archive], jobs=1)
    with multiprocessing.get_context("fork").Pool(2) as pool:
        results = pool.map(_run, [archive] * 8)
    assert all(r == alone for r in results)
    folder = archive / cache.FOLDER
    assert cache_entries.entry_body((folder / cache.PACK).read_bytes()) is not None
    assert not [p for p in folder.rglob(".tmp-*")]
    assert _run(archive) == alone
