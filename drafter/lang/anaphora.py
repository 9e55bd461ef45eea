"""A text that opens by naming again what the sentence before it has just named takes a pronoun, as an
editor would: « Le label X a été créé en 2005. Il distingue… », "The X Label was created in 2014. It
recognises…", and Spanish and Portuguese drop the subject: « … se creó en 2014. Distingue… ». Press
officers write an award's purpose to stand alone, since it may open its paragraph; only the template
knows when a sentence about the same award comes first."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Anaphora:
    """How a language names again the subject of the sentence before: ``opening`` finds the article, the
    noun and the word after it; ``pronouns`` gives the pronoun by article ("" drops the subject, and the
    verb takes the capital), ``elided`` by gender for an article with no gender of its own (« L’ »);
    ``verbs`` (and a word starting with one of ``openers``, or one of ``particles``) open a predicate;
    ``head_last`` says a name's noun is its last word before any of ``prepositions`` ("Water Safety
    Label", "Seal of Excellence"), not its first."""

    opening: re.Pattern[str]
    pronouns: Mapping[str, str]
    verbs: frozenset[str]
    elided: Mapping[str, str]
    openers: tuple[str, ...] = ()
    particles: frozenset[str] = frozenset()
    head_last: bool = False
    prepositions: frozenset[str] = frozenset()
    bare: str = ""
    """The pronoun for a subject that is the award's whole name with no article before it, where the
    language writes one so ("B Corp certification assesses…" → "It assesses…"); "" keeps it as written."""


def _opening(articles: str) -> re.Pattern[str]:
    return re.compile(rf"(?P<article>{articles})(?P<noun>[^\W\d_]+) (?P<next>\S+)")


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


ANAPHORA: Mapping[str, Anaphora] = {
    "fr": Anaphora(
        _opening("Le |La |L[’']"),
        {"Le ": "Il", "La ": "Elle"},
        _words(
            """
            a accompagne aide apporte assure atteste avait certifie cible classe compte concerne confirme
            contribue couvre définit distingue doit démontre encourage engage entend est était exige existe
            favorise finance fixe garantit honore identifie impose incite labellise mesure met offre permet
            peut porte prime promeut prouve reconnaît regroupe renforce repose récompense réunit salue sera
            sert signale souligne soutient témoigne valorise vise vérifie évalue
            """
        ),
        {"f": "Elle", "m": "Il"},
        openers=("s’", "s'", "n’", "n'"),
        particles=_words("se ne"),
    ),
    "en": Anaphora(
        _opening("The "),
        {"The ": "It"},
        _words(
            """
            acknowledges aims applies assesses attests awards backs brings can celebrates certifies confirms
            covers defines demonstrates distinguishes does encourages ensures evaluates funds gives grants
            guarantees has helps highlights honors honours identifies is marks may measures must offers
            promotes proves recognises recognizes requires rewards seeks serves sets shows showcases signals
            supports targets values verifies was will
            """
        ),
        {},
        head_last=True,
        prepositions=_words("at for from in of on to"),
        bare="It",
    ),
    "es": Anaphora(
        _opening("El |La |Los |Las "),
        dict.fromkeys(("El ", "La ", "Los ", "Las "), ""),
        _words(
            """
            abarca acredita apoya aporta asegura avala ayuda busca certifica confirma cubre debe define demuestra
            destaca distingue era es establece está evalúa exige fija fomenta financia fue galardona garantiza
            identifica impulsa mide ofrece permite persigue premia pretende promueve puede quiere reconoce
            respalda será tiene valora
            acreditan apoyan buscan certifican distinguen financian premian pueden reconocen son tienen
            """
        ),
        {},
        particles=_words("se no"),
    ),
    "pt": Anaphora(
        _opening("O |A |Os |As "),
        dict.fromkeys(("O ", "A ", "Os ", "As "), ""),
        _words(
            """
            abrange acredita ajuda aplica apoia assegura baseia atesta avalia certifica cobre confirma define
            demonstra deve destaca destina dirige distingue era estabelece está exige financia fixa foi fomenta
            garante identifica incentiva mede oferece permite pode premeia pretende procura promove reconhece
            será tem valoriza visa é
            apoiam certificam distinguem financiam premeiam podem reconhecem são têm visam
            """
        ),
        {},
        particles=_words("se não"),
    ),
}
"""Each language's way, and the verbs a scheme's purpose opens with after its subject. A word not
listed (an adjective: « Le Pavillon bleu », "The Blue Flag", "El sello verde") leaves the text as
written: repeating is better than « Il bleu »."""


def _a_verb(word: str, style: Anaphora) -> bool:
    """Whether ``word`` opens a predicate after a subject: a verb (with its enclitic, "destina-se"), or
    a « se », « no »… before one."""
    return (
        (word.startswith(style.openers) if style.openers else False)
        or word in style.particles
        or word.split("-")[0] in style.verbs
    )


def _apostrophes(text: str) -> str:
    return text.replace("'", "’").casefold()


_PRESENTED = re.compile(r"(?P<verb>est|sera|était|fut) (?=(?:le|la|les|un|une|des|son|sa|ses|notre|leur)\b|l[’'])")
"""French « être » before a determiner: a noun phrase that presents what the subject is."""


def _said(pronoun: str, rest: str) -> str:
    """The predicate after its pronoun, or capitalised where the language drops the subject. French
    presents a noun phrase with « ce », not « il »: « C’est le seul label… », « Ce sera la première… »
    (« Il est le seul » reads as a translation); « Il est décerné… » keeps its pronoun."""
    if pronoun in ("Il", "Elle") and (found := _PRESENTED.match(rest)):
        verb = found["verb"]
        return "C’" + rest if verb[0] in "eé" else "Ce " + rest
    return f"{pronoun} {rest}" if pronoun else rest[:1].upper() + rest[1:]


def _head(name: str, style: Anaphora) -> str:
    """The noun a name says the award is: "label Eau propre", "Clean Water Label", "Prize for Design"."""
    nouns = name.casefold().split() or [""]
    if not style.head_last:
        return nouns[0]
    before = next((i for i, word in enumerate(nouns) if i and word in style.prepositions), len(nouns))
    return nouns[before - 1]


def pronoun_again(text: str, name: str, gender: str = "m", lang: str = "fr") -> str:
    """``text`` with its opening « Le label », "The label", « El sello »… made « Il », "It" or no subject
    at all: the award's whole ``name`` after its article ("The Water Safety Label recognises…") or the
    noun the name says it is (« label Entreprise du patrimoine vivant », "Water Safety Label"), followed
    by a verb; ``gender`` ("m" or "f") stands for an elided « L’ ». Anything else, and a language with
    no :data:`ANAPHORA`, is kept as written."""
    style = ANAPHORA.get(lang)
    if style and style.bare and _apostrophes(text).startswith(_apostrophes(name) + " "):
        bare_rest = text[len(name) + 1 :]
        if _a_verb((bare_rest.split() or [""])[0], style):
            return type(text)(_said(style.bare, bare_rest))
    found = style.opening.match(text) if style else None
    if not style or not found:
        return text
    article = found["article"]
    pronoun = style.pronouns.get(article) or style.elided.get(gender[:1]) or style.elided.get("m", "")
    after_article = text[found.start("noun") :]
    whole = _apostrophes(name) + " "
    rest = after_article[len(whole) :]
    if _apostrophes(after_article).startswith(whole) and _a_verb((rest.split() or [""])[0], style):
        return type(text)(_said(pronoun, rest))
    head = _head(name, style)
    if found["noun"].casefold() != head:
        return text
    if _a_verb(found["next"], style):
        return type(text)(_said(pronoun, text[found.start("next") :]))
    # « La certificación B Corp evalúa… » after a sentence that named it: the noun and its proper name
    named = _after_name(text[found.start("next") :], style)
    return type(text)(_said(pronoun, named)) if named is not None and not style.head_last else text


_NAME_WORDS = 4
"""The most words of a proper name after the scheme's noun ("B Corp", "Bandera Azul", "ISO 14001")."""


def _after_name(text: str, style: Anaphora) -> str | None:
    """What follows the proper name that opens ``text`` ("B Corp evalúa…"), where a verb follows it: a
    run of capitalised words, or of figures, then a verb; None otherwise."""
    words = text.split(" ")
    for i, word in enumerate(words[: _NAME_WORDS + 1]):
        if not (word[:1].isupper() or word[:1].isdigit()):
            return " ".join(words[i:]) if i and _a_verb(word, style) else None
    return None


_SECTOR_ARTICLE = re.compile(r"(?:les |le |la |l[’'])", re.IGNORECASE)


def type_before_sector(kind: str, sector: str) -> str:
    """The type's words (« un organisme de formation ») without the complement the sector then says
    again (« spécialisé dans la formation continue »): « un organisme spécialisé dans la formation
    continue », not « un organisme de formation spécialisé dans la formation… ». Any other type is kept."""
    bare = _SECTOR_ARTICLE.sub("", sector, count=1) if _SECTOR_ARTICLE.match(sector) else ""
    noun = (bare.split() or [""])[0].casefold()
    if not noun:
        return kind
    for joint in (" de ", " d’", " d'"):
        head, found, tail = kind.rpartition(joint)
        if found and tail.casefold() == noun and " " in head:
            return head
    return kind


@dataclass(frozen=True)
class Programmes:
    """How a language names again a grant's programme right after the sentence that named it: by its
    noun and a demonstrative ("Este programa financia…", « Ce programme finance… », "The programme
    funds…"), since a pronoun, or no subject at all, would be read as the grant the sentence spoke of.
    ``nouns`` are the words a programme's name may say it is, with their gender; ``this`` the
    demonstrative by gender; ``default`` the noun for a name that says none ("Horizon Europe")."""

    nouns: Mapping[str, str]
    this: Mapping[str, str]
    default: str
    copula: str = ""
    presentative: Mapping[str, str] = field(default_factory=dict)
    """What stands for "<this noun> is <article>" when the predicate names the noun again: "Trata-se do
    programa-quadro…", not "Este programa é o programa-quadro…"; by the predicate's article."""


def _by_gender(masculine: str, feminine: str = "") -> Mapping[str, str]:
    return {**dict.fromkeys(masculine.split(), "m"), **dict.fromkeys(feminine.split(), "f")}


PROGRAMMES: Mapping[str, Programmes] = {
    "pt": Programmes(
        _by_gender(
            "programa fundo plano mecanismo instrumento concurso prémio",
            "iniciativa estratégia missão linha bolsa parceria",
        ),
        {"m": "Este", "f": "Esta"},
        "programa",
        "é",
        {
            "o": "Trata-se do",
            "a": "Trata-se da",
            "os": "Trata-se dos",
            "as": "Trata-se das",
            "um": "Trata-se de um",
            "uma": "Trata-se de uma",
        },
    ),
    "es": Programmes(
        _by_gender(
            "programa fondo plan mecanismo instrumento concurso premio",
            "iniciativa convocatoria estrategia misión línea beca asociación",
        ),
        {"m": "Este", "f": "Esta"},
        "programa",
        "es",
        {
            "el": "Se trata del",
            "la": "Se trata de la",
            "los": "Se trata de los",
            "las": "Se trata de las",
            "un": "Se trata de un",
            "una": "Se trata de una",
        },
    ),
    "fr": Programmes(
        _by_gender(
            "programme fonds plan mécanisme instrument dispositif concours prix appel partenariat",
            "initiative stratégie mission bourse",
        ),
        {"m": "Ce", "f": "Cette"},
        "programme",
        "est",
        {
            "le": "Il s’agit du",
            "la": "Il s’agit de la",
            "les": "Il s’agit des",
            "un": "Il s’agit d’un",
            "une": "Il s’agit d’une",
            "l’": "Il s’agit de l’",
            "l'": "Il s’agit de l’",
        },
    ),
    "en": Programmes(
        _by_gender(
            "programme program fund scheme initiative plan mechanism instrument strategy mission facility call "
            "prize award partnership competition"
        ),
        {"m": "The", "f": "The"},
        "programme",
        "is",
    ),
}
"""Each language's nouns for a programme, by the word its name says it is: the first word in Portuguese,
Spanish and French ("Programa Oceano Comum", « Fonds bleu »), the last before "for" or "of" in English
("Common Ocean Programme", "Innovation Fund")."""


def programme_again(text: str, name: str, lang: str) -> str:
    """``text`` with its opening subject, the programme's whole ``name`` (with or without its article:
    "O Horizonte Europa financia…", "Horizon Europe funds…") or its noun ("Le programme finance…"),
    made the programme's noun after a demonstrative: "Este programa financia…", "The programme funds…".
    A text that opens otherwise, or a language with no :data:`PROGRAMMES`, is kept as written."""
    style, words = ANAPHORA.get(lang), PROGRAMMES.get(lang)
    if style is None or words is None:
        return text
    found = style.opening.match(text)
    after_article = text[found.start("noun") :] if found else text
    head = _head(name, style)
    noun, gender = (head, words.nouns[head]) if head in words.nouns else (words.default, "m")
    subject = f"{words.this[gender]} {noun}"
    whole = _apostrophes(name) + " "
    rest = None
    if _apostrophes(after_article).startswith(whole):
        rest = after_article[len(whole) :]
        rest = rest if _a_verb((rest.split() or [""])[0], style) else None
    if rest is None and found and found["noun"].casefold() == head and _a_verb(found["next"], style):
        rest = text[found.start("next") :]
    if rest is None:
        return text
    again = _named_again(rest, noun, words)
    if again is not None:
        return type(text)(again) if again else text
    return type(text)(f"{subject} {rest}")


_PREDICATE_REACH = 4
"""How many words after "is" and its article may name the programme's noun again: "is the European
Union's framework programme"."""


def _named_again(rest: str, noun: str, words: Programmes) -> str | None:
    """For a predicate "is <article> … <noun> …", the presentative opening instead ("" keeps the text as
    written, where the language has none: "Horizon Europe is the EU's framework programme"); None for
    any other predicate."""
    parts = rest.split(" ", 2)
    if len(parts) < 3 or parts[0] != words.copula:
        return None
    article, tail = parts[1], parts[2]
    elided = next((a for a in ("l’", "l'") if article.casefold().startswith(a)), "")
    if elided:
        article, tail = elided, article[len(elided) :] + " " + tail
    said = [w.casefold().split("-")[0] for w in tail.split()[:_PREDICATE_REACH]]
    if noun.casefold() not in said:
        return None
    opening = words.presentative.get(article.casefold())
    if opening is None:
        return "" if not words.presentative else None
    joint = "" if opening.endswith("’") else " "
    return f"{opening}{joint}{tail}"
