"""`asistents extract`: JSON Lines in the contract's exact shape, --out files, exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from asistents.extract.api import CONTRACT_KEYS, extract_file
from click.testing import CliRunner
from unseen_documents import KARLIS, build_unseen

from asistents.cli import cli


@pytest.fixture(scope="module")
def unseen(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("unseen")
    build_unseen(folder)
    return folder


def test_one_json_line_per_file_in_the_contract_shape(unseen: Path) -> None:
    files = [str(unseen / "employer_letter.pdf"), str(unseen / "bill.pdf")]
    result = CliRunner().invoke(cli, ["extract", *files])
    assert result.exit_code == 0, result.output
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 2
    # Printed as each file finishes: each record names its file.
    by_file = {json.loads(line)["file"]: json.loads(line) for line in lines}
    records = [by_file[name] for name in files]
    for record in records:
        assert tuple(record) == CONTRACT_KEYS
        assert record["error"] is None
    assert records[0]["doc_type"] == "employer_certificate"
    assert records[0]["fields"]["personal_code"] == KARLIS
    assert records[0]["text_source"] == "text"
    assert set(records[0]["field_confidence"]) == set(records[0]["fields"])
    assert records[1] == {**records[1], "doc_type": "unknown", "fields": {}}


def test_out_writes_one_json_per_input_and_pretty_indents(unseen: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    files = [str(unseen / "school_form.pdf"), str(unseen / "opinion_table.pdf")]
    result = CliRunner().invoke(cli, ["extract", "--out", str(out), "--pretty", *files])
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    written = sorted(p.name for p in out.iterdir())
    assert written == ["opinion_table.json", "school_form.json"]
    text = (out / "school_form.json").read_text(encoding="utf-8")
    assert text.startswith("{\n  ")
    assert json.loads(text)["fields"]["person_name"] == "Laura Priede"
    assert "Laura Priede" in text  # diacritics stay readable, not \\u escapes


def test_exit_1_when_some_file_cannot_be_read_and_the_batch_goes_on(
    unseen: Path, tmp_path: Path
) -> None:
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4\n1 0 obj\n<<")
    result = CliRunner().invoke(
        cli, ["extract", str(broken), str(unseen / "activity_letter.pdf")]
    )
    assert result.exit_code == 1
    by_file = {json.loads(line)["file"]: json.loads(line) for line in result.stdout.splitlines()}
    records = [by_file[str(broken)], by_file[str(unseen / "activity_letter.pdf")]]
    assert [r["doc_type"] for r in records] == ["unknown", "activity_certificate"]
    assert records[0]["error"].startswith("broken PDF")
    assert "broken.pdf" in result.stderr


def test_exit_2_for_usage_errors() -> None:
    assert CliRunner().invoke(cli, ["extract"]).exit_code == 2
    assert CliRunner().invoke(cli, ["extract", "--workers", "0", "x.pdf"]).exit_code == 2


def test_extract_file_never_raises_for_a_missing_file(tmp_path: Path) -> None:
    record = extract_file(tmp_path / "nope.pdf", display_name="inbox/nope.pdf")
    assert record["file"] == "inbox/nope.pdf"
    assert record["error"] == "file not found"
    assert record["doc_type"] == "unknown"
    assert record["fields"] == {}
