"""The monthly timesheet an assistant is handed: a printable DOCX and a fillable PDF.

Both come from one `TimesheetBlank` (the client, the assistant, the month and the grant), so the
paper and the on-screen form say the same thing. The DOCX renders `templates_docx/timesheet.docx`
through `docx_render.render_docx` (sandboxed, strict, read back); the PDF is the AcroForm laid
out in `forms.timesheet_form` and built by `fillable_pdf`.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Any

from ..forms.latvian_dates import format_date_numeric, format_month_lv
from ..forms.timesheet_form import (
    UNIT_WORDS,
    TimesheetBlank,
    activity_label,
    decision_text,
    hours_text,
    period_text,
    timesheet_layout,
)
from .docx_render import render_docx
from .fillable_pdf import build_form
from .output_file import write_atomically
from .print_batch import ADDRESSEE_KEY, DECISION_KEY

WEEKEND_SHADE, WEEKDAY_SHADE = "EDEDED", "FFFFFF"


def template_path(name: str = "timesheet.docx") -> Path:
    """A shipped DOCX template (package data of asistents.templates_docx)."""
    return Path(str(resources.files("asistents.templates_docx").joinpath(name)))


def docx_context(blank: TimesheetBlank) -> dict[str, Any]:
    """The template's values; an unknown assistant is "" (a blank cell to fill by hand)."""
    kinds = blank.activities()
    # Two activities to a row, as on the fillable form.
    granted = [{"label": activity_label(k).capitalize(), "hours": hours_text(blank.hours[k])}
               for k in kinds]
    days = [{"date": format_date_numeric(day), "shade": WEEKEND_SHADE if day.weekday() >= 5
             else WEEKDAY_SHADE} for day in blank.days()]
    days += [{"date": "", "shade": WEEKDAY_SHADE}] * 3  # a second activity on the same day
    return {
        "month_text": format_month_lv(blank.month),
        "period_text": period_text(blank),
        "decision_text": decision_text(blank),
        "client_name": blank.client_name,
        "client_code": blank.client_personal_code,
        "assistant_name": blank.assistant_name,
        "assistant_code": blank.assistant_personal_code,
        "unit_word": UNIT_WORDS.get(blank.unit, ""),
        "granted_pairs": [granted[i : i + 2] if i + 1 < len(granted)
                          else [granted[i], {"label": "", "hours": ""}]
                          for i in range(0, len(granted), 2)],
        "granted_total": hours_text(blank.total_hours),
        "days": days,
        "activity_note": blank.activity_note(),
        "title": blank.title,
    }


def timesheet_docx(blank: TimesheetBlank, out: Path, template: Path | None = None) -> Path:
    """Render the printable timesheet; the read-back checks names, codes, month and dates."""
    context = docx_context(blank)
    expect = [context["month_text"], context["client_name"], context["client_code"],
              context["period_text"], *(d["date"] for d in context["days"] if d["date"]),
              *(item["label"] for pair in context["granted_pairs"] for item in pair
                if item["label"])]
    expect += [v for v in (context["assistant_name"], context["assistant_code"],
                           context["decision_text"]) if v]
    return render_docx(template or template_path(), context, out, expect=expect)


def timesheet_pdf(blank: TimesheetBlank, out: Path) -> Path:
    """Write the fillable timesheet PDF (pre-filled, read-only header; rows to fill); the
    print batch's cover names it by the client and the decision."""
    metadata = {ADDRESSEE_KEY: blank.client_name, DECISION_KEY: blank.decision_number or ""}
    return write_atomically(build_form(timesheet_layout(blank), metadata), out)


__all__ = ["docx_context", "template_path", "timesheet_docx", "timesheet_pdf"]
