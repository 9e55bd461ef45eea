"""A name that starts with a noun naming a body takes that noun's gender, not its type's: "o Clube
Naval" though a club is "uma associação", "la Cámara de Comercio" though a public body is "un
organismo". The facts' own gender still has the last word, and a brand-like name keeps its type's."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from drafter import draft
from drafter.checker import check

from .newfacts import facts_file

ABOUT = {"pt": "Fundado em 1938.", "es": "Fundado en 1938.", "en": "Founded in 1938.", "fr": "Fondé en 1938."}


def _drafts(tmp_path: Path, org: dict[str, Any], warned: tuple[str, ...] = ()) -> dict[str, str]:
    tmp_path.mkdir(exist_ok=True)
    change = {f"organisation.{key}": value for key, value in org.items()}
    path = facts_file(tmp_path, {**change, "organisation.about": ABOUT}, ("organisation.sector",))
    drafted = draft(path)
    for name, text in drafted.files("md").items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    assert sorted({f"{f.rule} {f.path}" for f in check([tmp_path]).findings}) == sorted(warned)
    return drafted.markdown


def test_a_club_of_the_association_type_is_masculine(tmp_path: Path) -> None:
    md = _drafts(tmp_path, {"name": "Clube Naval de Cascais", "type": "association"})
    assert "O Clube Naval de Cascais" in md["pt"] and "A Clube" not in md["pt"]
    assert "El Clube Naval de Cascais" in md["es"] and "Le Clube Naval de Cascais" in md["fr"]


def test_a_chamber_of_the_public_body_type_is_feminine(tmp_path: Path) -> None:
    md = _drafts(tmp_path, {"name": "Cámara de Comercio de Vigo", "type": "public body", "country": "ES"})
    assert "La Cámara de Comercio de Vigo" in md["es"] and "El Cámara" not in md["es"]
    assert "A Cámara de Comercio de Vigo" in md["pt"]


def test_the_facts_gender_has_the_last_word(tmp_path: Path) -> None:
    """Drafted as given, and reported as a warning with the fix (s18: `facts-gender`)."""
    org = {"name": "Clube Naval de Cascais", "type": "association", "gender": "f"}
    md = _drafts(tmp_path, org, ("facts-gender organisation.gender",))
    assert "A Clube Naval de Cascais" in md["pt"]


def test_a_brand_keeps_its_type_s_gender(tmp_path: Path) -> None:
    md = _drafts(tmp_path, {"name": "Estuária", "type": "research centre"})
    assert "O Estuária" in md["pt"]


def test_a_name_in_another_language_takes_the_gender_of_its_own_noun(tmp_path: Path) -> None:
    """Names are not translated: "Cámara" is Spanish, and a Portuguese or French draft says "a", "la"."""
    md = _drafts(tmp_path, {"name": "Musée de la Mer", "type": "public body", "country": "FR"})
    assert "O Musée de la Mer" in md["pt"] and "El Musée de la Mer" in md["es"] and "Le Musée de la Mer" in md["fr"]
    assert "Musée de la Mer has" in md["en"]  # English names take no article of their own


def test_an_english_name_that_says_it_is_a_body_takes_the(tmp_path: Path) -> None:
    """ "The Portuguese Canoe Federation", "the University of Aveiro"; a council or a university after
    its place stays bare, as British papers write it."""
    federation = _drafts(tmp_path / "f", {"name": "Portuguese Canoe Federation", "type": "association"})
    assert "– The Portuguese Canoe Federation has" in federation["en"]
    university = _drafts(tmp_path / "u", {"name": "University of Aveiro", "type": "university"})
    assert "– The University of Aveiro has" in university["en"]
    for name in ("Leeds City Council", "Cardiff University"):
        bare = _drafts(tmp_path / name.split()[0], {"name": name, "type": "public body", "country": "GB"})
        assert f"– {name} has" in bare["en"]


def test_a_partner_whose_name_says_it_is_a_body_takes_the_article(tmp_path: Path) -> None:
    """Of no type: "y el Hospital Universitario…", "la Diputación Foral…"; a company stays bare."""
    partners = [
        {"name": "Hospital Universitario de Cabueñes", "country": "ES"},
        {"name": "Diputación Foral de Álava", "country": "ES"},
        {"name": "Aquatec Ibérica", "country": "ES", "type": "company"},
    ]
    project = {"pt": "um projeto", "es": "un proyecto", "en": "a project", "fr": "un projet"}
    change = {"organisation.country": "ES", "partnership": {"project": project, "partners": partners}}
    md = draft(facts_file(tmp_path, change)).markdown
    assert "el Hospital Universitario de Cabueñes, la Diputación Foral de Álava y Aquatec Ibérica," in md["es"]
    assert "o Hospital Universitario de Cabueñes, a Diputación Foral de Álava e a Aquatec Ibérica," in md["pt"]
    assert "l’Hospital Universitario de Cabueñes, la Diputación Foral de Álava et Aquatec Ibérica," in md["fr"]


def test_a_sector_the_type_s_own_word_says_is_not_said(tmp_path: Path) -> None:
    wine = {"pt": "o vinho", "es": "el vino", "en": "wine", "fr": "le vin"}
    kind = {
        "pt": "uma cooperativa vitivinícola",
        "es": "una cooperativa vinícola",
        "en": "a wine cooperative",
        "fr": "une coopérative viticole",
    }
    md = _drafts(tmp_path, {"name": "Terras de Sicó", "type": kind, "gender": "f", "sector": wine})
    assert "Terras de Sicó, una cooperativa vinícola, ha obtenido" in md["es"]
    assert "sector del vino" not in md["es"] and "setor do vinho" not in md["pt"]


def test_a_club_or_municipal_services_are_no_organisation_in_portuguese(tmp_path: Path) -> None:
    sailing = {"pt": "a vela", "es": "la vela", "en": "sailing", "fr": "la voile"}
    md = draft(
        facts_file(tmp_path, {"organisation.name": "Clube Naval do Seixal", "organisation.sector": sailing})
    ).markdown
    assert "O Clube Naval do Seixal, dedicado à vela, obteve" in md["pt"]
    assert "El Clube Naval do Seixal, dedicado a la vela, ha obtenido" in md["es"]


def test_a_gender_per_language_needs_none_for_english(tmp_path: Path) -> None:
    """English nouns have no gender: {pt: f, es: m, fr: f} is whole, and English keeps its number."""
    from .newfacts import checked, refused

    named = {
        "organisation.name": {
            "pt": "Câmara de Aveiro",
            "es": "Ayuntamiento de Aveiro",
            "en": "Aveiro Council",
            "fr": "mairie d’Aveiro",
        },
        "organisation.type": "public body",
        "organisation.gender": {"pt": "f", "es": "m", "fr": "f"},
    }
    md = checked(tmp_path / "one", named)
    assert "A Câmara de Aveiro" in md["pt"] and "El Ayuntamiento de Aveiro" in md["es"]
    assert "La mairie d’Aveiro" in md["fr"] and "Aveiro Council wins" in md["en"]
    plural = {
        **named,
        "organisation.gender": {"pt": "fp", "es": "mp", "fr": "fp"},
        "organisation.name": {
            "pt": "Termas de Aveiro",
            "es": "Termas de Aveiro",
            "en": "Aveiro Spas",
            "fr": "Thermes d’Aveiro",
        },
    }
    english = checked(tmp_path / "plural", plural)["en"]
    assert (
        "Aveiro Spas win " in english
        and "Aveiro Spas, a public body responsible for sustainable construction, have" in english
    )
    without_french = {**named, "organisation.gender": {"pt": "f", "es": "m"}}
    assert any(p.startswith("organisation.gender: has no fr text") for p in refused(tmp_path, without_french))
