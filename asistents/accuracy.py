"""How well extraction reads a labelled inbox: doc-type accuracy, field accuracy, wrong fields.

The truth file holds one extraction-contract record per document (`file`, `doc_type`,
`text_source`, `fields`); members of containers are named `archive.zip!/member.pdf`.
"""

from __future__ import annotations

import json
import re
import tempfile
import zipfile
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import UsageError
from .extract.api import extract_file

TRUTH_NAMES = ("truth.jsonl", "truth/documents.jsonl", "documents.jsonl")
# A value reported at or above this confidence flows on unseen: a wrong one is the worst outcome.
CONFIDENT = 0.9
CALIBRATION_BUCKETS = ((0.9, 1.0), (0.8, 0.9), (0.6, 0.8), (0.3, 0.6), (0.0, 0.3))
# The route of a value the extract output names none for (a document typed wrong, an old reader).
NO_SOURCE = "-"


@dataclass(slots=True)
class Scored:
    """One field compared on a document typed right: the confidence claimed, the evidence route
    it was found by (`field_sources`) and whether it was right."""

    confidence: float
    right: bool
    source: str = NO_SOURCE


@dataclass(slots=True)
class RouteRow:
    """How one evidence route fared: fields, right, wrong at >= CONFIDENT, confidences seen."""

    source: str
    fields: int
    right: int
    confident_wrong: int
    confidences: list[float]


@dataclass(slots=True)
class WrongField:
    """One field the extractor got wrong, with the confidence it claimed."""

    file: str
    doc_type: str
    field: str
    expected: Any
    got: Any
    confidence: float
    source: str = NO_SOURCE


@dataclass(slots=True)
class AccuracyReport:
    """Counts per doc_type and per field, and every wrong field."""

    documents: int = 0
    type_right: int = 0
    wrong_types: list[tuple[str, str, str]] = field(default_factory=list)  # file, expected, got
    errors: list[tuple[str, str]] = field(default_factory=list)
    per_type: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    per_field: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    wrong: list[WrongField] = field(default_factory=list)
    # Every field compared on a document of the right type: what the calibration tables are
    # made of.
    scored: list[Scored] = field(default_factory=list)

    @property
    def fields_total(self) -> int:
        return sum(v[1] for v in self.per_type.values())

    @property
    def fields_right(self) -> int:
        return sum(v[0] for v in self.per_type.values())

    def high_confidence_wrong(self, threshold: float = CONFIDENT) -> list[WrongField]:
        return [w for w in self.wrong if w.confidence >= threshold]

    def calibration(self) -> list[tuple[float, float, int, int]]:
        """(low, high, fields, right) per confidence bucket, highest bucket first: a reader is
        calibrated when the share right in each bucket is at least its lower bound."""
        rows = []
        for low, high in CALIBRATION_BUCKETS:
            inside = [s.right for s in self.scored
                      if low <= s.confidence < high or (high == 1.0 and s.confidence == 1.0)]
            rows.append((low, high, len(inside), sum(inside)))
        return rows

    def by_source(self, threshold: float = CONFIDENT) -> list[RouteRow]:
        """One row per evidence route, most fields first: a route's ceiling in
        extract/evidence_confidence.yaml is only as high as its share right read blind."""
        routes: dict[str, list[Scored]] = defaultdict(list)
        for scored in self.scored:
            routes[scored.source].append(scored)
        rows = [RouteRow(source, len(seen), sum(s.right for s in seen),
                         sum(not s.right and s.confidence >= threshold for s in seen),
                         sorted({round(s.confidence, 2) for s in seen}))
                for source, seen in routes.items()]
        return sorted(rows, key=lambda row: (-row.fields, row.source))

    def merge(self, other: AccuracyReport) -> None:
        """Add another read's counts to this one (several sets pooled into one table)."""
        self.documents += other.documents
        self.type_right += other.type_right
        self.wrong_types += other.wrong_types
        self.errors += other.errors
        for mine, theirs in ((self.per_type, other.per_type), (self.per_field, other.per_field)):
            for key, (right, total) in theirs.items():
                mine[key][0] += right
                mine[key][1] += total
        self.wrong += other.wrong
        self.scored += other.scored


def find_truth(folder_or_truth: Path) -> Path:
    """The truth file itself, or the one inside a folder (truth.jsonl, truth/documents.jsonl)."""
    if folder_or_truth.is_file():
        return folder_or_truth
    for name in TRUTH_NAMES:
        candidate = folder_or_truth / name
        if candidate.is_file():
            return candidate
    raise UsageError(f"no truth file ({', '.join(TRUTH_NAMES)}) in {folder_or_truth}")


def load_truth(truth: Path, only: str | None = None) -> list[dict[str, Any]]:
    """Truth records, optionally only the digital (text/acroform) or scanned (ocr/mixed) ones."""
    records = [json.loads(line) for line in truth.read_text(encoding="utf-8").splitlines()
               if line.strip()]
    if only == "digital":
        records = [r for r in records if r.get("text_source") in ("text", "acroform")]
    elif only == "scanned":
        records = [r for r in records if r.get("text_source") in ("ocr", "mixed")]
    return records


def resolve(file: str, truth: Path) -> Path | None:
    """Where a truth `file` lives: as given, or relative to the truth file's folders."""
    relative = Path(file)
    # Next to the truth file first (a built copy elsewhere), then the working directory.
    bases = [truth.parent, truth.parent.parent, truth.parent.parent.parent, Path.cwd()]
    for base in bases:
        for candidate in (base / Path(*relative.parts[1:]), base / relative):
            if candidate.exists():
                return candidate
    return None


def same_value(expected: Any, got: Any) -> bool:
    """Equal as the contract means it: numbers by value, lists in any order."""
    if isinstance(expected, bool) or isinstance(got, bool):
        return expected is got
    if isinstance(expected, int | float) and isinstance(got, int | float):
        return abs(float(expected) - float(got)) < 1e-6
    if isinstance(expected, list) and isinstance(got, list):
        if len(expected) != len(got):
            return False
        key = lambda v: json.dumps(v, sort_keys=True, ensure_ascii=False)  # noqa: E731
        return all(
            same_value(a, b) for a, b in zip(sorted(expected, key=key), sorted(got, key=key),
                                              strict=True)
        )
    if isinstance(expected, dict) and isinstance(got, dict):
        return set(expected) == set(got) and all(same_value(expected[k], got[k]) for k in expected)
    return bool(expected == got)


def same_phone(expected: Any, got: Any) -> bool:
    """One number however it is spaced, with or without Latvia's country code; a number
    abroad ("+380 671204587") by all its digits, its country's code with them."""
    if not (isinstance(expected, str) and isinstance(got, str)):
        return same_value(expected, got)
    digits = [re.sub(r"\D", "", v) for v in (expected, got)]
    local = [d.removeprefix("371") if len(d) == 11 else d for d in digits]
    return bool(digits[0]) and local[0] == local[1]


def _extract(file: str, truth: Path, scratch: Path) -> dict[str, Any]:
    if "!/" in file:
        container, member = file.split("!/", 1)
        path = resolve(container, truth)
        if path is None:
            return {"error": "container not found", "doc_type": "unknown", "fields": {}}
        target = scratch / Path(member).name
        with zipfile.ZipFile(path) as archive:
            target.write_bytes(archive.read(member))
        return extract_file(target, display_name=file)
    path = resolve(file, truth)
    if path is None:
        return {"error": "file not found", "doc_type": "unknown", "fields": {}}
    return extract_file(path, display_name=file)


def measure(
    truth: Path,
    *,
    only: str | None = None,
    extract: Callable[[str, Path, Path], dict[str, Any]] = _extract,
    progress: Callable[[str], None] | None = None,
) -> AccuracyReport:
    """Run extraction over every document of a truth file and compare."""
    report = AccuracyReport()
    with tempfile.TemporaryDirectory(prefix="asistents-accuracy-") as tmp:
        for expected in load_truth(truth, only):
            if progress:
                progress(expected["file"])
            got = extract(expected["file"], truth, Path(tmp))
            _compare(report, expected, got)
    return report


def _compare(report: AccuracyReport, expected: dict[str, Any], got: dict[str, Any]) -> None:
    report.documents += 1
    if got.get("error"):
        report.errors.append((expected["file"], str(got["error"])))
    doc_type = expected["doc_type"]
    same_type = got.get("doc_type") == doc_type
    if same_type:
        report.type_right += 1
    else:
        report.wrong_types.append((expected["file"], doc_type, str(got.get("doc_type"))))
    confidence = got.get("field_confidence") or {}
    sources = got.get("field_sources") or {}
    for name, value in (expected.get("fields") or {}).items():
        value_got = (got.get("fields") or {}).get(name) if same_type else None
        same = same_phone if name == "phone" else same_value
        right = same_type and same(value, value_got)
        counts_type = report.per_type[doc_type]
        counts_field = report.per_field[f"{doc_type}.{name}"]
        counts_type[1] += 1
        counts_field[1] += 1
        source = str(sources.get(name) or NO_SOURCE) if same_type else NO_SOURCE
        if same_type:
            report.scored.append(Scored(float(confidence.get(name, 0.0)), right, source))
        if right:
            counts_type[0] += 1
            counts_field[0] += 1
        else:
            report.wrong.append(WrongField(expected["file"], doc_type, name, value, value_got,
                                           float(confidence.get(name, 0.0)), source))


def _pct(right: int, total: int) -> str:
    return f"{100.0 * right / total:5.1f} % ({right}/{total})" if total else "    - (0/0)"


def _confidences(values: list[float]) -> str:
    """The confidences a route reported: each one when few, else the range."""
    if len(values) <= 6:
        return " ".join(f"{v:.2f}" for v in values)
    return f"{values[0]:.2f} .. {values[-1]:.2f} ({len(values)} values)"


def format_by_source(report: AccuracyReport) -> Iterable[str]:
    """The per-route table as lines: route, fields, share right, wrong at >= CONFIDENT, and the
    confidences the route reported."""
    yield "by evidence route (fields of documents typed right):"
    yield (f"  {'route':22} {'fields':>6}   {'right':>16}   {'wrong >= ' + str(CONFIDENT):>12}"
           "   confidences")
    for row in report.by_source():
        yield (f"  {row.source:22} {row.fields:6d}   {_pct(row.right, row.fields):>16}   "
               f"{row.confident_wrong:12d}   {_confidences(row.confidences)}")


def format_report(report: AccuracyReport, *, by_source: bool = False) -> Iterable[str]:
    """The report as lines for a terminal (with the per-route table when `by_source`)."""
    yield f"documents: {report.documents}"
    yield f"doc type:  {_pct(report.type_right, report.documents)}"
    yield f"fields:    {_pct(report.fields_right, report.fields_total)}"
    yield f"wrong with confidence >= {CONFIDENT}: {len(report.high_confidence_wrong())}"
    yield ""
    yield "calibration (fields of documents typed right):"
    yield "  confidence   fields   right"
    for low, high, count, right in report.calibration():
        share = f"{100.0 * right / count:5.1f} %" if count else "    -  "
        yield f"  {low:.1f}-{high:.1f}    {count:6d}   {share}"
    yield ""
    if by_source:
        yield from format_by_source(report)
        yield ""
    yield "per doc_type:"
    for doc_type, (right, total) in sorted(report.per_type.items()):
        yield f"  {doc_type:28} {_pct(right, total)}"
    yield "per field:"
    for name, (right, total) in sorted(report.per_field.items()):
        if right < total:
            yield f"  {name:48} {_pct(right, total)}"
    if report.wrong_types:
        yield "wrong doc types:"
        for file, expected, got in report.wrong_types:
            yield f"  {file}: expected {expected}, got {got}"
    if report.errors:
        yield "errors:"
        for file, error in report.errors:
            yield f"  {file}: {error}"
    confident = report.high_confidence_wrong()
    if confident:
        yield f"confidently wrong (>= {CONFIDENT}):"
        for w in confident:
            yield (f"  {w.file} {w.field} [{w.confidence:.2f}, {w.source}]: expected "
                   f"{json.dumps(w.expected, ensure_ascii=False)}, got "
                   f"{json.dumps(w.got, ensure_ascii=False)}")
    if report.wrong:
        yield "wrong fields (confidence):"
        for w in report.wrong:
            yield (f"  {w.file} {w.field} [{w.confidence:.2f}]: expected "
                   f"{json.dumps(w.expected, ensure_ascii=False)}, got "
                   f"{json.dumps(w.got, ensure_ascii=False)}")
