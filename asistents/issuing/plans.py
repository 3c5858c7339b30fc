"""Making the rehabilitation plan of a family assistant case from its latest grant decision."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from ..case_file import load_case
from ..errors import UsageError
from ..generate.docx_render import Picture, render_docx
from ..generate.municipality import Municipality
from ..generate.pdf import convert
from ..generate.plan_context import PLAN_TEMPLATE, PlanInputs, plan_context, plan_must_contain
from ..rules import facts_from_documents, load_config
from .decisions import LOGO_WIDTH_MM, file_stem, template_path


@dataclass(frozen=True)
class PlanFiles:
    """The plan's DOCX and PDF, and the decision it follows."""

    docx: Path
    pdf: Path
    decision: str


def _free_name(out_dir: Path, stem: str) -> tuple[Path, Path]:
    """plans_SD-2026-7.docx, or _2, _3... when a plan for that decision was made before."""
    n = 1
    while True:
        suffix = "" if n == 1 else f"_{n}"
        docx, pdf = out_dir / f"{stem}{suffix}.docx", out_dir / f"{stem}{suffix}.pdf"
        if not docx.exists() and not pdf.exists():
            return docx, pdf
        n += 1


def make_plan(store: Any, case_id: str, *, municipality: Municipality, out_dir: Path,
              made_on: date) -> PlanFiles:
    """The plan for `case_id`: its tasks from the social worker's opinion, its term and hours
    from the latest issued family assistant grant."""
    case, records = load_case(store, case_id)
    facts = facts_from_documents(records)
    if facts.service != "family_assistant":
        raise UsageError(f"case {case_id} is not a family assistant case: a rehabilitation "
                         "plan follows a family assistant decision")
    decision = store.latest_decision(case_id=case_id, service="family_assistant")
    terms = decision.terms if decision else None
    if decision is None or terms is None or not terms.granted or terms.period_from is None \
            or terms.period_to is None or decision.issued_on is None:
        raise UsageError(f"case {case_id} has no issued family assistant grant: run "
                         f"`asistents decide {case_id}` first")
    if not facts.family_tasks:
        raise UsageError(f"case {case_id}: the social worker's opinion names no tasks")
    config = load_config()
    category = config.family.categories.get(terms.category or "")
    client = case.get("client") or {}
    application = next((r.get("fields") or {} for r in records
                        if r.get("doc_type") == "application"), {})
    inputs = PlanInputs(
        client_name=str(client.get("name") or facts.client_name or ""),
        client_code=str(client.get("personal_code") or facts.client_personal_code or ""),
        address=application.get("address"),
        category_label=category.label if category else str(terms.category),
        decision_number=decision.number,
        decision_date=decision.issued_on,
        period_start=terms.period_from,
        period_end=terms.period_to,
        hours_per_week=float(terms.total_hours or 0),
        opinion_date=facts.social_worker_opinion_on,
        tasks=facts.family_tasks,
        category=str(terms.category),
    )
    docx, pdf = _free_name(out_dir, f"plans_{file_stem(decision.number)}")
    must = plan_must_contain(inputs)
    render_docx(template_path(PLAN_TEMPLATE), plan_context(inputs, municipality, made_on), docx,
                expect=must, pictures={"logo": Picture(municipality.logo, LOGO_WIDTH_MM)})
    try:
        convert(docx, pdf, expect=[inputs.client_name, decision.number])
    except Exception:
        docx.unlink(missing_ok=True)
        raise
    store.audit("plan_made", case_id=case_id,
                detail={"decision": decision.number, "files": [docx.name, pdf.name]})
    return PlanFiles(docx, pdf, decision.number)


__all__ = ["PlanFiles", "make_plan"]
