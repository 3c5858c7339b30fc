"""The reader's warnings reach the clerk in Latvian: every warning has a text in
asistents/reasons_lv.yaml, the desk and report.html show that text, the record keeps the English.

The first test reads documents (the sample inbox and a few unseen sets, digital ones: no OCR)
and fails on any warning the table cannot say, so a new warning cannot slip in untranslated.
The table below it holds one example of each warning the reader can give (scans', a timesheet's,
a form's refusals), said as the clerk reads it.
"""

from __future__ import annotations

import json
import re
import zipfile
from pathlib import Path
from typing import Any
from unittest import mock

import pytest
import review_sample
from asistents.extract.api import extract_file

from asistents.reasons_lv import latvian_warnings, warning_lines, warning_translation

ROOT = Path(__file__).resolve().parents[1]
# The sample and three unseen sets whose digital papers give most kinds of warning.
READ_SETS = ("fixtures/truth", "fixtures/unseen_k/truth", "fixtures/unseen_l/truth",
             "fixtures/unseen_m/truth")


def _digital_truths() -> list[dict[str, Any]]:
    records = []
    for folder in READ_SETS:
        for line in (ROOT / folder / "documents.jsonl").read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                if record["text_source"] in ("text", "acroform"):
                    records.append(record)
    return records


def _path(file: str, scratch: Path) -> Path:
    if "!/" not in file:
        return ROOT / file
    container, member = file.split("!/", 1)
    target = scratch / Path(member).name
    with zipfile.ZipFile(ROOT / container) as archive:
        target.write_bytes(archive.read(member))
    return target


def test_every_warning_the_reader_gives_has_a_latvian_text(tmp_path: Path) -> None:
    untold: dict[str, str] = {}
    said = 0
    for truth in _digital_truths():
        record = extract_file(_path(truth["file"], tmp_path), display_name=truth["file"])
        for warning in record["warnings"]:
            said += 1
            if warning_lines(warning, record["doc_type"]) is None:
                untold.setdefault(warning, truth["file"])
        if record.get("needs_review"):
            assert warning_lines(record["needs_review"], None) is not None
    assert said > 50, "the documents read gave hardly any warnings: is the reader broken?"
    assert untold == {}, "warnings without a Latvian text in asistents/reasons_lv.yaml"


# One example of each warning the reader gives, with the document type it comes from, and how
# the clerk reads it (None: only that it is said, with no English field name left in it).
EXAMPLES: list[tuple[str, str, str | None]] = [
    ("activity_certificate", "hours_per_week: 20 computed (4 h x 5 a week)",
     "Apmeklējums, stundas nedēļā: 20 h aprēķinātas (4 h 5 reizes nedēļā)"),
    ("employer_certificate", "hours_per_week: 1.5 computed (1.5 h x 1 a week)",
     "Darba laiks, stundas nedēļā: 1,5 h aprēķinātas (1,5 h reizi nedēļā)"),
    ("employer_certificate", "hours_per_week: 20 computed (40 h over 2 weeks), not the 2 of the "
     "period", "Darba laiks, stundas nedēļā: 20 h aprēķinātas (40 h 2 nedēļās), nevis visa perioda "
     "skaitlis 2"),
    ("employer_certificate", "hours_per_week: 6 printed beside it, not the 24 of another period",
     "Darba laiks, stundas nedēļā: 6 h rakstītas blakus, nevis cita perioda skaitlis 24"),
    ("school_certificate", "hours_per_week: 8 added up from a plan's hours column over 2 weeks",
     "Mācību stundas nedēļā: 8 h saskaitītas no plāna stundu ailes un sadalītas uz 2 "
     "nedēļām"),
    ("school_certificate", "hours_per_week: 30 added up from a timetable's rows", None),
    ("school_certificate", "hours_per_week: 6 added up from a plan's hours column", None),
    ("employer_certificate", "hours_per_week: the figure is another period's hours (a month's, "
     "a visit's, a year's)", None),
    ("employer_certificate", "hours_per_week: the figure is a day's hours; days a week not "
     "stated", None),
    ("application", "client_name: copied from applicant_name although the document prints "
     "another person's code", "Pakalpojuma saņēmēja vārds, uzvārds: pārņemts no lauka "
     "“Iesniedzēja vārds, uzvārds”, lai gan dokumentā rakstīts citas personas kods"),
    ("representation_document", "personal_code: the same code as representative_personal_code, "
     "although they are two people", "Pārstāvamās personas personas kods: tāds pats kods kā "
     "laukā “Likumiskā pārstāvja personas kods”, lai gan tās ir divas personas"),
    ("application", "client_personal_code: the same code as applicant_personal_code for another "
     "person", None),
    ("application", "client_personal_code: another code than applicant_personal_code for the "
     "same name", None),
    ("commission_opinion", "valid_until: before valid_from, which cannot be: one of the two dates "
     "is misread", "Invaliditāte noteikta līdz: agrāks par “Invaliditāte noteikta no”, kas nav "
     "iespējams: viens no abiem datumiem nolasīts kļūdaini"),
    ("school_certificate", "issued_on: the same date as study_until; which is the paper's own is "
     "not clear", None),
    ("activity_certificate", "issued_on: before a date the paper certifies: one of the dates is "
     "misread", None),
    ("employer_certificate", "employed_since: after the paper's own date, which cannot be: one of "
     "the dates is misread", None),
    ("application", "client_personal_code: printed beside another person's code in one row: two "
     "candidates, which one the form marks is not read", None),
    ("application", "address: the paper prints Līvāni with LV-5316, not LV-9316; a digit may be "
     "misread", "Deklarētās dzīvesvietas adrese: dokumentā vieta Līvāni norādīta ar pasta indeksu "
     "LV-5316, nevis LV-9316; kāds cipars, iespējams, nolasīts kļūdaini"),
    ("application", "address: no Latvian postcode opens with 9 (LV-9316); a digit may be misread",
     None),
    ("timesheet", "entries: 2026-01-15 read as 09:00–12:00, 9 h; the hours taken for the span, "
     "3 h, as on the sheet's other rows", None),
    ("timesheet", "entries: 2026-01-27 written with a month no month is; taken for the sheet's "
     "month", None),
    ("employer_certificate", "issued_on: read from a rubber date stamp, not a date line",
     "Izziņas datums: nolasīts no datumspiedoga, nevis no datuma rindas"),
    ("application", "client_personal_code: printed beside another person's code in one row: "
     "taken from the column the form marks (check it)", None),
    ("timesheet", "entries: 2 row(s) read with one time of their two (2025-11-04, 2025-11-06); "
     "the other taken from the hours written", "Uzskaites ieraksti: 2 rindās (04.11.2025., "
     "06.11.2025.) nolasīts tikai viens no diviem laikiem; otrs aprēķināts no ierakstītajām "
     "stundām"),
    ("activity_certificate", "hours_per_week: 5 computed (one visit's 2.5 h times 2 a week)",
     None),
    ("commission_opinion", "disability_group: the groups are printed as options on one line and "
     "none is read as marked; the last option taken", None),
    ("timesheet", "client_name: named in the paper's head without a label; taken for the person "
     "the other label leaves", None),
    ("timesheet", "client_name: the one of two people in a row not named assistant_name", None),
    ("employer_certificate", "issued_on: 2025-01-02 is before a date the paper certifies; its "
     "other date line 2025-03-17 taken", "Izziņas datums: 02.01.2025. ir agrāks par datumu, ko "
     "dokuments apliecina; ņemts cits lapas datums 17.03.2025."),
    ("commission_opinion", "personal_code: no code's holder is as old as the document says (7, 12)",
     None),
    ("commission_opinion", "personal_code: the birth date it encodes is not the one the document "
     "prints", None),
    ("commission_opinion", "personal_code: personal code fails its checksum (kept as read)", None),
    ("application", "client_personal_code: the code in the text layer has a letter where a digit "
     "belongs; not corrected, check it against the paper", None),
    ("commission_opinion", "personal_code: mended from a damaged scan (the code as read fails its "
     "checksum; one misread digit mended)", None),
    ("application", 'client_name: mended from a damaged scan (read "Gunars Silkalns")',
     "Pakalpojuma saņēmēja vārds, uzvārds: izlabots bojāta skenējuma dēļ (nolasīts "
     "“Gunars Silkalns”)"),
    ("commission_opinion", "disability_group: read from OCR's 'Il'", None),
    ("commission_opinion", "assistant_needed: not stated, assumed False",
     "Nepieciešams asistenta pakalpojums: dokumentā nav norādīts; pieņemts “nē”"),
    ("application", "address: read from doubtful OCR text",
     "Deklarētās dzīvesvietas adrese: nolasīts no neskaidra skenējuma teksta"),
    ("employer_certificate", "employer_name: read from the sentence of employment, not 'SIA Ābols'",
     "Darba devējs: nolasīts no teikuma par darba attiecībām, nevis “SIA Ābols”"),
    ("employer_certificate", "position: the sentence of employment says 'pavārs'", None),
    ("employer_certificate", "position: a note in parentheses was cut off its end", None),
    ("representation_document", "basis: ends with 'Nr' and no number", None),
    ("application", "email: the first of several on the page, by position", None),
    ("activity_certificate", "institution_name: the value runs across a neighbouring column", None),
    ("activity_certificate", "institution_name: names only the kind of institution", None),
    ("representation_document", "basis: only mentioned in the text, not named as such", None),
    ("school_certificate", "person_name: the paper lists several people; the one whose row holds "
     "the code", "Izglītojamā vārds, uzvārds: dokumentā uzskaitītas vairākas personas; ņemta tā, "
     "kuras rindā ir norādītais personas kods"),
    ("school_certificate", "person_name: one of several people the paper lists", None),
    ("commission_opinion", "opinion_no: the text offers more than one value", None),
    ("school_certificate", "institution_name: two bodies head the page; the one its sentence says "
     "certifies was taken", None),
    ("commission_opinion", "limitations: the box of 'redzes traucējumi' was not read; taken as "
     "the marked one (every other box is empty)", None),
    ("social_worker_opinion", "tasks: the marked boxes were not read; the options printed without "
     "a box are taken as the marked ones", None),
    ("employer_certificate", "issued_on: the page prints more than one date line", None),
    ("commission_opinion", "valid_until: the date read is the earlier term's; this one is said "
     "to have no end", None),
    ("employer_certificate", "issued_on: the year is not printed with the date; taken from the "
     "paper's other dates and its number", None),
    ("employer_certificate", "issued_on: a date beside the letterhead, not on a line of its own",
     None),
    ("employer_certificate", "issued_on: only a stamp's date was found, not the paper's own", None),
    ("social_worker_opinion", "issued_on: dated by the approval's signature, not a date line",
     None),
    ("representation_document", "issued_on: only the date the copy was certified was found", None),
    ("representation_document", "issued_on: the paper is a copy, dated as the act it copies",
     None),
    ("representation_document", "representative_name: the decision's grammar gives this person "
     "the other role", None),
    ("representation_document", "person_name: read from the decision's grammar ('Jāņa Ozola'), "
     "not 'Ozols Jānis'", None),
    ("representation_document", "person_name: the name's nominative is not certain (check its "
     "ending); person_name: the surname was read in pieces; mended from the one the page prints",
     "Pārstāvamās personas vārds, uzvārds: vārda nominatīvs nav drošs (pārbaudiet galotni); "
     "uzvārds nolasīts pa daļām; salikts pēc lapā rakstītā uzvārda"),
    ("application", "client_name: more than one nominative fits the printed name (check its "
     "ending)", None),
    ("application", "client_name: the page prints the surname with another ending", None),
    ("application", "client_name: the name does not start with a known given name (check it)",
     None),
    ("application", "client_personal_code: the text prints another code beside Anna Liepa", None),
    # a timesheet
    ("timesheet", "entries: 2024-03-14 read as 08:00–02:00, 4 h; end repaired from the other "
     "two to 08:00–12:00, 4 h; entries: 1 dated row(s) without a readable time range",
     "Uzskaites ieraksti: rindā 14.03.2024. nolasīts 08:00–02:00, 4 h; laiks līdz aprēķināts no "
     "pārējiem diviem: 08:00–12:00, 4 h; rindas ar datumu, bet bez salasāma laika no–līdz: 1"),
    ("timesheet", "entries: 2024-04-07 does not add up (12:00–12:45, 9.75 h); kept as written",
     "Uzskaites ieraksti: rindā 07.04.2024. laiks un stundas nesaskan (12:00–12:45, 9,75 h); "
     "atstāts, kā rakstīts"),
    ("timesheet", "entries: 2024-10-03 is no Otrdiena as the row says", None),
    ("timesheet", "entries: 2024-02-19 read as 09:00–1:3O; the end repaired from the start and "
     "the hours written (4.5 h) to 13:30", None),
    ("timesheet", "entries: 2024-02-19 read as '9-130'; the range that is the hours written "
     "(4.5 h) long is 09:00–13:30", None),
    ("timesheet", "entries: the activity of 2 row(s) rests on a word that names more than one "
     "kind (check it)", None),
    ("timesheet", "entries: hours counted from the from-to where they disagreed with it "
     "(2024-03-04 3 h -> 4 h; 2024-03-05 2.5 h -> 2 h): the rows then add up to the stated "
     "total 40 h", None),
    ("timesheet", "entries: 2 row(s) whose hours differ from their from-to", None),
    ("timesheet", "total_hours: not the sum of the rows", None),
    ("timesheet", "total_hours: read as '«1'; its legible digits match the rows' sum 21, taken "
     "from the rows", None),
    ("timesheet", "total_hours: read as '-23,523', a struck-out figure and after it the rows' "
     "sum 23,5, taken from the rows", None),
    ("timesheet", "total_hours: read as '130', unclear and not the rows' sum 15,5; left for a "
     "person", None),
    ("timesheet", "total_hours: the sheet states 66.5 h, its rows add up to 65 h",
     "Kopā stundas mēnesī: veidlapā norādītas 66,5 h, bet rindu summa ir 65 h"),
    # what a form refuses (forms/registry.py names the path and its label)
    ("timesheet", "entries.3.end (Laiks līdz): must be later than start",
     "Uzskaites ieraksti, 4. rinda, Laiks līdz: jābūt vēlākam par laiku no"),
    ("timesheet", "entries.4.date (Datums): is outside the timesheet's month 2024-11",
     "Uzskaites ieraksti, 5. rinda, Datums: ir ārpus veidlapas mēneša (2024. gada novembris)"),
    ("timesheet", "entries.0.start (Laiks no): time '8.00' must be HH:MM", None),
    ("employer_certificate", "employer_reg_no (Darba devēja reģistrācijas numurs): registration "
     "number fails the checksum", None),
    ("employer_certificate", "personal_code (Personas kods): personal code 120711-***** has an "
     "impossible birth date", None),
    ("commission_opinion", "valid_until (Invaliditāte noteikta līdz): ends before valid_from",
     None),
    ("social_worker_opinion", "period_months (Pakalpojuma termiņš, mēneši): period must be 1 to "
     "36 months", None),
    ("employer_certificate", "hours_per_week (Darba laiks, stundas nedēļā): hours must be "
     "between 0 and 168", None),
    ("commission_opinion", "issued_on (Atzinuma datums): Not a valid date.", None),
    # about the whole document
    ("unknown", "looks like employer_certificate but names none of person_name, personal_code: "
     "classified unknown", "izskatās pēc dokumenta “Darba devēja izziņa”, bet tajā nav neviena "
     "no šīm ziņām: “Darbinieka vārds, uzvārds”, “Personas kods”; tāpēc tas atzīts par citu "
     "dokumentu"),
    ("application", "the text layer of page 1 cannot be trusted (it does not decode to readable "
     "text); read by OCR instead", None),
    ("application", "the text layer of pages 1, 2 cannot be trusted (it does not decode to "
     "readable text); read by OCR instead", None),
    ("application", "page 2 was turned 90° to read it upright",
     "2. lapa nolasīšanai pagriezta par 90°"),
    ("application", "page 3: no text found", None),
    ("unknown", "no text found in the document", None),
    ("application", "page 2 is 120 × 84 cm, too large to render for reading", None),
    ("application", "named .pdf but is a JPEG image: read as an image",
     "faila nosaukums beidzas ar .pdf, bet tas ir JPEG attēls: nolasīts kā attēls"),
    ("application", "named .jpg but is a PDF: read as a PDF", None),
    ("application", "named .pdf but is a ZIP container: unpacked as a container", None),
    ("application", "the PDF has an owner password (it limits printing or copying); it opened "
     "without one and was read", None),
    ("application", "the PDF carries active content (JavaScript, Launch): read as text only, "
     "nothing in it was run; open the original with care", None),
    ("application", "the PDF carries 7 attached file(s) (“a.pdf”, “b.pdf”, “c.pdf”, “d.pdf”, "
     "“e.pdf” and 2 more): not opened, not saved; ask for them as separate documents if they "
     "matter", None),
    ("timesheet", "total_hours: read as '76,5', one digit from the rows' sum 26,5 by a shape OCR "
     "confuses; taken from the rows", None),
]


@pytest.mark.parametrize(("doc_type", "warning", "expected"), EXAMPLES,
                         ids=[f"{i:02d}" for i in range(len(EXAMPLES))])
def test_each_kind_of_warning_is_said_in_latvian(doc_type: str, warning: str,
                                                 expected: str | None) -> None:
    said = warning_translation(warning, doc_type)
    assert said is not None, warning
    if expected is not None:
        assert said == expected
    # No contract name of a field or type is left for the clerk to decode.
    assert not re.search(r"\b[a-z]+_[a-z_]+\b", said), said
    assert not re.search(r"\b(?:the|of|not|read|from|and)\b", said), said


def test_a_warning_the_table_does_not_know_is_shown_as_it_is() -> None:
    record = {"doc_type": "employer_certificate",
              "warnings": ["something new the reader says",
                           "issued_on: the page prints more than one date line",
                           "issued_on: the page prints more than one date line"]}
    assert latvian_warnings(record) == ["something new the reader says",
                                        "Izziņas datums: lapā ir vairāk nekā viena rinda ar "
                                        "datumu"]


# --- what the clerk is shown -------------------------------------------------------------------

NOTED = "apliecinajums.pdf"
NOTES = ["hours_per_week: 20 computed (4 h x 5 a week)",
         "issued_on: a date beside the letterhead, not on a line of its own"]
SAID = ["Apmeklējums, stundas nedēļā: 20 h aprēķinātas (4 h 5 reizes nedēļā)",
        "Apliecinājuma datums: datums atrasts blakus veidlapas galvai, nevis atsevišķā rindā"]


def _with_notes(name: str, truth: dict[str, Any], path: Path) -> dict[str, Any]:
    record = _SAMPLE_RECORD(name, truth, path)
    if name == NOTED:
        record["warnings"] = list(NOTES)
    return record


_SAMPLE_RECORD = review_sample.sample_record


@pytest.fixture(scope="module")
def noted_store(tmp_path_factory: pytest.TempPathFactory) -> review_sample.SampleStore:
    root = tmp_path_factory.mktemp("warnings-lv")
    with mock.patch.object(review_sample, "sample_record", _with_notes):
        return review_sample.build_sample_store(root)


def test_the_desk_shows_the_latvian_text_and_the_record_keeps_the_english(
    noted_store: review_sample.SampleStore,
) -> None:
    from asistents.review.app import DeskSettings, create_app
    from asistents.store import Store

    with Store(noted_store.db_url) as store:
        app = create_app(store, DeskSettings(login_required=False))
        document = next(d for s in store.case_summaries()
                        for d in store.case_documents(s.case_id)
                        if review_sample.inner_name(d.display_name) == NOTED)
        assert (store.document(document.sha256) or {})["warnings"] == NOTES
        # A document of a case is shown on its case's page.
        page = app.test_client().get(f"/documents/{document.sha256}", follow_redirects=True)
        html = page.get_data(as_text=True)
    assert "Nolasīšanas piezīmes (2)" in html
    # The note on the value the clerk is asked to glance at (read at 0.85) stands beside it.
    assert '<ul class="field-notes"><li>20 h aprēķinātas (4 h 5 reizes nedēļā)</li></ul>' in html
    for text in SAID:
        assert f"<li>{text}</li>" in html
    for english in NOTES:
        assert english not in html


def test_report_html_shows_the_latvian_text(noted_store: review_sample.SampleStore) -> None:
    html = (noted_store.out / "report.html").read_text(encoding="utf-8")
    assert "Nolasīšanas piezīmes" in html and "2 piezīmes" in html
    for text in SAID:
        assert f"<li>{text}</li>" in html
    for english in NOTES:
        assert english not in html


def test_the_monthly_timesheets_page_shows_the_latvian_text() -> None:
    from asistents.monthly.timesheets_html import render_timesheets_html

    warning = ("entries: 2024-04-07 does not add up (12:00–12:45, 9.75 h); kept as written; "
               "total_hours: the sheet states 66.5 h, its rows add up to 65 h")
    sheet = {"file": "inbox/tabele.pdf", "client_personal_code": None,
             "assistant_personal_code": None, "accepted_hours": 65, "findings": [],
             "client_name": "Anna Liepa", "assistant_name": "Ivars Kalns", "month": "2024-04",
             "listed_hours": 65, "rows": 20, "status": "accepted", "decision": None,
             "rule_set": None, "pay": None, "replaces": None, "duplicate_of": None,
             "confidence": 0.8, "warnings": [warning]}
    html = render_timesheets_html({"month": "2024-04", "sheets": [sheet], "errors": []})
    assert ("<li>Uzskaites ieraksti: rindā 07.04.2024. laiks un stundas nesaskan (12:00–12:45, "
            "9,75 h); atstāts, kā rakstīts</li>") in html
    total = "Kopā stundas mēnesī: veidlapā norādītas 66,5 h, bet rindu summa ir 65 h"
    assert f"<li>{total}</li>" in html
    assert "does not add up" not in html


def test_the_monthly_page_counts_a_sheets_rows_in_latvian() -> None:
    from asistents.monthly.timesheets_html import render_timesheets_html

    def page(rows: int) -> str:
        sheet = {"file": "inbox/tabele.pdf", "client_personal_code": None,
                 "assistant_personal_code": None, "accepted_hours": 3, "findings": [],
                 "client_name": "Anna Liepa", "assistant_name": "Ivars Kalns",
                 "month": "2024-04", "listed_hours": 3, "rows": rows, "status": "accepted",
                 "decision": None, "rule_set": None, "pay": None, "replaces": None,
                 "duplicate_of": None, "confidence": 0.8, "warnings": []}
        return render_timesheets_html({"month": "2024-04", "sheets": [sheet], "errors": []})

    assert "Lapā 1 ieraksts," in page(1) and "Lapā 21 ieraksts," in page(21)
    assert "Lapā 11 ieraksti," in page(11) and "Lapā 3 ieraksti," in page(3)
