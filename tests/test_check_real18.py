"""Classes of false finding and of miss met on releases the checker had not seen (s18): two sums a bead
joins whose sentences cross, and a renewal's count ("for the second time") one version drops. Every text
here is written afresh; each test failed before the change it stands for, or guards the finding kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.extract import extract

from .parallel import findings as _findings

# --- 1. sums in sentences that cross inside one bead ------------------------------------------------------

_EN_LOAN = (
    "The Northern Development Bank and Caixa Ourense have signed a EUR 240m loan for small firms in Spain "
    "and Portugal. The loan contract was signed by Vice-President Ilse Marquardt and the bank's chief "
    "executive, Tomás Requeijo.\n\n"
    "Caixa Ourense will add a further EUR 240m, for a total of EUR 480m available to small firms.\n\n"
    "Small firms are the first source of new jobs in both countries.\n"
)


def test_a_sum_in_a_sentence_set_apart_by_the_signing_is_not_a_changed_sum(tmp_path: Path) -> None:
    """The signing comes first in English and last in Spanish: the further EUR 240m and the 40 millones
    for Portugal are two sums of two sentences, not one digit left out."""
    es = (
        "El Banco de Desarrollo del Norte y Caixa Ourense financiarán a pymes en España y Portugal con 480 "
        "millones de euros, de los que el banco aportará 240 millones y Caixa Ourense el resto.\n\n"
        "Es la primera vez que 40 millones de euros de la línea se destinan a pymes de Portugal. El contrato "
        "fue firmado en Vigo por la vicepresidenta Ilse Marquardt y el consejero delegado de Caixa Ourense, "
        "Tomás Requeijo.\n\n"
        "Las pymes son la primera fuente de empleo nuevo en ambos países.\n"
    )
    found = _findings(tmp_path, {"en": _EN_LOAN, "es": es})
    assert not [f for f in found if f.startswith("error")], found
    assert any(f.startswith("warning unmatched") and "40 millones de euros" in f for f in found), found


def test_a_sum_changed_in_the_sentence_that_matches_is_still_an_error(tmp_path: Path) -> None:
    es = (
        "El Banco de Desarrollo del Norte y Caixa Ourense han firmado un préstamo de 240 millones de euros para "
        "pymes de España y Portugal. El contrato fue firmado por la vicepresidenta Ilse Marquardt y el consejero "
        "delegado del banco, Tomás Requeijo.\n\n"
        "Caixa Ourense aportará otros 40 millones de euros, hasta un total de 480 millones para las pymes.\n\n"
        "Las pymes son la primera fuente de empleo nuevo en ambos países.\n"
    )
    found = _findings(tmp_path, {"en": _EN_LOAN, "es": es})
    assert [f for f in found if f.startswith("error")] == [
        "error mismatch: A number differs: 40 millones de euros in es.txt, where en.txt has EUR 240m "
        "(one digit added or left out). Correct the one that is wrong."
    ], found


# --- 2. how many times ------------------------------------------------------------------------------------

_LEADS = {
    "en": "The city of Lorvanne has received the Green Harbour Label for the {en} time, for its work on clean water.\n",
    "fr": "La ville de Lorvanne a reçu le label Green Harbour {fr}pour son travail sur l’eau propre.\n",
    "pt": "A cidade de Lorvanne recebeu {pt}o selo Green Harbour, pelo seu trabalho sobre a água limpa.\n",
    "es": "La ciudad de Lorvanne recibió {es}el sello Green Harbour por su trabajo sobre el agua limpia.\n",
}


def _leads(en: str, fr: str, pt: str, es: str) -> dict[str, str]:
    said = {"en": en, "fr": fr, "pt": pt, "es": es}
    return {lang: text.format(**{lang: said[lang]}) for lang, text in _LEADS.items()}


def test_a_count_one_version_drops_is_a_warning(tmp_path: Path) -> None:
    texts = _leads("second", "", "pela segunda vez ", "por segunda vez ")
    found = _findings(tmp_path, texts)
    assert found == [
        "warning unmatched: Only en.txt, es.txt and pt.txt say how many times: “for the second time”, "
        "“por segunda vez” and “pela segunda vez”; fr.txt does not, anywhere. Add it where the matching "
        "sentence stands, or check that it belongs."
    ]


def test_another_count_in_one_version_is_an_error(tmp_path: Path) -> None:
    texts = _leads("second", "pour la troisième fois, ", "pela segunda vez ", "por segunda vez ")
    found = _findings(tmp_path, texts)
    assert len(found) == 1 and found[0].startswith("error mismatch: How many times differs"), found
    assert "“pour la troisième fois”" in found[0] and "fr.txt" in found[0]


@pytest.mark.parametrize(
    ("en", "fr", "pt", "es"),
    [
        pytest.param("second", "pour la deuxième fois ", "pela segunda vez ", "por segunda vez ", id="a time"),
        pytest.param("third", "pour la 3e fois ", "pela 3.ª vez ", "por tercera vez ", id="words and digits"),
        pytest.param(
            "second consecutive",
            "pour la deuxième année consécutive ",
            "pelo segundo ano consecutivo ",
            "por segundo año consecutivo ",
            id="a time and a year in a row",
        ),
    ],
)
def test_the_same_count_in_every_version_passes(tmp_path: Path, en: str, fr: str, pt: str, es: str) -> None:
    assert _findings(tmp_path, _leads(en, fr, pt, es)) == []


def test_the_first_time_is_no_count(tmp_path: Path) -> None:
    """ "for the first time" says something else as often as a count: not read."""
    assert _findings(tmp_path, _leads("first", "", "pela primeira vez ", "")) == []


def test_a_renewal_said_without_its_count_is_no_omission(tmp_path: Path) -> None:
    """ "à nouveau" says the renewal, in French's way: no count dropped to report."""
    texts = _leads("second", "à nouveau ", "pela segunda vez ", "por segunda vez ")
    assert _findings(tmp_path, texts) == []


# --- 3. a sum glued to its scale word ---------------------------------------------------------------------


def test_a_scale_word_glued_to_its_number_is_read() -> None:
    """ "4,5milliards de dollars", a slip of the keyboard, is the sum "$4.5 billion" is."""
    fr = [(m.kind, m.value) for m in extract("Plus de 4,5milliards de dollars d’ici 2029.", "fr")]
    es = [(m.kind, m.value) for m in extract("Unos 20millones de euros en 2026.", "es")]
    assert ("amount", "USD 4500000000") in fr
    assert ("amount", "EUR 20000000") in es


def test_a_short_scale_word_still_needs_its_space() -> None:
    """ "mil" glued to digits is no scale: "3mil" is left alone, never 3,000."""
    assert ("number", "3000") not in [(m.kind, m.value) for m in extract("O modelo 3mil chegou.", "pt")]


def test_a_glued_sum_and_its_translation_are_no_difference(tmp_path: Path) -> None:
    texts = {
        "en": "The fund will allow investments of more than $4.5 billion in the region by 2029.\n",
        "fr": "Le fonds permettra des investissements de plus de 4,5milliards de dollars dans la région d’ici 2029.\n",
    }
    assert _findings(tmp_path, texts) == []
