"""A draft as a Word document, built with python-docx from the same Markdown tokens as the HTML.

The headline is the document's Title, the line under it its Subtitle, the
sections' headings Heading 1, quotes and who said them Quote, list items
List Bullet (List Number), the rule before the end mark a paragraph border,
and links real hyperlinks to their address. Those are the style names Word
and LibreOffice give their own styles, so a press office's reference
document (its letterhead, with its own look for each) is used as it is: its
body is replaced, its styles, headers and footers kept. A style it lacks is
added, plainly, or taken from a close one (Pandoc's reference documents call
a quote "Block Text").

Every run carries the draft's language (``w:lang``, ``pt-PT``, ``es-ES``,
``en-GB``, ``fr-FR`` or the release's own locale), and so do the document's
defaults, so Word and LibreOffice proofread each version with its dictionary.

The same draft gives the same bytes: the document's dates are the release's
date (or a fixed day), and the zip's entries carry a fixed time, so a draft
nobody touched is recognised as such when drafting again.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import display_path
from ..files import UnreadableFile, read_bytes
from .archive import DOCX, Archive, Refused

if TYPE_CHECKING:
    from docx.document import Document
    from docx.styles.style import BaseStyle
    from docx.text.paragraph import Paragraph
    from lxml import etree
    from markdown_it.token import Token

MAX_REFERENCE_BYTES = 20_000_000
"""A letterhead with its logos and fonts; far more than a reference document needs."""
FIXED_DAY = dt.date(2000, 1, 1)
"""The document's date when the release gives none."""
ZIP_TIME = (1980, 1, 1, 0, 0, 0)
"""The time of every entry of the zip: the earliest a zip can hold, so that it never varies."""

_HEADINGS = {"h1": "Title", "h2": "Heading 1", "h3": "Heading 2", "h4": "Heading 3"}


@dataclass(frozen=True)
class Look:
    """A paragraph or character style drafter uses: the names to look for, and a plain stand-in."""

    names: tuple[str, ...]
    character: bool = False
    bold: bool = False
    italic: bool = False
    size: float | None = None
    indent_cm: float | None = None
    colour: str | None = None
    underline: bool = False


LOOKS: dict[str, Look] = {
    "Title": Look(("Title",), bold=True, size=20),
    "Subtitle": Look(("Subtitle",), size=13),
    "Heading 1": Look(("Heading 1",), bold=True, size=14),
    "Heading 2": Look(("Heading 2",), bold=True, size=12),
    "Heading 3": Look(("Heading 3",), bold=True, size=11),
    "Quote": Look(("Quote", "Block Text"), italic=True, indent_cm=1.0),
    "List Bullet": Look(("List Bullet",), indent_cm=0.63),
    "List Bullet 2": Look(("List Bullet 2", "List Bullet"), indent_cm=1.27),
    "List Number": Look(("List Number",), indent_cm=0.63),
    "Hyperlink": Look(("Hyperlink",), character=True, colour="0563C1", underline=True),
}
"""Every style the writer asks for, by the name it asks with."""


@dataclass(frozen=True)
class Reference:
    """A press office's reference document, read and found sound once, used for every language."""

    shown: str
    data: bytes


def load_reference(path: Path) -> Reference:
    """The reference document at ``path``, or :class:`UnreadableFile` saying why it cannot serve."""
    data = read_bytes(path, MAX_REFERENCE_BYTES, "reference document", "a reference document holds styles, not a book")
    try:
        archive = Archive(data, DOCX)
        content_types = archive.read("[Content_Types].xml")
    except Refused as exc:
        raise UnreadableFile(path, str(exc)) from None
    if b"wordprocessingml.template.main" in content_types:
        raise UnreadableFile(path, "is a Word template (.dotx); open it in Word and save it as a Word document (.docx)")
    if b"wordprocessingml.document.main" not in content_types:
        raise UnreadableFile(path, f"is not a {DOCX.name}; {DOCX.save_as}")
    reference = Reference(display_path(path), data)
    try:
        _open(reference)
    except Exception as exc:  # python-docx raises what its parts raise: one plain refusal for all of them
        raise UnreadableFile(
            path, f"cannot be used as a reference document ({type(exc).__name__}); {DOCX.save_as}"
        ) from exc
    return reference


def _open(reference: Reference | None) -> Document:
    import docx

    return docx.Document(io.BytesIO(reference.data) if reference else None)


def language_tag(lang: str, locales: Mapping[str, str]) -> str:
    """The language Word proofreads in: the release's locale for ``lang``, as a BCP 47 tag (pt-PT)."""
    from ..localize import locale_for

    locale = locale_for(lang, locales.get(lang))
    return f"{locale.language}-{locale.territory}" if locale.territory else locale.language


def to_docx(markdown: str, tag: str, *, day: dt.date | None = None, reference: Reference | None = None) -> bytes:
    """The Word document of one draft in the language ``tag``, on the reference document if given."""
    from ..emit import title, tokens

    document = _open(reference)
    body = document.element.body
    for child in list(body):
        if child.tag != _w("sectPr"):
            body.remove(child)
    if reference is None:
        _a4(document)
        document.core_properties.author = document.core_properties.comments = ""  # python-docx's own
    _Builder(document, tag).blocks(tokens(markdown))
    _set_language(document, tag)
    when = dt.datetime.combine(day or FIXED_DAY, dt.time(), tzinfo=dt.UTC)
    props = document.core_properties
    props.title, props.language, props.last_modified_by = title(markdown), tag, "drafter"
    props.created = props.modified = when
    props.revision = 1
    saved = io.BytesIO()
    document.save(saved)
    return _fixed_zip(saved.getvalue())


class _Builder:
    """Adds the paragraphs of a token stream to a document, keeping track of lists and quotes."""

    def __init__(self, document: Document, tag: str) -> None:
        self.document = document
        self.tag = tag
        self.lists: list[str] = []
        self.quoted = 0
        self.after_title = False
        self.styles: dict[str, tuple[str, bool]] = {}

    def style(self, wanted: str) -> tuple[str, bool]:
        """The id of the document's style for ``wanted``, and whether it was added here."""
        if wanted not in self.styles:
            self.styles[wanted] = _style(self.document, LOOKS[wanted])
        return self.styles[wanted]

    def blocks(self, tokens: list[Token]) -> None:
        for i, token in enumerate(tokens):
            kind = token.type
            if kind in ("bullet_list_open", "ordered_list_open"):
                self.lists.append("List Number" if kind == "ordered_list_open" else "List Bullet")
            elif kind in ("bullet_list_close", "ordered_list_close"):
                self.lists.pop()
            elif kind in ("blockquote_open", "figcaption_open"):
                self.quoted += 1
            elif kind in ("blockquote_close", "figcaption_close"):
                self.quoted -= 1
            elif kind == "hr":
                _rule(self.document.add_paragraph())
            elif kind == "inline":
                self.paragraph(tokens[i - 1], token)

    def paragraph(self, opening: Token, inline: Token) -> None:
        if opening.type == "heading_open":
            wanted = _HEADINGS.get(opening.tag, "Heading 3")
        elif self.lists:
            wanted = self.lists[-1] if len(self.lists) == 1 or self.lists[-1] == "List Number" else "List Bullet 2"
        elif self.quoted:
            wanted = "Quote"
        elif self.after_title and _all_bold(inline):
            wanted = "Subtitle"
        else:
            wanted = ""
        self.after_title = opening.type == "heading_open" and opening.tag == "h1"
        paragraph = self.document.add_paragraph()
        marker = ""
        if wanted:
            style_id, added = self.style(wanted)
            paragraph._p.style = style_id
            marker = "• " if added and wanted.startswith("List Bullet") else ""  # an added style has no bullets
        self.runs(paragraph, inline, marker)

    def runs(self, paragraph: Paragraph, inline: Token, marker: str) -> None:
        target: etree._Element = paragraph._p
        bold = italic = 0
        if marker:
            target.append(self.run(marker, False, False, False))
        for child in inline.children or []:
            kind = child.type
            if kind in ("text", "code_inline"):
                if child.content:
                    target.append(self.run(child.content, bold > 0, italic > 0, target is not paragraph._p))
            elif kind == "softbreak":
                target.append(self.run(" ", bold > 0, italic > 0, target is not paragraph._p))
            elif kind == "hardbreak":
                target.append(self.run("\n", bold > 0, italic > 0, target is not paragraph._p))
            elif kind in ("strong_open", "strong_close"):
                bold += child.nesting
            elif kind in ("em_open", "em_close"):
                italic += child.nesting
            elif kind == "link_open":
                target = self.hyperlink(paragraph, str(child.attrs.get("href", "")))
            elif kind == "link_close":
                target = paragraph._p

    def hyperlink(self, paragraph: Paragraph, href: str) -> etree._Element:
        from docx.opc.constants import RELATIONSHIP_TYPE
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn

        link = OxmlElement("w:hyperlink")
        link.set(qn("r:id"), paragraph.part.relate_to(href, RELATIONSHIP_TYPE.HYPERLINK, is_external=True))
        link.set(qn("w:history"), "1")
        paragraph._p.append(link)
        return link

    def run(self, text: str, bold: bool, italic: bool, linked: bool) -> etree._Element:
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn

        run = OxmlElement("w:r")
        props = OxmlElement("w:rPr")
        if linked:
            props.append(_valued("w:rStyle", self.style("Hyperlink")[0]))
        if bold:
            props.append(OxmlElement("w:b"))
        if italic:
            props.append(OxmlElement("w:i"))
        props.append(_valued("w:lang", self.tag))
        run.append(props)
        for n, piece in enumerate(text.split("\n")):
            if n:
                run.append(OxmlElement("w:br"))
            if piece:
                written = OxmlElement("w:t")
                written.text = piece
                written.set(qn("xml:space"), "preserve")
                run.append(written)
        return run


def _w(tag: str) -> str:
    from docx.oxml.ns import qn

    return qn(f"w:{tag}")


def _valued(tag: str, value: str) -> etree._Element:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    element = OxmlElement(tag)
    element.set(qn("w:val"), value)
    return element


def _all_bold(inline: Token) -> bool:
    """Whether the whole paragraph is one bold stretch: the subheadline."""
    children = [c for c in inline.children or [] if c.type != "text" or c.content.strip()]
    if len(children) < 3 or children[0].type != "strong_open" or children[-1].type != "strong_close":
        return False
    depth = 0
    for child in children[:-1]:
        depth += child.nesting if child.type in ("strong_open", "strong_close") else 0
        if depth == 0:
            return False
    return True


def _style(document: Document, look: Look) -> tuple[str, bool]:
    """The id of the document's style for ``look``: the first of its names the document has, else one
    added; and whether it was added."""
    from docx.enum.style import WD_STYLE_TYPE
    from docx.enum.text import WD_UNDERLINE
    from docx.shared import Cm, Pt, RGBColor
    from docx.styles import BabelFish

    kind = WD_STYLE_TYPE.CHARACTER if look.character else WD_STYLE_TYPE.PARAGRAPH
    for name in look.names:
        found = document.styles.element.get_by_name(BabelFish.ui2internal(name))
        if found is not None and found.type == kind and found.styleId:
            return str(found.styleId), False
    style: BaseStyle = document.styles.add_style(look.names[0], kind)
    font = style.font  # type: ignore[attr-defined]
    font.bold = look.bold or None
    font.italic = look.italic or None
    font.size = Pt(look.size) if look.size else None
    font.underline = WD_UNDERLINE.SINGLE if look.underline else None
    if look.colour:
        font.color.rgb = RGBColor.from_string(look.colour)
    if not look.character:
        style.base_style = document.styles["Normal"]  # type: ignore[attr-defined]
        if look.indent_cm:
            style.paragraph_format.left_indent = Cm(look.indent_cm)  # type: ignore[attr-defined]
    return str(style.style_id), True


def _rule(paragraph: Paragraph) -> None:
    """An empty paragraph with a line under it: Word's horizontal rule, before the end mark."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("val", "single"), ("sz", "6"), ("space", "1"), ("color", "auto")):
        bottom.set(qn(f"w:{key}"), value)
    borders.append(bottom)
    paragraph._p.get_or_add_pPr().append(borders)


def _set_language(document: Document, tag: str) -> None:
    """The language of everything not in a run of its own: the document's defaults."""
    styles = document.styles.element
    defaults = _child(styles, "docDefaults", first=True)
    run_defaults = _child(defaults, "rPrDefault", first=True)
    props = _child(run_defaults, "rPr")
    for old in props.findall(_w("lang")):
        props.remove(old)
    props.append(_valued("w:lang", tag))


def _child(parent: etree._Element, tag: str, *, first: bool = False) -> etree._Element:
    from docx.oxml import OxmlElement

    found = parent.find(_w(tag))
    if found is None:
        found = OxmlElement(f"w:{tag}")
        if first:
            parent.insert(0, found)
        else:
            parent.append(found)
    return found


def _a4(document: Document) -> None:
    """Europe's paper, with margins of 2.5 cm, where no reference document says otherwise."""
    from docx.shared import Cm

    for section in document.sections:
        section.page_width, section.page_height = Cm(21), Cm(29.7)
        section.left_margin = section.right_margin = section.top_margin = section.bottom_margin = Cm(2.5)


def _fixed_zip(data: bytes) -> bytes:
    """The same archive with every entry's time, permissions and compression fixed: the same bytes each time."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as fixed:
        for info in source.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.create_system = 0
            entry.external_attr = 0
            fixed.writestr(entry, source.read(info))
    return out.getvalue()


def each_language(
    drafts: Mapping[str, str], locales: Mapping[str, str], day: dt.date | None, reference: Reference | None
) -> Iterator[tuple[str, bytes]]:
    """``<lang>.docx`` and its bytes, for each language."""
    for lang, markdown in drafts.items():
        yield f"{lang}.docx", to_docx(markdown, language_tag(lang, locales), day=day, reference=reference)
