"""Latvian name morphology: every nominative an inflected name may come from, which one the
page settles, role nouns; and where an institution's or a programme's name ends."""

from __future__ import annotations

import pytest
from asistents.forms.institution_names import (
    clean_institution_name,
    is_heading,
    join_split_endings,
    name_in_quotes,
    normal_case,
)
from asistents.forms.person_names import (
    calendar_names,
    is_given_name,
    is_role_word,
    mend_split_surname,
    name_gender,
    nominative_readings,
    reads_as_dative,
    settle_nominative,
    starts_with_given_name,
    to_nominative,
    without_role_words,
    without_words_before_given_name,
)


@pytest.mark.parametrize(
    ("printed", "readings"),
    [
        # second declension: the stem's consonant alternates before the genitive's -a
        ("Haralda Kursīša", ["Haralds Kursītis", "Haralds Kursīsis", "Haralds Kursīšs"]),
        ("Ģirta Brieža", ["Ģirts Briedis", "Ģirts Briezis", "Ģirts Briežs"]),
        ("Jāņa Kūļa", ["Jānis Kūlis"]),
        ("Pētera Lāča", ["Pēteris Lācis"]),
        ("Pētera Zaļkalņa", ["Pēteris Zaļkalnis", "Pēteris Zaļkalņš"]),
        ("Oskara Grubja", ["Oskars Grubis"]),
        # a man's dative -am: the 1st declension or the 4th (-a surnames)
        ("Romānam Triznam", ["Romāns Trizna", "Romāns Trizns"]),  # no noun ends in -zns
        ("Ilmāram Vīksnam", ["Ilmārs Vīksna"]),  # listed since round 14: the elm, a man's name
        ("Mikum Ozolam", ["Mikus Ozols", "Mikus Ozola"]),
        ("Andrim Liepam", ["Andris Liepa"]),  # a listed -a surname
        ("Jurim Krūmiņam", ["Juris Krūmiņš"]),
        # no doubt: the dative -im, the feminine, the nominative
        ("Haraldam Kursītim", ["Haralds Kursītis"]),
        ("Annai Kalniņai", ["Anna Kalniņa"]),
        ("Jānis Bērziņš", ["Jānis Bērziņš"]),
    ],
)
def test_every_nominative_an_inflected_name_may_come_from(printed: str, readings: list[str]
                                                          ) -> None:
    assert nominative_readings(printed) == readings
    assert to_nominative(printed) == readings[0]  # the likeliest first


def test_the_genitive_of_a_surname_in_tis_is_no_longer_an_impossible_shs() -> None:
    assert to_nominative("Reiņa Apsīša") == "Reinis Apsītis"
    assert to_nominative("Alvja Ozola") == "Alvis Ozols"


@pytest.mark.parametrize(
    ("printed", "page", "expected"),
    [
        ("Haralda Kursīša", "Haralda Kursīša dalība biedrībā", ("Haralds Kursītis", "guess")),
        ("Haralda Kursīša", "Sūtītājs: Haralds Kursītis. Haralda Kursīša",
         ("Haralds Kursītis", "printed")),
        ("Haralda Kursīša", "H. Kursīšs", ("Haralds Kursīšs", "printed")),
        # a man's name printed as "Imants Mucena" settles the 4th declension
        ("Valdim Mucenam", "Imants Mucena; manam dēlam Valdim Mucenam",
         ("Valdis Mucena", "printed")),
        # a woman's "Ozola" is the feminine of Ozols as much as of Ozola: no help
        ("Mikum Ozolam", "Velta Ozola; manam mazdēlam Mikum Ozolam", ("Mikus Ozols", "guess")),
        # an initial tells no gender, and "Trizna" may be hers
        ("Romānam Triznam", "Z. Trizna", ("Romāns Trizna", "guess")),
        # the mother's "Aina Trizna" is the feminine of Trizns as much as of Trizna
        ("Romānam Triznam", "Aina Trizna; manam dēlam Romānam Triznam",
         ("Romāns Trizna", "guess")),
        # a listed -a surname needs no page to settle it
        ("Ilmāram Vīksnam", "Aina Vīksna; manam dēlam Ilmāram Vīksnam",
         ("Ilmārs Vīksna", "only")),
        # a given name printed in another case never settles the given name
        ("Edvīnam Ruskulim", "ierobežoja Edvīna Ruskuļa rīcībspēju",
         ("Edvīns Ruskulis", "guess")),
        ("Jānim Bērziņam", "", ("Jānis Bērziņš", "only")),
    ],
)
def test_the_page_settles_a_nominative_only_when_it_prints_it(
        printed: str, page: str, expected: tuple[str, str]) -> None:
    assert settle_nominative(printed, page) == expected


@pytest.mark.parametrize(
    ("word", "role"),
    [("Studējošais", True), ("Izglītojamā", True), ("Audzēknis", True), ("Darbinieks", True),
     ("Klientei", True), ("Pārstāvamais", True), ("Brīvprātīgais", True), ("Nodarbinātā", True),
     ("Biedrs", True), ("Reinis", False), ("Apsītis", False), ("Samanta", False),
     ("Valdis", False), ("Kalniņa", False), ("Biedriņš", False), ("Zālīte", False)],
)
def test_role_nouns_in_any_case(word: str, role: bool) -> None:
    assert is_role_word(word) is role


def test_role_words_before_a_name_are_dropped() -> None:
    assert without_role_words("Studējošais Reinis Apsītis") == "Reinis Apsītis"
    assert without_role_words("Darbinieks") == ""


def test_gender_of_a_nominative_name() -> None:
    assert name_gender("Ērika Pudāne") == "feminine"
    assert name_gender("Staņislavs Laizāns") == "masculine"
    assert name_gender("Ģederta Auziņa") is None  # a woman's name, or a man's genitive


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Biedrība „Ludzas amatu darbnīca” · specializētā darbnīca",
         "Biedrība Ludzas amatu darbnīca"),
        ("Valsts komisija | Pasta iela 37", "Valsts komisija"),
        ("SIA „Lauku Maize”", "SIA Lauku Maize"),
        ("Biedrība „Saules Stari” – dienas centrs", "Biedrība Saules Stari"),
        ("SIA „Zaļā – māja”", "SIA Zaļā – māja"),  # inside the quotes the dash is the name's
    ],
)
def test_a_sub_title_after_a_separator_is_not_the_name(text: str, expected: str) -> None:
    assert clean_institution_name(text) == expected


def test_a_name_in_capitals_in_normal_case() -> None:
    assert join_split_endings("RĒZEKN ES NOVADA") == "RĒZEKNES NOVADA"
    assert join_split_endings("AS ZEMGALES SAKARI") == "AS ZEMGALES SAKARI"
    assert normal_case("RĒZEKN ES NOVADA MALTAS SPECIĀLĀ PAMATSKOLA") == (
        "Rēzeknes novada Maltas speciālā pamatskola")
    assert normal_case("SIA ZEMGALES DATI") == "SIA Zemgales Dati"
    assert normal_case("Auces vidusskola") == "Auces vidusskola"  # not in capitals: as it is


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("profesionālā bakalaura studiju programma „Datorvadība un datorzinātne” (42481)",
         "Datorvadība un datorzinātne"),
        ("pirmā līmeņa profesionālās augstākās izglītības programma „Sociālā aprūpe”",
         "Sociālā aprūpe"),
        ("pārdevējs veikalā „Maxima”", None),  # a shop's name, not the job
        ("Profesionālā bakalaura studiju programma „Dizains”", "Dizains"),
        ("Izglītības programma „X” un vēl kas", None),  # a capital opens no description
        ("programma „Pavārs” ar praksi uzņēmumā", None),  # more follows the name
    ],
)
def test_a_name_in_quotes_after_its_kind(text: str, expected: str | None) -> None:
    assert name_in_quotes(text) == expected


def test_a_heading_is_no_name() -> None:
    assert is_heading("Nosaukums") and is_heading("Darba devējs")
    assert not is_heading("SIA Zemgales Dati")


# --- round 5: the name-day calendar ------------------------------------------------------------


def test_the_calendar_holds_the_traditional_and_the_extended_lists() -> None:
    names = calendar_names()
    # VVC: 1,032 traditional names and 4,619 more in the extended list (fewer once folded:
    # "Iva" and "Īva" are one)
    assert len(names) > 4500
    # traditional, extended only (not in the name tables) and, folded, without diacritics
    assert {"laimnesis", "afrodite", "ilmars", "ringolds"} <= names


@pytest.mark.parametrize(
    ("word", "given"),
    [
        ("Ringoldam", True),  # a dative of a calendar name the tables do not list
        ("Solvitas", True),
        ("Raivja", True),  # the 2nd declension's alternation
        ("Ilmars", True),  # diacritics lost on a scan
        ("Izdots", False),
        ("Apliecinājums", False),
        ("Kozlovskim", False),
        ("Mazdēls", False),
    ],
)
def test_a_given_name_is_known_in_every_case(word: str, given: bool) -> None:
    assert is_given_name(word) is given


@pytest.mark.parametrize(
    ("printed", "name"),
    [
        ("Sagatavots Valdim Dūmiņam", "Valdim Dūmiņam"),
        ("Izziņa Elīna Sproģe", "Elīna Sproģe"),
        ("Eglītim Ritvars Eglītis", "Ritvars Eglītis"),
        # surname first, or only given names after the first word: nothing is cut
        ("Bērziņš Jānis", "Bērziņš Jānis"),
        ("Bērziņa Anna Marija", "Bērziņa Anna Marija"),
        ("Anna Marija Bērziņa", "Anna Marija Bērziņa"),
        ("Anna-Marija Liepa Bērziņa", "Anna-Marija Liepa Bērziņa"),  # Liepa: a given name too
        ("A. Liepa", "A. Liepa"),
    ],
)
def test_the_words_before_the_given_name_are_cut(printed: str, name: str) -> None:
    assert without_words_before_given_name(printed) == name


def test_a_name_not_opening_with_a_given_name_is_not_sure() -> None:
    assert starts_with_given_name("Normunds Bite")
    assert starts_with_given_name("N. Bite")
    assert not starts_with_given_name("Izdots Normunds Bite")
    assert not starts_with_given_name("Bite Normunds")


def test_a_dative_name_is_told_from_a_nominative() -> None:
    assert reads_as_dative("Ansim Zvirbulim")
    assert reads_as_dative("Annai Kalniņai")
    assert not reads_as_dative("Jolanta Puķīte")
    assert not reads_as_dative("Ansis")


def test_a_surname_ocr_split_is_mended_only_from_one_surname_the_page_prints() -> None:
    page = "apmeklē centru Oto Ze Ls, personas kods ...\nKlienta māte — Ieva Zeps."
    assert mend_split_surname("Oto Ze Ls", page) == "Oto Zeps"
    assert mend_split_surname("Oto Zeps", page) is None  # whole: nothing to mend
    assert mend_split_surname("Oto Ze Ls", "Oto Ze Ls, personas kods") is None
    # two surnames fit: no guess
    assert mend_split_surname("Oto Ze Ls", page + " Ilze Zels.") is None


def test_the_calendar_decides_what_the_name_tables_leave_open() -> None:
    # "Ērika" is Ēriks' genitive to the tables, which "Pudāne" rules out: a woman's nominative
    assert to_nominative("Ērika Pudāne") == "Ērika Pudāne"
    # a man's given name in -a that the tables lack: the calendar's Ņikita, not "Ņikits"
    assert to_nominative("Ņikitam Petrovam") == "Ņikita Petrovs"
    assert nominative_readings("Ņikitam Petrovam")[0] == "Ņikita Petrovs"
    # still the genitive where the surname allows it
    assert to_nominative("Haralda Kursīša") == "Haralds Kursītis"


def test_a_genitive_in_ra_is_settled_by_the_signature_after_a_date() -> None:
    # r does not alternate: "Ķemera" is Ķemers' or Ķemeris' genitive
    assert nominative_readings("Valda Ķemera", "genitive") == ["Valdis Ķemers",
                                                               "Valdis Ķemeris"]
    # the signer's "V. Ķemeris" printed right after the date's last word settles it
    page = "no Valda Ķemera, personas kods ...\n2025. gada 22. aprīļa     V. Ķemeris"
    assert settle_nominative("Valda Ķemera", page, "genitive") == ("Valdis Ķemeris", "printed")


def test_a_name_read_in_the_sentences_case_is_settled_in_that_case() -> None:
    from asistents.extract.values import settle_name

    page = "no Valda Ķemera, personas kods ...\n2025. gada 22. aprīļa     V. Ķemeris"
    # "Valda" alone reads as a woman's nominative; the pattern said genitive
    assert settle_name("Valda Ķemera", "Valdis Ķemers", page) == ("Valdis Ķemeris", "printed")
