"""What an organisation is, what it is called in each language, and the article it takes.

An organisation, a party (issuer, assessor, backer) and a partner may have a type, which the lead
names after the organisation's name ("a sustainable construction company"); a name
per language; and an article and a gender per language. The sector may start with its article,
which the frame contracts: "do setor da construção", "du secteur de la construction".
"""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter import draft
from drafter.checker import check
from drafter.grammar import after, indefinite, with_article
from drafter.lang import words

from .newfacts import drafts, facts_file, loaded, per_lang, refused


def _lead(md: str) -> str:
    return next(line for line in md.splitlines() if line.startswith("**Aveiro"))


# --- the frame: type and sector ----------------------------------------------------------------------


def test_a_company_in_the_sector_with_its_article(tmp_path: Path) -> None:
    md = drafts(tmp_path, {"organisation.type": "company"})
    assert "Habitat, a sustainable construction company, has achieved" in _lead(md["en"])
    assert "A Habitat, uma empresa do setor da construção sustentável, obteve" in _lead(md["pt"])
    assert "Habitat, una empresa del sector de la construcción sostenible, ha obtenido" in _lead(md["es"])
    assert "Habitat, une entreprise de construction durable, a obtenu" in _lead(md["fr"])


DEVOTED = {"university", "research centre", "foundation", "public body"}


@pytest.mark.parametrize(
    ("kind", "en", "pt", "es", "fr"),
    [
        ("cluster", "a cluster", "o Habitat, um cluster", "Habitat, un clúster", "Habitat, un cluster"),
        (
            "association",
            "an association",
            "a Habitat, uma associação",
            "Habitat, una asociación",
            "Habitat, une association",
        ),
        (
            "university",
            "a university",
            "a Habitat, uma universidade",
            "Habitat, una universidad",
            "Habitat, une université",
        ),
        (
            "research centre",
            "a research centre",
            "o Habitat, um centro de investigação",
            "Habitat, un centro de investigación",
            "Habitat, un centre de recherche",
        ),
        ("foundation", "a foundation", "a Habitat, uma fundação", "Habitat, una fundación", "Habitat, une fondation"),
        (
            "public body",
            "a public body",
            "o Habitat, um organismo público",
            "Habitat, un organismo público",
            "Habitat, un organisme public",
        ),
        ("network", "a network", "a Habitat, uma rede", "Habitat, una red", "Habitat, un réseau"),
    ],
)
def test_each_type_reads_right_and_gives_the_name_its_gender(
    tmp_path: Path, kind: str, en: str, pt: str, es: str, fr: str
) -> None:
    md = drafts(tmp_path, {"organisation.type": kind})
    # en: a university, a research centre, a foundation or a public body works in a field, the others are
    # in a sector
    field = kind in DEVOTED
    # the others' short sector is said before their noun: "a sustainable construction cluster" (s18)
    # a university or a research centre specialises in its field, a public body is responsible for its remit
    # (s19), the others work in it (s18)
    studies = {"university": "specialising in", "research centre": "specialising in"}
    studies["public body"] = "responsible for"
    en_said = (
        f"{en} {studies.get(kind, 'working in')} sustainable construction"
        if field
        else f"a sustainable construction {en.split()[-1]}"
    )
    assert f"Habitat, {en_said}," in _lead(md["en"]), _lead(md["en"])
    # pt: a university, a research centre, a foundation or a public body is devoted to its field, not "of its sector"
    devoted = ("dedicada à" if " uma " in pt else "dedicado à") if kind in DEVOTED else "do setor da"
    assert _lead(md["pt"]).startswith(f"**Aveiro, 4 de maio de 2026.** {pt[:1].upper()}{pt[1:]} {devoted} construção")
    # a university, a research centre, a foundation or a public body is devoted to its field, not "del sector"
    devoted = {"university": "dedicada a", "foundation": "dedicada a", "research centre": "dedicado a"}
    frame = {**devoted, "public body": "dedicado a"}.get(kind, "del sector de")
    assert f"{es} {frame} la construcción sostenible" in _lead(md["es"])
    # a field is one a body is "spécialisé" in, with the type's gender; an industry's short sector is said with
    # "de" after the type (s18): « un cluster de construction durable »
    said = f"{fr} spécialisé" if field else f"{fr} de construction durable, a obtenu"
    assert said in _lead(md["fr"]), _lead(md["fr"])
    assert " construction durable, a obtenu" in _lead(md["fr"])


def test_without_a_type_it_is_an_organisation(tmp_path: Path) -> None:
    md = drafts(tmp_path)
    assert "Habitat, a sustainable construction organisation" in md["en"]
    assert "O Habitat, uma organização do setor da construção sustentável" in md["pt"]
    assert "Habitat, una organización del sector de la construcción sostenible" in md["es"]
    assert "Habitat, une organisation de construction durable" in md["fr"]


def test_a_sector_without_its_article_reads_as_before(tmp_path: Path) -> None:
    sector = per_lang("moldes", "moldes", "mould-making", "moules")
    md = drafts(tmp_path, {"organisation.sector": sector})
    assert "organização do setor de moldes," in md["pt"]
    assert "organización del sector de moldes," in md["es"]


@pytest.mark.parametrize(
    ("lang", "sector", "frame"),
    [
        ("pt", "os moldes", "do setor dos moldes"),
        ("pt", "as pescas", "do setor das pescas"),
        ("pt", "o vinho", "do setor do vinho"),
        ("es", "el automóvil", "del sector del automóvil"),
        ("es", "los moldes", "del sector de los moldes"),
        ("fr", "le textile", "spécialisée dans le textile"),  # une organisation: spécialisée dans
        ("fr", "les biotechnologies", "spécialisée dans les biotechnologies"),
        ("fr", "l’automobile", "spécialisée dans l’automobile"),
        ("fr", "l'automobile", "spécialisée dans l’automobile"),  # typed straight, printed as French prints it
        ("fr", "énergie", "du secteur d’énergie"),  # without its article it cannot follow "dans"
    ],
)
def test_the_sector_contracts_with_the_frame(tmp_path: Path, lang: str, sector: str, frame: str) -> None:
    md = drafts(tmp_path, {f"organisation.sector.{lang}": sector})
    assert f" {frame}," in md[lang]


def test_a_type_of_ones_own(tmp_path: Path) -> None:
    kind = per_lang("cooperativa vitivinícola", "cooperativa vinícola", "wine cooperative", "coopérative viticole")
    md = drafts(tmp_path, {"organisation.type": kind, "organisation.gender": "f"})
    assert "Habitat, a wine cooperative in the sustainable construction sector" in md["en"]
    assert "A Habitat, uma cooperativa vitivinícola do setor da construção" in md["pt"]
    assert "Habitat, une coopérative viticole spécialisée dans" in md["fr"]
    assert "Habitat, an SME in the" in drafts(tmp_path, {"organisation.type": {**kind, "en": "an SME"}})["en"]


def test_an_unknown_type_is_refused_with_a_suggestion(tmp_path: Path) -> None:
    assert refused(tmp_path, {"organisation.type": "compnay"}) == [
        "organisation.type: 'compnay' is not one of: cluster, company, association, university, research centre, "
        "foundation, public body, network, town, city, municipality, region; did you mean 'company'?"
    ]
    assert refused(tmp_path, {"award.issuer.type": "agency"}) == [
        "award.issuer.type: 'agency' is not one of: cluster, company, association, university, research centre, "
        "foundation, public body, network, town, city, municipality, region; for another type, write one text per "
        "language {pt: …, es: …, en: …, fr: …}"
    ]
    assert refused(tmp_path, {"organisation.type": {"pt": "cooperativa", "en": "cooperative"}}) == [
        "organisation.type: has no es or fr text; every release language needs one (pt, es, en, fr)"
    ]


# --- names per language, articles and genders ----------------------------------------------------------


def test_a_name_per_language_with_its_article(tmp_path: Path) -> None:
    md = drafts(
        tmp_path,
        {
            "organisation.name": per_lang(
                "Cluster Habitat Sustentável", "Cluster Habitat", "Habitat Cluster", "Cluster Habitat"
            ),
            "organisation.full_name": per_lang(
                "Cluster Habitat Sustentável",
                "Clúster del Hábitat Sostenible",
                "Sustainable Habitat Cluster",
                "Cluster Habitat durable",
            ),
            "organisation.type": "cluster",
            "organisation.article": {"es": True, "fr": True},
        },
    )
    assert md["pt"].startswith("# Cluster Habitat Sustentável conquista")
    assert "O Cluster Habitat Sustentável, do setor da construção" in md["pt"]  # the full name is the name: not twice
    assert "(Cluster Habitat Sustentável)" not in md["pt"]  # and its type is not said again: "um cluster"
    assert "## Sobre o Cluster Habitat Sustentável" in md["pt"]
    assert md["es"].startswith("# El Cluster Habitat obtiene el nivel Oro")
    assert "El Cluster Habitat (Clúster del Hábitat Sostenible), del sector" in md["es"]
    assert "## Acerca del Cluster Habitat" in md["es"]
    assert md["en"].startswith("# Habitat Cluster wins")
    # a full name that adds a word before the name stands for it (s18)
    assert "Sustainable Habitat Cluster, which works in the sustainable" in md["en"]
    assert "## About Habitat Cluster" in md["en"]
    assert md["fr"].startswith("# Le Cluster Habitat obtient")
    assert "## À propos du Cluster Habitat" in md["fr"]


def test_french_elides_the_article_of_a_name(tmp_path: Path) -> None:
    name = per_lang("Associação Habitat", "Asociación Hábitat", "Habitat Association", "Association Habitat")
    md = drafts(tmp_path, {"organisation.name": name, "organisation.type": "association", "organisation.article": True})
    assert md["fr"].startswith("# L’Association Habitat obtient")
    assert "## À propos de l’Association Habitat" in md["fr"]
    assert "## Acerca de la Asociación Hábitat" in md["es"]
    assert "A Associação Habitat, do setor" in md["pt"]
    assert "The Habitat Association, which works in the sustainable construction sector" in md["en"]
    assert "## About the Habitat Association" in md["en"]
    without = drafts(tmp_path, {"organisation.name": "ONDA"})
    assert "## À propos d’ONDA" in without["fr"]


def test_portuguese_names_take_their_article_unless_told(tmp_path: Path) -> None:
    md = drafts(tmp_path, {"organisation.article": {"pt": False}})
    assert "**Aveiro, 4 de maio de 2026.** Habitat, uma organização" in md["pt"]
    assert "## Sobre Habitat" in md["pt"]


def test_a_party_takes_the_gender_of_its_type(tmp_path: Path) -> None:
    issuer = {
        "name": per_lang(
            "Universidade de Aveiro", "Universidad de Aveiro", "University of Aveiro", "Université d’Aveiro"
        ),
        "type": "university",
    }
    md = drafts(
        tmp_path,
        {"award.issuer": issuer, "organisation.managed_by": {"name": "Associação Habitat", "type": "association"}},
    )
    assert "A Universidade de Aveiro atribuiu-lhe o selo" in md["pt"]
    assert "La Universidad de Aveiro le concedió el sello" in md["es"]
    assert "The University of Aveiro awarded the label" in md["en"]
    assert "L’Université d’Aveiro lui a décerné le label" in md["fr"]
    assert "O Habitat é gerido pela Associação Habitat." in md["pt"]  # no type: named again by its name, m
    assert "Habitat está gestionado por la Associação Habitat." in md["es"]
    assert "Habitat est géré par l’Associação Habitat." in md["fr"]


def test_an_explicit_gender_wins_over_the_type(tmp_path: Path) -> None:
    issuer = {"name": "Consorcio Hábitat", "type": "network", "gender": "m"}
    md = drafts(tmp_path, {"award.issuer": issuer})
    assert "O Consorcio Hábitat atribuiu-lhe" in md["pt"]
    assert "El Consorcio Hábitat le concedió" in md["es"]


def test_partners_take_their_article(tmp_path: Path) -> None:
    partners = [
        {"name": "Universitat Politècnica de València", "country": "ES", "type": "university", "article": True},
        {"name": "Fraunhofer", "country": "DE", "type": "research centre"},
    ]
    project = per_lang("um projeto", "un proyecto", "a project", "un projet")
    md = drafts(tmp_path, {"partnership": {"project": project, "partners": partners}})
    assert "dos socios, la Universitat Politècnica de València (España) y Fraunhofer (Alemania), Habitat" in md["es"]
    # A partner of a stated type takes its article where the language's names do (pt): "o Fraunhofer".
    assert "dois parceiros, a Universitat Politècnica de València (Espanha) e o Fraunhofer (Alemanha), o" in md["pt"]
    assert "two partners, the Universitat Politècnica de València (Spain) and Fraunhofer (Germany), to" in md["en"]
    assert "deux partenaires, l’Universitat Politècnica de València (Espagne) et Fraunhofer (Allemagne)," in md["fr"]
    assert "o Habitat está a desenvolver um projeto" in md["pt"]


def test_partner_article_and_gender_per_language(tmp_path: Path) -> None:
    partner = {"name": "Porto Digital", "country": "PT", "article": {"pt": True, "es": True}, "gender": "m"}
    facts = loaded(tmp_path, {"partnership": {"project": per_lang("x", "x", "x", "x"), "partners": [partner]}})
    assert facts.partnership is not None and facts.partnership.partners[0].article == {"pt": True, "es": True}
    md = drafts(tmp_path, {"partnership": {"project": per_lang("x", "x", "x", "x"), "partners": [partner]}})
    # A partner from Habitat's own country: no country after its name, in any language.
    assert "Em conjunto com o Porto Digital, o Habitat está a desenvolver x." in md["pt"]
    assert "Junto con el Porto Digital, Habitat desarrolla x." in md["es"]
    assert "Habitat is working with Porto Digital to develop x." in md["en"]


def test_article_and_gender_values_are_checked(tmp_path: Path) -> None:
    assert refused(tmp_path, {"organisation.article": "yes"}) == [
        "organisation.article: expected true or false, or one per language like {pt: true, en: false}, got 'yes'"
    ]
    assert refused(tmp_path, {"organisation.gender": {"pt": "f", "es": "n", "en": "m", "fr": "f"}}) == [
        "organisation.gender: 'n' is not a grammatical gender; write m or f, or mp or fp for a plural name "
        "(os Serviços, les Hospices)"
    ]
    partners = [{"name": "X", "article": {"de": True}}]
    assert refused(tmp_path, {"partnership": {"project": per_lang("x", "x", "x", "x"), "partners": partners}}) == [
        "partnership.partners[0].article.de: 'de' is not among release.languages (pt, es, en, fr)"
    ]


def test_the_model_holds_the_new_fields(tmp_path: Path) -> None:
    facts = loaded(tmp_path, {"organisation.type": "company", "organisation.name": per_lang("A", "B", "C", "D")})
    assert facts.organisation.type == "company"
    assert facts.organisation.name == {"pt": "A", "es": "B", "en": "C", "fr": "D"}
    assert facts.organisation.gender is None  # the type's gender, in the language's words, when drafting


def test_check_finds_the_facts_whatever_the_type_and_article(tmp_path: Path) -> None:
    """The frame changes with the type and the article; the facts around it are found as before."""
    change = {
        "organisation.type": "company",
        "organisation.name": per_lang("Habitat Casa", "Hábitat Casa", "Habitat Home", "Habitat Maison"),
        "organisation.article": {"es": True, "fr": True},
        "organisation.gender": "f",
    }
    folder = tmp_path / "release"
    folder.mkdir()
    markdown = draft(facts_file(folder, change)).markdown
    for lang, md in markdown.items():
        (folder / f"{lang}.md").write_text(md, encoding="utf-8")
    assert check([folder]).findings == ()
    es = folder / "es.md"
    es.write_text(markdown["es"].replace("28 de abril de 2026", "29 de abril de 2026"), encoding="utf-8")
    (folder / "fr.md").write_text(markdown["fr"].replace("Habitat Maison", "Habitat Logis"), encoding="utf-8")
    found = sorted((f.rule, f.path, f.where.file.rsplit("/", 1)[-1]) for f in check([folder]).findings)
    assert ("fact-different", "award.date", "es.md") in found
    assert ("fact-missing", "organisation.name", "fr.md") in found


# --- the grammar, word by word ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "prefix", "phrase", "joined"),
    [
        ("pt", "do setor de", "a construção", "do setor da construção"),
        ("pt", "em", "as exportações", "nas exportações"),
        ("pt", "Sobre", "o SECPhO", "Sobre o SECPhO"),
        ("pt", "por", "a Certinorte", "pela Certinorte"),
        ("pt", "a", "a indústria", "à indústria"),
        ("es", "Acerca de", "el Cluster Habitat", "Acerca del Cluster Habitat"),
        ("es", "Acerca de", "la Red", "Acerca de la Red"),
        ("es", "de", "El Salvador", "de El Salvador"),
        ("es", "a", "el sector", "al sector"),
        ("fr", "À propos de", "le Cluster", "À propos du Cluster"),
        ("fr", "À propos de", "ONDABIO", "À propos d’ONDABIO"),
        ("fr", "à", "le salon", "au salon"),
        ("fr", "à", "les membres", "aux membres"),
        ("fr", "de", "la Haute Autorité", "de la Haute Autorité"),
        ("fr", "de", "Hydro", "d’Hydro"),  # a mute h elides, as in d’Hydro-Québec
        ("fr", "de", "Hambourg", "de Hambourg"),  # an aspirated one does not
        ("fr", "de", "HEC", "de HEC"),  # nor an acronym, spelt letter by letter
        ("en", "About", "the University", "About the University"),
    ],
)
def test_after_contracts_and_elides(lang: str, prefix: str, phrase: str, joined: str) -> None:
    assert after(prefix, phrase, words(lang)) == joined


def test_articles_before_names_and_indefinite_articles() -> None:
    fr, en, pt = words("fr"), words("en"), words("pt")
    assert with_article("la", "Université de Lille", fr) == "l’Université de Lille"
    assert with_article("Le", "Yémen", fr) == "Le Yémen"
    assert with_article("", "SECPhO", fr) == "SECPhO"
    assert [indefinite(w, "m", en) for w in ("company", "association", "university", "hour", "European body")] == [
        "a company",
        "an association",
        "a university",
        "an hour",
        "a European body",
    ]
    assert indefinite("empresa", "f", pt) == "uma empresa"
