"""The extraction contract as functions: one file -> one record, many files -> records in order."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from ..errors import AsistentsError
from ..privacy import redact
from .classify import Classification, classify
from .document import ReadDocument
from .fields import extract_fields
from .layout import document_lines
from .reading import read_document
from .vocabulary import vocabularies

log = logging.getLogger(__name__)

CONTRACT_KEYS = (
    "file",
    "doc_type",
    "text_source",
    "confidence",
    "fields",
    "field_confidence",
    "warnings",
    "error",
    "field_boxes",  # {field: [page, x0, top, x1, bottom]} in points, where the value was read
    "pages",  # [{width, height, rotation}] as read: what the boxes are measured on
)


def error_record(file: str, message: str, text_source: str = "text") -> dict[str, Any]:
    """The record of a file that could not be read: doc_type unknown, no fields, the reason."""
    return {
        "file": file,
        "doc_type": "unknown",
        "text_source": text_source,
        "confidence": 0.0,
        "fields": {},
        "field_confidence": {},
        "warnings": [],
        "error": redact(" ".join(message.split())),
        "field_boxes": {},
        "pages": [],
    }


def extract_document(document: ReadDocument, *, file: str) -> dict[str, Any]:
    """Classify an already read document and extract its fields into a contract record."""
    lines = document_lines(document)
    decision: Classification = classify(lines, list(document.form_values))
    warnings = list(document.warnings)
    fields: dict[str, Any] = {}
    field_confidence: dict[str, float] = {}
    boxes: dict[str, list[float]] = {}
    confidence = decision.confidence
    vocab = vocabularies().get(decision.doc_type)
    if decision.doc_type != "unknown" and vocab is not None and vocab.fields:
        extraction = extract_fields(document, lines, vocab, decision.title_line)
        fields = extraction.fields
        field_confidence = extraction.confidence
        boxes = extraction.boxes
        warnings.extend(extraction.warnings)
        confidence = _document_confidence(decision.confidence, field_confidence)
    elif not lines:
        warnings.append("no text found in the document")
    return {
        "file": file,
        "doc_type": decision.doc_type,
        "text_source": document.text_source,
        "confidence": confidence,
        "fields": fields,
        "field_confidence": field_confidence,
        "warnings": [redact(w) for w in warnings],
        "error": None,
        "evidence": decision.evidence,
        # For the review desk: where each value was read, on pages of this size and turn.
        "field_boxes": boxes,
        "pages": [{"width": p.width, "height": p.height, "rotation": p.rotation}
                  for p in document.pages],
    }


def _document_confidence(type_confidence: float, field_confidence: dict[str, float]) -> float:
    """Classification margin, tempered by how many fields were found and how surely."""
    if not field_confidence:
        return round(type_confidence, 2)
    found = [c for c in field_confidence.values() if c > 0]
    coverage = len(found) / len(field_confidence)
    mean = sum(found) / len(found) if found else 0.0
    return round(type_confidence * (0.6 + 0.25 * coverage + 0.15 * mean), 2)


def extract_file(path: Path | str, *, display_name: str | None = None) -> dict[str, Any]:
    """Read, classify and extract one file; never raises for a bad file (its `error` is set)."""
    file = display_name if display_name is not None else str(path)
    try:
        document = read_document(Path(path))
    except AsistentsError as exc:
        return error_record(file, exc.message)
    except Exception as exc:  # an unexpected reader failure is this file's error, not the batch's
        log.debug("reading %s failed", redact(file), exc_info=True)
        return error_record(file, f"could not be read ({type(exc).__name__})")
    try:
        record = extract_document(document, file=file)
    except AsistentsError as exc:
        return error_record(file, exc.message, document.text_source)
    except Exception as exc:
        log.debug("extracting %s failed", redact(file), exc_info=True)
        return error_record(
            file, f"could not be extracted ({type(exc).__name__})", document.text_source
        )
    record.pop("evidence", None)
    return record


def extract_files(paths: Iterable[Path | str], *, workers: int = 1) -> Iterator[dict[str, Any]]:
    """A record for every path: in input order with one worker; with workers > 1 (isolated
    worker processes) in the order files finish, each record naming its file."""
    path_list = [Path(p) for p in paths]
    if workers > 1:
        from .workers import extract_in_workers  # the pool imports this module: import late

        for _path, record in extract_in_workers(path_list, workers=workers, timeout_s=300.0):
            yield record
        return
    for path in path_list:
        yield extract_file(path)
