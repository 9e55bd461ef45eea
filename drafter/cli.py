"""The ``drafter`` command: parse options, call the Python API, print.

Each command imports what it needs when it runs, so ``drafter --version`` and
``drafter --help`` start as fast as click itself: the facts model (pydantic),
the templates (Jinja2), Markdown (markdown-it) and CLDR (Babel) load only for
the commands that use them.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from . import __version__
from .emit import FORMATS
from .errors import DrafterError, UsageError, display_path, printable
from .report import FORMATS as REPORT_FORMATS

if TYPE_CHECKING:
    from .checker import CheckResult


class _Group(click.Group):
    """Turns every drafter error into its message and exit code, in one place."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except DrafterError as exc:
            for line in exc.lines():
                click.echo(printable(line), err=True)
            ctx.exit(exc.exit_code)


def _languages(value: str | None) -> list[str] | None:
    if not value:
        return None
    return [part.strip() for part in value.split(",") if part.strip()]


_draft_languages = click.option(
    "--lang",
    "langs",
    multiple=True,
    metavar="FILE=LANG",
    help="The language of a draft whose name does not say it (repeatable).",
)
_glossary_templates = click.option(
    "--templates",
    type=click.Path(file_okay=False, readable=False, path_type=Path),
    envvar="DRAFTER_TEMPLATES",
    help="A folder of your own templates (for its glossaries and languages).",
)
_report_format = click.option(
    "--format",
    "fmt",
    type=click.Choice(REPORT_FORMATS),
    default="text",
    show_default=True,
    help="text for people, json for programs, github for workflow annotations.",
)
"""Options shared by the commands that read drafts (check, review) or report findings."""


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="drafter")
def cli() -> None:
    """Draft press releases in several languages from one facts file.

    \b
    Start with:   drafter new award.yaml
    Then:         drafter draft award.yaml --out drafts/
    """


@cli.command()
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
    never overwritten.

    \b
    Example:
      drafter new releases/label-2026.yaml --lang pt,es,en
    """
    from .catalog import Catalog
    from .skeleton import write_skeleton

    write_skeleton(file, _languages(langs) or [], Catalog.find().languages())
    click.echo(f"Wrote {file}; fill in every <<placeholder>>, then run: drafter draft {file}", err=True)


@cli.command()
@click.argument("facts", type=click.Path(readable=False, path_type=Path))
@click.option("--lang", "langs", metavar="L,..", help="Languages to draft (default: all of the release's).")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(list(FORMATS)),
    default="md",
    show_default=True,
    help="; ".join(f"{name}: {fmt.summary}" for name, fmt in FORMATS.items()) + ".",
)
@click.option(
    "--with-title",
    is_flag=True,
    help="Start the HTML with the headline as <h1> (html, json); by default it starts with the lead.",
)
@click.option(
    "--out",
    type=click.Path(file_okay=False, readable=False, path_type=Path),
    help="Write DIR/<lang>.<ext> (json: DIR/release.json).",
)
@click.option(
    "--force",
    is_flag=True,
    help="Replace drafts even if they were edited since drafter wrote them.",
)
@click.option(
    "--templates",
    type=click.Path(file_okay=False, readable=False, path_type=Path),
    envvar="DRAFTER_TEMPLATES",
    help="A folder of your own templates, laid out like templates/; env DRAFTER_TEMPLATES.",
)
def draft(
    facts: Path,
    langs: str | None,
    fmt: str,
    with_title: bool,
    out: Path | None,
    force: bool,
    templates: Path | None,
) -> None:
    """Draft the release described in FACTS, in each of its languages.

    Without --out, one language (or --format json) prints to stdout. The HTML
    starts with the lead, as a CMS prints the post's title itself; the title
    is the JSON's "title", and --with-title puts it in the HTML too.

    \b
    Examples:
      drafter draft award.yaml --lang en
      drafter draft award.yaml --out drafts/ --format html
      drafter draft award.yaml --lang en --format html --with-title
    """
    if with_title and not FORMATS[fmt].titled:
        raise UsageError(
            f"--with-title puts the headline in HTML (--format html or json); {fmt} drafts always start with it"
        )
    from .catalog import Catalog
    from .drafting import draft as draft_release
    from .output import write_drafts

    drafts = draft_release(facts, _languages(langs), catalog=Catalog.find(templates), with_title=with_title)
    if out is None:
        text = drafts.output(fmt)
        sys.stdout.write(text)
        return
    written = write_drafts(out, drafts.files(fmt), force=force, source=facts)
    click.echo(f"wrote {', '.join(p.name for p in written)} in {display_path(out)}", err=True)


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(readable=False, path_type=Path))
@_report_format
@_draft_languages
@_glossary_templates
@click.option(
    "--facts",
    type=click.Path(dir_okay=False, readable=False, path_type=Path),
    help="The facts file of the drafts checked (by default the one drafter recorded, or the one beside them).",
)
@click.option(
    "--jobs",
    type=click.IntRange(min=1),
    metavar="N",
    help="Check releases in N processes at once (default: one per core; 1: in this process). Same output.",
)
def check(
    paths: tuple[Path, ...],
    fmt: str,
    langs: tuple[str, ...],
    templates: Path | None,
    facts: Path | None,
    jobs: int | None,
) -> None:
    """Check that every language version of each release carries the same facts.

    PATHS are facts files, drafts (.md, .txt, .html) and folders, searched
    recursively. Exit 0 when there is no error, 1 when there is, 2 for bad
    input.

    \b
    Examples:
      drafter check releases/
      drafter check award.yaml award.es.md award.en.md --format json
      drafter check press.md --lang press.md=pt
      drafter check archive/ --jobs 4
    """
    from .catalog import Catalog
    from .checker import check as run_check

    result = run_check(paths, overrides=_overrides(langs), catalog=Catalog.find(templates), facts=facts, jobs=jobs)
    _report(result, fmt)


def _overrides(langs: tuple[str, ...]) -> dict[Path, str]:
    overrides: dict[Path, str] = {}
    for item in langs:
        file, sep, lang = item.rpartition("=")
        if not sep or not file or not lang:
            raise UsageError(f"--lang {item}: write FILE=LANG, like press.md=pt")
        overrides[Path(file)] = lang
    return overrides


def _report(result: CheckResult, fmt: str) -> None:
    from .report import render as render_report

    text, colour = render_report(result, fmt, terminal=sys.stdout.isatty())
    click.echo(text, nl=False, color=colour)
    sys.exit(1 if result.failed else 0)


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(readable=False, path_type=Path))
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, readable=False, path_type=Path),
    default=Path("review.html"),
    show_default=True,
    help="The page to write.",
)
@_draft_languages
@_glossary_templates
@click.option("--force", is_flag=True, help="Replace the output file even if drafter did not write it.")
def review(paths: tuple[Path, ...], output: Path, langs: tuple[str, ...], templates: Path | None, force: bool) -> None:
    """Write one HTML page to review each release's versions side by side.

    PATHS are what drafter check takes. The page shows one column per
    language with every fact marked in its colour, each finding of drafter
    check where it stands and in a summary, and buttons that copy a version
    as HTML or text. It needs nothing but a browser, even offline. Exit 0
    when the page is written, whatever it shows; 2 for bad input.

    \b
    Examples:
      drafter review releases/grant/
      drafter review award.yaml award.*.md -o award-review.html
    """
    from .catalog import Catalog
    from .output import write_page
    from .review_page import MARKER as REVIEW_MARKER
    from .review_page import review as build_review

    page = build_review(paths, overrides=_overrides(langs), catalog=Catalog.find(templates))
    write_page(output, page.html, marker=REVIEW_MARKER, force=force)
    click.echo(f"wrote {display_path(output)}: {page.result.summary()}", err=True)


@cli.group()
def templates() -> None:
    """Work on the templates: a press office's own folder, or the built-in ones.

    \b
    Example:
      drafter templates check --templates press-office/templates
    """


@templates.command("check")
@click.option(
    "--templates",
    "folder",
    type=click.Path(file_okay=False, readable=False, path_type=Path),
    envvar="DRAFTER_TEMPLATES",
    help="A folder of your own templates, checked in front of the built-in ones; env DRAFTER_TEMPLATES.",
)
@_report_format
def templates_check(folder: Path | None, fmt: str) -> None:
    """Check that every language's templates use the same facts.

    Reports a template missing in a language, a fact or a condition on a fact
    used in one language and not another, a number, year, web address or
    e-mail typed into a template, a glossary term missing in a language,
    template text not in its folder's language, and, as a warning, a word
    Hunspell's dictionary lacks (where Hunspell is installed; list right words
    in LANG/words.txt). The template drafting would use is checked: yours where
    you have one, else the built-in one. Exit 0 when there is no error, 1 when
    there is, 2 for bad input.

    \b
    Examples:
      drafter templates check
      drafter templates check --templates press-office/templates --format github
    """
    from .catalog import Catalog
    from .template_check import check_templates

    _report(check_templates(Catalog.find(folder)), fmt)


@cli.command()
def schema() -> None:
    """Print the JSON Schema of the facts file.

    \b
    Example:
      drafter schema > facts.schema.json
    """
    import json

    from .facts import schema as facts_schema

    click.echo(json.dumps(facts_schema(), indent=2, ensure_ascii=False))


def main() -> None:
    cli(prog_name="drafter")


__all__ = ["cli", "main", "UsageError"]
