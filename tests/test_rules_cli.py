"""`asistents assess CASE`: readable and JSON output from an intake cases.json or the store."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from test_rules_facts import adult_case  # tests/ is on sys.path (no package)

from asistents.cli import cli


def write_intake_output(out: Path) -> Path:
    """An intake OUT folder: documents/<name>.json and cases.json linking them."""
    (out / "documents").mkdir(parents=True)
    entries = []
    for i, rec in enumerate(adult_case()):
        name = f"documents/{i:02d}.json"
        (out / name).write_text(json.dumps(rec, ensure_ascii=False), encoding="utf-8")
        entries.append({"file": rec["file"], "doc_type": rec["doc_type"], "json": name})
    case = {"case_id": "2020-0001", "service": "assistant",
            "client": {"name": "Anna Kalniņa", "personal_code": "***"},
            "applicant": {"name": "Anna Kalniņa", "personal_code": "***"},
            "documents": entries, "findings": []}
    path = out / "cases.json"
    path.write_text(json.dumps({"cases": [case], "unassigned": [], "errors": []},
                               ensure_ascii=False), encoding="utf-8")
    return path


def test_assess_prints_the_derivation(tmp_path: Path) -> None:
    cases = write_intake_output(tmp_path / "out")
    result = CliRunner().invoke(cli, ["assess", "2020-0001", "--case-file", str(cases)])
    assert result.exit_code == 0, result.output
    assert "Lieta (case) 2020-0001: Anna Kalniņa" in result.output
    assert "PIEŠĶIRT" in result.output
    assert "darbs: prasīts 25 h, izziņa apliecina 20 h, limits 20 h -> 20 h" in result.output
    assert "inbox/darbs.pdf (employer_certificate.hours_per_week)" in result.output


def test_assess_json_is_the_case_contract_assessment(tmp_path: Path) -> None:
    cases = write_intake_output(tmp_path / "out")
    result = CliRunner().invoke(cli, ["assess", "2020-0001", "--case-file", str(cases),
                                      "--json"])
    assert result.exit_code == 0, result.output
    payload = json.loads(result.output)
    assessment = payload["assessment"]
    assert assessment["rule_set"] == "mk942" and assessment["granted"] is True
    assert assessment["hours"] == {"work": 20}
    assert assessment["total_hours_per_week"] == 20
    assert assessment["decision_due"] == "2020-04-10"


def test_inline_fields_are_read_without_document_files(tmp_path: Path) -> None:
    case = {"case_id": "2020-0002", "client": {"name": "Anna Kalniņa"},
            "documents": adult_case()}
    path = tmp_path / "cases.json"
    path.write_text(json.dumps({"cases": [case]}), encoding="utf-8")
    result = CliRunner().invoke(cli, ["assess", "2020-0002", "--case-file", str(path), "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["assessment"]["hours"] == {"work": 20}


def test_unknown_case_is_a_usage_error(tmp_path: Path) -> None:
    cases = write_intake_output(tmp_path / "out")
    result = CliRunner().invoke(cli, ["assess", "2020-0099", "--case-file", str(cases)])
    assert result.exit_code == 2
    assert "unknown case 2020-0099" in result.output


def test_a_file_that_is_not_cases_json(tmp_path: Path) -> None:
    path = tmp_path / "cases.json"
    path.write_text("{not json", encoding="utf-8")
    result = CliRunner().invoke(cli, ["assess", "2020-0001", "--case-file", str(path)])
    assert result.exit_code == 1
    assert "not valid JSON" in result.output


def test_assess_a_case_from_the_store(tmp_path: Path) -> None:
    import asistents.store as store_module

    url = f"sqlite:///{tmp_path / 'cases.db'}"
    with store_module.Store(url) as store:
        shas = []
        for rec in adult_case():
            sha = hashlib.sha256(rec["file"].encode()).hexdigest()
            store.save_document(sha, rec["file"], rec)
            shas.append(sha)
        case_id = store.case_id_for(store.case_key("anna"), 2020)
        case: dict[str, Any] = {
            "case_id": case_id, "service": "assistant", "client": {"name": "Anna Kalniņa"},
            "documents": [{"file": r["file"], "doc_type": r["doc_type"]} for r in adult_case()],
            "findings": []}
        store.save_case(case)
        store.assign_documents(case_id, shas)
    runner = CliRunner()
    result = runner.invoke(cli, ["assess", case_id, "--db", url, "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["assessment"]["hours"] == {"work": 20}
    missing = runner.invoke(cli, ["assess", "1999-0001", "--db", url])
    assert missing.exit_code == 2


def test_no_store_here_is_a_usage_error_and_creates_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("ASISTENTS_DB", raising=False)
    result = CliRunner().invoke(cli, ["assess", "2020-0001"])
    assert result.exit_code == 2
    assert "no case store" in result.output
    assert list(tmp_path.iterdir()) == []
