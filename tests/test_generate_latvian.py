"""Latvian grammar for generated documents: names, dates, numbers as an official text needs them."""

from __future__ import annotations

from datetime import date

import pytest
from asistents.forms.person_names import to_nominative
from asistents.generate.latvian import (
    date_dative,
    date_genitive,
    date_locative,
    date_nominative,
    dative,
    genitive,
    noun_form,
    number_words,
    period_text,
    quantity,
)

# (nominative, dative, genitive): the sample's people and the shapes real names take.
NAMES = [
    ("Elīna Zariņa", "Elīnai Zariņai", "Elīnas Zariņas"),
    ("Jānis Bērziņš", "Jānim Bērziņam", "Jāņa Bērziņa"),
    ("Kristaps Ābols", "Kristapam Ābolam", "Kristapa Ābola"),
    ("Pēteris Liepa", "Pēterim Liepam", "Pētera Liepas"),  # masculine -a surname
    ("Emīlija Sproģe", "Emīlijai Sproģei", "Emīlijas Sproģes"),  # feminine -e
    ("Kārlis Roze", "Kārlim Rozem", "Kārļa Rozes"),  # masculine -e surname, irregular given
    ("Ingus Lācis", "Ingum Lācim", "Ingus Lāča"),  # -us given, -is surname (c -> č)
    ("Valdis Kalējs", "Valdim Kalējam", "Valda Kalēja"),  # -is given keeps its consonant
    ("Gunārs Krūmiņš", "Gunāram Krūmiņam", "Gunāra Krūmiņa"),
    ("Skaidrīte Kļaviņa", "Skaidrītei Kļaviņai", "Skaidrītes Kļaviņas"),
    ("Ivo Zīle", "Ivo Zīlem", "Ivo Zīles"),  # indeclinable given name
    ("Hugo Briedis", "Hugo Briedim", "Hugo Brieža"),  # d -> ž in the surname's genitive
    ("Anna-Marija Liepa-Kalniņa", "Annai-Marijai Liepai-Kalniņai",
     "Annas-Marijas Liepas-Kalniņas"),  # hyphenated given name and double surname
    ("ANNA KALNIŅA", "Annai Kalniņai", "Annas Kalniņas"),  # capitals as typed on a form
]


@pytest.mark.parametrize(("nominative", "want_dative", "want_genitive"), NAMES)
def test_names_go_into_the_dative_and_genitive(nominative: str, want_dative: str,
                                               want_genitive: str) -> None:
    assert dative(nominative) == want_dative
    assert genitive(nominative) == want_genitive


# Not round-tripped: the reader's table has no "-ža -> -dis" (Brieža), and capitals are
# normalised on the way.
@pytest.mark.parametrize(("nominative", "want_dative", "want_genitive"),
                         [n for n in NAMES if n[0] not in ("Hugo Briedis", "ANNA KALNIŅA")])
def test_the_reader_turns_our_forms_back_into_the_nominative(
        nominative: str, want_dative: str, want_genitive: str) -> None:
    # forms.person_names reads inflected names back: the two directions agree
    assert to_nominative(want_dative, "dative") == nominative
    assert to_nominative(want_genitive, "genitive") == nominative


def test_a_name_whose_gender_cannot_be_told_is_left_as_it_is() -> None:
    assert dative("Ngozi Okafor") == "Ngozi Okafor"
    assert dative("") == ""


def test_dates_in_each_case() -> None:
    day = date(2026, 12, 3)
    assert date_locative(day) == "2026. gada 3. decembrī"
    assert date_nominative(day) == "2026. gada 3. decembris"
    assert date_genitive(date(2021, 3, 3)) == "2021. gada 3. marta"
    assert date_genitive(date(2021, 4, 1)) == "2021. gada 1. aprīļa"
    assert date_dative(date(2027, 12, 31)) == "2027. gada 31. decembrim"
    assert date_dative(date(2027, 3, 31)) == "2027. gada 31. martam"
    assert period_text(date(2027, 1, 1), date(2027, 6, 30)) == \
        "no 2027. gada 1. janvāra līdz 2027. gada 30. jūnijam"


@pytest.mark.parametrize(("n", "words"), [
    (0, "nulle"), (1, "viena"), (2, "divas"), (10, "desmit"), (11, "vienpadsmit"),
    (20, "divdesmit"), (21, "divdesmit viena"), (30, "trīsdesmit"), (40, "četrdesmit"),
    (80, "astoņdesmit"), (100, "simts"), (101, "simt viena"), (160, "simt sešdesmit"),
    (744, "septiņi simti četrdesmit četras"), (1000, "tūkstotis"),
    (2001, "divi tūkstoši viena"),
])
def test_numbers_in_words_agree_with_a_feminine_noun(n: int, words: str) -> None:
    assert number_words(n) == words


def test_numbers_in_words_agree_with_a_masculine_noun() -> None:
    assert number_words(6, "masculine") == "seši"
    assert number_words(21, "masculine") == "divdesmit viens"


@pytest.mark.parametrize(("n", "noun"), [
    (1, "stunda"), (2, "stundas"), (11, "stundas"), (21, "stunda"), (31, "stunda"),
    (111, "stundas"), (101, "stunda"), (0, "stundu"), (2.5, "stundas"), (40, "stundas"),
])
def test_the_noun_after_a_number(n: float, noun: str) -> None:
    assert noun_form(n) == noun


def test_a_quantity_as_official_style_writes_it() -> None:
    assert quantity(40) == "40 (četrdesmit) stundas"
    assert quantity(21) == "21 (divdesmit viena) stunda"
    assert quantity(30.0) == "30 (trīsdesmit) stundas"
    assert quantity(2.5) == "2,5 stundas"  # a fraction stays in figures
    assert quantity(6, "mēnesis") == "6 (seši) mēneši"
    assert quantity(1, "mēnesis") == "1 (viens) mēnesis"
