"""A scheme's own noun (``award.noun``): where each language says it, whether English counts it, and the
gender that chooses its article, from the nouns awards are named by (:data:`~.awards.AWARD_HEADS`)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..acronyms import initials_of
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


def issuers_noun_abroad(
    name: str, issuers: set[str], noun: Mapping[str, str] | str | None, lang: str, acronym: str | None
) -> bool:
    """Whether an award's name is its issuer's and, after it, the award's noun in another language than
    ``lang`` ("Joint Commission International Accreditation" with `noun: {es: acreditación, en:
    accreditation}`): Spanish, Portuguese and French then say the noun and the body, « l’accréditation de
    la Joint Commission International (JCI) », not a proper name in English; English keeps its own name.
    An acronym of the award is the issuer's, said after its name, where it is its initials."""
    head, _, last = name.rpartition(" ")
    if not isinstance(noun, Mapping) or head.casefold() not in issuers:
        return False
    own = noun.get(lang, "").casefold()  # accents kept: French « accréditation » is not "Accreditation"
    abroad = {word.casefold() for code, word in noun.items() if code != lang} - {own}
    if last.casefold() not in abroad:
        return False
    return not acronym or initials_of(acronym, head)


def issuers_name_abroad(award: Any, lang: str) -> str | None:
    """The issuer's name an award's name is made of where :func:`issuers_noun_abroad` holds in ``lang``
    ("Joint Commission International"), which the draft says with the noun instead of the whole name,
    and ``drafter check`` looks for; None otherwise, and with a level, an upgrade, a former name, a motto
    or an edition, which a proper name carries."""
    issuer = award.issuer
    if issuer is None or award.level or award.previous or award.former_name or award.motto or award.edition:
        return None
    name = _in(award.name, lang)
    names = {(_in(issuer.name, lang) or "").casefold(), (_in(issuer.acronym, lang) or "").casefold()} - {""}
    if not name or not issuers_noun_abroad(name, names, award.noun, lang, award.acronym):
        return None
    return name.rpartition(" ")[0]


def _in(value: Any, lang: str) -> str | None:
    return value.get(lang) if isinstance(value, Mapping) else value
