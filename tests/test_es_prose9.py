"""Spanish (Spain) drafts as a native press editor would pass them, on kinds of release the examples lack.

Each test pins one class the editor marked: an accreditation is granted ("concedió la acreditación"),
not issued as a certificate, whatever the language of its name; a prize won at a level says the
level in the headline as in the lead ("gana la plata del Trofeo…"), since "gana el Trofeo…" reads
as the top prize; one partner from each of several countries is "uno de España y otro de Francia";
a prize presented at its event, whose date the lead already gave, is "entregó el trofeo tras el
fallo de su jurado", without a comma before "tras"; a grant's benefits go to its "beneficiarios", not
to "sus titulares", which a seal has; a counted noun whose ending misleads is read right ("de las 40
vertientes", "de los 40 gorilas") or, where either gender fits ("internautas"), counted "de un total de";
a grant's programme with a proper name goes without an article ("en el marco de Horizonte Europa"), by
the Spanish programme nouns of drafter/lang/nouns.py; the funder's own
panel is not "independiente" of the funder: the grant follows "la evaluación de la solicitud".
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from drafter import draft
from drafter.checker import check

from .newfacts import facts_file, per_lang

ACCREDITATION: dict[str, Any] = {
    "release.kind": "certification",
    "award.name": per_lang(
        "Acreditação Avançada em Segurança do Doente",
        "Acreditación Avanzada en Seguridad del Paciente",
        "Advanced Patient Safety Accreditation",
        "Accréditation avancée en sécurité des patients",
    ),
    "award.gender": "f",
    "award.date": "2026-02-16",
    "award.issuer": {"name": "Agencia de Calidad Sanitaria", "acronym": "ACS", "gender": "f"},
}
PRIZE: dict[str, Any] = {
    "release.kind": "prize",
    "award.name": per_lang(
        "Troféu Garnacha de Excelência",
        "Trofeo Garnacha de Excelencia",
        "Grenache Excellence Trophy",
        "Trophée Grenache d’excellence",
    ),
    "award.date": "2026-03-07",
    "award.issuer": {"name": "Unión Internacional de Productores de Garnacha", "acronym": "UIPG", "gender": "f"},
    "award.assessor": {"name": "Unión Internacional de Productores de Garnacha", "acronym": "UIPG", "gender": "f"},
    "event": {
        "name": per_lang(
            "Concurso Internacional de Vinhos",
            "Concurso Internacional de Vinos",
            "International Wine Competition",
            "Concours international des vins",
        ),
        "gender": "m",
        "city": "Perpignan",
        "country": "FR",
        "date": "2026-03-05",
        "end": "2026-03-07",
    },
}
PROJECT = per_lang("um banco de videiras", "un banco de cepas", "a vine bank", "un conservatoire de vignes")


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


@pytest.mark.parametrize(
    ("change", "said"),
    [
        ({}, "La Agencia de Calidad Sanitaria (ACS) concedió la acreditación el 16 de febrero de 2026."),
        (
            {"award.valid_until": "2031-02", "award.assessor": {"name": "Instituto de Auditoría Clínica"}},
            "Tras una auditoría a cargo del Instituto de Auditoría Clínica, la Agencia de Calidad Sanitaria (ACS) "
            "concedió la acreditación el 16 de febrero de 2026, con validez hasta febrero de 2031.",
        ),
        # The name in English in every draft: the noun still says it is an accreditation.
        (
            {"award.name": "Advanced Patient Safety Accreditation"},
            "(ACS) concedió la acreditación el 16 de febrero de 2026.",
        ),
        (
            {"award.issuer": {"name": "Laboratorios Sanitarios Reunidos", "gender": "mp"}},
            "Los Laboratorios Sanitarios Reunidos concedieron la acreditación el 16 de febrero de 2026.",
        ),
    ],
)
def test_an_accreditation_is_granted_not_issued(tmp_path: Path, change: dict[str, Any], said: str) -> None:
    md = _es(tmp_path, {**ACCREDITATION, **change}, ("award.level",))
    assert said in md
    assert "certificado" not in md


@pytest.mark.parametrize(
    ("name", "said"),
    [
        ("ISO 9001:2015", "emitió el certificado el 16 de febrero de 2026."),
        (per_lang("Selo Água Segura", "Sello Agua Segura", "Safe Water Seal", "Label Eau sûre"), "concedió el sello"),
    ],
)
def test_a_standard_is_still_certified_and_a_seal_granted(tmp_path: Path, name: Any, said: str) -> None:
    md = _es(tmp_path, {**ACCREDITATION, "award.name": name}, ("award.level",))
    assert said in md
    assert "acreditación" not in md


@pytest.mark.parametrize(
    ("change", "headline"),
    [
        (
            {"award.level": "silver"},
            "# Habitat gana la plata del Trofeo Garnacha de Excelencia en el Concurso Internacional de Vinos",
        ),
        (
            {"award.level": "gold"},
            "# Habitat gana el oro del Trofeo Garnacha de Excelencia en el Concurso Internacional de Vinos",
        ),
        (
            {"award.level": "bronze", "organisation.name": "Bodegas Moncayo", "organisation.gender": "fp"},
            "# Las Bodegas Moncayo ganan el bronce del Trofeo Garnacha de Excelencia en el Concurso Internacional"
            " de Vinos",
        ),
        ({}, "# Habitat gana el Trofeo Garnacha de Excelencia en el Concurso Internacional de Vinos"),
    ],
)
def test_a_prize_headline_says_the_level_the_lead_says(tmp_path: Path, change: dict[str, Any], headline: str) -> None:
    drop = () if "award.level" in change else ("award.level",)
    md = _es(tmp_path, {**PRIZE, **change}, drop)
    assert md.startswith(headline + "\n")
    metal = {"silver": "la plata del", "gold": "el oro del", "bronze": "el bronce del"}.get(
        change.get("award.level", "")
    )
    if metal:
        assert f"ganado {metal} Trofeo Garnacha de Excelencia, en la categoría" not in md
        assert f"ganado {metal} Trofeo Garnacha de Excelencia en el" in md


def test_the_level_in_the_headline_keeps_every_fact(tmp_path: Path) -> None:
    md = _checked(tmp_path, {**PRIZE, "award.level": "silver"})
    assert md["es"].startswith("# Habitat gana la plata del Trofeo")


@pytest.mark.parametrize(
    ("partners", "count", "said"),
    [
        (
            [{"country": "ES"}, {"country": "PT"}, {"country": "FR"}],
            None,
            "Junto con tres socios (uno de España, otro de Portugal y otro de Francia), Habitat desarrolla",
        ),
        (
            [{"country": "ES"}, {"country": "FR"}],
            4,
            "Junto con cuatro socios, entre ellos dos (uno de España y otro de Francia), Habitat desarrolla",
        ),
    ],
)
def test_one_partner_from_each_country_is_uno_then_otro(
    tmp_path: Path, partners: list[dict[str, str]], count: int | None, said: str
) -> None:
    partnership: dict[str, Any] = {"project": PROJECT, "partners": partners}
    if count:
        partnership["count"] = count
    md = _checked(tmp_path, {"partnership": partnership})
    assert said in md["es"]


@pytest.mark.parametrize(
    ("change", "said"),
    [
        # Presented on the event's only day: the lead gave the date, no comma before "tras".
        (
            {"event.date": "2026-03-07", "event.end": None},
            "(UIPG) entregó el trofeo tras el fallo de su jurado.",
        ),
        (
            {"event.date": "2026-03-07", "event.end": None, "award.assessor": {"name": "Consejo de Catadores"}},
            "(UIPG) entregó el trofeo tras el fallo de un jurado convocado por el Consejo de Catadores.",
        ),
        # A date of its own keeps the comma after it.
        ({}, "(UIPG) entregó el trofeo el 7 de marzo, tras el fallo de su jurado."),
    ],
)
def test_a_prize_presented_at_its_event_takes_no_comma_before_tras(
    tmp_path: Path, change: dict[str, Any], said: str
) -> None:
    event = {
        k: v for k, v in {**PRIZE["event"], **{k[6:]: v for k, v in change.items() if k.startswith("event.")}}.items()
    }
    event = {k: v for k, v in event.items() if v is not None}
    rest = {k: v for k, v in change.items() if not k.startswith("event.")}
    md = _es(tmp_path, {**PRIZE, "event": event, **rest}, ("award.level",))
    assert said in md


def test_the_accreditation_keeps_every_fact(tmp_path: Path) -> None:
    md = _checked(tmp_path, {**ACCREDITATION, "award.valid_until": "2031-02"}, ("award.level",))
    assert "concedió la acreditación" in md["es"]


@pytest.mark.parametrize(
    ("change", "intro"),
    [
        (
            {
                "release.kind": "grant",
                "award.name": per_lang(
                    "Programa Mar Vivo", "Programa Mar Vivo", "Living Sea Programme", "Programme Mer vivante"
                ),
                "grant": {
                    "amount": 250000,
                    "project": per_lang("o projeto X", "el proyecto X", "project X", "le projet X"),
                },
            },
            "El Programa Mar Vivo ofrece a sus beneficiarios:",
        ),
        ({}, "El Cluster Management Excellence Label ofrece a sus titulares:"),
    ],
)
def test_a_grant_has_beneficiaries_not_holders(tmp_path: Path, change: dict[str, Any], intro: str) -> None:
    benefits = [per_lang("maior visibilidade", "mayor visibilidad", "greater visibility", "une visibilité accrue")]
    drop = ("award.level",) if change else ()
    md = _checked(tmp_path, {**change, "benefits": benefits}, drop)
    assert f"{intro}\n\n- Mayor visibilidad\n" in md["es"]


@pytest.mark.parametrize(
    ("what", "line"),
    [
        ("vertientes del macizo tienen ya senderos señalizados", "- 13 de las 40 vertientes del macizo"),
        ("serpientes del terrario son especies protegidas", "- 13 de las 40 serpientes del terrario"),
        ("gorilas del parque han nacido en cautividad", "- 13 de los 40 gorilas del parque"),
        ("internautas encuestados usan la aplicación", "- 13 de un total de 40 internautas encuestados"),
        ("pendientes de la pista superan el 10 %", "- 13 de un total de 40 pendientes de la pista"),
    ],
)
def test_a_counted_noun_whose_ending_misleads(tmp_path: Path, what: str, line: str) -> None:
    figure = {"value": 13, "of": 40, "what": per_lang("x", what, "x", "x")}
    assert line in _es(tmp_path, {"figures": [figure]})


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
            per_lang("Horizonte Europa", "Horizonte Europa", "Horizon Europe", "Horizon Europe"),
            [
                "en el marco de la convocatoria de 2026 de Horizonte Europa.",
                "Horizonte Europa se creó en 2021.",
                "Horizonte Europa ofrece a sus beneficiarios:",
            ],
        ),
        (
            per_lang("Programa Mar Vivo", "Programa Mar Vivo", "Living Sea Programme", "Programme Mer vivante"),
            [
                "en el marco de la convocatoria de 2026 del Programa Mar Vivo.",
                "El Programa Mar Vivo se creó en 2021.",
                "El Programa Mar Vivo ofrece a sus beneficiarios:",
            ],
        ),
    ],
)
def test_a_programme_with_a_proper_name_takes_no_article(tmp_path: Path, name: dict[str, str], said: list[str]) -> None:
    call = per_lang("o concurso de 2026", "la convocatoria de 2026", "the 2026 call", "l’appel à projets 2026")
    change = {**GRANT, "award.name": name, "grant": {**GRANT["grant"], "call": call}}
    md = _es(tmp_path, change, ("award.level",))
    for sentence in said:
        assert sentence in md


@pytest.mark.parametrize(
    ("change", "said"),
    [
        ({}, "en el marco del Programa Mar Vivo, tras la evaluación de la solicitud."),
        (
            {
                "award.purpose": per_lang(
                    "Financia projetos.", "Financia proyectos.", "It funds projects.", "Il finance."
                )
            },
            "Tras la evaluación de la solicitud, la ayuda se concedió el 28 de abril de 2026",
        ),
    ],
)
def test_a_funders_own_assessment_is_not_independent(tmp_path: Path, change: dict[str, Any], said: str) -> None:
    funder = {"name": "Fundación Mareas", "type": "foundation"}
    name = per_lang("Programa Mar Vivo", "Programa Mar Vivo", "Living Sea Programme", "Programme Mer vivante")
    grant = {**GRANT, "award.name": name, "award.issuer": funder, "award.assessor": dict(funder), **change}
    del grant["award.launched"]
    md = _es(tmp_path, grant, ("award.level",))
    assert said in md
    assert "independiente" not in md
