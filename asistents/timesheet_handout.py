"""Handing an assistant the month's timesheet: the case's client, its assistant and its grant.

`timesheet_blank` is the pure part (a case, its records, its latest decision, a month -> what the
form is pre-filled with); `hand_out_timesheet` reads the case through `case_file.load_case`,
finds the grant in the decision register and writes the DOCX and the fillable PDF.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from .case_file import load_case, open_existing_store
from .errors import AsistentsError, UsageError
from .forms.latvian_dates import format_period_numeric
from .forms.timesheet_form import TimesheetBlank
from .store import Decision

_MONTH = re.compile(r"(\d{4})-(0[1-9]|1[0-2])")


def parse_month_argument(text: str) -> str:
    """'2021-05' as given on the command line; anything else is a usage error."""
    if not _MONTH.fullmatch(text.strip()):
        raise UsageError(f"month must be YYYY-MM (like 2021-05), not {text!r}")
    return text.strip()


def assistant_of(case: dict[str, Any], records: list[dict[str, Any]]) -> tuple[str, str]:
    """The assistant's name and personal code, ("", "") when the case does not say.

    A case contract's `assistant` (once someone records it) wins; otherwise the assistant the
    application names as preferred (`preferred_assistant_name` / `_personal_code` fields).
    """
    recorded = case.get("assistant") or {}
    if recorded.get("name"):
        return str(recorded["name"]), str(recorded.get("personal_code") or "")
    for record in records:
        if record.get("doc_type") != "application":
            continue
        fields = record.get("fields") or {}
        if fields.get("preferred_assistant_name"):
            return (str(fields["preferred_assistant_name"]),
                    str(fields.get("preferred_assistant_personal_code") or ""))
    return "", ""


def timesheet_blank(case: dict[str, Any], records: list[dict[str, Any]],
                    decision: Decision | None, month: str) -> TimesheetBlank:
    """What the month's timesheet is pre-filled with; a usage error when there is no grant
    for that month."""
    case_id = case.get("case_id", "?")
    if decision is None:
        raise UsageError(f"case {case_id} has no issued decision: a timesheet needs the grant "
                         f"(issue it with `asistents decide {case_id}`)")
    terms = decision.terms
    if terms is None or not terms.granted or terms.period_from is None \
            or terms.period_to is None:
        raise UsageError(f"case {case_id}: decision {decision.number} grants no service, "
                         "so there is no timesheet to fill")
    first = date(int(month[:4]), int(month[5:7]), 1)
    last = first.replace(day=calendar.monthrange(first.year, first.month)[1])
    if last < terms.period_from or first > terms.period_to:
        raise UsageError(
            f"case {case_id}: {month} is outside the granted period "
            f"{format_period_numeric(terms.period_from, terms.period_to)} "
            f"(decision {decision.number})")
    client = case.get("client") or {}
    if not client.get("name") or not client.get("personal_code"):
        raise UsageError(f"case {case_id} has no client name or personal code")
    assistant_name, assistant_code = assistant_of(case, records)
    return TimesheetBlank(
        month=month,
        client_name=str(client["name"]),
        client_personal_code=str(client["personal_code"]),
        assistant_name=assistant_name,
        assistant_personal_code=assistant_code,
        unit=terms.unit or "week",
        hours=dict(terms.hours),
        total_hours=terms.total_hours if terms.total_hours is not None
        else sum(terms.hours.values()),
        period_from=terms.period_from,
        period_to=terms.period_to,
        decision_number=decision.number,
        decision_date=decision.issued_on,
        service=decision.service or str(case.get("service") or "assistant"),
    )


@dataclass(frozen=True)
class HandedOut:
    """The files written for one case and month."""

    docx: Path
    pdf: Path
    blank: TimesheetBlank


def output_stem(case_id: str, month: str) -> str:
    """`uzskaite_2026-0007_2021-05`: the case id and month, never a personal code."""
    safe_case = re.sub(r"[^\w.-]", "_", case_id)
    return f"uzskaite_{safe_case}_{month}"


def hand_out_timesheet(db_url: str | None, case_id: str, month: str, out_dir: Path) -> HandedOut:
    """Write the month's printable DOCX and fillable PDF for a case; audited."""
    from .generate.timesheet import timesheet_docx, timesheet_pdf

    month = parse_month_argument(month)
    with open_existing_store(db_url) as store:
        case, records = load_case(store, case_id)
        blank = timesheet_blank(case, records, store.latest_decision(case_id=case_id), month)
        stem = output_stem(case_id, month)
        try:
            docx = timesheet_docx(blank, out_dir / f"{stem}.docx")
        except OSError as exc:  # the DOCX renderer writes it: an unwritable folder
            raise AsistentsError(f"cannot write: {exc.strerror or exc}",
                                 file=out_dir / f"{stem}.docx") from exc
        pdf = timesheet_pdf(blank, out_dir / f"{stem}.pdf")
        store.audit("timesheet_handed_out", case_id=case_id,
                    detail={"month": month, "decision": blank.decision_number,
                            "files": [docx.name, pdf.name]})
    return HandedOut(docx, pdf, blank)


__all__ = ["HandedOut", "assistant_of", "hand_out_timesheet", "output_stem",
           "parse_month_argument", "timesheet_blank"]
