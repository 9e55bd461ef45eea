"""Word documents: drafts written as .docx, and .docx and .odt drafts read by ``drafter check``.

The Word drafts are opened with python-docx, independently of how drafter
wrote them: their styles, links, language and text are what the Markdown
draft says. The reader is given hand-made documents with tracked changes,
text boxes, notes and hostile archives. LibreOffice, where installed, reads
each example's Word drafts back and converts them to OpenDocument, which
``drafter check`` must read to the same findings.
"""

from __future__ import annotations

import io
import json
import os
import re
import shutil
import subprocess
import zipfile
from collections.abc import Iterator
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner, Result
from docx.oxml.ns import qn

from drafter.cli import cli
from drafter.drafting import draft
from drafter.emit import to_text
from drafter.office import document_text
from drafter.office.writer import MAX_REFERENCE_BYTES
from drafter.output import MANIFEST

from .conftest import EXAMPLES, ROOT

ONDABIO = ROOT / "examples" / "ondabio-gold-2026.yaml"
"""Quotes, lists, links and four languages."""
TAGS = {"pt": "pt-PT", "es": "es-ES", "en": "en-GB", "fr": "fr-FR"}
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _run(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args))


def _drafted(folder: Path, facts: Path = ONDABIO, *options: str) -> dict[str, Path]:
    result = _run("draft", str(facts), "--format", "docx", "--out", str(folder), *options)
    assert result.exit_code == 0, result.output
    return {path.stem: path for path in sorted(folder.glob("*.docx"))}


def _paragraphs_of(markdown: str) -> list[str]:
    """What each paragraph of the Word draft must say: the plain-text draft, a paragraph or item a line."""
    lines = [line.removeprefix("• ") for line in to_text(markdown).split("\n")]
    return [line for line in lines if line.strip()]


def _texts(path: Path) -> list[str]:
    return [p.text for p in docx.Document(str(path)).paragraphs if p.text.strip()]


# --- writing --------------------------------------------------------------------------------------


def test_each_language_is_a_word_document_saying_what_the_draft_says(tmp_path: Path) -> None:
    drafts = draft(ONDABIO)
    files = _drafted(tmp_path)
    assert list(files) == sorted(drafts.markdown)
    for lang, path in files.items():
        document = docx.Document(str(path))
        shown = [p for p in document.paragraphs if p.text.strip()]
        assert [p.text for p in shown] == _unlinked(_paragraphs_of(drafts.markdown[lang])), lang
        assert document_text(path.read_bytes(), ".docx").split("\n\n") == [
            *_paragraphs_of(drafts.markdown[lang])[:-1],
            _paragraphs_of(drafts.markdown[lang])[-1] + "\n",
        ]
        styles = [p.style.name if p.style is not None else "" for p in shown]
        assert styles[0] == "Title" and styles[1] == "Subtitle", styles[:2]
        assert styles.count("Quote") == 4  # two quotes, each with who said it
        assert styles.count("List Bullet") == 8
        assert styles.count("Heading 1") == 6
        assert document.core_properties.title == shown[0].text
        assert document.core_properties.language == TAGS[lang]
        dateline = shown[2].runs[0]
        assert dateline.bold and dateline.text.startswith("Aveiro"), dateline.text


def _unlinked(paragraphs: list[str]) -> list[str]:
    """The plain-text draft writes a link's address after its text; in Word the text is the link."""
    return [re.sub(r" \((?:www\.|[\w.-]+@)[^()]*\)", "", t) for t in paragraphs]


def test_links_are_hyperlinks_to_their_address(tmp_path: Path) -> None:
    document = docx.Document(str(_drafted(tmp_path)["en"]))
    links = {link.text: link.address for paragraph in document.paragraphs for link in paragraph.hyperlinks}
    assert links == {
        "European Secretariat for Cluster Analysis (ESCA)": "https://www.cluster-analysis.org",
        "www.ondabio.eu/blueval": "https://www.ondabio.eu/blueval",
        "www.clustercollaboration.eu": "https://www.clustercollaboration.eu",
        "www.ondabio.eu": "https://www.ondabio.eu",
        "imprensa@ondabio.eu": "mailto:imprensa@ondabio.eu",
    }
    rels = [r for r in document.part.rels.values() if r.reltype.endswith("/hyperlink")]
    assert rels and all(r.is_external for r in rels)
    assert document.styles["Hyperlink"].type == 2  # a character style: underlined, coloured


def test_every_run_and_the_defaults_carry_the_drafts_language(tmp_path: Path) -> None:
    for lang, path in _drafted(tmp_path).items():
        document = docx.Document(str(path))
        runs = list(document.element.body.iter(f"{W}r"))
        assert runs
        assert {r.find(f"{W}rPr/{W}lang").get(f"{W}val") for r in runs} == {TAGS[lang]}, lang
        defaults = document.styles.element.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr/{W}lang")
        assert defaults is not None and defaults.get(f"{W}val") == TAGS[lang]


def test_the_releases_own_locale_is_the_language_set(tmp_path: Path) -> None:
    text = ONDABIO.read_text(encoding="utf-8")
    facts = tmp_path / "brasil.yaml"
    facts.write_text(re.sub(r"(?m)^(release:\n)", r"\1  locales: {pt: pt_BR}\n", text, count=1), encoding="utf-8")
    document = docx.Document(str(_drafted(tmp_path / "out", facts)["pt"]))
    assert {r.get(qn("w:val")) for r in document.element.body.iter(qn("w:lang"))} == {"pt-BR"}


def test_the_end_mark_follows_a_rule_and_about_follows_it(tmp_path: Path) -> None:
    document = docx.Document(str(_drafted(tmp_path)["en"]))
    paragraphs = document.paragraphs
    mark = next(i for i, p in enumerate(paragraphs) if p.text == "ENDS")
    rule = paragraphs[mark - 1]
    assert rule.text == "" and rule._p.find(f"{W}pPr/{W}pBdr/{W}bottom") is not None
    assert paragraphs[mark].runs[0].bold
    assert paragraphs[mark + 1].text == "About ONDABIO" and paragraphs[mark + 1].style.name == "Heading 1"


def test_the_same_facts_give_the_same_bytes(tmp_path: Path) -> None:
    first, second = _drafted(tmp_path / "a"), _drafted(tmp_path / "b")
    assert {k: p.read_bytes() for k, p in first.items()} == {k: p.read_bytes() for k, p in second.items()}
    with zipfile.ZipFile(first["en"]) as archive:
        assert {info.date_time for info in archive.infolist()} == {(1980, 1, 1, 0, 0, 0)}
        core = archive.read("docProps/core.xml").decode("utf-8")
    assert "2026-02-03T00:00:00Z" in core  # the release's date, not the time it was drafted


def test_drafting_again_replaces_an_untouched_document_and_keeps_an_edited_one(tmp_path: Path) -> None:
    files = _drafted(tmp_path)
    manifest = json.loads((tmp_path / MANIFEST).read_text(encoding="utf-8"))
    assert sorted(manifest["files"]) == sorted(f"{lang}.docx" for lang in files)
    _drafted(tmp_path)  # nothing changed: replaced without a word
    edited = docx.Document(str(files["es"]))
    edited.add_paragraph("Nota del traductor.")
    edited.save(str(files["es"]))
    kept = files["es"].read_bytes()
    result = _run("draft", str(ONDABIO), "--format", "docx", "--out", str(tmp_path))
    assert result.exit_code == 2
    assert "es.docx changed since drafter wrote it; nothing was written" in result.stderr
    assert files["es"].read_bytes() == kept
    assert _run("draft", str(ONDABIO), "--format", "docx", "--out", str(tmp_path), "--force").exit_code == 0
    assert files["es"].read_bytes() != kept


def test_one_language_goes_to_standard_output_when_it_is_not_a_terminal(tmp_path: Path) -> None:
    files = _drafted(tmp_path)
    result = _run("draft", str(ONDABIO), "--format", "docx", "--lang", "en")
    assert result.exit_code == 0
    assert result.stdout_bytes == files["en"].read_bytes()


def test_a_word_document_is_not_sent_to_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    class Terminal(io.BytesIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr("drafter.commands.drafting._binary_stdout", Terminal)
    result = _run("draft", str(ONDABIO), "--format", "docx", "--lang", "en")
    assert result.exit_code == 2
    assert result.stderr == (
        "Error: a docx draft is a binary file, not text for the terminal: pass --out DIR, "
        "or send it to a file with --lang LANG > LANG.docx\n"
    )


# --- a reference document -------------------------------------------------------------------------


def _letterhead(path: Path, *, without: tuple[str, ...] = ()) -> Path:
    from docx.shared import Pt, RGBColor

    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "Agência Exemplo · Rua do Farol 3, Aveiro"
    document.sections[0].footer.paragraphs[0].text = "www.agencia-exemplo.pt"
    document.styles["Normal"].font.name = "Georgia"
    document.styles["Heading 1"].font.color.rgb = RGBColor(0x99, 0x10, 0x10)
    document.styles["Title"].font.size = Pt(30)
    document.add_paragraph("This body text is the template's own and must not reach a draft.")
    for name in without:
        document.styles.element.remove(document.styles[name].element)
    document.save(str(path))
    return path


def test_a_reference_document_gives_its_styles_header_and_footer(tmp_path: Path) -> None:
    reference = _letterhead(tmp_path / "letterhead.docx")
    files = _drafted(tmp_path / "out", ONDABIO, "--reference-doc", str(reference))
    document = docx.Document(str(files["pt"]))
    assert document.sections[0].header.paragraphs[0].text == "Agência Exemplo · Rua do Farol 3, Aveiro"
    assert document.sections[0].footer.paragraphs[0].text == "www.agencia-exemplo.pt"
    assert document.styles["Normal"].font.name == "Georgia"
    assert str(document.styles["Heading 1"].font.color.rgb) == "991010"
    texts = _texts(files["pt"])
    assert not any("template's own" in t for t in texts)
    assert texts == _texts(_drafted(tmp_path / "plain")["pt"])
    again = _drafted(tmp_path / "again", ONDABIO, "--reference-doc", str(reference))
    assert again["pt"].read_bytes() == files["pt"].read_bytes()


def test_styles_a_reference_document_lacks_are_added(tmp_path: Path) -> None:
    reference = _letterhead(tmp_path / "bare.docx", without=("Quote", "List Bullet", "Subtitle"))
    document = docx.Document(str(_drafted(tmp_path / "out", ONDABIO, "--reference-doc", str(reference))["en"]))
    names = [p.style.name for p in document.paragraphs if p.text.strip()]
    assert names.count("Quote") == 4 and names.count("List Bullet") == 8 and "Subtitle" in names
    items = [p.text for p in document.paragraphs if p.style.name == "List Bullet"]
    assert all(item.startswith("• ") for item in items)  # an added style has no bullets of its own


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"Not a Word document at all.\n", "is not a Word document (.docx): it holds text, not a zip archive"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), "is protected by a password"),
        (b"PK\x03\x04broken", "is damaged: its zip archive cannot be opened"),
        ("dotx", "is a Word template (.dotx); open it in Word and save it as a Word document (.docx)"),
        ("odt", "is not a complete Word document (.docx): it has no [Content_Types].xml"),
        ("big", f"is larger than {MAX_REFERENCE_BYTES:,} bytes"),
    ],
)
def test_a_reference_document_that_cannot_serve_stops_the_run(
    tmp_path: Path, content: bytes | str, reason: str
) -> None:
    path = tmp_path / "letterhead.docx"
    if content == "dotx":
        _letterhead(path)
        _retype(path, "document.main+xml", "template.main+xml")
    elif content == "odt":
        path.write_bytes(_odt("<text:p>Olá</text:p>"))
    elif content == "big":
        path.write_bytes(b"PK" + bytes(MAX_REFERENCE_BYTES))
    else:
        assert isinstance(content, bytes)
        path.write_bytes(content)
    out = tmp_path / "out"
    result = _run("draft", str(ONDABIO), "--format", "docx", "--out", str(out), "--reference-doc", str(path))
    assert result.exit_code == 2, result.output
    assert result.stderr.startswith(f"{path}:1:1: {reason}"), result.stderr
    assert "Traceback" not in result.output and not out.exists()


def test_a_reference_document_is_for_word_drafts_only(tmp_path: Path) -> None:
    reference = _letterhead(tmp_path / "letterhead.docx")
    result = _run("draft", str(ONDABIO), "--lang", "en", "--reference-doc", str(reference))
    assert result.exit_code == 2
    assert result.stderr == (
        "Error: --reference-doc gives Word documents their styles (--format docx); md drafts have none\n"
    )


def _retype(path: Path, old: str, new: str) -> None:
    with zipfile.ZipFile(path) as archive:
        parts = {info.filename: archive.read(info) for info in archive.infolist()}
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(old.encode(), new.encode())
    path.write_bytes(_zip(parts))


def _zip(parts: dict[str, bytes], method: int = zipfile.ZIP_DEFLATED) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", method) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return out.getvalue()


# --- reading --------------------------------------------------------------------------------------

_WORD = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:body>{body}</w:body></w:document>'
)
_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{rels}</Relationships>'
)


def _docx(body: str, links: dict[str, str] | None = None) -> bytes:
    rels = "".join(
        f'<Relationship Id="{rid}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        f'hyperlink" Target="{target}" TargetMode="External"/>'
        for rid, target in (links or {}).items()
    )
    return _zip(
        {
            "[Content_Types].xml": b"<Types/>",
            "_rels/.rels": _RELS.format(
                rels='<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                'relationships/officeDocument" Target="word/document.xml"/>'
            ).encode(),
            "word/document.xml": _WORD.format(body=body).encode("utf-8"),
            "word/_rels/document.xml.rels": _RELS.format(rels=rels).encode(),
        }
    )


def _odt(body: str, manifest: str = "") -> bytes:
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
        'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
        'xmlns:xlink="http://www.w3.org/1999/xlink" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/">'
        f"<office:body><office:text>{body}</office:text></office:body></office:document-content>"
    )
    parts = {"mimetype": b"application/vnd.oasis.opendocument.text", "content.xml": content.encode("utf-8")}
    if manifest:
        parts["META-INF/manifest.xml"] = manifest.encode("utf-8")
    return _zip(parts)


def _p(*runs: str) -> str:
    return "<w:p>" + "".join(runs) + "</w:p>"


def _r(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


def test_word_text_is_what_a_reader_sees() -> None:
    body = (
        _p(_r("Headline"))
        + _p()
        + _p(_r("Kept "), '<w:ins w:id="1" w:author="T">' + _r("inserted ") + "</w:ins>",
             '<w:del w:id="2" w:author="T"><w:r><w:delText>deleted </w:delText></w:r></w:del>', _r("text."))
        + _p(_r("See "), '<w:hyperlink r:id="rId7">' + _r("our site") + "</w:hyperlink>", _r("."))
        + _p('<w:hyperlink r:id="rId8">' + _r("www.example.eu") + "</w:hyperlink>")
        + _p(_r("Field "), '<w:r><w:instrText> PAGE </w:instrText></w:r>', _r("1"), '<w:r><w:tab/></w:r>', _r("end"))
        + _p(_r("Box anchor"), '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><w:txbxContent>'
             + _p(_r("In the box")) + "</w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent>"
             + _p(_r("In the box")) + "</w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r>")
        + "<w:tbl><w:tr><w:tc>" + _p(_r("Cell one")) + "</w:tc><w:tc>" + _p(_r("Cell two")) + "</w:tc></w:tr></w:tbl>"
        + '<w:sdt><w:sdtContent>' + _p(_r("In a control")) + "</w:sdtContent></w:sdt>"
        + '<w:sectPr/>'
    )  # fmt: skip
    text = document_text(
        _docx(body, {"rId7": "https://www.example.eu/about", "rId8": "https://www.example.eu"}), ".docx"
    )
    assert text.split("\n\n") == [
        "Headline",
        "Kept inserted text.",
        "See our site (www.example.eu/about).",
        "www.example.eu",
        "Field 1 end",
        "Box anchor",
        "In the box",
        "Cell one",
        "Cell two",
        "In a control\n",
    ]


def test_opendocument_text_is_what_a_reader_sees() -> None:
    body = (
        '<text:h text:outline-level="1">Título</text:h>'
        "<text:p/>"
        '<text:p>Um<text:s text:c="3"/>espaço, <text:span>um span</text:span><text:tab/>e '
        '<text:a xlink:href="https://www.exemplo.pt/">a ligação</text:a>.'
        "<text:note><text:note-body><text:p>Nota de rodapé</text:p></text:note-body></text:note></text:p>"
        "<text:tracked-changes><text:changed-region><text:deletion><text:p>Apagado</text:p></text:deletion>"
        "</text:changed-region></text:tracked-changes>"
        "<text:list><text:list-item><text:p>Primeiro</text:p></text:list-item>"
        "<text:list-item><text:p>Segundo</text:p></text:list-item></text:list>"
        "<text:p>Âncora<draw:frame><draw:text-box><text:p>Na caixa</text:p></draw:text-box></draw:frame></text:p>"
        "<text:p><office:annotation><dc:creator>R</dc:creator><text:p>Comentário</text:p></office:annotation>Fim</text:p>"
    )
    assert document_text(_odt(body), ".odt").split("\n\n") == [
        "Título",
        "Um   espaço, um span e a ligação (www.exemplo.pt).",
        "Primeiro",
        "Segundo",
        "Âncora",
        "Na caixa",
        "Fim\n",
    ]


def test_a_word_draft_is_checked_and_an_edit_is_found_at_its_paragraph(tmp_path: Path) -> None:
    files = _drafted(tmp_path)
    clean = _run("check", str(tmp_path))
    assert clean.exit_code == 0 and clean.stdout.endswith("1 release, 4 drafts: no findings\n"), clean.stdout
    number = _plant(files["es"], "098 512", "099 512")
    shown = f"{tmp_path}/es.docx"
    text = _run("check", str(tmp_path))
    assert text.exit_code == 1
    assert f"{shown}, paragraph {number}: error: The press contact's phone number is +351 234 099 512" in text.stdout
    report = json.loads(_run("check", str(tmp_path), "--format", "json").stdout)
    (finding,) = report["findings"]
    assert finding["rule"] == "fact-different"
    assert finding["locations"][0]["file"] == shown and finding["locations"][0]["paragraph"] == number
    github = _run("check", str(tmp_path), "--format", "github").stdout
    assert (
        f"::error file={shown.replace(':', '%3A')},title=drafter fact-different::{shown}, paragraph {number}: "
        in github
    )


def _plant(path: Path, old: str, new: str) -> int:
    """Change ``old`` to ``new`` in a Word document as a translator would; the paragraph's number, counted as
    a person counts them (those with text, from 1)."""
    document = docx.Document(str(path))
    shown = [p for p in document.paragraphs if p.text.strip()]
    for number, paragraph in enumerate(shown, 1):
        for run in paragraph.runs:
            if old in run.text:
                run.text = run.text.replace(old, new)
                document.save(str(path))
                return number
    raise AssertionError(f"{old} is not in {path}")


def test_a_translation_cut_short_is_reported_in_paragraphs(tmp_path: Path) -> None:
    files = _drafted(tmp_path)
    document = docx.Document(str(files["fr"]))
    shown = [p for p in document.paragraphs if p.text.strip()]
    cut = next(n for n, p in enumerate(shown, 1) if "Algamar" in p.text)  # the partners, by name and country
    shown[cut - 1]._p.getparent().remove(shown[cut - 1]._p)
    document.save(str(files["fr"]))
    result = json.loads(_run("check", str(tmp_path), "--format", "json").stdout)
    passages = [f for f in result["findings"] if f["rule"] == "missing-passage"]
    assert passages, result["findings"]
    assert all(f["message"].startswith(("Paragraph ", "Paragraphs ")) for f in passages), passages
    assert all(f["locations"][0]["paragraph"] == cut for f in passages), passages


def test_a_word_draft_named_alone_checks_its_release(tmp_path: Path) -> None:
    files = _drafted(tmp_path)
    result = _run("check", str(files["en"]))
    assert result.exit_code == 0, result.output


def test_review_shows_word_drafts_with_paragraphs(tmp_path: Path) -> None:
    files = _drafted(tmp_path / "d")
    number = _plant(files["es"], "098 512", "099 512")
    page = tmp_path / "review.html"
    result = _run("review", str(tmp_path / "d"), "-o", str(page))
    assert result.exit_code == 0, result.output
    html = page.read_text(encoding="utf-8")
    assert f"es.docx paragraph {number}" in html and "099 512" in html


# --- hostile documents ----------------------------------------------------------------------------


def _bomb() -> bytes:
    return _zip({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<" + bytes(50_000_000)})


def _claims() -> bytes:
    return _zip({f"word/media/{i}.xml": bytes(1_000_000) for i in range(210)})


def _laughs(late: bool = False) -> bytes:
    """Entities that grow a billion times; ``late``: declared after a comment of 8 kB."""
    entities = '<!ENTITY a "ha">' + "".join(
        f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(9)
    )
    word = _WORD.format(body=_p(_r("&j;"))).split("?>", 1)[1]
    padding = f"<!--{'x' * 8000}-->" if late else ""
    xml = f'<?xml version="1.0"?>{padding}<!DOCTYPE w:document [{entities}]>' + word
    return _zip({"word/document.xml": xml.encode()})


def _deep() -> bytes:
    return _docx(_p("<w:r>" * 5000 + "<w:t>x</w:t>" + "</w:r>" * 5000))


def _huge() -> bytes:
    paragraph = _p(_r("Lorem ipsum dolor sit amet, consectetur adipiscing elit. " * 20))
    return _docx(paragraph * 5000)


def _encrypted_odt() -> bytes:
    manifest = (
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">'
        '<manifest:file-entry manifest:full-path="content.xml"><manifest:encryption-data/></manifest:file-entry>'
        "</manifest:manifest>"
    )
    return _odt("<text:p>x</text:p>", manifest)


def _truncated() -> bytes:
    whole = _docx(_p(_r("Headline")) * 50)
    return whole[: len(whole) // 2]


def _crc() -> bytes:
    data = bytearray(_zip({"word/document.xml": _WORD.format(body=_p(_r("A" * 5000))).encode()}, zipfile.ZIP_STORED))
    at = data.index(b"AAAA")
    data[at] = ord("B")
    return bytes(data)


HOSTILE = {
    "text.docx": (lambda: "Olá, isto é texto.\n".encode(), "is not a Word document (.docx): it holds text, not a zip"),
    "password.docx": (lambda: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(2000), "is protected by a password"),
    "password.odt": (_encrypted_odt, "is protected by a password"),
    "bomb.docx": (_bomb, "has a part (word/document.xml) that unpacks to more than 40,000,000 bytes (a zip bomb?)"),
    "claims.docx": (_claims, "would unpack to 210,000,000 bytes, more than any document needs (a zip bomb?)"),
    "laughs.docx": (_laughs, "declares entities in its part word/document.xml, which Word and LibreOffice never do"),
    "laughs-late.docx": (lambda: _laughs(late=True), "is damaged: its part word/document.xml is not well-formed"),
    "deep.docx": (_deep, "is damaged: its part word/document.xml is not well-formed XML"),
    "huge.docx": (_huge, "holds more than 5,000,000 characters of text; this cannot be a press release"),
    "truncated.docx": (_truncated, "is damaged: its zip archive cannot be opened"),
    "crc.docx": (_crc, "is damaged: its part word/document.xml cannot be unpacked"),
    "parts.docx": (lambda: _zip({f"p{i}": b"" for i in range(1500)}), "holds 1,500 parts"),
    "empty.odt": (
        lambda: _zip({"mimetype": b"x"}),
        "is not a complete OpenDocument text (.odt): it has no content.xml",
    ),
    "sheet.odt": (lambda: _zip({"content.xml": b"<x/>"}), "is not an OpenDocument text (.odt): it holds no text"),
    "zip.docx": (lambda: _zip({"a.txt": b"x"}), "is a zip archive but not a Word document (.docx)"),
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_a_hostile_document_is_one_plain_finding(tmp_path: Path, name: str) -> None:
    make, reason = HOSTILE[name]
    folder = tmp_path / "drafts"
    folder.mkdir()
    suffix = Path(name).suffix
    (folder / f"en{suffix}").write_bytes(
        _docx(_p(_r("ONDABIO wins the Gold label in 2026.")))
        if suffix == ".docx"
        else _odt("<text:p>ONDABIO wins the Gold label in 2026.</text:p>")
    )
    (folder / f"pt{suffix}").write_bytes(make())
    result = _run("check", str(folder), "--format", "json")
    assert "Traceback" not in result.output and result.exception is None or isinstance(result.exception, SystemExit)
    assert result.exit_code == 1, result.output
    (finding,) = [f for f in json.loads(result.stdout)["findings"] if f["rule"] == "unreadable"]
    assert finding["message"].startswith(f"{folder}/pt{suffix} {reason}"), finding["message"]


def test_naming_something_else_says_what_check_reads(tmp_path: Path) -> None:
    odd = tmp_path / "press.rtf"
    odd.write_text("{\\rtf1}", encoding="utf-8")
    result = _run("check", str(odd))
    assert result.exit_code == 2
    assert result.stderr == f"Error: {odd}: not a draft (.md, .txt, .html, .docx, .odt) or a facts file (.yaml)\n"


# --- LibreOffice ----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def soffice(tmp_path_factory: pytest.TempPathFactory) -> Iterator[list[str]]:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found is None:
        if os.environ.get("CI"):
            pytest.fail("LibreOffice is not installed: .ci/run installs libreoffice-writer-nogui")
        pytest.skip("LibreOffice is not installed (apt-get install libreoffice-writer-nogui)")
    profile = tmp_path_factory.mktemp("profile")
    yield [found, f"-env:UserInstallation=file://{profile}", "--headless", "--norestore"]


def _convert(soffice: list[str], to: str, folder: Path, files: list[Path]) -> None:
    done = subprocess.run(
        [*soffice, "--convert-to", to, "--outdir", str(folder), *map(str, files)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr


@pytest.mark.slow
def test_libreoffice_reads_every_fact_of_every_word_draft(tmp_path: Path, soffice: list[str]) -> None:
    drafted: list[tuple[str, Path]] = []
    for example in EXAMPLES:
        for lang, path in _drafted(tmp_path / example.stem, example).items():
            named = path.rename(tmp_path / f"{example.stem}-{lang}.docx")  # one folder, no two of one name
            drafted.append((draft(example).markdown[lang], named))
    _convert(soffice, "txt:Text (encoded):UTF8", tmp_path / "txt", [path for _, path in drafted])
    for markdown, path in drafted:
        read = (tmp_path / "txt" / f"{path.stem}.txt").read_text(encoding="utf-8-sig")
        lines = [line.strip().removeprefix("•").strip() for line in read.splitlines() if line.strip()]
        assert lines == _unlinked(_paragraphs_of(markdown)), path


@pytest.mark.slow
def test_libreoffice_opendocument_is_checked_like_the_word_drafts(tmp_path: Path, soffice: list[str]) -> None:
    words = tmp_path / "word"
    files = _drafted(words)
    number = _plant(files["es"], "098 512", "099 512")
    odt = tmp_path / "odt"
    _convert(soffice, "odt", odt, list(files.values()))
    with zipfile.ZipFile(odt / "pt.odt") as archive:
        styles = archive.read("styles.xml").decode("utf-8")
    assert 'fo:language="pt" fo:country="PT"' in styles  # LibreOffice proofreads it in Portuguese
    from_word = json.loads(_run("check", str(words), "--facts", str(ONDABIO), "--format", "json").stdout)
    from_odt = json.loads(_run("check", str(odt), "--facts", str(ONDABIO), "--format", "json").stdout)
    assert [f["message"].replace(".odt", ".docx") for f in from_odt["findings"]] == [
        f["message"] for f in from_word["findings"]
    ]
    (finding,) = from_odt["findings"]
    assert finding["locations"][0]["file"].endswith("es.odt") and finding["locations"][0]["paragraph"] == number
    assert f"es.odt, paragraph {number}: error" in _run("check", str(odt), "--facts", str(ONDABIO)).stdout
