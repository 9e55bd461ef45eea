"""Find what ``drafter check`` was given and group it into releases.

Drafts sharing a stem (``award.en.md``, ``award.es.md``) form one release;
drafts named only by language (``en.md``) or not at all form their folder's
release. A facts file joins the release of its stem, else its folder's. A
draft's language comes from its name, else ``--lang FILE=LANG``, else from
language identification among the languages the release can have.
"""

from __future__ import annotations

import html
import os
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import UsageError, display_path
from ..files import UnreadableFile, read_bytes, read_start, real
from ..output import sources

DRAFT_EXTS = (".md", ".txt", ".html", ".htm")
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


def _wanted(name: str) -> bool:
    if name.startswith(".") or name.split(".")[0].upper() in NOT_DRAFTS:
        return False
    return name.lower().endswith(DRAFT_EXTS + FACTS_EXTS)


def _walk(path: Path) -> Iterable[Path]:
    """A folder's drafts and facts files, recursively; for a file, the file and its siblings.

    A draft is checked against its whole release, so naming ``award.es.md``
    brings in ``award.en.md`` and ``award.yaml`` beside it (what pre-commit passes).
    """
    if path.is_file():
        yield path
        for sibling in sorted(path.parent.iterdir()):
            if sibling.is_file() and _wanted(sibling.name) and sibling != path:
                yield sibling
        return
    for root, dirs, files in os.walk(path, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d not in ("__pycache__", "node_modules"))
        for name in sorted(files):
            if _wanted(name):
                yield Path(root) / name


def split_name(path: Path, known: Iterable[str]) -> tuple[str | None, str | None]:
    """(stem, language) from a draft's file name: ``award.en.md`` gives ("award", "en")."""
    base = path.name[: -len(path.suffix)] if path.suffix else path.name
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
    if b"\x00" in raw:
        return Unreadable(path, shown, "holds NUL bytes; it is not a text file")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        return Unreadable(path, shown, f"is not UTF-8 (byte 0x{raw[exc.start]:02x} on line {line}); save it as UTF-8")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def is_facts_file(path: Path) -> bool:
    """A YAML file with a ``release:`` section at the top level (cheap test, no parsing)."""
    try:
        head = read_start(path, 200_000)
    except UnreadableFile:
        return False
    return re.search(rb"^release\s*:", head, re.M) is not None


def collect(
    paths: Iterable[Path],
    known_langs: Iterable[str],
    overrides: Mapping[Path, str] | None = None,
    facts: Path | None = None,
) -> list[Release]:
    """Every release among ``paths``, drafts read and their languages known where names tell.

    A release's facts file is ``facts`` when given; else the one drafter recorded when it wrote
    the drafts (wherever it lies); else the one of its stem, or of its folder."""
    paths = list(paths)
    if facts is not None and not facts.is_file():
        raise UsageError(f"--facts {display_path(facts)}: no such file")
    known = sorted(set(known_langs))
    overrides = {real(p): lang for p, lang in (overrides or {}).items()}
    releases: dict[tuple[Path, str | None, str], Release] = {}
    facts_files: list[Path] = []
    seen: set[Path] = set()
    for given in paths:
        if not given.exists():
            raise UsageError(f"{display_path(given)} does not exist")
        for path in _walk(given):
            resolved = real(path)
            if resolved in seen:
                continue
            seen.add(resolved)
            suffix = path.suffix.lower()
            if suffix in FACTS_EXTS:
                if is_facts_file(path) or path.is_relative_to(given) and given.is_file():
                    facts_files.append(path)
                continue
            if suffix not in DRAFT_EXTS:
                if path == given:
                    raise UsageError(f"{display_path(path)}: not a draft (.md, .txt, .html) or a facts file (.yaml)")
                continue
            stem, lang = split_name(path, known)
            key = (path.parent, stem if lang and stem else None, ".html" if suffix == ".htm" else suffix)
            lang_from = "name"
            if resolved in overrides:
                lang, lang_from = overrides[resolved], "option"
            release = releases.setdefault(key, Release("", path.parent, key[1], key[2]))
            release.files.append((path, lang, lang_from if lang else "detected"))
    recorded = _recorded(releases)
    attached = {real(p) for p in recorded.values()}
    if facts is not None:
        attached.add(real(facts))
        for release in releases.values():
            release.facts = facts
    else:
        for key, path in recorded.items():
            releases[key].facts = path
    for found in facts_files:
        if real(found) not in attached:
            _attach(found, releases)
    formats: dict[tuple[Path, str | None], int] = {}
    for folder, stem, _ in releases:
        formats[(folder, stem)] = formats.get((folder, stem), 0) + 1
    for (folder, stem, suffix), release in releases.items():
        shown = display_path(folder)
        release.name = f"{shown}/{stem}" if stem else shown
        if formats[(folder, stem)] > 1 and suffix:
            release.name += f" ({suffix.lstrip('.')})"
    files = {real(p) for p in paths if p.is_file()}
    folders = [real(p) for p in paths if p.is_dir()]

    def asked(release: Release) -> bool:
        if any(real(release.folder).is_relative_to(folder) for folder in folders):
            return True
        named = [path for path, _, _ in release.files] + [release.facts]
        return any(p is not None and real(p) in files for p in named)

    return sorted((r for r in releases.values() if asked(r)), key=lambda r: r.name)


def _recorded(releases: dict[tuple[Path, str | None, str], Release]) -> dict[tuple[Path, str | None, str], Path]:
    """The facts file drafter recorded for each release's drafts, where they all agree on one."""
    out = {}
    manifests: dict[Path, dict[str, Path]] = {}
    for key, release in releases.items():
        folder = release.folder
        if folder not in manifests:
            manifests[folder] = sources(folder)
        known = {manifests[folder].get(path.name) for path, _, _ in release.files}
        if len(known) == 1 and None not in known:
            (path,) = known
            assert path is not None
            out[key] = path
    return out


def _attach(facts: Path, releases: dict[tuple[Path, str | None, str], Release]) -> None:
    """A facts file joins the releases of its stem, else its folder's, else a release of its own."""
    folder, stem = facts.parent, facts.stem
    for wanted in (stem, None):
        matches = [r for (f, s, _), r in releases.items() if f == folder and s == wanted and r.facts is None]
        if matches:
            for release in matches:
                release.facts = facts
            return
    stems = {s for (f, s, suffix) in releases if f == folder and suffix}
    if len(stems) == 1:
        for (f, _, suffix), release in releases.items():
            if f == folder and suffix and release.facts is None:
                release.facts = facts
        return
    releases[(folder, stem, "")] = Release("", folder, stem, "", facts=facts)
