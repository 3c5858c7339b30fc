"""What stands in the way of issuing a decision on a case: its findings nobody has resolved."""

from __future__ import annotations

from typing import Any

from ..rules import Assessment

KIND_LABELS = {
    "missing": "trūkst dokumenta",
    "inconsistent": "dokumenti nesaskan",
    "ineligible": "neatbilst nosacījumiem",
    "needs_review": "jāpārbauda",
}


def blockers(case: dict[str, Any], assessment: Assessment) -> list[str]:
    """One line per unresolved finding of `case` that blocks its decision.

    A finding stops blocking once the review desk gives it a `resolution`. Required
    documents that are absent are `missing` findings, so they block too. An `ineligible`
    finding does not block a refusal: it is the refusal's ground, and the decision states it.
    """
    lines = []
    for finding in case.get("findings") or []:
        if not isinstance(finding, dict) or finding.get("resolution"):
            continue
        kind = str(finding.get("kind") or "needs_review")
        if kind == "ineligible" and not assessment.granted:
            continue
        message = " ".join(str(finding.get("message") or finding.get("rule") or kind).split())
        lines.append(f"{KIND_LABELS.get(kind, kind)}: {message}")
    return lines


__all__ = ["KIND_LABELS", "blockers"]
