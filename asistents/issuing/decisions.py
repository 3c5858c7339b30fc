"""Issuing decisions: check, number, write DOCX and PDF, and record the grant, or void the number.

A decision's number is printed inside it, so issuing is reserve -> render -> convert ->
issue; when its documents cannot be made the number is voided (it stays used: numbers are
never handed out twice). File names carry the number, so nothing issued is overwritten; a
decision issued again for the same case is a new number naming the one it replaces.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any

from ..case_file import load_case
from ..errors import AsistentsError, UsageError
from ..generate.decision_context import Earlier, decision_document
from ..generate.docx_render import Picture, render_docx
from ..generate.municipality import Municipality
from ..generate.pdf import Conversion, convert_many
from ..rules import Assessment, RulesConfig, assess, facts_from_documents, load_config
from ..rules.terms import first_of_next_month
from ..store.decisions import GrantTerms
from .blockers import blockers

log = logging.getLogger(__name__)

LOGO_WIDTH_MM = 20.0


def template_path(name: str) -> Path:
    """A shipped template by file name."""
    return Path(str(resources.files("asistents.templates_docx").joinpath(name)))


def file_stem(number: str) -> str:
    """'SD/2026/17' -> 'SD-2026-17': a number as part of a file name."""
    return "".join(c if c.isalnum() or c in "-_" else "-" for c in number).strip("-")


def grant_terms(assessment: Assessment) -> GrantTerms:
    """What the register records for an assessed case (the monthly cycle reads it)."""
    a = assessment
    if not a.granted or a.period is None:
        return GrantTerms(granted=False, rule_set=a.rule_set, unit=None, track=a.track,
                          category=a.category)
    if a.unit == "month":
        return GrantTerms(granted=True, rule_set=a.rule_set, unit="month", hours={},
                          total_hours=a.hours_per_month, period_from=a.period.start,
                          period_to=a.period.end, track=a.track, category=a.category)
    return GrantTerms(granted=True, rule_set=a.rule_set, unit="week", hours=dict(a.hours),
                      total_hours=a.total_hours_per_week, period_from=a.period.start,
                      period_to=a.period.end, track=a.track, category=a.category)


@dataclass
class CaseOutcome:
    """What happened to one case: issued (number, files), blocked (why) or failed (error)."""

    case_id: str
    number: str | None = None
    kind: str | None = None  # grant | refusal | family
    files: list[Path] = field(default_factory=list)
    blocked_by: list[str] = field(default_factory=list)
    error: str | None = None
    replaces: str | None = None
    terms: GrantTerms | None = None
    overridden: int = 0  # findings issued despite (with --despite)

    @property
    def issued(self) -> bool:
        return self.number is not None and self.error is None and not self.blocked_by


@dataclass
class _Pending:
    outcome: CaseOutcome
    docx: Path
    pdf: Path
    terms: GrantTerms
    must: list[str]
    kind: str


def assess_for_decision(records: list[dict[str, Any]], *, start: date, issued_on: date,
                        config: RulesConfig) -> tuple[Any, Assessment]:
    """The case's facts and assessment with the granted period starting on `start`."""
    facts = facts_from_documents(records)
    facts.start = start
    return facts, assess(facts, config=config, today=issued_on)


def default_start(issued_on: date) -> date:
    """The first day of the month after the decision (the default `--from`)."""
    return first_of_next_month(issued_on)


def _prepare(store: Any, case_id: str, *, municipality: Municipality, out_dir: Path,
             start: date, issued_on: date, despite: str | None, config: RulesConfig
             ) -> CaseOutcome | _Pending:
    outcome = CaseOutcome(case_id)
    case, records = load_case(store, case_id)
    facts, assessment = assess_for_decision(records, start=start, issued_on=issued_on,
                                            config=config)
    standing = blockers(case, assessment)
    if standing and not despite:
        outcome.blocked_by = standing
        return outcome
    outcome.overridden = len(standing)
    client_code = (case.get("client") or {}).get("personal_code") or facts.client_personal_code
    if not client_code:
        outcome.error = "the case has no client personal code; a decision needs one"
        return outcome
    service = assessment.service
    earlier = store.latest_decision(case_id=case_id, service=service)
    number = store.reserve_decision_number(case_id=case_id, client_code=client_code,
                                           service=service, year=issued_on.year,
                                           prefix=municipality.prefix)
    outcome.number = number
    outcome.replaces = earlier.number if earlier else None
    stem = file_stem(number)
    docx, pdf = out_dir / f"lemums_{stem}.docx", out_dir / f"lemums_{stem}.pdf"
    try:
        taken = [p for p in (docx, pdf) if p.exists()]
        if taken:
            raise UsageError(f"{taken[0]} already exists; nothing issued is overwritten "
                             "(is another case store writing to this folder?)")
        document = decision_document(
            case=case, records=records, facts=facts, assessment=assessment, config=config,
            municipality=municipality, number=number, issued_on=issued_on,
            replaces=[Earlier(earlier.number, earlier.issued_on)]
            if earlier and earlier.issued_on else [])
        render_docx(template_path(document.template), document.context, docx,
                    expect=document.must_contain,
                    pictures={"logo": Picture(municipality.logo, LOGO_WIDTH_MM)})
    except AsistentsError as exc:
        store.void_decision(number, exc.one_line())
        outcome.error = exc.one_line()
        return outcome
    return _Pending(outcome, docx, pdf, grant_terms(assessment), document.must_contain,
                    document.kind)


def issue_decisions(
    store: Any,
    case_ids: Sequence[str],
    *,
    municipality: Municipality,
    out_dir: Path,
    issued_on: date,
    start: date | None = None,
    despite: str | None = None,
    issued_by: str | None = None,
    config: RulesConfig | None = None,
) -> list[CaseOutcome]:
    """Issue a decision for each case that can be issued; one LibreOffice run for all PDFs.

    A case with unresolved findings is `blocked_by` them unless `despite` gives a reason
    (recorded in the audit log). A case whose documents fail gets its number voided and an
    `error`; the others are still issued.
    """
    config = config or load_config()
    start = start or default_start(issued_on)
    outcomes: list[CaseOutcome] = []
    pending: list[_Pending] = []
    for case_id in case_ids:
        prepared = _prepare(store, case_id, municipality=municipality, out_dir=out_dir,
                            start=start, issued_on=issued_on, despite=despite, config=config)
        if isinstance(prepared, _Pending):
            pending.append(prepared)
            outcomes.append(prepared.outcome)
        else:
            outcomes.append(prepared)
    try:
        converted = convert_many([Conversion(p.docx, p.pdf, tuple(p.must)) for p in pending])
    except AsistentsError as exc:  # LibreOffice missing: no PDF can be made at all
        for p in pending:
            _void(store, p, exc.one_line())
        raise
    signer = issued_by or municipality.signer("decision").name
    for p, result in zip(pending, converted, strict=True):
        if result.error is not None:
            _void(store, p, result.error.one_line())
            continue
        assert p.outcome.number is not None
        store.issue_decision(
            p.outcome.number, p.terms, issued_on=issued_on, issued_by=signer,
            files=[str(p.docx), str(p.pdf)], despite=despite, replaces=p.outcome.replaces,
            detail={"kind": p.kind, "municipality": str(municipality.path),
                    "findings_overridden": p.outcome.overridden})
        p.outcome.kind, p.outcome.terms = p.kind, p.terms
        p.outcome.files = [p.docx, p.pdf]
    return outcomes


def _void(store: Any, pending: _Pending, reason: str) -> None:
    assert pending.outcome.number is not None
    store.void_decision(pending.outcome.number, reason)
    pending.docx.unlink(missing_ok=True)  # a void number leaves no document behind
    pending.outcome.error = reason


__all__ = [
    "CaseOutcome",
    "assess_for_decision",
    "default_start",
    "file_stem",
    "grant_terms",
    "issue_decisions",
    "template_path",
]
