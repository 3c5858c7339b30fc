"""What a decision template is filled with: one case's facts, assessment and issuer, in Latvian.

`decision_document()` chooses the template (grant, refusal, family assistant grant) and builds
its context. Pure: no store, and no files but the template names.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ..forms.latvian_dates import format_date_numeric, iso_date
from ..forms.registry import DOC_TYPES
from ..forms.vocabulary import ACTIVITY_KINDS
from ..rules import Assessment, CaseFacts, RulesConfig
from .latvian import (
    date_genitive,
    date_locative,
    dative,
    figure,
    genitive,
    name_gender,
    noun_form,
    period_text,
    quantity,
)
from .municipality import Municipality
from .reasoning import VDEAVK, Reasoning

GRANT_TEMPLATE = "lemums_asistents_pieskirt.docx"
REFUSAL_TEMPLATE = "lemums_atteikums.docx"
FAMILY_TEMPLATE = "lemums_gimenes_asistents.docx"

# Documents that are not part of what a decision answers (the monthly timesheets).
_NOT_EVIDENCE = {"timesheet", "unknown"}

# The acts a decision's legal basis names (domain.md "Citing sources"); the rule set's own
# title comes from rule_sets.yaml and the municipality's binding rules from its settings.
_ASSISTANT_ACTS = ("Invaliditātes likuma 12. pants",
                   "Sociālo pakalpojumu un sociālās palīdzības likums")
_PROCEDURE = "Administratīvā procesa likuma 67. pants"

_SERVICE_FORMS = {
    # (genitive, accusative) of the service's name
    "assistant": ("asistenta pakalpojuma", "asistenta pakalpojumu"),
    "family_assistant": ("ģimenes asistenta pakalpojuma", "ģimenes asistenta pakalpojumu"),
}


@dataclass(frozen=True)
class Earlier:
    """A decision the new one replaces: its number and the day it was issued."""

    number: str
    issued_on: date


@dataclass
class DecisionDocument:
    """The template to fill, its context and texts the finished DOCX and PDF must hold."""

    template: str
    context: dict[str, Any]
    kind: str  # grant | refusal | family
    must_contain: list[str] = field(default_factory=list)


def _latest(records: list[dict[str, Any]], doc_type: str, day_field: str) -> dict[str, Any]:
    found = [r for r in records if r.get("doc_type") == doc_type and not r.get("error")]
    if not found:
        return {}
    latest = max(found, key=lambda r: iso_date((r.get("fields") or {}).get(day_field)) or date.min)
    return dict(latest.get("fields") or {})


def _issuer(record: dict[str, Any], municipality: Municipality) -> str:
    f = record.get("fields") or {}
    doc_type = record.get("doc_type")
    if doc_type == "application":
        return str(f.get("applicant_name") or f.get("client_name") or "—")
    if doc_type == "commission_opinion":
        return f"{VDEAVK} (VDEĀVK)"
    if doc_type == "social_worker_opinion":
        return municipality.service["name"]
    if doc_type == "representation_document":
        return str(f.get("basis") or "—")
    return str(f.get("employer_name") or f.get("institution_name") or "—")


def documents_table(records: list[dict[str, Any]], municipality: Municipality
                    ) -> list[dict[str, str]]:
    """One row per document the decision rests on: title, issuer, date, number."""
    rows = []
    evidence = [r for r in records
                if r.get("doc_type") not in _NOT_EVIDENCE and not r.get("error")]
    order = list(DOC_TYPES)
    evidence.sort(key=lambda r: (order.index(r["doc_type"]) if r.get("doc_type") in order
                                 else len(order), str(r.get("file"))))
    for n, record in enumerate(evidence, start=1):
        f = record.get("fields") or {}
        spec = DOC_TYPES.get(str(record.get("doc_type")))
        issued = iso_date(f.get("issued_on") or f.get("submitted_on"))
        rows.append({
            "n": f"{n}.",
            "title": spec.title if spec else str(record.get("doc_type")),
            "issuer": _issuer(record, municipality),
            "date": format_date_numeric(issued) if issued else "—",
            "number": str(f.get("opinion_no") or "—"),
        })
    return rows


def _role(name: str, case: str) -> str:
    feminine = name_gender(name) == "feminine"
    forms = {
        "dative": ("likumiskajai pārstāvei", "likumiskajam pārstāvim"),
        "genitive": ("likumiskās pārstāves", "likumiskā pārstāvja"),
    }[case]
    return forms[0] if feminine else forms[1]


def _people(case: dict[str, Any], application: dict[str, Any]
            ) -> tuple[dict[str, Any], list[dict[str, str]], str]:
    client = case.get("client") or {}
    name = str(client.get("name") or application.get("client_name") or "")
    code = client.get("personal_code") or application.get("client_personal_code")
    addressee = {
        "name_dative": dative(name),
        "personal_code": code,
        "address": application.get("address"),
    }
    applicant = case.get("applicant") or {}
    a_code = applicant.get("personal_code") or application.get("applicant_personal_code")
    a_name = str(applicant.get("name") or application.get("applicant_name") or "")
    representatives: list[dict[str, str]] = []
    applicant_genitive = genitive(name)
    if a_code and code and a_code != code and a_name:
        representatives.append({
            "role_dative": _role(a_name, "dative")[:1].upper() + _role(a_name, "dative")[1:],
            "name_dative": dative(a_name),
            "personal_code": a_code,
        })
        applicant_genitive = f"{genitive(name)} {_role(a_name, 'genitive')} {genitive(a_name)}"
    return addressee, representatives, applicant_genitive


def _requested(application: dict[str, Any]) -> str:
    parts = []
    for item in application.get("activities") or []:
        if not isinstance(item, dict) or item.get("kind") not in ACTIVITY_KINDS:
            continue
        label = ACTIVITY_KINDS[item["kind"]]
        asked = item.get("hours_per_week")
        if isinstance(asked, int | float) and not isinstance(asked, bool):
            parts.append(f"{label} – {figure(asked)} {noun_form(asked)} nedēļā")
        else:
            parts.append(label)
    return (" šādām aktivitātēm: " + "; ".join(parts)) if parts else ""


def _legal_basis(assessment: Assessment, config: RulesConfig, municipality: Municipality,
                 ) -> str:
    if assessment.service == "family_assistant":
        acts = ["Sociālo pakalpojumu un sociālās palīdzības likums",
                municipality.data["family_assistant_rules"], _PROCEDURE]
    else:
        rule_set = config.rule_sets.get(assessment.rule_set)
        acts = [*_ASSISTANT_ACTS, *([rule_set.title] if rule_set else []), _PROCEDURE]
    return "; ".join(acts)


def _grant_rows(assessment: Assessment) -> list[dict[str, str]]:
    a = assessment
    if a.unit == "month":
        what = ("pavadoņa pakalpojums" if a.track == "companion"
                else "asistenta pakalpojums bērnam ar īpašas kopšanas nepieciešamību")
        return [{"activity": what, "hours": figure(a.hours_per_month or 0)}]
    rows = [{"activity": ACTIVITY_KINDS.get(kind, kind), "hours": figure(h)}
            for kind, h in a.hours.items()]
    subtotal = sum(a.hours.values())
    assessed = a.assessed_hours_per_week if a.assessed_hours_per_week is not None else subtotal
    if subtotal > assessed:
        rows.append({"activity": f"Kopā, nepārsniedzot {figure(a.total_cap or assessed)} "
                                 "stundas nedēļā", "hours": figure(assessed)})
    if a.benefit_hours_deducted:
        rows.append({"activity": "Sedz valsts pabalsts par asistenta izmantošanu (pirmās "
                                 "stundas)", "hours": "−" + figure(a.benefit_hours_deducted)})
    return rows


def decision_document(
    *,
    case: dict[str, Any],
    records: list[dict[str, Any]],
    facts: CaseFacts,
    assessment: Assessment,
    config: RulesConfig,
    municipality: Municipality,
    number: str,
    issued_on: date,
    replaces: list[Earlier] | None = None,
) -> DecisionDocument:
    """The decision on one assessed case: grant, refusal or family assistant grant."""
    application = _latest(records, "application", "submitted_on")
    addressee, representatives, applicant_genitive = _people(case, application)
    applied = facts.application_date or facts.received_on
    reasoning = Reasoning(facts, assessment, records, config)
    granted = assessment.granted and assessment.period is not None
    family = assessment.service == "family_assistant"
    kind = "family" if granted and family else "grant" if granted else "refusal"
    paragraphs = reasoning.grant() if granted else reasoning.refusal()
    service = "family_assistant" if family else "assistant"
    genitive_form, accusative_form = _SERVICE_FORMS[service]
    signer = municipality.signer("decision")
    context: dict[str, Any] = {
        "municipality": municipality.context(),
        "decision": {
            "number": number,
            "date": date_locative(issued_on),
            "replaces": [{"number": e.number, "date": date_genitive(e.issued_on)}
                         for e in replaces or []],
        },
        "addressee": addressee,
        "representatives": representatives,
        "application": {
            "applicant_genitive": applicant_genitive,
            "date": date_genitive(applied) if applied else None,
            "registration": case.get("case_id"),
            "requested": _requested(application) if service == "assistant" else "",
        },
        "documents": documents_table(records, municipality),
        "reasons": [{"n": f"2.{i}", "text": p.text.rstrip("."), "source": p.source}
                    for i, p in enumerate(paragraphs, start=1)],
        "legal_basis": _legal_basis(assessment, config, municipality),
        "signer": {"name": signer.name, "position": signer.position},
    }
    # What the finished document must be seen to say (the DOCX read-back and the PDF check).
    # Not every string of the context: a municipality may drop a line from its template.
    must = [addressee["name_dative"], str(addressee["personal_code"]), number,
            context["decision"]["date"], "viena mēneša laikā no tā spēkā stāšanās dienas",
            *(r["name_dative"] for r in representatives)]
    if kind == "refusal":
        context["service"] = {"genitive": genitive_form, "accusative": accusative_form}
        context["refusal"] = {"grounds": [
            {"n": f"{i}", "text": reasoning.ground(r)}
            for i, r in enumerate(_unique(reasoning.grounds(), reasoning), start=1)]}
        template = REFUSAL_TEMPLATE
    else:
        assert assessment.period is not None
        span = period_text(assessment.period.start, assessment.period.end)
        if family:
            category = config.family.categories.get(assessment.category or "")
            context["grant"] = {
                "category": category.label if category else str(assessment.category),
                "total": quantity(assessment.total_hours_per_week or 0),
                "period": span,
                "tasks": [{"n": f"{i}", "text": t,
                           "end": "." if i == len(facts.family_tasks) else ";"}
                          for i, t in enumerate(facts.family_tasks, start=1)],
            }
            opinion = _latest(records, "social_worker_opinion", "issued_on")
            issued = iso_date(opinion.get("issued_on"))
            context["opinion"] = {"sentence": (
                f"{municipality.service['name_genitive']} sociālais darbinieks "
                + (f"{date_genitive(issued)} " if issued else "")
                + f"atzinumā konstatējis, ka {addressee['name_dative']} nepieciešams ģimenes "
                "asistenta pakalpojums, un noteicis pakalpojuma apjomu, termiņu un ģimenes "
                "asistenta uzdevumus.")}
            template = FAMILY_TEMPLATE
        else:
            monthly = assessment.unit == "month"
            total = (assessment.hours_per_month if monthly
                     else assessment.total_hours_per_week) or 0
            context["grant"] = {
                "period": span,
                "unit_heading": "Stundas mēnesī" if monthly else "Stundas nedēļā",
                "unit_words": "mēnesī" if monthly else "nedēļā",
                "rows": _grant_rows(assessment),
                "total": quantity(total),
            }
            template = GRANT_TEMPLATE
        must.append(context["grant"]["total"])
    return DecisionDocument(template=template, context=context, kind=kind, must_contain=must)


def _unique(reasons: list[Any], reasoning: Reasoning) -> list[Any]:
    seen: set[str] = set()
    out = []
    for reason in reasons:
        text = reasoning.ground(reason)
        if text not in seen:
            seen.add(text)
            out.append(reason)
    return out


__all__ = [
    "FAMILY_TEMPLATE",
    "GRANT_TEMPLATE",
    "REFUSAL_TEMPLATE",
    "DecisionDocument",
    "Earlier",
    "decision_document",
    "documents_table",
]
