"""Document-type schemas: contract fields, Latvian labels, rejections that name the field."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from asistents.forms import registry
from asistents.forms.registry import (
    ACTIVITY_KINDS,
    DOC_TYPES,
    SERVICE_KINDS,
    empty_fields,
    label_for,
    load_fields,
    validate_fields,
)

from asistents.errors import ValidationError

ROOT = Path(__file__).resolve().parents[1]
TRUTH = ROOT / "fixtures" / "truth" / "documents.jsonl"

CODE = "161175-19997"  # valid old format, born 16.11.1975
CHILD_CODE = "120715-20010"  # valid old format, born 12.07.2015
NEW_CODE = "328673-00679"  # valid new format
BAD_CODE = "161175-19998"  # checksum off by one

# The contract's field lists, copied from DESIGN.md so a schema cannot drift from it unnoticed.
CONTRACT = {
    "application": "service applicant_name applicant_personal_code client_name "
    "client_personal_code address phone email activities receives_assistant_benefit submitted_on",
    "employer_certificate": "employer_name employer_reg_no person_name personal_code position "
    "employed_since hours_per_week issued_on",
    "school_certificate": "institution_name education_level person_name personal_code programme "
    "study_until hours_per_week issued_on",
    "activity_certificate": "institution_name activity_kind person_name personal_code "
    "hours_per_week issued_on",
    "commission_opinion": "opinion_no issued_on person_name personal_code disability_group "
    "valid_from valid_until limitations assistant_needed special_care_needed",
    "representation_document": "representative_name representative_personal_code person_name "
    "personal_code basis issued_on",
    "social_worker_opinion": "person_name personal_code category hours_per_week period_months "
    "tasks issued_on",
    "timesheet": "month client_name client_personal_code assistant_name assistant_personal_code "
    "entries total_hours signatures",  # signatures: added for the monthly checks
    "unknown": "",
}

VALID: dict[str, dict] = {
    "application": {
        "service": "assistant",
        "applicant_name": "Ilze Kalniņa",
        "applicant_personal_code": CODE,
        "client_name": "Anna Kalniņa",
        "client_personal_code": CHILD_CODE,
        "address": "Atbrīvošanas aleja 95, Rēzekne, LV-4601",
        "phone": "+371 29123456",
        "email": "ilze.kalnina@example.lv",
        "activities": [
            {"kind": "education", "hours_per_week": 20},
            {"kind": "leisure", "hours_per_week": 2},
        ],
        "receives_assistant_benefit": False,
        "submitted_on": "2026-03-03",
    },
    "employer_certificate": {
        "employer_name": "SIA Latgales Maiznieks",
        "employer_reg_no": "40003245752",
        "person_name": "Jānis Bērziņš",
        "personal_code": CODE,
        "position": "maiznieks",
        "employed_since": "2019-09-01",
        "hours_per_week": 20,
        "issued_on": "2026-02-20",
    },
    "school_certificate": {
        "institution_name": "Rēzeknes 1. vidusskola",
        "education_level": "general",
        "person_name": "Anna Kalniņa",
        "personal_code": CHILD_CODE,
        "programme": "pamatizglītības programma",
        "study_until": "2027-05-31",
        "hours_per_week": 27.5,
        "issued_on": "2026-02-25",
    },
    "activity_certificate": {
        "institution_name": "Dienas centrs Saulespuķe",
        "activity_kind": "day_centre",
        "person_name": "Jānis Bērziņš",
        "personal_code": CODE,
        "hours_per_week": 12,
        "issued_on": "2026-02-26",
    },
    "commission_opinion": {
        "opinion_no": "1234/2025",
        "issued_on": "2025-11-10",
        "person_name": "Jānis Bērziņš",
        "personal_code": CODE,
        "disability_group": "I",
        "valid_from": "2025-11-10",
        "valid_until": None,
        "limitations": ["vision"],
        "assistant_needed": True,
        "special_care_needed": False,
    },
    "representation_document": {
        "representative_name": "Ilze Kalniņa",
        "representative_personal_code": CODE,
        "person_name": "Anna Kalniņa",
        "personal_code": NEW_CODE,
        "basis": "Rēzeknes novada bāriņtiesas lēmums Nr. 12/2024",
        "issued_on": "2024-05-14",
    },
    "social_worker_opinion": {
        "person_name": "Dace Jansone",
        "personal_code": CODE,
        "category": "family_with_children",
        "hours_per_week": 10,
        "period_months": 6,
        "tasks": ["budžeta plānošana", "bērnu aprūpes prasmes"],
        "issued_on": "2026-01-15",
    },
    "timesheet": {
        "month": "2026-03",
        "client_name": "Jānis Bērziņš",
        "client_personal_code": CODE,
        "assistant_name": "Marta Ozoliņa",
        "assistant_personal_code": NEW_CODE,
        "entries": [
            {
                "date": "2026-03-02",
                "start": "08:00",
                "end": "12:30",
                "hours": 4.5,
                "activity": "work",
            },
            {
                "date": "2026-03-03",
                "start": "13:00",
                "end": "15:00",
                "hours": 2,
                "activity": "leisure",
            },
        ],
        "total_hours": 6.5,
    },
    "unknown": {},
}


def test_registry_has_every_contract_doc_type() -> None:
    assert set(DOC_TYPES) == set(CONTRACT)


@pytest.mark.parametrize("doc_type", sorted(CONTRACT))
def test_schema_fields_are_exactly_the_contract(doc_type: str) -> None:
    assert DOC_TYPES[doc_type].fields == tuple(CONTRACT[doc_type].split())


@pytest.mark.parametrize("doc_type", sorted(CONTRACT))
def test_every_field_has_a_latvian_label_and_the_form_a_title(doc_type: str) -> None:
    spec = DOC_TYPES[doc_type]
    assert set(spec.labels) == set(spec.fields)
    assert all(label.strip() for label in spec.labels.values())
    assert spec.title


def test_labels_a_clerk_reads() -> None:
    assert label_for("employer_certificate", "personal_code") == "Personas kods"
    assert label_for("application", "activities.0.kind") == "Aktivitāte"
    assert label_for("timesheet", "entries.3.hours") == "Stundas"


@pytest.mark.parametrize("doc_type", sorted(CONTRACT))
def test_valid_records_load(doc_type: str) -> None:
    assert validate_fields(doc_type, VALID[doc_type]) == {}
    loaded = load_fields(doc_type, VALID[doc_type])
    assert set(loaded) == set(CONTRACT[doc_type].split())


def test_loading_gives_dates_and_numbers() -> None:
    loaded = load_fields("application", VALID["application"])
    assert loaded["submitted_on"] == date(2026, 3, 3)
    assert loaded["activities"][0] == {"kind": "education", "hours_per_week": 20.0}


@pytest.mark.parametrize("doc_type", sorted(CONTRACT))
def test_empty_fields_are_null_and_lists_empty(doc_type: str) -> None:
    empty = empty_fields(doc_type)
    assert tuple(empty) == tuple(CONTRACT[doc_type].split())
    assert validate_fields(doc_type, empty) == {}
    for name, value in empty.items():
        assert value == ([] if name in {"activities", "limitations", "tasks", "entries"} else None)


def _with(doc_type: str, **changes: object) -> dict:
    return {**VALID[doc_type], **changes}


@pytest.mark.parametrize(
    ("doc_type", "changes", "field", "says"),
    [
        ("application", {"client_personal_code": BAD_CODE}, "client_personal_code", "checksum"),
        (
            "application",
            {"applicant_personal_code": "16117519997"},
            "applicant_personal_code",
            "DDDDDD-DDDDD",
        ),
        ("employer_certificate", {"personal_code": "161375-19997"}, "personal_code", "birth date"),
        (
            "timesheet",
            {"assistant_personal_code": "328673-00677"},
            "assistant_personal_code",
            "checksum",
        ),
        ("employer_certificate", {"employer_reg_no": "40003245753"}, "employer_reg_no", "checksum"),
        ("application", {"submitted_on": "2026-02-31"}, "submitted_on", "real date"),
        ("school_certificate", {"study_until": "31.05.2027"}, "study_until", "YYYY-MM-DD"),
        ("employer_certificate", {"hours_per_week": -5}, "hours_per_week", "between 0 and 168"),
        ("employer_certificate", {"hours_per_week": 200}, "hours_per_week", "between 0 and 168"),
        ("employer_certificate", {"hours_per_week": "20"}, "hours_per_week", "number"),
        ("application", {"service": "assistents"}, "service", "one of"),
        (
            "application",
            {"activities": [{"kind": "sport", "hours_per_week": 2}]},
            "activities.0.kind",
            "one of",
        ),
        (
            "application",
            {"activities": [{"kind": "work", "hours_per_week": -1}]},
            "activities.0.hours_per_week",
            "between 0",
        ),
        (
            "application",
            {"receives_assistant_benefit": "jā"},
            "receives_assistant_benefit",
            "true, false",
        ),
        ("school_certificate", {"education_level": "university"}, "education_level", "one of"),
        ("activity_certificate", {"activity_kind": "work"}, "activity_kind", "one of"),
        ("commission_opinion", {"disability_group": "IV"}, "disability_group", "one of"),
        ("commission_opinion", {"limitations": ["vision", "hearing"]}, "limitations.1", "one of"),
        ("commission_opinion", {"valid_until": "2025-01-01"}, "valid_until", "before"),
        ("social_worker_opinion", {"category": "elderly"}, "category", "one of"),
        ("social_worker_opinion", {"period_months": 0}, "period_months", "1 to 36"),
        ("timesheet", {"month": "2026-13"}, "month", "YYYY-MM"),
        (
            "timesheet",
            {
                "entries": [
                    {
                        "date": "2026-04-01",
                        "start": "08:00",
                        "end": "09:00",
                        "hours": 1,
                        "activity": "work",
                    }
                ]
            },
            "entries.0.date",
            "outside",
        ),
        (
            "timesheet",
            {
                "entries": [
                    {
                        "date": "2026-03-01",
                        "start": "12:00",
                        "end": "08:00",
                        "hours": 4,
                        "activity": "work",
                    }
                ]
            },
            "entries.0.end",
            "later than start",
        ),
        (
            "timesheet",
            {
                "entries": [
                    {
                        "date": "2026-03-01",
                        "start": "8 am",
                        "end": "12:00",
                        "hours": 4,
                        "activity": "work",
                    }
                ]
            },
            "entries.0.start",
            "HH:MM",
        ),
        (
            "timesheet",
            {
                "entries": [
                    {
                        "date": "2026-03-01",
                        "start": None,
                        "end": None,
                        "hours": 30,
                        "activity": "work",
                    }
                ]
            },
            "entries.0.hours",
            "between 0 and 24",
        ),
        ("timesheet", {"total_hours": -1}, "total_hours", "between 0"),
        ("employer_certificate", {"salary": 900}, "salary", "not a field"),
    ],
)
def test_bad_values_are_rejected_naming_the_field(
    doc_type: str, changes: dict, field: str, says: str
) -> None:
    problems = validate_fields(doc_type, _with(doc_type, **changes))
    assert field in problems, problems
    message = problems[field]
    assert message.startswith(field)
    assert says in message
    assert "\n" not in message


@pytest.mark.parametrize("code", [BAD_CODE, "16117519998", "161375-19997"])
def test_messages_never_print_a_whole_personal_code(code: str) -> None:
    problems = validate_fields("application", _with("application", client_personal_code=code))
    message = problems["client_personal_code"]
    assert code not in message
    assert code.replace("-", "") not in message.replace("-", "")
    assert "161175-*****" in message or "161375-*****" in message


def test_every_problem_is_reported_not_only_the_first() -> None:
    problems = validate_fields(
        "employer_certificate",
        _with(
            "employer_certificate",
            personal_code=BAD_CODE,
            hours_per_week=-2,
            issued_on="2026-02-30",
        ),
    )
    assert {"personal_code", "hours_per_week", "issued_on"} <= set(problems)


def test_message_carries_the_latvian_label() -> None:
    problems = validate_fields(
        "employer_certificate", _with("employer_certificate", personal_code=BAD_CODE)
    )
    assert "Personas kods" in problems["personal_code"]


def test_unknown_doc_type_is_a_problem_not_a_crash() -> None:
    assert "doc_type" in validate_fields("invoice", {})
    with pytest.raises(ValidationError, match="invoice"):
        empty_fields("invoice")


def test_unknown_has_no_fields() -> None:
    assert validate_fields("unknown", {}) == {}
    assert "text" in validate_fields("unknown", {"text": "anything"})


def test_load_fields_raises_one_line_with_every_field() -> None:
    with pytest.raises(ValidationError) as raised:
        load_fields(
            "application",
            _with("application", client_personal_code=BAD_CODE, submitted_on="x"),
            file="inbox/a.pdf",
        )
    error = raised.value
    assert set(error.fields) == {"client_personal_code", "submitted_on"}
    line = error.one_line()
    assert line.startswith("inbox/a.pdf: ") and "\n" not in line
    assert BAD_CODE not in line


def test_vocabularies_match_the_contract() -> None:
    assert ACTIVITY_KINDS == (
        "work",
        "education",
        "higher_education",
        "day_centre",
        "institutions",
        "ngo",
        "leisure",
    )
    assert SERVICE_KINDS == ("assistant", "family_assistant")
    assert registry.DOC_TYPES["unknown"].fields == ()


def _deliberate_bad_codes() -> set[tuple[str, str]]:
    """(file, field) pairs the fixtures misprint on purpose (truth/cases.json says which)."""
    cases = TRUTH.parent / "cases.json"
    listed = json.loads(cases.read_text("utf-8")).get("deliberate_bad_personal_codes", [])
    return {(item["file"], item["field"]) for item in listed}


def test_truth_records_load_through_their_schemas() -> None:
    assert TRUTH.exists(), f"{TRUTH.relative_to(ROOT)} is missing: a broken checkout"
    records = [json.loads(line) for line in TRUTH.read_text("utf-8").splitlines() if line.strip()]
    assert records, "the truth file is empty"
    assert {r["doc_type"] for r in records} >= set(CONTRACT), "a doc_type has no sample"
    deliberate = _deliberate_bad_codes()
    problems, caught = {}, set()
    for record in records:
        for field, message in validate_fields(record["doc_type"], record["fields"]).items():
            if (record["file"], field) in deliberate and "checksum" in message:
                caught.add((record["file"], field))
            else:
                problems[f"{record['file']} {field}"] = message
    assert problems == {}
    assert caught == deliberate, "a deliberately misprinted code was not rejected"
