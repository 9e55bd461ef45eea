"""The gender a Spanish, Portuguese or French draft gives a body's name kept in English, read from the English
noun that says what the body is, as the press does: "la International Organization for Standardization"
(la organización), "el European Research Council" (el consejo), "a Global Reporting Initiative" (a
iniciativa), "el Wetlands Restoration Trust" and « le Wetlands Restoration Trust » though a trust is of
the type foundation, "una fundación": the name's own noun, not the type's, gives the article. Without it
such a name fell to the default, masculine: "El International Organization…".

The noun is the last word before the first "for", "of", "on", "in" or "to" ("International
Organization for Standardization", "Council of Europe"), else the last word of the name ("Forest
Stewardship Council", "World Travel & Tourism Council", "Research and Innovation Agency"). Only
nouns whose Spanish and Portuguese words agree in gender are listed, and only where the press agrees:
an "office" is "la Oficina Europea de Patentes" but "el Foreign Office", and is left to `gender`.
"""

from __future__ import annotations

from collections.abc import Mapping
from itertools import takewhile
from types import MappingProxyType as frozen

from .en import bare_name

_STOPS = frozenset("for of on in to".split())


def _heads(masculine: str, feminine: str) -> Mapping[str, str]:
    return frozen({**dict.fromkeys(masculine.split(), "m"), **dict.fromkeys(feminine.split(), "f")})


_IBERIAN = _heads(
    "council secretariat institute centre center committee programme program fund laboratory museum "
    "forum consortium group department ministry service observatory panel jury project bank hospital college trust",
    "organization organisation agency association foundation commission federation confederation society "
    "authority initiative alliance network union university academy school chamber league company "
    "corporation partnership platform library coalition institution cooperative",
)

_AFTER = frozenset({"international", "worldwide"})
"""Words that may follow the noun in an English name, as in "Joint Commission International"."""

_PLACED = frozenset(("college", "university", "school"))
"""Nouns a name may put its city after: "Imperial College London" is a college (el, o), not a London."""

_FRENCH = _heads(
    "council secretariat institute centre center committee programme program fund laboratory museum "
    "forum consortium group department ministry service observatory panel jury project hospital college trust "
    "network partnership",
    "organization organisation agency association foundation commission federation confederation society "
    "authority initiative alliance union university academy school chamber league company "
    "corporation platform library coalition institution cooperative bank",
)
"""French words differ from the Iberian ones in gender: a network is « le réseau », a partnership « le
partenariat », a bank « la banque »."""

HEADS: Mapping[str, Mapping[str, str]] = frozen({"es": _IBERIAN, "pt": _IBERIAN, "fr": _FRENCH})
"""By language, the English nouns that give a name their gender, in the word a reader of it would use."""


def english_gender(lang: str, name: str | None) -> str | None:
    """The gender of the English noun that says what the body named ``name`` is, in a language of
    :data:`HEADS`; None for a name of one word (a brand), a name whose noun is not listed, or another
    language."""
    words = (name or "").split()
    heads = HEADS.get(lang)
    if not heads or len(words) < 2:
        return None
    before = [w.lower().strip(",.;:()") for w in takewhile(lambda word: word.lower() not in _STOPS, words)]
    if len(before) > 1 and before[-1] in _AFTER:  # "Joint Commission International": la comisión
        before.pop()
    if len(before) > 2 and before[-1] not in heads and before[-2] in _PLACED:  # "Imperial College London"
        before.pop()
    return heads.get(before[-1]) if before else None


_TRADE = frozenset({"company", "corporation", "group", "bank", "partnership"})
"""Nouns of a company's name, which Spanish writes bare ("Acme Group ha obtenido"), not a body's."""


_OF_THE = frozenset(
    "centre center institute university college hospital museum foundation council agency laboratory "
    "observatory academy school society trust association federation commission authority library "
    "gallery unit board committee".split()
)
"""English nouns that give a name "the" when "of" or "for" follows them: "the Basque Center for Applied
Mathematics", "the Royal College of Art", "the London School of Economics"."""

_LAST_THE = _OF_THE - {"university", "college", "school"}
"""Nouns that give "the" to a name they end: "the Queen Elizabeth Hospital", as the Guardian writes a
hospital's name ("the Royal Free hospital"), "the Arts Council", "the Science Policy Research Unit";
not "Cardiff University", "Eton College" or "Harrow School", named after a place."""


def english_the(name: str) -> bool:
    """Whether an English name takes "the" by the institution's noun that heads it, as the press writes
    it; never a name :func:`~drafter.lang.en.bare_name` keeps bare ("Leeds City Council", "St Mary's
    Hospital"), nor a company's ("Acme Group")."""
    words = [w.lower().strip(",.;:()") for w in name.split()]
    if len(words) < 2 or bare_name(name):
        return False
    before = list(takewhile(lambda word: word not in _STOPS, words))
    if not before:
        return False
    if len(before) < len(words):
        return before[-1] in _OF_THE
    return before[-1] in _LAST_THE


def english_body(lang: str, name: str | None) -> bool:
    """Whether ``name``, kept in English, names a body by its noun, as "el Barcelona Supercomputing
    Center" or "la European Space Agency" do, so that it takes the article a Spanish body's name takes
    ("el Centro…"); a company's noun (:data:`_TRADE`) does not. In English, :func:`english_the`."""
    if lang == "en":
        return english_the(name or "")
    words = (name or "").split()
    before = [w.lower() for w in takewhile(lambda word: word.lower() not in _STOPS, words)]
    # Spanish keeps bare a name English itself says bare: "Aberwen University ha ganado", "Imperial College
    # London", as it says "la European Space Agency", which English says with "the"
    if lang in BARE_AS_IN_ENGLISH and bare_name(name or ""):
        return False
    return english_gender(lang, name) is not None and not (set(before[-2:]) & _TRADE)


BARE_AS_IN_ENGLISH = frozenset({"es"})
"""Languages that write a name kept in English without an article where English writes it without one
(a university named by its place, a council, a firm). Portuguese names every body with its article ("a
Aberwen University", as "a Raízes do Tâmega"); French, with its own noun before a foreign name, alike."""
