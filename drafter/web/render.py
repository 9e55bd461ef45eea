"""The pages, drawn with Jinja2, autoescaped: every fact value reaches the page as text, never as markup.

The form is drawn field by field: :func:`Pages.field` picks the template of the
field's widget (``widgets/<widget>.html``), and a group's or a list's template
calls it again for what it holds. Ids come from the key paths, so the label of
every input, the help under it and the message about it are tied to it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

import jinja2
from markupsafe import Markup

from ..facts.yamlsource import dotted
from .options import choices
from .schemaform import Field, Form

Path = tuple[str | int, ...]


@cache
def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("drafter.web", "templates"),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )
    env.filters["tojson_attr"] = lambda value: json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    env.filters["choices"] = choices
    env.globals["yes_no"] = [("true", "yes"), ("false", "no")]
    env.globals["default_text"] = _default_text
    return env


def _default_text(default: Any) -> str:
    """What a yes-or-no left unset means, in words."""
    if default is True:
        return "default: yes"
    if default is False:
        return "default: no"
    return "default"


def ident(path: Path, *more: str | int) -> str:
    """An id for the element at ``path``: ``f-figures-0-what-en``."""
    text = "-".join(str(p) for p in (*path, *more))
    return "f-" + (re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-") or "root")


def language_names(codes: Sequence[str]) -> dict[str, str]:
    """Each language's name in English and in itself: "Portuguese (português)"."""
    from babel import Locale, UnknownLocaleError

    out = {}
    for code in codes:
        try:
            english = Locale("en").languages.get(code, code)
            own = Locale.parse(code).get_display_name(code) or code
        except (ValueError, UnknownLocaleError):
            english = own = code
        out[code] = english if own.lower() == english.lower() else f"{english} ({own})"
    return out


@dataclass(frozen=True)
class Pages:
    """Draws the application's pages and its form."""

    form: Form
    available: tuple[str, ...]
    """The languages drafter has templates for."""

    def page(self, template: str, **context: Any) -> str:
        return _environment().get_template(template).render(pages=self, **context)

    def sections(self, data: Mapping[str, Any], languages: Sequence[str]) -> Markup:
        """The whole form for ``data`` (what the form holds), with one column per language in ``languages``."""
        langs = tuple(languages)
        return Markup("").join(self._section(s, data.get(s.key), langs) for s in self.form.sections)

    def _section(self, field: Field, value: Any, languages: tuple[str, ...]) -> Markup:
        """A top-level field: a group or a list is a section itself; a single text gets one around it."""
        drawn = self.field(field, (field.key,), value, languages, top=True)
        if field.widget in ("group", "list"):
            return drawn
        kinds = Markup(' data-kinds="{}"').format(" ".join(field.kinds)) if field.kinds else Markup("")
        return Markup('<section class="section" id="s-{}"{}>{}</section>').format(field.key, kinds, drawn)

    def field(
        self,
        field: Field,
        path: Path,
        value: Any,
        languages: tuple[str, ...],
        *,
        top: bool = False,
        item: int | None = None,
        count: int = 0,
    ) -> Markup:
        template = _environment().get_template(f"widgets/{field.widget}.html")
        html = template.render(
            pages=self,
            f=field,
            path=path,
            at=list(path),
            key=str(path[-1]),
            dotted=dotted(path),
            schema_path=".".join(str(p) for p in path if not isinstance(p, int)),
            id=ident(path),
            value=value,
            langs=languages,
            names=language_names(languages),
            top=top,
            item=item,
            count=count,
            ident=ident,
            filled=_filled(value),
            is_kind=self.form.kind_path is not None and path == self.form.kind_path,
        )
        return Markup(html)

    def language_choices(self, chosen: Sequence[str]) -> dict[str, str]:
        """The languages to offer: drafter's own, and any the file names that it has no templates for."""
        codes = list(dict.fromkeys([*self.available, *(c for c in chosen if c)]))
        return language_names(codes)


def _filled(value: Any) -> bool:
    """Whether the form holds anything in ``value``: an optional block left empty starts folded."""
    if isinstance(value, Mapping):
        return any(_filled(v) for v in value.values())
    if isinstance(value, list):
        return bool(value)
    if isinstance(value, bool):
        return value
    return value is not None and str(value).strip() != ""


__all__ = ["Pages", "ident", "language_names"]
