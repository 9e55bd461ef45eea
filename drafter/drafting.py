"""Drafting, as one call: facts in, one document per language out."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .catalog import Catalog
from .emit import write
from .errors import UsageError
from .facts import Facts, load_facts
from .render import render_markdown

if TYPE_CHECKING:
    from .office import Reference


@dataclass(frozen=True)
class Drafts:
    """The Markdown of each language, in the release's order.

    ``with_title``: the HTML (and the JSON's HTML) starts with the headline as
    an ``h1``; by default it starts with the lead, as a CMS prints the title
    itself. Markdown and text always start with the headline. ``reference``: a
    press office's Word document whose styles the Word drafts take.
    """

    facts: Facts
    source: str
    markdown: dict[str, str]
    with_title: bool = False
    reference: Reference | None = None

    def files(self, fmt: str) -> dict[str, str] | dict[str, bytes]:
        """File name to content: ``<lang>.<ext>`` (bytes for Word), or one ``release.json``."""
        release = self.facts.release
        return write(
            fmt,
            self.markdown,
            self.source,
            with_title=self.with_title,
            locales=release.locales,
            day=release.date,
            reference=self.reference,
        )

    def output(self, fmt: str) -> str | bytes:
        """What goes to stdout: one language, or every language as JSON."""
        files = self.files(fmt)
        if len(files) != 1:
            raise UsageError(
                f"{len(self.markdown)} languages ({', '.join(self.markdown)}) cannot share stdout; "
                "pass --out DIR, pick one with --lang, or use --format json"
            )
        (text,) = files.values()
        return text


def draft(
    facts_path: Path | str,
    languages: Sequence[str] | None = None,
    *,
    catalog: Catalog | None = None,
    with_title: bool = False,
    reference: Reference | None = None,
) -> Drafts:
    """Load a facts file and render it in ``languages`` (default: all of the release's); ``with_title``
    puts the headline at the top of the HTML, ``reference`` gives Word drafts their styles (see
    :class:`Drafts` and :func:`drafter.office.load_reference`)."""
    catalog = catalog or Catalog.find()
    facts = load_facts(facts_path, available=catalog.languages())
    chosen = list(languages) if languages else facts.languages
    unknown = [lang for lang in chosen if lang not in facts.languages]
    if unknown:
        raise UsageError(
            f"--lang {','.join(unknown)}: not among the release's languages "
            f"({', '.join(facts.languages)}); add {'it' if len(unknown) == 1 else 'them'} "
            "to release.languages with a text for each"
        )
    markdown = {lang: render_markdown(facts, lang, catalog) for lang in chosen}
    return Drafts(facts, Path(facts_path).name, markdown, with_title, reference)
