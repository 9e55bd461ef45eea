"""The text of a .docx or .odt draft, paragraph by paragraph, as ``drafter check`` reads it.

What a reader sees is what is checked: the body's paragraphs, headings, list
items and table cells in order, a link's address after its text where the
text does not already show it, and a text box's paragraphs after the
paragraph that holds it. What a reader does not see is left out: text deleted
under tracked changes, comments, fields' codes, the second copy Word keeps of
a drawing for older readers, headers and footers (the letterhead).

python-docx's own text leaves out what a translator inserted with tracked
changes on, and odfpy reads through a DOM of the whole document, so both are
read here from the XML with lxml, behind :mod:`.archive`'s guards.

Each paragraph with text is one line, and a blank line stands between two,
so that every other part of the checker (paragraphs, sentences, line and
column of each fact) reads a document as it reads a plain-text draft;
:func:`paragraph_of_line` turns a line back into the paragraph a person
counts in the document: the headline is paragraph 1, empty paragraphs are not
counted.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from .archive import DOCX, ODT, Archive, Kind, Refused

if TYPE_CHECKING:
    from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
PKG_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
DRAW = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
XLINK = "http://www.w3.org/1999/xlink"
MANIFEST = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"

MAX_TEXT = 5_000_000
"""Characters of text a document may hold: the cap on a plain-text draft."""

_BREAKS = re.compile("[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]")
"""What would end a line of the text read: within a paragraph, a space."""


def paragraph_of_line(line: int) -> int:
    """The paragraph a line of a document's text stands in (see the module's docstring)."""
    return (line + 1) // 2


def document_text(data: bytes, suffix: str) -> str:
    """The text of a .docx or .odt, one paragraph a line with a blank line between; else :class:`Refused`."""
    kind, paragraphs = (DOCX, _docx) if suffix == ".docx" else (ODT, _odt)
    archive = Archive(data, kind)
    out: list[str] = []
    size = 0
    for paragraph in paragraphs(archive):
        shown = _BREAKS.sub(" ", paragraph).strip()
        if shown:
            out.append(shown)
            size += len(shown) + 2
            if size > MAX_TEXT:
                raise Refused(f"holds more than {MAX_TEXT:,} characters of text; this cannot be a press release")
    return "\n\n".join(out) + "\n" if out else ""


# --- Word -----------------------------------------------------------------------------------------


def _docx(archive: Archive) -> Iterator[str]:
    main = _main_part(archive)
    links = _relationships(archive, main)
    body = archive.xml(main).find(f"{{{W}}}body")
    if body is None:
        raise Refused(f"is not a {DOCX.name}: its main part has no body; {DOCX.save_as}")
    yield from _paragraphs(body, _DocxParagraph(links))


def _main_part(archive: Archive) -> str:
    """The main document part, as the package's relationships name it (word/document.xml as a rule)."""
    if not archive.has("_rels/.rels"):
        if archive.has("word/document.xml"):
            return "word/document.xml"
        raise Refused(f"is a zip archive but not a {DOCX.name} (it has no document in it); {DOCX.save_as}")
    for rel in archive.xml("_rels/.rels").iter(f"{{{PKG_RELS}}}Relationship"):
        if rel.get("Type", "").endswith("/officeDocument"):
            return posixpath.normpath(rel.get("Target", "").lstrip("/"))
    raise Refused(f"is a zip archive but not a {DOCX.name} (it has no document in it); {DOCX.save_as}")


def _relationships(archive: Archive, part: str) -> dict[str, str]:
    """The external link targets of ``part``, by relationship id."""
    folder, name = posixpath.split(part)
    rels = posixpath.join(folder, "_rels", f"{name}.rels")
    if not archive.has(rels):
        return {}
    return {
        rel.get("Id", ""): rel.get("Target", "")
        for rel in archive.xml(rels).iter(f"{{{PKG_RELS}}}Relationship")
        if rel.get("TargetMode") == "External"
    }


_W_SKIPPED = frozenset(
    f"{{{W}}}{tag}" for tag in ("del", "moveFrom", "instrText", "delText", "pPr", "rPr", "sectPr", "commentReference")
) | {f"{{{MC}}}Fallback"}
"""Deleted text, field codes, properties, and the copy of a drawing kept for older readers."""


class _DocxParagraph:
    """Reads the runs of one Word paragraph; paragraphs met inside it (text boxes) are kept for after."""

    heads = frozenset({f"{{{W}}}p"})
    skipped = _W_SKIPPED
    nested = f"{{{W}}}txbxContent"

    def __init__(self, links: dict[str, str]) -> None:
        self.links = links

    def text(self, element: etree._Element, later: list[etree._Element]) -> str:
        parts: list[str] = []
        for child in element:
            tag = child.tag
            if not isinstance(tag, str) or tag in _W_SKIPPED:
                continue
            if tag == f"{{{W}}}t":
                parts.append(child.text or "")
            elif tag in (f"{{{W}}}tab", f"{{{W}}}br", f"{{{W}}}cr"):
                parts.append(" ")
            elif tag == f"{{{W}}}noBreakHyphen":
                parts.append("-")
            elif tag == self.nested:
                later.append(child)
            elif tag == f"{{{W}}}hyperlink":
                shown = self.text(child, later)
                parts.append(_with_address(shown, self.links.get(child.get(f"{{{R}}}id", ""), "")))
            else:
                parts.append(self.text(child, later))
        return "".join(parts)


# --- OpenDocument ---------------------------------------------------------------------------------


def _odt(archive: Archive) -> Iterator[str]:
    if archive.has("META-INF/manifest.xml"):
        manifest = archive.xml("META-INF/manifest.xml")
        if manifest.find(f".//{{{MANIFEST}}}encryption-data") is not None:
            raise Refused(f"is protected by a password; remove the password ({ODT.save_as}), then check it again")
    body = archive.xml("content.xml").find(f"{{{OFFICE}}}body/{{{OFFICE}}}text")
    if body is None:
        raise Refused(f"is not an {ODT.name}: it holds no text document; {ODT.save_as}")
    yield from _paragraphs(body, _OdtParagraph())


_ODT_SKIPPED = frozenset(
    {f"{{{TEXT}}}tracked-changes", f"{{{TEXT}}}note", f"{{{OFFICE}}}annotation", f"{{{OFFICE}}}annotation-end"}
)
"""Deleted text (kept apart in tracked changes), notes and comments."""


class _OdtParagraph:
    """Reads the spans of one OpenDocument paragraph or heading."""

    heads = frozenset({f"{{{TEXT}}}p", f"{{{TEXT}}}h"})
    skipped = _ODT_SKIPPED
    nested = f"{{{DRAW}}}text-box"

    def text(self, element: etree._Element, later: list[etree._Element]) -> str:
        parts: list[str] = [element.text or ""]
        for child in element:
            tag = child.tag
            if isinstance(tag, str) and tag not in _ODT_SKIPPED:
                if tag == f"{{{TEXT}}}s":
                    parts.append(" " * min(int(child.get(f"{{{TEXT}}}c", "1") or 1), 100))
                elif tag in (f"{{{TEXT}}}tab", f"{{{TEXT}}}line-break"):
                    parts.append(" ")
                elif tag == self.nested:
                    later.append(child)
                elif tag == f"{{{TEXT}}}a":
                    parts.append(_with_address(self.text(child, later), child.get(f"{{{XLINK}}}href", "")))
                else:
                    parts.append(self.text(child, later))
            parts.append(child.tail or "")
        return "".join(parts)


# --- both -----------------------------------------------------------------------------------------


def _paragraphs(body: etree._Element, reader: _DocxParagraph | _OdtParagraph) -> Iterator[str]:
    """Every paragraph below ``body`` in reading order. A paragraph's runs are read recursively: libxml2
    refuses a document nested deeper than 256 elements, well within Python's recursion limit."""
    stack: list[etree._Element] = [body]
    while stack:
        element = stack.pop()
        if element.tag in reader.heads:
            later: list[etree._Element] = []
            yield reader.text(element, later)
            stack.extend(reversed(later))
            continue
        stack.extend(reversed([c for c in element if isinstance(c.tag, str) and c.tag not in reader.skipped]))


def _with_address(shown: str, target: str) -> str:
    """A link's text, then its address in brackets where the text does not show it (as plain-text drafts do)."""
    address = target.removeprefix("mailto:")
    if not address or address.startswith("#"):
        return shown
    from ..localize import url_label

    label = address if target.startswith("mailto:") else url_label(address)
    return shown if shown.strip() in (label, address) else f"{shown} ({label})"


__all__ = ["Kind", "Refused", "document_text", "paragraph_of_line"]
