"""French (France) drafts as a native editor of a Paris press agency would pass them: a seventh pass, on a
commune's « Villes et Villages fleuris » label, a start-up's prize at VivaTech, a teaching hospital's HAS
certification, a wine estate's medal at the Concours général agricole and a laboratory's ANR grant.

Each test pins one class an editor marked: an assessor the facts name by a common noun, in lower case
(« experts indépendants », « jury d’investisseurs »), is not a body the reader knows and takes the
indefinite article (« par des experts indépendants », « sur proposition d’un jury d’investisseurs »), not
« par les experts indépendants »; the organisation is named again by the noun its own name starts with
(« La ville est gérée par… », « Le laboratoire est géré par… »), not by its type's (« L’organisme
public », « Le centre »).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from drafter import draft
from drafter.checker import check

from .newfacts import facts_file, per_lang

NO_LEVEL = ("award.level",)


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


EXPERTS = {
    "name": per_lang("peritos independentes", "expertos independientes", "independent experts", "experts indépendants"),
    "gender": "mp",
}
JURY = {
    "name": per_lang("júri de investidores", "jurado de inversores", "jury of investors", "jury d'investisseurs"),
}
EVENT = {"name": "VivaTech", "city": "Paris", "date": "2026-04-26", "end": "2026-04-29", "country": "FR"}


@pytest.mark.parametrize(
    ("kind", "more", "said"),
    [
        (
            "award",
            {},
            "le 28 avril 2026, à l’issue d’une évaluation réalisée par des experts indépendants.",
        ),
        (
            "renewal",
            {},
            "le 28 avril 2026, à l’issue d’une nouvelle évaluation réalisée par des experts indépendants.",
        ),
        (
            "certification",
            {"award.name": "ISO 9001:2015"},
            "À l’issue d’un audit réalisé par des experts indépendants, l’European Secretariat",
        ),
        (
            "prize",
            {"event": EVENT},
            "le 28 avril, sur proposition d’un jury réuni par des experts indépendants.",
        ),
    ],
)
def test_an_assessor_named_by_a_common_noun_takes_the_indefinite_article(
    tmp_path: Path, kind: str, more: dict[str, Any], said: str
) -> None:
    """ "réalisée par les experts indépendants": experts the reader has not met are « des experts »."""
    facts = {"release.kind": kind, "award.assessor": EXPERTS, **more}
    drop = NO_LEVEL if kind == "certification" else ()
    md = _fr(tmp_path, facts, drop)
    assert said in md, md.split("\n\n")[2]
    assert "les experts" not in md
    _clean(tmp_path, facts, drop)


def test_a_jury_named_by_a_common_noun_is_a_jury_not_the_jury(tmp_path: Path) -> None:
    """ "sur proposition du jury d’investisseurs" reads as a jury already presented: « d’un jury »; a
    singular assessor in an award is « un jury national »; a proper name keeps its article."""
    facts = {"release.kind": "prize", "event": EVENT, "award.assessor": JURY}
    md = _fr(tmp_path, facts)
    assert "lui a remis le prix le 28 avril, sur proposition d’un jury d’investisseurs." in md
    national = {"name": per_lang("júri nacional", "jurado nacional", "national jury", "jury national")}
    assert "sur proposition d’un jury national." in _fr(tmp_path, {"award.assessor": national})
    named = {"name": "Institut Pasteur", "type": "research centre"}
    assert "à l’issue d’une évaluation réalisée par l’Institut Pasteur." in _fr(tmp_path, {"award.assessor": named})
    _clean(tmp_path, facts)


def test_a_body_is_named_again_by_its_own_name_s_noun_before_its_type_s(tmp_path: Path) -> None:
    """ "La Ville de Saint-Cirq… L’organisme public est géré par…", "GlaceLab (Laboratoire…) … Le centre est
    géré par…": the noun the name or the full name starts with says what the body is, better than its type."""
    town = {
        "organisation.name": "Ville de Saint-Cirq",
        "organisation.type": "public body",
        "organisation.gender": "f",
        "organisation.managed_by": {"name": "Syndicat mixte du Lot", "type": "public body"},
    }
    md = _fr(tmp_path, town, ("organisation.sector",))
    assert "La ville est gérée par le Syndicat mixte du Lot." in md, md.split("\n\n")[2]
    lab = {
        "organisation.name": "GlaceLab",
        "organisation.full_name": "Laboratoire interdisciplinaire de physique",
        "organisation.type": "research centre",
        "organisation.managed_by": {"name": "Université Grenoble Alpes", "acronym": "UGA", "type": "university"},
    }
    assert "Le laboratoire fait partie de l’Université Grenoble Alpes (UGA)." in _fr(tmp_path, lab)
    # the same noun in the name of the body that runs it: the name, not « La ville est gérée par la Ville… »
    same = {**town, "organisation.managed_by": {"name": "Ville de Cahors", "type": "public body", "gender": "f"}}
    assert "La Ville de Saint-Cirq est gérée par la Ville de Cahors." in _fr(tmp_path, same, ("organisation.sector",))
    _clean(tmp_path, town, ("organisation.sector",))
    _clean(tmp_path, lab)


def test_a_public_body_without_a_noun_of_its_own_is_named_again_by_its_name(tmp_path: Path) -> None:
    """ "L’organisme public est géré par…" names no one: a public body whose name says nothing of what it
    is is named again by its name; one given its article names itself by its noun (« Le port »)."""
    office = {
        "organisation.name": "Vauclair Tourisme",
        "organisation.type": "public body",
        "organisation.managed_by": {"name": "Communauté de communes du Vauclair", "gender": "f"},
    }
    md = _fr(tmp_path, office, ("organisation.sector",))
    assert "Vauclair Tourisme est géré par la Communauté de communes du Vauclair." in md, md.split("\n\n")[2]
    assert "organisme public" not in md
    port = {**office, "organisation.name": "Port de plaisance de Vauclair", "organisation.article": {"fr": True}}
    md = _fr(tmp_path, port, ("organisation.sector",))
    assert "Le port est géré par la Communauté de communes du Vauclair." in md, md.split("\n\n")[2]
    _clean(tmp_path, office, ("organisation.sector",))


@pytest.mark.parametrize(
    ("name", "said"),
    [
        ("Palais des congrès de Vauclair", "# Le Palais des congrès de Vauclair obtient le niveau Or"),
        ("Abbaye de Fontvive", "# L’Abbaye de Fontvive obtient le niveau Or"),
        ("Piscine des Dauphins", "# La Piscine des Dauphins obtient le niveau Or"),
        ("Stade du Moulin", "# Le Stade du Moulin obtient le niveau Or"),
    ],
)
def test_a_name_that_starts_with_a_place_s_noun_takes_its_article(tmp_path: Path, name: str, said: str) -> None:
    """ "Palais des congrès de Vauclair obtient…": a palace, an abbey, a swimming pool, a stadium or an
    airport is named with the article of the noun its name starts with, as a museum is."""
    md = _fr(tmp_path, {"organisation.name": name})
    assert md.startswith(said), md.split("\n\n")[0]


def test_a_certification_named_for_something_does_not_say_pour_twice(tmp_path: Path) -> None:
    """ "la certification pour la qualité des soins pour l’ensemble de ses quatre hôpitaux": what the
    certificate covers comes first when the name says « pour » already; any other name keeps it after."""
    name = per_lang(
        "Certificação para a qualidade dos cuidados",
        "Certificación para la calidad de la atención",
        "Certification for the Quality of Care",
        "certification pour la qualité des soins",
    )
    scope = per_lang(
        "os seus quatro hospitais",
        "sus cuatro hospitales",
        "all four of its hospitals",
        "l’ensemble de ses quatre hôpitaux",
    )
    facts = {"release.kind": "certification", "award.name": name, "award.scope": scope}
    md = _fr(tmp_path, facts, NO_LEVEL)
    assert "a obtenu, pour l’ensemble de ses quatre hôpitaux, la certification pour la qualité des soins. " in md, (
        md.split("\n\n")[1]
    )
    iso = _fr(tmp_path, {**facts, "award.name": "ISO 9001:2015"}, NO_LEVEL)
    assert "a obtenu la certification ISO 9001:2015 pour l’ensemble de ses quatre hôpitaux." in iso
    _clean(tmp_path, facts, NO_LEVEL)
