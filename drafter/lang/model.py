"""What a language module declares: :class:`Words`, plain data with no behaviour of its own."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Literal

Entry = tuple[int, str]
"""A number word's value and kind: "u" additive (adds to the number being read), "c" closed
additive (nothing smaller may follow: "cien", "cem", "zero"), "h" the English multiplier
"hundred", "s" a scale (thousand and up), "a" an article that counts only before "h" or "s"."""


@dataclass(frozen=True)
class NounGenders:
    """How the first word of a counted phrase tells the gender of what is counted, where it can without
    misleading ("estações", "clústeres"): listed words first, then endings. A word whose ending says
    nothing for sure (pt and es "-ma": "programas"; "-ista": either; adjectives such as "grandes") tells
    nothing, and the figure then keeps the forms that need no gender ("de um total de")."""

    masculine: frozenset[str] = frozenset()
    feminine: frozenset[str] = frozenset()
    unknown: frozenset[str] = frozenset()
    unknown_endings: tuple[str, ...] = ()
    feminine_endings: tuple[str, ...] = ()
    masculine_endings: tuple[str, ...] = ()
    shortest: int = 0
    """Shorter words tell nothing ("uma", "dos")."""

    def of(self, word: str) -> Literal["m", "f"] | None:
        low = word.lower()
        if low in self.masculine:
            return "m"
        if low in self.feminine:
            return "f"
        if low in self.unknown or low.endswith(self.unknown_endings) or len(low) < self.shortest:
            return None
        if self.feminine_endings and low.endswith(self.feminine_endings):
            return "f"
        if self.masculine_endings and low.endswith(self.masculine_endings):
            return "m"
        return None


@dataclass(frozen=True)
class Words:
    """Everything :mod:`drafter.extract` needs to know of one language, keyed by folded lower-case words,
    and the small grammar :mod:`drafter.grammar` writes with (articles, contractions, elision)."""

    code: str
    cardinals: Mapping[str, Entry] = field(default_factory=lambda: MappingProxyType({}))
    grammar: Literal["additive", "french"] = "additive"
    """How number words combine: "additive" reads "treinta y cinco"; French counts in twenties."""
    connector: str = ""
    """The word between the parts of a number: "y", "e", "and", "et"."""
    joins: Mapping[str, frozenset[str]] = field(default_factory=lambda: MappingProxyType({}))
    """How a number word may follow what was read so far (tens, hundreds, a scale): "" a space,
    "+" the connector, "-" a hyphen."""
    ordinals: Mapping[str, int] = field(default_factory=lambda: MappingProxyType({}))
    ambiguous_ordinals: frozenset[str] = frozenset()
    """Ordinal words that are mostly something else ("segundo", "quarto", "first"): ordinals
    only before an edition word."""
    edition_words: frozenset[str] = frozenset()
    approximate: Mapping[str, int] = field(default_factory=lambda: MappingProxyType({}))
    """Collective numbers read as their value: "veintena" 20, "dozen" 12, "dezena" 10, and plurals
    that say an order of size: "hundreds" (of them) as 100, "miles" as 1000."""
    currency_words: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    """Short currency names people write besides CLDR's: "dólares" -> USD."""
    press_currencies: Mapping[str, tuple[str, str]] = field(default_factory=lambda: MappingProxyType({}))
    """The names a newspaper gives a currency in a sentence, singular and plural, where CLDR's are an
    official's ("dólares dos Estados Unidos"): USD -> ("dólar", "dólares")."""
    range_links: frozenset[str] = frozenset()
    """Words between the two ends of a range: "a", "al", "hasta", "to", "au" (and the connector, between two days)."""
    name_links: frozenset[str] = frozenset()
    """Lower-case words inside a proper name: "de", "del", "of", "dos"."""
    function_words: frozenset[str] = frozenset()
    """Articles, prepositions, pronouns and conjunctions: never names, even with a capital."""
    titles: frozenset[str] = frozenset()
    generic_after: bool = False
    """Whether the language puts a word for a kind of place after the name too ("the Douro Valley",
    "Foz do Almograve beach"), where the others put it before ("Vale do Douro")."""
    enclitics: frozenset[str] = frozenset()
    """Pronouns joined to a verb by a hyphen ("Medimo-nos", "Dedica-se", « Rendons-nous »): the verb, with a
    capital at a sentence's start, is no name."""
    roles: frozenset[str] = frozenset()
    """Words of people's roles written with a capital before a name ("Director", "Presidente"): translated,
    so no part of the name."""
    """Words that stand before a person's name and are not part of it: "Sr", "Dr", "Mme"."""
    month_prepositions: frozenset[str] = frozenset()
    """Words that make a lone month name a date: "in", "em", "en", "desde", "since"."""
    demonym_endings: tuple[str, ...] = ()
    """How adjectives of peoples and regions end, written with a capital ("Galician", "Andean"): such a
    word is no name of its own, its translation being in lower case."""
    months: Mapping[str, int] = field(default_factory=lambda: MappingProxyType({}))
    """Month names and abbreviations people write that CLDR lacks ("setiembre", "sept")."""
    quotes: tuple[str, str] = ("", "")
    """The quotation marks the language's templates put around a quotation (a motto, what someone
    said), as CLDR's ``quotationStart`` and ``quotationEnd`` or the language's own authority give
    them (Babel does not ship CLDR's delimiters). Empty for a language drafter has no words for."""
    inner_quotes: tuple[str, str] = ("", "")
    """The marks of a quotation inside one (CLDR's ``alternateQuotationStart`` and ``End``): in a motto
    or a quote's text, straight double quotes and the outer marks become these."""
    word_endings: tuple[str, ...] | None = None
    """The endings by which two of the language's words are one word ("museum", "museums"), where a name in
    another language may look like one of its words and mean something else ("Oliveiras" is no "olive" to an
    English reader): :func:`drafter.said.said_by`. None: words sharing their first five letters are one
    (deporte, deportiva), as Portuguese, Spanish and French derive them from one another."""
    stop_after_quote: bool = False
    """Whether a quotation's closing mark comes before the full stop that ends it (Spanish, as the RAE
    writes it: «… profesionales».), not after it (pt «… profissionais.», en “… staff.”, fr « … soins. »)."""
    apostrophe: str = ""
    """The apostrophe the language's press prints inside a word (l’ONU, O’Brien’s), for a straight one
    in a quotation or a motto, and in names wherever they stand ("Lloyd’s Register", "the King’s Award",
    as in the sentences around them; web addresses and e-mails as written); empty: as written. Babel ships
    no punctuation data of CLDR's to read it from."""
    spaced_marks: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    """The no-break space the language's press prints before a mark (French: narrow U+202F before ; ! ?,
    U+00A0 before :), and, for an opening mark, after it (« and », U+00A0 inside, as the templates write
    them): a text of the facts gets it where it has an ordinary space or none (:mod:`drafter.typography`)."""
    city_articles: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    """Cities whose name takes the article, with it (Portuguese: "o Porto", "a Guarda"), and, for keys
    that end with a space, the words a name starting with one takes it for ("Praia ": "a Praia da
    Vitória"): "realizado no Porto", "em Lisboa"."""
    contractions: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    """A preposition and the article after it, written as one word: "de o" do, "em a" na (pt), "de el" del
    (es), "de le" du, "à les" aux (fr). Keys in lower case; only a lower-case article contracts."""
    repeated_after: frozenset[str] = frozenset()
    """Conjunctions after which a preposition contracted with a phrase's first article contracts again
    with the next conjunct's own (Portuguese "do azeite e do vinho", never "do azeite e o vinho"); empty:
    said once (Spanish "del aceite y el vino")."""
    elisions: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    """Words that lose their vowel before one (French): "le" l’, "de" d’, "du" de l’, "au" à l’."""
    aspirated_h: frozenset[str] = frozenset()
    """Where a language elides before a mute h (French: l’Hôtel, d’Hidrolena), the words whose h is
    aspirated and takes no elision: la Hongrie, de Hambourg, le Havre, la Haute Autorité. Lower case."""
    indefinite: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    """The indefinite article by grammatical gender: {"m": "um", "f": "uma"}; English {"m": "a", "f": "a"}."""
    vowel_indefinite: str = ""
    """The indefinite article before a vowel sound, where it changes: English "an"."""
    consonant_starts: tuple[str, ...] = ()
    """Beginnings spelt with a vowel that sound as a consonant ("uni", "eu", "one"): "a university"."""
    silent_starts: tuple[str, ...] = ()
    """Beginnings spelt with a consonant that sound as a vowel ("hour", "honest"): "an hour"."""
    country_names: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    """Country names by ISO code where CLDR's are written for lists, not prose: "Congo - Kinshasa" is
    "Democratic Republic of the Congo"."""
    country_articles: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    """The article a country's name takes in a sentence, by ISO code: "the" (the Netherlands), "os"
    (os Países Baixos), "les" (les Pays-Bas); "" for none. Codes not listed follow
    :attr:`country_article_rule`."""
    country_article_rule: tuple[str, str, str] = ("", "", "")
    """For a country :attr:`country_articles` does not list: the ending, the article of a name that ends
    so, and the article of any other name (French: ("e", "la", "le"), la France, le Portugal). Blank:
    no article."""
    country_prepositions: tuple[str, str, str] = ("", "", "")
    """The words for "in" and "from" before a country, and the "in" that stands for "in" and the
    article together where the article drops (French "en": en Espagne, en Iran; blank elsewhere)."""
    country_drops: frozenset[str] = frozenset()
    """Articles that "in" and "from" drop (French "la", "l’": en France, d’Espagne, but au Portugal)."""
    country_keeps: tuple[str, ...] = ()
    """Beginnings of names that keep that article after "from" (French "République": en République
    dominicaine, but de la République dominicaine)."""
    names_take_article: bool = False
    """Whether an organisation's own name takes the definite article unless its facts say otherwise:
    Portuguese writes "o SECPhO", Spanish, English and French "SECPhO"."""
    bare_branches: bool = False
    """Whether a body's branch in a country, named by the body's acronym and the country ("UNICEF España",
    "WWF Portugal", "UNICEF Spain"), goes without the article its kind would take, as the branch names
    itself: Spanish and English; Portuguese and French keep it ("a UNICEF Portugal", "l’UNICEF France")."""
    typed_articles: frozenset[str] = frozenset()
    """Types of organisation (the glossary's keys) whose names take the definite article where nothing says
    otherwise, in a language whose names in general do not (:attr:`names_take_article`): a partner of such
    a type is "la Universitat Politècnica de València", "le CNRS"; a company goes bare ("Airbus"), and so
    does a one-word name out of capitals, which reads as a brand ("Fraunhofer"). A type of one's own takes
    it when the facts give the partner's gender."""
    noun_genders: NounGenders = field(default_factory=NounGenders)
    """The gender of a counted noun read from its ending, for a figure whose facts do not give it."""
    headline_article: bool = False
    """Whether a headline keeps the article of the name it opens with: Spanish and French do ("El
    Cluster Habitat obtiene…", "L’Université de Lille obtient…"); Portuguese and English headlines
    drop it ("Universidade de Aveiro conquista…", "University of Aveiro wins…")."""
    own_article: Literal["kept", "contracted", "capital"] = "kept"
    """How a name that starts with an article of its own ("El Corte Inglés", "O Boticário", "Les Ateliers
    du Rhône", "The Body Shop") is written in a sentence. "kept": as it is, and with no other article
    before it (Spanish, as the RAE writes it: "Acerca de El Corte Inglés"; English). "contracted": its
    article is the name's gender and number, written and contracted as any other (Portuguese: "o
    Boticário", "do Boticário"). "capital": the same, but keeping its capital where no contraction takes
    it (French: "des Ateliers du Rhône", "aux Ateliers", but "par La Poste", "Les Ateliers … ont")."""


def cardinal_table(units: list[str], tens: list[str], hundreds: list[str]) -> dict[str, Entry]:
    """Number words from lists: units from zero, tens from the first after the units, hundreds."""
    table: dict[str, Entry] = {w: (i, "u") for i, w in enumerate(units)}
    first_ten = 10 * (len(units) // 10)  # the first tens word after the units listed
    table.update({w: (first_ten + 10 * i, "u") for i, w in enumerate(tens)})
    table.update({w: (100 * (i + 1), "u") for i, w in enumerate(hundreds)})
    for i, word in enumerate(hundreds[1:], start=2):
        if word.endswith("os"):  # doscientas, duzentas
            table[word[:-2] + "as"] = (100 * i, "u")
    table[units[0]] = (0, "c")
    return table


def ordinal_table(words: list[str], tens: str, hundredth: str, romance: bool) -> dict[str, int]:
    """Ordinal words from lists: first to nineteenth, the tens from twentieth, the hundredth;
    Romance languages get their feminine forms (quinta, vigésima)."""
    table = {w: i for i, w in enumerate(words, start=1)}
    table.update({w: 10 * i for i, w in enumerate(tens.split(), start=2)})
    table[hundredth] = 100
    if romance:
        table.update({w[:-1] + "a": v for w, v in list(table.items()) if w.endswith("o")})
    return table


def currency_words(spec: str) -> dict[str, str]:
    """``"EUR=euro,euros USD=dollar"`` -> {"euro": "EUR", "euros": "EUR", "dollar": "USD"}; "_" is a space."""
    return {
        word.replace("_", " "): code
        for entry in spec.split()
        for code, names in [entry.split("=")]
        for word in names.split(",")
    }


def split(text: str) -> frozenset[str]:
    return frozenset(text.split())
