"""Fill a language's Markdown template with the view of the facts.

Jinja2 runs sandboxed, with StrictUndefined so a misspelt variable fails
loudly. Every value a template prints is escaped for Markdown unless a
drafter filter built it as Markdown on purpose (a link, bold text, a list):
facts are data, so no fact can become markup.
"""

from __future__ import annotations

import re
from functools import cache
from urllib.parse import quote

import jinja2
from jinja2.sandbox import SandboxedEnvironment

from .catalog import Catalog
from .errors import TemplateError
from .escape import Md, md_escape
from .facts import Facts
from .localize import format_list, locale_for, url_label
from .view import build_view


def _href(url: str) -> str:
    return quote(url, safe=":/?#@!$&'*+,;=%~-._[]").replace("(", "%28").replace(")", "%29")


def _link(url: str, text: str | None = None) -> Md:
    return Md(f"[{md_escape(text or url_label(url))}]({_href(url)})")


def _linked(text: str, url: str | None) -> Md:
    """``text`` as a link to ``url`` when there is one, else plain text."""
    return _link(url, text) if url else Md(md_escape(text))


def _mail(address: str) -> Md:
    return Md(f"[{md_escape(address)}]({_href('mailto:' + address)})")


def _strong(text: str) -> Md:
    return Md(f"**{md_escape(text)}**")


_NEW_BLOCK = re.compile(r"^(#|[-+*>](\s|$)|\d{1,9}[.)](\s|$)|\s*$)")


def _normalize(markdown: str) -> str:
    """One line per paragraph, one blank line between blocks, one newline at the end.

    Templates may wrap a paragraph over several lines for readability; the
    wrapped lines are joined here, so every draft has the same clean shape.
    Fact values are single lines, so they can never start a block of their own.
    """
    lines: list[str] = []
    for raw in markdown.splitlines():
        line = re.sub(r" {2,}", " ", raw.strip())
        prev = lines[-1] if lines else ""
        if line and prev and not _NEW_BLOCK.match(line) and not prev.startswith("#"):
            lines[-1] = f"{prev} {line.lstrip()}"
        else:
            lines.append(line)
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n")
    return text + "\n"


@cache
def _environment(dirs: tuple[str, ...], locale_name: str) -> SandboxedEnvironment:
    locale = locale_for("", locale_name)
    env = SandboxedEnvironment(
        loader=jinja2.FileSystemLoader(list(dirs)),
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        finalize=md_escape,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters.update(
        link=_link,
        linked=_linked,
        mail=_mail,
        strong=_strong,
        escape_md=lambda v: Md(md_escape(v)),
        join_list=lambda items, style="standard": Md(format_list([md_escape(i) for i in items], locale, style=style)),
        partner_list=lambda partners: Md(
            format_list(
                [
                    md_escape(f"{p['name']} ({p['country']})" if p["country"] else p["name"])
                    for p in partners
                    if p["name"]
                ],
                locale,
            )
        ),
        sentences=lambda items: Md(" ".join(md_escape(i) for i in items)),
        capitalize_first=lambda text: Md(md_escape(text[:1].upper() + text[1:])),
    )
    return env


def template_name(facts: Facts) -> str:
    """One template per kind of release: ``award.md``, ``renewal.md``."""
    return f"{facts.release.kind}.md"


def render_markdown(facts: Facts, lang: str, catalog: Catalog | None = None) -> str:
    """The release in ``lang`` as CommonMark."""
    catalog = catalog or Catalog.find()
    dirs = tuple(catalog.search_path(lang))
    if not dirs:
        raise TemplateError(f"no templates for language {lang!r}")
    locale = locale_for(lang, facts.release.locales.get(lang))
    env = _environment(dirs, str(locale))
    name = template_name(facts)
    try:
        template = env.get_template(name)
        text = template.render(build_view(facts, lang, catalog))
    except jinja2.TemplateNotFound as exc:
        raise TemplateError(f"no template {lang}/{exc.name} for a release of kind {facts.release.kind!r}") from None
    except jinja2.TemplateSyntaxError as exc:
        raise TemplateError(f"{exc.filename or exc.name}:{exc.lineno}: template syntax error: {exc.message}") from None
    except jinja2.UndefinedError as exc:
        raise TemplateError(f"template {lang}/{name}: {exc.message}") from None
    except jinja2.exceptions.SecurityError as exc:
        raise TemplateError(f"template {lang}/{name}: refused by the sandbox: {exc}") from None
    return _normalize(text)
