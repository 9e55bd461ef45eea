"""Gathering releases: every facts file matched against its own folder only, names in order, no file twice."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.checker import releases as gather
from drafter.checker.releases import collect

from .conftest import SHIPPED

FACTS = "release:\n  kind: award\n"


def _write(root: Path, names: list[str]) -> None:
    for name in names:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(FACTS if name.endswith(".yaml") else "A draft.\n", encoding="utf-8")


def _matched(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many releases each facts file is matched against, call by call."""
    counts: list[int] = []
    candidates = gather._candidates

    def counted(by_stem: dict[str | None, list[gather._Group]], stem: str | None) -> list[gather._Group]:
        found = candidates(by_stem, stem)
        counts.append(len(found))
        return found

    monkeypatch.setattr(gather, "_candidates", counted)
    return counts


@pytest.mark.parametrize("size", [10, 40])
def test_each_facts_file_is_matched_only_against_its_own_releases(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, size: int
) -> None:
    # An archive of a folder a release, and a flat folder of releases named by stem.
    _write(tmp_path, [f"archive/r{n:03d}/{name}" for n in range(size) for name in ("facts.yaml", "pt.md", "en.md")])
    _write(tmp_path, [f"flat/award{n:03d}.{ext}" for n in range(size) for ext in ("yaml", "pt.md", "en.md")])
    counts = _matched(monkeypatch)
    releases = list(collect([tmp_path], SHIPPED))
    assert len(releases) == 2 * size
    assert all(r.facts is not None and r.facts.parent == r.folder for r in releases)
    assert all(r.stem is None or r.facts is not None and r.facts.stem == r.stem for r in releases)
    assert len(counts) == 3 * size  # its stem's releases, then (for facts.yaml) the folder's
    assert sum(counts) == 2 * size  # one release seen for each facts file, however large the archive


def test_releases_come_in_the_order_of_their_names(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    _write(
        tmp_path,
        [
            "r/2013/en.md",
            "r/2013/es.md",
            "r/2013/award.en.md",
            "r/2013/b/en.md",
            "r/2013-03/en.md",
            "r/2013.x/en.txt",
            "r/2013/en.txt",
            "r/2013/zz.en.md",
            "r/2013/zz.yaml",
            "r/2013 a/en.md",
        ],
    )
    names = [r.name for r in collect([Path("r")], SHIPPED)]
    assert names == sorted(names)
    assert names == [
        "r/2013 (md)",
        "r/2013 (txt)",
        "r/2013 a",
        "r/2013-03",
        "r/2013.x",
        "r/2013/award",
        "r/2013/b",
        "r/2013/zz",
    ]
    assert len(collect([Path("r")], SHIPPED)) == len(names)


def test_a_file_reached_twice_is_taken_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    _write(tmp_path, ["r/a/en.md", "r/a/es.md", "r/b/en.md"])
    (tmp_path / "r" / "b" / "es.md").symlink_to("../a/es.md")  # a link to a draft already found
    once = [(r.name, [p.name for p, _, _ in r.files]) for r in collect([Path("r")], SHIPPED)]
    assert once == [("r/a", ["en.md", "es.md"]), ("r/b", ["en.md"])]
    again = collect([Path("r"), Path("r/a"), Path("r/a/en.md")], SHIPPED)  # overlapping paths
    assert [(r.name, [p.name for p, _, _ in r.files]) for r in again] == once


def test_a_facts_file_shared_by_releases_is_parsed_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import drafter.checker
    import drafter.checker.inspection

    example = sorted((Path(__file__).parent.parent / "examples").glob("*.yaml"))[0]
    drafts = drafter.checker.inspection.load_facts(example, available=SHIPPED)
    (tmp_path / "facts.yaml").write_text(example.read_text(encoding="utf-8"), encoding="utf-8")
    _write(tmp_path, [f"r{n}/{lang}.md" for n in range(5) for lang in drafts.languages])
    parsed: list[Path] = []
    load = drafter.checker.inspection.load_facts

    def counted(path: Path, **options: object) -> object:
        parsed.append(path)
        return load(path, **options)  # type: ignore[arg-type]

    monkeypatch.setattr(drafter.checker.inspection, "load_facts", counted)
    result = drafter.checker.check([tmp_path], facts=tmp_path / "facts.yaml", jobs=1)
    assert len(result.releases) == 5 and result.findings
    assert len(parsed) == 1


@pytest.mark.parametrize("comments", [0, 16_000, 150_000, 210_000])
def test_a_facts_file_is_told_by_its_release_section_within_its_first_200000_bytes(
    tmp_path: Path, comments: int
) -> None:
    path = tmp_path / "award.yaml"
    path.write_text("#" * comments + "\nrelease:\n  kind: award\n", encoding="utf-8")
    assert gather.is_facts_file(path) == (comments < 200_000)
    (tmp_path / "notes.yaml").write_text("#" * comments + "\nother: 1\n", encoding="utf-8")
    assert not gather.is_facts_file(tmp_path / "notes.yaml")
