"""What an award's template sees (``award`` in the view): its name and level, its date, the bodies
behind it, the wording its name calls for (gender, articles, the noun it is named with) and the standard
it certifies to.

Like the rest of the view, every value is already in the release's language; the bodies are parties
(:mod:`drafter.parties`), built once in :func:`drafter.view.build_view` so that a body named in two roles
is named the second time by its short form.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from .facts.dates import Month
from .facts.levels import OwnLevel
from .facts.scheme import given_gender
from .grammar import with_article
from .lang.accreditations import accreditation_standard
from .lang.award_nouns import again_named, granted_verb, noun_view, prized
from .lang.awards import (
    AWARD_HEADS,
    agreed_gender,
    head_gender,
    tail_gender,
)
from .lang.competitions import competition
from .lang.levels import medal_named, takes_metal, tier_view
from .lang.pt_awards import classifier
from .lang.ranks import a_prize
from .lang.schemes import NAMING_NOUNS, SCHEME_NOUN_FIRST, UNCOUNTED_EN, scheme_gender
from .lang.times import times_said
from .lang.valid_again import valid_again
from .said import at_event
from .typography import nested

if TYPE_CHECKING:
    from .facts import Facts
    from .view import Localizer

Body = dict[str, Any] | None

CLASSIFIERS: Mapping[str, Callable[[str, str], tuple[str, str] | None]] = {"pt": classifier}
"""Languages that name an award whose name says no noun after a noun of their own ("o título de Capital
Europeia da Inovação", "do galardão Green Key"), by the release's kind and the award's name."""


def award_view(
    facts: Facts, loc: Localizer, issuer: Body, assessor: Body, launched_by: Body, backed_by: Body
) -> dict[str, Any]:
    """The award in ``loc``'s language, with its bodies already made parties."""
    award, release, lang = facts.award, facts.release, loc.lang
    scheme = _scheme(facts, loc)
    tier = _tier(facts, award.level, loc, now=True)
    forms = _award_forms(facts, loc, scheme)
    medal = tier is not None and tier["kind"] == "medal"
    if tier is not None:  # what joins what was won to the award: "o ouro do Prémio…", "uma medalha de ouro no…"
        tier = {**tier, "won_of": forms["at" if medal else "of"]}
    named = scheme
    if medal and (won := competition(loc.text(award.name) or "", lang)):
        # a competition's medal is named again as one: "presented the medal", "entregó la medalla"
        named = {"word": won.word, "in_name": False, "gender": won.gender}
    return {
        "name": loc.text(award.name),
        "edition": str(award.edition) if award.edition else "",
        "acronym": award.acronym or "",
        "motto": None if award.motto is None else nested(award.motto, loc.words),
        "level": award.level if isinstance(award.level, str) else None,
        "level_name": tier["name"] if tier else None,
        "tier": tier,
        "former_name": loc.text(award.former_name),
        "medal": _medal(facts, loc),
        "takes_metal": takes_metal(lang, loc.text(award.name) or ""),
        "date": loc.when(award.date),
        "date_month": isinstance(award.date, Month),
        "year": str(award.date.year),
        "issuer": issuer,
        "assessor": assessor,
        "backed_by": backed_by,
        "launched_by": launched_by,
        "launched": str(award.launched) if award.launched else None,
        "purpose": loc.prose(award.purpose),
        "meaning": loc.prose(award.meaning),
        "first_awarded": loc.when(award.first_awarded),
        "times_renewed": times_said(lang, award.times_renewed) if award.times_renewed else None,
        "previous": _previous(facts, loc),
        **forms,
        "scheme": scheme,
        "scope": loc.prose(award.scope),
        "awarded_to": loc.prose(award.awarded_to),
        "valid_until": loc.when(award.valid_until),
        "valid_until_month": isinstance(award.valid_until, Month),
        "category": loc.text(award.category),
        "category_named": _named_category(loc.text(award.category) or "", loc),
        "standard": _standard(loc.text(award.name) or ""),
        "undated": _undated(loc.text(award.name) or ""),
        "accreditation_standard": accreditation_standard(_standard(loc.text(award.name) or "")),
        "at_event": facts.event is not None and at_event(award.date, facts.event.date, facts.event.end),
        "noun": (
            noun := noun_view(
                lang,
                release.kind,
                loc.text(award.name) or "",
                loc.articles,
                loc.words,
                named,
            )
        ),
        "granted_as": (granted := _granted_as(lang, scheme, noun, _standard(loc.text(award.name) or ""))),
        "again": (again := again_named(lang, loc.text(award.name) or "", loc.articles, loc.words)),
        "valid_again": valid_again(
            lang,
            scheme,
            _paper(loc.text(award.name) or ""),
            again,
            (issuer or {}).get("gender", ""),
            release.kind == "renewal",
            assessed=award.assessor is not None,
            word=granted["word"],
        ),
        "by_issuer": _by_issuer(facts, loc.text(award.name) or "", issuer, scheme),
        # A prize's holders are its winners, in an award or a renewal as in a prize; a label's, its holders.
        "prized": scheme is None and prized(loc.text(award.name) or ""),
    }


def _paper(name: str) -> str:
    """What a certificate to a standard is named again as: "accreditation", "certification", or "" for a
    name that is no standard's."""
    standard = _standard(name)
    return "" if not standard else "accreditation" if accreditation_standard(standard) else "certification"


def _granted_as(
    lang: str, scheme: dict[str, Any] | None, noun: dict[str, Any] | None, standard: str | None
) -> dict[str, str]:
    """What the issuer gave, in English, and its verb (:data:`drafter.lang.award_nouns.GRANTED`): "awarded the
    seal", "granted the accreditation"; a standard's certificate is a certification or an accreditation
    ("The accreditation is valid until May 2029", never "The award")."""
    noun = noun or {}
    if standard and not scheme:
        word = "accreditation" if accreditation_standard(standard) else "certification"
    else:
        word = scheme["word"] if scheme else "certification" if noun.get("brand") else str(noun.get("word") or "award")
    return {"word": word, "verb": granted_verb(lang, word)}


def _by_issuer(facts: Facts, name: str, issuer: Body, scheme: dict[str, Any] | None) -> bool:
    """Whether the award is named after its issuer and said by its noun ("la acreditación Joint Commission
    International", granted by the Joint Commission International): the lead then names the issuer once, as
    whose award it is ("la acreditación de la Joint Commission International (JCI), que se la concedió…"),
    not the award and then, in the next sentence, the issuer by the same name. Not with a level, an upgrade,
    a former name or a motto, which the name carries."""
    award = facts.award
    if issuer is None or scheme is None or scheme["in_name"] or award.level or award.previous:
        return False
    if award.former_name or award.motto or award.edition or award.acronym:
        return False
    names = {str(issuer.get(k) or "").casefold() for k in ("name", "full", "acronym")} - {""}
    return name.casefold() in names


def _named_category(category: str, loc: Localizer) -> bool:
    """Whether a prize's category is written as a name ("Intense Fruity", "Best Newcomer", "Frutado Intenso"),
    which the text says as one ("in the Intense Fruity category", "na categoria Frutado Intenso"), not as a
    description of who competes ("in the category for companies with fewer than 50 employees", "na categoria
    de embalagem sustentável"): a capital first, and in English on every word but the short function words."""
    words = category.split()
    if not words or not words[0][:1].isupper():
        return False
    if loc.lang != "en":
        return True
    return all(w[:1].isupper() or w.casefold() in loc.words.function_words for w in words)


def _award_gender(facts: Facts, loc: Localizer) -> str:
    """The award's gender: as the facts give it, else that of the noun its name starts with, in the
    release's language or the name's (« la Marque Qualité Tourisme », "el Prémio Escola Digital"), else m."""
    award = facts.award
    if "gender" not in award.model_fields_set:
        first = (loc.text(award.name) or "").split(" ", 1)[0].lower()
        found = (
            head_gender(loc.lang, first)
            or agreed_gender(loc.lang, loc.text(award.name) or "")
            or tail_gender(loc.lang, loc.text(award.name) or "")
        )
        if found:
            return found
    return loc.text(award.gender) or "m"


def _scheme(facts: Facts, loc: Localizer) -> dict[str, Any] | None:
    """``award.scheme``: the scheme's own noun as the facts give it (``award.noun``), or None. ``word``, its
    ``gender`` (the facts', else the one drafter knows, else m), ``the`` and ``The`` with its article ("a
    acreditação", « l’accréditation », "the award"), ``in_name`` (the name says it already: "Selo Escola
    Saudável"), ``first`` (the language says it before the name) and ``bare`` (English says it without "the"
    after a bare name: "Investors in People accreditation")."""
    award = facts.award
    word = loc.text(award.noun)
    if not word:
        return None
    name = (loc.text(award.name) or "").casefold().split()
    said = any(all(part in name for part in noun.casefold().split()) for noun in _nouns(award.noun, word))
    # A name headed by another noun of the language says what it is too: "the Safe Water Seal", never "the
    # Safe Water Seal label" (English says its noun last, the others first: « le Label Eau sûre »).
    own = (name[-1] if loc.lang == "en" else name[0]) if name else ""
    said = said or own in NAMING_NOUNS and (loc.lang == "en" or own in AWARD_HEADS.get(loc.lang, {}))
    gender = given_gender(award.noun_gender, loc.lang) or scheme_gender(loc.lang, word) or "m"
    forms = loc.articles(gender)
    the = with_article(forms.get("the", ""), word, loc.words)
    return {
        "word": word,
        "gender": gender,
        "the": the,
        "The": the[:1].upper() + the[1:],
        "in_name": said,
        "first": loc.lang in SCHEME_NOUN_FIRST,
        "bare": word.casefold() in UNCOUNTED_EN,
    }


def _nouns(noun: str | Mapping[str, str] | None, word: str) -> list[str]:
    """The scheme's noun as each language of the facts says it, this one's first: a name that ends with it
    in any of them says it already ("Joint Commission International Accreditation" is no "acreditación
    Joint Commission International Accreditation" in Spanish)."""
    others = list(noun.values()) if isinstance(noun, Mapping) else []
    return [word, *others]


def _award_forms(facts: Facts, loc: Localizer, scheme: dict[str, Any] | None) -> dict[str, str]:
    """The award's ``gender`` and its articles ("o", "do", "pelo"…); where the facts give the scheme's noun
    and a language says it before a name that does not, those of that noun with it ("a acreditação", "da
    acreditação", « de l’accréditation »); in Portuguese, for a first award or a renewal whose name says no
    noun, those of the noun put before it (:mod:`drafter.lang.pt_awards`): "o título de Capital Europeia da
    Inovação", "do galardão Green Key"."""
    if scheme is not None and scheme["first"]:
        if scheme["in_name"]:
            own = "gender" in facts.award.model_fields_set
            gender = _award_gender(facts, loc) if own else scheme["gender"]
            return {"gender": gender, **loc.articles(gender)}
        return {"gender": scheme["gender"], **_before(loc.articles(scheme["gender"]), scheme["word"], loc)}
    classify = CLASSIFIERS.get(loc.lang)
    found = classify(facts.release.kind, loc.text(facts.award.name) or "") if classify else None
    if found is None:
        gender = _award_gender(facts, loc)
        return {"gender": gender, **loc.articles(gender)}
    noun, gender = found
    return {"gender": gender, **_before(loc.articles(gender), noun, loc)}


def _before(forms: dict[str, str], noun: str, loc: Localizer) -> dict[str, str]:
    """Each article form with ``noun`` after it, elided where the language elides: "da acreditação",
    « de l’accréditation »."""
    return {k: with_article(v, noun, loc.words) if isinstance(v, str) and v else v for k, v in forms.items()}


_STANDARD = re.compile(r"(?P<code>[A-Z]{2,}(?:[/ -][A-Z]{2,})*[ -]\d[\d.-]*)(?::(?P<edition>\d{4}))?")
"""A standard's code: its bodies' initials (ISO, UNE, ISO/IEC, EN), its number, and the edition's year."""


def _undated(name: str) -> str:
    """The award's name without the edition of a standard it cites: "Accréditation Cofrac ISO/IEC 17025"
    for "Accréditation Cofrac ISO/IEC 17025:2017", for the sentence that says when the scheme was created,
    which an edition of a later year did not see."""
    return _STANDARD.sub(lambda found: found.group("code"), name)


def _standard(name: str) -> str | None:
    """A standard's code without its edition, when the award is a certificate to a standard:
    "ISO 50001" for ISO 50001:2018, "UNE 166002", "ISO/IEC 27001"; None for any other name. The
    year a standard was first published is not its edition's: the text names the standard."""
    found = _STANDARD.fullmatch(name.strip())
    return found.group("code") if found else None


def _previous(facts: Facts, loc: Localizer) -> dict[str, Any] | None:
    previous = facts.award.previous
    if previous is None:
        return None
    tier = _tier(facts, previous.level, loc)
    level = previous.level if isinstance(previous.level, str) else None
    return {
        "level": level,
        "level_name": tier["name"] if tier else None,
        "tier": tier,
        "medal": _medal(facts, loc, previous.level),
        "year": str(previous.year),
    }


def _medal(facts: Facts, loc: Localizer, level: object = None) -> str | None:
    """``award.medal``: a medal named with its metal ("Medalha de Ouro Olea Verona"), or None;
    given the ``level`` held before, that medal by its noun and metal alone ("a Medalha de Prata")."""
    now, name = facts.award.level, loc.text(facts.award.name) or ""
    held = now if level is None else level
    if not isinstance(now, str) or not isinstance(held, str):
        return None
    return medal_named(loc.lang, name, loc.level(held), loc.glossary.get("levels", {}), whole=level is None)


def _tier(facts: Facts, level: str | OwnLevel | None, loc: Localizer, now: bool = False) -> Any:
    """``award.tier``: the level as the language says it (:mod:`drafter.lang.levels`); a rank won in an
    award named as a prize, as a place ("o segundo lugar do Prémio…"); the metal won ``now`` in a prize that
    is a competition, one of its medals ("uma medalha de ouro")."""
    name = loc.text(facts.award.name) or ""
    held = competition(name, loc.lang) if now and facts.release.kind == "prize" else None
    return tier_view(
        level, loc.lang, loc.level, loc.articles, loc.words, prize=a_prize(name, loc.lang), competition=held
    )
