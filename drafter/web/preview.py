"""What the page shows beside the form: the loader's messages, the drafts, and what ``drafter check`` finds.

Everything here runs drafter's own code on the YAML a save would write, so the
browser and the command line cannot disagree. The messages are the loader's
(:func:`drafter.load_facts`), located in that YAML as ``drafter draft`` would
locate them once it is saved. The drafts are :func:`drafter.draft`'s, written
to a private temporary folder beside their facts file, checked there by
:func:`drafter.checker.inspect` and shown by the review page's own columns,
with every fact marked and every finding in place. The drafts already in the
folder, hand-edited or not, are checked against the saved facts file the
same way.
"""

from __future__ import annotations

import tempfile
import threading
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..catalog import Catalog
from ..errors import DrafterError, FactsError, Problem

_WORK = threading.Lock()
"""One check at a time: the checker keeps caches that are not made for threads, and a person types in one tab."""


@dataclass(frozen=True)
class Message:
    """One of the loader's messages, where the form shows it and as the command line prints it."""

    path: str
    message: str
    line: int
    column: int
    cli: str

    def as_json(self) -> dict[str, Any]:
        return {"path": self.path, "message": self.message, "line": self.line, "column": self.column, "cli": self.cli}


@dataclass(frozen=True)
class Preview:
    messages: tuple[Message, ...]
    html: str = ""
    """The review page's section for the drafts: one column per language, facts marked, findings in place."""
    summary: str = ""
    copies: dict[str, dict[str, str]] = field(default_factory=dict)
    """Per language: its Markdown (md), its HTML for a CMS (html), its plain text (text)."""
    release_json: str = ""


def messages_of(error: FactsError, shown: str) -> tuple[Message, ...]:
    """The loader's problems, each with the line the command line prints, the file named ``shown``."""
    return tuple(_message(p, shown) for p in error.problems)


def _message(problem: Problem, shown: str) -> Message:
    line = str(Problem(shown, problem.line, problem.column, problem.path, problem.message))
    return Message(problem.path, problem.message, problem.line, problem.column, line)


@contextmanager
def _scratch(name: str, text: str) -> Iterator[Path]:
    """``text`` as the facts file ``name`` in a private temporary folder, removed afterwards."""
    with tempfile.TemporaryDirectory(prefix="drafter-serve-") as tmp:
        path = Path(tmp) / Path(name).name
        path.write_text(text, encoding="utf-8")
        yield path


def validate(name: str, shown: str, text: str, catalog: Catalog) -> tuple[Message, ...]:
    """The loader's messages for ``text`` as the facts file ``name``; none when it would draft."""
    from ..facts import load_facts

    with _WORK, _scratch(name, text) as path:
        try:
            load_facts(path, available=catalog.languages())
        except FactsError as exc:
            return messages_of(exc, shown)
    return ()


def preview(name: str, shown: str, text: str, catalog: Catalog) -> Preview:
    """The drafts of ``text`` (the facts file ``name``, shown as ``shown``) as the review page shows them."""
    from .. import draft
    from ..checker import gather, inspect
    from ..review_page import ReleaseSection

    with _WORK, _scratch(name, text) as path:
        try:
            drafts = draft(path, catalog=catalog)
        except FactsError as exc:
            return Preview(messages_of(exc, shown))
        except DrafterError as exc:  # a template of the press office's own that fails
            return Preview((Message("", str(exc), 1, 1, str(exc)),))
        for file_name, content in _texts(drafts.files("md")).items():
            (path.parent / file_name).write_text(content, encoding="utf-8")
        found = list(inspect([path.parent], catalog=catalog))
        copies: dict[str, dict[str, str]] = {}
        html = "".join(ReleaseSection(release, f"p{n}").html(copies) for n, release in enumerate(found, 1))
        texts = _texts(drafts.files("txt"))
        pages = _texts(drafts.files("html"))
        ours = {
            lang: {"md": md, "html": pages[f"{lang}.html"], "text": texts[f"{lang}.txt"]}
            for lang, md in drafts.markdown.items()
        }
        (release_json,) = _texts(drafts.files("json")).values()
        return Preview((), html, gather(found).summary(), ours, release_json)


def _texts(files: Mapping[str, str] | Mapping[str, bytes]) -> dict[str, str]:
    """A text format's files (emit's registry also holds binary ones)."""
    return {name: data if isinstance(data, str) else data.decode("utf-8") for name, data in files.items()}


@dataclass(frozen=True)
class FolderCheck:
    html: str
    summary: str
    error: str = ""


def check_drafts(facts: Path, drafts: Path, catalog: Catalog) -> FolderCheck:
    """``drafter check`` of the drafts in ``drafts`` against the saved ``facts``, as review sections."""
    from ..checker import gather, inspect
    from ..review_page import ReleaseSection

    if not drafts.is_dir():
        return FolderCheck("", "No drafts yet: Draft writes them.")
    with _WORK:
        try:
            found = list(inspect([drafts], catalog=catalog, facts=facts))
        except FactsError:
            return FolderCheck("", "", "The saved facts file has problems (see the form); its drafts are not checked.")
        except DrafterError as exc:
            return FolderCheck("", "", str(exc))
        copies: dict[str, dict[str, str]] = {}
        html = "".join(ReleaseSection(release, f"d{n}").html(copies) for n, release in enumerate(found, 1))
        return FolderCheck(html, gather(found).summary())


__all__ = ["FolderCheck", "Message", "Preview", "check_drafts", "messages_of", "preview", "validate"]
