"""``drafter review``: the page it writes, read as HTML (the browser tests are in test_review_browser.py)."""

from __future__ import annotations

import base64
import hashlib
import json
import re
import shutil
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from drafter import draft
from drafter.checker import check, inspect
from drafter.checker.version import paragraphs
from drafter.cli import cli
from drafter.emit import to_html
from drafter.review_page import MARKER, review
from drafter.review_page.highlight import Stretch, blocks

from .conftest import ROOT
from .newfacts import facts_data

GRANT = ROOT / "tests" / "corpus" / "planted-research-grant"
SECPHO = ROOT / "examples" / "secpho-bronze-2013.yaml"


def fresh(folder: Path, fmt: str = "md", example: Path = SECPHO) -> Path:
    """A folder holding a facts file and a fresh draft of it in every language, in ``fmt``."""
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy(example, folder / "facts.yaml")
    for name, text in draft(folder / "facts.yaml").files(fmt).items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


class Page(HTMLParser):
    """The parts of a review page the tests look at."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.columns: list[dict[str, str]] = []
        self.marks: list[dict[str, str]] = []  # first tag of each mark
        self.mark_column: list[str] = []
        self.data = ""
        self._script: str | None = None
        self.scripts: list[str] = []
        self.feed(text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = {k: v or "" for k, v in attrs}
        self.tags.append((tag, attributes))
        if tag == "article" and "col" in attributes.get("class", "").split():
            self.columns.append(attributes)
        if tag == "mark" and "id" in attributes:
            self.marks.append(attributes)
            self.mark_column.append(self.columns[-1]["lang"])
        if tag == "script":
            self._script = ""
            if attributes.get("id") == "drafter-copy":
                self._script = ""

    def handle_data(self, data: str) -> None:
        if self._script is not None:
            self._script += data
        self.data += data

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self._script is not None:
            self.scripts.append(self._script)
            self._script = None

    def ids(self) -> set[str]:
        return {a["id"] for _, a in self.tags if "id" in a}

    def copies(self) -> dict[str, dict[str, str]]:
        data: dict[str, dict[str, str]] = json.loads(self.scripts[0])
        return data


@pytest.fixture(scope="module")
def grant() -> str:
    return review([GRANT]).html


@pytest.fixture(scope="module")
def clean(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    folder = fresh(tmp_path_factory.mktemp("review") / "secpho")
    return folder, review([folder]).html


def test_one_column_per_language_in_the_release_order(grant: str, clean: tuple[Path, str]) -> None:
    assert [c["lang"] for c in Page(grant).columns] == ["en", "es", "pt"]  # no facts file: every language, a-z
    assert [c["lang"] for c in Page(clean[1]).columns] == ["es", "en", "pt"]  # the facts file's order


def test_every_mention_is_marked_and_a_fact_has_one_colour(grant: str) -> None:
    page = Page(grant)
    (release,) = inspect([GRANT])
    assert Counter(page.mark_column) == {v.lang: len(v.mentions) for v in release.versions}
    colours: dict[str, set[str]] = {}
    for mark in page.marks:
        colour = [c for c in mark["class"].split() if re.fullmatch(r"c\d+", c)]
        colours.setdefault(mark["data-fact"], set()).update(colour)
        assert mark["tabindex"] == "0"
    assert all(len(c) == 1 for c in colours.values())
    columns: dict[str, set[str]] = {}
    for mark, lang in zip(page.marks, page.mark_column, strict=True):
        columns.setdefault(mark["data-fact"], set()).add(lang)
    assert columns["r1-0"] == {"en", "es", "pt"}  # CIBAS, one fact in every column


def test_a_mark_tells_the_fact_and_its_value_in_the_other_languages(clean: tuple[Path, str]) -> None:
    page = Page(clean[1])
    titles = [m["title"] for m, lang in zip(page.marks, page.mark_column, strict=True) if lang == "es"]
    award_date = [t for t in titles if t.startswith("award.date")]
    assert award_date[0] == "award.date (date)\nen: 5 March 2013\npt: 5 de março de 2013"
    website = [t for t in titles if t.startswith("organisation.website")]
    assert website[0].startswith("organisation.website (web address)\nen: https://www.secpho.org")


def test_every_finding_is_in_place_and_in_the_summary(grant: str) -> None:
    result = check([GRANT])
    assert len(result.findings) == 2
    page = Page(grant)
    links = [a["href"] for tag, a in page.tags if tag == "a" and a.get("href", "").startswith("#r1-f")]
    notes = [a for tag, a in page.tags if "note" in a.get("class", "").split() and "finding" in a["class"]]
    assert sorted(set(links)) == sorted(f"#{n['id']}" for n in notes) == ["#r1-f1", "#r1-f2"]
    for finding in result.findings:
        assert grant.count(finding.message.replace("'", "&#x27;")) >= 2  # in the summary and in place
        assert finding.signature in grant
    assert "<strong>Error 1</strong>" in grant  # severity in words, not only in colour
    flagged = [m for m in page.marks if "flag" in m["class"].split()]
    assert [(page.mark_column[page.marks.index(m)], m["class"].split()[-1]) for m in flagged] == [
        ("es", "error"),
        ("pt", "error"),
    ]
    assert "1 release, 3 drafts: 2 errors" in page.data


def test_a_release_with_no_findings_says_so(clean: tuple[Path, str]) -> None:
    page = Page(clean[1])
    assert "No findings. Every version carries the same facts as the facts file" in page.data
    assert not [a for _, a in page.tags if "finding" in a.get("class", "").split()]


def test_the_page_loads_nothing(grant: str, clean: tuple[Path, str]) -> None:
    for text in (grant, clean[1]):
        page = Page(text)
        drafts = "".join(p.read_text(encoding="utf-8") for p in [*GRANT.glob("*.md"), *clean[0].glob("*.md")])
        assert not [a for tag, a in page.tags if "src" in a or tag in ("link", "img", "iframe", "object", "embed")]
        for tag, attributes in page.tags:
            href = attributes.get("href")
            if href is not None and not href.startswith("#"):
                assert tag == "a" and href in drafts, href  # only the drafts' own links
        assert "url(" not in text and "@import" not in text
        (policy,) = [a["content"] for t, a in page.tags if a.get("http-equiv") == "Content-Security-Policy"]
        assert policy.startswith("default-src 'none';")
        script = page.scripts[-1]
        digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
        assert f"script-src 'sha256-{digest}'" in policy  # the page's one script runs, and nothing else


def test_the_same_input_gives_the_same_bytes(grant: str) -> None:
    assert review([GRANT]).html == grant


def test_the_copy_buttons_hold_what_draft_writes(clean: tuple[Path, str]) -> None:
    folder, text = clean
    copies = Page(text).copies()
    drafts = draft(folder / "facts.yaml")
    for lang in ("pt", "es", "en"):
        assert copies[f"r1-{lang}"] == {
            "html": drafts.files("html")[f"{lang}.html"],
            "text": drafts.files("txt")[f"{lang}.txt"],
        }
    buttons = [a for t, a in Page(text).tags if t == "button"]
    assert [(b["data-copy"], b["data-as"]) for b in buttons[:2]] == [("r1-es", "html"), ("r1-es", "text")]
    assert len(buttons) == 6


@pytest.mark.parametrize("fmt", ["html", "txt"])
def test_html_and_text_drafts_are_shown_too(tmp_path: Path, fmt: str) -> None:
    folder = fresh(tmp_path / fmt, fmt)
    result = review([folder])
    assert result.result.findings == ()
    page = Page(result.html)
    assert [c["lang"] for c in page.columns] == ["es", "en", "pt"]
    assert len(page.marks) > 60
    copies = page.copies()
    written = (folder / f"en.{fmt}").read_text(encoding="utf-8")
    assert copies["r1-en"]["html" if fmt == "html" else "text"] == written
    if fmt == "html":
        assert copies["r1-en"]["text"].startswith(
            "Barcelona, 6 March 2013 – SECPhO"
        )  # the fragment opens with the lead
        assert "Barcelona</mark>, <mark" in result.html  # tags dropped, no space left where they stood


def test_what_a_draft_holds_is_shown_as_text(tmp_path: Path) -> None:
    folder = tmp_path / "evil"
    folder.mkdir()
    nasty = "</script><script>alert(1)</script><img src=https://x.example/a.png> &amp; <!--"
    (folder / "a.en.txt").write_text(f"CIBAS got EUR 5 million on 5 March 2024. {nasty}\n", encoding="utf-8")
    (folder / "a.es.md").write_text(
        f"El CIBAS recibió 5 millones de euros el 5 de marzo de 2024. {nasty}\n\n![logo](https://x.example/b.png)\n",
        encoding="utf-8",
    )
    text = review([folder]).html
    page = Page(text)
    assert [t for t, _ in page.tags].count("script") == 2
    assert not [a for _, a in page.tags if "src" in a]
    assert "alert(1)" in page.data and "[image: logo]" in page.data
    assert "</script><script>alert" not in text.split('id="drafter-copy">')[1].split("</script>")[0]


def test_marks_stay_well_nested_and_follow_a_link_to_its_text() -> None:
    text = "Read **the [full story](https://x.eu/a) of BIOS**ENS today.\n"
    url = text.index("https://x.eu/a")
    name = text.index("BIOS")

    def mark(start: int, end: int, n: int) -> Stretch:
        return Stretch(start, end, f'<mark id="m{n}">', f'<mark class="m{n}">')

    (block,) = blocks(text, text, "md", [(1, 1)], [mark(url, url + 14, 1), mark(name, name + 9, 2)])
    assert block.html == (
        '<p>Read <strong>the <a href="https://x.eu/a"><mark id="m1">full story</mark></a> of '
        '<mark id="m2">BIOS</mark></strong><mark class="m2">ENS</mark> today.</p>'
    )
    assert not re.search("[\U000f0000-\U0010ffff]", block.html)


def test_check_and_inspect_agree() -> None:
    corpus = ROOT / "tests" / "corpus"
    inspected = [f for release in inspect([corpus]) for f in release.findings]
    assert tuple(inspected) == check([corpus]).findings


# --- the command ---------------------------------------------------------------------------------------


def test_review_writes_the_page_and_exits_0_with_findings(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "review.html"
    result = runner.invoke(cli, ["review", str(GRANT), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert result.stderr == f"wrote {out}: 1 release, 3 drafts: 2 errors\n"
    assert out.read_text(encoding="utf-8") == review([GRANT]).html
    again = runner.invoke(cli, ["review", str(GRANT), "-o", str(out)])
    assert again.exit_code == 0  # its own page is replaced without --force


def test_review_writes_review_html_by_default(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(cli, ["review", str(GRANT)])
    assert result.exit_code == 0, result.output
    assert MARKER in (tmp_path / "review.html").read_text(encoding="utf-8")


def test_review_never_replaces_a_file_it_did_not_write(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "notes.html"
    out.write_text("<p>my notes</p>\n", encoding="utf-8")
    result = runner.invoke(cli, ["review", str(GRANT), "-o", str(out)])
    assert result.exit_code == 2
    assert result.stderr == (
        f"Error: {out} exists and drafter did not write it; nothing was written. "
        "Choose another file, or pass --force to replace it\n"
    )
    assert out.read_text(encoding="utf-8") == "<p>my notes</p>\n"
    assert not list(tmp_path.glob(".notes.html.*"))
    forced = runner.invoke(cli, ["review", str(GRANT), "-o", str(out), "--force"])
    assert forced.exit_code == 0
    assert MARKER in out.read_text(encoding="utf-8")


def test_review_of_a_path_that_does_not_exist(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(cli, ["review", str(tmp_path / "nowhere"), "-o", str(tmp_path / "r.html")])
    assert result.exit_code == 2
    assert result.stderr == f"Error: {tmp_path / 'nowhere'} does not exist\n"
    assert not (tmp_path / "r.html").exists()


def test_a_markdown_draft_is_shown_as_draft_renders_it(clean: tuple[Path, str]) -> None:
    folder, _ = clean
    text = (folder / "en.md").read_text(encoding="utf-8")
    shown = blocks(text, text, "md", paragraphs(text), [])
    assert "\n".join(b.html for b in shown) + "\n" == to_html(text, with_title=True)  # the headline shown


def test_a_name_given_per_language_is_one_fact_in_every_column(tmp_path: Path) -> None:
    """The organisation's name in each language is the same fact, not a name the other columns lack."""
    text = SECPHO.read_text(encoding="utf-8")
    folder = tmp_path / "named"
    folder.mkdir()
    (folder / "facts.yaml").write_text(text, encoding="utf-8")
    facts = folder / "facts.yaml"
    data = yaml.safe_load(text)
    data["organisation"]["name"] = {
        "es": "Ayuntamiento de Vigo",
        "pt": "Câmara Municipal de Vigo",
        "en": "Vigo City Council",
    }
    data["organisation"].pop("full_name", None)
    data["organisation"]["type"] = "public body"
    facts.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    for name, drafted in draft(facts).files("md").items():
        (folder / name).write_text(drafted, encoding="utf-8")
    page = Page(review([folder]).html)
    council = {
        lang: mark
        for mark, lang in zip(page.marks, page.mark_column, strict=True)
        if mark["title"].startswith("organisation.name (name)")
    }
    assert set(council) == {"es", "en", "pt"}
    assert len({m["data-fact"] for m in council.values()}) == 1
    assert council["es"]["title"] == "organisation.name (name)\nen: City Council\npt: Câmara Municipal"


def test_a_name_a_language_gives_without_a_capital_is_quoted_from_the_facts(tmp_path: Path) -> None:
    """French "mairie de Lugo" holds no word read as a name: the tooltip quotes the facts, not "not found"."""
    names = {"pt": "Câmara Municipal de Lugo", "es": "Ayuntamiento de Lugo", "en": "Lugo City Council"}
    data = facts_data({"organisation.name": {**names, "fr": "mairie de Lugo"}, "organisation.type": "public body"})
    folder = tmp_path / "lugo"
    folder.mkdir()
    facts = folder / "facts.yaml"
    facts.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    for name, drafted in draft(facts).files("md").items():
        (folder / name).write_text(drafted, encoding="utf-8")
    page = Page(review([folder]).html)
    titles = {m["title"] for m, lang in zip(page.marks, page.mark_column, strict=True) if lang == "es"}
    assert any(t.endswith("fr: not marked (the facts file gives “mairie de Lugo”)") for t in titles), titles
