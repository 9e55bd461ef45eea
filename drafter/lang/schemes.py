"""A scheme's own noun (``award.noun``): where each language says it, whether English counts it, and the
gender that chooses its article, from the nouns awards are named by (:data:`~.awards.AWARD_HEADS`)."""

from __future__ import annotations

from .awards import AWARD_HEADS

SCHEME_NOUN_FIRST = frozenset(("pt", "es", "fr"))
"""Languages that say a scheme's own noun (``award.noun``) before a name that does not say it, with the
noun's article: "a acreditação Investors in People", « l’accréditation Investors in People »; English
says it after: "Investors in People accreditation"."""

UNCOUNTED_EN = frozenset("accreditation certification recognition status membership".split())
"""English scheme nouns a bare name (a phrase, a brand) goes before without "the": "has achieved
Investors in People accreditation"; a noun that is counted takes it: "the Athena Swan award"."""


NAMING_NOUNS = frozenset(
    {word for heads in AWARD_HEADS.values() for word in heads}
    | set("label seal mark flag charter accreditation certification award prize ecolabel".split())
)
"""Nouns an award's name says it is by: its first word in Portuguese, Spanish and French ("Selo…", « Label… »),
its last in English ("… Seal", "… Accreditation"). A name headed by one of its language's needs no scheme noun
of the facts' said again with it: "the Safe Water Seal", never "the Safe Water Seal label"."""


def scheme_has_gender(lang: str) -> bool:
    """Whether a scheme's noun in ``lang`` needs a gender for its article: where :data:`AWARD_HEADS` has words."""
    return lang in AWARD_HEADS


def scheme_gender(lang: str, noun: str) -> str | None:
    """The gender of a scheme's noun by its first word (:data:`AWARD_HEADS`): "f" for "acreditação",
    "m" for « label »; None for a noun drafter does not know, or in a language without genders."""
    first = (noun.split() or [""])[0].casefold()
    return AWARD_HEADS.get(lang, {}).get(first)
