"""``drafter new``: a commented facts file to fill in."""

from __future__ import annotations

import functools
import os
from pathlib import Path

import jinja2

from .errors import UsageError, display_path
from .facts import LANG_CODE
from .writing import reason, transaction


@functools.cache
def _template() -> jinja2.Template:
    """Compiled once: ``drafter new`` is one call, the tests that kill it at every step are hundreds."""
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("drafter", "."),
        trim_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,
    )
    return env.get_template("skeleton.yaml.j2")


def skeleton(langs: list[str], file: str = "FILE") -> str:
    """The skeleton's text, with one placeholder per language where texts differ."""
    example = "{" + ", ".join(f"{lang}: …" for lang in langs) + "}"
    return _template().render(langs=langs, file=file, example=example)


def write_skeleton(path: Path, langs: list[str], available: list[str], *, wait: float | None = None) -> None:
    """Write the skeleton to ``path``; refuse to replace anything already there.

    The file appears complete or not at all (a temp file, then a hard link
    that fails if ``path`` exists), so a full disk leaves nothing to block a retry.
    """
    if not langs:
        raise UsageError("--lang needs at least one language code, like pt,es,en")
    for lang in langs:
        if not LANG_CODE.match(lang) or (available and lang not in available):
            raise UsageError(f"--lang: {lang!r} has no templates; available: {', '.join(available)}")
    if len(set(langs)) != len(langs):
        raise UsageError("--lang: a language is listed twice")
    text = skeleton(langs, str(path))
    try:
        if os.path.lexists(path):  # said before the lock is taken, which a read-only folder would refuse
            raise FileExistsError(path)
        with transaction(path.parent, wait=wait) as txn:
            txn.create(path.name, text.encode("utf-8"))
    except FileExistsError:
        raise UsageError(f"{display_path(path)} already exists; drafter new never overwrites a file") from None
    except OSError as exc:
        raise UsageError(f"cannot write {display_path(path)}: {reason(exc)}") from None
