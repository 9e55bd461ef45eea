"""``drafter check`` re-checks only the releases that changed, and says exactly what a full check says."""

from __future__ import annotations

import json
import os
import shutil
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

import drafter
import drafter.catalog as catalog_module
import drafter.checker
import drafter.checker.inspection
from drafter.catalog import Catalog
from drafter.checker import CheckResult, cache, cache_entries, fingerprint
from drafter.cli import cli
from drafter.errors import UsageError
from drafter.report import render

from .conftest import ROOT

EXAMPLES = ("secpho-bronze-2013", "moldarte-iso-14001-2024", "conservas-arousa-prize-2025")
EDITS = {"es.md": ("13 de 40", "13 de 41"), "pt.md": ("www.secpho.org", "www.secfo.org")}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Four releases, one with hand edits in two languages."""
    root = tmp_path_factory.mktemp("built")
    for number, name in enumerate((*EXAMPLES, EXAMPLES[0])):
        folder = root / f"r{number}"
        folder.mkdir()
        shutil.copy(ROOT / "examples" / f"{name}.yaml", folder / "facts.yaml")
        for file, text in drafter.draft(folder / "facts.yaml").files("md").items():
            assert isinstance(text, str)
            old, new = EDITS.get(file, ("", "")) if number == 3 else ("", "")
            (folder / file).write_text(text.replace(old, new) if old else text, encoding="utf-8")
    return root


@pytest.fixture
def archive(built: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "archive"
    shutil.copytree(built, copy)
    return copy


def _reports(result: CheckResult) -> list[str]:
    return [render(result, fmt, terminal=False)[0] for fmt in ("text", "json", "github")]


def _entries(folder: Path) -> list[Path]:
    return sorted((folder / cache.ENTRIES).glob("*.json"))


def test_a_second_check_reads_every_release_from_the_cache_and_prints_the_same(
    archive: Path, checked: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("DRAFTER_CACHE_DIR")  # the default: beside the releases
    runner = CliRunner()
    first = runner.invoke(cli, ["check", str(archive), "--format", "json", "--jobs", "1"])
    assert first.exit_code == 1, first.output
    assert sorted(checked) == ["r0", "r1", "r2", "r3"]
    folder = archive / cache.FOLDER
    assert (folder / ".gitignore").read_text(encoding="utf-8").splitlines()[-1] == "*"
    assert (
        (folder / cache.TAG_FILE).read_text(encoding="utf-8").startswith("Signature: 8a477f597d28d172789f06886806bc55")
    )
    assert len(_entries(folder)) == 4
    checked.clear()
    second = runner.invoke(cli, ["check", str(archive), "--format", "json", "--jobs", "1"])
    assert checked == []
    assert second.exit_code == 1
    assert second.stdout_bytes == first.stdout_bytes
    fresh = runner.invoke(cli, ["check", str(archive), "--format", "json", "--no-cache"])
    assert fresh.stdout_bytes == first.stdout_bytes


def test_only_the_release_edited_is_checked_again(archive: Path, checked: list[str]) -> None:
    drafter.checker.check([archive], jobs=1, cache=True)
    draft = archive / "r1" / "en.md"
    draft.write_text(draft.read_text(encoding="utf-8").replace("2015", "2016"), encoding="utf-8")
    checked.clear()
    again = drafter.checker.check([archive], jobs=1, cache=True)
    assert checked == ["r1"]
    assert any(f.release.endswith("r1") and "2016" in f.message for f in again.findings)
    assert _reports(again) == _reports(drafter.checker.check([archive], jobs=1))
    assert len(_entries(archive / cache.FOLDER)) == 4  # the edited release's entry replaced, not added


@pytest.mark.parametrize(
    "spoil",
    [
        pytest.param(lambda raw: raw[: len(raw) // 2], id="truncated"),
        pytest.param(lambda raw: b"", id="empty"),
        pytest.param(lambda raw: b"\x00\xff garbage", id="garbage"),
        pytest.param(lambda raw: raw.replace(b"error", b"warning"), id="edited"),
        pytest.param(lambda raw: _resealed(raw, format=99), id="another-format"),
        pytest.param(lambda raw: _resealed(raw, key="0" * 64), id="another-key"),
        pytest.param(lambda raw: _resealed(raw, drafts="3"), id="wrong-type"),
        pytest.param(lambda raw: _resealed(raw, findings=[["no-such-rule", "error", "m", "r", [], [], ""]]), id="rule"),
    ],
)
def test_a_spoilt_entry_is_never_trusted_and_is_rebuilt(archive: Path, checked: list[str], spoil: object) -> None:
    target = archive / "r3"  # the release with findings
    full = drafter.checker.check([archive], jobs=1, cache=True)
    entry = _entry_of(archive / cache.FOLDER, target)
    entry.write_bytes(spoil(entry.read_bytes()))  # type: ignore[operator]
    for file in target.iterdir():  # changed a moment ago: read again, not taken for what the entry says
        os.utime(file)
    checked.clear()
    again = drafter.checker.check([archive], jobs=1, cache=True)
    assert checked == ["r3"]
    assert _reports(again) == _reports(full)
    checked.clear()
    assert _reports(drafter.checker.check([archive], jobs=1, cache=True)) == _reports(full)
    assert checked == []  # rebuilt


def _entry_of(folder: Path, release: Path) -> Path:
    (entry,) = [e for e in _entries(folder) if _body(e)["name"] == str(release)]
    return entry


def _body(entry: Path) -> dict[str, object]:
    body = cache_entries.entry_body(entry.read_bytes())
    assert body is not None
    return body


def _resealed(raw: bytes, **changes: object) -> bytes:
    """The entry with ``changes`` made and its digest made to agree, as a careful forger would."""
    body = cache_entries.entry_body(raw)
    assert body is not None
    text = json.dumps(body | changes, ensure_ascii=False, sort_keys=True).encode("utf-8")
    return cache_entries.digest(text).encode("ascii") + b"\n" + text


@pytest.mark.parametrize(
    "change", ["dismissal", "manifest", "term base", "term base beside", "touched", "glossary", "facts"]
)
def test_what_a_check_reads_besides_the_drafts_is_in_the_key(
    archive: Path, tmp_path: Path, checked: list[str], change: str
) -> None:
    templates = tmp_path / "house"
    (templates / "en").mkdir(parents=True)
    catalog = Catalog.find(templates)
    before = drafter.checker.check([archive], jobs=1, cache=True, catalog=catalog)
    target = archive / "r3"
    if change == "dismissal":
        signature = next(f.signature for f in before.findings if f.release.endswith("r3"))
        (target / "drafter-dismissed.yaml").write_text(f"- {{signature: {signature}, reason: fine}}\n")
    elif change == "term base":
        (archive / "drafter-terms.yaml").write_text("terms:\n  - en: Quality Seal\n    pt: Selo de Qualidade\n")
    elif change == "term base beside":  # in the release's own folder: seen in the walk's listing of it
        (target / "drafter-terms.yaml").write_text("terms:\n  - en: Quality Seal\n    pt: Selo de Qualidade\n")
    elif change == "manifest":  # what drafter recorded of the drafts it wrote: staleness is read from it
        (target / ".drafter.json").write_text('{"generator": "drafter", "files": {}}\n')
    elif change == "touched":  # a checkout: new times, the same bytes
        later = time.time() + 60
        for file in target.iterdir():
            os.utime(file, (later, later))
    elif change == "glossary":  # read once a process, by the checker as by the cache: a new process
        (templates / "en" / "glossary.yaml").write_text("headings:\n  contact: Press office\n")
        fingerprint._templates.cache_clear()
        drafter.checker.inspection._glossary.cache_clear()
        catalog_module._read_glossary.cache_clear()
    else:
        facts = target / "facts.yaml"
        facts.write_text(facts.read_text(encoding="utf-8").replace("value: 13", "value: 14"), encoding="utf-8")
    checked.clear()
    after = drafter.checker.check([archive], jobs=1, cache=True, catalog=catalog)
    expected = {
        "dismissal": ["r3"],
        "manifest": ["r3"],
        "term base beside": ["r3"],
        "touched": [],
        "facts": ["r3"],
    }.get(change, ["r0", "r1", "r2", "r3"])
    assert sorted(checked) == expected
    assert _reports(after) == _reports(drafter.checker.check([archive], jobs=1, catalog=catalog))
    if change == "dismissal":
        assert len(after.dismissed) == 1


def test_several_processes_and_the_cache_give_what_one_process_gives(archive: Path) -> None:
    alone = drafter.checker.check([archive], jobs=1)
    assert drafter.checker.check([archive], jobs=2, cache=True) == alone
    draft = archive / "r2" / "es.md"
    draft.write_text(draft.read_text(encoding="utf-8") + "\nVigo, 2031.\n", encoding="utf-8")
    changed = drafter.checker.check([archive], jobs=1)
    assert changed != alone
    assert drafter.checker.check([archive], jobs=2, cache=True) == changed


def test_cache_dir_and_no_cache(archive: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DRAFTER_CACHE_DIR")
    runner = CliRunner()
    elsewhere = tmp_path / "kept" / "here"
    result = runner.invoke(cli, ["check", str(archive), "--cache-dir", str(elsewhere)])
    assert result.exit_code == 1
    assert len(_entries(elsewhere)) == 4
    assert not (archive / cache.FOLDER).exists()
    runner.invoke(cli, ["check", str(archive), "--no-cache"])
    assert not (archive / cache.FOLDER).exists()
    both = runner.invoke(cli, ["check", str(archive), "--no-cache", "--cache-dir", str(elsewhere)])
    assert both.exit_code == 2
    assert "--no-cache and --cache-dir" in both.output
    monkeypatch.setenv("DRAFTER_CACHE_DIR", str(tmp_path / "from-the-environment"))
    assert runner.invoke(cli, ["check", str(archive)]).exit_code == 1
    assert len(_entries(tmp_path / "from-the-environment")) == 4
    shutil.rmtree(tmp_path / "from-the-environment")
    assert runner.invoke(cli, ["check", str(archive), "--no-cache"]).exit_code == 1  # --no-cache wins
    assert not (tmp_path / "from-the-environment").exists()


def test_a_folder_of_someone_elses_is_never_made_a_cache(archive: Path, tmp_path: Path) -> None:
    theirs = tmp_path / "project"
    theirs.mkdir()
    (theirs / "notes.txt").write_text("mine\n")
    result = CliRunner().invoke(cli, ["check", str(archive), "--cache-dir", str(theirs)])
    assert result.exit_code == 2
    assert result.output == (
        f"Error: {theirs} holds files drafter did not write, so it cannot be drafter's cache; "
        "name a new or empty folder with --cache-dir, or pass --no-cache\n"
    )
    assert sorted(p.name for p in theirs.iterdir()) == ["notes.txt"]
    with pytest.raises(UsageError):
        drafter.check([archive], cache=theirs)


def test_the_api_writes_no_cache_unless_asked(archive: Path) -> None:
    drafter.check([archive / "r0"], jobs=1)
    assert not (archive / "r0" / cache.FOLDER).exists()
    drafter.check([archive / "r0"], jobs=1, cache=True)
    assert len(_entries(archive / "r0" / cache.FOLDER)) == 1
    drafter.check([archive / "r1" / "en.md"], jobs=1, cache=True)  # a file: the cache is in its folder
    assert len(_entries(archive / "r1" / cache.FOLDER)) == 1


def test_a_cache_that_cannot_be_written_is_done_without(archive: Path) -> None:
    folder = archive / "r0"
    result = drafter.check([folder], jobs=1, cache=folder / "facts.yaml" / "cache")  # under a file: not writable
    assert result == drafter.check([folder], jobs=1)
    assert sorted(p.name for p in folder.iterdir()) == ["en.md", "es.md", "facts.yaml", "pt.md"]


def test_entries_unused_for_a_month_are_pruned(archive: Path) -> None:
    folder = archive / cache.FOLDER
    drafter.check([archive], jobs=1, cache=folder)
    old = time.time() - (cache.KEEP_DAYS + 1) * cache.DAY
    gone = _entry_of(folder, archive / "r3")
    os.utime(gone, (old, old))
    drafter.check([archive / "r0"], jobs=1, cache=folder)
    assert gone.exists()  # pruned at most once a day
    os.utime(folder / "pruned", (old, old))
    kept = _entry_of(folder, archive / "r0")
    os.utime(kept, (old, old))
    drafter.check([archive / "r0"], jobs=1, cache=folder)
    assert not gone.exists()
    assert kept.exists()  # used by this run: touched, then kept
    assert len(_entries(folder)) == 3


def test_runs_at_once_leave_whole_entries(archive: Path) -> None:
    """Eight writers of the same entries at once: every entry whole, every result right."""
    import multiprocessing

    alone = drafter.checker.check([archive], jobs=1)
    with multiprocessing.get_context("fork").Pool(2) as pool:
        results = pool.map(_check_cached, [archive] * 8)
    assert all(r == alone for r in results)
    entries = _entries(archive / cache.FOLDER)
    assert len(entries) == 4
    for entry in entries:
        body = cache_entries.entry_body(entry.read_bytes())
        assert body is not None and cache_entries.decode(body, str(body["key"])) is not None
    assert not [p for p in (archive / cache.FOLDER).rglob(".tmp-*")]


def _check_cached(folder: Path) -> CheckResult:
    return drafter.checker.check([folder], jobs=1, cache=True)


def test_files_left_as_they_were_are_not_read_again(archive: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A file's size, times and inode stand for its bytes once it has been left alone a moment; an
    edit that keeps the size and puts the old time back still changes the change time."""
    past = time.time() - 3600
    for file in archive.rglob("*"):
        os.utime(file, (past, past))
    monkeypatch.setattr(cache, "RACY", 0.0)  # a file's change time cannot be put back: its change is long past
    first = drafter.checker.check([archive], jobs=1, cache=True)
    read: list[Path] = []
    real = cache.read_bytes

    def counting(path: Path, limit: int, *args: str) -> bytes:
        read.append(path)
        return real(path, limit, *args)

    monkeypatch.setattr(cache, "read_bytes", counting)
    assert drafter.checker.check([archive], jobs=1, cache=True) == first
    assert read == []
    draft = archive / "r2" / "en.md"
    text = draft.read_text(encoding="utf-8")
    draft.write_text(text.replace("2024", "2042", 1), encoding="utf-8")  # the same size
    os.utime(draft, (past, past))
    again = drafter.checker.check([archive], jobs=1, cache=True)
    assert {p.parent.name for p in read} == {"r2"}
    assert again == drafter.checker.check([archive], jobs=1)
    assert again != first


def test_a_file_changed_just_before_its_check_is_read_again(archive: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cache, "RACY", 3600.0)  # "a moment ago", however long a loaded machine takes to check
    drafter.checker.check([archive / "r0"], jobs=1, cache=True)  # the files were written a moment ago
    read: list[Path] = []
    real = cache.read_bytes
    monkeypatch.setattr(cache, "read_bytes", lambda path, *args: read.append(path) or real(path, *args))
    drafter.checker.check([archive / "r0"], jobs=1, cache=True)
    assert len(read) == 4  # three drafts and the facts file, hashed again


def test_the_cache_looks_for_the_term_base_by_the_name_the_checker_reads() -> None:
    from drafter.checker import terms, walk

    assert walk.TERMS_FILE == terms.TERMS_FILE
