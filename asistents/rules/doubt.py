"""A refusal waits for a person: refusals and cuts that rest on a value read with doubt.

No reader of scans is always right: a tick box read the wrong way turns a 40-hour grant into
a confident refusal. So a reason that refuses or cuts hours is held back as a question for the
clerk (outcome `missing`, a `needs_review` finding naming the field) when a field it read was
read with confidence below the threshold, or, for a reason that does not name the fields it
read, when it comes from a document with such fields.
Once a person confirms or corrects the value (the record then carries it with confidence 1.0,
see `asistents.review.corrections`), the same rule refuses or cuts as before.

Pure: the assessment and the case's records in, the assessment with its held reasons out.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ..case_checks import CheckSettings, field_label, low_confidence_fields
from .assessment import Assessment, Reason

HELD_OUTCOMES = ("refused", "limited")
RULE_HELD = "nolasīšana: atteikumu vai samazinājumu nepieņem pēc nedroši nolasītas vērtības"


def doubtful_fields(
    documents: Iterable[dict[str, Any]], threshold: float
) -> dict[str, list[str]]:
    """file -> the fields of that document read with confidence below `threshold`."""
    out: dict[str, list[str]] = {}
    for record in documents:
        if not isinstance(record, dict) or record.get("error"):
            continue
        unsure = low_confidence_fields(record, threshold)
        if unsure:
            out[str(record.get("file", "?"))] = unsure
    return out


def hold_doubtful(
    assessment: Assessment,
    documents: list[dict[str, Any]],
    min_field_confidence: float | None = None,
) -> Assessment:
    """Hold every refusing or cutting reason that rests on a doubtful value (see module doc).

    A held reason's outcome becomes `missing` (a person has to look) and the assessment gets a
    `needs_review` finding per held reason, naming the document and the fields to confirm.
    """
    threshold = (
        CheckSettings().min_field_confidence if min_field_confidence is None
        else min_field_confidence
    )
    doubtful = doubtful_fields(documents, threshold)
    if not doubtful:
        return assessment
    records = {str(r.get("file", "?")): r for r in documents if isinstance(r, dict)}
    # A reason lists the fields it read as "file (doc_type.field)" (rules.facts.Source).
    label_of = {
        f"{file} ({records[file].get('doc_type')}.{name})": (file, name)
        for file, names in doubtful.items()
        for name in names
    }
    for reason in assessment.reasons:
        if reason.outcome not in HELD_OUTCOMES:
            continue
        unsure = [label_of[label] for label in reason.fields if label in label_of]
        if not reason.fields:
            # The reason does not say which fields it read: its documents' doubts are its own.
            unsure = [(file, name) for file in reason.documents for name in doubtful.get(file, [])]
        if unsure:
            assessment.held.append(_held_finding(reason, unsure, records))
            reason.text += "; " + _named(unsure, records) + ": nolasīts nedroši, jāpārbauda"
            reason.outcome = "missing"
            reason.held = True
    if assessment.held:
        assessment.needs_review = True
    return assessment


def _held_finding(
    reason: Reason, unsure: list[tuple[str, str]], records: dict[str, dict[str, Any]]
) -> dict[str, Any]:
    effect = "atteikuma" if reason.outcome == "refused" else "stundu samazinājuma"
    files = list(dict.fromkeys(file for file, _ in unsure))
    return {
        "kind": "needs_review",
        "rule": RULE_HELD,
        "message": (
            f"Pirms {effect} ({reason.text}) apstipriniet vai labojiet nedroši nolasīto: "
            f"{_named(unsure, records)}."
        ),
        "documents": files,
        "fields": list(dict.fromkeys(name for _, name in unsure)),
    }


def _named(unsure: list[tuple[str, str]], records: dict[str, dict[str, Any]]) -> str:
    return ", ".join(
        f"“{field_label(records.get(file, {}), name)}” ({file})" for file, name in unsure
    )


__all__ = ["HELD_OUTCOMES", "RULE_HELD", "doubtful_fields", "hold_doubtful"]
