"""libyaml reads facts files ten times faster, and changes nothing drafter says about them.

:func:`drafter.facts.yamlsource.load_yaml` lets libyaml's parser read a file
first and PyYAML's own parser read again whatever libyaml refuses or anything
out of the ordinary. Here every bad input, every example, glossary and term
base, and thousands of generated files, hostile ones among them, must give the
same data, the same lines and columns, and the same messages both ways.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from drafter.errors import FactsError
from drafter.facts import libyaml as reader
from drafter.facts import yamlsource

from .conftest import ROOT

pytestmark = pytest.mark.skipif(not reader.LIBYAML, reason="PyYAML was built without libyaml")

FILES = sorted(
    [
        *(ROOT / "tests" / "bad_inputs").glob("*.yaml"),
        *(ROOT / "examples").glob("*.yaml"),
        *(ROOT / "templates").glob("*/glossary.yaml"),
        *(ROOT / "tests" / "corpus").rglob("*.yaml"),
        *(ROOT / "tests" / "data").rglob("*.yaml"),
    ]
)


def _read(path: Path, libyaml: bool, monkeypatch: pytest.MonkeyPatch) -> object:
    """What load_yaml gives for ``path``: the data with every position, or the problems, exactly."""
    monkeypatch.setattr(reader, "LIBYAML", libyaml)
    try:
        doc = yamlsource.load_yaml(path)
    except FactsError as exc:
        return ("refused", exc.problems)
    return (repr(doc.data), doc.values, doc.keys, doc.problems, doc.reported, doc.merged)


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_file_reads_the_same_with_libyaml(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert _read(path, True, monkeypatch) == _read(path, False, monkeypatch)


@pytest.mark.parametrize("path", sorted((ROOT / "examples").glob("*.yaml")), ids=lambda p: p.name)
def test_libyaml_reads_the_examples_itself(path: Path) -> None:
    read, node = reader._compose_fast(path.read_text(encoding="utf-8"))
    assert read and node is not None


@pytest.mark.parametrize(
    "text",
    [
        "a: 1\n",
        "release:\n  a: &x 1\n  b: *x\n",  # an anchor and an alias: refused by PyYAML's parser, in its words
        "a: !!str 1\n",  # a tag
        "a: [b?, c]\n",  # "?" in a flow list: PyYAML ends the value there
        "a: [b: ]\n",  # an empty value in a flow list: placed elsewhere by each
        "a: 1\n\tb: 2\n",  # a tab
        "a: |#c\n  x\n",  # a block scalar's header touching a comment
        "a: 1",  # no line break at the end
        "a: 1\n\ufeffb: 2\n",  # a byte order mark inside
        "a:" + " [" * 40 + " ]" * 40 + "\n",  # deeper than libyaml is left to go
    ],
)
def test_what_libyaml_reads_otherwise_is_left_to_pyyaml(text: str) -> None:
    read, _ = reader._compose_fast(text)
    assert read is (text == "a: 1\n")


PIECES = [
    "key", "release", ":", ": ", " ", "\n", "\n  ", "- ", "[", "]", "{", "}", ", ", "#c", " #c", "&x ", "*x", "!tag ",
    "!!str ", "|", ">-", "\t", "12:30", "0x1F", "2013-02-30", "2013-03-05", "é", "…", "\\u00e9", "\\ud800", '"', "'",
    "? ", "---", "...", "%YAML 1.2\n", "<<: ", "\u00a0", "\x85", "\u2028", "\ufeff", "007", "1.10", "+34 93", "~",
    "NO", ".inf", "'it''s'", "\r\n", "\x01", "a: b\n", "x:\n  - 1\n  - 2\n", "k: {a: 1, b: [2, 3]}\n",
    "k: 'multi\n  line'\n", 'k: "esc \\t \\x41 \\N"\n', "k: |\n  text\n  more\n", "k: >\n  folded\n\n  para\n",
    "a: 1\na: 2\n", "[a, b]: c\n", "k: [a,\n  b]\n", "k: !\n", "a: [b?, c]\n", "a: [b: ]\n", "  - x: 1\n    y: 2\n",
]  # fmt: skip


@settings(max_examples=300, derandomize=True, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=30), st.booleans())
def test_generated_files_read_the_same_with_libyaml(pieces: list[str], line_end: bool) -> None:
    text = "release:\n  " + "".join(pieces) + ("\n" if line_end else "")
    with pytest.MonkeyPatch.context() as monkeypatch, tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "facts.yaml"
        path.write_bytes(text.encode("utf-8", "surrogatepass"))
        assert _read(path, True, monkeypatch) == _read(path, False, monkeypatch)
