"""Find the facts a text mentions: the inverse of :mod:`drafter.localize`.

:func:`extract` reads a draft (Markdown, plain text or HTML with the tags
blanked) in one language and returns every fact mention with its position and
a canonical value that is the same in every language: "5 de março de 2013",
"5 de marzo de 2013" and "5 March 2013" all give ``2013-03-05``; "1 774",
"1.774" and "1,774" give ``1774``.

Recognisers run from the most specific to the most general, and a stretch of
text taken by one is closed to the rest: links and markup, e-mails, URLs,
phones, dates, times, list markers, hashtags, ordinals, numbers (with their
percent signs, currencies and scale words), then words: Roman numerals,
ordinal and number words, countries, glossary terms, names.

Choices that trade recall for fewer false mentions:

- One as a word is never a number on its own (see :mod:`drafter.numwords`);
  "first", "second", "primera", "segundo", "cuarto", "quarta", "quinta",
  "première", "second"... are ordinals only before an edition word.
- A Roman numeral is an ordinal when it is in capitals and either made of I, V
  and X with two letters or more (II to XXXIX), or next to an edition word
  ("L edición", "edição I"). So "I" the pronoun, and "CD" or "MIX", are not.
  In French a suffix makes one an ordinal ("XVIe", "Ier", "Ve"), except a
  single L, C, D or M, which would read "Le", "Ce", "De" and "Me" as numbers.
- French levels "Or" and "Argent" are also "or" (but, now) and "argent"
  (money): they count only with a capital and not opening a sentence.
- Names are all-capital words of two letters or more (except function words
  such as DE, THE, LA) and words with an inner capital (SECPhO, iPhone). A line
  with no lower-case letter and a function word ("NOTA DE IMPRENSA") is a
  heading in capitals: its words are not names.
- Countries: CLDR names in pt, es, en and the text's own locale, spelt with
  their capitals, accents optional, plus a few usual short forms (UK, USA,
  EE. UU., EUA). Left out because they are common words or other places too:
  Chad, Jordan, Jersey (New Jersey), Granada (the Spanish city), Guadalupe (a
  first name) and Réunion/Reunión/Reunião (a meeting).
- A run of three or more digit groups with 9 to 13 digits is a phone number
  unless it is grouped like a number (dots or no-break spaces, groups of
  three). Plain spaces make a phone: "931 234 567" with plain spaces is a
  phone, with no-break spaces (as drafter writes pt-PT numbers) a number.
- Compact scales ("60M", "1,5 M€", "$2bn") count only next to a currency:
  alone, "3M" or "4G" is a name, not a number. A number glued to letters is
  not reported.
- Times ("12:30") and Markdown list markers ("1. ") are skipped, not reported.
- URLs compare by host, path and query: the scheme, "www.", the host's case, a
  trailing slash and the fragment are ignored. A bare host needs a known
  top-level domain (country codes and the usual generic ones).
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
import unicodedata
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from typing import Any
from urllib.parse import unquote

from babel import Locale
from babel.numbers import (
    get_currency_name,
    get_currency_symbol,
    get_decimal_symbol,
    get_group_symbol,
)

from .catalog import Catalog
from .errors import DrafterError
from .localize import COUNTRY_CODES, DEFAULT_LOCALES, locale_for
from .numwords import (
    AMBIGUOUS,
    CARDINALS,
    CURRENCY_CODES,
    CURRENCY_WORDS,
    EDITION_WORDS,
    ORDINALS,
    parse_cardinal,
    parse_ordinal,
    scale_words,
)


@dataclass(frozen=True, order=True)
class Mention:
    """One fact found in a text: where, what kind, its canonical value, its text."""

    line: int  # 1-based
    column: int  # 1-based, in characters
    kind: str  # number ordinal percent amount date year url email phone hashtag name country term
    value: str  # canonical and language-neutral: equal facts compare equal across languages
    text: str  # exactly as found


def line_col(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column (in characters) of ``offset`` in ``text``."""
    return text.count("\n", 0, offset) + 1, offset - text.rfind("\n", 0, offset)


_FOLD = {
    code: base
    for code in range(0xC0, 0x250)
    if (base := unicodedata.normalize("NFD", chr(code))[0]) != chr(code) and base.isascii()
} | {0x017F: "s", 0x0131: "i", 0x0130: "I", 0x212A: "K"}
"""Accents off, and the letters a case-insensitive pattern takes for ASCII ones (long s, dotless i,
the Kelvin sign) made ASCII, so that what a pattern matched is found again by a plain lookup."""
_ACCENTED = re.compile("[\u00c0-\u024f\u212a]")


def fold(text: str) -> str:
    """``text`` without accents, one character for one, so offsets stay the same."""
    if text.isascii():
        return text
    return _ACCENTED.sub(lambda m: _FOLD.get(ord(m.group()), m.group()), text)


# --- canonical values --------------------------------------------------------------------

_MD_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")


def canon_number(value: Decimal) -> str:
    """1774, 29.9, 60000000: no grouping, '.' as the decimal point, no trailing zeros."""
    return format(value.normalize(), "f")


def canon_url(url: str) -> str:
    """Host (lower case, no "www.") and path without a trailing slash; query kept."""
    bare = re.sub(r"^[a-z][a-z0-9+.-]*://", "", _MD_ESCAPE.sub(r"\1", url), flags=re.I)
    bare = bare.split("#", 1)[0]
    host = re.split(r"[/?]", bare, maxsplit=1)[0]
    rest = bare[len(host) :]
    return host.lower().removeprefix("www.") + (rest if "?" in rest else rest.rstrip("/"))


def canon_phone(text: str) -> str:
    """+34931234567: digits only, a leading + kept (00 read as +), a trunk "(0)" dropped."""
    digits = re.sub(r"\D", "", text.replace("(0)", ""))
    if text.lstrip("( ").startswith("+"):
        return "+" + digits
    return "+" + digits[2:] if digits.startswith("00") else digits


# --- patterns for every language ---------------------------------------------------------
# A pattern that must not start inside a word checks the character before its first one
# *after* matching it ("\d(?<![\w.,]\d)"): the regex engine can then skip ahead to
# candidate characters, several times faster than a leading look-behind.
# Spaces before a word or a digit are taken possessively ("{_SP}++"): giving some back could
# never help, and over a long run of spaces each one given back was one more try.

_SP = "[ \u00a0\u202f\u2009]"
_EMAIL = re.compile(r"(?<![\w.+'\\-])[A-Za-z0-9][A-Za-z0-9._%+'\\-]*@(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}(?![\w-])")
_EMAIL_DOMAIN = re.compile(r"@(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}(?![\w-])")
_URL_CHARS = r"[^\s<>\"'`\[\]{}|^]"
_URL = re.compile(rf"(?:https?://|ftp://|www\.){_URL_CHARS}+", re.I)
_TLDS = {c.lower() for c in COUNTRY_CODES} - {"md", "py", "sh"} | set(
    "uk eu com org net int edu gov info biz io app dev cat gal eus coop museum online site tech".split()
)
_DOT_TLD = re.compile(r"\.([A-Za-z]{2,})(?![\w-]|\.[A-Za-z0-9])")
_LABEL = "[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
_HOST_END = re.compile(rf"{_LABEL}(?:\.{_LABEL})*\Z")
_MAX_URL = 2000
"""Longest path a bare host ("example.pt/...") is read with: longer, the rest is left out."""
_URL_REST = re.compile(rf"(?::\d{{2,5}})?(?:/{_URL_CHARS}{{0,{_MAX_URL}}})?")
_TRAILING = frozenset(".,;:!?*_'\"»”’\\")
# Links: [label](url "title") and <a ... href="url" ...>label</a>. Each is found by a scanner
# (_md_links, _html_links) that reports what these patterns would, in linear time: the
# patterns themselves retry every "[" or "<a" against the rest of the text.
#   \[(?P<label>(?:\\.|[^\]\\\n])*)\]\((?P<url>[^\s)]+)(?:\s+"[^"\n]*")?\)
#   <a\b[^>]*?\bhref\s*=\s*(["'])(?P<url>.*?)\1[^>]*>(?P<label>.*?)</a\s*>   (re.I | re.S)
_MD_LABEL = re.compile(r"(?:\\.|[^\]\\\n])*+")
_MD_URL = re.compile(r"[^\s)]*+")
_MD_TITLE = re.compile(r"(?:\s+\"[^\"\n]*\")?\)")
_A_OPEN = re.compile(r"<a\b", re.I)
_A_HREF = re.compile(r"\bhref\s*=\s*([\"'])", re.I)
_A_CLOSE = re.compile(r"</a\s*>", re.I)
_HTML_TAG = re.compile(r"</?[A-Za-z][^<>\n]*>|&(?:#\d+|#x[0-9a-f]+|[a-z]+);", re.I)
_PHONE_INTL = re.compile(
    r"(?:\((?<![\w+]\()\+\d{1,3}\)|\+(?<![\w+]\+)\d{1,3}"
    r"|0(?<![\w+]0)(?<!\d[ \u00a0\u202f.,]0)0[1-9]\d{0,2})"
    # Groups of digits never split one run in two, except to make the two groups wanted ("+1 2345"):
    # any other split reads the same text and only tries again, which took time exponential in
    # the groups' number when the run was long.
    r"(?:(?:[ \u00a0.-]?(?:\(0\)|\(\d{1,4}\)|\d{1,5}+)){2,7}(?!\w)|[ \u00a0.-]?\d{2,5}(?!\w))"
)
_PHONE_LOCAL = re.compile(
    r"(?:\((?<![\w+.,/-]\()\d{2,5}\)|\d(?<![\w+.,/-]\d)(?<!\d[ \u00a0\u202f]\d)\d{1,4})"
    r"(?:[ \u00a0.-]\d{2,5}){2,5}(?![\w]|[.,/-]\d)"
)
_GROUPED = re.compile(r"\d{1,3}([.\u00a0\u202f])\d{3}(?:\1\d{3})+")
_NUMERIC_DATE = re.compile(
    r"(?:(?P<a>\d(?<![\w.,/-]\d)\d?)(?P<s>[./-])(?P<b>\d{1,2})(?P=s)(?P<y>\d{4})"
    r"|(?P<iy>\d(?<![\w.,/-]\d)\d{3})(?P<t>[-/.])(?P<im>\d{1,2})(?P=t)(?P<id>\d{1,2}))"
    r"(?![\w]|[.,/-]\d)"
)
_TIME = re.compile(r"\d(?<![\w.,:]\d)\d?(?::|h(?=\d))\d{2}(?![\w]|:\d)")
_LIST_MARKER = re.compile(r"^[ \t]*\d{1,9}\\?[.)](?=[ \t])", re.M)
_HASHTAG = re.compile(r"#(?<![\w#&/]#)[^\W\d_]\w*")
_WORD = re.compile(r"[^\W\d_]+")
_ROMAN = re.compile(r"M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")
_FRENCH_ROMAN = re.compile(r"([IVXLCDM]+)(?:e|es|er|re|res|ème|èmes|eme|emes)")  # XVIe, Ier, IIIes
_SENTENCE_START = re.compile(r"(?:\A|[\n.!?…])[\s#>*_«“\"(\[—–-]*\Z")
_COMMON_WORD_TERMS = {"fr": frozenset({"or", "argent"})}
"""Glossary terms that are also everyday words ("or": but, now; "argent": money): they count
only when written with a capital and not opening a sentence, as the levels Or and Argent are."""
_ROMAN_VALUES = {"M": 1000, "D": 500, "C": 100, "L": 50, "X": 10, "V": 5, "I": 1}
_COMPACT = re.compile(rf"{_SP}?(?P<c>mil{_SP}?M|Mn|mn|MM|bn|M|B|k|K)(?![a-z])")
_COMPACT_SCALES = {"mil": 10**9, "Mn": 10**6, "mn": 10**6, "MM": 10**6, "M": 10**6,
                   "bn": 10**9, "B": 10**9, "k": 1000, "K": 1000}  # fmt: skip
_PERCENT = re.compile(
    rf"{_SP}?%|{_SP}++(?:per{_SP}?cent|percent|por{_SP}+c(?:ien|en)to|pour{_SP}?cent)(?!\w)",
    re.I,
)
_STOPWORDS = frozenset(
    "DE DA DO DAS DOS DEL LA LAS LOS EL EN EM NO NA NOS NAS AO AOS AL UM UMA UN UNA THE OF AND "
    "OR TO IN ON AT BY FOR WITH FROM AS IS IT BE ARE OUR CON COM POR PARA SE SU SUS SEU SUA QUE "
    "OU LE LES DU DES ET AU AUX UNE POUR PAR SUR DANS".split()
)
_COUNTRY_SKIP = frozenset("Chad Jordan Jersey Granada Guadalupe Reunion Reuniao".split())
_COUNTRY_ALIASES = {
    "GB": "UK|U.K.|Great Britain|Gran Bretana|Gra-Bretanha",
    "US": "USA|U.S.A.|U.S.|EUA|EE. UU.|EE.UU.|United States of America|Estados Unidos de America"
    "|Estados Unidos da America",
    "NL": "Holland|Holanda",
    "CZ": "Czech Republic|Republica Checa",
    "TR": "Turkey",
    "CI": "Ivory Coast|Costa do Marfim|Costa de Marfil",
}


# --- per-language rules, built once per (language, locale) ------------------------------


def _alternation(words: set[str] | list[str]) -> str:
    """Longest first, so that "marzo" is tried before "mar"; spaces match any space."""
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(f"{_SP}++".join(re.escape(part) for part in w.split()) for w in ordered)


_Index = dict[str, list[tuple[re.Pattern[str], str]]]


@dataclass(frozen=True)
class _Rules:
    lang: str
    number: re.Pattern[str]
    ordinal: re.Pattern[str]
    date: re.Pattern[str]
    weekday_before: re.Pattern[str]
    months: dict[str, int]
    month_first: bool  # numeric dates are month/day (en_US)
    scale_after: re.Pattern[str]
    scales: dict[str, int]
    currency_before: re.Pattern[str]
    currency_after: re.Pattern[str]
    currencies: dict[str, str]  # symbol, code or folded name -> ISO code
    countries: _Index
    words: frozenset[str]  # lower-case words that may start a number or an ordinal


def _locales(locale: Locale) -> list[Locale]:
    names = {str(locale), "en_US", *(DEFAULT_LOCALES[lang] for lang in ("pt", "es", "en"))}
    return [Locale.parse(name) for name in sorted(names)]


def _number_patterns(lang: str, locale: Locale) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Numbers in digits, and ordinals in digits (5th, 5.º, 5.ª, 1.er)."""
    if get_decimal_symbol(locale) == ",":
        groups, point = r"[.\u00a0\u202f\u2009 ", r"(?:,|\.(?!\d{3}(?!\d)))"
    else:
        groups, point = r"[,\u00a0\u202f\u2009", r"(?:\.|,(?!\d{3}(?!\d)))"
    groups += re.escape(get_group_symbol(locale)) + "]"
    # The other language's separator is grouping only before exactly three digits:
    # in Spanish "1.774" is 1774 but "2.5" is 2.5; in English "1,774" is 1774, "29,9" 29.9.
    number = re.compile(
        rf"(?P<int>\d(?<![\w.,]\d)(?:\d{{0,2}}(?:{groups}\d{{3}}(?!\d))+|\d*))"
        rf"(?:{point}(?P<frac>\d+))?(?!\d)"
    )
    french = "|e|es|re|res|ere|eres|eme|emes|ers" if lang == "fr" else ""  # 2e, 1re, 3es, 1ers (folded)
    suffix = rf"(?:st|nd|rd|th|\.?[ºª°]|\.?er{french})"
    return number, re.compile(rf"(?P<n>\d(?<![\w.,]\d)\d{{0,3}}){suffix}(?!\w)")


def _date_patterns(lang: str, locale: Locale) -> tuple[re.Pattern[str], re.Pattern[str], dict[str, int]]:
    """Dates with a month name, the weekday that may precede them, and the month names."""
    months: dict[str, int] = {}
    short: set[str] = {"sep"} if lang == "en" else set()
    weekdays: set[str] = set()
    for context in ("format", "stand-alone"):
        for width in ("wide", "abbreviated"):
            for month, name in locale.months[context][width].items():
                months[fold(name).lower().rstrip(".")] = month
                if width == "abbreviated":
                    short.add(fold(name).lower().rstrip("."))
            days = locale.days[context][width].values()
            weekdays.update(fold(d).lower().rstrip(".") for d in days)
    months.update(dict.fromkeys(short - set(months), 9))
    wide = set(months) - short
    # An abbreviation may end in a dot ("mar."), a full name may not: a date ending a
    # sentence leaves the full stop alone.
    month_alt = f"{_alternation(wide)}|(?:{_alternation(short - wide)})(?:\\.(?!\\w))?"
    link = rf"(?:{_SP}++(?:de|del|of){_SP}++|(?:{_SP}*+\.)?{_SP}++)"  # not "{_SP}*\.?{_SP}+": n² ways over n spaces
    forms = [  # 5 de março de 2013, 5th of March, 2013, 1.º de março, 1er mars
        rf"(?P<d1>\d(?<![\w.,/]\d)\d?)(?:st|nd|rd|th|\.?[ºª°]|\.?er)?{link}(?P<m1>(?i:{month_alt}))"
        rf"(?!\w)(?:,?{_SP}++(?:(?i:de|del|of){_SP}++)?(?P<y1>\d{{4}})(?!\d))?"
    ]
    if lang == "en":  # March 5, 2013 / March 5th
        capital = _alternation([m.capitalize() for m in months])
        forms.append(
            rf"(?<![\w.,/])(?P<m2>{capital})\.?{_SP}++(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?(?!\w)"
            rf"(?:,?{_SP}++(?P<y2>\d{{4}})(?!\d))?"
        )
    weekday = re.compile(rf"(?<!\w)(?i:{_alternation(weekdays)})\.?,?{_SP}+\Z")
    return re.compile("|".join(forms)), weekday, months


def _currency_patterns(lang: str, locale: Locale) -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str]]:
    """A currency before a number (US$, €, EUR), one after it (€, euros, de dólares), and
    what each symbol, code or folded name stands for."""
    currencies = {code: code for code in CURRENCY_CODES}
    names = dict(CURRENCY_WORDS.get(lang, {}))
    for loc in _locales(locale):
        for code in CURRENCY_CODES:
            currencies.setdefault(get_currency_symbol(code, loc), code)
            if loc.language == locale.language:
                names.update({fold(get_currency_name(code, n, loc)).lower(): code for n in (1, 2)})
    currencies["$"] = "USD"
    # Markdown escapes "$" as "\$": "US\$ 60" is US$ 60.
    symbols = _alternation(set(currencies)).replace(r"\$", r"\\?\$")
    currencies.update({s.replace("$", "\\$"): c for s, c in list(currencies.items())} | names)
    before = re.compile(rf"(?<![A-Za-z])(?P<c>{symbols}){_SP}?\Z")
    words = rf"(?:(?i:de|d['’]|of){_SP}*+)?(?P<w>(?i:{_alternation(set(names))}))"
    after = re.compile(rf"{_SP}?(?P<c>{symbols})(?!\w)|{_SP}++{words}(?!\w)")
    return before, after, currencies


@cache
def _rules(lang: str, locale_name: str) -> _Rules:
    locale = Locale.parse(locale_name)
    number, ordinal = _number_patterns(lang, locale)
    date, weekday_before, months = _date_patterns(lang, locale)
    currency_before, currency_after, currencies = _currency_patterns(lang, locale)
    scales = scale_words(lang)
    return _Rules(
        lang=lang,
        number=number,
        ordinal=ordinal,
        date=date,
        weekday_before=weekday_before,
        months=months,
        month_first=locale.territory == "US",
        scale_after=re.compile(rf"(?:{_SP}++(?:{_alternation(set(scales)) or '(?!)'}))+(?!\w)", re.I),
        scales=scales,
        currency_before=currency_before,
        currency_after=currency_after,
        currencies=currencies,
        countries=_countries(tuple(str(loc) for loc in _locales(locale))),
        words=frozenset(CARDINALS.get(lang, {})) | frozenset(ORDINALS.get(lang, {})),
    )


def _index(names: Mapping[str, str], flags: int = 0) -> _Index:
    """First word of each name -> [(pattern matching the whole name, value)], longest first."""
    index: _Index = {}
    for name, value in sorted(names.items(), key=lambda item: (-len(item[0]), item)):
        first = _WORD.match(name)
        if first:
            key = first.group().lower() if flags else first.group()
            pattern = re.compile(f"(?:{_alternation([name])})(?!\\w)".replace("'", "['’]"), flags)
            index.setdefault(key, []).append((pattern, value))
    return index


@cache
def _countries(locale_names: tuple[str, ...]) -> _Index:
    """Country names as CLDR spells them (folded), and their parts around brackets."""
    names: dict[str, str] = {}
    for locale_name in locale_names:
        for code, title in Locale.parse(locale_name).territories.items():
            if code in COUNTRY_CODES:
                title = fold(title).replace("’", "'")
                # "Myanmar (Burma)": the whole name, and each of its two forms
                names.setdefault(title, code)
                forms = re.fullmatch(r"(.+) \((.+)\)", title)
                for part in forms.groups() if forms else ():
                    names.setdefault(part, code)
    for code, aliases in _COUNTRY_ALIASES.items():
        names.update(dict.fromkeys(aliases.split("|"), code))
    return _index({n: code for n, code in names.items() if n and n not in _COUNTRY_SKIP})


@cache
def _terms(items: tuple[tuple[str, str], ...]) -> _Index:
    return _index(dict(items), re.I)


def _glossary_items(glossary: Mapping[str, Any]) -> tuple[tuple[str, str], ...]:
    """(folded term, 'section:key') for every glossary section that maps keys to strings.

    The section's name is made singular: ``levels: {bronze: Bronce}`` gives ``level:bronze``.
    Headings are the templates' wording, not facts ("Sobre" is also a preposition).
    """
    items = []
    for section, entries in glossary.items():
        if isinstance(entries, Mapping) and section != "headings":
            name = str(section)
            name = name[:-3] + "y" if name.endswith("ies") else name.removesuffix("s")
            for key, term in entries.items():
                if isinstance(term, str) and term.strip():
                    items.append((fold(term.strip()).lower(), f"{name}:{key}"))
    return tuple(sorted(items))


def _default_glossary(lang: str) -> Mapping[str, Any]:
    try:
        return Catalog.find().glossary(lang)
    except DrafterError:
        return {}


# --- the scan ----------------------------------------------------------------------------


class _Scan:
    """The text, its folded twin, which characters are taken, and what was found."""

    def __init__(self, text: str, rules: _Rules, terms: _Index) -> None:
        self.text = text
        self.fold = fold(text)
        self.rules = rules
        self.terms = terms
        self.taken = bytearray(len(text))
        self.found: list[tuple[int, int, str, str]] = []

    def free(self, start: int, end: int) -> bool:
        return self.taken.find(1, start, end) < 0

    def take(self, start: int, end: int, kind: str, value: str) -> bool:
        """Report ``kind`` over [start, end) unless part of it is taken already."""
        if start >= end or not self.free(start, end):
            return False
        self.claim(start, end)
        self.found.append((start, end, kind, value))
        return True

    def claim(self, start: int, end: int) -> None:
        """Close [start, end) to the recognisers that follow, reporting nothing."""
        self.taken[start:end] = b"\x01" * (end - start)


def _link_target(target: str) -> tuple[int, str, str] | None:
    """(length of the scheme to skip, kind, value) of a link's target, when it is a fact."""
    low = target.lower()
    if low.startswith("mailto:"):
        address = unquote(target[7:].split("?", 1)[0])
        return (7, "email", address.lower()) if _EMAIL.fullmatch(address) else None
    if low.startswith("tel:"):
        return 4, "phone", canon_phone(unquote(target[4:]))
    host = re.split(r"[/?#:]", target, maxsplit=1)[0]
    if _URL.match(target) or ("." in host and host.rsplit(".", 1)[1].lower() in _TLDS):
        return 0, "url", canon_url(target)
    return None


def _same_fact(kind: str, label: str, value: str) -> bool:
    label = _MD_ESCAPE.sub(r"\1", label).strip(" *_`")
    if kind == "url":
        return " " not in label and "." in label and canon_url(label) == value
    if kind == "email":
        return label.lower().removeprefix("mailto:") == value
    return any(c.isdigit() for c in label) and canon_phone(label) == value


_Link = tuple[int, int, int, int]
"""Where a link's target and its label are: (target start, target end, label start, label end)."""


def _stop(pattern: re.Pattern[str], text: str, pos: int) -> int:
    """Where ``pattern``, which may match nothing, stops matching from ``pos``."""
    m = pattern.match(text, pos)
    return m.end() if m else pos


def _md_links(text: str) -> Iterator[_Link]:
    """The Markdown links ``[label](url "title")``, as the pattern above finds them, in linear time.

    When a "[" is no link, no "[" inside its label is one either: their labels end at the
    same "]" and what follows is the same. A target runs to the first space or ")", the
    same for every target starting in that stretch, and what follows it is judged once.
    """
    pos = 0
    url_from = url_end = title_at = -1
    title: re.Match[str] | None = None
    while (start := text.find("[", pos)) >= 0:
        label_end = _stop(_MD_LABEL, text, start + 1)
        pos = label_end
        if not text.startswith("](", label_end):
            continue
        url_start = label_end + 2
        if not url_from <= url_start <= url_end:
            url_from, url_end = url_start, _stop(_MD_URL, text, url_start)
        if url_end == url_start:
            continue
        if title_at != url_end:
            title_at, title = url_end, _MD_TITLE.match(text, url_end)
        if title:
            yield url_start, url_end, start + 1, label_end
            pos = title.end()


def _html_links(text: str) -> Iterator[_Link]:
    """The HTML links ``<a href="url">label</a>``, as the pattern above finds them, in linear time.

    An ``<a`` is a link through the first ``href`` in its tag (before the first ">") whose
    address closes (at the next same quote) before a ">" that some "</a>" follows: the
    address then ends there, and the label at the first "</a>" after that ">". Whether a
    "</a>" follows depends only on where the address closes, so it is read once, from the
    last "</a>"; and when an ``<a`` is no link, no ``<a`` before its first ">" is one.
    """
    last_close = max((m.start() for m in _A_CLOSE.finditer(text)), default=-1)
    if last_close < 0:
        return
    closes_before = text.rfind(">", 0, last_close)  # an address closing before it has its "</a>"
    next_quote: dict[str, tuple[int, int]] = {}  # quote -> (from, where the next one is)
    pos = 0
    while start := _A_OPEN.search(text, pos):
        tag_end = text.find(">", start.end())
        for href in _A_HREF.finditer(text, start.end(), tag_end if tag_end >= 0 else len(text)):
            quote, url_start = href.group(1), href.end()
            known_from, found = next_quote.get(quote, (len(text) + 1, -1))
            if not (known_from <= url_start and (found < 0 or url_start <= found)):
                found = text.find(quote, url_start)
                next_quote[quote] = (url_start, found)
            if 0 <= found < closes_before:
                label_start = text.find(">", found + 1) + 1
                close = _A_CLOSE.search(text, label_start)
                assert close is not None
                yield url_start, found, label_start, close.start()
                pos = close.end()
                break
        else:
            if tag_end < 0:
                return
            pos = tag_end


def _markup(st: _Scan) -> None:
    """Links report their target once (not again their text when it says the same)."""
    for links in (_md_links, _html_links):
        for start, end, label_start, label_end in links(st.text):
            target = _link_target(st.text[start:end])
            if target is None:
                st.claim(start, end)
                continue
            skip, kind, value = target
            st.claim(start, start + skip)
            st.take(start + skip, end, kind, value)
            if _same_fact(kind, st.text[label_start:label_end], value):
                st.claim(label_start, label_end)
    for m in _HTML_TAG.finditer(st.text):
        st.claim(*m.span())


def _trim_url(url: str) -> str:
    """Without the punctuation that ends the sentence or closes a bracket or emphasis."""
    end = len(url)
    opened = closed = -1  # brackets in url[:end], counted at the first ")" met
    while end:
        last = url[end - 1]
        if last == ")":
            if closed < 0:
                opened, closed = url.count("(", 0, end), url.count(")", 0, end)
            if opened >= closed:
                break
            closed -= 1
        elif last not in _TRAILING:
            break
        end -= 1
    return url[:end]


def _addresses(st: _Scan) -> None:
    text = st.text
    at = text.find("@")
    while at >= 0:
        # An e-mail holding this "@" ends where its domain does; with none, there is no such e-mail
        # (and no search over the 320 characters around it).
        domain = _EMAIL_DOMAIN.match(text, at, at + 256)
        m = _EMAIL.search(text, max(0, at - 64), domain.end()) if domain else None
        if m and m.start() < at < m.end():
            st.take(m.start(), m.end(), "email", _MD_ESCAPE.sub(r"\1", m.group()).lower())
        at = text.find("@", at + 1)
    for m in _URL.finditer(text):
        url = _trim_url(m.group())
        if (not m.start() or text[m.start() - 1] not in "@./:\\-") and "." in url[4:]:
            st.take(m.start(), m.start() + len(url), "url", canon_url(url))
    for m in _DOT_TLD.finditer(text):  # bare hosts: clusterexcellence.eu/about
        if m.group(1).lower() not in _TLDS:
            continue
        host = _HOST_END.search(text, max(0, m.start() - 100), m.start())
        if host is None or st.taken[host.start()]:
            continue  # a host inside a link or an address already read
        start = host.start()
        if start and (text[start - 1] in "@./:\\-_" or text[start - 1].isalnum()):
            continue
        rest = _URL_REST.match(text, m.end())
        url = _trim_url(text[start : rest.end() if rest else m.end()])
        st.take(start, start + len(url), "url", canon_url(url))
    for m in _PHONE_INTL.finditer(text):
        if 8 <= sum(c.isdigit() for c in m.group()) <= 15:
            st.take(m.start(), m.end(), "phone", canon_phone(m.group()))
    for m in _PHONE_LOCAL.finditer(text):
        raw = m.group()
        if 9 <= sum(c.isdigit() for c in raw) <= 13 and not _GROUPED.fullmatch(raw):
            st.take(m.start(), m.end(), "phone", canon_phone(raw))


def _date_value(year: str | None, month: int, day: int) -> str | None:
    """2013-03-05, or --03-05 without a year; None if there is no such day."""
    try:
        if year:
            return dt.date(int(year), month, day).isoformat()
        dt.date(2000, month, day)  # a leap year: 29 February is a day
    except ValueError:
        return None
    return f"--{month:02d}-{day:02d}"


def _dates(st: _Scan) -> None:
    r = st.rules
    for m in r.date.finditer(st.fold):
        g = m.groupdict()
        month = r.months[(g["m1"] or g["m2"]).lower().rstrip(".")]
        value = _date_value(g["y1"] or g.get("y2"), month, int(g["d1"] or g["d2"]))
        if value is None:
            continue
        start = m.start()
        weekday = r.weekday_before.search(st.fold, max(0, start - 24), start)
        st.take(weekday.start() if weekday else start, m.end(), "date", value)
    for m in _NUMERIC_DATE.finditer(st.text):
        if m.group("y"):
            first, second = int(m.group("a")), int(m.group("b"))
            day, month = (second, first) if r.month_first else (first, second)
            value = _date_value(m.group("y"), month, day)
        else:
            value = _date_value(m.group("iy"), int(m.group("im")), int(m.group("id")))
        if value:
            st.take(m.start(), m.end(), "date", value)
    for pattern in (_TIME, _LIST_MARKER):
        for m in pattern.finditer(st.text):
            if st.free(*m.span()):
                st.claim(*m.span())


def _quantity(st: _Scan, start: int, end: int, value: Decimal, digits: str = "") -> None:
    """Report the number over [start, end) as a percent, an amount, a year or a number.

    ``digits`` is the number as written, when written in digits: only then may scale words
    ("60 millones") or a compact scale next to a currency ("US$ 60M") follow it.
    """
    r, text = st.rules, st.fold
    if digits and (m := r.scale_after.match(text, end)):
        for word in m.group().split():
            value *= r.scales[word.lower()]
        end = m.end()
        digits = "scaled"
    if m := _PERCENT.match(text, end):
        st.take(start, m.end(), "percent", canon_number(value))
        return
    compact = _COMPACT.match(text, end) if digits and digits != "scaled" else None
    times = _COMPACT_SCALES[compact.group("c")[:3].rstrip(" \u00a0")] if compact else 1
    for stop, scale in ([(compact.end(), times)] if compact else []) + [(end, 1)]:
        if m := r.currency_after.match(text, stop):
            code = r.currencies[m.group("c") or " ".join(m.group("w").lower().split())]
            st.take(start, m.end(), "amount", f"{code} {canon_number(value * scale)}")
            return
    if m := r.currency_before.search(text, max(0, start - 10), start):
        if compact and not text[compact.end() : compact.end() + 1].isalpha():
            end, value = compact.end(), value * times
        st.take(m.start(), end, "amount", f"{r.currencies[m.group('c')]} {canon_number(value)}")
        return
    if digits and end < len(text) and text[end].isalpha():
        return  # 3M, 4G, 10km: part of a name or a measure
    year = len(digits) == 4 and digits.isdigit() and 1900 <= int(digits) <= 2099
    st.take(start, end, "year" if year else "number", canon_number(value))


def _numbers(st: _Scan) -> None:
    for m in _HASHTAG.finditer(st.text):
        st.take(m.start(), m.end(), "hashtag", m.group().lower())
    for m in st.rules.ordinal.finditer(st.fold):
        st.take(m.start(), m.end(), "ordinal", str(int(m.group("n"))))
    for m in st.rules.number.finditer(st.fold):
        if st.free(*m.span()):
            whole, frac = m.group("int"), m.group("frac")
            value = Decimal(re.sub(r"\D", "", whole) + (f".{frac}" if frac else ""))
            _quantity(st, m.start(), m.end(), value, whole if frac is None else m.group())


class _Words:
    """The words of the text, for the recognisers that read words."""

    def __init__(self, st: _Scan) -> None:
        self.st = st
        self.spans = [m.span() for m in _WORD.finditer(st.fold)]
        self.starts = [a for a, _ in self.spans]
        self.lows = [st.fold[a:b].lower() for a, b in self.spans]
        self.shouting: dict[int, bool] = {}

    def join(self, k: int) -> str:
        """How word k hangs on word k-1: "" by spaces, "-" by a hyphen, "x" otherwise."""
        if k >= len(self.spans):
            return "x"
        gap = self.st.fold[self.spans[k - 1][1] : self.spans[k][0]]
        if gap == "-":
            return "-"
        return "" if gap and not gap.strip(" \u00a0\u202f\u2009\t") else "x"

    def before_edition(self, k: int) -> bool:
        return self.join(k + 1) == "" and self.lows[k + 1] in EDITION_WORDS

    def take(self, k: int, last: int, kind: str, value: str) -> int:
        """Report words k..last; the index of the word after, or 0 if they were taken."""
        taken = self.st.take(self.spans[k][0], self.spans[last][1], kind, value)
        return last + 1 if taken else 0

    def run(self) -> None:
        text, wanted = self.st.text, self.st.rules.words | set(self.st.terms)
        k = 0
        while k < len(self.spans):
            a, b = self.spans[k]
            if (text[a:b].islower() and self.lows[k] not in wanted) or not self.st.free(a, b):
                k += 1
                continue
            k = (
                self.roman(k)
                or self.ordinal(k)
                or self.cardinal(k)
                or self.phrase(k, self.st.rules.countries, self.st.fold[a:b], "country")
                or self.term(k)
                or self.name(k)
                or k + 1
            )

    def roman(self, k: int) -> int:
        a, b = self.spans[k]
        word = self.st.text[a:b]
        french = _FRENCH_ROMAN.fullmatch(word) if self.st.rules.lang == "fr" else None
        if french:  # XVIe, Ier, IIIes: the suffix makes it an ordinal, unless it reads as Le, Ce, De, Me
            word = french.group(1)
            if len(word) == 1 and word not in "IVX":
                return 0
        elif not (word.isupper() and _ROMAN.fullmatch(word)):
            return 0
        after_edition = k > 0 and self.join(k) == "" and self.lows[k - 1] in EDITION_WORDS
        plain = len(word) > 1 and set(word) <= set("IVX")
        if not (french or plain or after_edition or self.before_edition(k)):
            return 0
        values = [_ROMAN_VALUES[c] for c in word]
        value = sum(-v if v < w else v for v, w in zip(values, [*values[1:], 0], strict=True))
        return self.take(k, k, "ordinal", str(value))

    def ordinal(self, k: int) -> int:
        lang, low = self.st.rules.lang, self.lows[k]
        compound = parse_ordinal(lang, self.items(k)) if low in CARDINALS.get(lang, {}) else None
        if compound:  # French "vingt-deuxième", "quatre-vingt-dixième"
            return self.take(k, k + compound[0] - 1, "ordinal", str(compound[1]))
        table = ORDINALS.get(lang, {})
        unit = table.get(self.lows[k + 1], 0) if k + 1 < len(self.spans) else 0
        value = table.get(low)
        if value is None:  # English "twenty-first"
            tens = CARDINALS[lang].get(low, (0, ""))[0] if lang == "en" else 0
            if 20 <= tens < 100 and not tens % 10 and 0 < unit < 10 and self.join(k + 1) == "-":
                return self.take(k, k + 1, "ordinal", str(tens + unit))
            return 0
        if not value % 10 and value < 100 and 0 < unit < 10 and self.join(k + 1) == "":
            return self.take(k, k + 1, "ordinal", str(value + unit))  # vigésimo quinto
        if low in AMBIGUOUS.get(lang, ()) and not self.before_edition(k):
            return 0
        return self.take(k, k, "ordinal", str(value))

    def cardinal(self, k: int) -> int:
        lang = self.st.rules.lang
        if self.lows[k] not in CARDINALS.get(lang, {}):
            return 0
        parsed = parse_cardinal(lang, self.items(k))
        if parsed is None:
            return 0
        used, value, _ = parsed
        start, end = self.spans[k][0], self.spans[k + used - 1][1]
        if not self.st.free(start, end):
            return 0
        _quantity(self.st, start, end, Decimal(value))
        return k + used

    def items(self, k: int) -> Iterator[tuple[str, str]]:
        """(folded lower-case word, join) from word k on, as numwords reads them."""
        return ((self.lows[j], self.join(j) if j > k else "") for j in range(k, len(self.spans)))

    def term(self, k: int) -> int:
        """A glossary term; one that is also a common word counts only as a name is written."""
        a, _ = self.spans[k]
        if self.lows[k] in _COMMON_WORD_TERMS.get(self.st.rules.lang, ()):
            if not self.st.text[a].isupper() or _SENTENCE_START.search(self.st.text, max(0, a - 40), a):
                return 0  # French "or" (but, now) and "argent" (money), not the levels Or and Argent
        return self.phrase(k, self.st.terms, self.lows[k], "term")

    def phrase(self, k: int, index: _Index, key: str, kind: str) -> int:
        """A country name or glossary term starting at word k."""
        start = self.spans[k][0]
        for pattern, value in index.get(key, ()):
            m = pattern.match(self.st.fold, start)
            if m and self.st.take(start, m.end(), kind, value):
                return bisect.bisect_left(self.starts, m.end())
        return 0

    def name(self, k: int) -> int:
        a, b = self.spans[k]
        word = self.st.text[a:b]
        if len(word) < 2 or word.istitle() or word.islower():
            return 0
        if word.isupper() and (self.lows[k].upper() in _STOPWORDS or self.is_shouting(a)):
            return 0
        return self.take(k, k, "name", word)

    def is_shouting(self, offset: int) -> bool:
        """Is the line at ``offset`` a heading in capitals ("NOTA DE IMPRENSA")?"""
        text = self.st.text
        start = text.rfind("\n", 0, offset) + 1
        if start not in self.shouting:
            end = text.find("\n", offset)
            line = text[start : end if end >= 0 else len(text)]
            self.shouting[start] = not any(c.islower() for c in line) and any(
                w in _STOPWORDS for w in _WORD.findall(fold(line))
            )
        return self.shouting[start]


def extract(
    text: str,
    lang: str,
    *,
    locale: Locale | None = None,
    glossary: Mapping[str, Any] | None = None,
) -> list[Mention]:
    """Every fact mention in ``text``, written in ``lang``, in the order they appear.

    ``locale`` defaults to the language's European locale (pt_PT, es_ES, en_GB);
    ``glossary`` to the language's glossary in the template catalog.
    """
    locale = locale or locale_for(lang)
    if glossary is None:
        glossary = _default_glossary(lang)
    st = _Scan(text, _rules(lang, str(locale)), _terms(_glossary_items(glossary)))
    _markup(st)
    _addresses(st)
    _dates(st)
    _numbers(st)
    _Words(st).run()
    newlines = [m.start() for m in re.finditer("\n", text)]
    mentions = []
    for start, end, kind, value in st.found:
        line = bisect.bisect_left(newlines, start)
        column = start - newlines[line - 1] if line else start + 1
        mentions.append(Mention(line + 1, column, kind, value, text[start:end]))
    return sorted(mentions)
