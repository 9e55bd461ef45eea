"""extract: the inverse of localize, kind by kind and language by language."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from drafter.extract import Mention, canon_number, canon_phone, canon_url, extract, line_col
from drafter.localize import (
    COUNTRY_CODES,
    country_name,
    format_date,
    format_list,
    format_number,
    format_percent,
    locale_for,
)

from .conftest import ROOT

NBSP, NNBSP = "\u00a0", "\u202f"
GLOSSARY = {
    "pt": {"levels": {"bronze": "Bronze", "silver": "Prata", "gold": "Ouro"}},
    "es": {"levels": {"bronze": "Bronce", "silver": "Plata", "gold": "Oro"}},
    "en": {"levels": {"bronze": "Bronze", "silver": "Silver", "gold": "Gold"}},
}


def found(text: str, lang: str, *kinds: str, **options: object) -> list[tuple[str, str]]:
    """(kind, value) of every mention, or of those of the given kinds."""
    options.setdefault("glossary", GLOSSARY.get(lang, {}))
    mentions = extract(text, lang, **options)  # type: ignore[arg-type]
    return [(m.kind, m.value) for m in mentions if not kinds or m.kind in kinds]


def values(text: str, lang: str, kind: str, **options: object) -> list[str]:
    return [value for _, value in found(text, lang, kind, **options)]


# --- numbers -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "written", "value"),
    [
        ("pt", f"1{NBSP}774", "1774"),
        ("pt", "1 774", "1774"),
        ("pt", f"1{NNBSP}774", "1774"),
        ("pt", "1.774", "1774"),
        ("pt", "29,9", "29.9"),
        ("pt", f"1{NBSP}234{NBSP}567,5", "1234567.5"),
        ("es", "1.774", "1774"),
        ("es", "1 774", "1774"),
        ("es", "29,9", "29.9"),
        ("es", "2.5", "2.5"),
        ("es", "1.234.567,5", "1234567.5"),
        ("en", "1,774", "1774"),
        ("en", "29.9", "29.9"),
        ("en", "1,234,567.5", "1234567.5"),
        ("en", "29,9", "29.9"),
        ("en", "7.50", "7.5"),
    ],
)
def test_numbers_in_digits(lang: str, written: str, value: str) -> None:
    assert found(f"Ao todo, {written} pessoas.", lang) == [("number", value)]


@pytest.mark.parametrize(
    ("lang", "written", "value"),
    [
        ("es", "veintitrés", "23"),
        ("es", "veintitres", "23"),
        ("es", "treinta y cinco", "35"),
        ("es", "ciento veinte", "120"),
        ("es", "doscientas", "200"),
        ("es", "doscientos mil", "200000"),
        ("es", "cuatro", "4"),
        ("es", "dos", "2"),
        ("es", "cien", "100"),
        ("es", "mil", "1000"),
        ("es", "un millón", "1000000"),
        ("es", "sesenta millones", "60000000"),
        ("es", "dos mil millones", "2000000000"),
        ("es", "treinta y un", "31"),
        ("pt", "vinte e três", "23"),
        ("pt", "cento e vinte", "120"),
        ("pt", "duzentos", "200"),
        ("pt", "duas", "2"),
        ("pt", "dois", "2"),
        ("pt", "quatro", "4"),
        ("pt", "dezasseis", "16"),
        ("pt", "dezesseis", "16"),
        ("pt", "cem", "100"),
        ("pt", "um milhão", "1000000"),
        ("pt", "sessenta milhões", "60000000"),
        ("pt", "dois milhões e quinhentos mil", "2500000"),
        ("pt", "mil e quinhentos", "1500"),
        ("pt", "trinta e um", "31"),
        ("en", "twenty-three", "23"),
        ("en", "twenty three", "23"),
        ("en", "four", "4"),
        ("en", "two hundred", "200"),
        ("en", "two hundred and five", "205"),
        ("en", "a hundred", "100"),
        ("en", "one thousand", "1000"),
        ("en", "sixty million", "60000000"),
        ("en", "two thousand and ten", "2010"),
    ],
)
def test_number_words(lang: str, written: str, value: str) -> None:
    text = f"{written.capitalize()} parceiros chegaram hoje."
    assert found(text, lang) == [("number", value)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "Uno de los socios abrió un taller con una empresa vecina."),
        ("pt", "Um dos sócios abriu uma oficina com um parceiro."),
        ("en", "One of the partners opened a workshop with one supplier."),
    ],
)
def test_articles_and_one_are_not_numbers(lang: str, text: str) -> None:
    assert found(text, lang) == []


@pytest.mark.parametrize(
    ("lang", "text", "numbers"),
    [
        ("pt", "Entre dois e três parceiros.", ["2", "3"]),  # "e" does not add them up
        ("es", "Mil y una noches, dos y tres.", ["1000", "2", "3"]),
        ("en", "Two and three make five.", ["2", "3", "5"]),
        ("es", "Hay millones de opciones.", []),  # a bare scale word is no count
        ("en", "Thousands came; a visitor left.", ["1000"]),  # an order of size, as "miles" and "milliers"
    ],
)
def test_number_words_keep_their_grammar(lang: str, text: str, numbers: list[str]) -> None:
    assert values(text, lang, "number") == numbers


def test_numbers_glued_to_letters_are_not_reported() -> None:
    assert found("The 3M plant uses 4G and H2020 money.", "en", "number", "year") == []


# --- ordinals ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("en", "our 5th visit", "5"),
        ("en", "the fifth visit", "5"),
        ("en", "the twenty-first visit", "21"),
        ("pt", "a 5.ª visita", "5"),
        ("pt", "o 5.º encontro", "5"),
        ("pt", "o 5º encontro", "5"),
        ("pt", "o quinto encontro", "5"),
        ("pt", "a vigésima quinta reunião", "25"),
        ("es", "la 5.ª visita", "5"),
        ("es", "la quinta visita", "5"),
        ("es", "el decimoquinto encuentro", "15"),
        ("es", "la XVI edición", "16"),
        ("pt", "a XVI edição", "16"),
        ("en", "the 16th edition", "16"),
        ("en", "the XVI edition", "16"),
        ("es", "la V edición", "5"),  # one letter counts next to an edition word
        ("pt", "a edição I", "1"),
        ("es", "la primera edición", "1"),  # "primera" only before an edition word
        ("en", "the second edition", "2"),
        ("en", "from the XXI century", "21"),
    ],
)
def test_ordinals(lang: str, text: str, value: str) -> None:
    assert found(text, lang, "ordinal") == [("ordinal", value)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "I think I will go."),
        ("en", "For the first time, it took a second look."),
        ("es", "Es la primera vez; segundo acto en el cuarto."),
        ("pt", "Segundo o relatório, a quinta fica no quarto lote."),
        ("en", "The CD and the MIX were sold."),
    ],
)
def test_not_ordinals(lang: str, text: str) -> None:
    assert found(text, lang, "ordinal") == []


def test_roman_numerals_left_as_ordinals_are_not_names_too() -> None:
    assert found("La XVI edición de ECEI.", "es", "ordinal", "name", "body") == [
        ("ordinal", "16"),
        ("body", "ECEI"),  # the European Cluster Excellence Initiative, in the table of bodies
    ]


# --- percentages and amounts ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "written"),
    [
        ("pt", "29,9%"),
        ("pt", "29,9 %"),
        ("pt", "29,9 por cento"),
        ("es", f"29,9{NBSP}%"),
        ("es", "29,9 por ciento"),
        ("en", "29.9%"),
        ("en", "29.9 per cent"),
        ("en", "29.9 percent"),
    ],
)
def test_percentages(lang: str, written: str) -> None:
    assert found(f"Subiu {written} no ano.", lang) == [("percent", "29.9")]


def test_percentage_in_words() -> None:
    assert found("Creció treinta por ciento.", "es") == [("percent", "30")]


@pytest.mark.parametrize(
    ("lang", "written", "value"),
    [
        ("en", "US$ 60 million", "USD 60000000"),
        ("en", "US$60M", "USD 60000000"),
        ("en", "USD 60M", "USD 60000000"),
        ("en", "60 million dollars", "USD 60000000"),
        ("en", "€1.5 million", "EUR 1500000"),
        ("en", "£350", "GBP 350"),
        ("es", "60 millones de dólares", "USD 60000000"),
        ("es", "sesenta millones de dólares", "USD 60000000"),
        ("es", "1,5 millones de euros", "EUR 1500000"),
        ("es", "1,5 M€", "EUR 1500000"),
        ("es", "US\\$ 60", "USD 60"),  # Markdown-escaped dollar sign
        ("pt", "1,5 milhões de euros", "EUR 1500000"),
        ("pt", f"60{NBSP}000{NBSP}€", "EUR 60000"),
        ("pt", "3 100 000 euros", "EUR 3100000"),
    ],
)
def test_amounts_hide_their_number(lang: str, written: str, value: str) -> None:
    assert found(f"Recebeu {written} para o projeto.", lang) == [("amount", value)]


# --- dates and years -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "written", "value"),
    [
        ("pt", "5 de março de 2013", "2013-03-05"),
        ("pt", "5 de marco de 2013", "2013-03-05"),
        ("pt", "5 de Março de 2013", "2013-03-05"),
        ("pt", "terça-feira, 5 de março de 2013", "2013-03-05"),
        ("pt", "1.º de março", "--03-01"),
        ("pt", "5 de março", "--03-05"),
        ("es", "5 de marzo de 2013", "2013-03-05"),
        ("es", "martes, 5 de marzo de 2013", "2013-03-05"),
        ("es", "5 de marzo", "--03-05"),
        ("es", "5 mar. 2013", "2013-03-05"),
        ("en", "5 March 2013", "2013-03-05"),
        ("en", "March 5, 2013", "2013-03-05"),
        ("en", "5th of March, 2013", "2013-03-05"),
        ("en", "March 5th", "--03-05"),
        ("en", "Tuesday, 5 March 2013", "2013-03-05"),
        ("en", "29 February", "--02-29"),
        ("pt", "5/3/2013", "2013-03-05"),
        ("es", "05.03.2013", "2013-03-05"),
        ("es", "5-3-2013", "2013-03-05"),
        ("en", "5/3/2013", "2013-03-05"),
        ("en", "2013-03-05", "2013-03-05"),
        ("fr", "1er mars 2013", "2013-03-01"),
    ],
)
def test_dates(lang: str, written: str, value: str) -> None:
    mentions = extract(f"Foi a {written}, disse.", lang, glossary={})
    assert [(m.kind, m.value, m.text) for m in mentions] == [("date", value, written)]


def test_numeric_dates_are_month_first_in_american_english() -> None:
    us = locale_for("en", "en_US")
    assert values("On 3/5/2013 we met.", "en", "date", locale=us) == ["2013-03-05"]
    assert values("On 3/5/2013 we met.", "en", "date") == ["2013-05-03"]


def test_a_date_without_year_differs_from_one_with_it() -> None:
    assert values("Em 5 de março e 5 de março de 2013.", "pt", "date") == [
        "--03-05",
        "2013-03-05",
    ]


def test_a_date_leaves_the_full_stop_of_its_sentence() -> None:
    (mention,) = extract("Chegou a 5 de março.", "pt", glossary={})
    assert mention.text == "5 de março"


def test_no_date_on_a_day_that_does_not_exist() -> None:
    assert found("El 31 de febrero de 2013.", "es", "date") == []


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("pt", "Lançado em 2009 pela Comissão.", [("year", "2009")]),
        ("en", "Launched in 2009, it grew.", [("year", "2009")]),
        ("es", "Entre 2014 y 2020.", [("year", "2014"), ("year", "2020")]),
        ("en", "On 5 March 2013 it began.", [("date", "2013-03-05")]),  # no year beside it
        ("es", "Vinieron 1.999 personas.", [("number", "1999")]),  # grouped: not a year
        ("en", "Some 2150 firms.", [("number", "2150")]),
    ],
)
def test_years(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, lang, "year", "number", "date") == expected


def test_times_and_list_markers_are_not_numbers() -> None:
    assert found("1. Abre às 12:30.\n2) Fecha às 18h00.", "pt") == []


# --- addresses -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "url", "value"),
    [
        ("https://www.example-cluster.eu/", "https://www.example-cluster.eu/", "example-cluster.eu"),
        ("www.example-cluster.eu.", "www.example-cluster.eu", "example-cluster.eu"),
        ("(example-cluster.eu/news),", "example-cluster.eu/news", "example-cluster.eu/news"),
        ("http://WWW.Example.ORG/Path/", "http://WWW.Example.ORG/Path/", "example.org/Path"),
        ("https://example.org/a?id=7#top", "https://example.org/a?id=7#top", "example.org/a?id=7"),
        ("**www.example.pt**", "www.example.pt", "example.pt"),
    ],
)
def test_urls(written: str, url: str, value: str) -> None:
    mentions = extract(f"Veja {written} hoje", "pt", glossary={})
    assert [(m.kind, m.value, m.text) for m in mentions] == [("url", value, url)]


def test_markdown_link_reports_its_target_once() -> None:
    text = "Mais em [www.example.pt](https://www.example.pt/) ou [aqui](https://example.pt/b)."
    mentions = extract(text, "pt", glossary={})
    assert [(m.kind, m.value, m.column) for m in mentions] == [
        ("url", "example.pt", text.index("https://www") + 1),
        ("url", "example.pt/b", text.index("https://example") + 1),
    ]


def test_markdown_link_with_a_different_text_reports_both() -> None:
    text = "[www.example.pt/a](https://www.example.pt/b)"
    assert values(text, "pt", "url") == ["example.pt/a", "example.pt/b"]


def test_html_link_reports_its_target_once() -> None:
    text = 'See <a href="https://www.example.org/">example.org</a> now'
    assert found(text, "en") == [("url", "example.org")]


def test_emails() -> None:
    text = "Escreva para Imprensa@Example.PT ou [press@example.pt](mailto:press@example.pt)."
    assert found(text, "pt") == [("email", "imprensa@example.pt"), ("email", "press@example.pt")]


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("+34 931 234 567", "+34931234567"),
        ("+351 21 123 4567", "+351211234567"),
        ("(+34) 93 123 45 67", "+34931234567"),
        ("+44 (0)20 7946 0958", "+442079460958"),
        ("0034 931 234 567", "+34931234567"),
        ("931 234 567", "931234567"),
        ("93-123-45-67", "931234567"),
    ],
)
def test_phones(written: str, value: str) -> None:
    assert found(f"Ligue {written} hoje.", "pt") == [("phone", value)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("es", "Son 1.234.567.890 euros.", [("amount", "EUR 1234567890")]),
        ("pt", f"São 931{NBSP}234{NBSP}567 pessoas.", [("number", "931234567")]),
        ("pt", f"São 4{NBSP}001{NBSP}750{NBSP}196 pessoas.", [("number", "4001750196")]),
        ("es", "El 5/3/2013, 40 socios.", [("date", "2013-03-05"), ("number", "40")]),
    ],
)
def test_numbers_are_not_phones(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, lang) == expected


def test_hashtags_but_not_headings() -> None:
    text = "# Um título\n## Outro\nSiga #Fotónica e #ClusterDay."
    assert found(text, "pt") == [("hashtag", "#fotónica"), ("hashtag", "#clusterday")]


# --- names, countries and terms ------------------------------------------------------------


def texts(text: str, lang: str, *kinds: str) -> list[str]:
    return [m.text for m in extract(text, lang) if m.kind in kinds]


def test_names() -> None:
    text = "A ECEI, a ESCA e o SECPhO, com a PhotonicSweden e o iPhone, em Barcelona."
    assert texts(text, "pt", "name", "body") == ["ECEI", "ESCA", "SECPhO", "PhotonicSweden", "iPhone"]
    assert values(text, "pt", "name") == ["secpho", "photonicsweden", "iphone"]  # folded: UNICEF is Unicef
    assert found(text, "pt", "place") == [("place", "barcelona")]


def test_names_of_several_words_without_their_title_or_article() -> None:
    text = "Disse o Sr. Ricardo Mourinho Félix, do Instituto de Crédito Oficial, e a Maria da Silva."
    assert texts(text, "pt", "name") == ["Ricardo Mourinho Félix", "Instituto de Crédito Oficial", "Maria da Silva"]
    assert texts("The A.H. Boerma Award went to Michael D. Higgins.", "en", "name") == [
        "A.H. Boerma Award",
        "Michael D. Higgins",
    ]


def test_a_word_opening_a_sentence_is_a_name_where_it_is_one_elsewhere() -> None:
    text = "Loures recebe o empréstimo. O município de Loures assinou. Hoje assinou."
    assert texts(text, "pt", "name") == ["Loures", "Loures"]


def test_no_names_in_a_heading_in_capitals_nor_function_words() -> None:
    assert found("NOTA DE IMPRENSA\nTHE ECEI AND ESCA", "pt", "name") == []
    assert texts("Premio de la ECEI para el SECPhO", "es", "name", "body") == ["ECEI", "SECPhO"]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "The European Investment Bank (EIB) and the EU", [("body", "EIB"), ("body", "EIB"), ("body", "EU")]),
        ("pt", "O Banco Europeu de Investimento (BEI) e a UE", [("body", "EIB"), ("body", "EIB"), ("body", "EU")]),
        ("es", "el Fondo de Naciones Unidas para la Infancia (Unicef)", [("body", "UNICEF"), ("body", "UNICEF")]),
        ("fr", "les PME et l’OMS", [("body", "SME"), ("body", "WHO")]),
        ("en", "UNICEFs report, SMEs and NGOs", [("body", "UNICEF"), ("body", "SME"), ("body", "NGO")]),
        ("fr", "Les Échos et Who?", []),  # an ordinary word written like an acronym's name is no body
        ("en", "ue, un and au are words", []),
    ],
)
def test_bodies_in_every_language(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, lang, "body") == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "in Lisbon, Geneva and New York", ["lisbon", "geneva", "new-york"]),
        ("pt", "em Lisboa, Genebra e Nova Iorque", ["lisbon", "geneva", "new-york"]),
        ("es", "en Lisboa, Ginebra y Nueva York", ["lisbon", "geneva", "new-york"]),
        ("fr", "à Lisbonne, Genève et New York", ["lisbon", "geneva", "new-york"]),
        ("es", "en la península ibérica", ["iberian-peninsula"]),
    ],
)
def test_places_in_every_language(lang: str, text: str, expected: list[str]) -> None:
    assert values(text, lang, "place") == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Spanish journalists", ["ES"]),
        ("es", "periodistas españoles", ["ES"]),
        ("pt", "o ministério tailandês", ["TH"]),
        ("fr", "des journalistes espagnols", ["ES"]),
    ],
)
def test_nationalities_in_every_language(lang: str, text: str, expected: list[str]) -> None:
    assert values(text, lang, "nationality") == expected


@pytest.mark.parametrize(
    ("lang", "text", "codes"),
    [
        ("pt", "Espanha, França e Alemanha", ["ES", "FR", "DE"]),
        ("es", "España, Francia y Alemania", ["ES", "FR", "DE"]),
        ("en", "Spain, France and Germany", ["ES", "FR", "DE"]),
        ("pt", "Reino Unido e Países Baixos", ["GB", "NL"]),
        ("es", "Reino Unido y Paises Bajos", ["GB", "NL"]),  # accents optional
        ("en", "the United Kingdom, the UK and the USA", ["GB", "GB", "US"]),
        ("es", "socios de EE. UU. y de Italia", ["US", "IT"]),
        ("pt", "parceiros de Spain e de España", ["ES", "ES"]),  # any of pt, es, en
        ("fr", "Espagne et Allemagne", ["ES", "DE"]),
    ],
)
def test_countries(lang: str, text: str, codes: list[str]) -> None:
    assert values(text, lang, "country") == codes


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "La feria de Granada abrió."),  # the city, not Grenada
        ("en", "Red chile peppers, chad and a reunion."),  # lower case: not the country
        ("en", "New Jersey and Chad Smith."),
    ],
)
def test_not_countries(lang: str, text: str) -> None:
    assert found(text, lang, "country") == []


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("es", "el sello Bronce", "level:bronze"),
        ("es", "el nivel bronce", "level:bronze"),
        ("es", "EL NIVEL ORO", "level:gold"),
        ("pt", "o nível Prata", "level:silver"),
        ("en", "the Gold label", "level:gold"),
    ],
)
def test_glossary_terms(lang: str, text: str, value: str) -> None:
    assert values(text, lang, "term") == [value]


def test_any_section_of_strings_is_a_term_but_headings_are_not() -> None:
    glossary = {
        "categories": {"sme": "Pequeña Empresa"},
        "headings": {"about": "Acerca de"},
        "articles": {"m": {"the": "el"}},
        "end_mark": "FIN",
    }
    text = "Premio pequeña empresa, acerca de el FIN"
    assert found(text, "es", "term", glossary=glossary) == [("term", "category:sme")]


def test_default_glossary_comes_from_the_templates() -> None:
    assert [(m.kind, m.value) for m in extract("Sello Bronce.", "es")] == [("term", "level:bronze")]


# --- positions and the Mention type ----------------------------------------------------------


def test_positions_are_lines_and_columns_in_characters() -> None:
    text = "Título\nA ação começou a 5 de março de 2013 em Espanha."
    mentions = extract(text, "pt", glossary={})
    assert mentions == [
        Mention(2, 18, "date", "2013-03-05", "5 de março de 2013"),
        Mention(2, 40, "country", "ES", "Espanha"),
    ]
    assert line_col(text, text.index("Espanha")) == (2, 40)
    assert line_col(text, 0) == (1, 1)


def test_mentions_are_sorted_by_position() -> None:
    text = "ECEI 13 www.example.eu 5 de março ESCA #tag"
    mentions = extract(text, "pt", glossary={})
    assert mentions == sorted(mentions)
    assert [m.column for m in mentions] == sorted(m.column for m in mentions)


def test_canonical_helpers() -> None:
    assert canon_number(Decimal("60E6")) == "60000000"
    assert canon_number(Decimal("29.90")) == "29.9"
    assert canon_url("HTTPS://www.Example.eu/a/") == "example.eu/a"
    assert canon_phone("+34 931 234 567") == "+34931234567"


# --- the inverse property: what localize writes, extract reads --------------------------------

LANGS = ["pt", "es", "en", "fr"]


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("day", [dt.date(2013, 3, 5), dt.date(2009, 1, 1), dt.date(2024, 2, 29), dt.date(1999, 12, 31)])
def test_extract_reads_localized_dates(lang: str, day: dt.date) -> None:
    loc = locale_for(lang)
    with_year, without = format_date(day, loc), format_date(day, loc, year=False)
    assert found(f"« {with_year} »", lang) == [("date", day.isoformat())]
    assert found(f"« {without} »", lang) == [("date", day.strftime("--%m-%d"))]


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("value", [0, 7, 13, 40, 350, 1774, 29.9, 1234567.5, 60000000, 0.25])
def test_extract_reads_localized_numbers(lang: str, value: float) -> None:
    text = format_number(value, locale_for(lang))
    ((kind, got),) = found(f"( {text} )", lang)
    assert kind in ("number", "year")
    assert got == canon_number(Decimal(str(value)))


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("value", [29.9, 5, 100, 0.5, 12.25])
def test_extract_reads_localized_percentages(lang: str, value: float) -> None:
    text = format_percent(value, locale_for(lang))
    assert found(f"( {text} )", lang) == [("percent", canon_number(Decimal(str(value))))]


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("codes", [["ES", "FR", "DE"], ["IT", "PT"], ["GB", "NL", "BE", "SE"], ["US", "CZ", "IE"]])
def test_extract_reads_localized_lists_of_countries(lang: str, codes: list[str]) -> None:
    loc = locale_for(lang)
    text = format_list([country_name(code, loc) for code in codes], loc)
    assert values(text, lang, "country") == codes


@pytest.mark.parametrize("lang", LANGS)
def test_extract_reads_every_country_name(lang: str) -> None:
    """Every CLDR name but the few left out on purpose (common words, other places)."""
    loc = locale_for(lang)
    skipped = {"GD", "GP", "JE", "RE", "TD", "JO", "CQ"}
    for code in sorted(COUNTRY_CODES - skipped):
        name = country_name(code, loc)
        assert values(f"Sede: {name}.", lang, "country") == [code], name


@settings(max_examples=150, deadline=None)
@given(
    lang=st.sampled_from(["pt", "es", "en", "fr"]),
    whole=st.integers(min_value=0, max_value=10**12),
    places=st.integers(min_value=0, max_value=2),
)
def test_property_numbers_round_trip(lang: str, whole: int, places: int) -> None:
    value = Decimal(whole) / 10**places
    text = format_number(value, locale_for(lang))
    ((kind, got),) = found(f"Temos {text} membros.", lang)
    assert kind in ("number", "year")
    assert got == canon_number(value)


@settings(max_examples=150, deadline=None)
@given(
    lang=st.sampled_from(["pt", "es", "en", "fr"]),
    day=st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2099, 12, 31)),
    year=st.booleans(),
)
def test_property_dates_round_trip(lang: str, day: dt.date, year: bool) -> None:
    text = format_date(day, locale_for(lang), year=year)
    expected = day.isoformat() if year else day.strftime("--%m-%d")
    assert found(f"No dia {text}, houve.", lang) == [("date", expected)]


# --- the table of kinds ---------------------------------------------------------------------------


def test_every_kind_a_recogniser_declares_is_in_the_table_of_kinds() -> None:
    from drafter.extract import EMITTED
    from drafter.extract.kinds import KINDS

    declared = {kind for kinds in EMITTED.values() for kind in kinds}
    assert declared == set(KINDS)


@pytest.mark.parametrize("example", sorted((ROOT / "examples").glob("*.yaml")), ids=lambda p: p.stem)
def test_what_the_drafts_mention_is_declared(example: Path) -> None:
    from drafter import draft
    from drafter.extract import EMITTED

    declared = {kind for kinds in EMITTED.values() for kind in kinds}
    for lang, markdown in draft(example).markdown.items():
        assert {m.kind for m in extract(markdown, lang)} <= declared


# --- dates and numbers as translations write them ------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("pt", "Lisboa, 03/11 - em outubro de 2018", [("date", "--11-03"), ("date", "2018-10")]),
        ("es", "el 14 y 15 de mayo, en junio de 2019", [("date", "--05-14/--05-15"), ("date", "2019-06")]),
        (
            "en",
            "In June 2019, from 15 March to 11 April 2022",
            [("date", "2019-06"), ("date", "2022-03-15/2022-04-11")],
        ),
        ("fr", "le 7 février, du 3 au 5 mai 2024", [("date", "--02-07"), ("date", "2024-05-03/2024-05-05")]),
        ("en", "Monday 16, November 2020", [("date", "2020-11-16")]),
        ("pt", "Segunda-Feira 16, Novembro 2020", [("date", "2020-11-16")]),
        ("en", "In October, and in May.", [("date", "--10"), ("date", "--05")]),
        ("es", "En agosto", [("date", "--08")]),
    ],
)
def test_dates_as_translations_write_them(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, lang, "date") == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "EUR 7 650 million and 820 000 visitors", [("amount", "EUR 7650000000"), ("number", "820000")]),
        ("pt", "820 000 visitantes e 2,2 mil pedidos", [("number", "820000"), ("number", "2200")]),
        ("pt", "13 mil milhões de EUR", [("amount", "EUR 13000000000")]),
        ("es", "una veintena de socios y cientos de empresas", [("number", "20"), ("number", "100")]),
        ("fr", "une vingtaine de pays et des milliers de visiteurs", [("number", "20"), ("number", "1000")]),
        ("en", "a dozen firms and EUR 12.5m", [("number", "12"), ("amount", "EUR 12500000")]),
    ],
)
def test_numbers_as_translations_write_them(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, lang, "number", "amount") == expected


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(min_codepoint=0x20, max_codepoint=0x2200), max_size=80))
def test_folding_changes_only_the_letters_its_table_names(text: str) -> None:
    from drafter.extract.scan import _FOLD, fold

    assert fold(text) == text.translate(_FOLD)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Le salon s’est tenu entre le 14 et le 16 mai 2026 à Lyon."),
        ("es", "La feria se celebró entre el 14 y el 16 de mayo de 2026 en Vigo."),
        ("pt", "A feira realizou-se entre 14 e 16 de maio de 2026 em Braga."),
        ("en", "The fair was held between 14 and 16 May 2026 in Leeds."),
    ],
)
def test_a_range_between_two_days_each_with_its_article_is_one_date(lang: str, text: str) -> None:
    """A translator's "entre le 14 et le 16 mai" is the facts' 14–16 May, not a 14 and a 16 May."""
    dates = [m.value for m in extract(text, lang) if m.kind == "date"]
    assert dates == ["2026-05-14/2026-05-16"]
    assert not [m for m in extract(text, lang) if m.kind == "number"]


@pytest.mark.parametrize(
    ("lang", "line"),
    [("es", "**FIN**"), ("pt", "**FIM**"), ("en", "**ENDS**"), ("fr", "**– FIN –**"), ("en", "-ENDS-"), ("en", "END")],
)
def test_an_end_mark_is_no_name(lang: str, line: str) -> None:
    """The press's mark after the body is template wording in every language, never a name one version lacks."""
    text = f"La ONU celebra la decisión.\n\n{line}\n\nOtra línea.\n"
    assert [m.text for m in extract(text, lang) if m.kind == "name"] == []


def test_an_end_mark_inside_a_sentence_is_read_as_ever() -> None:
    assert [m.text for m in extract("El proyecto FIN arranca en 2026.\n", "es") if m.kind == "name"] == ["FIN"]
