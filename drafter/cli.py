"""The ``drafter`` command: parse options, call the Python API, print.

Each command imports what it needs when it runs, so ``drafter --version`` and
``drafter --help`` start as fast as click itself: the facts model (pydantic),
the templates (Jinja2), Markdown (markdown-it) and CLDR (Babel) load only for
the commands that use them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from . import __version__
from .commands.checking import check, review, templates
from .commands.drafting import draft, new
from .commands.options import glossary_templates, languages
from .console import tolerant_streams
from .errors import DrafterError, UsageError, printable


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
@click.argument("folder", required=False, default=".", type=click.Path(file_okay=False, path_type=Path))
@click.option("--port", type=click.IntRange(0, 65535), default=0, show_default=True, help="Port; 0 picks a free one.")
@click.option("--no-browser", is_flag=True, help="Print the address without opening a browser.")
@glossary_templates
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
    chosen = languages(langs)
    unknown = [lang for lang in chosen or [] if lang not in available]
    if unknown or (chosen and len(set(chosen)) != len(chosen)):
        raise UsageError(f"--lang {langs}: give each language once, among {', '.join(available)}")
    click.echo(schema_text(chosen, available), nl=False)


cli.add_command(new)
cli.add_command(draft)
cli.add_command(check)
cli.add_command(review)
cli.add_command(templates)


def main() -> None:
    cli(prog_name="drafter")


__all__ = ["cli", "main", "UsageError"]
