"""``drafter check``, ``drafter review`` and ``drafter templates check``: what differs, shown or reported."""

from __future__ import annotations

from pathlib import Path

import click

from ..errors import UsageError, display_path, printable
from .options import draft_languages, glossary_templates, overrides, report, report_format, templates_folder


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(readable=False, path_type=Path))
@report_format
@draft_languages
@glossary_templates
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
    from ..catalog import Catalog
    from ..checker import check as run_check

    given = click.get_current_context().get_parameter_source("cache_dir") == click.core.ParameterSource.COMMANDLINE
    if no_cache and cache_dir and given:  # DRAFTER_CACHE_DIR gives way to --no-cache
        raise UsageError("--no-cache and --cache-dir ask for opposite things; give one of them")
    cache: bool | Path = False if no_cache else cache_dir or True
    catalog = Catalog.find(templates)
    if only_releases:
        from ..checker import CheckResult
        from ..hook import only_releases as releases_among

        chosen = releases_among(paths)
        for note in chosen.passed_over:
            click.echo(printable(note), err=True)
        if not chosen.paths:
            report(CheckResult((), 0, (), ()), fmt)  # a commit that touches no release passes
        paths = chosen.paths
    result = run_check(paths, overrides=overrides(langs), catalog=catalog, facts=facts, jobs=jobs, cache=cache)
    report(result, fmt)


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(readable=False, path_type=Path))
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, readable=False, path_type=Path),
    default=Path("review.html"),
    show_default=True,
    help="The page to write.",
)
@draft_languages
@glossary_templates
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
    from ..catalog import Catalog
    from ..output import write_page
    from ..review_page import MARKER as REVIEW_MARKER
    from ..review_page import review as build_review

    page = build_review(paths, overrides=overrides(langs), catalog=Catalog.find(templates))
    write_page(output, page.html, marker=REVIEW_MARKER, force=force)
    click.echo(f"wrote {display_path(output)}: {page.result.summary()}", err=True)


@click.group()
def templates() -> None:
    """Work on the templates: a press office's own folder, or the built-in ones.

    \b
    Example:
      drafter templates check --templates press-office/templates
    """


@templates.command("check")
@templates_folder(
    "A folder of your own templates, checked in front of the built-in ones; env DRAFTER_TEMPLATES.", "folder"
)
@report_format
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
    from ..catalog import Catalog
    from ..template_check import check_templates

    report(check_templates(Catalog.find(folder)), fmt)
