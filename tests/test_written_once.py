"""What a template writes itself (a macro's output, a caller, a ``{% set %}`` block) is escaped once.

A macro called as an expression, ``{{ m(x) }}``, used to have its output, Markdown
already, escaped a second time: its emphasis showed as stars, its facts with
backslashes and ``&amp;lt;``. Whichever way a template calls it, it now prints
the same Markdown, and the draft shows the fact's text exactly.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import yaml

from drafter import draft
from drafter.catalog import Catalog
from drafter.emit import to_html, to_text

from .conftest import ROOT

NAME = 'Vinhal *Tinto* _reserva_ <b>Mar & Sol</b> "Adega" l\'Oiseau'
"""A name with every character the Markdown escaper touches: stars, underscores, a tag, an ampersand, quotes."""
SHOWN = NAME.replace("'", "\u2019")
"""The name as the English draft shows it: every language prints a straight apostrophe as ’ (``Words.apostrophe``)."""

MACRO = """{% macro shown(name) %}{% if caller is defined %}{% endif %}**{{ name }}** (_{{ name }}_){% endmacro %}
{% macro wrapped(name) %}{{ shown(name) }}{% endmacro %}
"""

WAYS = {
    "expression": "{{ shown(org.name) }}",
    "call": "{% call shown(org.name) %}{% endcall %}",
    "stored": "{% set made = shown(org.name) %}{{ made }}",
    "set block": "{% set made %}{{ shown(org.name) }}{% endset %}{{ made }}",
    "trimmed": "{{ shown(org.name) | trim }}",
    "nested macro": "{{ wrapped(org.name) }}",
    "joined with ~": "{{ shown(org.name) ~ '' }}",
    "joined with join": "{{ [shown(org.name)] | join(', ') }}",
}


def _drafted(tmp_path: Path, lines: dict[str, str]) -> dict[str, str]:
    """The English draft's Markdown paragraph for each of ``lines``, all written by one template."""
    en = tmp_path / "templates" / "en"
    en.mkdir(parents=True)
    shutil.copy(ROOT / "templates" / "en" / "glossary.yaml", en / "glossary.yaml")
    body = "\n\n".join(f"{way}: Before {line} after." for way, line in lines.items())
    (en / "award.md").write_text(f"{MACRO}# Title\n\n{body}\n", encoding="utf-8")
    data = yaml.safe_load((ROOT / "tests" / "data" / "minimal.yaml").read_text(encoding="utf-8"))
    data["organisation"]["name"] = NAME
    facts = tmp_path / "facts.yaml"
    facts.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    md = draft(facts, ["en"], catalog=Catalog.find(tmp_path / "templates")).markdown["en"]
    return {way: md.split(f"{way}: ", 1)[1].split("\n", 1)[0] for way in lines}


def test_a_macro_prints_its_markdown_once_escaped_whichever_way_it_is_called(tmp_path: Path) -> None:
    drafted = _drafted(tmp_path, WAYS)
    for way, md in drafted.items():
        assert md == drafted["call"], way
        text = to_text(md).strip()
        assert text == f"Before {SHOWN} ({SHOWN}) after.", (way, text)
        html = to_html(md)
        shown = SHOWN.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
        assert f"<strong>{shown}</strong> (<em>{shown}</em>)" in html, (way, html)
        assert "\\" not in html and "&amp;lt;" not in html and "&amp;amp;" not in html, (way, html)


def test_a_fact_joined_to_a_macro_is_escaped_where_it_stands(tmp_path: Path) -> None:
    (md,) = _drafted(tmp_path, {"mixed": "{{ shown(org.name) ~ ' / ' ~ org.name }}"}).values()
    html = to_html(md)
    assert to_text(md).strip() == f"Before {SHOWN} ({SHOWN}) / {SHOWN} after."
    assert html.count("<strong>") == 1 and "<b>" not in html


def test_capitalize_first_capitalizes_a_fact_before_escaping_it_and_a_set_block_once() -> None:
    from drafter.escape import Md
    from drafter.render import _capitalize_first

    assert _capitalize_first("éclat *vif*") == Md("Éclat \\*vif\\*")
    assert _capitalize_first(Md("après **x**")) == "Après **x**"
