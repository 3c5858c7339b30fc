"""The facts one case gives the rules, gathered from its extraction-contract records."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ..forms.latvian_dates import iso_date
from ..forms.personal_code import age_on, birth_date, years_on
from ..forms.vocabulary import CERTIFICATE_ACTIVITY_KINDS, DISABILITY_GROUPS
from .config import ACTIVITY_KINDS, DURATION_OPTIONS

# Which certificate proves which activity (DESIGN.md extraction contract; seed 004 item 4).
CERTIFICATE_TYPES = ("employer_certificate", "school_certificate", "activity_certificate")

RESIDENCES = ("home", "long_term_care", "hospital", "prison")

# What an activity_certificate (day centre, association or institution) can prove: the
# forms vocabulary is the one place they are named.
ACTIVITY_CERTIFICATE_KINDS = tuple(CERTIFICATE_ACTIVITY_KINDS)


@dataclass(frozen=True)
class Source:
    """Where a fact was read: the document file and the `doc_type.field` it came from."""

    file: str
    field: str

    def label(self) -> str:
        return f"{self.file} ({self.field})"


@dataclass
class CaseFacts:
    """What the rules need to know about one case; None where the documents do not say.

    `sources` maps a fact name (`disability_group`, `requested.work`, `supported.work`...) to
    the documents it came from; `missing` lists, in words, the facts no document gave.
    """

    service: str | None = None  # "assistant" or "family_assistant"
    received_on: date | None = None
    application_date: date | None = None
    client_name: str | None = None
    client_personal_code: str | None = None
    birth_date: date | None = None
    # commission opinion (VDEĀVK)
    opinion_present: bool = False
    disability_group: str | None = None  # I, II, III, child
    limitations: tuple[str, ...] = ()
    assistant_needed: bool | None = None
    special_care_needed: bool | None = None
    opinion_valid_from: date | None = None
    opinion_valid_until: date | None = None
    weekly_procedures: bool | None = None  # MK 316: prescribed procedures at least weekly
    # application
    receives_assistant_benefit: bool | None = None
    residence: str | None = None  # home, long_term_care, hospital, prison
    requested: dict[str, float] = field(default_factory=dict)
    supported: dict[str, float | None] = field(default_factory=dict)
    unstated: tuple[str, ...] = ()  # activities named in the application without hours
    assumed: dict[str, str] = field(default_factory=dict)  # activity -> certificate kind unread
    duration: str | None = None
    duration_months: int | None = None
    start: date | None = None
    has_representative: bool = False
    representation_present: bool = False
    # family assistant (social worker's opinion)
    family_category: str | None = None
    family_hours: float | None = None
    family_months: int | None = None
    social_worker_opinion_on: date | None = None
    extension_opinion: bool = False
    previous_opinion_on: date | None = None  # the opinion whose term an extension continues
    previous_months: int | None = None
    family_tasks: tuple[str, ...] = ()
    sources: dict[str, list[Source]] = field(default_factory=dict)
    missing: list[str] = field(default_factory=list)

    def age_on(self, day: date) -> int | None:
        """Age in completed years on `day`, from the birth date (personal code or a document)."""
        from_code = age_on(self.client_personal_code, day)
        if from_code is not None or self.birth_date is None:
            return from_code
        return years_on(self.birth_date, day)

    def files(self, *facts: str) -> list[str]:
        """The document files the named facts came from, in order, without repeats."""
        seen: list[str] = []
        for name in facts:
            for src in self.sources.get(name, []):
                if src.file not in seen:
                    seen.append(src.file)
        return seen

    def fields(self, *facts: str) -> list[str]:
        """`file (doc_type.field)` for every source of the named facts."""
        out: list[str] = []
        for name in facts:
            out.extend(s.label() for s in self.sources.get(name, []) if s.label() not in out)
        return out


def _hours(value: Any) -> float | None:
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float):
        return float(value) if 0 <= value < 10_000 else None  # hours, not inf or a year
    if isinstance(value, str):
        try:
            number = float(value.replace(",", ".").strip())
        except ValueError:
            return None
        return number if 0 <= number < 10_000 else None
    return None


def _months(value: Any) -> int | None:
    """A whole positive number of months (6, 6.0 or "6"), else None."""
    number = _hours(value)
    return int(number) if number is not None and number >= 1 and number == int(number) else None


def _names(value: Any) -> tuple[str, ...]:
    """A list of names; one name given as a bare string counts as a list of one."""
    if isinstance(value, str):
        return (value,) if value.strip() else ()
    if isinstance(value, list | tuple):
        return tuple(v for v in value if isinstance(v, str) and v.strip())
    return ()


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


def _bool(value: Any) -> bool | None:
    return value if isinstance(value, bool) else None


def _latest(records: list[dict[str, Any]], date_field: str) -> dict[str, Any] | None:
    """The newest record by `date_field` (records without a date count as oldest)."""
    if not records:
        return None
    return max(records, key=lambda r: iso_date(_fields(r).get(date_field)) or date.min)


def _fields(record: dict[str, Any]) -> dict[str, Any]:
    value = record.get("fields")
    return value if isinstance(value, dict) else {}


def certificate_kind(record: dict[str, Any]) -> str | None:
    """The activity a certificate proves: work, education, higher_education or an activity kind."""
    doc_type = record.get("doc_type")
    f = _fields(record)
    if doc_type == "employer_certificate":
        return "work"
    if doc_type == "school_certificate":
        return "higher_education" if f.get("education_level") == "higher" else "education"
    if doc_type == "activity_certificate":
        kind = f.get("activity_kind")
        return kind if kind in ACTIVITY_KINDS else None
    return None


def facts_from_documents(
    documents: list[dict[str, Any]], *, received_on: date | None = None
) -> CaseFacts:
    """Gather the facts of ONE case from its extraction-contract records.

    Picks the application, the newest commission opinion, every activity certificate, the
    representation document and the social worker's opinion(s). Where a needed fact is not in
    any document it is added to `missing`. Records with an `error` are skipped. Fields outside
    the contract are read when present (`residence`, `duration`, `duration_months`,
    `start`, `client_birth_date`, `weekly_procedures`), so a worker can add them by hand.
    """
    facts = CaseFacts(received_on=received_on)
    by_type: dict[str, list[dict[str, Any]]] = {}
    for record in documents:
        if not isinstance(record, dict) or record.get("error"):
            continue
        by_type.setdefault(str(record.get("doc_type") or "unknown"), []).append(record)

    def note(fact: str, record: dict[str, Any], name: str) -> None:
        facts.sources.setdefault(fact, []).append(
            Source(str(record.get("file", "?")), f"{record.get('doc_type')}.{name}"))

    application = _latest(by_type.get("application", []), "submitted_on")
    if application is not None:
        f = _fields(application)
        facts.service = f.get("service") if f.get("service") in (
            "assistant", "family_assistant") else None
        if facts.service:
            note("service", application, "service")
        facts.application_date = iso_date(f.get("submitted_on"))
        if facts.application_date:
            note("application_date", application, "submitted_on")
        facts.client_name = _text(f.get("client_name")) or _text(f.get("applicant_name"))
        facts.client_personal_code = _text(f.get("client_personal_code")) or _text(
            f.get("applicant_personal_code"))
        if facts.client_personal_code:
            note("birth_date", application, "client_personal_code")
        applicant = f.get("applicant_personal_code")
        facts.has_representative = bool(
            applicant and f.get("client_personal_code")
            and applicant != f.get("client_personal_code"))
        facts.receives_assistant_benefit = _bool(f.get("receives_assistant_benefit"))
        note("receives_assistant_benefit", application, "receives_assistant_benefit")
        activities = f.get("activities")
        for item in activities if isinstance(activities, list) else []:
            if not isinstance(item, dict) or item.get("kind") not in ACTIVITY_KINDS:
                continue
            kind = str(item["kind"])
            asked = _hours(item.get("hours_per_week"))
            note(f"requested.{kind}", application, "activities")
            if asked is None:
                # A form lists every activity; a row without hours is usually not claimed.
                # It counts only when a certificate proves that activity (see below).
                if kind not in facts.unstated:
                    facts.unstated += (kind,)
                continue
            facts.requested[kind] = facts.requested.get(kind, 0.0) + asked
        residence = f.get("residence")
        facts.residence = residence if residence in RESIDENCES else None
        if facts.residence:
            note("residence", application, "residence")
        if f.get("duration") in DURATION_OPTIONS:
            facts.duration = f["duration"]
            note("duration", application, "duration")
        facts.duration_months = _months(f.get("duration_months"))
        facts.start = iso_date(f.get("start"))
        facts.birth_date = iso_date(f.get("client_birth_date"))
        if facts.birth_date:
            note("birth_date", application, "client_birth_date")
    if facts.received_on is None:
        facts.received_on = facts.application_date
    if facts.application_date is None:
        facts.application_date = facts.received_on

    opinion = _latest(by_type.get("commission_opinion", []), "issued_on")
    if opinion is not None:
        f = _fields(opinion)
        facts.opinion_present = True
        note("opinion", opinion, "opinion_no")
        group = f.get("disability_group")
        facts.disability_group = group if isinstance(group, str) and group in DISABILITY_GROUPS \
            else None
        note("disability_group", opinion, "disability_group")
        facts.limitations = _names(f.get("limitations"))
        note("limitations", opinion, "limitations")
        facts.assistant_needed = _bool(f.get("assistant_needed"))
        note("assistant_needed", opinion, "assistant_needed")
        facts.special_care_needed = _bool(f.get("special_care_needed"))
        note("special_care_needed", opinion, "special_care_needed")
        facts.opinion_valid_from = iso_date(f.get("valid_from"))
        facts.opinion_valid_until = iso_date(f.get("valid_until"))
        note("opinion_valid_until", opinion, "valid_until")
        facts.weekly_procedures = _bool(f.get("weekly_procedures"))
        if facts.weekly_procedures is not None:
            note("weekly_procedures", opinion, "weekly_procedures")
        if not facts.client_personal_code and _text(f.get("personal_code")):
            facts.client_personal_code = _text(f.get("personal_code"))
            note("birth_date", opinion, "personal_code")

    if facts.birth_date is None and facts.client_personal_code:
        facts.birth_date = birth_date(facts.client_personal_code)
    if facts.birth_date is None:
        facts.sources.pop("birth_date", None)
        if facts.disability_group not in ("I", "II", "III") and "social_worker_opinion" \
                not in by_type:
            facts.missing.append("klienta dzimšanas datums (personas kods bez dzimšanas datuma)")

    unread: list[dict[str, Any]] = []  # activity certificates whose kind was not read
    for doc_type in CERTIFICATE_TYPES:
        for record in by_type.get(doc_type, []):
            proves = certificate_kind(record)
            if proves is None:
                if doc_type == "activity_certificate":
                    unread.append(record)
                continue
            _add_certificate(facts, record, proves, note)
    # One activity certificate whose kind was not read, and exactly one claimed activity it
    # could prove still without a certificate: it proves that one (a worker confirms it).
    open_kinds = [k for k in facts.requested
                  if k in ACTIVITY_CERTIFICATE_KINDS and k not in facts.supported]
    if len(unread) == 1 and len(open_kinds) == 1:
        _add_certificate(facts, unread[0], open_kinds[0], note)
        facts.assumed[open_kinds[0]] = str(unread[0].get("file", "?"))

    for kind in facts.unstated:
        if kind in facts.requested or kind not in facts.supported:
            continue
        facts.missing.append(f"iesniegumā nav norādītas stundas aktivitātei {kind}")

    representation = by_type.get("representation_document", [])
    facts.representation_present = bool(representation)
    for record in representation:
        note("representation", record, "representative_name")

    worker = by_type.get("social_worker_opinion", [])
    latest = _latest(worker, "issued_on")
    if latest is not None:
        f = _fields(latest)
        category = f.get("category")
        facts.family_category = category if isinstance(category, str) else None
        note("family_category", latest, "category")
        facts.family_hours = _hours(f.get("hours_per_week"))
        note("family_hours", latest, "hours_per_week")
        facts.family_months = _months(f.get("period_months"))
        note("family_months", latest, "period_months")
        facts.social_worker_opinion_on = iso_date(f.get("issued_on"))
        facts.family_tasks = _names(f.get("tasks"))
        note("family_tasks", latest, "tasks")
        # A second opinion in the same case is the social worker's opinion to extend (seed 000):
        # the one before the newest gave the term being extended.
        facts.extension_opinion = len(worker) > 1
        if facts.extension_opinion:
            earlier = _latest([r for r in worker if r is not latest], "issued_on")
            if earlier is not None:
                facts.previous_opinion_on = iso_date(_fields(earlier).get("issued_on"))
                facts.previous_months = _months(_fields(earlier).get("period_months"))
                note("previous_term", earlier, "period_months")
        if facts.service is None:
            facts.service = "family_assistant"
            note("service", latest, "category")

    _record_missing(facts, by_type)
    return facts


def _add_certificate(facts: CaseFacts, record: dict[str, Any], proves: str,
                     note: Callable[[str, dict[str, Any], str], None]) -> None:
    hours = _hours(_fields(record).get("hours_per_week"))
    note(f"supported.{proves}", record, "hours_per_week")
    before = facts.supported.get(proves)
    if proves not in facts.supported:
        facts.supported[proves] = hours
    elif hours is not None:
        # Two employers (or schools) prove more hours together.
        facts.supported[proves] = (before or 0.0) + hours


def _record_missing(facts: CaseFacts, by_type: dict[str, list[dict[str, Any]]]) -> None:
    if "application" not in by_type:
        facts.missing.append("iesniegums (application)")
    if facts.received_on is None:
        facts.missing.append("iesnieguma saņemšanas datums")
    if facts.service == "family_assistant":
        if "social_worker_opinion" not in by_type:
            facts.missing.append("sociālā darbinieka atzinums (social_worker_opinion)")
        return
    if not facts.opinion_present:
        facts.missing.append("VDEĀVK atzinums (commission_opinion)")
    for kind in facts.requested:
        if kind not in facts.supported:
            facts.missing.append(f"izziņa par aktivitāti {kind}")
    if facts.has_representative and not facts.representation_present:
        facts.missing.append("pārstāvības dokuments (representation_document)")
