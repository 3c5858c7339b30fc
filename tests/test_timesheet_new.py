"""`asistents timesheet new`: the month's DOCX and fillable PDF from the case and its grant."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from asistents.extract.api import extract_file
from asistents.generate.docx_render import docx_text
from asistents.generate.timesheet import timesheet_docx
from click.testing import CliRunner
from pypdf import PdfReader
from timesheet_cases import (
    ASSISTANT_CODE,
    ASSISTANT_NAME,
    CLIENT_CODE,
    CLIENT_NAME,
    GRANT,
    blank,
    case_with_grant,
)

from asistents.cli import cli
from asistents.store import GrantTerms, Store


@pytest.fixture
def url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'asistents.db'}"


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.output


def values(pdf: Path) -> dict[str, str]:
    return {name: str(spec["/V"]) for name, spec in (PdfReader(pdf).get_fields() or {}).items()
            if spec.get("/V")}


def test_new_writes_the_docx_and_the_fillable_pdf_named_by_case_and_month(
    url: str, tmp_path: Path
) -> None:
    case_id = case_with_grant(url)
    code, output = run("timesheet", "new", "--case", case_id, "--month", "2021-05",
                       "--out", str(tmp_path / "out"), "--db", url)
    assert code == 0, output
    docx = tmp_path / "out" / f"uzskaite_{case_id}_2021-05.docx"
    pdf = tmp_path / "out" / f"uzskaite_{case_id}_2021-05.pdf"
    assert docx.exists() and pdf.exists()
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [docx.name, pdf.name]
    assert CLIENT_CODE not in output and CLIENT_CODE[:6] not in docx.name

    got = values(pdf)
    assert (got["klients"], got["klienta_pk"]) == (CLIENT_NAME, CLIENT_CODE)
    assert (got["asistents"], got["asistenta_pk"]) == (ASSISTANT_NAME, ASSISTANT_CODE)
    assert got["menesis"] == "2021. gada maijs"
    assert (got["pieskirts_work"], got["pieskirts_leisure"], got["pieskirts_kopa"]) == (
        "20", "2", "22")
    assert got["lemums"] == "Nr. SD/2021/1 (20.04.2021.)"

    text = docx_text(docx)
    for expected in (CLIENT_NAME, CLIENT_CODE, ASSISTANT_NAME, "2021. gada maijs",
                     "01.05.2021.–30.04.2022.", "Stundas nedēļā", "01.05.2021.", "31.05.2021.",
                     "Darbs", "Brīvais laiks", "Nr. SD/2021/1"):
        assert expected in text, expected
    with Store(url) as store:
        actions = [e["action"] for e in store.audit_log(case_id=case_id)]
    assert actions[-1] == "timesheet_handed_out"


def test_the_command_as_run_by_a_user_prints_no_stray_warning(url: str, tmp_path: Path) -> None:
    # An unclosed font file once put "a library reported a warning" under every timesheet.
    case_id = case_with_grant(url)
    command = [sys.executable, "-c", "from asistents.cli import main; main()", "timesheet",
               "new", "--case", case_id, "--month", "2021-05", "--out", str(tmp_path / "out"),
               "--db", url]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert "warning" not in (result.stdout + result.stderr).lower(), result.stderr


def test_without_a_named_assistant_their_fields_are_left_to_fill(
    url: str, tmp_path: Path
) -> None:
    case_id = case_with_grant(url, preferred_assistant=False)
    code, output = run("timesheet", "new", "--case", case_id, "--month", "2021-06",
                       "--out", str(tmp_path), "--db", url)
    assert code == 0, output
    assert "names no assistant" in output
    fields = PdfReader(tmp_path / f"uzskaite_{case_id}_2021-06.pdf").get_fields() or {}
    assert not fields["asistents"].get("/V")
    assert not int(fields["asistents"].get("/Ff", 0)) & 1  # fillable, not locked empty
    assert "30.06.2021." in values(tmp_path / f"uzskaite_{case_id}_2021-06.pdf").values()


@pytest.mark.parametrize(("grant", "month", "message"), [
    (None, "2021-05", "has no issued decision"),
    (GrantTerms(granted=False, rule_set="mk942", unit="week"), "2021-05", "grants no service"),
    (GRANT, "2022-05", "outside the granted period 01.05.2021.–30.04.2022."),
    (GRANT, "2021-04", "outside the granted period"),
    (GRANT, "2021-5", "month must be YYYY-MM"),
])
def test_no_grant_for_the_month_is_a_one_line_usage_error(
    url: str, tmp_path: Path, grant: GrantTerms | None, month: str, message: str
) -> None:
    case_id = case_with_grant(url, grant=grant)
    code, output = run("timesheet", "new", "--case", case_id, "--month", month,
                       "--out", str(tmp_path / "out"), "--db", url)
    assert code == 2
    assert message in output
    assert len(output.strip().splitlines()) == 1
    assert not (tmp_path / "out").exists() or not list((tmp_path / "out").iterdir())


def test_an_unknown_case_is_a_usage_error(url: str, tmp_path: Path) -> None:
    case_with_grant(url)
    code, output = run("timesheet", "new", "--case", "2021-0999", "--month", "2021-05",
                       "--db", url, "--out", str(tmp_path))
    assert code == 2 and "unknown case 2021-0999" in output


def test_the_latest_decision_is_the_grant_used(url: str, tmp_path: Path) -> None:
    case_id = case_with_grant(url)
    with Store(url) as store:
        number = store.reserve_decision_number(case_id=case_id, client_code=CLIENT_CODE,
                                               service="assistant", year=2021, prefix="SD/")
        store.issue_decision(number, replace(GRANT, hours={"education": 20}, total_hours=20),
                             issued_on=date(2021, 6, 1), replaces="SD/2021/1")
    code, output = run("timesheet", "new", "--case", case_id, "--month", "2021-07",
                       "--out", str(tmp_path), "--db", url)
    assert code == 0, output
    got = values(tmp_path / f"uzskaite_{case_id}_2021-07.pdf")
    assert got["pieskirts_education"] == "20" and "pieskirts_work" not in got
    assert got["lemums"] == "Nr. SD/2021/2 (01.06.2021.)"


def test_names_with_markup_characters_come_out_exactly(tmp_path: Path) -> None:
    name = 'Anna "Ābele" & <Ozola>'
    out = timesheet_docx(blank(client_name=name), tmp_path / "t.docx")
    assert name in docx_text(out)


def test_the_printed_timesheet_is_one_page_and_reads_back_through_libreoffice(
    tmp_path: Path,
) -> None:
    # The longest case: all seven activities granted, a 31-day month.
    every = {"work": 20, "education": 20, "higher_education": 10, "day_centre": 5,
             "institutions": 5, "ngo": 3, "leisure": 2}
    docx = timesheet_docx(blank(hours=every, total_hours=40), tmp_path / "uzskaite.docx")
    subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp_path / 'profile'}",
                    "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(docx)],
                   check=True, capture_output=True, timeout=180)
    pdf = tmp_path / "uzskaite.pdf"
    assert len(PdfReader(pdf).pages) == 1
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    for expected in (CLIENT_NAME, ASSISTANT_NAME, "Klients vai viņa likumiskais pārstāvis",
                     "31.05.2021.", "Aizpilda sociālais dienests", "Biedrības pasākums",
                     "Kopējais apjoms"):
        assert expected in text, expected
    # Printed and not yet filled, it reads as the month's sheet with no entries and no total
    # (the granted total is not taken for the worked one).
    record = extract_file(pdf)
    got = record["fields"]
    assert record["doc_type"] == "timesheet"
    assert (got["month"], got["client_name"], got["client_personal_code"]) == (
        "2021-05", CLIENT_NAME, CLIENT_CODE)
    assert (got["assistant_name"], got["assistant_personal_code"]) == (ASSISTANT_NAME,
                                                                       ASSISTANT_CODE)
    assert got["entries"] == [] and got["total_hours"] is None
    assert record["warnings"] == []


def test_weekends_are_shaded_in_the_printed_rows(tmp_path: Path) -> None:
    import zipfile

    out = timesheet_docx(blank(), tmp_path / "t.docx")
    xml = zipfile.ZipFile(out).read("word/document.xml").decode()
    weekend_days = 10  # May 2021: 1, 2, 8, 9, 15, 16, 22, 23, 29, 30
    assert xml.count('w:fill="EDEDED"') == weekend_days * 6  # every cell of those rows


def test_the_printed_sheet_of_a_grant_without_activity_kinds(tmp_path: Path) -> None:
    out = timesheet_docx(blank(hours={}, total_hours=6, service="family_assistant"),
                         tmp_path / "g.docx")
    text = docx_text(out)
    assert text.startswith("ĢIMENES ASISTENTA PAKALPOJUMA UZSKAITES VEIDLAPA")
    assert "Aktivitāti norāda vārdos" in text and "Kopējais apjoms 6" in text


def test_a_family_assistant_decision_gives_the_family_assistant_sheet(
    url: str, tmp_path: Path
) -> None:
    with Store(url) as store:
        case_id = store.case_id_for(store.case_key(CLIENT_CODE, "family_assistant"), 2021)
        store.save_case({"case_id": case_id, "service": "family_assistant",
                         "client": {"name": CLIENT_NAME, "personal_code": CLIENT_CODE}})
        number = store.reserve_decision_number(case_id=case_id, client_code=CLIENT_CODE,
                                               service="family_assistant", year=2021)
        store.issue_decision(number, GrantTerms(
            granted=True, rule_set="family_assistant", unit="week", hours={}, total_hours=6,
            period_from=date(2021, 5, 1), period_to=date(2021, 10, 31), track="care_leaver",
            category="care_leaver"), issued_on=date(2021, 4, 28))
    code, output = run("timesheet", "new", "--case", case_id, "--month", "2021-05",
                       "--out", str(tmp_path), "--db", url)
    assert code == 0, output
    text = docx_text(tmp_path / f"uzskaite_{case_id}_2021-05.docx")
    assert text.startswith("ĢIMENES ASISTENTA PAKALPOJUMA UZSKAITES VEIDLAPA")
    assert values(tmp_path / f"uzskaite_{case_id}_2021-05.pdf")["pieskirts_kopa"] == "6"


def test_an_unwritable_output_folder_is_one_line_and_leaves_nothing(
    url: str, tmp_path: Path
) -> None:
    case_id = case_with_grant(url)
    in_the_way = tmp_path / "out"
    in_the_way.write_text("a file, not a folder", encoding="utf-8")
    code, output = run("timesheet", "new", "--case", case_id, "--month", "2021-05",
                       "--out", str(in_the_way / "2021-05"), "--db", url)
    assert code == 4
    assert "cannot write" in output and len(output.strip().splitlines()) == 1
    assert in_the_way.read_text(encoding="utf-8") == "a file, not a folder"
