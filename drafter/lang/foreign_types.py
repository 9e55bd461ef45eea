"""A body named in another language whose first word says its type in that language ("Association française
de normalisation", "Fundação Ciência Viva") hides the type from a reader of the draft's: a Spanish reader
reads no "asociación" in "Association". Portuguese, Spanish and French then say the type's noun before the
name at its first mention, as their press does: "la asociación Association française de normalisation
(AFNOR)", "a associação Association française…", « la fondation Fundação Ciência Viva ». A name whose first
word is a body's noun in the draft's language, or in one its readers read as their own (Portuguese and
Spanish, each other's; Spanish, Catalan's; French, the Iberian names its press prints as they are, « la
Fundación Ribera Atlántica », « l’Associação Habitat »), says it: "da Fundación Ribera Atlántica".
English reads such a name as it is ("the Association française de normalisation"), as it reads "the Museu
Municipal de Évora".
"""

from __future__ import annotations

from ..said import folded
from .nouns import ORGS, TYPE_NOUNS

_BY_NOUN = {folded(noun): key for key, nouns in TYPE_NOUNS.items() for noun in nouns}
"""Each type noun of any of the languages, folded, and the glossary's key of the type it says."""

READ_ALONG = {"pt": ("pt", "es"), "es": ("es", "pt"), "fr": ("fr", "pt", "es")}
"""The languages that say the type of a body named in another one, and the languages whose bodies' nouns
their readers read as their own."""

_READ = {
    lang: frozenset(folded(n) for other in others for n in ORGS[other].heads) for lang, others in READ_ALONG.items()
}


def head_type(name: str) -> str | None:
    """The glossary's key of the type ``name``'s first word says, in whichever language: "association" for
    "Association française de normalisation", "foundation" for "Fundação Ciência Viva"; None for a name that
    opens otherwise ("Bureau Veritas", "Certilusa")."""
    words = name.split()
    return _BY_NOUN.get(folded(words[0])) if words else None


def hidden_type(lang: str, name: str, word: str) -> bool:
    """Whether ``name`` says its type by a noun that ``lang``'s reader does not read as one, ``word`` (the
    type's noun in ``lang``) nor a body's noun of their own: "la Association française…" hides "asociación"
    from a Spanish reader; "la Asociación Española…", "la Fundação Ciência Viva" do not."""
    words = name.split()
    if lang not in _READ or not words or not word:
        return False
    head = folded(words[0])
    return head not in _READ[lang] and head != folded(word.split()[0])
