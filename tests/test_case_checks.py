"""Checking a case's paperwork: hand-made records grouped into a case, every finding asserted."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import pytest

from asistents.case_checks import (
    RULE_CERTIFICATE_AGE,
    RULE_CHILD_AGE,
    RULE_HOURS_SUPPORTED,
    RULE_OPINION_VALID,
    RULE_PERSONAL_CODE,
    RULE_SAME_PERSON,
    CheckSettings,
    Finding,
    case_status,
    check_case,
    match_certificates,
)
from asistents.case_grouping import CaseDraft, group_cases

CHILD = "200512-23457"  # born 2012-05-20
TODDLER = "010123-21114"  # born 2023-01-01
PARENT = "030384-11117"
ADULT = "010190-12349"
BAD_CHECKSUM = "010190-12340"


@dataclass(frozen=True)
class Requirement:
    doc_type: str
    activity: str | None
    rule: str
    label_lv: str


APPLICATION = Requirement("application", None, "seed 004: written application", "iesniegums")
OPINION = Requirement("commission_opinion", None, "seed 004: VDEĀVK opinion", "VDEĀVK atzinums")
REPRESENTATION = Requirement(
    "representation_document", None, "seed 004: representation", "pārstāvības dokuments"
)


def proof(activity: str) -> Requirement:
    doc_type = {
        "work": "employer_certificate",
        "education": "school_certificate",
        "higher_education": "school_certificate",
    }.get(activity, "activity_certificate")
    return Requirement(doc_type, activity, "seed 004: proof of each claimed activity", doc_type)


def record(
    file: str, doc_type: str, confidence: dict[str, float] | None = None, **fields: Any
) -> dict[str, Any]:
    return {
        "file": file,
        "doc_type": doc_type,
        "text_source": "text",
        "confidence": 0.95,
        "fields": fields,
        "field_confidence": confidence or {},
        "warnings": [],
        "error": None,
    }


def application(
    activities: list[tuple[str, float]],
    client: tuple[str, str] = ("Jānis Bērziņš", ADULT),
    applicant: tuple[str, str] | None = None,
    submitted_on: str = "2026-11-02",
    **extra: Any,
) -> dict[str, Any]:
    applicant = applicant or client
    return record(
        "in/app.pdf",
        "application",
        service="assistant",
        client_name=client[0],
        client_personal_code=client[1],
        applicant_name=applicant[0],
        applicant_personal_code=applicant[1],
        activities=[{"kind": k, "hours_per_week": h} for k, h in activities],
        submitted_on=submitted_on,
        **extra,
    )


def opinion(code: str = ADULT, name: str = "Jānis Bērziņš", **extra: Any) -> dict[str, Any]:
    fields = {
        "person_name": name,
        "personal_code": code,
        "disability_group": "I",
        "valid_from": "2025-01-01",
        "valid_until": None,
        "assistant_needed": True,
        **extra,
    }
    return record("in/opinion.pdf", "commission_opinion", **fields)


def employer(
    hours: float = 20,
    issued_on: str = "2026-10-20",
    code: str = ADULT,
    name: str = "Jānis Bērziņš",
    file: str = "in/work.pdf",
) -> dict[str, Any]:
    return record(
        file,
        "employer_certificate",
        person_name=name,
        personal_code=code,
        hours_per_week=hours,
        issued_on=issued_on,
    )


def case_of(*records: dict[str, Any]) -> CaseDraft:
    grouping = group_cases(records)
    assert len(grouping.cases) == 1, grouping
    return grouping.cases[0]


def kinds(findings: list[Finding]) -> list[tuple[str, str]]:
    return [(f.kind, f.rule) for f in findings]


def test_a_complete_case_has_no_findings() -> None:
    case = case_of(application([("work", 20)]), opinion(), employer())
    findings = check_case(case, [APPLICATION, OPINION, proof("work")])
    assert findings == []
    assert case_status([f.to_contract() for f in findings], None) == "ok"


def test_each_claimed_activity_needs_its_own_certificate() -> None:
    # Two activities that an activity certificate proves, one certificate: one is missing.
    case = case_of(
        application([("day_centre", 10), ("ngo", 4), ("work", 10)]),
        opinion(),
        record(
            "in/centre.pdf",
            "activity_certificate",
            person_name="Jānis Bērziņš",
            personal_code=ADULT,
            activity_kind="day_centre",
            hours_per_week=10,
            issued_on="2026-10-01",
        ),
    )
    requirements = [APPLICATION, OPINION, proof("day_centre"), proof("ngo"), proof("work")]
    missing = [f for f in check_case(case, requirements) if f.kind == "missing"]
    assert {(f.doc_type, f.activity) for f in missing} == {
        ("activity_certificate", "ngo"),
        ("employer_certificate", "work"),
    }
    contract = missing[0].to_contract()
    assert contract["kind"] == "missing" and contract["rule"] and contract["message"]
    assert set(contract) >= {"kind", "doc_type", "activity", "rule", "message", "documents"}


def test_a_certificate_that_does_not_say_its_activity_still_counts_once() -> None:
    case = case_of(
        application([("leisure", 2)]),
        record(
            "in/centre.pdf",
            "activity_certificate",
            person_name="Jānis Bērziņš",
            personal_code=ADULT,
            activity_kind=None,
        ),
    )
    assert match_certificates(case, ["leisure"])["leisure"] is not None
    assert match_certificates(case, ["leisure", "ngo"])["ngo"] is None


def test_a_missing_opinion_and_representation_are_reported_together() -> None:
    case = case_of(
        application(
            [("education", 20)], client=("Anna Kalniņa", CHILD), applicant=("Ilze Kalniņa", PARENT)
        ),
    )
    findings = check_case(case, [APPLICATION, OPINION, REPRESENTATION, proof("education")])
    assert sorted(f.doc_type or "" for f in findings if f.kind == "missing") == [
        "commission_opinion",
        "representation_document",
        "school_certificate",
    ]


def test_a_different_code_or_name_on_a_document_is_inconsistent() -> None:
    case = case_of(
        application([("work", 20)]),
        opinion(name="Jānis Bērziņš"),
        employer(code=BAD_CHECKSUM),  # joins by name + birth date, but the code differs
    )
    findings = check_case(case, [APPLICATION, OPINION, proof("work")])
    rules = {f.rule for f in findings}
    assert RULE_SAME_PERSON in rules
    assert RULE_PERSONAL_CODE in rules
    same = next(f for f in findings if f.rule == RULE_SAME_PERSON)
    assert "in/work.pdf" in same.documents


def test_an_opinion_expired_before_the_application_is_inconsistent() -> None:
    case = case_of(
        application([("work", 20)], submitted_on="2026-11-02"),
        opinion(valid_from="2024-01-01", valid_until="2026-10-31"),
        employer(),
    )
    findings = check_case(case, [APPLICATION, OPINION, proof("work")])
    expired = [f for f in findings if f.rule == RULE_OPINION_VALID]
    assert len(expired) == 1 and expired[0].kind == "inconsistent"
    assert "in/opinion.pdf" in expired[0].documents
    # A clerk reads official Latvian: the day first, a full stop after the year, and that
    # full stop ends the sentence too. The contract's own date fields stay ISO.
    assert expired[0].message == (
        "VDEĀVK atzinums bija derīgs līdz 31.10.2026., bet iesniegums iesniegts 02.11.2026."
    )


def test_finding_messages_write_dates_the_latvian_way() -> None:
    case = case_of(
        application([("work", 20)], submitted_on="2026-11-02"),
        opinion(valid_from="2026-12-01"),
        employer(issued_on="2026-06-01"),
    )
    messages = [f.message for f in check_case(case, [APPLICATION, OPINION, proof("work")])]
    assert any("stājas spēkā tikai 01.12.2026.," in m for m in messages), messages
    assert any("Izziņa izsniegta 01.06.2026.," in m and "(02.11.2026.)" in m for m in messages)
    for message in messages:
        assert not re.search(r"\d{4}-\d{2}-\d{2}", message), message
        assert ".." not in message, message


@pytest.mark.parametrize(
    ("code", "expected"),
    [(CHILD, None), (TODDLER, "ineligible")],
)
def test_a_child_client_must_be_5_to_18(code: str, expected: str | None) -> None:
    case = case_of(
        application(
            [("day_centre", 10)], client=("Anna Kalniņa", code), applicant=("Ilze Kalniņa", PARENT)
        ),
        opinion(code=code, name="Anna Kalniņa", disability_group="child", special_care_needed=True),
    )
    age = [f for f in check_case(case, []) if f.rule == RULE_CHILD_AGE]
    assert [f.kind for f in age] == ([expected] if expected else [])
    # With the rules assessing eligibility, they report the too-young child, not the checks.
    by_rules = CheckSettings(eligibility_from_rules=True)
    assert [f for f in check_case(case, [], by_rules) if f.rule == RULE_CHILD_AGE] == []


def test_an_adult_with_a_child_opinion_is_inconsistent() -> None:
    case = case_of(
        application([("work", 10)]),
        opinion(disability_group="child"),
    )
    age = [f for f in check_case(case, []) if f.rule == RULE_CHILD_AGE]
    assert [f.kind for f in age] == ["inconsistent"]


def test_hours_claimed_beyond_the_certificate_are_inconsistent() -> None:
    case = case_of(application([("work", 20)]), opinion(), employer(hours=12))
    findings = [f for f in check_case(case, []) if f.rule == RULE_HOURS_SUPPORTED]
    assert len(findings) == 1
    assert "20" in findings[0].message and "12" in findings[0].message


def test_certificate_age_is_a_setting() -> None:
    case = case_of(application([("work", 20)]), opinion(), employer(issued_on="2026-06-01"))
    old = [f for f in check_case(case, []) if f.rule == RULE_CERTIFICATE_AGE]
    assert len(old) == 1 and old[0].documents == ("in/work.pdf",)
    lenient = CheckSettings(max_certificate_age_days=365)
    assert [f for f in check_case(case, [], lenient) if f.rule == RULE_CERTIFICATE_AGE] == []


def test_low_confidence_fields_need_review_and_name_the_fields() -> None:
    cert = employer()
    cert["field_confidence"] = {"hours_per_week": 0.41, "issued_on": 0.99, "position": 0.1}
    case = case_of(application([("work", 20)]), opinion(), cert)
    review = [f for f in check_case(case, []) if f.kind == "needs_review"]
    # `position` is empty: nothing to review there.
    assert [(f.documents, f.fields) for f in review] == [(("in/work.pdf",), ("hours_per_week",))]
    assert case_status([f.to_contract() for f in review], None) == "review"


def test_all_problems_are_collected_not_the_first() -> None:
    cert = employer(hours=5, issued_on="2025-01-01", code=BAD_CHECKSUM)
    cert["field_confidence"] = {"hours_per_week": 0.3}
    case = case_of(
        application([("work", 20), ("ngo", 4)]),
        opinion(valid_until="2026-01-01"),
        cert,
    )
    findings = check_case(case, [APPLICATION, OPINION, proof("work"), proof("ngo")])
    found = {f.kind for f in findings}
    assert found == {"missing", "inconsistent", "needs_review"}
    assert len(findings) >= 6
    assert case_status([f.to_contract() for f in findings], None) == "missing"


def test_a_refused_assessment_makes_the_status_refused() -> None:
    assert case_status([], {"granted": False}) == "refused"
    assert case_status([{"kind": "ineligible"}], None) == "refused"


def test_an_unsurely_read_activity_list_makes_no_missing_certificate_only_a_question() -> None:
    app = application([("work", 20), ("ngo", 4)])
    app["field_confidence"] = {"activities": 0.4}
    case = case_of(app, opinion(), employer())
    findings = check_case(case, [APPLICATION, OPINION, proof("work"), proof("ngo")])
    assert not [f for f in findings if f.kind == "missing"]
    asked = [f for f in findings if f.activity == "ngo"]
    assert [f.kind for f in asked] == ["needs_review"]


def test_an_unstated_field_the_opinion_does_not_decide_on_needs_no_review() -> None:
    adult = opinion(special_care_needed=False)
    adult["field_confidence"] = {"special_care_needed": 0.5}
    child = opinion(code=CHILD, disability_group="child", special_care_needed=False)
    child["field_confidence"] = {"special_care_needed": 0.5}
    assert check_case(case_of(application([]), adult), []) == []
    review = [
        f
        for f in check_case(
            case_of(
                application([], client=("Anna Kalniņa", CHILD), applicant=("Ilze Kalniņa", PARENT)),
                {**child, "fields": {**child["fields"], "person_name": "Anna Kalniņa"}},
            ),
            [],
        )
        if f.kind == "needs_review"
    ]
    assert [f.fields for f in review] == [("special_care_needed",)]


def test_a_certificate_for_another_activity_is_a_question_not_a_missing_document() -> None:
    from asistents.case_checks import RULE_ACTIVITY_PROOF

    school = record(
        "in/school.pdf",
        "school_certificate",
        person_name="Jānis Bērziņš",
        personal_code=ADULT,
        education_level="higher",
        hours_per_week=20,
        issued_on="2026-10-01",
    )
    case = case_of(application([("education", 20)]), opinion(), school)
    findings = check_case(case, [APPLICATION, OPINION, proof("education")])
    assert [f.kind for f in findings if f.kind == "missing"] == []
    mismatch = [f for f in findings if f.rule == RULE_ACTIVITY_PROOF]
    assert [(f.kind, f.activity, f.documents) for f in mismatch] == [
        ("inconsistent", "education", ("in/app.pdf", "in/school.pdf"))
    ]
