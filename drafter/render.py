"""Fill a language's Markdown template with the view of the facts.

Jinja2 runs sandboxed, with StrictUndefined so a misspelt variable fails
loudly. Every value a template prints is escaped for Markdown unless a
drafter filter built it as Markdown on purpose (a link, bold text, a list):
facts are data, so no fact can become markup.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any
from urllib.parse import quote

import jinja2
from babel import Locale

from .agreement import agree
from .catalog import Catalog
from .errors import TemplateError
from .escape import Md, md_escape
from .facts import Facts
from .grammar import after, with_article
from .lang import Words, words
from .lang.anaphora import programme_again, pronoun_again, type_before_sector
from .lang.frames import frame_word
from .localize import format_list, locale_for, url_label
from .numwords import count, counted
from .said import unshared
from .sandbox import BoundedEnvironment, BoundedLoader, render
from .typography import name_apostrophes, nested
from .view import build_view


def _href(url: str) -> str:
    return quote(url, safe=":/?#@!$&'*+,;=%~-._[]").replace("(", "%28").replace(")", "%29")


def _link(url: str, text: str | None = None) -> Md:
    if text:
        return Md(f"[{md_escape(text)}]({_href(url)})")
    host, slash, path = url_label(url).partition("/")  # the path is anything but spaces: escaped in full
    return Md(f"[{md_escape(host, link_text=True)}{md_escape(slash + path)}]({_href(url)})")


def _linked(text: str, url: str | None) -> Md:
    """``text`` as a link to ``url`` when there is one, else plain text."""
    return _link(url, text) if url else Md(md_escape(text))


def _mail(address: str) -> Md:
    label = md_escape(address, link_text=True)
    if not re.fullmatch(r"[A-Za-z0-9.+_-]+@[A-Za-z0-9.-]+", label):
        # A GFM renderer links an address again inside its link (Pandoc's does): only the whole of it.
        label = label.replace("@", "&#64;")
    return Md(f"[{label}]({_href('mailto:' + address)})")


def _without_year(date: str, given_by: str | None) -> str:
    """A day without its year when a date just before gives that year, as an editor writes it: "held from
    21 to 23 October 2026. … presented the prize on 23 October" (``drafter check`` reads the year from
    the date before). ``date`` as it stands when ``given_by`` ends in another year, or is none. The year
    is read from the texts, so a template needs no fact beyond the two dates."""
    year = _YEAR_AT_END.search(date)
    if year is None or not given_by or not given_by.rstrip().endswith(year["year"]):
        return date
    return date[: year.start()]


_YEAR_AT_END = re.compile(r"(?:,|\s+de)?\s+(?P<year>\d{4})\Z")
"""A long date's year and what joins it to the day: "23 October 2026", "23 de outubro de 2026", "October 23, 2026"."""


def _article_for(article: str, name: str, grammar: Words) -> Md:
    """The words before a name, with the article elided where the name asks for it, and the space
    that follows them (none after an apostrophe): "par la ", "par l’", "d’", "de la "; nothing for
    no article. The name itself is printed after it, so it may be a link."""
    if not article:
        return Md("")
    written = with_article(article, name, grammar)
    lead = written[: len(written) - len(name)] if name and written.endswith(name) else f"{article} "
    return Md(md_escape(lead.rstrip(" ")) + ("" if lead.endswith("’") else " "))


def _named_partner(partner: dict[str, Any]) -> str:
    """A partner with its article, then its acronym and its country in one bracket, never two in a row:
    "the Centre for Marine and Environmental Research (CIMA, Portugal)", "la Universidad de Vigo (España)"."""
    country = partner["country"] if not partner.get("at_home") else None
    extra = [x for x in (partner.get("acronym"), country) if x]
    return f"{partner['called']} ({', '.join(extra)})" if extra else str(partner["called"])


def _partner_list(partners: list[dict[str, Any]], lead: str, locale: Locale, grammar: Words) -> Md:
    """The named partners, each with its article, acronym and country (none when all are from the
    organisation's own country), after ``lead``, the words before the list, contracted or elided with
    the first: "Il s’agit d’Algamar…", "Il s’agit du Cluster…"."""
    named = [md_escape(_named_partner(p)) for p in partners if p["name"]]
    listed = format_list(named, locale)
    return Md(after(md_escape(lead), listed, grammar) if lead else listed)


def _capitalize_first(text: object) -> Md:
    """A phrase with a capital, escaped once: a ``{% set %}`` block's output is Markdown already."""
    if isinstance(text, Md):
        return Md(text[:1].upper() + text[1:])
    plain = str(text)
    return Md(md_escape(plain[:1].upper() + plain[1:]))  # the capital before the escaping: "\*x" has none


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
    prev = ""
    for raw in markdown.splitlines():
        if "  " in raw:  # runs of spaces never cross a line: made single line by line
            raw = _SPACES.sub(" ", raw)
        line = raw.strip()
        if not line:
            if lines and not prev:  # a second blank line in a row: one blank line between blocks
                continue
        elif prev and not prev.startswith("#") and (line[0].isalpha() or not _NEW_BLOCK.match(line)):
            # a letter starts no block (the pattern's openers are marks and digits): no pattern to run
            prev = lines[-1] = f"{prev} {line}"
            continue
        lines.append(line)
        prev = line
    while lines and not lines[-1]:
        lines.pop()
    start = 1 if lines and not lines[0] else 0
    return "\n".join(lines[start:]) + "\n"


_SPACES = re.compile(" {2,}")


@cache
def _environment(dirs: tuple[str, ...], locale_name: str) -> BoundedEnvironment:
    """A press office's templates are code: sandboxed, and bounded by :mod:`drafter.sandbox`."""
    locale = locale_for("", locale_name)
    grammar = words(locale.language)
    filters = dict(
        link=_link,
        linked=_linked,
        mail=_mail,
        strong=_strong,
        escape_md=lambda v: Md(md_escape(v)),
        join_list=lambda items, style="standard": Md(format_list([md_escape(i) for i in items], locale, style=style)),
        partner_list=lambda partners, lead="": _partner_list(partners, lead, locale, grammar),
        sentences=lambda items: Md(" ".join(md_escape(i) for i in items)),
        capitalize_first=_capitalize_first,
        quoted_inside=lambda text, capital=False: Md(md_escape(_nested(text, grammar, capital))),
        after=lambda phrase, prefix: after(prefix, phrase, grammar),
        article_for=lambda article, name: _article_for(article, name, grammar),
        count=lambda number, gender="m", upto=None: count(number, locale, gender, upto),
        counted=lambda number, one, many, gender="m": counted(number, one, many, locale, gender),
        without_year=_without_year,
        unshared=lambda text, shared: (Md if isinstance(text, Md) else str)(unshared(str(text), shared)),
        agree=agree,
        pronoun_again=lambda text, name, gender="m": pronoun_again(text, name, gender, locale.language),
        programme_again=lambda text, name: programme_again(text, name, locale.language),
        type_before_sector=type_before_sector,
        # The first of a frame's words that a text does not say again (« active dans le café de spécialité »).
        frame_word=lambda text, frame: frame_word(locale.language, text, frame),
        # A name or phrase printed with the language's apostrophe (fr: « L’Isle-sur-la-Sorgue », « de l’appel »).
        typographic=lambda text: (Md if isinstance(text, Md) else str)(name_apostrophes(text, grammar)),
    )
    return BoundedEnvironment(
        loader=BoundedLoader(list(dirs)),
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        finalize=md_escape,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        filters=filters,
    )


_FOLDERS: dict[tuple[Catalog, str], tuple[str, ...]] = {}


def _search_path(catalog: Catalog, lang: str) -> tuple[str, ...]:
    """The language's template folders, looked up once a process (every draft of a run asks again); a
    language without any is looked up again, in case its folder is made while the process runs."""
    found = _FOLDERS.get((catalog, lang))
    if found is None:
        found = tuple(catalog.search_path(lang))
        if found:
            _FOLDERS[(catalog, lang)] = found
    return found


def template_name(facts: Facts) -> str:
    """One template per kind of release: ``award.md``, ``renewal.md``."""
    return f"{facts.release.kind}.md"


def render_markdown(facts: Facts, lang: str, catalog: Catalog | None = None) -> str:
    """The release in ``lang`` as CommonMark."""
    catalog = catalog or Catalog.find()
    dirs = _search_path(catalog, lang)
    if not dirs:
        raise TemplateError(f"no templates for language {lang!r}")
    locale = locale_for(lang, facts.release.locales.get(lang))
    env = _environment(dirs, str(locale))
    name = template_name(facts)
    view = build_view(facts, lang, catalog)
    try:
        text = render(env, name, view)  # any other failure is a TemplateError naming the template's file and line
    except jinja2.TemplateNotFound as exc:
        raise TemplateError(f"no template {lang}/{exc.name} for a release of kind {facts.release.kind!r}") from None
    # "Lloyd’s Register", "the King’s Award": a name's apostrophe as the sentences around it print theirs
    return _normalize(name_apostrophes(text, words(locale.language)))


def _nested(text: str, grammar: Words, capital: bool) -> str:
    """A fact the template prints between the language's quotation marks (fr: « catégorie »): the
    quotations it holds take the inner marks, as a motto's do (:func:`drafter.typography.nested`)."""
    return nested(text[:1].upper() + text[1:] if capital else text, grammar)
