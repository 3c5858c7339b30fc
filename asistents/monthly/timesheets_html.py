"""timesheets.html: the month's sheets, their findings and accepted hours, for a clerk, in Latvian.

One self-contained page in the look of report.html (inline CSS, no scripts), rendered with
Jinja2, autoescaped, StrictUndefined. Personal codes are shown: it is the clerk's working
document, never a log.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from decimal import Decimal
from importlib import resources
from pathlib import Path
from typing import Any

import jinja2

from ..forms.latvian_counts import counted
from ..forms.latvian_dates import readable_date, readable_month
from ..reasons_lv import latvian_warnings
from .output_files import write_text

FINDING_LV: dict[str, str] = {
    "no_grant": "Nav piešķīruma",
    "outside_month": "Ārpus mēneša",
    "outside_period": "Ārpus piešķirtā perioda",
    "activity_not_granted": "Aktivitāte nav piešķirta",
    "bad_times": "Laiks nesakrīt",
    "overlap": "Laiki pārklājas",
    "day_over_24h": "Dienā vairāk par 24 h",
    "weekly_hours_exceeded": "Pārsniegts nedēļas apjoms",
    "monthly_hours_exceeded": "Pārsniegts mēneša apjoms",
    "total_mismatch": "Kopsumma nesakrīt",
    "signature_missing": "Trūkst paraksta",
}
RULE_SET_LV = {
    "mk942": "MK noteikumi Nr. 942",
    "mk316": "MK noteikumi Nr. 316",
    "family_assistant": "ģimenes asistenta pakalpojums",
}
STATUS_LV = {"ok": "Pieņemta", "review": "Ar piezīmēm", "refused": "Nav pieņemta",
             "muted": "Aizstāta"}


def month_lv(month: str) -> str:
    """2021-09 -> 2021. gada septembris."""
    return str(readable_month(month))


def hours_lv(value: Any) -> str:
    """Hours as a Latvian reads them: 1,5 (comma), no trailing zeros."""
    if value is None:
        return "—"
    text = format(Decimal(str(value)).normalize(), "f")
    return text.replace(".", ",")


def money_lv(value: Any) -> str:
    if value is None:
        return "—"
    return f"{Decimal(str(value)):.2f}".replace(".", ",")


def _sheet_view(sheet: Mapping[str, Any]) -> dict[str, Any]:
    findings = list(sheet.get("findings") or [])
    accepted = Decimal(str(sheet.get("accepted_hours") or 0))
    if sheet.get("status") == "replaced":
        status = "muted"
    elif not findings:
        status = "ok"
    elif accepted == 0:
        status = "refused"
    else:
        status = "review"
    pay = sheet.get("pay") or {}
    return {
        **sheet,
        "name": str(sheet["file"]).split("/")[-1],
        "listed": hours_lv(sheet.get("listed_hours")),
        "accepted": hours_lv(accepted),
        "rate": (pay.get("rate") or "—").replace(".", ","),
        "amount": money_lv(pay.get("amount")),
        "status_class": status,
        "status_lv": STATUS_LV[status],
        "rule_set_lv": RULE_SET_LV.get(str(sheet.get("rule_set")), sheet.get("rule_set") or "—"),
        "month": readable_month(sheet.get("month")),
        "findings": [{**f, "kind_lv": FINDING_LV.get(f["kind"], f["kind"]),
                      "date": readable_date(f.get("date"))} for f in findings],
        "replaces": (sheet.get("replaces") or "").split("/")[-1] or None,
        "duplicate_of": (sheet.get("duplicate_of") or "").split("/")[-1] or None,
        # The reader's warnings in the clerk's Latvian (timesheets.json keeps the English).
        "warnings": latvian_warnings({"doc_type": "timesheet",
                                      "warnings": sheet.get("warnings") or []}),
    }


def render_timesheets_html(contract: Mapping[str, Any],
                           generated_at: datetime | None = None) -> str:
    """timesheets.json's content as the clerk's HTML page."""
    sheets = [_sheet_view(s) for s in contract.get("sheets", [])]
    current = [s for s in sheets if s["status_class"] != "muted"]
    accepted = sum((Decimal(str(s.get("accepted_hours") or 0)) for s in current), Decimal(0))
    amounts = [Decimal(str((s.get("pay") or {}).get("amount") or 0)) for s in current]
    counts = {key: sum(1 for s in current if s["status_class"] == key)
              for key in ("ok", "review", "refused")}
    template = _environment().get_template("timesheets_template.html")
    return template.render(
        month_lv=month_lv(str(contract["month"])),
        generated=(generated_at or datetime.now()).strftime("%d.%m.%Y. %H:%M"),
        sheets=sheets,
        errors=list(contract.get("errors", [])),
        counts=counts,
        accepted_total=hours_lv(accepted),
        amount_total=money_lv(sum(amounts, Decimal(0))),
        findings_total=sum(len(s["findings"]) for s in current),
    )


def write_timesheets_html(path: Path, contract: Mapping[str, Any]) -> Path:
    return write_text(path, render_timesheets_html(contract))


def _environment() -> jinja2.Environment:
    folder = resources.files(__package__)
    environment = jinja2.Environment(
        loader=jinja2.FunctionLoader(lambda name: (folder / name).read_text(encoding="utf-8")),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    environment.filters["counted"] = counted
    return environment
