"""How the sentence on an award's validity names it (``award.valid_again``): not by its noun a second time.

The lead's last sentence has the award as its object ("ESCA awarded the label on 27 January", "la JCI
confirmó la renovación…"), so the next names it as a writer does, without the noun again: English by
"It" ("It is valid until January 2029."), Spanish and Portuguese leave the subject implicit ("Tiene
validez hasta…", "Tem validade até…"), French by "il" or "elle" where the issuer, the sentence's
subject, is of the other gender, else (and after a renewal) by the demonstrative ("Ce label est
valable…", never "Le label… Le label…"). A language not here names it by its noun, as its template does.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType as frozen

FRENCH_NOUNS = frozen(
    {
        "accreditation": ("l’accréditation", "f"),
        "certification": ("la certification", "f"),
        "": ("cette distinction", "f"),
    }
)
"""The nouns French names an award by where neither its scheme nor its name gives one."""


PLAIN_NOUNS = frozen({"es": "la distinción", "pt": "a distinção"})
"""The noun an award is named by again after an assessment, where its name gives none."""


def _french(named: tuple[str, str], issuer_gender: str, renewed: bool) -> str:
    noun, gender = named
    if not renewed and issuer_gender and issuer_gender[0] != gender[0]:
        return "il" if gender.startswith("m") else "elle"
    for article, this in (("le ", "ce "), ("la ", "cette "), ("les ", "ces ")):
        if noun.lower().startswith(article):
            return this + noun[len(article) :]
    if noun[:2].lower() in ("l’", "l'"):
        return ("cet " if gender.startswith("m") else "cette ") + noun[2:]
    return noun


def _gender(noun: str) -> str:
    return "f" if noun.lower().startswith(("la ", "cette ")) else "m"


def valid_again(
    lang: str,
    scheme: Mapping[str, str] | None,
    standard: str,
    again: str | None,
    issuer_gender: str,
    renewed: bool = False,
    assessed: bool = False,
    word: str = "",
) -> str | None:
    """The subject of the validity sentence, in lower case ("" where the language leaves it implicit), for the
    award named by its ``scheme``'s noun, as a certification or an accreditation (``standard``: "certification",
    "accreditation" or ""), or by its name's noun (``again``), after a sentence whose subject was the issuer,
    of ``issuer_gender``; None for a language that names it by its noun. After a renewal's "X a confirmé le
    renouvellement", whose object is the renewal, French names the award by its demonstrative. After an
    ``assessed`` award ("…, following an assessment by Certivale."), a pronoun would stand for the assessment:
    the award is named by its noun again ("The label is valid…", "El sello tiene validez…"), in English by
    what the issuer gave (``word``)."""
    if assessed and lang == "en":
        return f"the {word or 'award'}"
    if assessed and lang in PLAIN_NOUNS:
        return (scheme or {}).get("the") or again or PLAIN_NOUNS[lang]
    if lang == "en":
        return "it"
    if lang in ("es", "pt"):
        return ""
    if lang != "fr":
        return None
    if scheme:
        named = (scheme["the"], scheme["gender"])
    elif standard or not again:
        named = FRENCH_NOUNS[standard]
    else:
        named = (again, _gender(again))
    return _french(named, issuer_gender, renewed or assessed)
