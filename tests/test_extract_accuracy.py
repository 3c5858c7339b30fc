"""`asistents accuracy`: extraction measured against a truth file, per type and per field."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner
from unseen_documents import build_unseen

from asistents.accuracy import find_truth, measure, same_phone, same_value
from asistents.cli import cli


def _inbox(tmp_path: Path, *, spoil: str | None = None) -> Path:
    expected = build_unseen(tmp_path / "inbox")
    lines = []
    for name, (doc_type, fields) in expected.items():
        fields = dict(fields)
        if name == spoil:
            fields["person_name"] = "Nav Tāds"
        source = "ocr" if name == "bill.pdf" else "text"  # one "scanned" entry for --only
        lines.append(json.dumps({"file": f"inbox/{name}", "doc_type": doc_type,
                                 "text_source": source, "fields": fields}, ensure_ascii=False))
    (tmp_path / "truth.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return tmp_path


def test_accuracy_counts_types_and_fields_and_lists_wrong_ones(tmp_path: Path) -> None:
    folder = _inbox(tmp_path, spoil="school_form.pdf")
    report = measure(find_truth(folder))
    assert report.type_right == report.documents
    assert [(w.file, w.field) for w in report.wrong] == [("inbox/school_form.pdf", "person_name")]
    assert report.per_field["school_certificate.person_name"] == [0, 1]
    assert report.fields_right == report.fields_total - 1
    # The spoiled name was read with a label's confidence: it counts as confidently wrong.
    assert [w.field for w in report.high_confidence_wrong()] == ["person_name"]
    buckets = {(low, high): (count, right) for low, high, count, right in report.calibration()}
    assert sum(count for count, _ in buckets.values()) == report.fields_total
    top_count, top_right = buckets[(0.9, 1.0)]
    assert top_count - top_right == 1


def test_calibration_table_is_printed_with_the_confident_wrong_count(tmp_path: Path) -> None:
    folder = _inbox(tmp_path, spoil="school_form.pdf")
    output = CliRunner().invoke(cli, ["accuracy", str(folder)]).output
    assert "wrong with confidence >= 0.9: 1" in output
    assert "calibration" in output
    assert "confidently wrong (>= 0.9):" in output
    table = output.split("calibration", 1)[1].splitlines()
    assert any(line.strip().startswith("0.9-1.0") for line in table)


def test_accuracy_command_prints_the_report_and_filters(tmp_path: Path) -> None:
    folder = _inbox(tmp_path)
    result = CliRunner().invoke(cli, ["accuracy", str(folder)])
    assert result.exit_code == 0, result.output
    assert "doc type:  100.0 %" in result.output
    assert "fields:    100.0 %" in result.output
    scanned = CliRunner().invoke(cli, ["accuracy", str(folder), "--only", "scanned"])
    assert "documents: 1" in scanned.output
    assert CliRunner().invoke(cli, ["accuracy", str(tmp_path / "inbox")]).exit_code == 2


def test_same_value_compares_as_the_contract_means() -> None:
    assert same_value(20, 20.0)
    assert not same_value(False, 0)
    assert same_value(["vision", "mobility"], ["mobility", "vision"])
    assert same_value([{"kind": "work", "hours_per_week": 20}],
                      [{"hours_per_week": 20.0, "kind": "work"}])
    assert not same_value(None, "")


def test_a_phone_is_one_number_however_it_is_spaced() -> None:
    assert same_phone("28 334 901", "28334901")
    assert same_phone("+371 28660413", "28660413")
    assert same_phone("+371 26 118 407", "+371 26118407")
    assert not same_phone("28334901", "28334902")
    assert not same_phone("28334901", None)
    assert same_phone(None, None)
