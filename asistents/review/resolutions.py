"""Finding resolutions: a person closes a finding with a note (or reopens it).

Findings are computed again after every change, so a resolution cannot point at a row: it is
filed under a key made from what the finding is about (its kind, rule, document type, activity,
fields and the documents by their SHA-256). The same finding computed again gets the same key
and its resolution back; a finding about something else (another document, another rule)
does not. A resolved finding carries `"resolution": {"note", "by", "at"}` in the case contract
and no longer blocks a decision.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from typing import Any, Protocol

# Findings that stand between a case and a decision until fixed or resolved. `ineligible` is
# the reason for a refusal, not work left to do.
BLOCKING_KINDS = frozenset({"missing", "inconsistent", "needs_review"})


class ResolutionLike(Protocol):
    action: str
    note: str | None
    by: str

    @property
    def at(self) -> Any: ...


def finding_key(finding: Mapping[str, Any], sha_of: Mapping[str, str]) -> str:
    """A stable key of what a finding is about (see module docstring); 24 hex digits."""
    documents = sorted(sha_of.get(str(f), str(f)) for f in finding.get("documents") or ())
    about = [
        finding.get("kind"), finding.get("rule"), finding.get("doc_type"),
        finding.get("activity"), sorted(finding.get("fields") or ()), documents,
    ]
    text = json.dumps(about, ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:24]


def attach_resolutions(
    findings: Iterable[dict[str, Any]], resolutions: Mapping[str, ResolutionLike],
    sha_of: Mapping[str, str],
) -> list[dict[str, Any]]:
    """The findings, each resolved one with its `resolution` (the newest action decides)."""
    out = []
    for finding in findings:
        finding = {k: v for k, v in finding.items() if k != "resolution"}
        row = resolutions.get(finding_key(finding, sha_of))
        if row is not None and row.action == "resolve":
            at = row.at.isoformat() if hasattr(row.at, "isoformat") else str(row.at)
            finding["resolution"] = {"note": row.note or "", "by": row.by, "at": at}
        out.append(finding)
    return out


def open_findings(findings: Iterable[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    """Findings nobody has resolved."""
    return [f for f in findings if not f.get("resolution")]


def blocking_findings(findings: Iterable[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    """Open findings that stand between the case and a decision (see BLOCKING_KINDS)."""
    return [f for f in open_findings(findings) if f.get("kind") in BLOCKING_KINDS]


__all__ = [
    "BLOCKING_KINDS",
    "ResolutionLike",
    "attach_resolutions",
    "blocking_findings",
    "finding_key",
    "open_findings",
]
