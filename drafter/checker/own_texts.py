"""The facts file's own texts, as each version's language gives them: the facts each text holds there.

A press office writes an About paragraph, a speaker's role or a figure's words once a language, and
each language may say one thing with other numbers and names: a school year ("11.º ano", "1.º de
Bachillerato", "Year 12"), grades as ages ("do 7.º ao 12.º ano", "de 12 a 18 años"), a region
("Vale do Loire", "Loira"). Where each version says what the facts' text in its own language says,
the versions differ as the facts file does, and the facts file is the authority: the comparison of
versions (:mod:`.between`) excuses the difference. A version that departs from its own language's
text is still reported, and the check against the facts file reads the union of these facts, which
no orphan can be (:mod:`.stated`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from ..extract import Mention
from ..facts import Facts
from .expect import family
from .facts_texts import all_texts
from .keys import alternatives, key
from .stated import stated_each
from .version import Version

Reader = Callable[[Version], Callable[[str], Iterable[Mention]]]
"""For a version, how to read the facts of a text in its language (extraction, with its locale)."""


@dataclass(frozen=True)
class OwnTexts:
    """By language: for each text of the facts file (in one order for every language), the keys of the
    facts it holds in that language, or None where the text has no version in it."""

    held: Mapping[str, tuple[frozenset[str] | None, ...]]
    stated: Mapping[str, frozenset[tuple[str, str]]]
    """By language, the family and value of every fact the texts hold: no orphans."""

    @classmethod
    def read(cls, facts: Facts, versions: Sequence[Version], reader: Reader) -> OwnTexts:
        texts = all_texts(facts)
        held: dict[str, tuple[frozenset[str] | None, ...]] = {}
        stated: dict[str, frozenset[tuple[str, str]]] = {}
        for version in versions:
            lang = version.lang
            mine = [i for i, t in enumerate(texts) if isinstance(t, str) or lang in t]
            said = stated_each(
                version, [t if isinstance(t, str) else t[lang] for t in (texts[i] for i in mine)], reader(version)
            )
            keys: list[frozenset[str] | None] = [None] * len(texts)
            for index, mentions in zip(mine, said, strict=True):
                keys[index] = frozenset(k for m in mentions for k in (key(m), *alternatives(m)))
            held[lang] = tuple(keys)
            stated[lang] = frozenset((family(m.kind), m.value) for mentions in said for m in mentions)
        return cls(held, stated)

    def differ(self, x: tuple[str, Mention], y: tuple[str, Mention]) -> bool:
        """True when one text of the facts gives ``x``'s fact in ``x``'s language and not ``y``'s, and
        ``y``'s in ``y``'s language and not ``x``'s: each version says its own language's text."""
        for here, there in self._texts(x[0], y[0]):
            if _has(here, x[1]) and not _has(there, x[1]) and _has(there, y[1]) and not _has(here, y[1]):
                return True
        return False

    def lack(self, holder: str, mention: Mention, other: str) -> bool:
        """True when one text of the facts gives ``mention`` in ``holder``'s language, and the same text
        in ``other``'s language does not: the other version lacks it as its own text does."""
        return any(_has(here, mention) and not _has(there, mention) for here, there in self._texts(holder, other))

    def _texts(self, a: str, b: str) -> Iterable[tuple[frozenset[str], frozenset[str]]]:
        """The keys of each text given in both languages."""
        for here, there in zip(self.held.get(a, ()), self.held.get(b, ()), strict=False):
            if here is not None and there is not None and here != there:
                yield here, there


def _has(keys: frozenset[str], mention: Mention) -> bool:
    return key(mention) in keys or any(k in keys for k in alternatives(mention))
