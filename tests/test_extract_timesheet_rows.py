"""Timesheet rows in the shapes they come back in, and the cross-checks inside a row."""

from __future__ import annotations

from pathlib import Path

import pytest
from asistents.extract.api import extract_document
from asistents.extract.document import Page, ReadDocument, Word
from asistents.extract.evidence import evidence_ceilings
from asistents.extract.timesheet_rows import hours_written, row_date, total_against_rows

CLIENT, ASSISTANT = "140185-12010", "010190-11004"  # invented; valid checksums


def document(lines: list[str], *, source: str = "text") -> ReadDocument:
    """One text line per 14 pt, "|" opens the next column; a token ending in "~" is a word
    OCR was unsure of (confidence 0.4, the "~" dropped), every other word 0.95 on OCR."""
    words: list[Word] = []
    clear = 0.95 if source == "ocr" else 1.0
    for row, line in enumerate(lines):
        x = 50.0
        for column, part in enumerate(line.split("|")):
            if column:
                x = 150.0 + 70.0 * (column - 1)
            for token in part.split():
                unsure = token.endswith("~")
                text = token.rstrip("~")
                width = 6.0 * len(text)
                words.append(Word(text, x, 50 + 14 * row, x + width, 60 + 14 * row,
                                  confidence=0.4 if unsure else clear))
                x += width + 3.0
    page = Page(0, 595, 842, words, source=source)  # type: ignore[arg-type]
    return ReadDocument(Path("x.pdf"), [page], "ocr" if source == "ocr" else "text")


HEAD = [
    "ASISTENTA PAKALPOJUMA UZSKAITES VEIDLAPA",
    "Pārskata mēnesis: 2021. gada septembris",
    "Klienta vārds, uzvārds: Jānis Bērziņš",
    f"Klienta personas kods: {CLIENT}",
    "Asistenta vārds, uzvārds: Līga Pūķīte",
    f"Asistenta personas kods: {ASSISTANT}",
    "Datums | No | Līdz | Stundas | Aktivitāte",
]


def read(rows: list[str], *, source: str = "text", total: str | None = None) -> dict:
    lines = HEAD + rows + ([f"Kopā stundas: {total}"] if total else [])
    return extract_document(document(lines, source=source), file="x.pdf")


@pytest.mark.parametrize(
    ("written", "hours"),
    [("1,5", 1.5), ("1 h 30 min", 1.5), ("1:30", 1.5), ("4 h", 4), ("90 min", 1.5),
     ("2 st.", 2), ("1.5", 1.5), ("0,5", 0.5)],
)
def test_hours_are_read_in_every_style(written: str, hours: float) -> None:
    value, _ = hours_written(f" {written} darbs")
    assert value == pytest.approx(hours)


@pytest.mark.parametrize(
    ("text", "day"),
    [("01.09.2021 8:00 9:00", "2021-09-01"), ("1. 01.09.2021 8:00", "2021-09-01"),
     ("1.09. 9:00 13:00", "2021-09-01"), ("– 3. septembrī no 16.00", "2021-09-03"),
     ("| 15.09.” 9:00", "2021-09-15"), ("709. 14:00 16:00", "2021-09-07"),
     ("8. 9:00 12:00", "2021-09-08"), ("1.10. 8:00 9:00", "2021-10-01"),
     # a calendar's cell: the day and a clock, not the 1st of September's 9th month
     ("13. 09.30-14.30 D", "2021-09-13"), ("01.09.21. no plkst. 8.15", "2021-09-01")],
)
def test_a_rows_date_in_every_shape(text: str, day: str) -> None:
    assert row_date(text, "2021-09")[0] == day


def test_rows_with_hours_written_three_ways_and_one_to_be_counted() -> None:
    record = read([
        "01.09.2021 | 8:00 | 9:30 | 1,5 | darbs",
        "02.09.2021 | 8:00 | 9:30 | 1 h 30 min | darbs",
        "03.09.2021 | 8:00 | 9:30 | 1:30 | darbs",
        "06.09.2021 | 17:00 | 19:00 | | brīvais laiks",
    ], total="6,5")
    fields = record["fields"]
    assert [e["hours"] for e in fields["entries"]] == [1.5, 1.5, 1.5, 2]
    assert fields["entries"][3] == {"date": "2021-09-06", "start": "17:00", "end": "19:00",
                                    "hours": 2, "activity": "leisure"}
    assert fields["total_hours"] == 6.5
    # Rows that add up to their total are not doubted: they keep their kind's whole ceiling.
    assert record["field_confidence"]["entries"] == evidence_ceilings()["rows"]
    assert record["warnings"] == []


def test_a_letter_listing_the_days_is_a_timesheet() -> None:
    lines = [
        "Rēzeknes novada pašvaldības Sociālajam dienestam",
        "Par asistenta pakalpojumu aprīlī",
        f"Es, asistente Līga Pūķīte (personas kods {ASSISTANT}), informēju, ka 2021. gada",
        f"aprīlī sniedzu asistenta pakalpojumu Jānim Bērziņam, personas kods {CLIENT}.",
        "Pakalpojumu sniedzu šādās dienās:",
        "– 3. aprīlī no 16.00 līdz 17.30 pavadīju uz poliklīniku;",
        "– 7. aprīlī no 9.00 līdz 11.00 kopā bijām bankā (2 h);",
        "Kopā 3,5 stundas.",
    ]
    record = extract_document(document(lines), file="x.pdf")
    assert record["doc_type"] == "timesheet"
    fields = record["fields"]
    assert fields["month"] == "2021-04"
    assert fields["client_name"] == "Jānis Bērziņš"
    assert (fields["client_personal_code"], fields["assistant_personal_code"]) == (CLIENT,
                                                                                  ASSISTANT)
    assert fields["entries"] == [
        {"date": "2021-04-03", "start": "16:00", "end": "17:30", "hours": 1.5,
         "activity": "institutions"},
        {"date": "2021-04-07", "start": "09:00", "end": "11:00", "hours": 2,
         "activity": "institutions"},
    ]
    assert fields["total_hours"] == 3.5


def test_an_ocr_damaged_time_off_the_grid_is_repaired_from_the_other_two() -> None:
    # "14:00" read as "12:07": from 12:00 and 2 h agree on 14:00, and 12:07 is off the grid.
    record = read(["06.09.2021 | 12:00 | 12:07 | 2 | darbs"], source="ocr")
    entry = record["fields"]["entries"][0]
    assert (entry["start"], entry["end"], entry["hours"]) == ("12:00", "14:00", 2)
    assert record["field_confidence"]["entries"] <= 0.7
    assert any("repaired" in w and "2021-09-06" in w for w in record["warnings"])


def test_an_unsure_word_is_repaired_when_the_other_two_are_clear() -> None:
    record = read(["06.09.2021 | 12:00 | 17:00~ | 2 | darbs"], source="ocr")
    entry = record["fields"]["entries"][0]
    assert entry["end"] == "14:00"
    assert record["field_confidence"]["entries"] <= 0.7


def test_a_row_that_does_not_add_up_is_kept_as_written_and_doubted() -> None:
    # 14.00 to 12.00 for 2 h: nothing says which of the three is wrong.
    record = read(["14.09.2021 | 14:00 | 12:00 | 2 | iestāžu apmeklējums"])
    entry = record["fields"]["entries"][0]
    assert (entry["start"], entry["end"], entry["hours"]) == ("14:00", "12:00", 2)
    assert record["field_confidence"]["entries"] < 0.6
    assert any("does not add up" in w for w in record["warnings"])


def test_a_total_that_disagrees_with_its_rows_is_doubted() -> None:
    record = read(["01.09.2021 | 8:00 | 9:00 | 1 | darbs",
                   "02.09.2021 | 8:00 | 9:00 | 1 | darbs"], total="3")
    assert record["fields"]["total_hours"] == 3  # the sheet says so: the check reports it
    assert record["field_confidence"]["total_hours"] < 0.6
    assert any("total_hours" in w for w in record["warnings"])


def test_a_total_whose_digits_ocr_damaged_is_matched_against_the_rows() -> None:
    assert total_against_rows(1, "«1", 0.55, [{"hours": 20}, {"hours": 1}])[0] == 21
    value, confidence, warning = total_against_rows(7, "«7", 0.55, [{"hours": 21}])
    assert value is None and confidence == 0 and warning


def test_signature_places_on_the_form_are_looked_at() -> None:
    record = read(["01.09.2021 | 8:00 | 9:00 | 1 | darbs"], total="1")
    assert record["fields"]["signatures"] is None  # this form has no place for one
    lines = [*HEAD, "01.09.2021 | 8:00 | 9:00 | 1 | darbs", "Kopā stundas: 1",
             "Asistenta paraksts: Pūķīte ________", "Klienta paraksts: ________"]
    fields = extract_document(document(lines), file="x.pdf")["fields"]
    assert fields["signatures"] == {"assistant": True, "client": False, "unsigned_dates": []}


def test_a_table_signed_row_by_row_names_the_unsigned_rows() -> None:
    lines = [
        *HEAD[:-1],
        "Datums | No | Līdz | Stundas | Aktivitāte | Klienta paraksts",
        "01.09.2021 | 8:00 | 9:00 | 1 | darbs | J.B.",
        "02.09.2021 | 8:00 | 9:00 | 1 | darbs |",
    ]
    fields = extract_document(document(lines), file="x.pdf")["fields"]
    assert fields["signatures"]["unsigned_dates"] == ["2021-09-02"]


def test_a_lunch_break_beside_the_from_to_is_not_worked() -> None:
    # 9:00-13:30 with a 0:30 break is 4 hours worked: from, to, break and hours agree.
    record = read(["06.09.2021 | 9:00 | 13:30 | 0:30 | 4 | darbs",
                   "07.09.2021 | 10:00 | 12:00 | — | 2 | darbs"], total="6")
    fields = record["fields"]
    assert [(e["start"], e["end"], e["hours"]) for e in fields["entries"]] == [
        ("09:00", "13:30", 4), ("10:00", "12:00", 2)]
    assert record["warnings"] == []
