"""Repair of values OCR damaged (extract/repair): only OCR's usual slips, only one candidate."""

from __future__ import annotations

from asistents.extract.repair import mend_value, nearest, ocr_cost
from asistents.extract.repair.places import gazetteer, mend_address, mend_postcode


def test_ocr_cost_counts_only_the_slips_ocr_makes() -> None:
    assert ocr_cost("Gulbcne", "Gulbene") == 0.5  # e read as c
    assert ocr_cost("Cesvalne", "Cesvaine") == 0.5  # i read as l
    assert ocr_cost("Rnadona", "Madona") == 0.5  # m read as rn
    assert ocr_cost("Kraslava", "Krāslava") == 0.25  # a mark lost
    # A changed ending or a letter dropped is another word, not a slip.
    assert ocr_cost("Bērziņu", "Bērziņš") is None
    assert ocr_cost("Smltene", "Smiltene") is None


def test_nearest_takes_one_candidate_or_none() -> None:
    assert nearest("Stende", ["Stende", "Strenči"]) is None  # already a known word
    assert nearest("5tende", ["Stende", "Strenči"]) == "Stende"
    # Two names a slip away from the reading: a guess, not a repair.
    assert nearest("Lieze", ["Lieza", "Lieze\u0304"]) is None


def test_the_gazetteer_holds_towns_municipalities_and_parishes() -> None:
    places = gazetteer()
    assert {"Ludza", "Kārsava", "Ainaži"} <= places["towns"]
    assert {"Augšdaugavas", "Amatas", "Dienvidkurzemes"} <= places["municipalities"]
    assert {"Vecpiebalgas", "Zirņu", "Ērģemes"} <= places["parishes"]


def test_a_postcode_gets_its_form_back() -> None:
    assert mend_postcode("Ludza, V-5701") == "Ludza, LV-5701"
    assert mend_postcode("Ludza, L V 57O1") == "Ludza, LV-5701"
    assert mend_postcode("Ludza, L -5701") == "Ludza, LV-5701"
    assert mend_postcode("Kārsava LV-5717") == "Kārsava, LV-5717"
    assert mend_postcode("Kārsavas nov. LV-5717") == "Kārsavas nov., LV-5717"
    # Four digits elsewhere in an address are no postcode.
    assert mend_postcode("Skolas iela 1205, Ludza, LV-5701") == "Skolas iela 1205, Ludza, LV-5701"


def test_an_address_is_mended_against_the_gazetteer() -> None:
    assert mend_address("Dzirnavu iela 4-1, Karsavo, L V-5717") == \
        "Dzirnavu iela 4-1, Kārsava, LV-5717"
    assert mend_address("\"Liepas\", Vecpiebalgas pag., Cesu nov., LV-4122") == \
        "\"Liepas\", Vecpiebalgas pag., Cēsu nov., LV-4122"
    # A town OCR split between its letters, and a stroke read inside a street's name.
    assert mend_address("Ska/as iela 9, K arsava, LV-5717") == "Skalas iela 9, Kārsava, LV-5717"
    # An address the gazetteer has nothing to say about is left as it is.
    assert mend_address("Jaunā iela 2, Ciemupe, Ogres nov., LV-5015") == \
        "Jaunā iela 2, Ciemupe, Ogres nov., LV-5015"


def test_a_misread_digit_is_mended_only_where_the_page_witnesses_it() -> None:
    # 270559-11013 is the holder's code; OCR read its 3 as 8.
    damaged = "270559-11018"
    assert mend_value("personal_code", damaged, "Personas kods 270559-11018") is None
    mended = mend_value("personal_code", damaged,
                        "Personas kods 270559-11018 ... apliecinu, 270559-11013")
    assert mended is not None and mended.value == "270559-11013"
    # A slip in the birth date: the date printed beside the code chooses.
    mended = mend_value("personal_code", "210559-11013",
                        "Dzimšanas datums: 27.05.1959. Personas kods: 210559-11013")
    assert mended is not None and mended.value == "270559-11013"
    assert mend_value("personal_code", "270559-11013", "270559-11013") is None  # valid as read


def test_a_name_is_mended_by_its_other_printings_and_the_calendar() -> None:
    page = "Iesniedzējs: Valdemārs Ozoliņš ... paraksts V. Ozoliņs ... Ozoliņš"
    mended = mend_value("person_name", "Valdemārs Ozoliņs", page)
    assert mended is not None and mended.value == "Valdemārs Ozoliņš"
    # The marks a scan lost, put back where the page prints them once.
    mended = mend_value("person_name", "Skaidrite Kalnina", "Skaidrīte Kalniņa iesniegums")
    assert mended is not None and mended.value == "Skaidrīte Kalniņa"
    # A given name the calendar lacks, one slip from one it has.
    mended = mend_value("person_name", "Austrls Kurme", "Austrls Kurme")
    assert mended is not None and mended.value == "Austris Kurme"
    # Two calendar names a slip away ("Galina", "Gaļina"): left as read.
    assert mend_value("person_name", "Ga1ina Kurme", "Ga1ina Kurme") is None
    # An inflected printing elsewhere ("Kurmei") is another word, not a better spelling.
    assert mend_value("person_name", "Gaļina Kurme", "Gaļinai Kurmei Kurmei") is None


def _scanned(lines: list[tuple[str, float]]) -> object:
    """A one-page OCR reading of `lines`, each word with the given OCR confidence."""
    from pathlib import Path

    from asistents.extract.document import Page, ReadDocument, Word

    words = []
    for row, (line, confidence) in enumerate(lines):
        x = 50.0
        for token in line.split():
            width = 6.0 * len(token)
            words.append(Word(token, x, 50 + 14 * row, x + width, 60 + 14 * row,
                              confidence=confidence))
            x += width + 3.0
    return ReadDocument(Path("x.png"), [Page(0, 595, 842, words, source="ocr")], "ocr")


def test_an_address_whose_postcode_a_scan_damaged_ends_there_and_is_not_sure() -> None:
    from asistents.extract.api import extract_document

    lines = [("Madonas novada Sociālais dienests", 0.95),
             ("IESNIEGUMS asistenta pakalpojumam", 0.95),
             ("Vārds, uzvārds: Ilgonis Krastiņš", 0.95),
             ("Deklarētā adrese Saules iela 3-8, Madona, L-4801", 0.93),
             ("Tālrunis: 26455812", 0.95)]
    record = extract_document(_scanned(lines), file="x.png")
    assert record["fields"]["address"] == "Saules iela 3-8, Madona, LV-4801"
    assert record["field_confidence"]["address"] <= 0.8


def test_a_lone_opening_quote_before_an_address_is_no_part_of_it() -> None:
    assert mend_address("„Liepu iela 4-2, Talsi, LV-3201") == "Liepu iela 4-2, Talsi, LV-3201"
    # A farm's name in quotes keeps both of its quotes.
    assert mend_address("„Lejnieki”, Laucienes pag., Talsu nov., LV-3285") == \
        "„Lejnieki”, Laucienes pag., Talsu nov., LV-3285"
