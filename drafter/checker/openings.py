"""Words that open a sentence with a capital and are no mention: a name the scan could not tell from a
word that takes a capital only there ("Loures will receive", "Servimedia"), or a misspelt one ("Lorues").

The word scan reads no name in a single capitalised word opening a sentence. The comparison of two
versions looks at those words again: one that is no common word and stands nowhere in the other version
is a name misspelt when a letter or two off a name there, and a name of its own when rare in its
language. A verb with its pronoun joined by a hyphen ("Medimo-nos", « Rendons-nous ») is neither.
"""

from __future__ import annotations

import itertools

from ..extract import Mention
from ..extract.canon import canon_name
from ..extract.names import enclitic_after
from ..extract.wordplans import opens
from ..lang.frequency import common, translated, zipf
from .differences import Observations
from .names import Token, limit
from .naming import RARE, WORDS, part_of, word_at
from .nearmiss import distance
from .version import Version


def openings(version: Version) -> list[Token]:
    """The capitalised words of five letters or more that open a sentence and start no mention."""
    text = version.draft.text
    named = set(version.starts)
    words = version.text
    starts, ends, folded = words.starts, words.ends, words.words_in_order
    return [
        words.token(i)
        for i in itertools.compress(range(len(starts)), words.capitals)  # only the capitalised are looked at
        if starts[i] not in named
        and len(folded[i]) >= 5
        and _opens(text, starts, ends, i)
        and not enclitic_after(text, ends[i], version.lang)
    ]


def _opens(text: str, starts: list[int], ends: list[int], i: int) -> bool:
    """``SENTENCE_START.search(text, max(0, starts[i] - 40), starts[i])``: word i opens a sentence. The
    pattern reads no letter, so what decides it lies after the word before, a gap that most words share
    (" ", ". "), whose answer the word scan keeps (:func:`.wordplans.opens`)."""
    since = max(0, starts[i] - 40, ends[i - 1] if i else 0)
    return opens(text[since : starts[i]], since == 0)


def odd_openings(
    holder: Version, other: Version, tokens: list[Token], words: dict[str, Mention], seen: Observations
) -> None:
    """Observe, of ``holder``'s :func:`openings`, the names misspelt against ``other``'s name ``words``,
    and the rare words ``other`` lacks."""
    text = holder.draft.text
    for token in tokens:
        written = text[token.start : token.end]
        if other.text.has_word(token.folded) or common(written.lower(), holder.lang):
            continue
        line = text.count("\n", 0, token.start) + 1
        odd = Mention(line, token.start - text.rfind("\n", 0, token.start), "name", token.folded, written)
        twin = _twin(written, holder, other, words)
        if twin:
            gap = distance(token.folded, twin.value, 2)
            seen.differ("name", (holder, odd), (other, twin), f"{gap} letter{'s' if gap > 1 else ''} apart", False)
        elif zipf(written.lower(), holder.lang, "large") < RARE:  # a byline, a credit: "Servimedia"
            seen.lack(holder, holder.segment_of(odd), odd, other)


def _twin(written: str, holder: Version, other: Version, words: dict[str, Mention]) -> Mention | None:
    """The word of a name in the other version that ``written`` misspells, if any."""
    folded = canon_name(written)
    for word, mention in words.items():
        gap = distance(folded, word, 2)
        if 0 < gap <= limit(word) and not translated(written.lower(), holder.lang, word, other.lang):
            first = next(w for w in WORDS.findall(mention.text) if canon_name(w) == word)
            return part_of(mention, *word_at(mention, mention.text.find(first)))
    return None
