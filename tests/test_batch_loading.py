"""Facts files composed by libyaml in C, for speed when drafting an archive, read exactly as before.

A file with none of ``& * ! ?`` is composed by libyaml's own composer; any
other, and any tree holding what :class:`~drafter.facts.libyaml._FastLoader`
leaves to PyYAML, is read as before. All three ways must give the same data,
positions and messages.
"""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from drafter.errors import FactsError
from drafter.facts import libyaml as reader
from drafter.facts import yamlsource

from .conftest import ROOT
from .test_yaml_libyaml import PIECES

pytestmark = pytest.mark.skipif(not reader.LIBYAML, reason="PyYAML was built without libyaml")

EVERYTHING = re.compile(r"[\s\S]")


def _read(path: Path, way: str) -> object:
    """load_yaml's data with every position, or its problems: by libyaml's composer ("c"), by PyYAML's
    composer on libyaml's events ("events"), or by PyYAML's parser alone ("pyyaml")."""
    with pytest.MonkeyPatch.context() as monkeypatch:
        monkeypatch.setattr(reader, "LIBYAML", way != "pyyaml")
        if way == "events":
            monkeypatch.setattr(reader, "_UNPLAIN", EVERYTHING)
        try:
            doc = yamlsource.load_yaml(path)
        except FactsError as exc:
            return ("refused", exc.problems)
        return (repr(doc.data), doc.values, doc.keys, doc.problems, doc.reported, doc.merged)


def _three_ways(path: Path) -> None:
    c = _read(path, "c")
    assert c == _read(path, "events")
    assert c == _read(path, "pyyaml")


@pytest.mark.parametrize("path", sorted((ROOT / "examples").glob("*.yaml")), ids=lambda p: p.name)
def test_the_examples_are_composed_in_c_and_read_the_same(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert not reader._UNPLAIN.search(text)
    with pytest.MonkeyPatch.context() as monkeypatch:
        monkeypatch.setattr(reader, "_FastLoader", None)  # would fail if it were used
        read, node = reader._compose_fast(text)
    assert read and node is not None
    _three_ways(path)


@pytest.mark.parametrize(
    "text, plain",
    [
        ("a: [b, c]\nd: {e: f}\n", True),
        ("a: {b: }\n", False),  # an empty value inside { }: placed otherwise by PyYAML's parser
        ("a: [b, '']\n", True),  # quoted, it is a value like any other
        ("a:" + " [" * 32 + " ]" * 32 + "\n", False),  # as deep as libyaml's events are left to go
        ("a:" + " [" * 31 + " ]" * 31 + "\n", True),
    ],
)
def test_what_the_composer_in_c_leaves_to_the_others(text: str, plain: bool) -> None:
    composer = reader._CComposer(text)
    try:
        node = composer.get_single_node()
    finally:
        composer.dispose()
    assert reader._plain_tree(node) is plain
    with pytest.MonkeyPatch.context() as monkeypatch:  # as PyYAML's composer on libyaml's events decides
        monkeypatch.setattr(reader, "_UNPLAIN", EVERYTHING)
        assert reader._compose_fast(text)[0] is plain


QUIET = [p for p in PIECES if not any(c in p for c in "&*!?")] + ["[", "{", "- [", "{a: ", ", b: ]", ": ,", "\n- "]


@settings(max_examples=300, derandomize=True, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.lists(st.sampled_from(QUIET), min_size=1, max_size=40), st.booleans())
def test_generated_files_read_the_same_three_ways(pieces: list[str], line_end: bool) -> None:
    text = "release:\n  " + "".join(pieces) + ("\n" if line_end else "")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "facts.yaml"
        path.write_bytes(text.encode("utf-8", "surrogatepass"))
        _three_ways(path)
