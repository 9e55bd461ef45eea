"""Names that are grammatically plural: "os Serviços Municipalizados", "les Hospices civils de Lyon".

``gender: mp`` or ``fp`` on an organisation, a party or a partner gives the plural article and its
contractions, and every verb, participle and pronoun that agrees with the name takes its plural, in
each language; the singular path is unchanged (tests/test_golden.py).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from drafter.agreement import agree, singular
from drafter.catalog import Catalog, builtin_dir
from drafter.errors import TemplateError
from drafter.facts import schema
from drafter.skeleton import skeleton
from drafter.view import Localizer
from drafter.web.schemaform import build_form

from .newfacts import drafts, loaded, per_lang, refused

SERVICES = per_lang(
    "Serviços Municipalizados de Aveiro",
    "Servicios Municipalizados de Aveiro",
    "Aveiro Municipal Services",
    "Services municipalisés d’Aveiro",
)
LABS = per_lang("Laboratórios Europeus", "Laboratorios Europeos", "European Laboratories", "Laboratoires européens")
AUDITS = per_lang("Auditorias Reunidas", "Auditorías Reunidas", "United Audits", "Expertises réunies")

PLURAL: dict[str, Any] = {
    "organisation.name": SERVICES,
    "organisation.gender": "mp",
    "organisation.managed_by": {"name": "Câmara Municipal de Aveiro", "gender": "f"},
    "award.issuer": {"name": LABS, "gender": "mp"},
    "award.assessor": {"name": AUDITS, "gender": "fp"},
    "partnership": {
        "project": per_lang("um projeto", "un proyecto", "a project", "un projet"),
        "partners": [{"name": "Águas do Vouga", "gender": "fp", "country": "ES"}],
    },
}


ROVI = per_lang("Laboratórios Rovi", "Laboratorios Rovi", "Rovi Laboratories", "Laboratoires Rovi")


def _plural(kind: str = "award", **more: Any) -> dict[str, Any]:
    """The facts of a release of ``kind`` whose organisation and bodies have plural names, with ``more``."""
    return {**PLURAL, "release.kind": kind, **more}


def _partners(gender: str) -> dict[str, Any]:
    """One partner named among four, its name plural (``mp``) or not (``m``)."""
    named = {"name": ROVI}
    project = per_lang("um projeto", "un proyecto", "a project", "un projet")
    return {
        "partnership": {"project": project, "partners": [{**named, "gender": gender}, {"country": "FR"}], "count": 4}
    }


EVENT = {"name": per_lang("Feira da Água", "Feria del Agua", "Water Fair", "Foire de l’eau"), "city": "Vigo"}
LEVELLESS = ("certification", "grant")
"""Kinds of release that have no level."""


@pytest.fixture
def drafted(tmp_path: Path) -> Callable[[dict[str, Any]], dict[str, str]]:
    """Drafts every language of the base release with a change; a kind without levels loses the level."""

    def make(change: dict[str, Any]) -> dict[str, str]:
        levelless = change.get("release.kind") in LEVELLESS
        return drafts(tmp_path, change, drop=("award.level",) if levelless else ())

    return make


# --- the helper --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("gender", "two", "four"),
    [("m", "ha", "gerido"), ("f", "ha", "gerida"), ("mp", "han", "geridos"), ("fp", "han", "geridas")],
)
def test_agree_picks_the_form_of_the_gender_and_number(gender: str, two: str, four: str) -> None:
    assert agree(gender, "ha", "han") == two
    assert agree(gender, "gerido", "gerida", "geridos", "geridas") == four
    assert agree({"gender": gender, "name": "x"}, "gerido", "gerida", "geridos", "geridas") == four  # a view's party


def test_an_unknown_gender_is_masculine_singular() -> None:
    forms = ("gerido", "gerida", "geridos", "geridas")
    assert agree(None, *forms) == agree("", *forms) == "gerido"
    assert [singular(g) for g in ("m", "f", "mp", "fp", "")] == ["m", "f", "m", "f", "m"]
    with pytest.raises(TemplateError, match="two forms .* or four"):  # the message: tests/test_agree_forms.py
        agree("m", "a", "b", "c")


def test_a_glossary_without_plural_forms_lends_the_singular(tmp_path: Path) -> None:
    """A press office's language whose glossary has only m and f still drafts a plural name."""
    loc = Localizer(loaded(tmp_path), "pt", Catalog((builtin_dir(),)))
    assert loc.articles("mp")["by"] == "pelos" and loc.articles("fp")["to"] == "às"
    loc.glossary = {"articles": {"m": {"the": "il"}, "f": {"the": "la"}, "none": {"the": ""}}}
    assert loc.articles("mp") == {"the": "il"} and loc.articles("fp") == {"the": "la"}
    assert loc.articles("fp", article=False) == {"the": ""}


# --- sentence by sentence: every kind of release, feminine plurals, one language plural, the article ---

SENTENCES: dict[str, tuple[dict[str, Any], dict[str, list[str]]]] = {
    "award-to-a-plural-name-from-a-plural-issuer": (
        _plural(),
        {
            "pt": [
                "# Serviços Municipalizados de Aveiro conquistam o nível Ouro do Cluster Management",
                "Os Serviços Municipalizados de Aveiro, dedicados à construção sustentável, obtiveram o nível Ouro",
                "Os Laboratórios Europeus atribuíram-lhes o selo a 28 de abril de 2026, "
                "após uma avaliação realizada pelas Auditorias Reunidas.",
                "Os Serviços Municipalizados de Aveiro são geridos pela Câmara Municipal de Aveiro.",
                "Em conjunto com as Águas do Vouga (Espanha), os Serviços Municipalizados de Aveiro "
                "estão a desenvolver um projeto.",
                "## Sobre os Serviços Municipalizados de Aveiro",
            ],
            "es": [
                "# Los Servicios Municipalizados de Aveiro obtienen el nivel Oro del",
                "Los Servicios Municipalizados de Aveiro, del sector de la construcción sostenible, han "
                "obtenido el nivel Oro",
                "Los Laboratorios Europeos les concedieron el sello el 28 de abril de 2026, "
                "tras una evaluación a cargo de las Auditorías Reunidas.",
                "Los Servicios Municipalizados de Aveiro están gestionados por la Câmara Municipal de Aveiro.",
                "Junto con las Águas do Vouga (España), los Servicios Municipalizados de Aveiro desarrollan",
                "## Acerca de los Servicios Municipalizados de Aveiro",
            ],
            "en": [
                "# Aveiro Municipal Services win the Gold Cluster Management Excellence Label",
                "The Aveiro Municipal Services, a sustainable construction organisation, "
                "have achieved the Cluster Management Excellence Label at Gold level.",
                "The European Laboratories awarded the label on 28 April 2026, following an assessment by "
                "the United Audits.",
                "The Aveiro Municipal Services are run by the Câmara Municipal de Aveiro.",
                "The Aveiro Municipal Services are working with the Águas do Vouga (Spain) to develop a project.",
                "## About the Aveiro Municipal Services",
            ],
            "fr": [
                "# Les Services municipalisés d’Aveiro obtiennent le niveau Or du",
                "Les Services municipalisés d’Aveiro, une organisation de construction durable, ont obtenu le "
                "niveau Or",
                "Les Laboratoires européens leur ont décerné le label le 28 avril 2026, "
                "à l’issue d’une évaluation réalisée par les Expertises réunies.",
                "Les Services municipalisés d’Aveiro sont gérés par la Câmara Municipal de Aveiro.",
                "Avec les Águas do Vouga (Espagne), les Services municipalisés d’Aveiro développent un projet.",
                "## À propos des Services municipalisés d’Aveiro",
            ],
        },
    ),
    "upgrade": (
        _plural(**{"award.previous": {"level": "bronze", "year": 2019}}),
        {
            "pt": ["Aveiro sobem ao nível Ouro", "passaram do nível Bronze, que obtiveram em 2019, para o nível Ouro"],
            "es": ["Aveiro suben al nivel Oro", "han ascendido del nivel Bronce, que obtuvieron en 2019, al nivel Oro"],
            "en": ["Services move up to the Gold", "up from the Bronze level they reached in 2019."],
            "fr": ["Aveiro passent au niveau Or", "ont obtenu le niveau Or"],
        },
    ),
    "renewal": (
        _plural("renewal", **{"award.first_awarded": 2019}),
        {
            "pt": [
                "# Serviços Municipalizados de Aveiro renovam o nível Ouro",
                "renovaram o nível Ouro do Cluster Management Excellence Label, que obtiveram pela primeira vez",
                "Os Laboratórios Europeus confirmaram a renovação a 28 de abril de 2026",
            ],
            "es": [
                "# Los Servicios Municipalizados de Aveiro renuevan el nivel Oro",
                "han renovado el nivel Oro del Cluster Management Excellence Label, que obtuvieron por primera vez",
                "Los Laboratorios Europeos confirmaron la renovación el 28 de abril de 2026",
            ],
            "en": [
                "# Aveiro Municipal Services renew their Gold Cluster Management Excellence Label",
                "have renewed their Cluster Management Excellence Label at Gold level, which they have held since",
            ],
            "fr": [
                "# Les Services municipalisés d’Aveiro renouvellent le niveau Or",
                "ont renouvelé le niveau Or du Cluster Management Excellence Label, qu’ils avaient obtenu pour la "
                "première fois en 2019.",
                "Les Laboratoires européens ont confirmé le renouvellement le 28 avril 2026",
            ],
        },
    ),
    "renewal-with-a-motto": (
        _plural("renewal", **{"award.first_awarded": 2019, "award.motto": "Striving"}),
        {"en": ["(“Striving”). They have held the label since 2019."]},
    ),
    "certification-by-plural-bodies": (
        _plural(
            "certification",
            **{
                "award.name": "ISO 14001:2015",
                "award.valid_until": "2029-04-27",
                "award.launched": 1996,
                "award.launched_by": {"name": dict(LABS), "gender": "mp"},
            },
        ),
        {
            "pt": [
                "# Serviços Municipalizados de Aveiro obtêm a certificação ISO 14001:2015",
                "obtiveram a certificação ISO 14001:2015.",
                "os Laboratórios Europeus emitiram o certificado a 28 de abril de 2026, com validade até",
                "Os Laboratórios Europeus publicaram a norma ISO 14001 pela primeira vez em 1996.",
            ],
            "es": [
                "# Los Servicios Municipalizados de Aveiro obtienen la certificación ISO 14001:2015",
                "han obtenido la certificación ISO 14001:2015.",
                "Tras una auditoría a cargo de las Auditorías Reunidas, los Laboratorios Europeos emitieron",
                "Los Laboratorios Europeos publicaron la norma ISO 14001 por primera vez en 1996.",
            ],
            "en": [
                "# Aveiro Municipal Services achieve ISO 14001:2015 certification",
                "have been certified to ISO 14001:2015.",
                "The European Laboratories first published ISO 14001 in 1996.",
            ],
            "fr": [
                "# Les Services municipalisés d’Aveiro obtiennent la certification ISO 14001:2015",
                "ont obtenu la certification ISO 14001:2015.",
                "les Laboratoires européens leur ont délivré le 28 avril 2026 un certificat",
                "Les Laboratoires européens ont publié la norme ISO 14001 pour la première fois en 1996.",
            ],
        },
    ),
    "prize": (
        _plural("prize", event={**EVENT, "date": "2026-04-28", "country": "ES"}),
        {
            "pt": ["Aveiro conquistam o ouro", "conquistaram o ouro", "Laboratórios Europeus atribuíram-lhes o prémio"],
            "es": ["Aveiro ganan el", "han ganado el oro", "Los Laboratorios Europeos entregaron el premio"],
            "en": ["Services win gold in the", "have won gold in the", "The European Laboratories presented the prize"],
            "fr": [
                "Aveiro remportent l’or du",
                "ont remporté l’or du",
                "Les Laboratoires européens leur ont remis le prix",
            ],
        },
    ),
    "grant": (
        _plural("grant", grant={"amount": 480000, "project": per_lang("x", "x", "x", "x")}),
        {
            "pt": ["Aveiro recebem 480\u00a0000 euros dos Laboratórios Europeus", "receberam um financiamento"],
            "es": ["Aveiro reciben 480.000 euros de los Laboratorios Europeos", "han recibido una ayuda"],
            "en": ["Services receive €480,000 from the European Laboratories", "have received a grant"],
            "fr": ["Aveiro reçoivent 480\u202f000 euros des Laboratoires européens", "ont reçu une subvention"],
        },
    ),
    "a-plural-issuer-s-own-jury-is-theirs": (
        _plural(
            "prize",
            event={"name": "Water Fair", "city": "Vigo", "date": "2026-04-28", "article": True},
            **{"award.assessor": {"name": dict(LABS), "gender": "mp"}},
        ),
        {
            "en": ["presented the prize on the recommendation of their jury."],
            "fr": ["leur ont remis le prix, sur proposition de leur jury."],
            "pt": ["do seu júri."],  # seu, su: one word for either
            "es": ["de su jurado."],
        },
    ),
    "feminine-plural": (
        {
            "organisation.name": "Caves de Bourgueil",
            "organisation.gender": "fp",
            "organisation.type": per_lang("caves", "caves", "cellars", "caves"),  # the name says it already
            "organisation.sector": per_lang("o vinho", "el vino", "wine", "le vin"),
            "organisation.managed_by": {"name": "Conseil des vins", "article": False},
        },
        {
            "pt": ["As Caves de Bourgueil, do setor do vinho, obtiveram", "Sobre as Caves de Bourgueil"],
            "es": ["Las Caves de Bourgueil, del sector del vino, han obtenido"],
            "fr": ["Les Caves de Bourgueil, spécialisées dans le vin, ont obtenu", "À propos des Caves de Bourgueil"],
        },
    ),
    "feminine-plural-participles": (
        {
            "organisation.name": "Termas do Vale",
            "organisation.gender": "fp",
            "organisation.managed_by": {"name": "Conselho do Vale", "gender": "m"},
        },
        {
            "pt": ["As Termas do Vale são geridas pelo Conselho do Vale."],
            "es": ["Las Termas do Vale están gestionadas por el Conselho do Vale."],
            "fr": ["Les Termas do Vale sont gérées par le Conselho do Vale."],
            "en": ["The Termas do Vale are run by the Conselho do Vale."],
        },
    ),
    # A plural name that names an institution ("Hospitais", "Laboratorios") says what it is, as a singular one
    # does: no "uma organização" after it.
    "plural-in-some-languages-only": (
        {
            "organisation.name": per_lang("Hospitais da Beira", "Hospitales de la Beira", "Beira Health", "Hôpitaux"),
            "organisation.gender": {"pt": "mp", "es": "mp", "en": "m", "fr": "mp"},
        },
        {
            "pt": ["Os Hospitais da Beira, do setor da construção sustentável, obtiveram"],
            "en": ["Beira Health, a sustainable construction organisation, has achieved"],
            "fr": ["Les Hôpitaux, spécialisés dans la construction durable, ont obtenu"],
        },
    ),
    # A company's name goes bare in es, en and fr, but a plural one cannot: "Los Laboratorios Rovi han".
    "a-plural-company-takes-its-article": (
        {"organisation.name": ROVI, "organisation.type": "company", "organisation.gender": "mp"},
        {
            "es": [
                "**Aveiro, 4 de mayo de 2026.** Los Laboratorios Rovi, una empresa",
                "# Los Laboratorios Rovi obtienen",
            ],
            "en": ["– The Rovi Laboratories, a sustainable construction company,"],
            "fr": ["**Aveiro, le 4 mai 2026.** Les Laboratoires Rovi, une entreprise"],
        },
    ),
    "unless-told-not-to": (
        {"organisation.name": ROVI, "organisation.gender": "mp", "organisation.article": {"es": False, "en": False}},
        {
            "es": ["** Laboratorios Rovi, del sector de la construcción sostenible, han obtenido"],
            "en": ["– Rovi Laboratories, which work in the sustainable construction sector, have achieved"],
        },
    ),
    "an-issuer-plural-and-the-organisation-singular": (
        {"award.issuer": {"name": LABS, "gender": "mp", "acronym": "LE"}},
        {
            "pt": ["Os Laboratórios Europeus (LE) atribuíram-lhe o selo"],
            "es": ["Los Laboratorios Europeos (LE) le concedieron el sello"],
            "fr": ["Les Laboratoires européens (LE) lui ont décerné le label"],
            "en": ["sustainable construction organisation, has achieved"],
        },
    ),
    "the-one-partner-named-among-several-plural": (
        _partners("mp"),
        {
            "pt": ["Entre os parceiros estão os Laboratórios Rovi."],
            "es": ["Entre los socios figuran los Laboratorios Rovi."],
            "fr": ["Parmi ces partenaires figurent les Laboratoires Rovi."],
            "en": ["One of the partners is the Rovi Laboratories."],
        },
    ),
    "the-one-partner-named-among-several-singular": (
        _partners("m"),
        {
            "pt": ["Um dos parceiros é o Laboratórios Rovi."],  # as the facts say: m (a plural name wants mp)
            "es": ["Entre los socios figura Laboratorios Rovi."],
            "fr": ["Parmi ces partenaires figure Laboratoires Rovi."],
            "en": ["One of the partners is Rovi Laboratories."],
        },
    ),
}
"""What a release with plural names says, sentence by sentence, in each language, by what it shows."""


@pytest.mark.parametrize(("change", "expected"), SENTENCES.values(), ids=SENTENCES)
def test_every_word_agrees_with_the_name(
    drafted: Callable[[dict[str, Any]], dict[str, str]], change: dict[str, Any], expected: dict[str, list[str]]
) -> None:
    md = drafted(change)
    missing = [
        f"{lang}: {sentence}"
        for lang, sentences in expected.items()
        for sentence in sentences
        if sentence not in md[lang]
    ]
    assert not missing, "\n".join(["not in the drafts:", *missing, *(md[lang] for lang in expected)])


# --- what the facts file accepts ---------------------------------------------------------------------


def test_plural_genders_are_accepted_where_a_body_is_named(tmp_path: Path) -> None:
    facts = loaded(tmp_path, {**PLURAL, "award.backed_by": {"name": "X", "gender": "fp"}})
    assert facts.organisation.gender == "mp" and facts.award.issuer.gender == "mp"
    assert facts.award.assessor is not None and facts.award.assessor.gender == "fp"
    assert facts.partnership is not None and facts.partnership.partners[0].gender == "fp"


def test_a_bad_gender_says_what_would_be_right(tmp_path: Path) -> None:
    assert refused(tmp_path, {"organisation.gender": "plural"}) == [
        "organisation.gender: 'plural' is not a grammatical gender; write m or f, or mp or fp for a plural name "
        "(os Serviços, les Hospices)"
    ]
    assert refused(tmp_path, {"award.gender": "mp"}) == [
        "award.gender: 'mp' is for a plural name, which only an organisation, a partner or another body can "
        "have; write m or f here"
    ]
    assert refused(tmp_path, {"award.gender": "n"}) == ["award.gender: 'n' is not a grammatical gender; write m or f"]


def test_the_schema_the_skeleton_and_the_form_offer_plural_genders() -> None:
    defs = schema()["$defs"]
    for model in ("Organisation", "Party", "Partner", "CoFunder"):
        assert defs[model]["properties"]["gender"]["anyOf"][0] == {"enum": ["m", "f", "mp", "fp"]}, model
    for model in ("Award", "Event", "Figure"):
        assert defs[model]["properties"]["gender"]["anyOf"][0] == {"enum": ["m", "f"]}, model
    assert "mp or fp for a plural name" in skeleton(["pt", "es", "en", "fr"])
    form = build_form(schema())
    assert form.by_path[("organisation", "gender")].options == ("m", "f", "mp", "fp")
    assert form.by_path[("award", "gender")].options == ("m", "f")
