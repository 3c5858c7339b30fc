"""Checking one case's paperwork: what is missing, what disagrees, what needs a human look.

Pure: a `CaseDraft` from `case_grouping` in, a list of `Finding`s out; every problem is
collected (a clerk fixes a case in one go, not one finding per run). Eligibility itself
(group, hours, duration) is `asistents.rules`; this module checks the documents.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from importlib import resources
from typing import Any, Literal, Protocol

import yaml

from .case_grouping import CaseDraft, Person, normalise_code, normalise_name, subject_of
from .errors import ConfigError
from .forms.latvian_dates import format_date_numeric, iso_date
from .forms.personal_code import age_on, is_valid_personal_code
from .forms.registry import DOC_TYPES
from .forms.vocabulary import ACTIVITY_KINDS

FindingKind = Literal["missing", "inconsistent", "ineligible", "needs_review"]
Record = dict[str, Any]

# The certificate that proves each claimed activity (domain.md, seed 004 "Documents" 4).
CERTIFICATE_FOR_ACTIVITY: dict[str, str] = {
    "work": "employer_certificate",
    "education": "school_certificate",
    "higher_education": "school_certificate",
    "day_centre": "activity_certificate",
    "institutions": "activity_certificate",
    "ngo": "activity_certificate",
    "leisure": "activity_certificate",
}
CERTIFICATE_TYPES = frozenset(CERTIFICATE_FOR_ACTIVITY.values())

# Fields that hold a personal code, per doc_type (DESIGN.md contract).
PERSONAL_CODE_FIELDS: dict[str, tuple[str, ...]] = {
    "application": ("client_personal_code", "applicant_personal_code"),
    "employer_certificate": ("personal_code",),
    "school_certificate": ("personal_code",),
    "activity_certificate": ("personal_code",),
    "commission_opinion": ("personal_code",),
    "representation_document": ("personal_code", "representative_personal_code"),
    "social_worker_opinion": ("personal_code",),
    "timesheet": ("client_personal_code", "assistant_personal_code"),
}

# The rules the checks come from, in Latvian, as data (check_rules.yaml): the clerk reads them
# under each finding, so they name the acts by their public names.
def _check_rules_data() -> dict[str, Any]:
    text = resources.files("asistents").joinpath("check_rules.yaml").read_text("utf-8")
    data = yaml.safe_load(text) or {}
    rules, flags = data.get("rules"), data.get("reading_flags")
    wanted = ("activity_proof", "same_person", "opinion_valid", "child_age", "hours_supported",
              "certificate_age", "personal_code", "low_confidence", "representative", "reading")
    if not isinstance(rules, dict) or any(not isinstance(rules.get(k), str) or not rules[k]
                                          for k in wanted):
        raise ConfigError(f"rules: needs a text for each of {', '.join(wanted)}",
                          file="asistents/check_rules.yaml")
    if not isinstance(flags, dict) or any(not isinstance(v, str) or not v
                                          for v in flags.values()):
        raise ConfigError("reading_flags: a Latvian message for each flag",
                          file="asistents/check_rules.yaml")
    return data


def _check_rules() -> dict[str, str]:
    return dict(_check_rules_data()["rules"])


_RULES = _check_rules()
RULE_ACTIVITY_PROOF = _RULES["activity_proof"]
RULE_SAME_PERSON = _RULES["same_person"]
RULE_OPINION_VALID = _RULES["opinion_valid"]
RULE_CHILD_AGE = _RULES["child_age"]
RULE_HOURS_SUPPORTED = _RULES["hours_supported"]
RULE_CERTIFICATE_AGE = _RULES["certificate_age"]
RULE_PERSONAL_CODE = _RULES["personal_code"]
RULE_LOW_CONFIDENCE = _RULES["low_confidence"]
RULE_REPRESENTATIVE = _RULES["representative"]
RULE_READING = _RULES["reading"]
# What reading noticed that a person must act on, by the record's flag (extract.api, preflight).
READING_FLAGS: dict[str, str] = {
    flag: str(text) for flag, text in _check_rules_data()["reading_flags"].items()
}


class RequirementLike(Protocol):
    """What `asistents.forms.required_documents` returns per required document."""

    doc_type: str
    activity: str | None
    rule: str
    label_lv: str


RequirementsFor = Callable[[CaseDraft], Sequence[RequirementLike]]


@dataclass(frozen=True, slots=True)
class CheckSettings:
    """Thresholds a municipality may set; the defaults are the service's usual practice."""

    # Unconfirmed in the seeds: social services ask for certificates issued within about
    # three months of the application. A setting, not a rule.
    max_certificate_age_days: int = 92
    min_field_confidence: float = 0.75
    # Issue 11 counts a value as confidently read from 0.9 (the reader's calibration aims
    # there); between the two a value is no finding, but the review desk asks for a glance.
    confident_from: float = 0.9
    child_age_from: int = 5
    child_age_until: int = 18  # up to the 18th birthday
    # When asistents.rules assesses the case it reports a child under 5 as ineligible itself;
    # the checks then keep only the inconsistency (a child's opinion for an adult).
    eligibility_from_rules: bool = False

    def __post_init__(self) -> None:
        if self.max_certificate_age_days < 0:
            raise ValueError("max_certificate_age_days must not be negative")
        if not 0.0 <= self.min_field_confidence <= 1.0:
            raise ValueError("min_field_confidence must be between 0 and 1")
        if not self.min_field_confidence <= self.confident_from <= 1.0:
            raise ValueError("confident_from must lie between min_field_confidence and 1")


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem with a case: its kind, the rule, a Latvian message, the documents involved."""

    kind: FindingKind
    rule: str
    message: str
    documents: tuple[str, ...] = ()
    doc_type: str | None = None
    activity: str | None = None
    fields: tuple[str, ...] = field(default=())

    def to_contract(self) -> dict[str, Any]:
        out: dict[str, Any] = {"kind": self.kind}
        # A missing finding always names what is missing; the others name the document type
        # (and activity) they are about when there is one, an addition to the contract.
        if self.kind == "missing" or self.doc_type:
            out["doc_type"] = self.doc_type
        if self.kind == "missing" or self.activity:
            out["activity"] = self.activity
        out["rule"] = self.rule
        out["message"] = self.message
        out["documents"] = list(self.documents)
        if self.fields:
            out["fields"] = list(self.fields)
        return out


def check_case(
    case: CaseDraft,
    requirements: Sequence[RequirementLike],
    settings: CheckSettings | None = None,
) -> list[Finding]:
    """Every finding for one case, in the order a clerk works through them."""
    settings = settings or CheckSettings()
    findings: list[Finding] = []
    findings += missing_documents(case, requirements, settings)
    findings += personal_code_checksums(case)
    findings += same_person(case)
    findings += representative_matches(case)
    findings += opinion_validity(case)
    findings += child_age(case, settings)
    findings += activity_mismatch(case)
    findings += hours_supported(case)
    findings += certificate_age(case, settings)
    findings += low_confidence(case, settings)
    findings += reading_flags(case)
    return findings


CaseStatus = Literal["refused", "missing", "review", "ok"]


def case_status(
    findings: Iterable[dict[str, Any]], assessment: dict[str, Any] | None
) -> CaseStatus:
    """The case at a glance: refused > documents missing > needs a look > in order."""
    kinds = {f.get("kind") for f in findings}
    if "ineligible" in kinds:
        return "refused"
    if "missing" in kinds:
        return "missing"
    if kinds & {"inconsistent", "needs_review"}:
        return "review"
    # The rules refuse for missing facts too; that is a look, not a refusal, once explained.
    if assessment is not None and assessment.get("granted") is False:
        return "refused"
    return "ok"


# --- what is there -------------------------------------------------------------------------


def application_of(case: CaseDraft) -> Record | None:
    """The case's application (the earliest submitted, when there are several)."""
    applications = case.of_type("application")
    if not applications:
        return None
    return min(applications, key=lambda r: (_field(r, "submitted_on") or "9999", r["file"]))


def application_date(case: CaseDraft) -> date | None:
    application = application_of(case)
    return iso_date(_field(application, "submitted_on")) if application else None


def claimed_activities(case: CaseDraft) -> list[dict[str, Any]]:
    """The application's activities, `[{kind, hours_per_week}]`; none without an application."""
    application = application_of(case)
    activities = _field(application, "activities") if application else None
    return [a for a in activities or [] if isinstance(a, dict) and a.get("kind")]


def activity_of_certificate(record: Record) -> str | None:
    """Which activity a certificate proves; None when it does not say."""
    doc_type = record.get("doc_type")
    if doc_type == "employer_certificate":
        return "work"
    if doc_type == "school_certificate":
        level = _field(record, "education_level")
        if level == "higher":
            return "higher_education"
        return "education" if level in ("general", "vocational") else None
    if doc_type == "activity_certificate":
        kind = _field(record, "activity_kind")
        return kind if isinstance(kind, str) else None
    return None


def match_certificates(case: CaseDraft, activities: Iterable[str]) -> dict[str, Record | None]:
    """Pair each claimed activity with one certificate of its own (one per activity).

    A certificate that says its activity is used for that activity first; then one that
    does not say; last, one of the right type that names another activity (a school
    certificate read as "higher" for a claimed "education"): the paper is there, and
    `activity_mismatch` asks the clerk about it instead of calling it missing.
    """
    free = [r for r in case.documents if r.get("doc_type") in CERTIFICATE_TYPES]
    wanted = list(dict.fromkeys(activities))
    paired: dict[str, Record | None] = dict.fromkeys(wanted)
    for strictness in ("same", "unstated", "other"):
        for activity in wanted:
            if paired[activity] is not None:
                continue
            for record in free:
                if record.get("doc_type") != CERTIFICATE_FOR_ACTIVITY.get(activity):
                    continue
                proves = activity_of_certificate(record)
                fits = {
                    "same": proves == activity,
                    "unstated": proves is None,
                    "other": True,
                }[strictness]
                if fits:
                    paired[activity] = record
                    free.remove(record)
                    break
    return paired


# --- the checks ----------------------------------------------------------------------------


def missing_documents(
    case: CaseDraft,
    requirements: Sequence[RequirementLike],
    settings: CheckSettings | None = None,
) -> list[Finding]:
    """A required document that is not in the case; activity certificates one per activity.

    An activity certificate is only "missing" when the claimed activities were read surely:
    from an activity list read with low confidence, the gap is a question for the clerk
    (needs_review), not a fact to write to the applicant.
    """
    settings = settings or CheckSettings()
    findings: list[Finding] = []
    per_activity = [r for r in requirements if r.activity]
    paired = match_certificates(case, [r.activity for r in per_activity if r.activity])
    application = application_of(case)
    activities_unsure = bool(application) and "activities" in low_confidence_fields(
        application or {}, settings.min_field_confidence
    )
    for requirement in requirements:
        if requirement.activity:
            present = paired.get(requirement.activity) is not None
        else:
            present = bool(case.of_type(requirement.doc_type))
        if present:
            continue
        message = f"Nav iesniegts: {requirement.label_lv}"
        kind: FindingKind = "missing"
        if requirement.activity:
            message += f" (darbība: {ACTIVITY_LV.get(requirement.activity, requirement.activity)})"
            if activities_unsure:
                kind = "needs_review"
                message += "; aktivitāšu saraksts nolasīts nedroši: vai šī darbība ir pieteikta?"
        findings.append(
            Finding(
                kind=kind,
                rule=requirement.rule,
                message=message + ".",
                documents=_files(case.of_type("application")),
                doc_type=requirement.doc_type,
                activity=requirement.activity,
            )
        )
    return findings


def personal_code_checksums(case: CaseDraft) -> list[Finding]:
    """A personal code whose checksum fails: misread or mistyped, never silently corrected."""
    findings: list[Finding] = []
    for record in case.documents:
        for name in PERSONAL_CODE_FIELDS.get(str(record.get("doc_type")), ()):
            code = _field(record, name)
            if not code or is_valid_personal_code(str(code)):
                continue
            findings.append(
                Finding(
                    kind="inconsistent",
                    rule=RULE_PERSONAL_CODE,
                    message=(
                        f"Personas kods laukā “{field_label(record, name)}” neatbilst "
                        "kontrolciparam: pārbaudiet dokumentā."
                    ),
                    documents=(str(record["file"]),),
                    doc_type=str(record.get("doc_type")),
                    fields=(name,),
                )
            )
    return findings


def same_person(case: CaseDraft) -> list[Finding]:
    """Every document about the client names the client with the same code and name."""
    findings: list[Finding] = []
    client = case.client
    for record in case.documents:
        if case.matched_by.get(str(record["file"])) == "applicant":
            continue  # a document about the applicant, not the client
        subject = subject_of(record)
        different: list[str] = []
        if (
            subject.personal_code
            and client.personal_code
            and (subject.personal_code != client.personal_code)
        ):
            different.append("personas kods")
        if (
            subject.name
            and client.name
            and normalise_name(subject.name) != normalise_name(client.name)
        ):
            different.append("vārds, uzvārds")
        if different:
            findings.append(
                Finding(
                    kind="inconsistent",
                    rule=RULE_SAME_PERSON,
                    message=(
                        f"Dokumentā atšķiras {' un '.join(different)} no iesniegumā "
                        f"norādītā klienta ({client.name or '-'})."
                    ),
                    documents=_files([*case.of_type("application")[:1], record]),
                    doc_type=str(record.get("doc_type")),
                )
            )
    return findings


def representative_matches(case: CaseDraft) -> list[Finding]:
    """The representation document names the person who signed the application."""
    application = application_of(case)
    if application is None:
        return []
    applicant = Person(
        _field(application, "applicant_name"),
        normalise_code(_field(application, "applicant_personal_code")),
    )
    findings: list[Finding] = []
    for record in case.of_type("representation_document"):
        representative = Person(
            _field(record, "representative_name"),
            normalise_code(_field(record, "representative_personal_code")),
        )
        code_differs = (
            applicant.personal_code
            and representative.personal_code
            and applicant.personal_code != representative.personal_code
        )
        name_differs = (
            applicant.name
            and representative.name
            and normalise_name(applicant.name) != normalise_name(representative.name)
        )
        if code_differs or name_differs:
            findings.append(
                Finding(
                    kind="inconsistent",
                    rule=RULE_REPRESENTATIVE,
                    message=(
                        "Pārstāvības dokumentā minētais pārstāvis nav iesnieguma iesniedzējs."
                    ),
                    documents=_files([application, record]),
                    doc_type="representation_document",
                )
            )
    return findings


def opinion_validity(case: CaseDraft) -> list[Finding]:
    """The VDEĀVK opinion is valid on the day the application was submitted."""
    applied = application_date(case)
    if applied is None:
        return []
    findings: list[Finding] = []
    for record in case.of_type("commission_opinion"):
        valid_from = iso_date(_field(record, "valid_from"))
        valid_until = iso_date(_field(record, "valid_until"))
        if valid_from and applied < valid_from:
            why = f"stājas spēkā tikai {format_date_numeric(valid_from)}"
        elif valid_until and applied > valid_until:
            why = f"bija derīgs līdz {format_date_numeric(valid_until)}"
        else:
            continue
        findings.append(
            Finding(
                kind="inconsistent",
                rule=RULE_OPINION_VALID,
                # The date's own full stop ends the sentence ("iesniegts 31.12.2020.").
                message=(f"VDEĀVK atzinums {why}, bet iesniegums iesniegts "
                         f"{format_date_numeric(applied)}"),
                documents=_files([*case.of_type("application")[:1], record]),
                doc_type="commission_opinion",
            )
        )
    return findings


def child_age(case: CaseDraft, settings: CheckSettings) -> list[Finding]:
    """A child client of the assistant service is 5 to 18 on the application date."""
    applied = application_date(case)
    code = case.client.personal_code
    if applied is None or not code or case.service not in (None, "assistant"):
        return []
    age = age_on(code, applied)  # None for a code without a birth date; never raises
    if age is None:
        return []
    opinions = case.of_type("commission_opinion")
    child_opinion = [r for r in opinions if _field(r, "disability_group") == "child"]
    applies_as_child = bool(child_opinion) or age < settings.child_age_until
    if not applies_as_child or settings.child_age_from <= age < settings.child_age_until:
        return []
    if age < settings.child_age_from and settings.eligibility_from_rules:
        return []
    return [
        Finding(
            kind="ineligible" if age < settings.child_age_from else "inconsistent",
            rule=RULE_CHILD_AGE,
            message=(
                f"Klientam iesnieguma dienā ir {age} gadi; bērnam pakalpojums pienākas "
                f"no {settings.child_age_from} līdz {settings.child_age_until} gadu vecumam."
            ),
            documents=_files([*case.of_type("application")[:1], *child_opinion]),
            doc_type="application",
        )
    ]


def activity_mismatch(case: CaseDraft) -> list[Finding]:
    """A certificate standing in for a claimed activity says it proves another one."""
    activities = [str(a["kind"]) for a in claimed_activities(case)]
    findings: list[Finding] = []
    for activity, certificate in match_certificates(case, activities).items():
        proves = activity_of_certificate(certificate) if certificate else None
        if certificate is None or proves is None or proves == activity:
            continue
        findings.append(
            Finding(
                kind="inconsistent",
                rule=RULE_ACTIVITY_PROOF,
                message=(
                    f"Pieteikta darbība “{ACTIVITY_LV.get(activity, activity)}”, bet izziņa "
                    f"apliecina “{ACTIVITY_LV.get(proves, proves)}”: pārbaudiet izziņu."
                ),
                documents=_files([*case.of_type("application")[:1], certificate]),
                doc_type=str(certificate.get("doc_type")),
                activity=activity,
            )
        )
    return findings


def hours_supported(case: CaseDraft) -> list[Finding]:
    """The hours claimed for an activity are no more than its certificate supports."""
    activities = claimed_activities(case)
    paired = match_certificates(case, [str(a["kind"]) for a in activities])
    findings: list[Finding] = []
    for activity in activities:
        certificate = paired.get(str(activity["kind"]))
        claimed = _number(activity.get("hours_per_week"))
        supported = _number(_field(certificate, "hours_per_week")) if certificate else None
        if certificate is None or claimed is None or supported is None or claimed <= supported:
            continue
        findings.append(
            Finding(
                kind="inconsistent",
                rule=RULE_HOURS_SUPPORTED,
                message=(
                    f"Iesniegumā darbībai “{ACTIVITY_LV.get(activity['kind'], activity['kind'])}” "
                    f"prasītas {_hours(claimed)} h nedēļā, izziņa apliecina {_hours(supported)} h."
                ),
                documents=_files([*case.of_type("application")[:1], certificate]),
                doc_type=str(certificate.get("doc_type")),
                activity=str(activity["kind"]),
            )
        )
    return findings


def certificate_age(case: CaseDraft, settings: CheckSettings) -> list[Finding]:
    """A certificate issued long before the application may no longer be true."""
    applied = application_date(case)
    if applied is None:
        return []
    oldest = applied - timedelta(days=settings.max_certificate_age_days)
    findings: list[Finding] = []
    for record in case.documents:
        if record.get("doc_type") not in CERTIFICATE_TYPES:
            continue
        issued = iso_date(_field(record, "issued_on"))
        if issued is None or issued >= oldest:
            continue
        findings.append(
            Finding(
                kind="inconsistent",
                rule=RULE_CERTIFICATE_AGE,
                message=(
                    f"Izziņa izsniegta {format_date_numeric(issued)}, vairāk nekā "
                    f"{settings.max_certificate_age_days} dienas pirms iesnieguma "
                    f"({format_date_numeric(applied)}): pieprasiet jaunu."
                ),
                documents=(str(record["file"]),),
                doc_type=str(record.get("doc_type")),
            )
        )
    return findings


def low_confidence(case: CaseDraft, settings: CheckSettings) -> list[Finding]:
    """Fields the extractor was unsure of: a person compares them with the paper."""
    findings: list[Finding] = []
    for record in case.documents:
        unsure = low_confidence_fields(record, settings.min_field_confidence)
        if not unsure:
            continue
        findings.append(
            Finding(
                kind="needs_review",
                rule=RULE_LOW_CONFIDENCE,
                message=(
                    "Nedroši nolasīti lauki: "
                    f"{', '.join(field_label(record, name) for name in unsure)}; "
                    "salīdziniet ar oriģinālu."
                ),
                documents=(str(record["file"]),),
                doc_type=str(record.get("doc_type")),
                fields=tuple(unsure),
            )
        )
    return findings


def reading_flags(case: CaseDraft) -> list[Finding]:
    """What reading a document noticed that a person must act on (a letter typed into a code,
    active content, attachments): one `needs_review` finding per document and flag."""
    return [
        Finding(
            kind="needs_review",
            rule=RULE_READING,
            message=READING_FLAGS[flag],
            documents=(str(record["file"]),),
            doc_type=str(record.get("doc_type")),
        )
        for record in case.documents
        for flag in record.get("flags") or []
        if flag in READING_FLAGS
    ]


def low_confidence_fields(record: Record, threshold: float) -> list[str]:
    """Names of the record's non-empty fields read with confidence below `threshold`.

    Left out: a field that does not matter for this document, e.g. "special care needed" on
    an adult's opinion (only a child's opinion decides on it) when it is not stated.
    """
    values = record.get("fields") or {}
    confidence = record.get("field_confidence") or {}
    irrelevant = irrelevant_fields(record)
    return [
        name
        for name, score in confidence.items()
        if isinstance(score, int | float)
        and score < threshold
        and values.get(name) not in (None, "", [])
        and not (name in irrelevant and values.get(name) is False)
    ]


def irrelevant_fields(record: Record) -> frozenset[str]:
    """Fields a decision does not use on this document (MK 942 p. 2: the adult opinion decides
    on an assistant, the child's on special care)."""
    if record.get("doc_type") != "commission_opinion":
        return frozenset()
    group = _field(record, "disability_group")
    if group == "child":
        return frozenset({"assistant_needed"})
    if group in ("I", "II", "III"):
        return frozenset({"special_care_needed"})
    return frozenset()


# --- small readers -------------------------------------------------------------------------

# The Latvian names of the activities, as the forms' vocabulary gives them.
ACTIVITY_LV: dict[str, str] = dict(ACTIVITY_KINDS)


def field_label(record: Record, name: str) -> str:
    """The Latvian label of a record's field (forms registry), the field name otherwise."""
    spec = DOC_TYPES.get(str(record.get("doc_type")))
    return spec.labels.get(name, name) if spec is not None else name


def _field(record: Record | None, name: str) -> Any:
    if not record:
        return None
    return (record.get("fields") or {}).get(name)


def _number(value: object) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


def _hours(value: float) -> str:
    return f"{value:g}"


def _files(records: Iterable[Record]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(str(r["file"]) for r in records))


__all__ = [
    "ACTIVITY_LV",
    "CERTIFICATE_FOR_ACTIVITY",
    "RULE_ACTIVITY_PROOF",
    "RULE_CERTIFICATE_AGE",
    "RULE_CHILD_AGE",
    "RULE_HOURS_SUPPORTED",
    "RULE_LOW_CONFIDENCE",
    "RULE_OPINION_VALID",
    "RULE_PERSONAL_CODE",
    "RULE_REPRESENTATIVE",
    "RULE_SAME_PERSON",
    "CaseStatus",
    "CheckSettings",
    "Finding",
    "FindingKind",
    "RequirementLike",
    "activity_of_certificate",
    "application_date",
    "application_of",
    "case_status",
    "check_case",
    "claimed_activities",
    "field_label",
    "low_confidence_fields",
    "match_certificates",
]
