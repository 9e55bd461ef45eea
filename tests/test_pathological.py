"""``drafter check`` ends on hostile input: markup that never closes, a line as long as a file, runs of one character.

Each family of bench/bench_pathological.py is checked here at a few tens of
kilobytes, as Markdown drafts and, for the families made of markup, as HTML
drafts too, whose tags are blanked before reading. These tests only ask for a
result: how the time grows with the size is measured by the bench, never here.
Before the patterns were bounded, several of these took minutes or hours.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from drafter.checker import CheckResult, check
from drafter.extract import extract

from .conftest import ROOT

SIZE = 20_000
MARKUP = ("html-link", "angles", "comments", "scripts", "open-tags", "template")


def _bench() -> ModuleType:
    path = ROOT / "bench" / "bench_pathological.py"
    spec = importlib.util.spec_from_file_location("bench_pathological", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(spec.name, module)
    spec.loader.exec_module(module)
    return module


FAMILIES = _bench().FAMILIES


def _check(folder: Path, text: str, suffix: str) -> CheckResult:
    for lang in ("en", "es", "pt"):
        (folder / f"{lang}{suffix}").write_text(text, encoding="utf-8")
    return check([folder])


@pytest.mark.parametrize("family", sorted(FAMILIES))
def test_check_ends_on_hostile_markdown(tmp_path: Path, family: str) -> None:
    result = _check(tmp_path, FAMILIES[family][1](SIZE), ".md")
    assert isinstance(result, CheckResult)
    assert result.drafts == 3


@pytest.mark.parametrize("family", MARKUP)
def test_check_ends_on_hostile_html(tmp_path: Path, family: str) -> None:
    result = _check(tmp_path, FAMILIES[family][1](SIZE), ".html")
    assert isinstance(result, CheckResult)
    assert result.drafts == 3


def test_the_reported_inputs_end() -> None:
    """The three inputs fuzzing found, as they were found (12 s, 8 s and 23 s before)."""
    assert extract("<a href='" * 400, "en") == []
    assert extract("[x](" * 8000, "en") == []
    assert isinstance(extract("{{ " * 20000, "en"), list)


def test_links_and_leftovers_are_still_found_after_hostile_text(tmp_path: Path) -> None:
    """Reading hostile text in linear time must not lose what follows it.

    (An ``<a`` never closed is not hostile enough here: as in a browser, the link it opens
    runs to the next "</a>", taking in whatever stands before it.)
    """
    tail = '\n\nSee [the site](https://example.org/a) and <a href="https://example.net/">here</a>. TODO {{ name }}\n'
    hostile = "[x](" * 2000 + "http://" * 200 + "[[" * 2000 + "{{ " * 2000
    found = extract(hostile + tail, "en")
    assert {(m.kind, m.value) for m in found} >= {("url", "example.org/a"), ("url", "example.net")}
    result = _check(tmp_path, hostile + tail, ".md")
    leftovers = {f.subject[1] for f in result.findings if f.rule == "leftover"}
    assert {"TODO", "{{ name }}"} <= leftovers


def test_a_word_as_long_as_a_file_is_a_sentence_of_its_own() -> None:
    """sentencex takes time quadratic in a word's length: a 150,000-character word took minutes (found by
    ``make fuzz``); it is now cut out before sentencex reads the text around it."""
    from drafter.checker.segments import segments

    run = "`" * 150_000
    text = f"O cluster foi avaliado em 2016. {run} A avaliação durou três dias."
    found = segments(text, "pt")
    bodies = [text[s.start : s.end] for s in found]
    assert run in bodies, [len(b) for b in bodies]
    assert bodies[0] == "O cluster foi avaliado em 2016."
    assert bodies[-1] == "A avaliação durou três dias."
