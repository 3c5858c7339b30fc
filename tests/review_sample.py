"""A case store made from the sample inbox without OCR, for the review desk's tests and benchmark.

Intake runs for real on `fixtures/inbox` (walking, unpacking containers, grouping, checks,
assessment, the store), but the reading stage hands back the truth records
(`fixtures/truth/documents.jsonl`) instead of reading: the pages the desk shows are the real
originals, and the run costs seconds instead of minutes of OCR. A reader is never sure of
everything, so the records carry field confidences, and a few doubts are put where a reader
really stumbles on these papers:

- `izziņa_skola.pdf`: the school certificate's personal code fails its checksum (misprinted on
  the paper); the reader keeps it at 0.4 and knows where it is on the page;
- `scan_0035.pdf`: the group III on a scanned opinion, read at 0.6: the refusal waits for a look;
- `scan_0007.pdf`: the "receives the assistant benefit" tick, read at 0.55: the 10-hour cut waits;
- `scan_0041.pdf`: the child's personal code on a scanned application, misread by OCR as
  051016-20901 (the last digit; the checksum fails), kept at 0.4: the refusal (the child is 4)
  waits until a clerk types the code from the page;
- `apliecinajums.pdf`: the hours per week, read at 0.85: no finding, but the desk asks for a
  glance (below the confident 0.9).
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from unittest import mock

ROOT = Path(__file__).resolve().parents[1]
INBOX = ROOT / "fixtures" / "inbox"
TRUTH = ROOT / "fixtures" / "truth" / "documents.jsonl"

SURE = {"text": 0.97, "acroform": 0.99, "ocr": 0.9, "mixed": 0.9}
DOUBTS: dict[str, dict[str, float]] = {
    "izziņa_skola.pdf": {"personal_code": 0.4},
    "scan_0035.pdf": {"disability_group": 0.6},
    "scan_0007.pdf": {"receives_assistant_benefit": 0.55},
    "scan_0041.pdf": {"client_personal_code": 0.4},
    "apliecinajums.pdf": {"hours_per_week": 0.85},
}
MISREAD = {"scan_0041.pdf": {"client_personal_code": "051016-20901"}}
CHILD_APPLICATION = "scan_0041.pdf"
CHILD_CODE = "051016-20907"
SCHOOL_CERTIFICATE = "izziņa_skola.pdf"
MISPRINTED_CODE = "120711-20010"
RIGHT_CODE = "120711-20017"


@dataclass(frozen=True)
class SampleStore:
    db_url: str
    out: Path
    result: Any  # IntakeResult


def inner_name(display: str) -> str:
    """"inbox/pack.zip!/a.pdf" or "fixtures/inbox/pack.zip!/a.pdf" -> "pack.zip!/a.pdf"."""
    marker = "inbox/"
    return display.split(marker, 1)[1] if marker in display else display


def truth_records() -> dict[str, dict[str, Any]]:
    records = {}
    for line in TRUTH.read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            records[inner_name(record["file"])] = record
    return records


def sample_record(name: str, truth: dict[str, Any], path: Path) -> dict[str, Any]:
    """What a good reader returns for one sample document (see the module docstring)."""
    source = truth.get("text_source", "text")
    fields = {**truth["fields"], **MISREAD.get(name, {})}
    confidence = {field: SURE.get(source, 0.9) for field in fields}
    confidence.update(DOUBTS.get(name, {}))
    record = {
        "file": name, "doc_type": truth["doc_type"], "text_source": source,
        "confidence": 0.9, "fields": fields, "field_confidence": confidence,
        "warnings": [], "error": None,
    }
    if name == SCHOOL_CERTIFICATE:
        record["field_boxes"] = {"personal_code": _word_box(path, MISPRINTED_CODE)}
    return record


def _word_box(path: Path, text: str) -> list[float]:
    """Where `text` is printed on a digital PDF: [page, x0, top, x1, bottom] in points."""
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        for number, page in enumerate(pdf.pages):
            for word in page.extract_words():
                if text in word["text"]:
                    return [number, word["x0"], word["top"], word["x1"], word["bottom"]]
    raise AssertionError(f"{text} is not printed on {path.name}")


class TruthReader:
    """Stands in for intake's reading stage: truth records for the sample inbox's files."""

    def __init__(self) -> None:
        self.truth = truth_records()

    def __call__(self, items: Sequence[Any], settings: Any,
                 on_pages: Any = None) -> Iterator[tuple[Path, dict]]:
        for item in items:
            name = inner_name(item.display_name)
            truth = self.truth.get(name)
            if truth is None:
                record = {"file": name, "doc_type": "unknown", "text_source": "text",
                          "confidence": 0.0, "fields": {}, "field_confidence": {},
                          "warnings": [], "error": "not a document of the sample truth"}
            else:
                record = sample_record(name, truth, item.path)
            yield item.path, record


def build_sample_store(root: Path, db_url: str | None = None) -> SampleStore:
    """Intake of the sample inbox into a store under `root` (see the module docstring)."""
    from asistents import intake

    root.mkdir(parents=True, exist_ok=True)
    db_url = db_url or f"sqlite:///{root / 'asistents.db'}"
    with mock.patch.object(intake, "read_in_workers", TruthReader()):
        result = intake.run_intake(INBOX, root / "out", db_url=db_url, workers=1)
    return SampleStore(db_url=db_url, out=root / "out", result=result)
