"""Every digital document of the sample inbox reads as its truth says (each type, each layout)."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import Any

import pytest
from asistents.extract.api import extract_file

from asistents.accuracy import same_value

ROOT = Path(__file__).resolve().parents[1]
TRUTH = ROOT / "fixtures" / "truth" / "documents.jsonl"


def _digital() -> list[dict[str, Any]]:
    # No existence check: a missing committed truth must fail collection, not skip the tests.
    records = [json.loads(line) for line in TRUTH.read_text(encoding="utf-8").splitlines()
               if line.strip()]
    return [r for r in records if r["text_source"] in ("text", "acroform")]


def _path(file: str, scratch: Path) -> Path:
    if "!/" not in file:
        return ROOT / file
    container, member = file.split("!/", 1)
    target = scratch / Path(member).name
    with zipfile.ZipFile(ROOT / container) as archive:
        target.write_bytes(archive.read(member))
    return target


@pytest.mark.parametrize("truth", _digital(), ids=lambda t: t["file"].split("inbox/")[-1])
def test_digital_document_reads_as_its_truth(truth: dict[str, Any], tmp_path: Path) -> None:
    record = extract_file(_path(truth["file"], tmp_path), display_name=truth["file"])
    assert record["error"] is None
    assert record["doc_type"] == truth["doc_type"]
    assert record["text_source"] == truth["text_source"]
    wrong = {
        name: (value, record["fields"].get(name))
        for name, value in truth["fields"].items()
        if not same_value(value, record["fields"].get(name))
    }
    assert wrong == {}
    # What is right is not reported as doubtful, and nothing is reported that the truth lacks.
    assert set(record["fields"]) == set(truth["fields"])


def test_the_sample_covers_every_doc_type_in_several_layouts() -> None:
    types = {t["doc_type"] for t in _digital()}
    assert types, "the committed sample truth is missing or empty"
    assert {"application", "employer_certificate", "school_certificate", "activity_certificate",
            "commission_opinion", "representation_document", "social_worker_opinion",
            "timesheet", "unknown"} <= types
