"""``drafter new``: a commented facts file to fill in."""

from __future__ import annotations

from pathlib import Path

import jinja2

from .errors import UsageError, display_path
from .facts import LANG_CODE


def skeleton(langs: list[str], file: str = "FILE") -> str:
    """The skeleton's text, with one placeholder per language where texts differ."""
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("drafter", "."),
        trim_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,
    )
    example = "{" + ", ".join(f"{lang}: …" for lang in langs) + "}"
    return env.get_template("skeleton.yaml.j2").render(langs=langs, file=file, example=example)


def write_skeleton(path: Path, langs: list[str], available: list[str]) -> None:
    """Write the skeleton to ``path``; refuse to replace anything already there."""
    if not langs:
        raise UsageError("--lang needs at least one language code, like pt,es,en")
    for lang in langs:
        if not LANG_CODE.match(lang) or (available and lang not in available):
            raise UsageError(f"--lang: {lang!r} has no templates; available: {', '.join(available)}")
    if len(set(langs)) != len(langs):
        raise UsageError("--lang: a language is listed twice")
    text = skeleton(langs, str(path))
    try:
        with path.open("x", encoding="utf-8") as fh:
            fh.write(text)
    except FileExistsError:
        raise UsageError(f"{display_path(path)} already exists; drafter new never overwrites a file") from None
    except OSError as exc:
        raise UsageError(f"cannot write {display_path(path)}: {exc.strerror}") from None
