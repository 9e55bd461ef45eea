"""The documentation cannot drift from the code.

docs/facts.md must describe every field of the facts model, in the section of
the key that holds it, with the right "required?" answer; its complete example
must load; the error lines it shows must be the ones drafter prints. README.md
must mention every command. Both files are read when the tests run, so an edit
to either (or to the model, or the command line) is checked at once.
"""

from __future__ import annotations

import re
import typing
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import click
import pytest
import yaml
from pydantic import BaseModel

from drafter.cli import cli
from drafter.errors import FactsError
from drafter.facts import Facts, load_facts

from .conftest import ROOT

FACTS_MD = ROOT / "docs" / "facts.md"
README = ROOT / "README.md"

Path_ = tuple[str, ...]


# --- the model ---------------------------------------------------------------------------------------


def _models_in(annotation: object) -> list[type[BaseModel]]:
    """Pydantic models inside an annotation: Party, list[Figure], Partnership | None…"""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    return [model for arg in typing.get_args(annotation) for model in _models_in(arg)]


@dataclass(frozen=True)
class Field:
    path: Path_  # ("award", "issuer", "gender"); list items are not part of the path
    model: type[BaseModel]  # the model that declares it
    required: bool


def _fields(model: type[BaseModel] = Facts, parent: Path_ = ()) -> Iterator[Field]:
    for name, info in model.model_fields.items():
        path = (*parent, name)
        yield Field(path, model, info.is_required())
        for inner in _models_in(info.annotation):
            yield from _fields(inner, path)


FIELDS = list(_fields())
TOP_LEVEL = list(Facts.model_fields)


def test_the_model_walk_reaches_nested_models_and_lists() -> None:
    paths = {f.path for f in FIELDS}
    assert ("award", "issuer", "gender") in paths  # a nested model
    assert ("figures", "what") in paths  # a list of models
    assert ("partnership", "partners", "country") in paths  # a list inside a model


# --- the document ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Section:
    level: int
    names: frozenset[str]  # the backticked names in its heading
    heading: str
    body: str  # from the heading to the next heading of the same or a higher level

    def subsection(self, name: str) -> Section | None:
        for sub in _sections(self.body, self.level + 1):
            if name in sub.names:
                return sub
        return None


HEADING = re.compile(r"^(#{2,6}) (.+)$", re.M)
FENCE = re.compile(r"^```.*?^```", re.M | re.S)


def _backticked(text: str) -> frozenset[str]:
    return frozenset(re.findall(r"`([^`]+)`", text))


def _sections(text: str, level: int) -> list[Section]:
    """The sections at ``level`` (2 for ``##``) in ``text``; fenced blocks hold no headings."""
    masked = FENCE.sub(lambda m: re.sub(r"[^\n]", " ", m.group()), text)
    found = [(m.start(), len(m.group(1)), m.group(2)) for m in HEADING.finditer(masked) if len(m.group(1)) <= level]
    out = []
    for i, (start, depth, heading) in enumerate(found):
        if depth != level:
            continue
        end = found[i + 1][0] if i + 1 < len(found) else len(text)
        out.append(Section(depth, _backticked(heading), heading, text[start:end]))
    return out


@pytest.fixture(scope="module")
def facts_md() -> str:
    assert FACTS_MD.is_file(), "docs/facts.md is missing"
    return FACTS_MD.read_text(encoding="utf-8")


def _top_section(doc: str, key: str) -> Section:
    matches = [s for s in _sections(doc, 2) if key in s.names]
    assert matches, f"docs/facts.md has no '## `{key}`' heading for the top-level key {key!r}"
    assert len(matches) == 1, f"docs/facts.md has {len(matches)} '## ' headings naming `{key}`"
    return matches[0]


def _parent_section(doc: str, parent: Path_) -> Section:
    """Where the fields of ``parent`` are documented: its '## ' section, then one sub-heading per level.

    ``award.issuer`` is documented under '## `award`' in a sub-heading that names `issuer`
    (one heading may name several keys that share a shape: issuer, assessor, backed_by).
    """
    section = _top_section(doc, parent[0])
    for i, name in enumerate(parent[1:], start=2):
        sub = section.subsection(name)
        assert sub is not None, (
            f"docs/facts.md: the section '{section.heading}' needs a sub-heading naming `{name}` "
            f"for the fields of {'.'.join(parent[:i])}"
        )
        section = sub
    return section


def _table_rows(section: Section) -> list[list[str]]:
    """The rows of the tables directly in ``section`` (not in its sub-sections), split into cells."""
    own = _sections(section.body, section.level + 1)
    body = section.body[: section.body.index(own[0].body)] if own else section.body
    rows = []
    for line in body.splitlines():
        if line.startswith("|") and not re.match(r"^\|[\s:|-]+\|$", line):
            rows.append([cell.strip() for cell in line.strip().strip("|").split("|")])
    return rows


# --- (a) and (b): every field in its place -----------------------------------------------------------


@pytest.mark.parametrize("key", TOP_LEVEL)
def test_every_top_level_key_has_a_heading(facts_md: str, key: str) -> None:
    _top_section(facts_md, key)


@pytest.mark.parametrize("field", FIELDS, ids=lambda f: ".".join(f.path))
def test_every_field_is_documented_in_the_section_of_its_parent(facts_md: str, field: Field) -> None:
    if len(field.path) == 1:
        return  # a top-level key: its heading is the test above
    section = _parent_section(facts_md, field.path[:-1])
    name = field.path[-1]
    assert name in _backticked(section.body), (
        f"docs/facts.md: `{name}` ({'.'.join(field.path)}) is not mentioned in '{section.heading}'"
    )


def _documented_rows(doc: str) -> Iterator[tuple[Path_, list[str]]]:
    """(path of the section's key, row) for every field table under a top-level key's section."""

    def walk(section: Section, path: Path_) -> Iterator[tuple[Path_, list[str]]]:
        for row in _table_rows(section):
            yield path, row
        for sub in _sections(section.body, section.level + 1):
            for name in sorted(sub.names):
                yield from walk(sub, (*path, name))

    for key in TOP_LEVEL:
        yield from walk(_top_section(doc, key), (key,))


def test_every_table_row_names_a_real_field_and_says_rightly_whether_it_is_required(facts_md: str) -> None:
    by_path = {f.path: f for f in FIELDS}
    rows = 0
    for path, row in _documented_rows(facts_md):
        names = re.findall(r"^`([^`]+)`$", row[0])
        if not names or len(row) < 2 or path not in by_path and len(path) > 1:
            continue  # a table of something else, or a sub-heading that is not a model
        rows += 1
        name = names[0]
        # A key with no fields of its own (benefits, thanks) documents itself in its table.
        field = by_path.get((*path, name)) or (by_path[path] if name == path[-1] and len(path) == 1 else None)
        assert field is not None, f"docs/facts.md: '{'.'.join(path)}' documents `{name}`, which does not exist"
        said = row[1].lower()
        assert said.startswith(("yes", "no")), f"docs/facts.md: `{name}`: 'Required?' must say yes or no"
        assert said.startswith("yes") == field.required, (
            f"docs/facts.md: {'.'.join(field.path)} is {'required' if field.required else 'optional'}, "
            f"but its table says {row[1]!r}"
        )
    assert rows >= len(FIELDS) - len(TOP_LEVEL), "docs/facts.md: too few field tables were found"


# --- (c): every command in the README ----------------------------------------------------------------


def _commands(group: click.Group, prefix: str = "drafter") -> Iterator[str]:
    for name, command in sorted(group.commands.items()):
        if command.hidden:
            continue
        if isinstance(command, click.Group):
            yield from _commands(command, f"{prefix} {name}")
        else:
            yield f"{prefix} {name}"


def test_the_command_walk_finds_the_commands() -> None:
    assert {"drafter new", "drafter draft", "drafter schema"} <= set(_commands(cli))


def test_every_command_is_mentioned_in_the_readme() -> None:
    assert README.is_file(), "README.md is missing"
    text = " ".join(README.read_text(encoding="utf-8").split())
    missing = [c for c in _commands(cli) if not re.search(rf"{re.escape(c)}(?![\w-])", text)]
    assert not missing, f"README.md never mentions: {', '.join(missing)}"


# --- (d): the examples are real ----------------------------------------------------------------------


def _yaml_blocks(doc: str) -> list[str]:
    return re.findall(r"^```yaml\n(.*?)^```", doc, re.M | re.S)


def _release_blocks(doc: str) -> list[str]:
    """The ```yaml blocks that are whole facts files (or meant to be): those with a `release:` key."""
    out = []
    for block in _yaml_blocks(doc):
        try:
            data = yaml.load(block, Loader=yaml.BaseLoader)  # structure only: no dates to get wrong
        except yaml.YAMLError:
            continue
        if isinstance(data, dict) and "release" in data:
            out.append(block)
    return out


def test_the_complete_example_is_a_valid_facts_file(facts_md: str, tmp_path: Path) -> None:
    blocks = _release_blocks(facts_md)
    assert blocks, "docs/facts.md has no complete example (a ```yaml block with a release: key)"
    path = tmp_path / "example.yaml"
    path.write_text(blocks[0], encoding="utf-8")
    try:
        facts = load_facts(path)
    except FactsError as exc:
        pytest.fail("the complete example in docs/facts.md does not load:\n" + "\n".join(exc.lines()))
    assert facts.languages == ["pt", "es", "en"]


def test_the_error_lines_shown_are_the_ones_drafter_prints(
    facts_md: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The section on refusals shows a broken file and what drafter says about it, word for word."""
    refusals = next((s for s in _sections(facts_md, 2) if "refuses" in s.heading), None)
    assert refusals is not None, "docs/facts.md has no 'What drafter refuses' section"
    broken = _release_blocks(refusals.body)
    shown = re.search(r"^```text\n(.*?)^```", refusals.body, re.M | re.S)
    assert broken and shown, "the refusals section needs a ```yaml broken file and a ```text block"
    file = re.match(r"[^:\s]+", shown.group(1))
    assert file is not None
    monkeypatch.chdir(tmp_path)
    Path(file.group()).write_text(broken[0], encoding="utf-8")
    with pytest.raises(FactsError) as caught:
        load_facts(file.group())
    assert caught.value.lines() == shown.group(1).splitlines()


def test_the_table_of_findings_and_the_schema_follow_the_rules_registry() -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location("rules_table", ROOT / "docs" / "rules_table.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert (ROOT / "README.md").read_text(encoding="utf-8") == module.readme_text(), "run docs/rules_table.py"
    schema = (ROOT / "docs" / "check-report.schema.json").read_text(encoding="utf-8")
    assert schema == module.schema_text(), "run docs/rules_table.py"


def test_every_finding_drafter_can_make_is_in_the_registry() -> None:
    import re

    from drafter.checker.rules import RULES

    made = set()
    for path in (ROOT / "drafter").rglob("*.py"):
        made |= set(re.findall(r'Finding\(\s*"([a-z-]+)"', path.read_text(encoding="utf-8")))
    assert made <= set(RULES)
    assert {"mismatch", "unmatched", "missing-passage", "term-inconsistent", "facts-unused"} <= made
