"""``drafter review``: one self-contained page to review a release's versions side by side.

The page is built from what ``drafter check`` finds (:func:`drafter.check.inspect`):
one column per version in the release's order, every fact mention marked
with the colour of its fact, every finding at its place and in a summary,
and buttons that copy each version for a CMS. Styles and script are inline
and a Content-Security-Policy forbids loading anything, so the page works
from disk and never reaches the network. The same input gives the same bytes.
"""

from __future__ import annotations

import base64
import hashlib
import json
from bisect import bisect_left
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from html import escape
from importlib.resources import files
from pathlib import Path

from ..catalog import Catalog
from ..checker import CheckResult, Inspection, gather, inspect
from ..checker.expect import family
from ..checker.findings import Finding, Location
from ..checker.proofread import language_name
from ..checker.version import Version
from ..emit import to_html, to_text
from .highlight import Block, Stretch, blocks, offsets, position
from .names import named_alike

GENERATOR = "drafter review"
MARKER = f'<meta name="generator" content="{GENERATOR}">'
"""Every page drafter writes carries this, so that it knows a page it may replace."""
PALETTE = 12
_KINDS = {
    "percent": "percentage",
    "url": "web address",
    "email": "e-mail",
    "phone": "phone number",
    "term": "level",
}
_ICONS = {"error": "✖", "warning": "⚠", "info": "ℹ"}


@dataclass(frozen=True)
class Review:
    html: str
    result: CheckResult


def review(
    paths: Iterable[Path | str],
    *,
    overrides: Mapping[Path, str] | None = None,
    catalog: Catalog | None = None,
) -> Review:
    """The review page of every release among ``paths``, and what ``drafter check`` would report."""
    releases = list(inspect(paths, overrides=overrides, catalog=catalog))
    copies: dict[str, dict[str, str]] = {}
    sections = [ReleaseSection(release, f"r{number}").html(copies) for number, release in enumerate(releases, 1)]
    result = gather(releases)
    return Review(_page(result, sections, copies), result)


def _asset(name: str) -> str:
    return files("drafter").joinpath("assets", name).read_text(encoding="utf-8")


def _page(result: CheckResult, sections: Sequence[str], copies: Mapping[str, Mapping[str, str]]) -> str:
    script = _asset("clipboard.js") + _asset("review.js")
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
    policy = (
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
        f"script-src 'sha256-{digest}'; base-uri 'none'; form-action 'none'"
    )
    title = result.releases[0] if len(result.releases) == 1 else f"{len(result.releases)} releases"
    data = json.dumps(copies, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    data = data.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    contents = ""
    if len(sections) > 1:
        items = "".join(f'<li><a href="#r{n}">{escape(name)}</a></li>' for n, name in enumerate(result.releases, 1))
        contents = f'<nav aria-label="Releases"><ol class="toc">{items}</ol></nav>'
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
{MARKER}
<meta http-equiv="Content-Security-Policy" content="{policy}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Review: {escape(title)}</title>
<style>
{_asset("review.css")}</style>
</head>
<body>
<a class="skip" href="#main">Skip to the releases</a>
<header class="page">
<h1>Release review</h1>
<p class="overall">{escape(result.summary())}</p>
<p class="keys">Each fact has its colour, the same in every column; point at one or focus it with Tab to see its \
key and its value in the other languages. <kbd>n</kbd> and <kbd>p</kbd> go to the next and previous finding, \
<kbd>Esc</kbd> closes a tooltip.</p>
{contents}
</header>
<main id="main">
{"".join(sections)}</main>
<div id="tip" role="tooltip" hidden></div>
<p id="status" class="status" role="status" aria-live="polite"></p>
<script type="application/json" id="drafter-copy">{data}</script>
<script>{script}</script>
</body>
</html>
"""


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def _kind(kind: str) -> str:
    return _KINDS.get(kind, kind)


def _format(version: Version) -> str:
    suffix = version.draft.path.suffix.lower()
    return "md" if suffix == ".md" else "html" if suffix in (".html", ".htm") else "txt"


@dataclass(frozen=True)
class _Note:
    block: int
    html: str


class ReleaseSection:
    """One release's section of the page."""

    def __init__(self, release: Inspection, ident: str) -> None:
        self.release = release
        self.ident = ident
        self.versions = release.versions
        self.by_file = {v.draft.shown: v for v in self.versions}
        self.facts: dict[tuple[str, str], int] = {}
        self.written: dict[int, dict[str, list[str]]] = {}
        named = named_alike(release)
        for version in self.versions:
            for mention in version.mentions:
                key = (family(mention.kind), mention.value)
                fact = self.facts.setdefault(named.get(key, (key, ""))[0], len(self.facts))
                texts = self.written.setdefault(fact, {}).setdefault(version.lang, [])
                if mention.text not in texts:
                    texts.append(mention.text)
        self.order = list(self.facts)
        self.mention_at = {(v.draft.shown, m.line, m.column): m for v in self.versions for m in v.mentions}
        self.keys: dict[tuple[str, str], list[str]] = {}
        self.stated: dict[tuple[str, str], str] = {}  # (key, lang): a name as the facts file gives it
        for lang in dict.fromkeys(v.lang for v in self.versions):
            for exp in release.expected(lang):
                if exp.kind == "text":
                    self.stated[(exp.key, lang)] = exp.shown
                else:
                    keys = self.keys.setdefault((family(exp.kind), exp.value), [])
                    if exp.key not in keys:
                        keys.append(exp.key)
        for same, stated in named.values():
            listed = self.keys.setdefault(same, [])
            if stated not in listed:
                listed.append(stated)
        self.named = named
        self.numbers = {finding: n for n, finding in enumerate(release.findings, 1)}

    def _id(self, finding: Finding) -> str:
        return f"{self.ident}-f{self.numbers[finding]}"

    def html(self, copies: dict[str, dict[str, str]]) -> str:
        release = self.release
        columns: list[tuple[Version, list[Block], dict[int, list[str]]]] = []
        for version in self.versions:
            shown, notes = self._column(version)
            columns.append((version, shown, notes))
            copies[f"{self.ident}-{version.lang}"] = _copy(version, shown)
        aligned = len(columns) > 1 and len({len(b) for _, b, _ in columns}) == 1 and bool(columns[0][1])
        rows = len(columns[0][1]) + 1 if aligned else 1
        heading = escape(release.name)
        facts = f"facts file {escape(release.facts_file.name)}, " if release.facts_file else "no facts file, "
        langs = ", ".join(f"{language_name(v.lang)} ({v.lang})" for v in self.versions) or "none"
        parts = [
            f'<section class="release" id="{self.ident}" aria-labelledby="{self.ident}-h">',
            f'<h2 id="{self.ident}-h">{heading}</h2>',
            f'<p class="about">{facts}{_plural(len(self.versions), "version")}: {escape(langs)}</p>',
            self._summary(),
        ]
        cols = "".join(self._column_html(version, shown, notes) for version, shown, notes in columns)
        layout = "cols aligned" if aligned else "cols"
        style = f"--cols: {max(len(columns), 1)}; --rows: {rows}"
        parts.append(f'<div class="{layout}" style="{style}">{cols}</div>')
        parts.append("</section>\n")
        return "\n".join(parts)

    def _summary(self) -> str:
        release = self.release
        findings = release.findings
        out = [f'<div class="summary" id="{self.ident}-s">']
        if not self.versions and not findings:
            out.append('<p class="clean">No drafts: there is nothing to compare in this release yet.</p>')
        elif not findings:
            out.append(
                '<p class="clean"><span aria-hidden="true">✔</span> <strong>No findings.</strong> '
                "Every version carries the same facts"
                + (" as the facts file" if release.facts_file else "")
                + " and nothing is left unfinished.</p>"
            )
        else:
            counts = ", ".join(
                _plural(n, sev)
                for sev in ("error", "warning", "info")
                if (n := sum(f.severity == sev for f in findings))
            )
            out.append(f"<h3>{counts}</h3><ol class=findings>")
            for finding in findings:
                where = self._place(finding)
                at = "the release"
                if where:
                    unit = f"paragraph {where.paragraph}" if where.paragraph else f"line {where.line}"
                    at = f"{Path(where.file).name} {unit}"
                out.append(
                    f'<li class="{finding.severity}"><a href="#{self._id(finding)}">'
                    f'<span class="icon" aria-hidden="true">{_ICONS[finding.severity]}</span> '
                    f"<strong>{finding.severity.capitalize()} {self.numbers[finding]}</strong> "
                    f"<code>{escape(finding.rule)}</code> in {escape(at)}</a>: {escape(finding.message)} "
                    f'<span class="sig">[{finding.signature}]</span></li>'
                )
            out.append("</ol>")
            loose = [f for f in findings if self._place(f) is None]
            if loose:
                out.append('<div class="loose">' + "".join(self._note(f) for f in loose) + "</div>")
        if release.dismissed:
            items = "".join(
                f"<li>{escape(f.message)} <span class=sig>[{f.signature}]</span></li>" for f in release.dismissed
            )
            out.append(f"<p>Dismissed in drafter-dismissed.yaml, not shown in place:</p><ul>{items}</ul>")
        out.append("</div>")
        return "\n".join(out)

    def _place(self, finding: Finding) -> Location | None:
        """Where a finding is shown: its first location, if that is in one of the columns."""
        if finding.locations and finding.locations[0].file in self.by_file:
            return finding.locations[0]
        return None

    def _note(self, finding: Finding) -> str:
        sev = finding.severity
        return (
            f'<div class="note finding {sev}" id="{self._id(finding)}" tabindex="-1">'
            f'<span class="icon" aria-hidden="true">{_ICONS[sev]}</span> '
            f"<strong>{sev.capitalize()} {self.numbers[finding]}</strong> <code>{escape(finding.rule)}</code>: "
            f'{escape(finding.message)} <a class="up" href="#{self.ident}-s">summary</a></div>'
        )

    def _column(self, version: Version) -> tuple[list[Block], dict[int, list[str]]]:
        """The version's blocks with its marks, and the notes to show under each block."""
        text = version.draft.text
        starts = offsets(text)
        flags: dict[int, list[tuple[Finding, bool]]] = {}
        for finding in self.release.findings:
            for i, loc in enumerate(finding.locations):
                if loc.file == version.draft.shown:
                    at = position(starts, len(text), loc.line, loc.column)
                    flags.setdefault(at, []).append((finding, i == 0))
        marks = []
        for n, mention in enumerate(version.mentions):
            start = position(starts, len(text), mention.line, mention.column)
            if text[start : start + len(mention.text)] != mention.text:
                continue
            key = (family(mention.kind), mention.value)
            fact = self.facts[self.named.get(key, (key, ""))[0]]
            tag, again = self._mark(version, mention.kind, fact, f"{self.ident}-{version.lang}-m{n}", flags.get(start))
            marks.append(Stretch(start, start + len(mention.text), tag, again))
        shown = blocks(text, version.draft.raw or text, _format(version), version.paragraphs, marks)
        reach = _reach(shown)
        notes: dict[int, list[str]] = {}
        for finding in self.release.findings:
            for i, loc in enumerate(finding.locations):
                if loc.file != version.draft.shown or (i and self._place(finding) is None):
                    continue
                index = _block_at(reach, position(starts, len(text), loc.line, loc.column))
                if i == 0:
                    notes.setdefault(index, []).append(self._note(finding))
                elif finding.locations[0].file != loc.file:
                    notes.setdefault(index, []).append(
                        f'<div class="note related"><span aria-hidden="true">↔</span> the same fact as '
                        f'<a href="#{self._id(finding)}">{finding.severity} {self.numbers[finding]}</a></div>'
                    )
        return shown, notes

    def _mark(
        self, version: Version, kind: str, fact: int, ident: str, flagged: list[tuple[Finding, bool]] | None
    ) -> tuple[str, str]:
        keys = self.keys.get(self.order[fact], [])
        lines = [f"{', '.join(keys)} ({_kind(kind)})" if keys else _kind(kind)]
        for other in self.versions:
            if other.lang != version.lang:
                written = self.written[fact].get(other.lang)
                shown = " / ".join(written) if written else self._instead(other, flagged, keys)
                lines.append(f"{other.lang}: {shown}")
        classes = f"fact c{fact % PALETTE}"
        here = [f for f, first in flagged or () if first]
        if here:
            worst = min(here, key=lambda f: ("error", "warning", "info").index(f.severity))
            classes += f" flag {worst.severity}"
        elif flagged:
            classes += " related"
        for finding, first in flagged or ():
            label = f"{finding.severity} {self.numbers[finding]}"
            lines.append(
                f"{_ICONS[finding.severity]} {label}: {finding.message}" if first else f"↔ compared in {label}"
            )
        tip = escape("\n".join(lines)).replace("\n", "&#10;")
        common = f'class="{classes}" data-fact="{self.ident}-{fact}"'
        return (
            f'<mark {common} id="{ident}" tabindex="0" title="{tip}" aria-describedby="tip">',
            f'<mark {common} title="{tip}">',
        )

    def _instead(self, other: Version, flagged: list[tuple[Finding, bool]] | None, keys: Sequence[str]) -> str:
        """What ``other`` has in place of a fact it lacks: what a finding pairs it with, else the name as
        the facts file gives that language, where it holds no word read as a name ("mairie de Lugo")."""
        for finding, _ in flagged or ():
            for loc in finding.locations:
                mention = self.mention_at.get((loc.file, loc.line, loc.column))
                if loc.file == other.draft.shown and mention:
                    return f"{mention.text}, a different value ({finding.severity} {self.numbers[finding]})"
        stated = next((self.stated[(k, other.lang)] for k in keys if (k, other.lang) in self.stated), None)
        return f"not marked (the facts file gives “{stated}”)" if stated else "not found"

    def _column_html(self, version: Version, shown: list[Block], notes: dict[int, list[str]]) -> str:
        ident = f"{self.ident}-{version.lang}"
        name = language_name(version.lang)
        out = [
            f'<article class="col" lang="{escape(version.lang)}" aria-labelledby="{ident}-h" '
            f'data-name="{escape(name)}">',
            f'<header class="head" lang="en"><h3 id="{ident}-h">{escape(name)} <span class="code">'
            f"{escape(version.lang)}</span></h3>"
            f'<p class="file">{escape(version.draft.shown)}</p>'
            f'<p class="tools"><button type="button" data-copy="{ident}" data-as="html">Copy HTML</button> '
            f'<button type="button" data-copy="{ident}" data-as="text">Copy text</button></p></header>',
        ]
        for i, block in enumerate(shown):
            out.append(f'<div class="blk">{block.html}{"".join(notes.get(i, []))}</div>')
        if not shown:
            out.append('<div class="blk"><p class="empty">(empty)</p>' + "".join(notes.get(0, [])) + "</div>")
        out.append("</article>")
        return "\n".join(out)


def _reach(shown: Sequence[Block]) -> list[int]:
    """How far the text goes by the end of each block: the largest end so far, which never falls."""
    out: list[int] = []
    for block in shown:
        out.append(max(block.end, out[-1]) if out else block.end)
    return out


def _block_at(reach: Sequence[int], offset: int) -> int:
    """The first block whose end is at ``offset`` or after (the one holding it, else the next), else the last.

    ``reach`` is :func:`_reach` of the blocks, so that a bisection finds it.
    """
    return min(bisect_left(reach, offset), max(len(reach) - 1, 0))


def _copy(version: Version, shown: Sequence[Block]) -> dict[str, str]:
    """What the copy buttons put on the clipboard: the fragment ``draft --format html`` writes, and the text."""
    raw = version.draft.raw or version.draft.text
    fmt = _format(version)
    if fmt == "md":
        return {"html": to_html(raw), "text": to_text(raw)}
    if fmt == "html":
        return {"html": raw, "text": "\n\n".join(b.text for b in shown) + "\n"}
    paragraphs = [p.strip() for p in raw.split("\n\n") if p.strip()]
    fragment = "".join(f"<p>{escape(p, quote=False).replace(chr(10), '<br>')}</p>\n" for p in paragraphs)
    return {"html": fragment, "text": raw}
