"""The derivation of an assessment as text a social worker reads: one line per rule applied."""

from __future__ import annotations

from ..forms.latvian_dates import format_date_numeric, format_period_numeric
from ..forms.vocabulary import SERVICE_KINDS
from .assessment import ACTIVITY_LABELS, Assessment, Reason, number

_MARKS = {"applied": "ok", "limited": "limits", "refused": "ATTEIKUMS", "missing": "TRŪKST"}


def _short_rule(rule: str) -> str:
    """The citation part of a rule ("MK 942 1. pielikums; seed 004"), without the quoted text."""
    head = rule.split(": ", 1)[0]
    return head


def _reason_line(reason: Reason) -> list[str]:
    line = f"  [{_MARKS.get(reason.outcome, reason.outcome)}] {reason.text} " \
           f"({_short_rule(reason.rule)})"
    lines = [line]
    if reason.fields:
        # "a.pdf (application.activities)" x2 -> "a.pdf (application.activities, ...)"
        by_file: dict[str, list[str]] = {}
        for item in reason.fields:
            file, _, used = item.rpartition(" (")
            by_file.setdefault(file or item, []).append(used.rstrip(")"))
        where = [f"{file} ({', '.join(fields)})" for file, fields in by_file.items()]
        lines.append("      dokumenti: " + "; ".join(where))
    elif reason.documents:
        lines.append("      dokumenti: " + "; ".join(reason.documents))
    return lines


def _verdict(assessment: Assessment) -> str:
    if assessment.granted:
        return "PIEŠĶIRT (granted)" + ("; jāpārbauda (needs review)"
                                       if assessment.needs_review else "")
    if assessment.needs_review:
        return "NEVAR IZLEMT: trūkst ziņu (needs review)"
    return "ATTEIKT (refused)"


def explain(assessment: Assessment, *, title: str | None = None) -> str:
    """The readable derivation: the outcome, the figures, then every reason with its rule and
    the documents (file and field) it used. Latvian labels with English in brackets."""
    lines: list[str] = []
    if title:
        lines.append(title)
    service = SERVICE_KINDS.get(assessment.service, assessment.service)
    lines.append(f"Pakalpojums (service): {service}; noteikumi (rule set): {assessment.rule_set}")
    lines.append(f"Lēmums (decision): {_verdict(assessment)}")
    if assessment.granted:
        if assessment.category:
            lines.append(f"Kategorija (category): "
                         f"{ACTIVITY_LABELS.get(assessment.category, assessment.category)}; "
                         f"stundas nedēļā (hours per week): "
                         f"{number(assessment.total_hours_per_week)}; termiņš (term): "
                         f"{assessment.period_months} mēn.")
        elif assessment.unit == "month":
            lines.append(f"Stundas mēnesī (hours per month): {number(assessment.hours_per_month)}")
        else:
            parts = [f"{ACTIVITY_LABELS.get(k, k)} {number(v)}"
                     for k, v in assessment.hours.items()]
            lines.append(f"Stundas nedēļā (hours per week): {', '.join(parts) or '-'}; kopā "
                         f"(total) {number(assessment.total_hours_per_week)}")
            if assessment.benefit_hours_deducted:
                lines.append(f"  no tām asistenta pabalsts sedz "
                             f"{number(assessment.benefit_hours_deducted)} h (benefit hours)")
    if assessment.period:
        lines.append("Periods (period): "
                     + format_period_numeric(assessment.period.start, assessment.period.end))
    if assessment.decision_due:
        lines.append(f"Lēmums jāpieņem līdz (decision due): "
                     f"{format_date_numeric(assessment.decision_due)}")
    lines.append("Pamatojums (reasons):")
    for reason in assessment.reasons:
        lines.extend(_reason_line(reason))
    if assessment.missing:
        lines.append("Trūkstošās ziņas (missing): " + "; ".join(assessment.missing))
    return "\n".join(lines)
