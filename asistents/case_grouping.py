"""Grouping extraction records into cases: one case per person the service is for.

Pure: records in (the extraction contract's dicts), a `Grouping` out; no I/O, no store.

A case opens for the client of an application (the person the service is for) or for the
person a social worker's opinion is about (the family assistant service starts from the
opinion, seed 000). Every other document joins the case of the person it is about: by
personal code first, then by the normalised name plus the birth date the code carries
(a misread or mistyped code must not split a person in two). The applicant or legal
representative and a child client are linked inside the case. A document that matches
nobody is listed as unassigned with the reason; every input record ends in exactly one of
`cases[*].documents`, `unassigned` or `errors`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

from .forms.personal_code import birth_date, is_valid_personal_code, normalize_personal_code

Record = dict[str, Any]
MatchBasis = Literal[
    "opens_case", "personal_code", "name_birth_date", "name", "applicant",
    "placed",  # put into the case by a person on the review desk
]

# Which fields name the person a document is about, per doc_type (DESIGN.md contract).
SUBJECT_FIELDS: dict[str, tuple[str, str]] = {
    "application": ("client_name", "client_personal_code"),
    "employer_certificate": ("person_name", "personal_code"),
    "school_certificate": ("person_name", "personal_code"),
    "activity_certificate": ("person_name", "personal_code"),
    "commission_opinion": ("person_name", "personal_code"),
    "representation_document": ("person_name", "personal_code"),
    "social_worker_opinion": ("person_name", "personal_code"),
    "timesheet": ("client_name", "client_personal_code"),
}

# Documents that open a case for their subject, and the service they open it for
# (None: the application says which).
CASE_OPENERS: dict[str, str | None] = {
    "application": None,
    "social_worker_opinion": "family_assistant",
}


@dataclass(frozen=True, slots=True)
class Person:
    """Someone named on the paperwork, as the documents give them."""

    name: str | None
    personal_code: str | None

    def to_contract(self) -> dict[str, str | None]:
        return {"name": self.name, "personal_code": self.personal_code}


@dataclass(slots=True)
class CaseDraft:
    """One person's paperwork before the checks: who, which service, which documents."""

    key: str  # stable across runs: "pk:<code>" or "name:<normalised name>|<birth date>"
    service: str | None
    client: Person
    applicant: Person | None
    documents: list[Record] = field(default_factory=list)
    matched_by: dict[str, MatchBasis] = field(default_factory=dict)  # file -> how it joined

    @property
    def files(self) -> list[str]:
        return [str(r["file"]) for r in self.documents]

    def of_type(self, doc_type: str) -> list[Record]:
        return [r for r in self.documents if r.get("doc_type") == doc_type]


@dataclass(frozen=True, slots=True)
class Unassigned:
    """A readable document that belongs to no case, and why."""

    file: str
    doc_type: str
    reason: str

    def to_contract(self) -> dict[str, str]:
        return {"file": self.file, "doc_type": self.doc_type, "reason": self.reason}


@dataclass(frozen=True, slots=True)
class ReadError:
    """A file that could not be read; its one-line reason."""

    file: str
    error: str

    def to_contract(self) -> dict[str, str]:
        return {"file": self.file, "error": self.error}


@dataclass(slots=True)
class Grouping:
    """The result: cases, unassigned documents and unreadable files, each file once."""

    cases: list[CaseDraft]
    unassigned: list[Unassigned]
    errors: list[ReadError]


def normalise_code(code: object) -> str | None:
    """'12071520014' or '120715 - 20014' -> '120715-20014'; anything not 11 digits -> None."""
    return normalize_personal_code(code) if isinstance(code, str) else None


def normalise_name(name: object) -> str | None:
    """Case, spacing and Unicode form do not make two people: 'ANNA  Kalniņa' = 'Anna Kalniņa'.

    Diacritics are kept: 'Kalniņa' and 'Kalnina' may be two families, and an OCR that drops
    a diacritic is a review finding, not a silent merge.
    """
    if not isinstance(name, str):
        return None
    text = unicodedata.normalize("NFC", name)
    text = re.sub(r"[\s\-]+", " ", text).strip().casefold()
    return text or None


def subject_of(record: Record) -> Person:
    """The person a document is about (the client of an application, the certificate's person)."""
    fields = record.get("fields") or {}
    name_field, code_field = SUBJECT_FIELDS.get(str(record.get("doc_type")), ("", ""))
    name = fields.get(name_field) if name_field else None
    code = fields.get(code_field) if code_field else None
    if record.get("doc_type") == "application" and not name and not code:
        # Applying for oneself: a form may name only the applicant.
        name, code = fields.get("applicant_name"), fields.get("applicant_personal_code")
    return Person(
        name if isinstance(name, str) and name.strip() else None,
        normalise_code(code),
    )


def applicant_of(record: Record) -> Person | None:
    """Who signed an application, or the representative of a representation document."""
    fields = record.get("fields") or {}
    doc_type = record.get("doc_type")
    if doc_type == "application":
        name, code = fields.get("applicant_name"), fields.get("applicant_personal_code")
    elif doc_type == "representation_document":
        name, code = fields.get("representative_name"), fields.get("representative_personal_code")
    else:
        return None
    if not name and not code:
        return None
    return Person(name if isinstance(name, str) else None, normalise_code(code))


def birth_date_of(person: Person) -> date | None:
    """The birth date an old-format code carries (None for new-format or unreadable codes)."""
    return birth_date(person.personal_code)  # forms' birth_date answers None, never raises


def case_key(person: Person) -> str | None:
    """The key a case is known by across runs; None when the person cannot be identified."""
    if person.personal_code:
        return f"pk:{person.personal_code}"
    name = normalise_name(person.name)
    if name:
        return f"name:{name}"
    return None


def _same_person_by_name(a: Person, b: Person) -> bool:
    """Same normalised name and no contradicting birth date (when both codes carry one)."""
    name_a, name_b = normalise_name(a.name), normalise_name(b.name)
    if not name_a or name_a != name_b:
        return False
    born_a, born_b = birth_date_of(a), birth_date_of(b)
    return born_a is None or born_b is None or born_a == born_b


_OPENING_ORDER = {"application": 0, "social_worker_opinion": 1}


def _document_sort_key(record: Record) -> tuple[int, str]:
    # Applications first, so their client defines the case; then by file, for stable output.
    return (_OPENING_ORDER.get(str(record.get("doc_type")), 2), str(record.get("file")))


def group_cases(records: Iterable[Record]) -> Grouping:
    """Group extraction records into cases; see the module docstring for the matching order."""
    cases: list[CaseDraft] = []
    unassigned: list[Unassigned] = []
    errors: list[ReadError] = []
    readable: list[Record] = []
    for record in records:
        if record.get("error"):
            errors.append(ReadError(str(record.get("file")), str(record["error"])))
        else:
            readable.append(record)

    followers: list[Record] = []
    for record in sorted(readable, key=_document_sort_key):
        doc_type = str(record.get("doc_type") or "unknown")
        if doc_type not in CASE_OPENERS:
            followers.append(record)
            continue
        subject = subject_of(record)
        existing = _find_case(cases, subject)
        if isinstance(existing, CaseDraft):
            _join(existing, record, "opens_case")
            if existing.applicant is None:
                existing.applicant = applicant_of(record)
            if existing.service is None:
                existing.service = _service_of(record)
            continue
        key = case_key(subject)
        if key is None:
            unassigned.append(
                Unassigned(
                    str(record.get("file")),
                    doc_type,
                    "nav nolasāms ne personas kods, ne vārds",
                )
            )
            continue
        draft = CaseDraft(
            key=key,
            service=_service_of(record),
            client=subject,
            applicant=applicant_of(record) or subject,
        )
        _join(draft, record, "opens_case")
        cases.append(draft)

    for record in followers:
        doc_type = str(record.get("doc_type") or "unknown")
        file = str(record.get("file"))
        if doc_type not in SUBJECT_FIELDS:
            unassigned.append(
                Unassigned(file, doc_type, "nav neviens no pakalpojumu dokumentu veidiem")
            )
            continue
        subject = subject_of(record)
        found = _find_case(cases, subject)
        if isinstance(found, CaseDraft):
            basis: MatchBasis = (
                "personal_code"
                if subject.personal_code and subject.personal_code == found.client.personal_code
                else _name_basis(subject, found.client)
            )
            _join(found, record, basis)
            if doc_type == "representation_document" and (
                found.applicant is None or found.applicant == found.client
            ):
                found.applicant = applicant_of(record) or found.applicant
            continue
        by_applicant = _find_case_by_applicant(cases, subject)
        if isinstance(by_applicant, CaseDraft):
            _join(by_applicant, record, "applicant")
            continue
        reason = found if isinstance(found, str) else None
        reason = reason or (by_applicant if isinstance(by_applicant, str) else None)
        unassigned.append(Unassigned(file, doc_type, reason or _no_case_reason(subject)))
    return Grouping(cases=cases, unassigned=unassigned, errors=errors)


def _service_of(record: Record) -> str | None:
    opened = CASE_OPENERS.get(str(record.get("doc_type")))
    if opened:
        return opened
    service = (record.get("fields") or {}).get("service")
    return service if isinstance(service, str) else None


def _join(case: CaseDraft, record: Record, basis: MatchBasis) -> None:
    case.documents.append(record)
    case.matched_by[str(record.get("file"))] = basis
    if basis in ("opens_case", "personal_code", "name_birth_date", "name"):
        _complete_client(case, subject_of(record))


def _complete_client(case: CaseDraft, subject: Person) -> None:
    """Fill a gap in the client's identity from a document about the client.

    An application whose personal code could not be read still names the person; their
    opinion or certificate gives the code. Only a gap is filled (a valid code, never a
    correction), and the case key stays what the opening document made it, so a later run
    finds the same case.
    """
    client = case.client
    code = client.personal_code
    if code is None and subject.personal_code and is_valid_personal_code(subject.personal_code):
        code = subject.personal_code
    name = client.name or subject.name
    if (name, code) == (client.name, client.personal_code):
        return
    completed = Person(name, code)
    if case.applicant == client:
        case.applicant = completed
    case.client = completed


def _name_basis(subject: Person, client: Person) -> MatchBasis:
    if birth_date_of(subject) and birth_date_of(client):
        return "name_birth_date"
    return "name"


def _find_case(cases: list[CaseDraft], subject: Person) -> CaseDraft | str | None:
    """The case whose client is `subject`; a reason string when the match is ambiguous."""
    if subject.personal_code:
        for case in cases:
            if case.client.personal_code == subject.personal_code:
                return case
    by_name = [case for case in cases if _same_person_by_name(subject, case.client)]
    if len(by_name) == 1:
        return by_name[0]
    if len(by_name) > 1:
        return "vārds atbilst vairākām lietām, personas kods nevienai"
    return None


def _find_case_by_applicant(cases: list[CaseDraft], subject: Person) -> CaseDraft | str | None:
    """A document about the applicant (a parent, a representative) joins the case they signed."""
    matches = [
        case
        for case in cases
        if case.applicant is not None
        and case.applicant != case.client
        and (
            (subject.personal_code and case.applicant.personal_code == subject.personal_code)
            or (not subject.personal_code and _same_person_by_name(subject, case.applicant))
        )
    ]
    if len(matches) == 1:
        return matches[0]
    if len(matches) > 1:
        return "persona ir iesniedzēja vairākās lietās; nav skaidrs, kurai dokuments pieder"
    return None


def _no_case_reason(subject: Person) -> str:
    if not subject.personal_code and not subject.name:
        return "nav nolasāms ne personas kods, ne vārds"
    return "šai personai nav iesnieguma vai sociālā darbinieka atzinuma"


__all__ = [
    "CASE_OPENERS",
    "SUBJECT_FIELDS",
    "CaseDraft",
    "Grouping",
    "MatchBasis",
    "Person",
    "ReadError",
    "Unassigned",
    "applicant_of",
    "birth_date_of",
    "case_key",
    "group_cases",
    "normalise_code",
    "normalise_name",
    "subject_of",
]
