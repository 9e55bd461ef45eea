"""``drafter new``: a commented facts file to fill in, and the schema that lets an editor check it.

The file's first line is yaml-language-server's modeline, naming the JSON
Schema of a facts file in the release's languages by a path beside it
(``facts.en-es-pt.schema.json``): VS Code's YAML extension, and any editor
built on the same server, then completes and checks the file as it is typed,
a text missing in one language included. ``drafter new`` writes that schema
beside the file when the folder has none; ``drafter schema --lang pt,es,en``
prints it, to renew it.
"""

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


def schema_file(langs: list[str]) -> str:
    """The name of the schema for a release in ``langs``, as the modeline gives it: one per set of languages."""
    return f"facts.{'-'.join(sorted(langs))}.schema.json"


def skeleton(langs: list[str], file: str = "FILE") -> str:
    """The skeleton's text, with one placeholder per language where texts differ."""
    example = "{" + ", ".join(f"{lang}: …" for lang in langs) + "}"
    return _template().render(langs=langs, file=file, example=example, schema=schema_file(langs))


def schema_text(langs: list[str] | None, available: list[str]) -> str:
    """``drafter schema``'s output: the JSON Schema of a facts file (in ``langs``, when given)."""
    import json

    from .facts import schema

    return json.dumps(schema(langs, available), indent=2, ensure_ascii=False) + "\n"


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


def write_schema_beside(path: Path, langs: list[str], available: list[str], *, wait: float | None = None) -> str | None:
    """Write the schema the modeline of the facts file at ``path`` names, beside it, unless the folder has it
    already (never replaced: ``drafter schema --lang`` renews it). Return its name if it was written."""
    name = schema_file(langs)
    schema = path.parent / name
    if os.path.lexists(schema):
        return None
    try:
        with transaction(path.parent, wait=wait) as txn:
            txn.create(name, schema_text(langs, available).encode("utf-8"))
    except FileExistsError:
        return None  # another run wrote it meanwhile
    except OSError as exc:
        raise UsageError(
            f"wrote {display_path(path)}, but cannot write {display_path(schema)} beside it: {reason(exc)}; "
            f"write it with: drafter schema --lang {','.join(langs)} > {display_path(schema)}"
        ) from None
    return name
