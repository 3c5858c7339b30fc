"""The month of timesheet fixtures: present, current with its builder, read as its truth."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from monthly_fixture import MONTH_DIR, ROOT, truth
from stdnum.lv import pvn

from asistents.accuracy import measure


def test_every_file_of_the_truth_is_committed() -> None:
    data = truth()
    files = [s["file"] for s in data["sheets"]] + [e["file"] for e in data["errors"]]
    assert all((MONTH_DIR / f).is_file() for f in files), "a committed fixture is missing"
    on_disk = {str(p.relative_to(MONTH_DIR)) for p in MONTH_DIR.glob("20*/*.pdf")}
    assert on_disk == set(files)
    size = sum((MONTH_DIR / f).stat().st_size for f in files)
    assert size < 1_000_000  # small enough to commit and to read in tests


def test_the_people_have_valid_codes() -> None:
    data = truth()
    codes = {g["client_personal_code"] for g in data["grants"]}
    for sheet in data["sheets"]:
        codes |= {sheet["fields"]["client_personal_code"],
                  sheet["fields"]["assistant_personal_code"]}
    assert all(pvn.is_valid(code) for code in codes)


def test_the_builder_is_deterministic_and_the_committed_fixtures_are_current(
    tmp_path: Path,
) -> None:
    run = subprocess.run([sys.executable, str(ROOT / "fixtures" / "build_timesheets.py"),
                          "--out", str(tmp_path)], capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr
    built = tmp_path / "timesheets"
    assert json.loads((built / "truth.json").read_text("utf-8")) == truth()
    for path in sorted(built.rglob("*")):
        if path.is_file():
            committed = MONTH_DIR / path.relative_to(built)
            assert committed.read_bytes() == path.read_bytes(), path.relative_to(built)


def test_the_digital_sheets_read_as_their_truth() -> None:
    report = measure(MONTH_DIR / "truth" / "documents.jsonl", only="digital")
    assert report.documents == 11
    wrong = [(w.file.split("/")[-1], w.field, w.got) for w in report.wrong]
    assert wrong == []
