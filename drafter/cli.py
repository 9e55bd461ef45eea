"""The ``drafter`` command: parse options, call the Python API, print.

Each command imports what it needs when it runs, so ``drafter --version`` and
``drafter --help`` start as fast as click itself: the facts model (pydantic),
the templates (Jinja2), Markdown (markdown-it) and CLDR (Babel) load only for
the commands that use them.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

import click

from . import __version__
from .console import tolerant_streams
from .emit import FORMATS
from .errors import DrafterError, UsageError, display_path, printable
from .report import FORMATS as REPORT_FORMATS
from .report import format_help as report_format_help

if TYPE_CHECKING:
    from .catalog import Catalog
    from .checker import CheckResult
    from .office import Reference


class _Group(click.Group):
    """Turns every drafter error into its message and exit code, in one place; and writes what the
    console's encoding lacks as its nearest character (see :mod:`drafter.console`), never a traceback."""

    def main(self, *args: Any, **kwargs: Any) -> Any:
        tolerant_streams()
        return super().main(*args, **kwargs)

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
    help=report_format_help(),
)
"""Options shared by the commands that read drafts (check, review) or report findings."""


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="drafter")
def cli() -> None:
    """Draft press releases in several languages from one facts file.

    \b
    Start with:   drafter new award.yaml
    Then:         drafter draft award.yaml --out drafts/

    \b
    Exit codes:
      0  done (drafter check: no error; warnings are allowed)
      1  drafter check or templates check found an error
      2  bad input or usage: a file that cannot be used, an unknown option;
         nothing was written

    \b
    Completion in bash (zsh, fish: the same with zsh_source, fish_source):
      eval "$(_DRAFTER_COMPLETE=bash_source drafter)"
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
    never overwritten. Its first line names the JSON Schema of a facts file
    in its languages (facts.en-es-pt.schema.json), for editors that check
    YAML as you type (VS Code's YAML extension): drafter new writes it beside
    FILE if the folder has none.

    \b
    Example:
      drafter new releases/label-2026.yaml --lang pt,es,en
    """
    from .catalog import Catalog
    from .skeleton import write_schema_beside, write_skeleton

    chosen, available = _languages(langs) or [], Catalog.find().languages()
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


@cli.command()
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
@click.option(
    "--templates",
    type=click.Path(file_okay=False, readable=False, path_type=Path),
    envvar="DRAFTER_TEMPLATES",
    help="A folder of your own templates, laid out like templates/; env DRAFTER_TEMPLATES.",
)
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
    from .catalog import Catalog
    from .drafting import draft as draft_release
    from .output import write_drafts

    chosen = _languages(langs)
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
    from .facts.digest import digest

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
    from .batch import draft_all, find

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
@click.option(
    "--cache-dir",
    type=click.Path(file_okay=False, readable=False, path_type=Path),
    envvar="DRAFTER_CACHE_DIR",
    metavar="DIR",
    help="Keep each release's findings in DIR (default: .drafter-cache in the first folder given); "
    "env DRAFTER_CACHE_DIR.",
)
@click.option("--no-cache", is_flag=True, help="Check every release again, and keep nothing.")
@click.option(
    "--only-releases",
    is_flag=True,
    help="Pass over the files named that are not drafts or facts files (other YAML files, README, files in "
    "hidden folders), with a note; for pre-commit, which names every file a commit touches.",
)
def check(
    paths: tuple[Path, ...],
    fmt: str,
    langs: tuple[str, ...],
    templates: Path | None,
    facts: Path | None,
    jobs: int | None,
    cache_dir: Path | None,
    no_cache: bool,
    only_releases: bool,
) -> None:
    """Check that every language version of each release carries the same facts.

    PATHS are facts files, drafts (.md, .txt, .html, .docx, .odt) and folders, searched
    recursively. A release whose files are as they were at the last check
    is not checked again: its findings are kept in .drafter-cache (which git
    ignores). Exit 0 when there is no error, 1 when there is, 2 for bad
    input.

    \b
    Examples:
      drafter check releases/
      drafter check award.yaml award.es.md award.en.md --format json
      drafter check press.md --lang press.md=pt
      drafter check archive/ --jobs 4
      drafter check archive/ --cache-dir ~/.cache/drafter/archive
    """
    from .catalog import Catalog
    from .checker import check as run_check

    given = click.get_current_context().get_parameter_source("cache_dir") == click.core.ParameterSource.COMMANDLINE
    if no_cache and cache_dir and given:  # DRAFTER_CACHE_DIR gives way to --no-cache
        raise UsageError("--no-cache and --cache-dir ask for opposite things; give one of them")
    cache: bool | Path = False if no_cache else cache_dir or True
    catalog = Catalog.find(templates)
    if only_releases:
        from .checker import CheckResult
        from .hook import only_releases as releases_among

        chosen = releases_among(paths)
        for note in chosen.passed_over:
            click.echo(printable(note), err=True)
        if not chosen.paths:
            _report(CheckResult((), 0, (), ()), fmt)  # a commit that touches no release passes
        paths = chosen.paths
    result = run_check(paths, overrides=_overrides(langs), catalog=catalog, facts=facts, jobs=jobs, cache=cache)
    _report(result, fmt)


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
    from .office import load_reference

    return load_reference(path)


def _binary_stdout() -> BinaryIO:
    buffer: BinaryIO = sys.stdout.buffer
    return buffer


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


@cli.command()
@click.argument("folder", required=False, default=".", type=click.Path(file_okay=False, path_type=Path))
@click.option("--port", type=click.IntRange(0, 65535), default=0, show_default=True, help="Port; 0 picks a free one.")
@click.option("--no-browser", is_flag=True, help="Print the address without opening a browser.")
@_glossary_templates
def serve(folder: Path, port: int, no_browser: bool, templates: Path | None) -> None:
    """Write, preview, check and draft the releases of FOLDER in your browser.

    Starts a local web application on 127.0.0.1 (this computer only), prints
    its address and opens it: a form for the facts, each language's draft as
    you type, what drafter check finds, Save and Draft. Ctrl+C stops it.

    \b
    Examples:
      drafter serve releases/
      drafter serve . --port 8765 --no-browser
    """
    from .web import serve as run_server

    run_server(folder, port=port, open_browser=not no_browser, templates=templates, say=_say)


def _say(text: str) -> None:
    click.echo(text, err=True)


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
@click.option(
    "--lang",
    "langs",
    metavar="L,..",
    help="The release's languages: every text must then be given in exactly these (as drafter new's schema).",
)
def schema(langs: str | None) -> None:
    """Print the JSON Schema of the facts file, for editors that check YAML as you type.

    It refuses what drafter refuses wherever JSON Schema can say it. With
    --lang, it is the schema for a release in those languages, which is what
    the first line of a file drafter new writes names.

    \b
    Examples:
      drafter schema > facts.schema.json
      drafter schema --lang pt,es,en > facts.en-es-pt.schema.json
    """
    from .catalog import Catalog
    from .skeleton import schema_text

    available = Catalog.find().languages()
    chosen = _languages(langs)
    unknown = [lang for lang in chosen or [] if lang not in available]
    if unknown or (chosen and len(set(chosen)) != len(chosen)):
        raise UsageError(f"--lang {langs}: give each language once, among {', '.join(available)}")
    click.echo(schema_text(chosen, available), nl=False)


def main() -> None:
    cli(prog_name="drafter")


__all__ = ["cli", "main", "UsageError"]
