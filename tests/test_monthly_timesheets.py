"""`asistents timesheets` on the month of fixtures: every planted error found, nothing else."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path
from typing import Any

import pypdf
import pytest
from click.testing import CliRunner
from monthly_fixture import MONTH_DIR, issue_grants, truth
from sqlalchemy import create_engine, text

from asistents.cli import cli
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
