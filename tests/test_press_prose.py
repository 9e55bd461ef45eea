"""Drafts a press office publishes after light edits: the classes of fault an editor found, pinned.

Small counts in words, agreeing with what they count; four-digit numbers ungrouped where CLDR says
so (es, pt-PT); "9 of the 11" without a wrong gender; French elision before a mute h; the agent of
an action first, in a sentence of its own, never a participle stranded after a long object; a
standard published, not launched in its edition's year; a label created on someone's initiative.
Each test states the class and tries it on facts the examples do not have.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from drafter import draft
from drafter.award_view import _standard
from drafter.checker import check
from drafter.extract import extract
from drafter.grammar import after, with_article
from drafter.lang import words
from drafter.localize import locale_for
from drafter.numwords import count, counted

from .newfacts import facts_file, per_lang

LANGS = ("pt", "es", "en", "fr")
PROJECT = per_lang("um projeto", "un proyecto", "a project", "un projet")


def _partners(n: int, named: int = 0) -> dict[str, Any]:
    """A partnership of ``n`` partners, the first ``named`` of them by name, the rest by country."""
    partners: list[dict[str, Any]] = [{"name": f"Parceira {chr(65 + i)}", "country": "ES"} for i in range(named)]
    partners += [{"country": "FR"}] if named < n else []
    return {"partnership": {"project": PROJECT, "count": n, "partners": partners}}


def _drafts(tmp_path: Path, change: dict[str, Any]) -> dict[str, str]:
    return draft(facts_file(tmp_path, change)).markdown


def _next_steps(md: str) -> str:
    return md.split("\n## ", 2)[-1] if "\n## " in md else md


# --- small counts in words --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "masculine", "feminine"),
    [
        ("pt", ["um", "dois", "três", "dez"], ["uma", "duas", "três", "dez"]),
        ("es", ["un", "dos", "tres", "diez"], ["una", "dos", "tres", "diez"]),
        ("fr", ["un", "deux", "trois", "neuf"], ["une", "deux", "trois", "neuf"]),
        ("en", ["one", "two", "three", "nine"], ["one", "two", "three", "nine"]),
    ],
)
def test_small_counts_agree_with_what_they_count(lang: str, masculine: list[str], feminine: list[str]) -> None:
    locale = locale_for(lang)
    last = 10 if lang in ("pt", "es") else 9
    assert [count(n, locale) for n in (1, 2, 3, last)] == masculine
    assert [count(n, locale, "f") for n in (1, 2, 3, last)] == feminine


@pytest.mark.parametrize(
    ("lang", "first_in_digits", "twenty_one"),
    [("pt", 11, "21"), ("es", 11, "21"), ("fr", 10, "21"), ("en", 10, "21")],
)
def test_larger_counts_are_digits(lang: str, first_in_digits: int, twenty_one: str) -> None:
    """Above the house style's limit (ten in pt and es, nine in en and fr) a count is its digits."""
    locale = locale_for(lang)
    assert count(first_in_digits, locale) == str(first_in_digits)
    assert count(21, locale, "f") == twenty_one  # never "veintiuno socios": digits
    assert count(0, locale) == "0" and count(2.5, locale) != "two"
    assert count(12, locale, upto=9) == "12"
    assert count(10, locale, upto=9) == "10"  # a house style may stop at nine


def test_counted_nouns_take_their_number() -> None:
    es, pt, fr, en = (locale_for(lang) for lang in ("es", "pt", "fr", "en"))
    assert counted(1, "socio", "socios", es) == "un socio"
    assert counted(1, "empresa", "empresas", es, "f") == "una empresa"
    assert counted(2, "empresa", "empresas", pt, "f") == "duas empresas"
    assert counted(2, "centro", "centros", pt) == "dois centros"
    assert counted(1, "entreprise", "entreprises", fr, "f") == "une entreprise"
    assert counted(12, "partner", "partners", en) == "12 partners"
    assert counted(1200, "socio", "socios", es) == "1200 socios"


@pytest.mark.parametrize(
    ("n", "expected"),
    [
        (2, per_lang("dois parceiros", "dos socios", "two partners", "deux partenaires")),
        (5, per_lang("cinco parceiros", "cinco socios", "five partners", "cinq partenaires")),
        (10, per_lang("dez parceiros", "diez socios", "10 partners", "10 partenaires")),
        (12, per_lang("12 parceiros", "12 socios", "12 partners", "12 partenaires")),
        (21, per_lang("21 parceiros", "21 socios", "21 partners", "21 partenaires")),
    ],
)
def test_the_number_of_partners_in_every_language(tmp_path: Path, n: int, expected: dict[str, str]) -> None:
    md = _drafts(tmp_path, _partners(n))
    for lang in LANGS:
        assert expected[lang] in md[lang], (lang, _next_steps(md[lang]))


def test_one_named_partner_is_named_not_counted(tmp_path: Path) -> None:
    md = _drafts(tmp_path, {"partnership": {"project": PROJECT, "partners": [{"name": "Porto Digital"}]}})
    assert "Em conjunto com a Porto Digital, o Habitat está a desenvolver um projeto." in md["pt"]
    assert "Junto con Porto Digital, Habitat desarrolla un proyecto." in md["es"]
    assert "Habitat is working with Porto Digital to develop a project." in md["en"]
    assert "Avec Porto Digital, Habitat développe un projet." in md["fr"]
    folder = tmp_path / "drafts"
    folder.mkdir()
    facts = facts_file(folder, {"partnership": {"project": PROJECT, "partners": [{"name": "Porto Digital"}]}})
    for lang, text in draft(facts).markdown.items():
        (folder / f"{lang}.md").write_text(text, encoding="utf-8")
    assert check([folder]).findings == ()  # the count of one is the name: nothing for check to miss


def test_a_partner_named_among_others_agrees_in_number(tmp_path: Path) -> None:
    one = _drafts(tmp_path, _partners(12, named=1))
    two = _drafts(tmp_path, _partners(12, named=2))
    assert "Um dos parceiros é a Parceira A (Espanha)." in one["pt"]  # not "Entre eles", whose antecedent is unclear
    assert "Entre os parceiros estão a Parceira A (Espanha) e a Parceira B (Espanha)." in two["pt"]
    assert "Entre los socios figura Parceira A (España)." in one["es"]
    assert "Parmi ces partenaires figurent Parceira A (Espagne) et Parceira B (Espagne)." in two["fr"]
    assert "One of the partners is Parceira A (Spain)." in one["en"]  # "Among them is" reads oddly of one name


def _checked(tmp_path: Path, change: dict[str, Any], edit: tuple[str, str, str] | None = None) -> list[str]:
    folder = tmp_path / "release"
    folder.mkdir()
    facts = facts_file(folder, change)
    for lang, text in draft(facts).markdown.items():
        if edit and edit[0] == lang:
            assert edit[1] in text, (lang, edit[1])
            text = text.replace(edit[1], edit[2], 1)
        (folder / f"{lang}.md").write_text(text, encoding="utf-8")
    return [f"{f.rule} {f.path}" for f in check([folder]).findings]


def test_check_reads_a_count_written_in_words(tmp_path: Path) -> None:
    """Three partners in words ("três parceiros", "tres socios", "three partners", "trois partenaires") meet 3."""
    assert _checked(tmp_path, _partners(3)) == []


@pytest.mark.parametrize(
    ("lang", "old", "new"),
    [
        ("pt", "três parceiros", "quatro parceiros"),
        ("es", "tres socios", "cuatro socios"),
        ("en", "three partners", "four partners"),
        ("fr", "trois partenaires", "quatre partenaires"),
    ],
)
def test_check_finds_a_count_in_words_changed_by_hand(tmp_path: Path, lang: str, old: str, new: str) -> None:
    assert _checked(tmp_path, _partners(3), (lang, old, new)) == ["fact-different partnership.count"]


# --- four digits in Spanish and Portuguese -----------------------------------------------------------------


def test_four_digit_figures_are_ungrouped_in_spanish_and_portuguese(tmp_path: Path) -> None:
    figures = [
        {"value": 1200, "what": per_lang("casas", "viviendas", "homes", "logements")},
        {"value": 12500, "what": per_lang("toneladas", "toneladas", "tonnes", "tonnes")},
    ]
    md = _drafts(tmp_path, {"figures": figures})
    assert "- 1200 viviendas" in md["es"] and "- 12.500 toneladas" in md["es"]
    assert "- 1200 casas" in md["pt"] and "- 12\u00a0500 toneladas" in md["pt"]
    assert "- 1,200 homes" in md["en"] and "- 12,500 tonnes" in md["en"]
    assert "- 1\u202f200 logements" in md["fr"]


@pytest.mark.parametrize(("lang", "text"), [("es", "1200"), ("es", "1.200"), ("pt", "1200"), ("pt", "1 200")])
def test_four_digits_are_read_grouped_or_not(lang: str, text: str) -> None:
    found = [(m.kind, m.value) for m in extract(f"Rehabilitaron {text} viviendas en total.", lang)]
    assert ("number", "1200") in found


def test_check_accepts_the_ungrouped_figure(tmp_path: Path) -> None:
    figures = [{"value": 1460, "what": per_lang("moldes", "moldes", "moulds", "moules")}]
    assert _checked(tmp_path, {"figures": figures}) == []


# --- part of a whole ----------------------------------------------------------------------------------------


def test_part_of_a_whole_never_guesses_a_gender(tmp_path: Path) -> None:
    """A part of a whole: "9 de 11 centros" is wrong, and "nueve de los 11" needs the noun's gender,
    which these facts do not give: "de un total de" is right for any noun; French "des" and English
    "of the" are right for all. Portuguese reads the gender from an ending that cannot mislead
    ("estações": f), and only from one (see the next test). The line starts with its number: in words
    (tests/test_figure_words.py)."""
    what = per_lang("estações produzem energia", "estaciones producen energía", "plants generate power", "stations")
    md = _drafts(tmp_path, {"figures": [{"value": 9, "of": 11, "what": what}]})
    assert "- 9 das 11 estações produzem energia" in md["pt"]  # pt reads the gender in "estações"
    assert "- 9 de las 11 estaciones producen energía" in md["es"]  # es reads it in "estaciones" too
    assert "- Nine of the 11 plants generate power" in md["en"]
    assert "- 9 des 11 stations" in md["fr"]


def test_portuguese_reads_a_gender_only_from_a_safe_ending(tmp_path: Path) -> None:
    """pt "dois/duas" and "dos/das" agree with the noun counted: without the figure's gender, the
    template reads it from the first word's ending where that cannot mislead ("blocos", "serviços",
    "clusters"), and keeps the digit and "de um total de" where it could ("atletas", "grandes")."""
    figures = [
        {"value": 2, "what": per_lang("blocos foram renovados", "bloques", "blocks", "blocs")},
        {"value": 41, "of": 46, "what": per_lang("serviços têm normas", "servicios", "services", "services")},
        {"value": 13, "of": 40, "what": per_lang("clusters têm o selo", "clústeres", "clusters", "clusters")},
        {"value": 2, "what": per_lang("atletas foram medalhados", "atletas", "athletes", "athlètes")},
        {"value": 3, "of": 7, "what": per_lang("grandes clientes compram", "clientes", "clients", "clients")},
    ]
    pt = _drafts(tmp_path, {"figures": figures})["pt"]
    assert "- Dois blocos foram renovados" in pt
    assert "- 41 dos 46 serviços têm normas" in pt
    assert "- 13 dos 40 clusters têm o selo" in pt
    assert "- 2 atletas foram medalhados" in pt
    assert "- Três de um total de sete grandes clientes compram" in pt


# --- French elision -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "about"),
    [
        ("Hidrolena", "À propos d’Hidrolena"),  # a mute h elides like a vowel
        ("Hôtel Atlântico", "À propos de l’Hôtel Atlântico"),  # an inn's noun gives it its article (s17)
        ("Hambourg Port", "À propos de Hambourg Port"),  # an aspirated h does not
        ("Haute École du Lis", "À propos de Haute École du Lis"),
        ("HEC Lisboa", "À propos de HEC Lisboa"),  # nor an acronym, read letter by letter
        ("Yémen Export", "À propos de Yémen Export"),  # nor y, whose sound the spelling does not show
        ("ONDABIO", "À propos d’ONDABIO"),
    ],
)
def test_french_elides_before_a_vowel_and_a_mute_h(tmp_path: Path, name: str, about: str) -> None:
    md = _drafts(tmp_path, {"organisation.name": name})
    assert f"## {about}\n" in md["fr"]


def test_french_elision_is_one_rule_for_articles_and_prepositions() -> None:
    fr = words("fr")
    assert with_article("la", "Haute Autorité", fr) == "la Haute Autorité"
    assert with_article("le", "Hôpital", fr) == "l’Hôpital"
    assert after("du secteur de", "l’hôtellerie", fr) == "du secteur de l’hôtellerie"
    assert after("Il s’agit de", "le Cluster Bois", fr) == "Il s’agit du Cluster Bois"
    assert after("par", "Helix", fr) == "par Helix"  # only le, la, de, du and au elide


def test_a_french_party_starting_with_a_mute_h(tmp_path: Path) -> None:
    issuer = {"name": "Haut Conseil", "gender": "m"}
    assessor = {"name": "Hélios Audit", "gender": "m"}
    md = _drafts(tmp_path, {"award.issuer": issuer, "award.assessor": assessor})
    assert "Le Haut Conseil lui a décerné le label" in md["fr"]
    assert "évaluation réalisée par l’Hélios Audit." in md["fr"]


def test_a_french_list_elides_each_article(tmp_path: Path) -> None:
    """Four partners or more are named in a sentence of their own, "Ces partenaires sont …": not "Il
    s’agit de …", whose "il" would first be read as the project named just before."""
    partners = [{"name": n, "country": "FR"} for n in ("Algamar", "Bioria", "Cetemar")]
    university = {"name": "Universidade do Douro", "type": "university", "article": True, "country": "PT"}
    md = _drafts(tmp_path, {"partnership": {"project": PROJECT, "partners": [university, *partners]}})
    # Three from France are grouped under it, not each followed by "(France)" (tests/test_party_naming.py).
    listed = "du Portugal (l’Universidade do Douro) et de France (Algamar, Bioria et Cetemar)."
    assert f"Ces partenaires viennent {listed}" in md["fr"]


# --- who acts comes first -------------------------------------------------------------------------------------


CERTIFICATION: dict[str, Any] = {
    "release.kind": "certification",
    "award.name": "ISO 50001:2018",
    "award.level": None,
    "award.gender": "f",
    "award.date": "2025-03",
    "award.valid_until": "2028-03",
    "award.scope": per_lang(
        "a gestão da energia nas suas estações de tratamento de águas residuais",
        "la gestión de la energía de sus estaciones de tratamiento de aguas",
        "energy management at its wastewater treatment plants",
        "la gestion de l’énergie de ses stations d’épuration",
    ),
    "award.issuer": {"name": "Certiber", "article": {"pt": True, "es": False, "en": False, "fr": False}, "gender": "f"},
}


def _sentences(md: str) -> list[str]:
    lead = next(line for line in md.splitlines() if line.startswith("**Aveiro"))
    return re.split(r"(?<=[.])\s+(?=[A-Z])", re.sub(r"^\*\*.*?\*\*(?: –)? ", "", lead))  # en: "**Aveiro, …** – "


def test_no_participle_stranded_after_the_scope(tmp_path: Path) -> None:
    """The certificate's scope ends the first sentence; its issuer opens the next, as its subject."""
    md = _drafts(tmp_path, CERTIFICATION)
    opening = per_lang(
        "A Certiber emitiu o certificado",
        "Certiber emitió el certificado en marzo de 2025",
        "Certiber issued",
        "Certiber",
    )
    for lang in LANGS:
        first, second, *_ = _sentences(md[lang])
        assert first.endswith(("residuais.", "aguas.", "plants.", "d’épuration.")), (lang, first)
        assert "Certiber" not in first, (lang, first)
        assert second.startswith(opening[lang]), (lang, second)
    for participle in ("atribuída pela", "concedida por", "délivrée par", "certified by"):
        assert not any(participle in md[lang] for lang in LANGS)


def test_an_award_names_its_issuer_as_the_subject(tmp_path: Path) -> None:
    md = _drafts(tmp_path, {})
    expected = per_lang(
        "O European Secretariat for Cluster Analysis (ESCA) atribuiu-lhe o selo a 28 de abril de 2026.",
        "El European Secretariat for Cluster Analysis (ESCA) le concedió el sello el 28 de abril de 2026.",
        "The European Secretariat for Cluster Analysis (ESCA) awarded the label on 28 April 2026.",
        "L’European Secretariat for Cluster Analysis (ESCA) lui a décerné le label le 28 avril 2026.",
    )
    for lang in LANGS:
        assert expected[lang] in md[lang], lang


def test_the_body_that_runs_an_organisation_has_a_sentence_of_its_own(tmp_path: Path) -> None:
    """Not "X, managed by Y, an organisation in the … sector": the type would describe Y."""
    managed_by = {"name": "Associação Habitat", "type": "association"}
    change = {"organisation.type": "cluster", "organisation.managed_by": managed_by}
    md = _drafts(tmp_path, change)
    assert "Habitat, a sustainable construction cluster, has achieved" in md["en"]
    assert "The cluster is run by the Associação Habitat." in md["en"]
    assert "O cluster é gerido pela Associação Habitat." in md["pt"]
    assert "El clúster está gestionado por la Associação Habitat." in md["es"]
    assert "Le cluster est géré par l’Associação Habitat." in md["fr"]


# --- what a frame may claim ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("ISO 50001:2018", "ISO 50001"),
        ("UNE 166002:2021", "UNE 166002"),
        ("ISO/IEC 27001:2022", "ISO/IEC 27001"),
        ("UNE-EN 15838:2010", "UNE-EN 15838"),
        ("ISO 14001", "ISO 14001"),
        ("Cluster Management Excellence Label", None),
        ("Premio Nacional 2025", None),
    ],
)
def test_a_standard_is_known_by_its_code(name: str, code: str | None) -> None:
    assert _standard(name) == code


def test_a_standard_is_first_published_not_launched_in_its_edition(tmp_path: Path) -> None:
    iso = {"name": "International Organization for Standardization", "acronym": "ISO"}
    md = _drafts(tmp_path, {**CERTIFICATION, "award.launched": 2011, "award.launched_by": iso})
    assert "The International Organization for Standardization (ISO) first published ISO 50001 in 2011." in md["en"]
    assert "publicou a norma ISO 50001 pela primeira vez em 2011." in md["pt"]
    assert "publicó la norma ISO 50001 por primera vez en 2011." in md["es"]
    assert "a publié la norme ISO 50001 pour la première fois en 2011." in md["fr"]
    for lang in LANGS:
        assert not re.search(r"50001:2018[^.\n]*2011", md[lang]), lang
    alone = _drafts(tmp_path, {**CERTIFICATION, "award.launched": 2011})
    assert "ISO 50001 was first published in 2011." in alone["en"]
    assert (
        "Holders of ISO 50001:2018 certification benefit from:"
        in _drafts(tmp_path, {**CERTIFICATION, "benefits": [per_lang("x", "x", "x", "x")]})["en"]
    )


def test_a_label_is_created_on_an_initiative(tmp_path: Path) -> None:
    """A body that set up the initiative behind a label did not "launch the label" itself."""
    commission = {
        "name": per_lang("Comissão Europeia", "Comisión Europea", "European Commission", "Commission européenne")
    }
    md = _drafts(tmp_path, {"award.launched": 2009, "award.launched_by": {**commission, "gender": "f"}})
    assert (
        "The Cluster Management Excellence Label was created in 2009 on the initiative of the European Commission."
        in md["en"]
    )
    assert "foi criado em 2009 por iniciativa da Comissão Europeia." in md["pt"]
    assert "se creó en 2009 por iniciativa de la Comisión Europea." in md["es"]
    assert "a été créé en 2009 à l’initiative de la Commission européenne." in md["fr"]
    assert not any("launched the" in md[lang] or "lançou" in md[lang] for lang in LANGS)


def test_a_prize_presented_at_the_event_gives_its_date_once(tmp_path: Path) -> None:
    change = {
        "release.kind": "prize",
        "award.level": None,
        "award.name": per_lang("Prémio Inovar", "Premio Innovar", "Innovate Prize", "Prix Innover"),
        "award.date": "2025-09",
        "award.assessor": {"name": "European Secretariat for Cluster Analysis", "acronym": "ESCA"},
        "event": {"name": "Expo Habitat", "city": "Porto", "date": "2025-09", "gender": "f"},
    }
    md = _drafts(tmp_path, change)
    assert "held in Porto in September 2025. The European Secretariat for Cluster Analysis (ESCA) presented" in md["en"]
    assert "presented the prize on the recommendation of its jury." in md["en"]
    for lang in LANGS:
        assert md[lang].count("2025") == 1, lang
