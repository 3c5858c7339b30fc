"""Checking a case again: the same checks and assessment intake runs, over corrected records.

Intake and the review desk build a case's contract with the one function here
(`checked_case`), so a case looks the same whether a clerk just corrected it on the page or
intake ran again over the inbox. `recheck_case` is what the desk calls after every change:
the case's documents from the store, their corrections applied, checked, assessed, the
resolutions attached, saved, and what changed returned so the page can say it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from ..case_checks import CheckSettings, application_date, case_status, check_case
from ..case_grouping import CaseDraft, Person, group_cases, subject_of
from .corrections import corrected_record
from .resolutions import BLOCKING_KINDS, attach_resolutions, blocking_findings, open_findings

log = logging.getLogger(__name__)

Record = dict[str, Any]
Requirements = Callable[[CaseDraft], Sequence[Any]]


@dataclass(frozen=True)
class Recheck:
    """A case before and after it was checked again."""

    case_id: str
    before: dict[str, Any] | None
    after: dict[str, Any]

    def change(self) -> dict[str, Any]:
        """What changed, for the page and (rules only, no names) the audit log."""
        return describe_change(self.before, self.after)


def assess_draft(
    draft: CaseDraft, min_field_confidence: float | None = None
) -> tuple[dict[str, Any] | None, list[dict[str, Any]]]:
    """The rules' assessment of a case and its findings (asistents.rules)."""
    from ..rules import assess_documents

    received = application_date(draft)
    try:
        assessment = assess_documents(
            draft.documents, received_on=received, min_field_confidence=min_field_confidence
        )
        return assessment.to_contract(), assessment.findings()
    except Exception as exc:
        # One case the rules cannot judge must not cost the clerk the whole batch's report:
        # the case says so and a person assesses it.
        log.error("assessment failed for a case (%s)", type(exc).__name__)
        return None, [
            {
                "kind": "needs_review",
                "rule": "rules: the assessment could not be computed",
                "message": f"Novērtējumu neizdevās aprēķināt ({type(exc).__name__}).",
                "documents": draft.files,
            }
        ]


def merge_findings(ours: list[dict], theirs: list[dict]) -> list[dict]:
    """The checks' findings, then the rules' ones that the checks did not already make."""
    seen = {(f.get("kind"), f.get("rule"), tuple(f.get("documents") or ())) for f in ours}
    merged = list(ours)
    for finding in theirs:
        key = (finding.get("kind"), finding.get("rule"), tuple(finding.get("documents") or ()))
        if key not in seen:
            seen.add(key)
            merged.append(finding)
    return merged


def contract_of(draft: CaseDraft, case_id: str, findings: list[dict[str, Any]]) -> dict[str, Any]:
    """A case as DESIGN.md's case contract (documents in file order)."""
    return {
        "case_id": case_id,
        "service": draft.service,
        "client": draft.client.to_contract(),
        "applicant": (draft.applicant or draft.client).to_contract(),
        "documents": [
            {
                "file": str(r["file"]),
                "doc_type": r.get("doc_type"),
                "matched_by": draft.matched_by.get(str(r["file"])),
            }
            for r in sorted(draft.documents, key=lambda r: str(r["file"]))
        ],
        "findings": findings,
    }


def checked_case(
    draft: CaseDraft,
    case_id: str,
    *,
    requirements: Requirements,
    checks: CheckSettings,
    resolutions: Mapping[str, Any],
    sha_of: Mapping[str, str],
) -> dict[str, Any]:
    """The case contract of `draft`: checked, assessed, with the resolutions in force."""
    checks = replace(checks, eligibility_from_rules=True)
    findings = [f.to_contract() for f in check_case(draft, requirements(draft), checks)]
    assessment, extra = assess_draft(draft, checks.min_field_confidence)
    case = contract_of(draft, case_id, merge_findings(findings, extra))
    if assessment is not None:
        case["assessment"] = assessment
    case["findings"] = attach_resolutions(case["findings"], resolutions, sha_of)
    return case


def summary_of(case: Mapping[str, Any]) -> dict[str, Any]:
    """The list page's columns of a case contract (store.save_case_summary)."""
    findings = list(case.get("findings") or [])
    assessment = case.get("assessment") or {}
    due = assessment.get("decision_due")
    still_open = open_findings(findings)
    total = assessment.get("total_hours_per_week")
    if total is None:
        total = assessment.get("hours_per_month")
    return {
        "status": case_status([dict(f) for f in still_open], assessment or None),
        "open_findings": len(still_open),
        "blocking_findings": len(blocking_findings(findings)),
        "decision_due": date.fromisoformat(due) if isinstance(due, str) else None,
        "client_name": (case.get("client") or {}).get("name"),
        "service": case.get("service"),
        "granted": assessment.get("granted") if assessment else None,
        "total_hours": float(total) if isinstance(total, int | float) else None,
        "documents": len(case.get("documents") or []),
    }


def draft_for_case(
    case_id: str, contract: Mapping[str, Any] | None, records: list[Record]
) -> CaseDraft:
    """The draft of a case whose documents are fixed (by intake's grouping or by a person).

    The documents are grouped among themselves the way intake groups an inbox, so the client,
    the applicant and how each document joined come out the same; a document that would join
    nobody (moved here by a person) stays, marked `placed`.
    """
    readable = [r for r in records if not r.get("error")]
    grouping = group_cases(readable)
    contract = contract or {}
    client_code = (contract.get("client") or {}).get("personal_code")
    drafts = sorted(
        grouping.cases,
        key=lambda d: (d.client.personal_code != client_code, -len(d.documents)),
    )
    if drafts:
        main = drafts[0]
    else:
        known = contract.get("client") or {}
        client = Person(known.get("name"), known.get("personal_code"))
        if not (client.name or client.personal_code) and readable:
            client = subject_of(readable[0])
        applicant = contract.get("applicant") or {}
        main = CaseDraft(
            key=f"case:{case_id}",
            service=contract.get("service"),
            client=client,
            applicant=Person(applicant.get("name"), applicant.get("personal_code")),
        )
    by_file = {str(r.get("file")): r for r in readable}
    for other in drafts[1:]:
        for record in other.documents:
            main.documents.append(record)
            main.matched_by[str(record.get("file"))] = "placed"
    for loose in grouping.unassigned:
        main.documents.append(by_file[loose.file])
        main.matched_by[loose.file] = "placed"
    if main.service is None:
        main.service = contract.get("service")
    return main


def case_records(store: Any, case_id: str) -> tuple[list[Record], dict[str, str]]:
    """The corrected records of the documents linked to a case, and file -> sha256."""
    stored = store.case_documents(case_id)
    corrections = store.corrections_for(d.sha256 for d in stored)
    records: list[Record] = []
    sha_of: dict[str, str] = {}
    for document in stored:
        record = {**document.record, "file": document.display_name}
        records.append(corrected_record(record, corrections.get(document.sha256, ())))
        sha_of[document.display_name] = document.sha256
    return records, sha_of


def recheck_case(
    store: Any, case_id: str, *, checks: CheckSettings | None = None,
    requirements: Requirements | None = None,
) -> Recheck:
    """Check and assess a case again from the store and save it (see module docstring)."""
    if requirements is None:
        from ..intake import requirements_for

        requirements = requirements_for
    before = store.case(case_id)
    records, sha_of = case_records(store, case_id)
    draft = draft_for_case(case_id, before, records)
    case = checked_case(
        draft, case_id, requirements=requirements, checks=checks or CheckSettings(),
        resolutions=store.resolutions(case_id), sha_of=sha_of,
    )
    store.save_case(case)
    store.save_case_summary(case_id, summary_of(case), changed=False)
    return Recheck(case_id, before, case)


def describe_change(before: Mapping[str, Any] | None, after: Mapping[str, Any]) -> dict[str, Any]:
    """Findings that went away or appeared, and the assessment before and after."""
    def keyed(case: Mapping[str, Any] | None) -> dict[tuple, Mapping[str, Any]]:
        out = {}
        for finding in (case or {}).get("findings") or []:
            if finding.get("resolution"):
                continue
            key = (finding.get("kind"), finding.get("rule"), finding.get("message"))
            out[key] = finding
        return out

    old, new = keyed(before), keyed(after)
    return {
        "closed": [dict(old[k]) for k in old if k not in new],
        "opened": [dict(new[k]) for k in new if k not in old],
        "assessment_before": outcome_of((before or {}).get("assessment")),
        "assessment_after": outcome_of(after.get("assessment")),
    }


def outcome_of(assessment: Mapping[str, Any] | None) -> dict[str, Any] | None:
    """The assessment in a few figures: granted, hours and their unit, held for review."""
    if not assessment:
        return None
    unit = assessment.get("unit") or "week"
    total = assessment.get("total_hours_per_week" if unit == "week" else "hours_per_month")
    return {
        "granted": assessment.get("granted"),
        "hours": total,
        "unit": unit,
        "needs_review": bool(assessment.get("needs_review")),
    }


__all__ = [
    "BLOCKING_KINDS",
    "Recheck",
    "assess_draft",
    "case_records",
    "checked_case",
    "contract_of",
    "describe_change",
    "draft_for_case",
    "merge_findings",
    "outcome_of",
    "recheck_case",
    "summary_of",
]
