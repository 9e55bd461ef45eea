"""What the lead says of an organisation and how it names an award, decided by the view from the
nouns of drafter/lang/nouns.py (issue 11): the templates hold no word list of their own."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from drafter import draft, load_facts
from drafter.catalog import Catalog
from drafter.checker import check
from drafter.facts.dates import Month
from drafter.lang.again_nouns import named_again
from drafter.lang.award_nouns import award_noun
from drafter.lang.awards import CERTIFICATES
from drafter.lang.leads import Org, lead
from drafter.said import at_event
from drafter.view import build_view

from .conftest import EXAMPLES, ROOT


def _type(a: str, word: str, gender: str = "m", key: str = "") -> dict[str, str]:
    return {"a": a, "word": word, "gender": gender, "key": key}


ORGANISATION_ES = _type("una organización", "organización", "f", "organisation")


@pytest.mark.parametrize(
    ("lang", "org", "show_type", "devoted"),
    [
        # A name that starts with what it is needs no "una organización": "El Clúster Casa Viva, del sector…".
        ("es", Org("Clúster Casa Viva", None, ORGANISATION_ES, "el mueble", "el"), False, False),
        # A type whose noun is in the name is not said again, and a hospital is devoted to its field.
        (
            "es",
            Org(
                "Hospital del Henares", None, _type("un hospital público", "hospital público"), "la salud mental", "el"
            ),
            False,
            True,
        ),
        (
            "es",
            Org("Hidrolena Aguas", None, _type("una empresa", "empresa", "f", "company"), "el agua", ""),
            True,
            False,
        ),
        # Without a sector, "una empresa" alone adds nothing.
        ("es", Org("Hidrolena Aguas", None, _type("una empresa", "empresa", "f", "company"), None, ""), False, False),
        (
            "pt",
            Org(
                "Município de Tavira",
                None,
                _type("um organismo público", "organismo público", "m", "public_body"),
                "a cultura",
                "o",
            ),
            False,
            True,
        ),
        (
            "pt",
            Org(
                "Adega dos Montes",
                None,
                _type("uma cooperativa vitivinícola", "cooperativa vitivinícola", "f"),
                None,
                "a",
            ),
            True,
            False,
        ),
        (
            "en",
            Org(
                "Estuária",
                None,
                _type("a research centre", "research centre", "m", "research_centre"),
                "marine science",
                "",
            ),
            True,
            True,
        ),
        (
            "en",
            Org("Lumatec", None, _type("a company", "company", "m", "company"), "freshwater research", ""),
            True,
            True,
        ),
        ("en", Org("Lumatec", None, _type("a company", "company", "m", "company"), "footwear", ""), True, False),
    ],
)
def test_the_lead_says_the_type_where_it_adds_something(lang: str, org: Org, show_type: bool, devoted: bool) -> None:
    said = lead(lang, org)
    assert (said.show_type, said.devoted) == (show_type, devoted)
    assert said.sector == org.sector


def test_a_university_that_only_teaches_is_not_said_to_work_in_higher_education() -> None:
    university = _type("a university", "university", "f", "university")
    assert (
        lead("en", Org("University of Beira Litoral", None, university, "higher education and research", "the")).sector
        is None
    )
    assert (
        lead("en", Org("University of Beira Litoral", None, university, "marine robotics", "the")).sector
        == "marine robotics"
    )
    # Other languages keep it: "dedicada a la enseñanza superior" is no repetition of "universidad".
    assert lead("es", Org("Universidad de Beira", None, university, "la enseñanza superior", "la")).sector


@pytest.mark.parametrize(
    ("org", "shape"),
    [
        # Type and sector; the sector alone where the name says the type; nothing where it says both.
        (
            Org("Hidrolena Eaux", None, _type("une entreprise", "entreprise", "f", "company"), "le cycle de l’eau", ""),
            "T",
        ),
        (Org("Hôpital Sainte-Claire", None, _type("un hôpital", "hôpital"), "la santé mentale", "l’"), "S"),
        (
            Org(
                "Cluster de biotechnologie marine",
                None,
                _type("un cluster", "cluster", "m", "cluster"),
                "la biotechnologie marine",
                "le",
            ),
            "-",
        ),
        # Without a sector: before a name without article, never bare after one, not after an institution's name.
        (Org("Hidrolena Eaux", None, _type("une entreprise", "entreprise", "f", "company"), None, ""), "P"),
        (
            Org("Canoë Kayak Nantais", None, _type("une association", "association", "f", "association"), None, "le"),
            "-",  # not « Le Canoë Kayak Nantais, une association, a obtenu »: a bare type hangs (s17)
        ),
        (Org("Ville de Saint-Aurèle", None, _type("une commune", "commune", "f"), None, "la"), "-"),
    ],
)
def test_french_presents_the_organisation_by_what_its_name_says(org: Org, shape: str) -> None:
    said = lead("fr", org)
    found = "P" if said.type_first else ("T" if said.sector else "O") if said.show_type else "S" if said.sector else "-"
    assert found == shape


def test_a_full_name_that_starts_with_the_name_stands_for_it() -> None:
    federation = _type("une association", "association", "f", "association")
    said = lead("fr", Org("Fédération de canoë", "Fédération de canoë des Pays de la Loire", federation, None, "la"))
    assert said.full_first


def test_a_language_without_rules_says_what_the_facts_give() -> None:
    said = lead("it", Org("Lumatec", None, _type("un’azienda", "azienda", "f", "company"), "la moda", ""))
    assert (said.sector, said.show_type, said.type_first) == ("la moda", True, False)


def test_portuguese_names_an_organisation_again_by_the_noun_its_name_starts_with() -> None:
    assert named_again("pt", "O Cluster Portugal Mineral Resources", "Associação Cluster Portugal") == ("cluster", "m")
    assert named_again("pt", "A Adega dos Montes Claros", "Adega Cooperativa de Borba") == ("", "")
    assert named_again("pt", "A Lumatec", None) is None
    assert named_again("es", "El Clúster Casa Viva", None) == ("clúster", "m")  # "El clúster está gestionado…"
    assert named_again("en", "The Living Home Cluster", None) is None


@pytest.mark.parametrize(
    ("lang", "kind", "name", "word", "in_name"),
    [
        ("es", "certification", "Sello de Municipio Sostenible", "sello", True),
        ("es", "certification", "ISO 9001:2015", "certificación", False),
        ("fr", "certification", "Biosphere Sustainable Tourism Certification", "certification", True),
        ("en", "certification", "Global Organic Textile Standard", "standard", True),
        ("en", "certification", "Label Qualité Sport", "label", True),
        ("en", "certification", "B Corp", "certification", False),
        ("en", "prize", "Road Safety Innovation Awards", "award", True),
        ("en", "prize", "Canning Innovation Prize", "prize", False),
        ("en", "renewal", "Blue Flag", "flag", True),
        ("en", "grant", "Horizon Europe", "", False),
        ("en", "grant", "Common Ocean Programme", "programme", True),
        ("fr", "prize", "Trophée de l’export", "trophée", True),
    ],
)
def test_an_award_s_name_says_what_it_is(lang: str, kind: str, name: str, word: str, in_name: bool) -> None:
    found = award_noun(lang, kind, name)
    assert found is not None
    assert (found.word, found.in_name) == (word, in_name)


def test_an_award_noun_is_named_with_its_article_in_the_view() -> None:
    facts = load_facts(ROOT / "examples" / "hidrolena-iso-50001-2025.yaml")
    catalog = Catalog.find()
    noun = {lang: build_view(facts, lang, catalog)["award"]["noun"] for lang in facts.languages}
    assert noun["es"]["before"] == "la certificación" and noun["es"]["in_name"] is False
    assert noun["pt"]["again"] == "a certificação"
    assert noun["fr"]["the"] == "la certification"


def test_every_certificate_noun_has_a_gender() -> None:
    assert set(CERTIFICATES.values()) == {"m", "f"}
    pt = award_noun("pt", "certification", "Certificat Qualité")
    assert pt is not None and (pt.gender, pt.again) == ("m", "certificado")


def test_the_view_tells_every_example_s_lead_what_to_say() -> None:
    catalog = Catalog.find()
    for path in EXAMPLES:
        facts = load_facts(path)
        for lang in facts.languages:
            org = build_view(facts, lang, catalog)["org"]
            assert {"show_type", "devoted", "type_first", "full_first"} <= set(org), path.name
            assert not (org["show_type"] and org["type_first"]), path.name


WORD_LIST = re.compile(r'"[^"\s]+"(?:\s*:\s*"[^"]*")?\s*,\s*"[^"\s]+"(?:\s*:\s*"[^"]*")?\s*,\s*"[^"\s]+"')
"""Three quoted words in a row, as a list, a tuple, a set or a dict's keys: a word list."""
SPLIT_LIST = re.compile(r'"(?:[^"\s]+ ){2,}[^"\s]+"\s*\.split\(')


@pytest.mark.parametrize("path", sorted((ROOT / "templates").glob("*/*.md")), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_no_template_holds_a_word_list(path: Path) -> None:
    """Lists of words belong to the language data (drafter/lang/nouns.py), which the view reads."""
    for statement in re.findall(r"\{%.*?%\}", path.read_text(encoding="utf-8"), re.S):
        assert not WORD_LIST.search(statement), statement[:200]
        assert not SPLIT_LIST.search(statement), statement[:200]


def test_a_press_office_s_own_template_reads_the_lead_s_choices(tmp_path: Path) -> None:
    """docs/templates.md's names are there for a template of one's own, which needs no word list."""
    folder = tmp_path / "house" / "es"
    folder.mkdir(parents=True)
    (folder / "certification.md").write_text(
        "# {{ org.name }} obtiene {{ award.noun.before }} {{ award.name }}\n\n"
        "{{ org.Called }}{% if org.show_type %}, {{ org.type.a }}{% endif %}"
        "{% if org.sector %} ({{ org.sector | after('dedicada a' if org.devoted else 'del sector de') }}){% endif %}"
        " ha obtenido {{ award.noun.before }} {{ award.name }}.\n",
        encoding="utf-8",
    )
    path = ROOT / "examples" / "hidrolena-iso-50001-2025.yaml"
    markdown = draft(path, ["es"], catalog=Catalog.find(tmp_path / "house")).markdown["es"]
    assert markdown.startswith("# Hidrolena Aguas obtiene la certificación ISO 50001:2018\n")
    assert (
        "Hidrolena Aguas, una empresa (del sector del ciclo integral del agua) ha obtenido la certificación" in markdown
    )


def test_a_month_the_event_falls_in_is_said_by_the_event() -> None:
    june = (dt.date(2026, 6, 3), dt.date(2026, 6, 5))
    assert at_event(Month(2026, 6), *june)
    assert at_event(Month(2026, 7), dt.date(2026, 6, 29), dt.date(2026, 7, 2))
    assert not at_event(Month(2026, 7), *june)
    assert at_event(dt.date(2026, 6, 3), dt.date(2026, 6, 3), None)
    assert at_event(dt.date(2026, 6, 3), dt.date(2026, 6, 3), dt.date(2026, 6, 3))
    # "from 3 to 5 June" does not say which day: the first one is said, as any other ("on 4 June")
    assert not at_event(dt.date(2026, 6, 3), *june)
    assert not at_event(dt.date(2026, 6, 4), *june)


def test_a_prize_on_the_first_day_of_a_long_event_passes_check(tmp_path: Path) -> None:
    """The range "from 7 to 11 July" names no day: a prize presented on the 7th says so, and check,
    which looks for the award's date, finds it (it once reported it missing in every language)."""
    text = (ROOT / "examples" / "ubl-marine-robotics-prize-2025.yaml").read_text(encoding="utf-8")
    (tmp_path / "facts.yaml").write_text(text.replace("date: 2025-07-11 ", "date: 2025-07-07 "), encoding="utf-8")
    drafted = draft(tmp_path / "facts.yaml")
    # The range just before gives the year: the day is said without it
    assert "from 7 to 11 July 2025. The [European Marine Robotics Association (EMRA)]" in drafted.markdown["en"]
    assert "(https://www.emra.example) presented the prize on 7 July, on the" in drafted.markdown["en"]
    for name, body in drafted.files("md").items():
        (tmp_path / name).write_text(body, encoding="utf-8")
    assert check([tmp_path]).findings == ()
    assert at_event(Month(2026, 6), Month(2026, 6), None)
