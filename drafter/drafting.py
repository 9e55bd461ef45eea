"""Drafting, as one call: facts in, one document per language out."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from .catalog import Catalog
from .emit import as_format, to_json
from .errors import UsageError
from .facts import Facts, load_facts
from .render import render_markdown


@dataclass(frozen=True)
class Drafts:
    """The Markdown of each language, in the release's order."""

    facts: Facts
    source: str
    markdown: dict[str, str]

    def files(self, fmt: str) -> dict[str, str]:
        """File name to content: ``<lang>.<ext>``, or one ``release.json``."""
        if fmt == "json":
            return {"release.json": to_json(self.markdown, self.source)}
        return {f"{lang}.{fmt}": as_format(md, fmt) for lang, md in self.markdown.items()}

    def output(self, fmt: str) -> str:
        """What goes to stdout: one language, or every language as JSON."""
        if fmt == "json":
            return to_json(self.markdown, self.source)
        if len(self.markdown) != 1:
            raise UsageError(
                f"{len(self.markdown)} languages ({', '.join(self.markdown)}) cannot share stdout; "
                "pass --out DIR, pick one with --lang, or use --format json"
            )
        (md,) = self.markdown.values()
        return as_format(md, fmt)


def draft(
    facts_path: Path | str,
    languages: Sequence[str] | None = None,
    *,
    catalog: Catalog | None = None,
) -> Drafts:
    """Load a facts file and render it in ``languages`` (default: all of the release's)."""
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
    return Drafts(facts, Path(facts_path).name, markdown)
