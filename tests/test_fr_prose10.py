"""French (France) drafts as a native editor of a Paris press agency would pass them: a sixth pass, on a
museum's grant, a sports federation's prize, a hospital's accreditation, a cooperative's upgrade, a
tourist office's renewal and an association's grant.

Each test pins one class an editor marked: a type's own gender after a name of another ("Les Vignerons…,
une coopérative", not "un coopérative"); a programme named by a proper name goes bare ("d’Horizon
Europe", not "de l’Horizon Europe"); the typographic apostrophe in the dateline and in every name the
facts type with a straight one; an acronym after the full name it abbreviates, with its article ("La
Fédération régionale de cyclisme d’Occitanie (FRCO)", "La FRCO remporte…"); a jury that assesses is not
"un jury réuni par le jury"; an assessor given as the issuer is not a second body; an accreditation is
granted, not issued as "un certificat"; who runs the organisation is said in a grant's opening paragraph,
not among the project's figures, by its type's head noun ("La fédération est gérée par…"); an award's
gender follows the noun its name starts with ("la Marque Qualité Tourisme, qu’il avait obtenue").
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from drafter import draft
from drafter.checker import check

from .newfacts import facts_file, per_lang

NO_LEVEL = ("award.level",)
PROJECT = per_lang("o projeto X", "el proyecto X", "project X", "le projet X")


def _fr(tmp_path: Path, change: dict[str, Any], drop: tuple[str, ...] = ()) -> str:
    return draft(facts_file(tmp_path, change, drop)).markdown["fr"]


def _clean(tmp_path: Path, change: dict[str, Any], drop: tuple[str, ...] = ()) -> None:
    """The drafts of ``change`` pass ``drafter check``."""
    folder = tmp_path / "release"
    folder.mkdir(exist_ok=True)
    facts = facts_file(folder, change, drop)
    for lang, text in draft(facts).markdown.items():
        (folder / f"{lang}.md").write_text(text, encoding="utf-8")
    assert [f"{f.rule} {f.path} {f.message}" for f in check([folder]).findings] == []


def _grant(**more: Any) -> dict[str, Any]:
    facts: dict[str, Any] = {
        "release.kind": "grant",
        "award.name": per_lang("Horizonte Europa", "Horizonte Europa", "Horizon Europe", "Horizon Europe"),
        "award.issuer": {
            "name": per_lang("Comissão Europeia", "Comisión Europea", "European Commission", "Commission européenne"),
            "gender": "f",
        },
        "grant": {"amount": 250000, "project": PROJECT},
    }
    facts.update(more)
    return facts


FEDERATION = {
    "organisation.name": "FRCO",
    "organisation.full_name": per_lang(
        "Federação Regional de Ciclismo da Occitânia",
        "Federación Regional de Ciclismo de Occitania",
        "Occitanie Regional Cycling Federation",
        "Fédération régionale de cyclisme d'Occitanie",
    ),
    "organisation.type": per_lang(
        "federação desportiva", "federación deportiva", "sports federation", "fédération sportive"
    ),
    "organisation.gender": "f",
}


@pytest.mark.parametrize(
    ("name", "gender", "kind", "said"),
    [
        (
            "Vignerons de Corgoloin",
            "mp",
            per_lang("cooperativa", "cooperativa", "cooperative", "coopérative"),
            "Les Vignerons de Corgoloin, une coopérative de construction durable, ont obtenu",
        ),
        (
            "Musée Vauclair",
            "m",
            per_lang("associação", "asociación", "association", "association"),
            "Le Musée Vauclair, une association de construction durable, a obtenu",
        ),
        (
            "Maison Arnaud",
            "f",
            per_lang("grupo", "grupo", "group", "groupe"),
            "La Maison Arnaud, un groupe de construction durable, a obtenu",
        ),
    ],
)
def test_a_type_of_one_s_own_keeps_its_noun_s_gender(
    tmp_path: Path, name: str, gender: str, kind: dict[str, str], said: str
) -> None:
    """ "Les Vignerons de Corgoloin, un coopérative": the type's noun has a gender of its own, which its
    article and "spécialisé" follow, whatever the name's."""
    facts = {"organisation.name": name, "organisation.gender": gender, "organisation.type": kind}
    md = _fr(tmp_path, facts)
    assert said in md, md.split("\n\n")[1]
    _clean(tmp_path, facts)


def test_a_programme_named_by_a_proper_name_goes_bare(tmp_path: Path) -> None:
    """ "dans le cadre de l’appel Climat 2026 de l’Horizon Europe", "L’Horizon Europe a été créé": the
    French press writes "d’Horizon Europe"; a name that says it is a programme or a fund keeps "le"."""
    call = per_lang(
        "o concurso Clima 2026", "la convocatoria Clima 2026", "the Climate 2026 call", "l'appel Climat 2026"
    )
    facts = _grant(**{"award.launched": 2021})
    facts["grant"] = {**facts["grant"], "call": call}
    md = _fr(tmp_path, facts, NO_LEVEL)
    assert "dans le cadre de l’appel Climat 2026 d’Horizon Europe." in md
    assert " Horizon Europe a été créé en 2021." in md
    assert "l’Horizon" not in md
    fund = per_lang(
        "Fundo Economia Circular", "Fondo Economía Circular", "Circular Economy Fund", "Fonds économie circulaire"
    )
    assert "dans le cadre du Fonds économie circulaire." in _fr(tmp_path, _grant(**{"award.name": fund}), NO_LEVEL)
    _clean(tmp_path, facts, NO_LEVEL)


def test_names_and_the_dateline_take_the_typographic_apostrophe(tmp_path: Path) -> None:
    """A city, a funder, a co-funder or a partner typed "d'Azur" is printed "d’Azur", as the rest of
    the French text is; `drafter check` finds each name all the same."""
    facts = _grant(
        **{
            "release.city": "L'Haÿ-les-Roses",
            "award.name": per_lang("Programa X", "Programa X", "X Programme", "programme X"),
            "award.issuer": {"name": "Fondation d'Entreprise Aubrac", "type": "foundation"},
            "contact": {"name": "Liam O'Brien", "email": "presse@habitat.example"},
            "partnership": {
                "project": per_lang("um sensor", "un sensor", "a sensor", "un capteur"),
                "partners": [{"name": "Université d'Avignon", "type": "university", "country": "FR"}],
            },
        }
    )
    facts["grant"] = {
        **facts["grant"],
        "co_funded_by": [{"name": "Région Provence-Alpes-Côte d'Azur", "type": "public body", "gender": "f"}],
    }
    md = _fr(tmp_path, facts, NO_LEVEL)
    assert "**L’Haÿ-les-Roses, le 4 mai 2026.**" in md
    assert "de la Fondation d’Entreprise Aubrac pour le projet X." in md
    assert "Le projet est cofinancé par la Région Provence-Alpes-Côte d’Azur." in md
    assert "Avec l’Université d’Avignon (France), Habitat développe un capteur." in md
    assert "'" not in md.split("* * *")[0]
    assert "**Liam O’Brien** · [presse@habitat.example]" in md
    _clean(tmp_path, facts, NO_LEVEL)


def test_an_acronym_follows_the_full_name_it_abbreviates(tmp_path: Path) -> None:
    """ "FRCO (Fédération régionale de cyclisme d’Occitanie) a remporté": French names the body in full
    first, its acronym in brackets, and the acronym then takes the full name's article ("la FRCO")."""
    md = _fr(tmp_path, FEDERATION)
    assert md.startswith("# La FRCO obtient le niveau Or du Cluster Management Excellence Label\n")
    assert (
        "**Aveiro, le 4 mai 2026.** La Fédération régionale de cyclisme d’Occitanie (FRCO), spécialisée dans la "
        "construction durable, a obtenu le niveau Or"
    ) in md
    assert "## À propos de la FRCO" in md
    syllables = {
        "organisation.name": "ARTEX",
        "organisation.full_name": per_lang(
            "Associação Têxtil de Roubaix",
            "Asociación Textil de Roubaix",
            "Roubaix Textile Association",
            "Association roubaisienne du textile",
        ),
        "organisation.type": "association",
    }
    artex = _fr(tmp_path, syllables)
    assert "L’Association roubaisienne du textile (ARTEX), spécialisée dans la construction durable, a obtenu" in artex
    assert "## À propos de l’ARTEX" in artex
    short = {
        **syllables,
        "organisation.name": "LabSol",
        "organisation.full_name": per_lang(
            "Laboratório dos Solos Mediterrânicos",
            "Laboratorio de Suelos Mediterráneos",
            "Mediterranean Soils Laboratory",
            "Laboratoire des sols méditerranéens",
        ),
        "organisation.type": "research centre",
    }
    labsol = _fr(tmp_path, short)
    assert labsol.startswith("# Le LabSol obtient")
    assert "Le Laboratoire des sols méditerranéens (LabSol), spécialisé dans la construction durable" in labsol
    _clean(tmp_path, FEDERATION)


def test_a_jury_that_assesses_makes_the_proposal(tmp_path: Path) -> None:
    """ "sur proposition d’un jury réuni par le jury indépendant": the jury itself proposes; the event's
    city takes the typographic apostrophe as the dateline's does."""
    facts: dict[str, Any] = {
        "release.kind": "prize",
        "award.name": per_lang("Troféu X", "Trofeo X", "X Trophy", "Trophée X"),
        "award.assessor": {
            "name": per_lang("júri independente", "jurado independiente", "independent jury", "jury indépendant")
        },
        "event": {
            "name": per_lang("Salão X", "Salón X", "X Fair", "Salon X"),
            "city": "L'Isle-Adam",
            "date": "2026-04-28",
        },
    }
    md = _fr(tmp_path, facts, NO_LEVEL)
    assert "lui a remis le trophée, sur proposition d’un jury indépendant." in md
    assert "qui s’est tenu à L’Isle-Adam le 28 avril 2026." in md
    assert "jury réuni" not in md
    _clean(tmp_path, facts, NO_LEVEL)


def test_an_accreditation_is_granted_by_its_issuer_not_a_second_auditor(tmp_path: Path) -> None:
    """ "À l’issue d’un audit réalisé par le Joint Commission International, la Joint Commission
    International (JCI) lui a délivré … un certificat": the assessor given by the issuer's name is the
    issuer, and an accreditation is granted ("accordé cette accréditation"), not issued as a certificate."""
    jci = {"name": "Joint Commission International", "acronym": "JCI", "gender": "f"}
    facts = {
        "release.kind": "certification",
        "award.name": per_lang("Acreditação JCI", "Acreditación JCI", "JCI Accreditation", "accréditation JCI"),
        "award.valid_until": "2029-01",
        "award.issuer": jci,
        "award.assessor": {"name": "Joint Commission International"},
    }
    md = _fr(tmp_path, facts, NO_LEVEL)
    assert (
        "À l’issue d’un audit indépendant, la Joint Commission International (JCI) lui a accordé cette "
        "accréditation le 28 avril 2026. Elle est valable jusqu’en janvier 2029."
    ) in md
    assert "certificat" not in md
    _clean(tmp_path, facts, NO_LEVEL)


def test_who_runs_the_organisation_is_said_in_a_grant_s_opening_paragraph(tmp_path: Path) -> None:
    """ "Il est cofinancé par … Le musée est géré par …" breaks into the project's sentences: the body
    that runs the organisation follows the sentence that names it, by its type's head noun."""
    manager = {"name": "Ville de Toulouse", "type": "public body", "gender": "f"}
    facts = _grant(
        **{
            "organisation.name": "Cyclisme Toulousain",
            "organisation.type": FEDERATION["organisation.type"],
            "organisation.managed_by": manager,
        }
    )
    facts["grant"] = {**facts["grant"], "months": 24, "co_funded_by": [{"name": "Région Occitanie", "gender": "f"}]}
    md = _fr(tmp_path, facts, NO_LEVEL)
    assert (
        "de la Commission européenne pour le projet X. La fédération est gérée par la Ville de Toulouse. "
        "La subvention a été accordée le 28 avril 2026"
    ) in md, md.split("\n\n")[1]
    assert "Région Occitanie.\n" in md
    acronym = _fr(tmp_path, {**FEDERATION, "organisation.managed_by": manager})
    assert "La FRCO est gérée par la Ville de Toulouse." in acronym
    _clean(tmp_path, facts, NO_LEVEL)


@pytest.mark.parametrize(
    ("name", "said"),
    [
        (
            per_lang(
                "Marca Qualidade Turismo", "Marca Calidad Turismo", "Tourism Quality Mark", "Marque Qualité Tourisme"
            ),
            "a renouvelé la Marque Qualité Tourisme, qu’il avait obtenue pour la première fois en 2019.",
        ),
        (
            per_lang("Selo X", "Sello X", "X Label", "Label X"),
            "a renouvelé le Label X, qu’il avait obtenu pour la première fois en 2019.",
        ),
    ],
)
def test_an_award_s_gender_follows_the_noun_its_name_starts_with(
    tmp_path: Path, name: dict[str, str], said: str
) -> None:
    """ "le Marque Qualité Tourisme, qu’il avait obtenu": without a gender in the facts, the award's is its
    head noun's; one given in the facts still stands."""
    facts = {"release.kind": "renewal", "award.name": name, "award.first_awarded": 2019}
    md = _fr(tmp_path, facts, NO_LEVEL)
    assert said in md, md.split("\n\n")[1]
    given = _fr(tmp_path, {**facts, "award.gender": "m"}, NO_LEVEL)
    assert "renouvelé le " in given
    _clean(tmp_path, facts, NO_LEVEL)


@pytest.mark.parametrize(
    ("name", "said"),
    [
        ("Fromagerie de l'Aubrac", "# La Fromagerie de l’Aubrac obtient le niveau Or"),
        ("Atelier Fil d'Ariane", "# L’Atelier Fil d’Ariane obtient le niveau Or"),
        ("Domaine Vauclair", "# Le Domaine Vauclair obtient le niveau Or"),
    ],
)
def test_a_company_named_by_its_trade_takes_the_article(tmp_path: Path, name: str, said: str) -> None:
    """ "Fromagerie de l’Aubrac remporte…": a name that starts with the noun of a trade or a house (une
    fromagerie, un atelier, un domaine) takes its article, as the about paragraph does, and needs no
    "une entreprise" after it."""
    facts = {"organisation.name": name, "organisation.type": "company"}
    md = _fr(tmp_path, facts)
    assert md.startswith(said), md.split("\n\n")[0]
    bare = _fr(tmp_path, facts, ("organisation.sector",))
    assert f"**Aveiro, le 4 mai 2026.** {said[2:].split(' obtient')[0]} a obtenu le niveau Or" in bare, (
        "the name says it"
    )
    _clean(tmp_path, facts)


@pytest.mark.parametrize(
    ("name", "said"),
    [
        (
            "Smart City Expo World Congress",
            "lors du Smart City Expo World Congress, qui s’est tenu à Barcelone, en Espagne, le 28 avril 2026.",
        ),
        ("Web Summit", "lors du Web Summit, qui s’est tenu à Barcelone, en Espagne, le 28 avril 2026."),
        (
            "European Maritime Day",
            "lors de l’European Maritime Day, qui s’est tenue à Barcelone, en Espagne, le 28 avril 2026.",
        ),
    ],
)
def test_an_event_named_in_english_takes_the_gender_of_its_last_noun(tmp_path: Path, name: str, said: str) -> None:
    """ "à la Smart City Expo World Congress": an English name says what the event is by its last word, a
    congress (le congrès), a summit (le sommet), a day (la journée)."""
    facts: dict[str, Any] = {
        "release.kind": "prize",
        "award.name": per_lang("Prémio X", "Premio X", "X Award", "Prix X"),
        "event": {"name": name, "city": "Barcelone", "country": "ES", "date": "2026-04-28"},
    }
    md = _fr(tmp_path, facts, NO_LEVEL)
    assert said in md, md.split("\n\n")[1]
    _clean(tmp_path, facts, NO_LEVEL)


def test_a_town_is_named_with_its_article(tmp_path: Path) -> None:
    """ "Ville de L’Haÿ-les-Roses a reçu": a town named "Ville de…" takes "la", as "la Région…" does."""
    facts = {
        "organisation.name": "Ville de L'Haÿ-les-Roses",
        "organisation.type": "public body",
        "organisation.gender": "f",
    }
    md = _fr(tmp_path, facts, ("organisation.sector",))
    assert md.startswith("# La Ville de L’Haÿ-les-Roses obtient le niveau Or")
    assert "**Aveiro, le 4 mai 2026.** La Ville de L’Haÿ-les-Roses a obtenu le niveau Or" in md
    _clean(tmp_path, facts, ("organisation.sector",))


@pytest.mark.parametrize(
    ("name", "gender", "headline", "said"),
    [
        ("VivaTech", "f", "à VivaTech", "lors de VivaTech, qui s’est tenu à Paris le 28 avril 2026."),
        ("Eurosatory", "f", "à Eurosatory", "lors d’Eurosatory, qui s’est tenu à Paris le 28 avril 2026."),
        ("CES", "m", "au CES", "lors du CES, qui s’est tenu à Paris le 28 avril 2026."),
    ],
)
def test_an_event_named_by_a_brand_goes_bare(tmp_path: Path, name: str, gender: str, headline: str, said: str) -> None:
    """ "à la VivaTech", "lors de la Pollutec": a show named by one word, a brand, takes no article in the
    French press; an acronym keeps the article of its gender ("au CES")."""
    facts: dict[str, Any] = {
        "release.kind": "prize",
        "award.name": per_lang("Prémio X", "Premio X", "X Award", "Prix X"),
        "event": {"name": name, "city": "Paris", "date": "2026-04-28", "gender": gender},
    }
    md = _fr(tmp_path, facts, NO_LEVEL)
    assert md.startswith(f"# Habitat remporte le Prix X {headline}\n"), md.split("\n\n")[0]
    assert said in md, md.split("\n\n")[1]
    _clean(tmp_path, facts, NO_LEVEL)
