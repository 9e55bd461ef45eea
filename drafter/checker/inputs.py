"""What ``drafter check`` reads: a release's drafts, their text with markup blanked, positions kept.

A draft's language comes from its name, else ``--lang FILE=LANG``, else from
language identification among the languages the release can have. Which files
form a release is :mod:`.releases`'s. A Word or OpenDocument draft is read as
text by :mod:`drafter.office`, one paragraph a line, and its places are
paragraphs (:attr:`Draft.unit`).
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import display_path
from ..files import UnreadableFile, read_bytes
from ..office import OFFICE_SUFFIXES

DRAFT_EXTS = (".md", ".txt", ".html", ".htm", *OFFICE_SUFFIXES)
FACTS_EXTS = (".yaml", ".yml")
MAX_DRAFT_BYTES = 5_000_000
NOT_DRAFTS = frozenset({"README", "CHANGES", "CHANGELOG", "LICENSE", "CONTRIBUTING", "NOTES"})
"""A folder's own documents, passed over when walking it (named on the command line, they are checked)."""
_HREF = re.compile(r"""\bhref\s*=\s*["']?(?:mailto:)?(?P<url>[^"'\s>]+)""", re.I)
_LANG_IN_NAME = re.compile(r"^(?:(?P<stem>.+)\.)?(?P<lang>[a-z]{2,3})$")
_TAG_OPENING = re.compile(r"<(?:(?P<comment>!--)|(?P<script>script\b)|(?P<style>style\b))?", re.I)
_TAG_CLOSING = {
    "comment": re.compile("-->"),
    "script": re.compile("</script>", re.I),
    "style": re.compile("</style>", re.I),
}
_ENTITY = re.compile(r"&(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);", re.I)


@dataclass(frozen=True)
class Draft:
    """One language version: its text with markup blanked out, positions kept."""

    path: Path
    shown: str
    lang: str | None
    text: str
    lang_from: str  # "name", "option" or "detected"
    raw: str = ""

    @property
    def unit(self) -> str:
        """What a place in it is called: a line of a text draft, a paragraph of a Word or OpenDocument one."""
        return "paragraph" if self.path.suffix.lower() in OFFICE_SUFFIXES else "line"

    def number(self, line: int) -> int:
        """The number of the :attr:`unit` that holds ``line`` of :attr:`text`."""
        from ..office import paragraph_of_line

        return paragraph_of_line(line) if self.unit == "paragraph" else line


@dataclass(frozen=True)
class Unreadable:
    path: Path
    shown: str
    reason: str


@dataclass
class Release:
    name: str
    folder: Path
    stem: str | None
    suffix: str
    facts: Path | None = None
    files: list[tuple[Path, str | None, str]] = field(default_factory=list)
    """Each draft's path, its language if known, and where that came from ("name", "option", "detected")."""

    def read(self) -> tuple[list[Draft], list[Unreadable]]:
        """The drafts' texts, read only now, so that an archive is held one release at a time."""
        drafts: list[Draft] = []
        unreadable: list[Unreadable] = []
        for path, lang, lang_from in self.files:
            content = read_draft(path)
            if isinstance(content, Unreadable):
                unreadable.append(content)
                continue
            text = blank_markup(content, path.suffix.lower())
            drafts.append(Draft(path, display_path(path), lang, text, lang_from, content))
        return drafts, unreadable


def split_name(path: Path | str, known: Iterable[str]) -> tuple[str | None, str | None]:
    """(stem, language) from a draft's file name (or its path): ``award.en.md`` gives ("award", "en")."""
    name = path if isinstance(path, str) else path.name
    dot = name.rfind(".")
    base = name[:dot] if 0 < dot < len(name) - 1 else name  # as pathlib takes a suffix off
    match = _LANG_IN_NAME.match(base)
    if match and match.group("lang") in set(known):
        return match.group("stem"), match.group("lang")
    return base, None


def blank_markup(raw: str, suffix: str) -> str:
    """Text for extraction, with every character at its original line and column.

    HTML tags become spaces, but for a link's address, which stays where it
    stood (a link's text need not repeat it); entities become their character
    padded with spaces. Markdown is read as it stands: its link addresses are
    already in the text.
    """
    if suffix not in (".html", ".htm"):
        return raw

    def tag(found: str) -> str:
        blank = re.sub(r"[^\n]", " ", found)
        href = _HREF.search(found)
        if not href:
            return blank
        start, end = href.span("url")
        return blank[:start] + found[start:end] + blank[end:]

    def entity(match: re.Match[str]) -> str:
        char = html.unescape(match.group())
        return char + " " * (len(match.group()) - len(char)) if len(char) <= len(match.group()) else match.group()

    parts: list[str] = []
    pos = 0
    for start, end in _tags(raw):
        parts += (raw[pos:start], tag(raw[start:end]))
        pos = end
    return _ENTITY.sub(entity, "".join(parts) + raw[pos:])


def _tags(raw: str) -> Iterator[tuple[int, int]]:
    r"""Where ``<!--.*?-->|<script\b.*?</script>|<style\b.*?</style>|<[^>]*>`` (re.S | re.I) matches.

    In linear time: an opening reaches the first closing after it, when the last
    closing in the text comes after it; the pattern alone would read the rest of
    the text from every "<" that no closing follows.
    """
    last = {kind: max((m.start() for m in closing.finditer(raw)), default=-1) for kind, closing in _TAG_CLOSING.items()}
    last_angle = raw.rfind(">")
    pos = 0
    while opening := _TAG_OPENING.search(raw, pos):
        start, kind = opening.start(), opening.lastgroup
        if kind and last[kind] >= opening.end():
            end = _TAG_CLOSING[kind].search(raw, opening.end()).end()  # type: ignore[union-attr]
        elif last_angle > start:
            end = raw.find(">", start + 1) + 1
        else:
            return  # no ">" after this "<": no tag, comment, script or style ends
        yield start, end
        pos = end


def read_draft(path: Path) -> str | Unreadable:
    shown = display_path(path)
    try:
        raw = read_bytes(path, MAX_DRAFT_BYTES, "draft", "not a press release")
    except UnreadableFile as exc:
        return Unreadable(path, shown, exc.reason)
    if path.suffix.lower() in OFFICE_SUFFIXES:
        from ..office import Refused, document_text

        try:
            return document_text(raw, path.suffix.lower())
        except Refused as exc:
            return Unreadable(path, shown, str(exc))
    if b"\x00" in raw:
        return Unreadable(path, shown, "holds NUL bytes; it is not a text file")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        return Unreadable(path, shown, f"is not UTF-8 (byte 0x{raw[exc.start]:02x} on line {line}); save it as UTF-8")
    return text.replace("\r\n", "\n").replace("\r", "\n")
