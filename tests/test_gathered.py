"""The walk's result remembered: used only when everything it read stands as it stood, and then the
releases are those a walk gives; the cache's shortcuts judged against the plain path."""

from __future__ import annotations

import json
import os
import shutil
import time
from pathlib import Path
from typing import Any

import pytest

import drafter
import drafter.checker
from drafter.catalog import Catalog
from drafter.checker import cache, cache_entries, gathered, listings, releases
from drafter.checker.rechecks import remembered
from drafter.report import render

from . import archives


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Three releases in two batches, and a YAML file that is no facts file."""
    root = archives.build(
        tmp_path_factory.mktemp("gathered"),
        ("secpho-bronze-2013", "moldarte-iso-14001-2024", "conservas-arousa-prize-2025"),
    )
    (root / "batch-0" / "settings.yaml").write_text("other: yaml\n", encoding="utf-8")
    return root


@pytest.fixture
def archive(built: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the archive left alone for an hour, its cache outside it, checked from inside it."""
    copy = archives.left_alone(built, tmp_path)
    monkeypatch.setattr(listings, "RACY", 0.0)  # the changes below come after the walk that saw the files
    monkeypatch.setattr(cache, "RACY", 0.0)
    monkeypatch.chdir(copy)
    return copy


def _run(archive: Path, paths: tuple[str, ...] = ("batch-0", "batch-1")) -> list[str]:
    result = drafter.checker.check(list(paths), jobs=1, cache=archive.parent / "cache")
    return [render(result, fmt, terminal=False)[0] for fmt in ("text", "json")]


def _plain(paths: tuple[str, ...] = ("batch-0", "batch-1")) -> list[str]:
    result = drafter.checker.check(list(paths), jobs=1)
    return [render(result, fmt, terminal=False)[0] for fmt in ("text", "json")]


def _walks(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts the walks made from now on (one per path given)."""
    calls: list[int] = []
    real = releases.walk

    def counting(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(releases, "walk", counting)
    return calls


def _gathered(paths: tuple[str, ...] = ("batch-0", "batch-1")) -> list[releases.Found]:
    """The releases as the walk gives them, without the cache."""
    return list(releases.collect([Path(p) for p in paths], Catalog.find().languages()).found())


def test_an_archive_left_alone_is_not_walked_and_gives_the_releases_a_walk_gives(
    archive: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = _run(archive)
    plain = _plain()
    walks = _walks(monkeypatch)
    assert _run(archive) == first == plain
    assert walks == []
    memory = remembered(archive.parent / "cache")
    found = gathered.recall(memory.gathered, memory.gathered["asked"])
    assert found == _gathered()


@pytest.mark.parametrize(
    "change",
    [
        "new release",
        "draft removed",
        "draft renamed",
        "facts no more",
        "now a facts file",
        "new folder",
        "draft edited",
    ],
)
def test_what_changed_is_a_walk_again_or_a_check(archive: Path, monkeypatch: pytest.MonkeyPatch, change: str) -> None:
    _run(archive)
    target = archive / "batch-0" / "r1"
    if change == "new release":
        shutil.copytree(target, archive / "batch-0" / "r1b")
    elif change == "draft removed":
        (target / "pt.md").unlink()
    elif change == "draft renamed":
        (target / "pt.md").rename(target / "award.pt.md")
    elif change == "facts no more":  # in place: the folder's listing is unchanged, the file's state is not
        (target / "facts.yaml").write_text("other: yaml\n", encoding="utf-8")
    elif change == "now a facts file":
        (archive / "batch-0" / "settings.yaml").write_bytes((target / "facts.yaml").read_bytes())
    elif change == "new folder":
        (archive / "batch-1" / "r2" / "pictures").mkdir()
    else:
        draft = target / "en.md"
        draft.write_text(draft.read_text(encoding="utf-8") + "\nOne more line.\n", encoding="utf-8")
    plain = _plain()
    walks = _walks(monkeypatch)
    assert _run(archive) == plain
    assert walks == ([] if change == "draft edited" else [1, 1])  # an edit in place is the cache's to see
    walks.clear()
    assert _run(archive) == plain
    assert walks == []


def test_a_manifest_that_records_other_facts_is_a_walk_again(archive: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = archive / "batch-1" / "r2"
    shutil.copy(folder / "facts.yaml", archive / "elsewhere.yaml")
    drafts = sorted(p.name for p in folder.glob("*.md"))
    record: dict[str, Any] = {
        "generator": "drafter",
        "files": {},
        "facts": {d: {"relative": "facts.yaml"} for d in drafts},
    }
    (folder / ".drafter.json").write_text(json.dumps(record), encoding="utf-8")
    past = time.time() - 3600
    os.utime(folder, (past, past))
    _run(archive)
    walks = _walks(monkeypatch)
    _run(archive)
    assert walks == []
    record["facts"] = {d: {"relative": "../../elsewhere.yaml"} for d in drafts}  # in place: the folder stands
    (folder / ".drafter.json").write_text(json.dumps(record), encoding="utf-8")
    plain = _plain()
    walks.clear()
    assert _run(archive) == plain
    assert walks == [1, 1]
    memory = remembered(archive.parent / "cache")
    found = gathered.recall(memory.gathered, memory.gathered["asked"])
    assert found == _gathered()
    assert [Path(r.facts or "").name for r in found if r.folder.endswith("r2")] == ["elsewhere.yaml"]


def test_another_question_is_a_walk(archive: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _run(archive)
    walks = _walks(monkeypatch)
    assert _run(archive, ("batch-1", "batch-0")) == _plain(("batch-1", "batch-0"))
    assert walks == [1, 1] * 2  # the run, then the plain walk
    walks.clear()
    monkeypatch.chdir(archive / "batch-0")
    assert _run(archive, ("../batch-0", "../batch-1")) == _plain(("../batch-0", "../batch-1"))
    assert walks == [1, 1] * 2


def test_a_folder_changed_just_before_the_walk_that_saw_it_is_walked_again(
    archive: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(listings, "RACY", 3600.0)  # every folder changed "just before" the walk
    _run(archive)
    plain = _plain()
    walks = _walks(monkeypatch)
    assert _run(archive) == plain
    assert walks == [1, 1]


def _forge(archive: Path, change: Any) -> None:
    """The walk's memory with its record changed by ``change`` and its digest made to agree."""
    path = archive.parent / "cache" / cache.WALK
    body = cache_entries.entry_body(path.read_bytes())
    assert body is not None and isinstance(body["gathered"], dict)
    change(body["gathered"])
    path.write_bytes(cache_entries.sealed(body))


@pytest.mark.parametrize(
    "change",
    [
        pytest.param(lambda g: g["found"][0].__setitem__(0, 7), id="a name not a string"),
        pytest.param(lambda g: g["found"][0].__setitem__(5, [["en.md", "en"]]), id="a draft not a triple"),
        pytest.param(lambda g: g["found"][0].__setitem__(6, "md"), id="beside not a list"),
        pytest.param(lambda g: g.__setitem__("made", "yesterday"), id="no time"),
        pytest.param(lambda g: g["folders"][0].__setitem__(1, [1, 2]), id="a wrong state"),
        pytest.param(lambda g: g.__setitem__("folders", {}), id="folders not a list"),
        pytest.param(lambda g: g.__setitem__("asked", "0" * 64), id="another question"),
        pytest.param(lambda g: g["manifests"].append([7, {}]), id="a manifest not a path"),
        pytest.param(lambda g: g.pop("found"), id="no releases"),
    ],
)
def test_a_spoilt_record_is_never_trusted(archive: Path, monkeypatch: pytest.MonkeyPatch, change: Any) -> None:
    first = _run(archive)
    _forge(archive, change)
    plain = _plain()
    walks = _walks(monkeypatch)
    assert _run(archive) == first == plain
    assert walks == [1, 1]


def test_states_are_compared_as_numbers_and_shapes() -> None:
    now: list[cache_entries.State] = [(1, 2, 3, 4, 5), None]
    assert cache_entries._same_states([[1, 2, 3, 4, 5], None], now)
    for kept in ([[1, 2, 3, 4, 5]], [[1, 2, 3, 4, 6], None], [[1, 2, 3, 4, 5], [0]], [None, None], "x",
                 [[1, 2, 3, 4], None], [["1", 2, 3, 4, 5], None], [(1, 2, 3, 4, 5), None]):  # fmt: skip
        assert not cache_entries._same_states(kept, now), kept
