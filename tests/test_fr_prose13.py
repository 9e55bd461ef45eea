"""French (France) drafts as a native editor of a Paris press agency would pass them: a thirteenth pass, on
a training body's Qualiopi certification, a cutler's « Entreprise du patrimoine vivant » label, a dairy
cooperative's grant from a national agency, a start-up's trophy at a trade fair abroad, a municipal
museum's renewed « Tourisme & Handicap » mark and an abbey's European Heritage Label.

Each test pins one class an editor marked: a scheme's purpose, written to stand on its own, does not
name the scheme again right after the sentence that said when it was created (« Le label … a été créé en
2005. Il distingue… », not « … Le label distingue… »), while a text that does not open so, or whose noun
goes on (« Le label européen… »), is kept as written; a funder with a long name goes by its acronym in
a grant's headline, as the press writes it (« reçoit 1,85 million d’euros de l’ADEME »), the lead still
naming it in full; an establishment named by the acronym of its kind (« le CHU de Nantes ») or by a
bank or a fund (« la Banque des territoires ») takes its article; an event held in a city whose name
starts with « Le » is held « au Mans », which ``drafter check`` reads as the city; and a type does not
say the sector's noun twice (« un organisme spécialisé dans la formation continue »).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.lang.anaphora import pronoun_again

from .newfacts import checked, per_lang

NO_LEVEL = ("award.level",)


def _purpose(fr: str) -> dict[str, str]:
    return per_lang(
        "O selo distingue as empresas.",
        "El sello distingue a las empresas.",
        "The label recognises companies.",
        fr,
    )


@pytest.mark.parametrize(
    ("name", "purpose", "said"),
    [
        (
            "label Savoir-faire d’exception",
            "Le label distingue les ateliers qui forment des apprentis.",
            "Le label Savoir-faire d’exception a été créé en 2008. Il distingue les ateliers qui forment",
        ),
        (
            "marque Accueil pour tous",
            "La marque garantit un accueil adapté. Elle est attribuée pour cinq ans.",
            "La marque Accueil pour tous a été créée en 2008. Elle garantit un accueil adapté. Elle est attribuée",
        ),
        (
            "Label Qualité Sport",
            "Le label s’adresse aux clubs de toutes tailles.",
            "Le Label Qualité Sport a été créé en 2008. Il s’adresse aux clubs de toutes tailles.",
        ),
    ],
)
def test_a_purpose_does_not_name_the_scheme_again(tmp_path: Path, name: str, purpose: str, said: str) -> None:
    """After « … a été créé en 2008. », « Le label distingue » is « Il distingue »."""
    facts = {"award.name": name, "award.launched": 2008, "award.purpose": _purpose(purpose)}
    fr = checked(tmp_path, facts, NO_LEVEL)["fr"]
    assert said in fr, fr


def test_a_purpose_keeps_the_name_after_a_pronoun(tmp_path: Path) -> None:
    """After « Il est reconnu et soutenu par… », naming the label again is what an editor wants."""
    facts = {
        "award.name": "label Ville amie des aînés",
        "award.launched": 2010,
        "award.backed_by": {"name": "Réseau francophone des villes amies des aînés"},
        "award.purpose": _purpose("Le label récompense les communes qui adaptent leurs services."),
    }
    fr = checked(tmp_path, facts, NO_LEVEL)["fr"]
    assert "Il est reconnu et soutenu par le Réseau" in fr, fr
    assert ". Le label récompense les communes" in fr, fr


def test_a_purpose_that_opens_its_paragraph_keeps_the_name(tmp_path: Path) -> None:
    """Without a sentence about the scheme's origin, « Il » would have nothing to stand for."""
    facts = {
        "award.name": "label Ville amie des aînés",
        "award.purpose": _purpose("Le label récompense les communes qui adaptent leurs services."),
    }
    fr = checked(tmp_path, facts, NO_LEVEL)["fr"]
    assert "2026. Le label récompense les communes" in fr, fr  # s19: one sentence runs on in the lead


@pytest.mark.parametrize(
    "purpose",
    [
        "Le label européen distingue les sites.",  # the noun phrase goes on
        "Le label vert distingue les sites.",
        "Le label de l’État distingue les sites.",
        "Ce label distingue les sites.",
        "La certification des organismes est obligatoire.",
        "Le programme finance des projets.",  # not the noun the name starts with
        "Le label, créé par l’État, distingue les sites.",
    ],
)
def test_a_purpose_that_does_not_repeat_the_name_is_kept(purpose: str) -> None:
    assert pronoun_again(purpose, "label Patrimoine vivant", "m") == purpose


def test_a_purpose_that_names_the_whole_award_again_takes_the_pronoun() -> None:
    """« Le Pavillon bleu distingue… » is « Il distingue… », not « Il bleu distingue… »."""
    assert pronoun_again("Le Pavillon bleu distingue les plages.", "Pavillon bleu", "m") == "Il distingue les plages."
    kept = "Le Pavillon bleu de la mer distingue les plages."
    assert pronoun_again(kept, "Pavillon bleu", "m") == kept


def test_an_elided_noun_takes_the_awards_gender() -> None:
    """« L’accréditation atteste » after « L’accréditation X a été créée » is « Elle atteste »."""
    said = pronoun_again("L’accréditation atteste la compétence.", "accréditation Cofrac", "f")
    assert said == "Elle atteste la compétence."


GRANT = {
    "release.kind": "grant",
    "award.name": per_lang("Fundo Calor", "Fondo Calor", "Heat Fund", "fonds Chaleur"),
    "grant": {
        "amount": 1850000,
        "project": per_lang(
            "uma caldeira a biomassa",
            "una caldera de biomasa",
            "a biomass boiler",
            "une chaudière biomasse",
        ),
    },
}


@pytest.mark.parametrize(
    ("issuer", "headline", "lead"),
    [
        (
            {"name": "Agence de la transition écologique", "acronym": "ADEME", "gender": "f"},
            "reçoit 1,85 million d’euros de l’ADEME\n",
            "de l’Agence de la transition écologique (ADEME) pour",
        ),
        (
            {"name": "Centre national de la recherche scientifique", "acronym": "CNRS"},
            "reçoit 1,85 million d’euros du CNRS\n",
            "du Centre national de la recherche scientifique (CNRS) pour",
        ),
        (
            {"name": "Fondation de la Mer", "acronym": "FDM", "gender": "f"},
            "reçoit 1,85 million d’euros de la Fondation de la Mer\n",
            "de la Fondation de la Mer (FDM) pour",
        ),
    ],
)
def test_a_long_funder_goes_by_its_acronym_in_the_headline(
    tmp_path: Path, issuer: dict[str, str], headline: str, lead: str
) -> None:
    facts = {**GRANT, "award.issuer": issuer}
    fr = checked(tmp_path, facts, NO_LEVEL)["fr"]
    assert headline in fr.splitlines(keepends=True)[0], fr
    assert lead in fr, fr


@pytest.mark.parametrize(
    ("name", "gender", "lead", "about"),
    [
        ("CHU de Nantes", None, "Le CHU de Nantes", "À propos du CHU de Nantes"),
        ("IUT de Lannion", None, "L’IUT de Lannion", "À propos de l’IUT de Lannion"),
        ("CCI Bretagne Ouest", None, "La CCI Bretagne Ouest", "À propos de la CCI Bretagne Ouest"),
        ("Ehpad Les Tilleuls", "m", "L’Ehpad Les Tilleuls", "À propos de l’Ehpad Les Tilleuls"),
    ],
)
def test_an_establishment_named_by_its_acronym_takes_the_article(
    tmp_path: Path, name: str, gender: str | None, lead: str, about: str
) -> None:
    """« Le CHU de Nantes obtient… », « À propos de l’IUT de Lannion », as the press writes them: the
    acronym stands for a common noun (« centre hospitalier universitaire »), whose article it keeps."""
    facts: dict[str, object] = {"organisation.name": name}
    if gender:
        facts["organisation.gender"] = gender
    fr = checked(tmp_path, facts, NO_LEVEL)["fr"]
    assert fr.startswith(f"# {lead} obtient"), fr
    assert f"** {lead}" in fr, fr
    assert f"## {about}\n" in fr, fr


def test_an_establishment_named_by_its_acronym_is_named_again_by_its_type(tmp_path: Path) -> None:
    """« L’hôpital est géré par… », not « Le chu est géré par… »."""
    facts = {
        "organisation.name": "CHU de Vallon",
        "organisation.type": per_lang("hospital", "hospital", "hospital", "hôpital"),
        "organisation.managed_by": {"name": "Groupement hospitalier du Vallon"},
    }
    fr = checked(tmp_path, facts, NO_LEVEL)["fr"]
    assert "L’hôpital est géré par le Groupement hospitalier du Vallon." in fr, fr


@pytest.mark.parametrize("kind", ["certification", "renewal"])
def test_a_standards_purpose_does_not_name_the_standard_again(tmp_path: Path, kind: str) -> None:
    """« La norme ISO 9001 a été publiée pour la première fois en 1987. Elle fixe… », with its space: a
    renewal used to glue the purpose to that sentence (« 1987.La norme »)."""
    facts: dict[str, object] = {
        "release.kind": kind,
        "award.name": "ISO 9001:2015",
        "award.launched": 1987,
        "award.purpose": per_lang(
            "A norma fixa requisitos.",
            "La norma fija requisitos.",
            "The standard sets requirements.",
            "La norme fixe les exigences d’un système de management de la qualité.",
        ),
    }
    if kind == "renewal":
        facts["award.first_awarded"] = 2012
    fr = checked(tmp_path, facts, NO_LEVEL)["fr"]
    assert "publiée pour la première fois en 1987. Elle fixe les exigences" in fr, fr


def test_a_standards_purpose_after_its_publisher_names_it(tmp_path: Path) -> None:
    """After « L’Organisation internationale de normalisation (ISO) a publié la norme… », « Elle »
    would be the organisation: the standard is named."""
    facts = {
        "release.kind": "certification",
        "award.name": "ISO 9001:2015",
        "award.launched": 1987,
        "award.launched_by": {"name": "Organisation internationale de normalisation", "acronym": "ISO", "gender": "f"},
        "award.purpose": per_lang(
            "A norma fixa requisitos.",
            "La norma fija requisitos.",
            "The standard sets requirements.",
            "La norme fixe les exigences.",
        ),
    }
    fr = checked(tmp_path, facts, NO_LEVEL)["fr"]
    assert "pour la première fois en 1987. La norme fixe les exigences." in fr, fr


def test_a_certification_named_without_its_noun_is_not_named_again(tmp_path: Path) -> None:
    """« La certification Qualiopi a été créée en 2022. Elle atteste… »: the noun the lead put before a
    bare name is the one the purpose repeats."""
    facts = {
        "release.kind": "certification",
        "award.name": "Qualiopi",
        "award.launched": 2022,
        "award.purpose": _purpose("La certification atteste la qualité des formations."),
    }
    fr = checked(tmp_path, facts, NO_LEVEL)["fr"]
    assert "La certification Qualiopi a été créée en 2022. Elle atteste la qualité des formations." in fr, fr


@pytest.mark.parametrize(
    ("city", "said"),
    [
        ("Le Mans", "qui s’est tenu au Mans, en France,"),
        ("Les Sables-d’Olonne", "qui s’est tenu aux Sables-d’Olonne, en France,"),
        ("La Rochelle", "qui s’est tenu à La Rochelle, en France,"),
        ("Aix-en-Provence", "qui s’est tenu à Aix-en-Provence, en France,"),
    ],
)
def test_an_event_city_that_starts_with_le_contracts_it(tmp_path: Path, city: str, said: str) -> None:
    """« au Mans », « aux Sables-d’Olonne », never « à Le Mans »; ``drafter check`` still finds the city."""
    facts = {
        "release.kind": "prize",
        "award.name": per_lang("Prémio Vela", "Premio Vela", "Sailing Prize", "prix de la Voile"),
        "event": {
            "name": per_lang("Salão Náutico", "Salón Náutico", "Boat Show", "salon Nautique"),
            "city": city,
            "date": "2026-04-03",
            "country": "FR",
        },
    }
    fr = checked(tmp_path, facts, NO_LEVEL)["fr"]
    assert said in fr, fr


@pytest.mark.parametrize(
    ("kind", "sector", "said"),
    [
        (
            "organisme de formation",
            "la formation des adultes",
            "Habitat, un organisme spécialisé dans la formation des adultes, a obtenu",
        ),
        (
            "centre de recherche",
            "la recherche biomédicale",
            "Habitat, un centre spécialisé dans la recherche biomédicale, a obtenu",
        ),
        (
            "centre de recherche",
            "les sciences de la mer",
            "Habitat, un centre de recherche spécialisé dans les sciences de la mer, a obtenu",
        ),
    ],
)
def test_a_type_does_not_say_the_sectors_noun_twice(tmp_path: Path, kind: str, sector: str, said: str) -> None:
    """« un organisme spécialisé dans la formation des adultes », not « un organisme de formation
    spécialisé dans la formation… »; a type whose complement the sector does not repeat is kept."""
    facts = {
        "organisation.type": per_lang("organismo", "organismo", "body", kind),
        "organisation.sector": per_lang("a formação", "la formación", "training", sector),
    }
    fr = checked(tmp_path, facts, NO_LEVEL)["fr"]
    assert said in fr, fr


@pytest.mark.parametrize(
    ("name", "said"),
    [
        ("Banque des territoires", "de la Banque des territoires"),
        ("Fonds de dotation Terre vive", "du Fonds de dotation Terre vive"),
        ("Orchestre national d’Auvergne", "de l’Orchestre national d’Auvergne"),
    ],
)
def test_a_funder_named_by_a_bank_or_a_fund_takes_its_article(tmp_path: Path, name: str, said: str) -> None:
    """« reçoit 500 000 euros de la Banque des territoires », not « du Banque des territoires »."""
    facts = {**GRANT, "award.issuer": {"name": name}}
    fr = checked(tmp_path, facts, NO_LEVEL)["fr"]
    assert f"reçoit 1,85 million d’euros {said}\n" in fr, fr


def test_an_event_in_a_city_known_with_its_article_is_checked(tmp_path: Path) -> None:
    """« au Caire », where the other languages say Cairo: ``drafter check`` reads it as the same place."""
    facts = {
        "release.kind": "prize",
        "award.name": per_lang("Prémio Água", "Premio Agua", "Water Prize", "prix de l’Eau"),
        "event": {
            "name": per_lang("Congresso da Água", "Congreso del Agua", "Water Congress", "congrès de l’Eau"),
            "city": per_lang("Cairo", "El Cairo", "Cairo", "Le Caire"),
            "date": "2026-04-28",
            "country": "EG",
        },
    }
    fr = checked(tmp_path, facts, NO_LEVEL)["fr"]
    assert "qui s’est tenu au Caire, en Égypte," in fr, fr


@pytest.mark.parametrize(
    ("name", "kind", "said"),
    [
        ("Centre hospitalier de Vallon", "hôpital public", "Le Centre hospitalier de Vallon a obtenu"),
        ("Clinique Vallon", "établissement de santé privé", "La Clinique Vallon a obtenu"),
        ("Santévie", "hôpital privé", "L’hôpital privé Santévie a obtenu"),
    ],
)
def test_a_hospital_is_not_said_to_work_in_health(tmp_path: Path, name: str, kind: str, said: str) -> None:
    """« un hôpital public spécialisé dans la santé » says twice what a hospital does: the name or the
    type that says it is one leaves the sector out."""
    facts = {
        "organisation.name": name,
        "organisation.type": per_lang("hospital", "hospital", "hospital", kind),
        "organisation.sector": per_lang("a saúde", "la sanidad", "healthcare", "la santé"),
    }
    fr = checked(tmp_path, facts, NO_LEVEL)["fr"]
    assert said in fr, fr


@pytest.mark.parametrize(
    ("name", "at", "held"),
    [
        ("Rencontres de l’export", "aux Rencontres de l’export", "lors des Rencontres de l’export, qui se sont tenues"),
        ("Entretiens de la mer", "aux Entretiens de la mer", "lors des Entretiens de la mer, qui se sont tenus"),
        ("salon Nautique", "au salon Nautique", "lors du salon Nautique, qui s’est tenu"),
    ],
)
def test_an_event_with_a_plural_name_is_held_in_the_plural(tmp_path: Path, name: str, at: str, held: str) -> None:
    """« aux Rencontres de l’export, qui se sont tenues », not « à la Rencontres…, qui s’est tenue »."""
    facts = {
        "release.kind": "prize",
        "award.name": per_lang("Prémio Exportação", "Premio Exportación", "Export Prize", "prix de l’Export"),
        "event": {
            "name": per_lang("Encontros", "Encuentros", "Export Meetings", name),
            "city": "Nantes",
            "date": "2026-04-28",
        },
    }
    fr = checked(tmp_path, facts, NO_LEVEL)["fr"]
    assert fr.splitlines()[0].endswith(at), fr
    assert held in fr, fr
