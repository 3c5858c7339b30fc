"""The field engine on pages of words, as the text layer or OCR would hand them over."""

from __future__ import annotations

from pathlib import Path

import pytest
from asistents.extract.api import extract_document
from asistents.extract.document import Page, ReadDocument, Word
from asistents.extract.evidence import evidence_ceilings
from asistents.extract.vocabulary import parse_vocabulary, vocabularies
from unseen_documents import KARLIS, personal_code

from asistents.errors import ConfigError


def document(lines: list[str], *, confidence: float = 1.0, source: str = "text") -> ReadDocument:
    """Words laid out left to right, one text line per 14 pt; "|" opens the next column
    (x = 50, 380, 460, 540...)."""
    words: list[Word] = []
    for row, line in enumerate(lines):
        x = 50.0
        for column, part in enumerate(line.split("|")):
            if column:
                x = 380.0 + 80.0 * (column - 1)
            for token in part.split():
                width = 6.0 * len(token)
                words.append(Word(token, x, 50 + 14 * row, x + width, 60 + 14 * row,
                                  confidence=confidence))
                x += width + 3.0
    page = Page(0, 595, 842, words, source=source)  # type: ignore[arg-type]
    return ReadDocument(Path("x.pdf"), [page], "ocr" if source == "ocr" else "text")


CERTIFICATE = [
    "SIA „Ziemeļu Koks”",
    "Reģ. Nr. 40103456788, Meža iela 1, Valka, LV-4701",
    "IZZIŅA",
    "par darba attiecībām",
    "Darbinieks: Jānis Kalns",
    "Personas kods: {code}",
    "Amats: galdnieks",
    "Strādā kopš: 01.02.2022.",
    "Darba laiks: 40 stundas nedēļā",
    "Datums: 03.03.2024.",
]


def test_label_value_lines_are_read() -> None:
    record = extract_document(document([ln.format(code=KARLIS) for ln in CERTIFICATE]),
                              file="x.pdf")
    assert record["doc_type"] == "employer_certificate"
    assert record["fields"] == {
        "employer_name": "SIA Ziemeļu Koks", "employer_reg_no": "40103456788",
        "person_name": "Jānis Kalns", "personal_code": KARLIS, "position": "galdnieks",
        "employed_since": "2022-02-01", "hours_per_week": 40, "issued_on": "2024-03-03",
    }
    confidence = dict(record["field_confidence"])
    # The issuer's name at the head of the page and a value across a gap from its label are
    # capped below the sure bar (letterhead and label_loose were each wrong at 0.9 on blind
    # reads: an aside in brackets kept, a label word kept); every value beside its label is sure.
    sources = record["field_sources"]
    assert (sources["employer_name"], sources["employer_reg_no"]) == ("letterhead", "label_loose")
    assert 0.8 <= confidence.pop("employer_name") < 0.9
    assert 0.8 <= confidence.pop("employer_reg_no") < 0.9
    assert min(confidence.values()) >= 0.9
    assert record["warnings"] == []


def test_a_code_failing_its_checksum_is_kept_flagged_and_doubted() -> None:
    bad = KARLIS[:-1] + str((int(KARLIS[-1]) + 1) % 10)
    record = extract_document(document([ln.format(code=bad) for ln in CERTIFICATE]),
                              file="x.pdf")
    assert record["fields"]["personal_code"] == bad  # as read, never "corrected"
    assert record["field_confidence"]["personal_code"] < 0.5
    assert any(w.startswith("personal_code:") for w in record["warnings"])
    assert not any(bad in w for w in record["warnings"])


def test_low_ocr_confidence_lowers_the_fields_read_from_those_words() -> None:
    lines = [ln.format(code=KARLIS) for ln in CERTIFICATE]
    sure = extract_document(document(lines), file="x.pdf")
    doubtful = extract_document(document(lines, confidence=0.55, source="ocr"), file="x.pdf")
    assert doubtful["fields"]["personal_code"] == KARLIS
    assert doubtful["field_confidence"]["personal_code"] <= 0.55
    assert sure["field_confidence"]["personal_code"] > 0.9
    assert doubtful["confidence"] < sure["confidence"]


def test_a_value_in_the_column_next_to_its_label() -> None:
    lines = [
        "Veselības un darbspēju ekspertīzes ārstu valsts komisija",
        "ATZINUMS",
        "Vārds, uzvārds | Ilze Sproģe",
        f"Personas kods | {personal_code('0101801234')}",
        "Invaliditātes grupa | I grupa",
        "Derīgs līdz | 31.12.2027.",
        "Funkcionālie traucējumi | redzes traucējumi",
        "Slēdziens | asistents nav nepieciešams",
    ]
    fields = extract_document(document(lines), file="x.pdf")["fields"]
    assert fields["person_name"] == "Ilze Sproģe"
    assert fields["disability_group"] == "I"
    assert fields["valid_until"] == "2027-12-31"
    assert fields["limitations"] == ["vision"]
    assert fields["assistant_needed"] is False


def test_every_vocabulary_loads_and_covers_its_contract_fields() -> None:
    loaded = vocabularies()
    assert set(loaded) >= {"application", "employer_certificate", "school_certificate",
                           "activity_certificate", "commission_opinion",
                           "representation_document", "social_worker_opinion", "timesheet",
                           "unknown"}
    from asistents.forms.registry import empty_fields

    for doc_type, vocab in loaded.items():
        if doc_type != "unknown":
            assert set(vocab.fields) == set(empty_fields(doc_type)), doc_type


def test_a_broken_vocabulary_is_refused_with_its_place() -> None:
    with pytest.raises(ConfigError, match=r"fields\.person_name"):
        parse_vocabulary({"doc_type": "x", "fields": {"person_name": {"kind": "colour"}}}, "x")
    with pytest.raises(ConfigError, match="quote yes, no"):
        parse_vocabulary({"doc_type": "x", "fields": {"a": {"labels": ["ok", False]}}}, "x")


def test_a_tick_under_the_no_column_answers_no() -> None:
    lines = [
        "IESNIEGUMS",
        "par asistenta pakalpojuma piešķiršanu",
        "Vārds, uzvārds: Jānis Kalns",
        f"Personas kods: {KARLIS}",
        "Saņemu valsts pabalstu par asistenta izmantošanu | jā | nē",
        "| | X",
    ]
    record = extract_document(document(lines), file="x.pdf")
    assert record["doc_type"] == "application"
    assert record["fields"]["receives_assistant_benefit"] is False
    ticked_yes = [*lines[:-1], "| X"]
    record = extract_document(document(ticked_yes), file="x.pdf")
    assert record["fields"]["receives_assistant_benefit"] is True


TIMESHEET = [
    "ASISTENTA PAKALPOJUMA UZSKAITES VEIDLAPA",
    "Mēnesis: 2021. gada marts",
    "Klients: Jānis Kalns, personas kods {code}",
    "Asistents: Ilze Vītola",
    "Datums | No | Līdz | Stundas | Darbība",
    "01.03.2021 | 08:00 | 12:00 | 4 | darbs",
    "{middle}",
    "05.03.2021 | 08:00 | 12:00 | 4 | darbs",
    "Kopā 8",
    "1. lapa",
]


def test_a_page_footer_under_a_timesheet_is_not_an_unread_row() -> None:
    lines = [ln.format(code=KARLIS, middle="") for ln in TIMESHEET]
    record = extract_document(document(lines), file="x.pdf")
    assert record["doc_type"] == "timesheet"
    assert [e["date"] for e in record["fields"]["entries"]] == ["2021-03-01", "2021-03-05"]
    assert not any(w.startswith("entries") for w in record["warnings"])
    # Not doubted: the rows keep their kind's whole ceiling.
    assert record["field_confidence"]["entries"] == evidence_ceilings()["rows"]


def test_a_row_between_entries_without_its_times_is_flagged() -> None:
    lines = [ln.format(code=KARLIS, middle="03.03.2021 | | | 4 | darbs") for ln in TIMESHEET]
    record = extract_document(document(lines), file="x.pdf")
    assert any("without a readable time range" in w for w in record["warnings"])
    assert record["field_confidence"]["entries"] <= 0.5
