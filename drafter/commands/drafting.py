"""``drafter new`` and ``drafter draft``: a facts file started, and drafts written from it."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

import click

from ..emit import FORMATS
from ..errors import DrafterError, UsageError, display_path, printable
from .options import languages, templates_folder

if TYPE_CHECKING:
    from ..catalog import Catalog
    from ..office import Reference


@click.command()
@click.argument("file", type=click.Path(dir_okay=False, readable=False, path_type=Path))
@click.option(
    "--lang",
    "langs",
    default="pt,es,en",
    show_default=True,
    help="Release languages, comma-separated.",
)
def new(file: Path, langs: str) -> None:
    """Write a commented skeleton facts file to FILE.

    Every <<placeholder>> must be replaced before the file validates. FILE is
    never overwritten. Its first line names the JSON Schema of a facts file
    in its languages (facts.en-es-pt.schema.json), for editors that check
    YAML as you type (VS Code's YAML extension): drafter new writes it beside
    FILE if the folder has none.

    \b
    Example:
      drafter new releases/label-2026.yaml --lang pt,es,en
    """
    from ..catalog import Catalog
    from ..skeleton import write_schema_beside, write_skeleton

    chosen, available = languages(langs) or [], Catalog.find().languages()
    write_skeleton(file, chosen, available)
    written = write_schema_beside(file, chosen, available)
    schema = f" and {written} beside it, for your editor" if written else ""
    click.echo(f"Wrote {file}{schema}; fill in every <<placeholder>>, then run: drafter draft {file}", err=True)


def _formats(ctx: click.Context, param: click.Parameter, value: str) -> list[str]:
    """``md`` or ``md,html,txt``: each a format of the registry, each once."""
    chosen = [part.strip() for part in value.split(",") if part.strip()]
    unknown = [part for part in chosen if part not in FORMATS]
    if unknown or not chosen:
        raise click.BadParameter(
            f"{', '.join(map(repr, unknown)) or repr(value)} is not a format; choose among {', '.join(FORMATS)}, "
            "or several, comma-separated, like md,html,txt"
        )
    return list(dict.fromkeys(chosen))


@click.command()
@click.argument("facts", nargs=-1, required=True, type=click.Path(readable=False, path_type=Path))
@click.option("--lang", "langs", metavar="L,..", help="Languages to draft (default: all of the release's).")
@click.option(
    "--format",
    "formats",
    default="md",
    show_default=True,
    callback=_formats,
    metavar="FMT[,FMT..]",
    help="; ".join(f"{name}: {fmt.summary}" for name, fmt in FORMATS.items())
    + ". Several, comma-separated, with --out.",
)
@click.option(
    "--with-title",
    is_flag=True,
    help="Start the HTML with the headline as <h1> (html, json); by default it starts with the lead.",
)
@click.option(
    "--out",
    type=click.Path(file_okay=False, readable=False, path_type=Path),
    help="Write DIR/<lang>.<ext> (json: DIR/release.json); with several facts files, each in a folder of its own.",
)
@click.option(
    "--force",
    is_flag=True,
    help="Replace drafts even if they were edited since drafter wrote them.",
)
@templates_folder("A folder of your own templates, laid out like templates/; env DRAFTER_TEMPLATES.")
@click.option(
    "--reference-doc",
    type=click.Path(dir_okay=False, readable=False, path_type=Path),
    metavar="FILE.docx",
    help="A Word document whose styles, headers and footers the Word drafts take (docx).",
)
@click.option(
    "--jobs",
    type=click.IntRange(min=1),
    metavar="N",
    help="With several facts files, draft them in N processes at once (default: one per core). Same files.",
)
def draft(
    facts: tuple[Path, ...],
    langs: str | None,
    formats: list[str],
    with_title: bool,
    out: Path | None,
    force: bool,
    templates: Path | None,
    reference_doc: Path | None,
    jobs: int | None,
) -> None:
    """Draft the release described in FACTS, in each of its languages.

    FACTS may be several facts files, or folders: every facts file in them is
    drafted in one run, each release into a folder of its own inside --out,
    named after the facts file (releases/2026/label.yaml, given as releases/,
    goes to DIR/2026/label/). Without --out, one language of one facts file
    (or --format json) prints to stdout. The HTML
    starts with the lead, as a CMS prints the post's title itself; the title
    is the JSON's "title", and --with-title puts it in the HTML too.

    \b
    Examples:
      drafter draft award.yaml --lang en
      drafter draft award.yaml --out drafts/ --format html
      drafter draft award.yaml --lang en --format html --with-title
      drafter draft award.yaml --out drafts/ --format docx --reference-doc letterhead.docx
      drafter draft releases/ --out drafts/ --format md,html,txt
    """
    if out is None and len(formats) > 1:
        raise UsageError(f"{len(formats)} formats ({', '.join(formats)}) cannot share standard output; pass --out DIR")
    if with_title and not any(FORMATS[each].titled for each in formats):
        raise UsageError(
            f"--with-title puts the headline in HTML (--format html or json); {formats[0]} drafts always start with it"
        )
    fmt = next((each for each in formats if FORMATS[each].styled), formats[0])  # what --reference-doc is for
    reference = _reference(reference_doc, fmt, out)
    from ..catalog import Catalog
    from ..drafting import draft as draft_release
    from ..output import write_drafts

    chosen = languages(langs)
    catalog = Catalog.find(templates)
    if len(facts) > 1 or facts[0].is_dir():
        _draft_many(facts, formats, out, chosen, catalog, with_title, force, reference, jobs)
        return
    drafts = draft_release(facts[0], chosen, catalog=catalog, with_title=with_title, reference=reference)
    if out is None:
        output = drafts.output(fmt)
        if isinstance(output, bytes):
            stream = _binary_stdout()
            stream.write(output)
            stream.flush()
        else:
            sys.stdout.write(output)
        return
    from ..facts.digest import digest

    files: dict[str, str | bytes] = {}
    for each in formats:
        files.update(drafts.files(each))
    written = write_drafts(out, files, force=force, source=facts[0], facts_digest=digest(drafts.facts))
    click.echo(f"wrote {', '.join(p.name for p in written)} in {display_path(out)}", err=True)


def _draft_many(
    paths: tuple[Path, ...],
    formats: list[str],
    out: Path | None,
    langs: list[str] | None,
    catalog: Catalog,
    with_title: bool,
    force: bool,
    reference: Reference | None,
    jobs: int | None = None,
) -> None:
    """Every facts file among ``paths``, each release into a folder of its own; see :mod:`drafter.batch`."""
    from ..batch import draft_all, find

    releases = find(list(paths))
    shown = ", ".join(display_path(p) for p in paths)
    if not releases:
        raise UsageError(f"no facts file (a YAML file with a release: section) in {shown}")
    if out is None:
        raise UsageError(
            f"{shown} {'holds' if len(paths) == 1 else 'hold'} {len(releases)} facts files, which cannot share "
            "standard output; pass --out DIR, and each release gets a folder of its own there"
        )
    failed = written = 0
    made = draft_all(
        releases,
        formats,
        out,
        languages=langs,
        catalog=catalog,
        with_title=with_title,
        force=force,
        reference=reference,
        jobs=jobs,
    )
    for outcome in made:
        if outcome.error is not None:
            failed += 1
            for line in outcome.error.lines():
                click.echo(printable(line), err=True)
        written += len(outcome.written)
    done = len(releases) - failed
    click.echo(f"drafted {done} of {len(releases)} releases: {written} files in {display_path(out)}", err=True)
    if failed:
        raise DrafterError(
            f"{failed} of {len(releases)} releases could not be drafted (see above); "
            "their folders were left as they were"
        )


def _reference(path: Path | None, fmt: str, out: Path | None) -> Reference | None:
    """The reference document, read before anything is drafted; and a binary draft kept off a terminal."""
    if FORMATS[fmt].binary and out is None and _binary_stdout().isatty():
        raise UsageError(
            f"a {fmt} draft is a binary file, not text for the terminal: pass --out DIR, "
            f"or send it to a file with --lang LANG > LANG.{fmt}"
        )
    if path is None:
        return None
    if not FORMATS[fmt].styled:
        raise UsageError(f"--reference-doc gives Word documents their styles (--format docx); {fmt} drafts have none")
    from ..office import load_reference

    return load_reference(path)


def _binary_stdout() -> BinaryIO:
    buffer: BinaryIO = sys.stdout.buffer
    return buffer
