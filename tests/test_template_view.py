"""``drafter templates check`` follows every fact of the view, ``event`` and its keys included."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import jinja2
import pytest

from drafter.catalog import Catalog
from drafter.facts import load_facts
from drafter.template_check import check_templates
from drafter.template_check.walker import WORDING, Template, Walker, fact_path, view_names
from drafter.view import build_view

from .conftest import EXAMPLES
from .test_template_check import SHIPPED, _edit, _line, _others

LANGS = tuple(sorted(p.parent.name for p in SHIPPED.glob("*/glossary.yaml")))


@pytest.fixture(autouse=True)
def _no_spelling(monkeypatch: pytest.MonkeyPatch) -> None:
    """No dictionary: what these tests expect is the same on every machine (spelling: tests/test_spelling.py)."""
    monkeypatch.delenv("DICPATH", raising=False)
    monkeypatch.setattr("drafter.spelling.FOLDERS", ())


@pytest.fixture
def copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the shipped templates at ./templates, to plant drift in."""
    monkeypatch.chdir(tmp_path)
    shutil.copytree(SHIPPED, tmp_path / "templates")
    return Path("templates")


def test_an_event_fact_dropped_from_one_language(copy: Path) -> None:
    """The prize's event is a fact like the others: its web address dropped in es is drift."""
    es = copy / "es" / "prize.md"
    # every place the lead links it (an event named after its city has a sentence of its own: event.city_named)
    es.write_text(es.read_text(encoding="utf-8").replace("{{ event.name | linked(event.url) }}", "{{ event.name }}"))
    _edit(es, '("edición de " ~ event.year) | linked(event.url)', '"edición de " ~ event.year')  # at its edition too
    result = check_templates(Catalog((copy.resolve(),)))
    found = [(f.rule, f.message, f.where.file, f.where.line) for f in result.findings]
    assert found == [
        (
            "fact-drift",
            f"event.url is used in {_others('es')} but not in es",
            "templates/es/prize.md",
            _line(es, '"edición de " ~ event.year'),  # the first place the lead names the event
        )
    ]


def test_an_event_condition_dropped_from_one_language(copy: Path) -> None:
    pt = copy / "pt" / "prize.md"
    shown = "{%- if event.country and event.country != org.country %}"
    _edit(pt, shown, "{%- if org.country != org.country %}")
    result = check_templates(Catalog((copy.resolve(),)))
    assert [(f.rule, f.message) for f in result.findings] == [
        ("condition-drift", f"event.country is tested in a condition in {_others('pt')} but not in pt")
    ]


def _key_paths(value: object, prefix: str = "") -> set[str]:
    """Every key path of a view: ``award.issuer.url``, ``figures[].value``, ``benefits[]``."""
    out: set[str] = {prefix} if prefix else set()
    if isinstance(value, dict):
        for key, item in value.items():
            out |= _key_paths(item, f"{prefix}.{key}" if prefix else str(key))
    elif isinstance(value, list):
        out.add(f"{prefix}[]")
        for item in value:
            out |= _key_paths(item, f"{prefix}[]")
    return out


def _using(path: str) -> str:
    """A template that shows ``path``, looping over each list on the way: ``figures[].value`` ->
    ``{% for x1 in figures %}{{ x1.value }}{% endfor %}``."""
    parts = path.split("[]")
    source, target = "", parts[0]
    for i, rest in enumerate(parts[1:], 1):
        source += f"{{% for x{i} in {target} %}}"
        target = f"x{i}{rest}"
    return source + f"{{{{ {target} }}}}" + "{% endfor %}" * (len(parts) - 1)


def test_every_field_of_the_view_is_known_to_the_check(tmp_path: Path) -> None:
    """Each key path of the view of every example, in every language, is a fact the check follows,
    unless it only chooses wording (an article, a gender, the number that picks a plural); another
    form of a fact (a body's ``mention``) is followed as the fact."""
    catalog = Catalog.find()
    paths: set[str] = set()
    for example in EXAMPLES:
        facts = load_facts(example)
        for lang in facts.languages:
            paths |= _key_paths(build_view(facts, lang, catalog))
    assert {"event.url", "event.country", "award.issuer.url", "figures[].value", "benefits[]"} <= paths
    wording = WORDING | {
        key for lang in LANGS for forms in catalog.glossary(lang)["articles"].values() for key in forms
    }
    unknown = []
    for path in sorted(paths):
        template = Template("en", "t.md", "t.md", [])
        Walker(template, wording).walk(jinja2.Environment().parse(_using(path)), {})
        if fact_path(path) not in template.paths and re.split(r"\.|\[\]", path.removesuffix("[]"))[-1] not in wording:
            unknown.append(path)
    assert unknown == [], "drafter templates check does not follow these fields of the view"


def test_the_names_are_those_of_every_view() -> None:
    """The check reads the view's names off the view of a specimen release (walker._SPECIMEN, the
    least a facts file holds): the same names as the view of every example."""
    catalog = Catalog.find()
    for example in EXAMPLES:
        facts = load_facts(example)
        assert view_names() == set(build_view(facts, facts.languages[0], catalog)), example.name
