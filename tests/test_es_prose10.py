"""Spanish (Spain) drafts as a native press editor would pass them: a sixth pass, on a research centre's EU
grant, a museum's grant from a foundation, a sailing federation's prize abroad, a hospital's accreditation,
a wine cooperative's medal and a town council's upgrade.

Each test pins one class the editor marked: a grant's programme takes the article of the noun its name
says it is, in Spanish or in the language of the name ("de la Iniciativa Urbana Europea", "del Innovation
Fund", "las Becas Leonardo se crearon"), and none when it says none ("de Horizonte Europa"); a name that
starts with "Real", "Gran"… before the noun that names a body takes that noun's article ("La Real
Federación Balear de Vela gana…"); an acronym of a research centre, a university… whose full name starts
with such a noun takes it too ("El CNIO ha recibido…"); a count of clubs, posters or trains is "de los
42 clubes", not "de un total de"; a medal or a cup is presented as such ("entregó la medalla").
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from drafter import draft
from drafter.checker import check

from .newfacts import facts_file, per_lang


def _es(tmp_path: Path, change: dict[str, Any], drop: tuple[str, ...] = ()) -> str:
    return draft(facts_file(tmp_path, change, drop)).markdown["es"]


def _checked(tmp_path: Path, change: dict[str, Any], drop: tuple[str, ...] = ()) -> dict[str, str]:
    """The drafts, after drafter check has found every fact in the Spanish one and in the Portuguese
    and English ones (the French wording of these facts is pinned by the French tests)."""
    folder = tmp_path / "release"
    folder.mkdir()
    md = draft(facts_file(folder, change, drop)).markdown
    for lang, text in md.items():
        (folder / f"{lang}.md").write_text(text, encoding="utf-8")
    findings = [
        f"{f.rule} {f.path}"
        for f in check([folder]).findings
        if not all(Path(place.file).name == "fr.md" for place in f.locations)
    ]
    assert findings == []
    return md


GRANT: dict[str, Any] = {
    "release.kind": "grant",
    "award.issuer": {
        "name": per_lang("Comissão Europeia", "Comisión Europea", "European Commission", "Commission européenne"),
        "gender": "f",
    },
    "award.launched": 2021,
    "grant": {"amount": 250000, "project": per_lang("o projeto X", "el proyecto X", "project X", "le projet X")},
    "benefits": [per_lang("maior visibilidade", "mayor visibilidad", "greater visibility", "une visibilité accrue")],
}


@pytest.mark.parametrize(
    ("name", "said"),
    [
        (
            "Iniciativa Urbana Europea",
            [
                "en el marco de la Iniciativa Urbana Europea.",
                "La Iniciativa Urbana Europea se creó en 2021.",
                "La Iniciativa Urbana Europea ofrece a sus beneficiarios:",
            ],
        ),
        (
            "Convocatoria Retos",
            ["en el marco de la Convocatoria Retos.", "La Convocatoria Retos se creó en 2021."],
        ),
        # A name in English in the Spanish draft: the article of the Spanish noun, "un fondo".
        ("Innovation Fund", ["en el marco del Innovation Fund.", "El Innovation Fund se creó en 2021."]),
        ("PERTE Chip", ["en el marco del PERTE Chip.", "El PERTE Chip se creó en 2021."]),
        # A plural name: plural article and verbs.
        (
            "Becas Leonardo",
            [
                "en el marco de las Becas Leonardo.",
                "Las Becas Leonardo se crearon en 2021.",
                "Las Becas Leonardo ofrecen a sus beneficiarios:",
            ],
        ),
        (
            "Fondos Next Generation",
            ["en el marco de los Fondos Next Generation.", "Los Fondos Next Generation se crearon en 2021."],
        ),
        # A proper name says no noun: no article.
        ("Erasmus+", ["en el marco de Erasmus+.", "Erasmus+ se creó en 2021.", "Erasmus+ ofrece a sus beneficiarios:"]),
    ],
)
def test_a_programme_takes_the_article_of_its_noun(tmp_path: Path, name: str, said: list[str]) -> None:
    md = _es(tmp_path, {**GRANT, "award.name": name}, ("award.level",))
    for sentence in said:
        assert sentence in md


def test_a_programmes_noun_outweighs_a_default_gender(tmp_path: Path) -> None:
    """award.gender left at its default (m) does not make "el Iniciativa"."""
    md = _es(tmp_path, {**GRANT, "award.name": "Iniciativa Urbana Europea", "award.gender": "m"}, ("award.level",))
    assert "del Iniciativa" not in md
    assert "La Iniciativa Urbana Europea se creó en 2021." in md


def test_the_programmes_article_keeps_every_fact(tmp_path: Path) -> None:
    name = per_lang("Iniciativa Urbana Europeia", "Iniciativa Urbana Europea", "European Urban Initiative", "x")
    name["fr"] = "Initiative urbaine européenne"
    md = _checked(tmp_path, {**GRANT, "award.name": name}, ("award.level",))
    assert "en el marco de la Iniciativa Urbana Europea." in md["es"]


def test_horizon_europe_goes_bare_with_its_call_and_backer(tmp_path: Path) -> None:
    name = per_lang("Horizonte Europa", "Horizonte Europa", "Horizon Europe", "Horizon Europe")
    backer = {"name": per_lang("Parlamento Europeu", "Parlamento Europeo", "European Parliament", "Parlement européen")}
    call = per_lang("o concurso de 2026", "la convocatoria de 2026", "the 2026 call", "l’appel à projets 2026")
    change = {**GRANT, "award.name": name, "award.backed_by": backer, "grant": {**GRANT["grant"], "call": call}}
    md = _es(tmp_path, change, ("award.level",))
    assert "en el marco de la convocatoria de 2026 de Horizonte Europa." in md
    assert "Horizonte Europa se creó en 2021. Cuenta con el reconocimiento y el apoyo del Parlamento Europeo." in md


@pytest.mark.parametrize(
    ("name", "gender", "headline", "lead"),
    [
        (
            "Real Federación Balear de Vela",
            "f",
            "# La Real Federación Balear de Vela obtiene el nivel Oro",
            "La Real Federación Balear de Vela, dedicada a la construcción sostenible, ha obtenido",
        ),
        (
            "Gran Teatro del Liceo",
            None,
            "# El Gran Teatro del Liceo obtiene el nivel Oro",
            "El Gran Teatro del Liceo, dedicado a la construcción sostenible, ha obtenido",
        ),
        # A Catalan name a Spanish release keeps takes the article of its noun, with or without a type.
        (
            "Universitat de Girona",
            None,
            "# La Universitat de Girona obtiene el nivel Oro",
            "La Universitat de Girona, dedicada a la construcción sostenible, ha obtenido",
        ),
        (
            "Institut Català de Nàutica",
            None,
            "# El Institut Català de Nàutica obtiene el nivel Oro",
            "El Institut Català de Nàutica, dedicado a la construcción sostenible, ha obtenido",
        ),
        # More bodies' nouns, after a title or not.
        (
            "Real Jardín Botánico",
            None,
            "# El Real Jardín Botánico obtiene el nivel Oro",
            "El Real Jardín Botánico, dedicado a la construcción sostenible, ha obtenido",
        ),
        (
            "Cofradía de Pescadores de Cambados",
            None,
            "# La Cofradía de Pescadores de Cambados obtiene el nivel Oro",
            "La Cofradía de Pescadores de Cambados, del sector de la construcción sostenible, ha obtenido",
        ),
        # A brand that starts with such a word is still a brand.
        ("Nueva Pescanova", None, "# Nueva Pescanova obtiene el nivel Oro", "Nueva Pescanova, una organización"),
    ],
)
def test_a_title_before_the_noun_that_names_a_body(
    tmp_path: Path, name: str, gender: str | None, headline: str, lead: str
) -> None:
    change: dict[str, Any] = {"organisation.name": name}
    if gender:
        change["organisation.gender"] = gender
    md = _es(tmp_path, change)
    assert md.startswith(headline)
    assert lead in md


def test_a_partner_with_a_title_takes_its_article(tmp_path: Path) -> None:
    partners = [{"name": "Real Club Náutico de Palma", "country": "ES"}, {"name": "Vela Sur", "country": "ES"}]
    project = per_lang("um barco", "un barco adaptado", "an adapted boat", "un bateau adapté")
    md = _checked(tmp_path, {"partnership": {"project": project, "partners": partners}})
    assert "Junto con dos socios de España, el Real Club Náutico de Palma y Vela Sur, Habitat" in md["es"]


@pytest.mark.parametrize(
    ("name", "full", "kind", "said"),
    [
        (
            "CNIO",
            "Centro Nacional de Investigaciones Oncológicas",
            "research centre",
            "El CNIO (Centro Nacional de Investigaciones Oncológicas), dedicado a la construcción sostenible, "
            "ha obtenido",
        ),
        (
            "UPV",
            "Universitat Politècnica de València",
            "university",
            "La UPV (Universitat Politècnica de València), dedicada a la construcción sostenible, ha obtenido",
        ),
        # A company's acronym, or one whose full name does not start with a body's noun, stays bare.
        ("TMS", "Transportes Marítimos del Sur", "company", "TMS (Transportes Marítimos del Sur), una empresa"),
        ("SECPhO", "Southern European Cluster in Photonics and Optics", "cluster", "SECPhO (Southern European"),
    ],
)
def test_an_acronym_takes_the_article_of_its_full_names_noun(
    tmp_path: Path, name: str, full: str, kind: str, said: str
) -> None:
    md = _es(tmp_path, {"organisation.name": name, "organisation.full_name": full, "organisation.type": kind})
    assert said in md
    about = f"## Acerca {'del ' if said.startswith('El ') else 'de la ' if said.startswith('La ') else 'de '}{name}"
    assert about in md


def test_the_acronyms_article_keeps_every_fact(tmp_path: Path) -> None:
    change = {
        "organisation.name": "CNIO",
        "organisation.full_name": "Centro Nacional de Investigaciones Oncológicas",
        "organisation.type": "research centre",
    }
    md = _checked(tmp_path, change)
    assert md["es"].startswith("# El CNIO obtiene el nivel Oro")


@pytest.mark.parametrize(
    ("what", "line"),
    [
        ("clubes de la federación participan en el programa", "- 11 de los 42 clubes de la federación"),
        ("carteles serán restaurados", "- 11 de los 42 carteles serán restaurados"),
        ("trenes circulan ya con energía renovable", "- 11 de los 42 trenes circulan"),
        ("naves del polígono tienen placas solares", "- 11 de las 42 naves del polígono"),
    ],
)
def test_a_counted_noun_in_es_says_its_gender(tmp_path: Path, what: str, line: str) -> None:
    figure = {"value": 11, "of": 42, "what": per_lang("x", what, "x", "x")}
    assert line in _es(tmp_path, {"figures": [figure]})


PRIZE: dict[str, Any] = {
    "release.kind": "prize",
    "release.date": "2026-05-11",
    "award.date": "2026-05-09",
    "award.issuer": {"name": "Concours Mondial de Bruxelles", "gender": "m"},
    "event": {
        "name": per_lang(
            "Concurso Mundial de Bruxelas",
            "Concurso Mundial de Bruselas",
            "Brussels World Competition",
            "Concours mondial de Bruxelles",
        ),
        "gender": "m",
        "city": per_lang("Porto", "Oporto", "Porto", "Porto"),
        "country": "PT",
        "date": "2026-05-07",
        "end": "2026-05-09",
    },
}


@pytest.mark.parametrize(
    ("name", "said"),
    [
        (
            per_lang("Grande Medalha de Ouro", "Gran Medalla de Oro", "Grand Gold Medal", "Grande Médaille d’or"),
            "entregó la medalla el 9 de mayo.",
        ),
        (per_lang("Taça Garnacha", "Copa Garnacha", "Grenache Cup", "Coupe Grenache"), "entregó la copa el 9"),
        (per_lang("Prémio Garnacha", "Premio Garnacha", "Grenache Prize", "Prix Grenache"), "entregó el premio el 9"),
        (
            per_lang("Troféu Garnacha", "Trofeo Garnacha", "Grenache Trophy", "Trophée Grenache"),
            "entregó el trofeo el 9",
        ),
        # The first noun of the name says what it is: a prize named after a medal is a prize.
        (
            per_lang("Prémio Medalha de Ouro", "Premio Medalla de Oro", "Gold Medal Prize", "Prix Médaille d’or"),
            "entregó el premio el 9",
        ),
        # The name in English in every draft: still a medal.
        ("Grand Gold Medal", "entregó la medalla el 9"),
    ],
)
def test_a_medal_is_presented_as_a_medal(tmp_path: Path, name: Any, said: str) -> None:
    md = _es(tmp_path, {**PRIZE, "award.name": name}, ("award.level",))
    assert said in md


def test_the_medal_keeps_every_fact(tmp_path: Path) -> None:
    name = per_lang("Grande Medalha de Ouro", "Gran Medalla de Oro", "Grand Gold Medal", "Grande Médaille d’or")
    md = _checked(tmp_path, {**PRIZE, "award.name": name}, ("award.level",))
    assert "# Habitat gana la Gran Medalla de Oro en el Concurso Mundial de Bruselas" in md["es"]
    assert "El Concours Mondial de Bruxelles entregó la medalla el 9 de mayo." in md["es"]


def test_a_medal_with_a_level_and_benefits(tmp_path: Path) -> None:
    name = per_lang("Medalha Garnacha", "Medalla Garnacha", "Grenache Medal", "Médaille Grenache")
    benefits = [per_lang("maior visibilidade", "mayor visibilidad", "greater visibility", "une visibilité accrue")]
    md = _es(tmp_path, {**PRIZE, "award.name": name, "award.level": "silver", "benefits": benefits})
    assert md.startswith("# Habitat gana la Medalla de Plata Garnacha en el Concurso Mundial de Bruselas\n")
    assert "La Medalla Garnacha ofrece a los premiados:" in md


@pytest.mark.parametrize(
    ("kind", "sector", "said"),
    [
        ("association", "la investigación biomédica", "Habitat, una asociación dedicada a la investigación biomédica,"),
        ("network", "las ciencias del mar", "Habitat, una red dedicada a las ciencias del mar,"),
        ("cluster", "la investigación marina", "Habitat, un clúster dedicado a la investigación marina,"),
        ("research centre", "la investigación en baterías", "un centro de investigación dedicado a la investigación"),
        # An industry keeps its sector.
        (
            "association",
            "la construcción sostenible",
            "Habitat, una asociación del sector de la construcción sostenible,",
        ),
    ],
)
def test_a_field_of_research_is_devoted_to_not_a_sector(tmp_path: Path, kind: str, sector: str, said: str) -> None:
    md = _es(tmp_path, {"organisation.type": kind, "organisation.sector": per_lang("a x", sector, "x", "la x")})
    assert said in md


def test_a_field_of_research_keeps_every_fact(tmp_path: Path) -> None:
    sector = per_lang("a investigação biomédica", "la investigación biomédica", "biomedical research", "la recherche")
    md = _checked(tmp_path, {"organisation.type": "association", "organisation.sector": sector})
    assert "Habitat, una asociación dedicada a la investigación biomédica, ha obtenido" in md["es"]


def test_a_plural_programme_agrees_with_its_backer(tmp_path: Path) -> None:
    backer = {"name": per_lang("Parlamento Europeu", "Parlamento Europeo", "European Parliament", "Parlement européen")}
    change = {**GRANT, "award.name": "Becas Leonardo", "award.backed_by": backer}
    del change["award.launched"]
    md = _es(tmp_path, change, ("award.level",))
    assert "Las Becas Leonardo cuentan con el reconocimiento y el apoyo del Parlamento Europeo." in md


@pytest.mark.parametrize(
    ("issuer", "said"),
    [
        (
            {
                "name": per_lang(
                    "Concurso Mundial de Bruxelas", "Concurso Mundial de Bruselas", "Brussels World Competition", "x"
                )
            },
            "del 7 al 9 de mayo de 2026. La organización del concurso entregó el premio el 9 de mayo.",
        ),
        # Another body, or the same name with a website of its own, is named.
        (
            {"name": "Vinopres", "gender": "f"},
            "del 7 al 9 de mayo de 2026. Vinopres entregó el premio el 9 de mayo.",
        ),
    ],
)
def test_an_event_that_presents_its_own_prize_is_the_organisation(
    tmp_path: Path, issuer: dict[str, Any], said: str
) -> None:
    if isinstance(issuer["name"], dict):
        issuer["name"]["fr"] = "Concours mondial de Bruxelles"
    name = per_lang("Prémio Garnacha", "Premio Garnacha", "Grenache Prize", "Prix Grenache")
    md = _checked(tmp_path, {**PRIZE, "award.name": name, "award.issuer": issuer}, ("award.level",))
    assert said in md["es"]
