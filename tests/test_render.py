"""Rendering: optional facts leave nothing behind, and facts never become markup."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from drafter import draft
from drafter.emit import to_html, to_text
from drafter.render import md_escape

from .conftest import LANGS, ROOT

MINIMAL = ROOT / "tests" / "data" / "minimal.yaml"


def _facts_with(tmp_path: Path, change: dict[str, object]) -> Path:
    data = yaml.safe_load(MINIMAL.read_text(encoding="utf-8"))
    for dotted, value in change.items():
        target = data
        *parents, last = dotted.split(".")
        for part in parents:
            target = target[part]
        target[last] = value
    path = tmp_path / "facts.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


@pytest.mark.parametrize("lang", LANGS)
def test_a_minimal_release_has_no_empty_section_or_sentence(lang: str) -> None:
    md = draft(MINIMAL, [lang]).output("md")
    blocks = md.split("\n\n")
    for before, after in zip(blocks, blocks[1:], strict=False):
        assert not (before.startswith("## ") and after.startswith("## ")), f"empty section {before!r}"
    for line in md.splitlines():
        assert not re.search(r"\s[,.]|\(\)|\S\s{2,}|,\.|\.\.", line), line
    assert "None" not in md
    headings = [line for line in md.splitlines() if line.startswith("## ")]
    assert len(headings) == 2  # About and the media contact: nothing else was given


@pytest.mark.parametrize("lang", LANGS)
def test_a_draft_is_one_line_per_paragraph_with_one_blank_line_between(lang: str) -> None:
    md = draft(ROOT / "examples" / "secpho-bronze-2013.yaml", [lang]).output("md")
    assert "\n\n\n" not in md and md.endswith("\n") and not md.endswith("\n\n")
    for block in md.split("\n\n"):
        lines = block.splitlines()
        if not lines[0].startswith(("- ", "> ")):
            assert len(lines) == 1, block


HOSTILE = {
    "script": "<script>alert(1)</script>",
    "event": '<img src=x onerror="alert(1)">',
    "markdown link": "[click me](javascript:alert(1))",
    "autolink": "<javascript:alert(1)>",
    "jinja": "{{ 7 * 7 }} {% if true %}x{% endif %}",
    "heading": "# Breaking news",
    "list": "- not a list",
    "emphasis": "**bold** _it_ `code`",
    "entity": "&lt;b&gt; &amp;",
    "html comment": "<!-- hidden -->",
    "control": "line\x00one\x1b[31m\u2028two",
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
@pytest.mark.parametrize("field", ["organisation.name", "award.name", "contact.name"])
def test_hostile_fact_values_appear_as_text_in_every_format(tmp_path: Path, name: str, field: str) -> None:
    value = HOSTILE[name]
    drafts = draft(_facts_with(tmp_path, {field: value}))
    plain = draft(_facts_with(tmp_path, {field: "Plain"}))
    shown = " ".join("".join(" " if ord(c) < 32 or c == "\u2028" else c for c in value).split())
    for lang in drafts.markdown:
        md = drafts.markdown[lang]
        html = to_html(md)
        text = to_text(md)
        assert shown in text, (lang, text)
        assert "<script" not in html and "<img" not in html and "<!--" not in html
        assert "javascript:" not in re.findall(r'href="([^"]*)"', html).__str__()
        assert "49" not in text  # Jinja2 syntax in a fact is never evaluated
        # The same elements, in the same order, as with a harmless value: no fact made markup.
        assert _tags(html) == _tags(to_html(plain.markdown[lang]))


def _tags(html: str) -> list[str]:
    return re.findall(r"<(/?[a-z0-9]+)", html)


def test_md_escape_keeps_text_and_escapes_what_markdown_would_read() -> None:
    assert md_escape("SECPhO") == "SECPhO"
    assert md_escape("+34 932 418 560") == "+34 932 418 560"
    assert md_escape("- item") == "\\- item"
    assert md_escape("2013. A year") == "2013\\. A year"
    assert md_escape("a_b*c") == "a_b\\*c"  # no renderer reads an underscore inside a word
    assert md_escape("x\ny") == "x y"
    for value in HOSTILE.values():
        assert to_text(md_escape(value)).strip() == " ".join(
            "".join(" " if ord(c) < 32 or c == "\u2028" else c for c in value).split()
        )


FORBIDDEN = "— a template may use the facts, filters and tags, not Python's insides"


@pytest.mark.parametrize(
    ("template", "message"),
    [
        (
            "# {{ org.name.__class__.__mro__[1].__subclasses__() }}\n",
            "the template reaches for something the sandbox forbids "
            f"(access to attribute '__class__' of 'str' object is unsafe) {FORBIDDEN}",
        ),
        (
            "# {{ cycler.__init__.__globals__.os }}\n",
            "the template reaches for something the sandbox forbids "
            f"(access to attribute '__init__' of 'type' object is unsafe) {FORBIDDEN}",
        ),
        (
            '# {{ "{0.__class__.__base__}".format(org.name) }}\n',
            "the template reaches for something the sandbox forbids "
            f"(access to attribute '__class__' of 'str' object is unsafe) {FORBIDDEN}",
        ),
        (
            "# {{ org.nmae }}\n",
            "the template asks for 'nmae', which this value does not have; did you mean 'name'? "
            "— check its spelling, or test for it first with {% if ... is defined %}",
        ),
    ],
    ids=["mro", "globals", "format", "undefined"],
)
def test_a_press_office_template_cannot_reach_python(tmp_path: Path, template: str, message: str) -> None:
    from click.testing import CliRunner

    from drafter.cli import cli
    from drafter.errors import display_path

    (tmp_path / "en").mkdir()
    (tmp_path / "en" / "award.md").write_text(template, encoding="utf-8")
    facts = ROOT / "examples" / "secpho-bronze-2013.yaml"
    result = CliRunner().invoke(cli, ["draft", str(facts), "--lang", "en", "--templates", str(tmp_path)])
    assert result.exit_code == 2
    assert result.stderr == f"{display_path(tmp_path / 'en' / 'award.md')}:1: {message}\n"
