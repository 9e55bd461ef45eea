"""Names as the view gives them where the facts' own name would read wrong in a language: a full name's
own article, an award named by its noun and its issuer, an acronym spelt from another language's full name."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .acronyms import initials_of, spelt_from
from .facts import Facts
from .grammar import with_article
from .lang import words
from .lang.nouns import ORGS
from .lang.schemes import issuers_name_abroad

if TYPE_CHECKING:
    from .view import Localizer


def full_article(loc: Localizer, full: str, article: bool | Mapping[str, bool] | None, gender: str) -> str:
    """The article a full name that starts with a body's noun takes in the lead, by that noun ("La
    Associação Raízes do Tâmega", "la Fundación…") where the name alone would take none in Spanish."""
    # English keeps a name in another language bare, as its own "About" does: "Associação Raízes do Tâmega,
    # a social care NGO, has…"; "the" only before its own noun ("the University of Aveiro")
    foreign = loc.lang == "en" and full.split(" ", 1)[0].lower() not in ORGS["en"].institutions
    takes = loc.uses_article(article, loc.words.names_take_article or (loc.names_a_body(full) and not foreign))
    return loc.articles(loc.head(full) or gender, takes).get("The", "")


def by_noun_and_issuer(facts: Facts, lang: str, issuer: dict[str, Any] | None) -> tuple[Facts, dict[str, Any] | None]:
    """The facts with the award named by its noun and its issuer in ``lang`` where its name is the issuer's
    and the noun in another language: "la acreditación de la Joint Commission International", « l’accréditation
    de la Joint Commission International », not "la Joint Commission International Accreditation"
    (:func:`~drafter.lang.schemes.issuers_name_abroad`); every sentence then says it so. And the issuer, as
    :func:`named_by_award` gives it."""
    body = issuers_name_abroad(facts.award, lang)
    noun = (facts.award.noun or {}).get(lang)
    if body is None or issuer is None or not noun:
        return facts, named_by_award(facts, lang, issuer)
    said = f"{noun} {with_article(issuer.get('of', ''), body, words(lang))}"
    names = (
        facts.award.name if isinstance(facts.award.name, Mapping) else dict.fromkeys(facts.languages, facts.award.name)
    )
    award = facts.award.model_copy(update={"name": {**names, lang: said}})
    return facts.model_copy(update={"award": award}), named_by_award(facts, lang, issuer, body)


def named_by_award(
    facts: Facts, lang: str, issuer: dict[str, Any] | None, body: str | None = None
) -> dict[str, Any] | None:
    """The issuer named by the award's acronym where the award's name, said just before, holds the issuer's
    name and the acronym spells it ("the Joint Commission International Accreditation (JCI)… JCI confirmed
    the renewal", "…de Joint Commission International (JCI). JCI confirmó…"), not in full twice in a row."""
    acronym = facts.award.acronym
    if issuer is None or not acronym or issuer.get("acronym"):
        return issuer
    name = str(issuer.get("name") or "")
    award_name = facts.award.name.get(lang) if isinstance(facts.award.name, Mapping) else facts.award.name
    held = body is not None or (bool(name) and (award_name or "").casefold().startswith(name.casefold() + " "))
    if not held or not initials_of(acronym, name):
        return issuer
    grammar = words(lang)
    return {
        **issuer,
        "name": acronym,
        "full": acronym,
        "called": with_article(issuer.get("the", ""), acronym, grammar),
        "Called": with_article(issuer.get("The", ""), acronym, grammar),
    }


def acronym_elsewhere(name: str, full: str | Mapping[str, str] | None, lang: str) -> bool:
    """Whether ``name`` is spelt from the full name the facts give another language."""
    if not isinstance(full, Mapping) or lang not in ("fr", "es"):
        return False
    return any(initials_of(name, other) or spelt_from(name, other) for code, other in full.items() if code != lang)
