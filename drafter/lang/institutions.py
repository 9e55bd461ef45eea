"""Words for a kind of public body ("ministry", "agence", "programa") or of what bodies adopt and publish
("code", "jornal"): how such a name opens in each language, and which words the other language would use
for the same kind.

French writes a body's name with one capital, on its first word ("Agence nationale de la recherche",
"Programme élargi de vaccination"), and a ministry in lower case before its field ("ministère des
Affaires municipales et de l'Habitation"); Spanish and Portuguese may write a ministry so too
("ministerio de Sanidad", "ministério da Saúde"). The name scan reads such a name whole from its
head word (:func:`head_kind`, :func:`lower_head`), and the check asks whether the other version
names a body of that kind at all (:func:`kind_words`): a version with no ministry anywhere has
dropped the ministry, not translated it.

Words are folded (no accents) and in lower case, as the scans read them; plurals are listed.
"""

from __future__ import annotations

from functools import cache
from types import MappingProxyType

from ..extract.scan import fold


def _words(text: str) -> frozenset[str]:
    return frozenset(fold(text).split())


KINDS: MappingProxyType[str, MappingProxyType[str, frozenset[str]]] = MappingProxyType(
    {
        kind: MappingProxyType({lang: _words(text) for lang, text in by_lang.items()})
        for kind, by_lang in {
            # A minister speaks for the ministry: a version may name the one and the other the other.
            "ministry": {
                "en": "ministry ministries minister ministers",
                "fr": "ministère ministères ministre ministres",
                "es": "ministerio ministerios ministro ministra ministros ministras",
                "pt": "ministério ministérios ministro ministra ministros ministras",
            },
            "agency": {
                "en": "agency agencies",
                "fr": "agence agences",
                "es": "agencia agencias",
                "pt": "agência agências",
            },
            "programme": {
                "en": "programme programmes program programs",
                "fr": "programme programmes",
                "es": "programa programas",
                "pt": "programa programas",
            },
            "institute": {
                "en": "institute institutes institution",
                "fr": "institut instituts institution",
                "es": "instituto institutos institución",
                "pt": "instituto institutos instituição",
            },
            "council": {
                "en": "council councils board",
                "fr": "conseil conseils",
                "es": "consejo consejos",
                "pt": "conselho conselhos",
            },
            "commission": {
                "en": "commission commissions committee",
                "fr": "commission commissions comité",
                "es": "comisión comisiones comité",
                "pt": "comissão comissões comité comitê",
            },
            "office": {
                "en": "office offices bureau",
                "fr": "office offices bureau bureaux",
                "es": "oficina oficinas gabinete",
                "pt": "gabinete gabinetes escritório",
            },
            "fund": {
                "en": "fund funds",
                "fr": "fonds",
                "es": "fondo fondos",
                "pt": "fundo fundos",
            },
            "authority": {
                "en": "authority authorities",
                "fr": "autorité autorités",
                "es": "autoridad autoridades",
                "pt": "autoridade autoridades",
            },
            "directorate": {
                "en": "directorate directorates",
                "fr": "direction directions",
                "es": "dirección direcciones",
                "pt": "direção direções direcção",
            },
            # What bodies adopt and publish, named as a body is: "Code of Conduct for Responsible
            # Fisheries", "Jornal Oficial", "Convention on Biological Diversity".
            "code": {
                "en": "code codes",
                "fr": "code codes",
                "es": "código códigos",
                "pt": "código códigos",
            },
            "journal": {
                "en": "journal gazette",
                "fr": "journal",
                "es": "diario boletín",
                "pt": "jornal diário boletim",
            },
            "convention": {
                "en": "convention conventions treaty",
                "fr": "convention conventions traité",
                "es": "convención convenio convenios tratado",
                "pt": "convenção convenções tratado",
            },
            "observatory": {
                "en": "observatory",
                "fr": "observatoire",
                "es": "observatorio",
                "pt": "observatório",
            },
        }.items()
    }
)
"""The words of each kind of body, by language (folded, lower case)."""

LOWER_HEADS: MappingProxyType[str, frozenset[str]] = MappingProxyType(
    {lang: _words(text) for lang, text in {"fr": "ministère", "es": "ministerio", "pt": "ministério"}.items()}
)
"""Heads a language writes in lower case before a capitalised field: "ministère de l'Économie"."""

ONE_CAPITAL = frozenset({"fr"})
"""Languages whose bodies' names keep one capital, on the first word: "Agence nationale de la recherche"."""

ADJECTIVE_ENDINGS = tuple(
    "al ale aux ales ique iques aire aires el elle els elles ien ienne iens iennes ais aise aises ois oise "
    "oises if ive ifs ives é ée és ées i ain aine ains aines iste istes ier ière iers ières eux euse euses "
    "ante antes ente entes ieur ieure ieurs ieures éen éens éenne éennes".split()
)
"""How a French adjective (or a participle used as one) ends, accents kept: "nationale", "élargi",
"supérieur", "permanente"; not "-e" alone nor "-ant" ("finance", "concernant" are verbs)."""

TAIL_LINKS = MappingProxyType(
    {"fr": (_words("de du des d"), _words("la l les"), _words("et"))},
)
"""For a name of one capital: the words that link its parts ("de la recherche", "et de l'Habitation"):
prepositions, the articles after them, and the "and" before a further part."""


@cache
def _kind_of(lang: str) -> dict[str, str]:
    return {word: kind for kind, by_lang in KINDS.items() for word in by_lang.get(lang, ())}


def head_kind(word: str, lang: str) -> str | None:
    """The kind of body a name's first word says it is ("agence": agency), if it is such a word."""
    return _kind_of(lang).get(fold(word).lower())


KIND_LAST = frozenset({"en"})
"""Languages that name a body by its kind last ("National Research Agency"), as well as first ("Ministry of")."""


def name_kind(words: list[str], lang: str) -> str | None:
    """The kind of body a name of two words or more says it is, from its first word ("Agence nationale de la
    recherche", "Ministry of Health") or, in English, its last ("National Cancer Institute")."""
    if len(words) < 2:
        return None
    return head_kind(words[0], lang) or (head_kind(words[-1], lang) if lang in KIND_LAST else None)


def lower_head(word: str, lang: str) -> bool:
    """Is ``word`` (folded, lower case) a head ``lang`` writes in lower case before a body's field?"""
    return word in LOWER_HEADS.get(lang, frozenset())


def kind_words(kind: str, lang: str) -> frozenset[str]:
    """The words ``lang`` has for bodies of ``kind`` (folded, lower case)."""
    return KINDS.get(kind, MappingProxyType({})).get(lang, frozenset())


def adjective_like(word: str, lang: str) -> bool:
    """Does ``word`` (in lower case, accents kept) read as an adjective after a noun, in a language whose bodies'
    names keep one capital: "nationale", "élargi"? Not a verb ("finance", "annonce")."""
    return lang in ONE_CAPITAL and len(word) >= 3 and word.endswith(ADJECTIVE_ENDINGS)
