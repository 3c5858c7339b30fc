"""Corrections on top of an extraction record: the record stays as read, the case sees the fix.

A correction row (store: `corrections`) says what a person decided about one field of one
document: `set` (the value typed), `confirm` (the value read is right) or `absent` (the field is
not on the document). The newest row per field is in force. A corrected field has confidence
1.0 (a person looked), and the record lists what was read under `corrections`, so every later
step (checks, assessment, decision) uses the corrected value and can still say what was read.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Protocol

Record = dict[str, Any]


class CorrectionLike(Protocol):
    """What a stored correction row carries (`asistents.store.review.CorrectionRow`)."""

    field: str
    kind: str
    value_read: Any
    value: Any
    by: str
    why: str | None

    @property
    def at(self) -> Any: ...


def corrected_record(record: Record, rows: Sequence[CorrectionLike]) -> Record:
    """`record` with `rows` (oldest first) applied; `record` itself is not changed."""
    if not rows:
        return record
    fields = dict(record.get("fields") or {})
    confidence = dict(record.get("field_confidence") or {})
    applied: dict[str, dict[str, Any]] = {}
    for row in rows:
        fields[row.field] = row.value
        confidence[row.field] = 1.0
        at = row.at.isoformat() if hasattr(row.at, "isoformat") else str(row.at)
        applied[row.field] = {
            "kind": row.kind, "value_read": row.value_read, "value": row.value,
            "by": row.by, "at": at, "why": row.why,
        }
    return {**record, "fields": fields, "field_confidence": confidence, "corrections": applied}


def apply_corrections(
    records: Iterable[Record], sha_of: Mapping[str, str],
    corrections: Mapping[str, Sequence[CorrectionLike]],
) -> list[Record]:
    """Each record with its document's corrections (found by `sha_of[record["file"]]`)."""
    out = []
    for record in records:
        sha = sha_of.get(str(record.get("file")))
        rows = corrections.get(sha, ()) if sha else ()
        out.append(corrected_record(record, rows) if rows and not record.get("error") else record)
    return out


def value_for(kind: str, typed: Any, read: Any, is_list: bool) -> Any:
    """The value a correction of `kind` puts in force: typed, as read, or absent."""
    if kind == "set":
        return typed
    if kind == "confirm":
        return read
    return [] if is_list else None


__all__ = ["CorrectionLike", "apply_corrections", "corrected_record", "value_for"]
