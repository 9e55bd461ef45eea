"""Classes of miss met on releases the checker had not seen (s19): a body's name French writes with one
capital ("Agence nationale de la recherche"), or with its head in lower case ("ministère de la Culture",
"ministerio de Sanidad", "ministério da Saúde"), read as one name; and such a body one version leaves out,
where the other names no body of its kind at all. Every text here is written afresh; each test failed
before the change it stands for, or guards the finding kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.extract import extract

from .parallel import findings as _findings


def _names(text: str, lang: str) -> list[str]:
    return [m.text for m in extract(text, lang) if m.kind == "name"]


# --- 1. reading the name whole ----------------------------------------------------------------------------

_ES_AID = "La ayuda llega del ministerio de Sanidad y de la Agencia Estatal de Investigación."


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        (
            "fr",
            "Le projet est soutenu par l’Agence nationale de la recherche depuis mars.",
            "Agence nationale de la recherche",
        ),  # noqa: E501
        ("fr", "Les vaccins du Programme élargi de vaccination arrivent au port.", "Programme élargi de vaccination"),
        (
            "fr",
            "Le prix est remis par le ministère des Sports et de la Vie associative à Tulle.",
            "ministère des Sports et de la Vie associative",
        ),
        ("fr", "Le Conseil supérieur de l’audiovisuel a publié son avis.", "Conseil supérieur de l’audiovisuel"),
        ("es", _ES_AID, "ministerio de Sanidad"),
        ("es", _ES_AID, "Agencia Estatal de Investigación"),
        ("pt", "O selo foi entregue pelo ministério da Saúde em Braga.", "ministério da Saúde"),
    ],
)
def test_a_body_written_with_one_capital_is_one_name(lang: str, text: str, name: str) -> None:
    assert name in _names(text, lang)


def test_the_name_stops_before_the_verb_and_the_sentence_after() -> None:
    names = _names("L’Agence nationale de la recherche finance le projet. Le Fonds régional aide aussi.", "fr")
    assert names[0] == "Agence nationale de la recherche"
    assert "Fonds régional" in names


def test_a_minister_in_lower_case_is_no_body_read_from_its_head() -> None:
    """« ministre des Sports » is a person's office: only a ministry's head is read before its field."""
    assert not any(n.startswith("ministre") for n in _names("Elle a été nommée ministre des Sports en mai.", "fr"))


def test_an_english_body_keeps_its_capitals_only() -> None:
    assert "National Research Agency" in _names("The National Research Agency funded the study.", "en")


# --- 2. a body one version leaves out ---------------------------------------------------------------------

_EN = (
    "Tulle, 3 June 2025 – The cooperative Vallée Verte has received the Clean Rivers Prize 2025 for its work on "
    "the Corrèze.\n\n"
    "The prize, worth 15,000 euros, was presented by {body} at a ceremony in Tulle.\n\n"
    "“The prize belongs to our volunteers,” said Odile Fargeas, president of the cooperative.\n"
)
_FR = (
    "Tulle, le 3 juin 2025 – La coopérative Vallée Verte a reçu le Clean Rivers Prize 2025 pour son travail sur "
    "la Corrèze.\n\n"
    "Le prix, doté de 15 000 euros, a été remis {body}lors d’une cérémonie à Tulle.\n\n"
    "« Ce prix appartient à nos bénévoles », a déclaré Odile Fargeas, présidente de la coopérative.\n"
)


def _release(en_body: str, fr_body: str) -> dict[str, str]:
    return {"en": _EN.format(body=en_body), "fr": _FR.format(body=fr_body)}


@pytest.mark.parametrize(
    "fr_body",
    ["par l’Agence nationale de l’eau ", "par le ministère de la Transition écologique "],
)
def test_a_body_only_french_names_is_a_warning(tmp_path: Path, fr_body: str) -> None:
    found = _findings(tmp_path, _release("the regional council", fr_body))
    assert len(found) == 1 and found[0].startswith("warning unmatched: Only fr.txt gives "), found
    assert fr_body.split(" ", 2)[2].strip() in found[0], found


def test_a_ministry_only_english_names_is_a_warning(tmp_path: Path) -> None:
    """Its words are all ordinary English words, which a translation changes: but French names no ministry."""
    found = _findings(tmp_path, _release("the Ministry of Culture and Heritage", ""))
    assert found == [
        "warning unmatched: Only en.txt gives Ministry of Culture and Heritage (name, line 3); fr.txt does not, "
        "anywhere. Add it where the matching sentence stands, or check that it belongs."
    ], found


@pytest.mark.parametrize(
    ("en_body", "fr_body"),
    [
        ("the National Water Agency", "par l’Agence nationale de l’eau "),
        ("the Ministry of Ecological Transition", "par le ministère de la Transition écologique "),
        ("the Board of Directors of the cooperative", "par le Conseil d’administration de la coopérative "),
        ("the minister for the environment", "par le ministère de l’Environnement "),
    ],
)
def test_a_body_translated_is_no_finding(tmp_path: Path, en_body: str, fr_body: str) -> None:
    assert _findings(tmp_path, _release(en_body, fr_body)) == []


def test_a_ministry_spanish_writes_in_lower_case_left_out_in_portuguese(tmp_path: Path) -> None:
    es = (
        "Braga, 3 de junio de 2025. La cooperativa Vale Verde ha recibido el sello Ríos Limpios 2025.\n\n"
        "El sello fue entregado por el ministerio de Sanidad en una ceremonia en Braga.\n"
    )
    pt = (
        "Braga, 3 de junho de 2025. A cooperativa Vale Verde recebeu o selo Rios Limpos 2025.\n\n"
        "O selo foi entregue numa cerimónia em Braga.\n"
    )
    found = _findings(tmp_path, {"es": es, "pt": pt})
    assert [f for f in found if "ministerio de Sanidad" in f], found
    assert not [f for f in found if f.startswith("error")], found


# --- 3. what bodies adopt and publish: a code, an official journal ---------------------------------------

_EN_CODE = (
    "Rome, 4 July 2025 – The Lagoa Azul cooperative received the Silver Net Medal for its work under the "
    "{code}.\n\n"
    "The medal was presented at a ceremony in Rome.\n"
)
_ES_CODE = (
    "Roma, 4 de julio de 2025 – La cooperativa Lagoa Azul recibió la Medalla Red de Plata por su trabajo {code}.\n\n"
    "La medalla se entregó en una ceremonia en Roma.\n"
)


def test_a_code_of_conduct_one_version_leaves_out_is_a_warning(tmp_path: Path) -> None:
    texts = {
        "en": _EN_CODE.format(code="Code of Conduct for Responsible Aquaculture"),
        "es": _ES_CODE.format(code="en la pesca artesanal"),
    }
    found = _findings(tmp_path, texts)
    assert [f for f in found if "Code of Conduct for Responsible Aquaculture" in f], found
    assert not [f for f in found if f.startswith("error")], found


def test_a_code_of_conduct_translated_is_no_finding(tmp_path: Path) -> None:
    texts = {
        "en": _EN_CODE.format(code="Code of Conduct for Responsible Fisheries"),
        "es": _ES_CODE.format(code="en el marco del Código de Conducta para la Pesca Responsable"),
    }
    assert _findings(tmp_path, texts) == []


@pytest.mark.parametrize(("en", "found"), [("in the Official Gazette", False), ("online", True)])
def test_an_official_journal_only_portuguese_names(tmp_path: Path, en: str, found: bool) -> None:
    texts = {
        "en": f"Lisbon, 2 May 2025 – The Alvor Lagoon park was named a protected area. It is published {en}.\n",
        "pt": "Lisboa, 2 de maio de 2025 – O parque da Lagoa de Alvor foi classificado como área protegida. "
        "A decisão é publicada no Diário da República.\n",
    }
    reported = [f for f in _findings(tmp_path, texts) if "Diário da República" in f]
    assert bool(reported) is found, reported


def test_a_body_changed_into_one_of_another_kind_is_reported(tmp_path: Path) -> None:
    """Names left on both sides of a sentence are each other's translation, but an agency is no institute."""
    found = _findings(tmp_path, _release("the National Cancer Institute", "par l’Agence nationale de l’eau "))
    assert [f for f in found if "Agence nationale de l’eau" in f], found
    assert [f for f in found if "National Cancer Institute" in f], found
