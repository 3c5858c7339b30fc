"""`asistents timesheets` on the month of fixtures: every planted error found, nothing else."""

from __future__ import annotations

import io
import json
import shutil
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pypdf
import pytest
from click.testing import CliRunner
from monthly_fixture import MONTH_DIR, issue_grants, truth
from sqlalchemy import create_engine, text

from asistents.cli import cli
from asistents.rules.pay import hourly_rate
from asistents.store import Store

TRUTH = truth()
MONTH = TRUTH["month"]


def run(inbox: Path, month: str, out: Path, db: str) -> Any:
    return CliRunner().invoke(cli, ["timesheets", str(inbox), "--month", month, "--out",
                                    str(out), "--db", db])


@pytest.fixture(scope="module")
def month_run(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """Grants issued, August checked (its last week runs into September), then September."""
    folder = tmp_path_factory.mktemp("month")
    db = f"sqlite:///{folder / 'asistents.db'}"
    with Store(db) as store:
        issue_grants(store, TRUTH["grants"])
    august = run(MONTH_DIR / TRUTH["earlier_month"], TRUTH["earlier_month"], folder / "aug", db)
    assert august.exit_code == 0, august.output
    september = run(MONTH_DIR / MONTH, MONTH, folder / "sep", db)
    contract = json.loads((folder / "sep" / "timesheets.json").read_text(encoding="utf-8"))
    return {"folder": folder, "db": db, "result": september, "contract": contract}


def by_name(contract: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {s["file"].split("/")[-1]: s for s in contract["sheets"]}


def september_truth() -> list[dict[str, Any]]:
    return [s for s in TRUTH["sheets"] if s["month_run"] == MONTH]


def test_every_finding_kind_is_planted_somewhere() -> None:
    planted = {f["kind"] for s in september_truth() for f in s["findings"]}
    assert planted == {
        "weekly_hours_exceeded", "monthly_hours_exceeded", "outside_month", "outside_period",
        "overlap", "total_mismatch", "activity_not_granted", "day_over_24h", "bad_times",
        "no_grant", "signature_missing"}
    layouts = {s["layout"] for s in september_truth()}
    assert layouts == {"acroform", "handwritten_scan", "municipal_table", "docx", "letter"}


@pytest.mark.parametrize("sheet", september_truth(), ids=lambda s: s["file"].split("/")[-1])
def test_each_sheet_gets_exactly_its_planted_findings_and_hours(
    sheet: dict[str, Any], month_run: dict[str, Any]
) -> None:
    got = by_name(month_run["contract"])[sheet["file"].split("/")[-1]]
    expected = sorted((f["kind"], f["date"]) for f in sheet["findings"])
    assert sorted((f["kind"], f["date"]) for f in got["findings"]) == expected
    assert got["accepted_hours"] == float(sheet["accepted_hours"])
    assert got["client_personal_code"] == sheet["fields"]["client_personal_code"]
    assert all(f["message"] for f in got["findings"])


def test_the_contract_shape_and_the_unreadable_file(month_run: dict[str, Any]) -> None:
    contract = month_run["contract"]
    assert contract["month"] == MONTH
    assert set(contract) == {"month", "sheets", "errors"}
    for sheet in contract["sheets"]:
        assert {"file", "client_personal_code", "assistant_personal_code", "accepted_hours",
                "findings"} <= set(sheet)
        for finding in sheet["findings"]:
            assert {"kind", "date", "message"} <= set(finding)
    assert [e["file"] for e in contract["errors"]] == [f["file"] for f in TRUTH["errors"]]
    assert "truncated" in contract["errors"][0]["error"]
    assert month_run["result"].exit_code == 1  # some files unreadable, the rest done


def test_the_terminal_shows_no_whole_personal_code(month_run: dict[str, Any]) -> None:
    output = month_run["result"].output
    assert "skenets_0912.pdf" in output and "signature" in output
    for sheet in TRUTH["sheets"]:
        for code in (sheet["fields"]["client_personal_code"],
                     sheet["fields"]["assistant_personal_code"]):
            assert code not in output


def test_the_clerks_page_is_latvian_and_lists_every_finding(month_run: dict[str, Any]) -> None:
    page = (month_run["folder"] / "sep" / "timesheets.html").read_text(encoding="utf-8")
    assert "2021. gada septembris" in page
    for label in ("Pārsniegts nedēļas apjoms", "Pārsniegts mēneša apjoms", "Ārpus mēneša",
                  "Ārpus piešķirtā perioda", "Laiki pārklājas", "Kopsumma nesakrīt",
                  "Aktivitāte nav piešķirta", "Dienā vairāk par 24 h", "Laiks nesakrīt",
                  "Nav piešķīruma", "Trūkst paraksta"):
        assert label in page
    assert "Līva Bērziņa" in page and "bojats_skenejums.pdf" in page


def store_snapshot(db: str) -> tuple[Any, ...]:
    engine = create_engine(db)
    with engine.connect() as connection:
        sheets = connection.execute(text(
            "SELECT sheet_key, month, sha256, status, accepted_hours, findings FROM timesheets "
            "ORDER BY id")).all()
        entries = connection.execute(text(
            "SELECT sheet_id, row, entry_date, hours, accepted_hours FROM timesheet_entries "
            "ORDER BY id")).all()
        audit = connection.execute(text("SELECT count(*) FROM audit")).scalar()
    engine.dispose()
    return tuple(sheets), tuple(entries), audit


def test_running_the_month_again_changes_nothing(month_run: dict[str, Any]) -> None:
    before = store_snapshot(month_run["db"])
    again = run(MONTH_DIR / MONTH, MONTH, month_run["folder"] / "again", month_run["db"])
    assert again.exit_code == 1
    assert store_snapshot(month_run["db"]) == before
    second = json.loads((month_run["folder"] / "again" / "timesheets.json").read_text("utf-8"))
    first = by_name(month_run["contract"])
    for name, sheet in by_name(second).items():
        assert sheet["findings"] == first[name]["findings"]
        assert sheet["accepted_hours"] == first[name]["accepted_hours"]


def corrected(source: Path, target: Path, values: dict[str, str]) -> None:
    """The same AcroForm sheet with some fields changed: a corrected paper, other bytes."""
    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(source))
    writer.update_page_form_field_values(writer.pages[0], values, auto_regenerate=False)
    out = io.BytesIO()
    writer.write(out)
    target.write_bytes(out.getvalue())


def test_a_corrected_sheet_replaces_the_earlier_one_and_the_audit_shows_both(
    tmp_path: Path,
) -> None:
    db = f"sqlite:///{tmp_path / 'asistents.db'}"
    with Store(db) as store:
        issue_grants(store, TRUTH["grants"])
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    original = MONTH_DIR / MONTH / "uzskaite_2021-09_ezerina.pdf"
    shutil.copy(original, inbox / original.name)
    assert run(inbox, MONTH, tmp_path / "first", db).exit_code == 0
    # The assistant hands in a corrected sheet: the last row was 1 h, it is 2 h (09:00-11:00).
    corrected(original, inbox / "uzskaite_2021-09_ezerina_labota.pdf",
              {"laiks_lidz_6": "11:00", "stundas_6": "2", "kopa": "13"})
    corrected_run = run(inbox, MONTH, tmp_path / "second", db)
    assert corrected_run.exit_code == 0, corrected_run.output
    with Store(db) as store:
        current = store.timesheets(MONTH)
        every = store.timesheets(MONTH, status=None)
        log = [(a["action"], a["file_hash"]) for a in store.audit_log()
               if a["action"].startswith("timesheet")]
    assert [s.file.split("/")[-1] for s in current] == ["uzskaite_2021-09_ezerina_labota.pdf"]
    assert [s.status for s in every] == ["replaced", "current"]
    first_sha, second_sha = every[0].sha256, every[1].sha256
    assert log == [("timesheet_accepted", first_sha), ("timesheet_replaced", first_sha),
                   ("timesheet_accepted", second_sha)]
    contract = json.loads((tmp_path / "second" / "timesheets.json").read_text("utf-8"))
    sheets = by_name(contract)
    assert sheets["uzskaite_2021-09_ezerina_labota.pdf"]["replaces"].endswith(original.name)
    assert sheets["uzskaite_2021-09_ezerina_labota.pdf"]["accepted_hours"] == 13
    assert sheets["uzskaite_2021-09_ezerina_labota.pdf"]["findings"] == []
    assert sheets[original.name]["status"] == "replaced"


def test_a_wrong_month_is_a_usage_error(tmp_path: Path) -> None:
    result = run(MONTH_DIR / MONTH, "2021-9", tmp_path, f"sqlite:///{tmp_path / 'a.db'}")
    assert result.exit_code == 2
    assert "YYYY-MM" in result.output


# --- asistents report --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def month_report(month_run: dict[str, Any]) -> dict[str, Any]:
    out = month_run["folder"] / "report"
    result = CliRunner().invoke(cli, ["report", "--month", MONTH, "--out", str(out), "--db",
                                      month_run["db"]])
    assert result.exit_code == 0, result.output
    return {"out": out, "output": result.output, "db": month_run["db"]}


def csv_rows(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "Excel needs the BOM to read UTF-8"
    text = raw[3:].decode("utf-8")
    return [line.split(";") for line in text.split("\r\n") if line]


def lv_decimal(text: str) -> Decimal:
    return Decimal(text.replace(",", ".")) if text else Decimal(0)


def expected_pay_from_store(db: str) -> dict[tuple[str, str], Decimal]:
    """Hours x the month's rate for each current sheet, rounded once: what the accountant
    computes by hand from the store."""
    lines = {}
    with Store(db) as store:
        for sheet in store.timesheets(MONTH):
            if sheet.rule_set is None or sheet.accepted_hours == 0:
                continue
            rate = hourly_rate(date(2021, 9, 1), minor=sheet.track in ("child", "companion"),
                               rule_set=sheet.rule_set)
            if rate is None:
                continue
            amount = (sheet.accepted_hours * rate).quantize(Decimal("0.01"), ROUND_HALF_UP)
            lines[(sheet.fields["assistant_name"], sheet.fields["client_name"])] = amount
    return lines


def test_the_report_reconciles_to_the_cent_with_the_store(month_report: dict[str, Any]) -> None:
    expected = expected_pay_from_store(month_report["db"])
    assert len(expected) == 9 and sum(expected.values()) == Decimal("624.95")
    out = month_report["out"]
    pay = csv_rows(out / f"algas_{MONTH}.csv")
    assert pay[0][-1] == "Summa, EUR"
    from_csv = {(row[1], row[3]): lv_decimal(row[8]) for row in pay[1:-1] if row[8]}
    assert from_csv == expected
    assert lv_decimal(pay[-1][8]) == sum(expected.values())
    ministry = csv_rows(out / f"parskats_{MONTH}.csv")
    assert sum(lv_decimal(row[-1]) for row in ministry[1:-1]) == lv_decimal(ministry[-1][-1])
    assert lv_decimal(ministry[-1][-1]) == sum(expected.values())
    book = openpyxl.load_workbook(out / f"parskats_{MONTH}.xlsx")
    algas = book["Algas"]
    from_xlsx = {(r[1], r[3]): Decimal(str(r[8])) for r in algas.iter_rows(min_row=5,
                                                                           values_only=True)
                 if isinstance(r[0], int) and r[8] is not None}
    assert from_xlsx == expected
    report = book["Pārskats"]
    amounts = [Decimal(str(r[16])) for r in report.iter_rows(min_row=5, values_only=True)
               if isinstance(r[0], int)]
    assert sum(amounts) == sum(expected.values())
    assert "624.95" in month_report["output"]


def test_the_csv_opens_in_latvian_excel(month_report: dict[str, Any]) -> None:
    rows = csv_rows(month_report["out"] / f"parskats_{MONTH}.csv")
    assert len({len(row) for row in rows}) == 1  # every row has every column
    header = rows[0]
    assert header[:4] == ["Nr.", "Lieta", "Lēmums", "Pakalpojuma saņēmējs"]
    by_name = {row[3]: row for row in rows[1:-1]}
    assert set(by_name) >= {"Līva Bērziņa", "Oskars Kalniņš", "Zelma Ezeriņa"}
    berzina = by_name["Līva Bērziņa"]
    assert berzina[-3:] == ["80", "4,5000", "360,00"]  # MK 316: 80 h x 4.50
    kalnins = by_name["Oskars Kalniņš"]
    assert kalnins[-3:] == ["19", "3,2468", "61,69"]  # MK 942 minor, September 2021
    assert "Jānis Krauklis" not in by_name  # the family assistant is not state-funded
    assert rows[-1][0] == "Kopā"


def test_the_workbook_has_latvian_headers_a_frozen_header_and_checkable_sums(
    month_report: dict[str, Any],
) -> None:
    book = openpyxl.load_workbook(month_report["out"] / f"parskats_{MONTH}.xlsx")
    assert book.sheetnames == ["Pārskats", "Algas", "Ģimenes asistents", "Nav iesniegts"]
    report = book["Pārskats"]
    assert report.freeze_panes == "A5"
    header = [c.value for c in report[4]]
    assert header[3] == "Pakalpojuma saņēmējs" and header[-1] == "Summa, EUR"
    assert report.column_dimensions["D"].width >= 20
    rows = [r for r in report.iter_rows(min_row=5) if isinstance(r[0].value, int)]
    first = rows[0][0].row
    assert report.cell(row=first, column=15).value == f"=SUM(H{first}:N{first})"
    total = rows[-1][0].row + 1
    assert report.cell(row=total, column=1).value == "Kopā"
    assert report.cell(row=total, column=17).value == f"=SUM(Q{first}:Q{total - 1})"
    missing = book["Nav iesniegts"]
    names = [r[2] for r in missing.iter_rows(min_row=5, values_only=True)]
    codes = [r[3] for r in missing.iter_rows(min_row=5, values_only=True)]
    assert names == ["Gita Kalēja"] and codes == TRUTH["no_timesheet"]


def test_the_summary_is_one_page_with_an_embedded_latvian_font(
    month_report: dict[str, Any],
) -> None:
    reader = pypdf.PdfReader(month_report["out"] / f"kopsavilkums_{MONTH}.pdf")
    assert len(reader.pages) == 1
    fonts = {str(f["/BaseFont"]) for f in _fonts(reader)}
    assert any("DejaVuSans" in f for f in fonts)
    text = reader.pages[0].extract_text()
    assert "mēneša kopsavilkums" in text and "Pieņemtās stundas pa nedēļām" in text
    assert "624,95" in text and "Līva Bērziņa" in text
    assert not list(month_report["out"].glob(".*.part"))  # nothing half-written left


def _fonts(reader: pypdf.PdfReader) -> list[Any]:
    resources = reader.pages[0]["/Resources"]
    found = []
    for font in resources["/Font"].values():
        font = font.get_object()
        found.append(font)
        for descendant in font.get("/DescendantFonts", []):
            descendant = descendant.get_object()
            assert "/FontFile2" in descendant["/FontDescriptor"]  # the glyphs are embedded
    return found


def test_a_report_from_a_store_that_does_not_exist_is_a_usage_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["report", "--month", MONTH, "--out", str(tmp_path),
                                      "--db", f"sqlite:///{tmp_path / 'none.db'}"])
    assert result.exit_code == 2
    assert not (tmp_path / "none.db").exists()


def two_assistants_inbox(folder: Path) -> Path:
    """One client, two assistants, 1.5 h of leisure each in the same week (2 h granted)."""
    import sys

    sys.path.insert(0, str(MONTH_DIR.parent))
    try:
        import build_timesheets as fx
    finally:
        sys.path.remove(str(MONTH_DIR.parent))
    fx.register_fonts()
    inbox = folder / "inbox"
    inbox.mkdir()
    for name, assistant, day in (("a_kreile.pdf", "kreile", 14), ("b_dzene.pdf", "dzene", 16)):
        paper = fx.Paper(name, MONTH, "acroform", MONTH, "ozols", assistant,
                         [fx.r(day, "18:00", "19:30", "1.5", "leisure")])
        (inbox / name).write_bytes(fx.render_acroform(paper))
    return inbox


@pytest.mark.parametrize("together", [True, False], ids=["one_run", "two_runs"])
def test_another_assistants_hours_count_against_the_same_week(tmp_path: Path,
                                                              together: bool) -> None:
    inbox = two_assistants_inbox(tmp_path)
    db = f"sqlite:///{tmp_path / 'asistents.db'}"
    with Store(db) as store:
        issue_grants(store, [g for g in TRUTH["grants"] if g["client_name"] == "Valters Ozols"])
    if not together:  # the first sheet checked and committed on its own, then both
        alone = tmp_path / "alone"
        alone.mkdir()
        shutil.copy(inbox / "a_kreile.pdf", alone / "a_kreile.pdf")
        assert run(alone, MONTH, tmp_path / "first", db).exit_code == 0
    assert run(inbox, MONTH, tmp_path / "out", db).exit_code == 0
    sheets = by_name(json.loads((tmp_path / "out" / "timesheets.json").read_text("utf-8")))
    assert sheets["a_kreile.pdf"]["accepted_hours"] == 1.5
    assert sheets["b_dzene.pdf"]["accepted_hours"] == 0.5
    assert [f["kind"] for f in sheets["b_dzene.pdf"]["findings"]] == ["weekly_hours_exceeded"]
