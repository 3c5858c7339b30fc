"""The clerk's report.html: every case at a glance, its findings and documents, in Latvian.

One self-contained page (inline CSS, no scripts, no external assets) rendered with Jinja2,
autoescaped and with StrictUndefined so a value missing from the data fails loudly instead of
rendering as nothing. Links to the originals are relative to the report, so the OUT folder can
be opened on any machine that has the inbox beside it. Personal codes are shown: the clerk
needs them; the report is a working document, never a log.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from importlib import resources
from pathlib import Path
from typing import Any

import jinja2

from .atomic import write_atomic
from .case_checks import ACTIVITY_LV, case_status, low_confidence_fields
from .forms import vocabulary
from .forms.latvian_counts import counted
from .forms.latvian_dates import readable_date, readable_month
from .forms.registry import DOC_TYPES, is_month_field
from .reasons_lv import latvian_warnings, to_latvian
from .rules.config import load_config

STATUS_LV: dict[str, str] = {
    "ok": "Kārtībā",
    "review": "Jāpārbauda",
    "missing": "Trūkst dokumentu",
    "refused": "Atteikums",
}
KIND_LV: dict[str, str] = {
    "missing": "Trūkst",
    "inconsistent": "Nesakrīt",
    "ineligible": "Neatbilst",
    "needs_review": "Jāpārbauda",
}
SERVICE_LV: dict[str, str] = {
    key: value[:1].upper() + value[1:] for key, value in vocabulary.SERVICE_KINDS.items()
}
# Which vocabulary turns a field's contract value into the words a clerk reads.
VALUE_WORDS: dict[str, dict[str, str]] = {
    "service": vocabulary.SERVICE_KINDS,
    "activity_kind": vocabulary.ACTIVITY_KINDS,
    "education_level": vocabulary.EDUCATION_LEVELS,
    "disability_group": vocabulary.DISABILITY_GROUPS,
    "limitations": vocabulary.LIMITATIONS,
    "category": vocabulary.FAMILY_CATEGORIES,
}
MATCHED_BY_LV: dict[str, str] = {
    "opens_case": "atver lietu",
    "personal_code": "pēc personas koda",
    "name_birth_date": "pēc vārda un dzimšanas datuma",
    "name": "tikai pēc vārda",
    "applicant": "iesniedzēja dokuments",
}


def write_report(
    path: Path,
    contract: Mapping[str, Any],
    *,
    records: Mapping[str, Mapping[str, Any]],
    originals: Mapping[str, str],
    min_field_confidence: float,
    generated_at: datetime | None = None,
) -> Path:
    """Render `contract` (cases.json's content) to `path`; `records` give each document's fields."""
    html = render_report(
        contract,
        records=records,
        originals=originals,
        min_field_confidence=min_field_confidence,
        generated_at=generated_at,
    )
    return write_atomic(path, html)


def render_report(
    contract: Mapping[str, Any],
    *,
    records: Mapping[str, Mapping[str, Any]],
    originals: Mapping[str, str],
    min_field_confidence: float,
    generated_at: datetime | None = None,
) -> str:
    """The report as an HTML string."""
    cases = [
        _case_view(case, records, originals, min_field_confidence)
        for case in contract.get("cases", [])
    ]
    status_counts = {key: sum(1 for c in cases if c["status"] == key) for key in STATUS_LV}
    listed = list(contract.get("unassigned", []))
    # A file nothing could be read from (a blank scan, an XFA form) is not "not one of ours":
    # it is listed with the unread files, so the page never says every file was read.
    unread = [
        {"file": u["file"], "error": u.get("reason") or "", "link": originals.get(u["file"])}
        for u in listed
        if u.get("needs_review")
    ]
    errors = [
        {**e, "error": to_latvian(str(e.get("error") or "")), "link": originals.get(e["file"])}
        for e in contract.get("errors", [])
    ]
    template = _environment().get_template("report_template.html")
    return template.render(
        generated=(generated_at or datetime.now()).strftime("%d.%m.%Y. %H:%M"),
        cases=cases,
        status_counts=status_counts,
        status_lv=STATUS_LV,
        unassigned=[
            {**u, "link": originals.get(u["file"]), "title": doc_title(u.get("doc_type")),
             "notes": latvian_warnings(records.get(u["file"], {}))}
            for u in listed
            if not u.get("needs_review")
        ],
        errors=[*errors, *unread],
    )


def doc_title(doc_type: str | None) -> str:
    """The Latvian title of a document type, from the forms registry; the type itself otherwise."""
    key = doc_type or "unknown"
    spec = DOC_TYPES.get(key)
    return spec.title if spec is not None else key


def field_label(doc_type: str | None, name: str) -> str:
    """The Latvian label of a field, from the forms registry; the field name otherwise."""
    spec = DOC_TYPES.get(doc_type or "")
    return (spec.labels.get(name) if spec is not None else None) or name


def _case_view(
    case: Mapping[str, Any],
    records: Mapping[str, Mapping[str, Any]],
    originals: Mapping[str, str],
    threshold: float,
) -> dict[str, Any]:
    findings = list(case.get("findings", []))
    assessment = case.get("assessment")
    documents = []
    for document in case.get("documents", []):
        record = records.get(document["file"], {})
        unsure = set(low_confidence_fields(dict(record), threshold))
        confidence = record.get("field_confidence") or {}
        documents.append(
            {
                "file": document["file"],
                "link": originals.get(document["file"]),
                "json": document.get("json"),
                "title": doc_title(document.get("doc_type")),
                "matched_by": MATCHED_BY_LV.get(str(document.get("matched_by")), ""),
                "text_source": record.get("text_source"),
                "fields": [
                    {
                        "label": field_label(document.get("doc_type"), name),
                        "value": _value_text(
                            readable_month(value) if is_month_field(document.get("doc_type"), name)
                            else value,
                            VALUE_WORDS.get(name),
                        ),
                        "unsure": name in unsure,
                        "confidence": confidence.get(name),
                    }
                    for name, value in (record.get("fields") or {}).items()
                    if value not in (None, "", [], {})
                ],
                "unsure_count": len(unsure),
                # The reader's warnings in the clerk's Latvian (the record keeps the English).
                "notes": latvian_warnings(record),
            }
        )
    return {
        "case_id": case.get("case_id"),
        "service": SERVICE_LV.get(str(case.get("service")), case.get("service") or "-"),
        "client": case.get("client") or {},
        "applicant": case.get("applicant") or {},
        "self_applied": (case.get("applicant") or {}) == (case.get("client") or {}),
        "status": case_status(findings, assessment),
        "findings": [
            {
                # Findings from other modules may lack a key: the page shows a dash, not a crash.
                "kind": f.get("kind", ""),
                "message": f.get("message", ""),
                "rule": f.get("rule") or "—",
                "kind_lv": KIND_LV.get(f.get("kind", ""), f.get("kind", "")),
                "links": [(d, originals.get(d)) for d in f.get("documents", [])],
            }
            for f in findings
        ],
        "kind_counts": {k: sum(1 for f in findings if f.get("kind") == k) for k in KIND_LV},
        "assessment": _assessment_view(assessment),
        "documents": documents,
    }


def _assessment_view(assessment: Mapping[str, Any] | None) -> dict[str, Any] | None:
    if not assessment:
        return None
    hours = assessment.get("hours") or {}
    period = assessment.get("period") or {}
    return {
        "granted": assessment.get("granted"),
        "rule_set": (load_config().rule_set_name(assessment["rule_set"])
                     if assessment.get("rule_set") else None),
        "hours": [(ACTIVITY_LV.get(k, k), v) for k, v in hours.items()],
        "total": assessment.get("total_hours_per_week"),
        # mk316 grants hours per month (domain.md); the page shows whichever unit was used.
        "per_month": assessment.get("hours_per_month"),
        "period": (readable_date(period.get("from")), readable_date(period.get("to")))
        if period else None,
        "decision_due": readable_date(assessment.get("decision_due")),
        "reasons": list(assessment.get("reasons") or []),
    }


def _value_text(value: object, words: Mapping[str, str] | None = None) -> str:
    """A field value as a clerk reads it: Latvian words for codes, `jā`/`nē`, lists joined."""
    if isinstance(value, bool):
        return "jā" if value else "nē"
    if isinstance(value, list):
        return "; ".join(_value_text(v, words) for v in value)
    if isinstance(value, dict):
        if "unsigned_dates" in value:  # a timesheet's signatures (extract/timesheet_rows.py)
            return _signatures_text(value)
        if "kind" in value:
            kind = ACTIVITY_LV.get(str(value["kind"]), str(value["kind"]))
            hours = value.get("hours_per_week")
            return f"{kind}: {hours:g} h nedēļā" if isinstance(hours, int | float) else kind
        return ", ".join(f"{k}: {_value_text(v)}" for k, v in value.items())
    if isinstance(value, float):
        return f"{value:g}"
    if words and isinstance(value, str) and value in words:
        return words[value]
    return str(readable_date(value))


def _signatures_text(value: Mapping[str, Any]) -> str:
    parts = [f"{who}: {'parakstīts' if value.get(key) else 'nav paraksta'}"
             for key, who in (("assistant", "asistents"), ("client", "klients"))
             if value.get(key) is not None]
    if value.get("unsigned_dates"):
        parts.append("neparakstītas dienas: "
                     + ", ".join(str(readable_date(d)) for d in value["unsigned_dates"]))
    return "; ".join(parts) or "—"


def _environment() -> jinja2.Environment:
    template_dir = resources.files("asistents")
    environment = jinja2.Environment(
        loader=jinja2.FunctionLoader(
            lambda name: (template_dir / name).read_text(encoding="utf-8")
        ),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    environment.filters["counted"] = counted
    return environment


__all__ = ["KIND_LV", "STATUS_LV", "doc_title", "field_label", "render_report", "write_report"]
