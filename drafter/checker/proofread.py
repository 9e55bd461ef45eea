"""Checks of a single version: is it in its language, and is anything left unfinished?"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import cache, lru_cache
from itertools import compress
from typing import cast

from babel import Locale

from .findings import Finding, Location
from .langid import MIN_WORDS, holds_part_in, other_than, plainly
from .version import Version

# Each finder reads one line and yields (column from 0, text) for what it finds. Those that
# are patterns with a bracket to close are scanners that find what the pattern in their
# docstring would, in time linear in the line: the pattern alone tries every opening against
# the rest of the line, and a line may be a whole file long.
_Finder = Callable[[str], Iterator[tuple[int, str]]]
_TEMPLATE_MARK = re.compile(r"\{\{|\{%|\{#|\}\}|%\}")
_TEMPLATE_CLOSE = {"{{": "}}", "{%": "%}", "{#": "#}"}
_EMPTY_TARGET = re.compile(r"\[[^\]\n]*\]\(\s*\)")
_NO_TEXT = re.compile(r"(?<!!)\[\s*\]\([^)\n]*\)")


def _matches(pattern: re.Pattern[str]) -> _Finder:
    def find(line: str) -> Iterator[tuple[int, str]]:
        return ((m.start(), m.group()) for m in pattern.finditer(line))

    return find


def _template_syntax(line: str) -> Iterator[tuple[int, str]]:
    r"""``\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}|\{\{|\}\}|\{%|%\}``: an opening reaches the first closing
    after it, if there is one, which the last closing in the line tells."""
    last: dict[str, int] = {}  # where each closing last stands, looked up when first wanted
    pos = 0
    while mark := _TEMPLATE_MARK.search(line, pos):
        start = mark.start()
        close = _TEMPLATE_CLOSE.get(mark.group())
        if close and close not in last:
            last[close] = line.rfind(close)
        if close and last[close] >= start + 2:
            end = line.find(close, start + 2) + 2
        elif mark.group() == "{#":
            pos = start + 1  # "{#" counts only closed
            continue
        else:
            end = start + 2
        yield start, line[start:end]
        pos = end


def _empty_target(line: str) -> Iterator[tuple[int, str]]:
    r"""``\[[^\]\n]*\]\(\s*\)``: when a "[" is no such link, no "[" before the "]" that ends its text is one."""
    pos = 0
    while (start := line.find("[", pos)) >= 0:
        if m := _EMPTY_TARGET.match(line, start):
            yield start, m.group()
            pos = m.end()
        elif (pos := line.find("]", start)) < 0:
            return


def _no_text(line: str) -> Iterator[tuple[int, str]]:
    r"""``(?<!!)\[\s*\]\([^)\n]*\)``, read no further than the last ")"."""
    return ((m.start(), m.group()) for m in _NO_TEXT.finditer(line, 0, line.rfind(")") + 1))


_LEFTOVERS: tuple[tuple[_Finder, str], ...] = (
    (_template_syntax, "template syntax {text!r} left in the text"),
    (_matches(re.compile(r"\b(?:TODO|TBD|FIXME|XXX)\b")), "{text} left in the text"),
    (_matches(re.compile(r"<<[^<>\n]*>>")), "placeholder {text} from drafter new left in the text"),
    (_empty_target, "link {text} goes nowhere"),
    (_no_text, "link {text} has no text"),
    (_matches(re.compile(r"""href\s*=\s*(?:""|'')""", re.I)), "link goes nowhere ({text})"),
)
MAY_BE_LEFT = r"[{}\[]|<<|TODO|TBD|FIXME|XXX|(?i:href)"
"""What a line needs for any of :data:`_LEFTOVERS` to find something in it: most lines hold none of it."""
_MAY_BE_LEFT = re.compile(r"[{}\[<TFXhH](?:(?<=[{}\[])|(?<=<)<|(?<=T)(?:ODO|BD)|(?<=F)IXME|(?<=X)XX|(?<=[hH])(?i:ref))")
""":data:`MAY_BE_LEFT` written first letter first: the regex engine then skips to the characters that can
open a match, where the alternation tried every branch at every character (a line found either way)."""
_NOISE_WEB = re.compile(r"https?://\S|www\.\S")
_NOISE_MARK = re.compile(r"\]\(|https?://\S|www\.\S|[#>*_`|\[\]]")
_ANY_NOISE = re.compile(r"[\]\[#>*_`|@]|https?://|www\.")
"""What every noise :func:`_noise` finds starts with or holds: a text without it has none."""
_NON_SPACE = re.compile(r"\S")
_SPACE = re.compile(r"\s")


@cache
def language_name(code: str) -> str:
    """Spanish, Portuguese: for messages, in English."""
    name: str = Locale("en").languages.get(code, code)
    return name


def leftovers(version: Version, release: str, names: frozenset[str] = frozenset()) -> list[Finding]:
    """Template syntax, TODO and its kin, placeholders and empty links; ``names`` are facts, never leftovers."""
    raw = version.draft.raw or version.draft.text
    out = []
    for number, line in enumerate(raw.split("\n"), 1):
        if not line or not _MAY_BE_LEFT.search(line):
            continue
        shown = ""  # the line as a subject shows it, made once a line has a finding
        for find, template in _LEFTOVERS:
            for column, text in find(line):
                if text in names:
                    continue  # an organisation really called TBD
                shown = shown or line.strip()[:80]
                where = Location(version.draft.shown, number, column + 1)
                message = template.format(text=text)
                subject = (version.lang, text, shown)
                out.append(Finding("leftover", "error", message, release, (where,), subject))
    return out


def _noise(block: str) -> Iterator[tuple[int, int]]:
    r"""Where ``\]\([^)]*\)|https?://\S+|www\.\S+|\S+@\S+|[#>*_`|\[\]]`` matches, in linear time.

    Link targets, web and e-mail addresses, markup. ``\S+@\S+`` matches from a character
    when its word has an "@" further on with a character after it, which the word's last
    such "@" tells; the pattern alone reads the rest of the word from every character. Words
    are read one by one only from one that holds a character every noise holds (most hold none).
    """
    last_paren = block.rfind(")")
    word_end = last_at = -1
    pos = 0
    backwards = block[::-1]  # the last space before a place, found by searching forwards in it
    while hit := _ANY_NOISE.search(block, pos):
        # The words before the one that holds the next noise's first character hold none: go to that word.
        if hit.start() >= word_end and (space := _SPACE.search(backwards, len(block) - hit.start(), len(block) - pos)):
            pos = len(block) - space.start()
        char = _NON_SPACE.search(block, pos)
        if char is None:
            return
        start = char.start()
        if start >= word_end:
            word_end = m.start() if (m := _SPACE.search(block, start)) else len(block)
            last_at = block.rfind("@", start, word_end - 1)
        if last_at <= start:  # no e-mail from here on in this word: only the marks can match
            mark = _NOISE_MARK.search(block, start, word_end)
            if mark is None:
                pos = word_end
                continue
            start = mark.start()
        if block.startswith("](", start) and last_paren >= start + 2:
            end = block.find(")", start + 2) + 1
        elif _NOISE_WEB.match(block, start, word_end) or last_at > start:
            end = word_end
        elif block[start] in "#>*_`|[]":
            end = start + 1
        else:
            pos = start + 1
            continue
        yield start, end
        pos = end


def _prose(block: str) -> str:
    """The words that tell a language: no addresses, markup, or names (words with a capital inside)."""
    if "." in block:  # a web address without "www." or a scheme ("environment.ec.europa.eu/topics/…", a
        block = _HOST.sub(" ", block)  # link's text) is in no language: its words outvote a short line's
    parts: list[str] = []
    pos = 0
    for start, end in _noise(block) if _ANY_NOISE.search(block) else ():
        parts += (block[pos:start], " ")
        pos = end
    text = "".join(parts) + block[pos:]
    # Words not opening with a digit, and not in a name: a name's words ("SahelNOW", "Universidad de
    # Vigo", "Junta de Andalucía") are in the language of the body they name, not of the paragraph's, and
    # a Portuguese paragraph listing Spanish partners would read as Spanish.
    words = text.split()
    shapes = _shapes(words)
    dropped = _in_names(words, shapes)
    dropped.update(compress(range(len(words)), map(_DIGIT.__and__, shapes)))
    if not dropped:
        return " ".join(words)
    kept = [True] * len(words)
    for i in dropped:
        kept[i] = False
    return " ".join(compress(words, kept))


_HOST = re.compile(r"(?<![\w.@/-])[\w-]+(?:\.[\w-]+)*\.[^\W\d_]{2,}(?![\w-])(?:[/?#][^\s)\]]*)?")
"""A host name, and what follows it, as a word: "europa.eu", "environment.ec.europa.eu/topics/x_en"."""


_LINKS = 2
_LINK_LETTERS = 3
"""A name links its words by at most two short ones: "de", "la", "del", "y", "of", "the", "des"."""


_CAPITAL, _INSIDE, _DIGIT = 1, 2, 4
"""A word's shape, as bits: a capital anywhere, a capital after its first letter, a digit first."""
_SHAPES: dict[str, int] = {}
SHAPES_KEPT, SHAPE_LETTERS = 1 << 16, 40
"""Words whose shape is kept for the run, and the longest kept: the same few thousand words come back
paragraph after paragraph, and reading each one's letters cost more than the rest of :func:`_in_names`."""


def _shapes(words: list[str]) -> list[int]:
    kept = list(map(_SHAPES.get, words))
    if None not in kept:
        return cast(list[int], kept)
    return [_shape(word) if shape is None else shape for word, shape in zip(words, kept, strict=True)]


def _shape(word: str) -> int:
    shape = (
        (_CAPITAL if any(map(str.isupper, word)) else 0)
        | (_INSIDE if any(map(str.isupper, word[1:])) else 0)
        | (_DIGIT if word[:1].isdigit() else 0)
    )
    if len(word) <= SHAPE_LETTERS and len(_SHAPES) < SHAPES_KEPT:
        _SHAPES[word] = shape
    return shape


def _in_names(words: list[str], shapes: list[int] | None = None) -> set[int]:
    """Where the words of names are: two or more words with capitals, in a row or linked by short words
    ("Universidad de la Coruña", "Junta de Andalucía e a Diputación"), with no comma or stop between them;
    and any word with a capital inside ("SahelNOW", "iPhone"). A capital alone, as a sentence's or an
    item's first word has ("Formação para gestores"), is the paragraph's language and is kept.

    Only the words with a capital are visited, found in C from each word's kept shape."""
    shapes = _shapes(words) if shapes is None else shapes
    named = set(compress(range(len(words)), map(_INSIDE.__and__, shapes)))
    i = 0
    for capital in compress(range(len(words)), map(_CAPITAL.__and__, shapes)):
        if capital < i:
            continue  # inside the name before
        i = capital
        last = i
        while words[last][-1].isalnum():
            nxt = last + 1
            while nxt < len(words) and nxt - last <= _LINKS and _link(words[nxt]):
                nxt += 1
            if nxt >= len(words) or nxt - last - 1 > _LINKS or not words[nxt][:1].isupper():
                break
            last = nxt
        if last > i:
            named.update(range(i, last + 1))
        i = last + 1
    return named


def _link(word: str) -> bool:
    return len(word) <= _LINK_LETTERS and word.isalpha() and word.islower()


PARAGRAPHS_KEPT = 1 << 13
"""Paragraphs whose language is kept for the rest of the run; with :data:`KEPT_CHARS`, 20 MiB at most."""
KEPT_CHARS = 2000
"""Longer paragraphs are judged afresh each time: a hostile file must not fill the memory."""


def prose_language(block: str, want: str, langs: tuple[str, ...]) -> str | None:
    """The language a paragraph of a draft in ``want``, its words read by :func:`_prose`, is in among
    ``langs``; None when it is too short to judge, or langdetect cannot tell.

    It depends on its arguments alone (langdetect is seeded), so it is kept: an archive's releases
    repeat whole paragraphs (a body's presentation, the contacts, a template's wording), and with
    their figures and names taken out by :func:`_prose` more still; on 300 releases of the
    benchmark's archive, one paragraph in four was new to the run."""
    return _kept_language(block, want, langs) if len(block) <= KEPT_CHARS else _judged_language(block, want, langs)


def _judged_language(block: str, want: str, langs: tuple[str, ...]) -> str | None:
    if sum(1 for w in block.split() if w.islower() and len(w) > 1) < MIN_WORDS:
        return None
    return want if plainly(block, want, langs) else other_than(block, want, langs)


_kept_language = lru_cache(maxsize=PARAGRAPHS_KEPT)(_judged_language)
_kept_prose = lru_cache(maxsize=PARAGRAPHS_KEPT)(_prose)
"""A paragraph's words that tell its language, kept too: over an archive, a paragraph in three comes back
word for word (a body's presentation, the contacts), and reading it costs more than looking it up."""


def language(
    version: Version, langs: list[str], release: str, names: tuple[str, ...] = ()
) -> tuple[list[Finding], bool]:
    """The draft, and each paragraph long enough to judge, is in the draft's language.

    Headings are never judged, and only words in lower case count towards the
    length: a headline made of names reads as any language. The draft as a
    whole is judged by its paragraphs: when most of them read as another
    language, the draft's name (or --lang) is what is wrong, and that one
    finding is returned with the flag set. ``names``, the facts' names in the draft's language, are
    left out of the paragraphs as the names :func:`_prose` finds are.
    """
    if len(langs) < 2:
        return [], False
    lines = version.draft.text.split("\n")
    want = version.lang
    among = tuple(langs)
    verdicts: list[tuple[int, str, str]] = []
    for first, last in version.paragraphs:
        if lines[first - 1].lstrip().startswith("#"):
            continue
        raw = " ".join(lines[first - 1 : last])
        for name in names:  # the facts' names are in their own language, not the paragraph's
            raw = raw.replace(name, " ").replace(name.replace("'", "’"), " ")
        block = _kept_prose(raw) if len(raw) <= KEPT_CHARS else _prose(raw)
        if found := prose_language(block, want, among):
            if found != want and holds_part_in(block, want, found):
                continue  # a caption in both languages: "gagnant du prix - winner of the award"
            verdicts.append((first, found, block))
    others = [v for v in verdicts if v[1] != want]
    if version.draft.lang_from != "detected" and len(verdicts) >= 2 and len(others) * 2 > len(verdicts):
        whole = max({v[1] for v in others}, key=lambda lang: sum(1 for v in others if v[1] == lang))
        said = "name" if version.draft.lang_from == "name" else "--lang"
        message = (
            f"{version.draft.shown} reads as {language_name(whole)}, but its {said} says {language_name(want)}: "
            f"rename it (like x.{whole}{version.draft.path.suffix}), or pass --lang FILE=LANG"
        )
        subject = (version.draft.shown.rsplit("/", 1)[-1], whole, want)
        return [Finding("language", "error", message, release, (version.at(),), subject)], True
    out = []
    for first, found, block in others:
        message = (
            f"This paragraph reads as {language_name(found)}, not {language_name(want)}: "
            f"translate it, or check it belongs in this version"
        )
        subject = (want, found, " ".join(block.split())[:80])
        out.append(Finding("language", "error", message, release, (version.at(first, 1),), subject))
    return out, False
