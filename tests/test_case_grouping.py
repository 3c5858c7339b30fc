"""Grouping extraction records into cases: hand-made records, no files, no store."""

from __future__ import annotations

from typing import Any

import pytest

from asistents.case_grouping import group_cases, normalise_name

CHILD = "200512-23457"  # born 2012-05-20
PARENT = "030384-11117"
ADULT = "010190-12349"
OTHER = "150265-10001"


def record(file: str, doc_type: str, **fields: Any) -> dict[str, Any]:
    return {
        "file": file,
        "doc_type": doc_type,
        "text_source": "text",
        "confidence": 0.95,
        "fields": fields,
        "field_confidence": {},
        "warnings": [],
        "error": None,
    }


def application(
    file: str, client: tuple[str, str], applicant: tuple[str, str] | None = None, **extra: Any
) -> dict[str, Any]:
    applicant = applicant or client
    return record(
        file,
        "application",
        service="assistant",
        client_name=client[0],
        client_personal_code=client[1],
        applicant_name=applicant[0],
        applicant_personal_code=applicant[1],
        activities=[{"kind": "education", "hours_per_week": 20}],
        submitted_on="2026-11-02",
        **extra,
    )


def files_of(grouping) -> list[str]:
    out = [f for case in grouping.cases for f in case.files]
    out += [u.file for u in grouping.unassigned]
    out += [e.file for e in grouping.errors]
    return out


def test_a_parent_applying_for_a_child_makes_one_case_for_the_child() -> None:
    records = [
        application("in/app.pdf", ("Anna Kalniņa", CHILD), ("Ilze Kalniņa", PARENT)),
        record(
            "in/school.pdf", "school_certificate", person_name="Anna Kalniņa", personal_code=CHILD
        ),
        record(
            "in/opinion.pdf", "commission_opinion", person_name="Anna Kalniņa", personal_code=CHILD
        ),
        record(
            "in/rep.pdf",
            "representation_document",
            person_name="Anna Kalniņa",
            personal_code=CHILD,
            representative_name="Ilze Kalniņa",
            representative_personal_code=PARENT,
        ),
    ]
    grouping = group_cases(records)
    assert len(grouping.cases) == 1
    case = grouping.cases[0]
    assert case.client.personal_code == CHILD
    assert case.applicant is not None and case.applicant.personal_code == PARENT
    assert sorted(case.files) == ["in/app.pdf", "in/opinion.pdf", "in/rep.pdf", "in/school.pdf"]
    assert case.matched_by["in/school.pdf"] == "personal_code"
    assert grouping.unassigned == [] and grouping.errors == []


def test_two_people_get_two_cases_and_their_documents_do_not_mix() -> None:
    records = [
        application("in/a.pdf", ("Jānis Bērziņš", ADULT)),
        application("in/b.pdf", ("Līga Ozola", OTHER)),
        record(
            "in/a_work.pdf",
            "employer_certificate",
            person_name="Jānis Bērziņš",
            personal_code=ADULT,
        ),
        record(
            "in/b_work.pdf", "employer_certificate", person_name="Līga Ozola", personal_code=OTHER
        ),
    ]
    grouping = group_cases(records)
    by_client = {c.client.personal_code: sorted(c.files) for c in grouping.cases}
    assert by_client == {
        ADULT: ["in/a.pdf", "in/a_work.pdf"],
        OTHER: ["in/b.pdf", "in/b_work.pdf"],
    }


def test_a_misread_code_falls_back_to_name_and_birth_date() -> None:
    # The certificate's last digit was misread: same birth date, same name -> same person.
    misread = ADULT[:-1] + ("0" if ADULT[-1] != "0" else "1")
    records = [
        application("in/a.pdf", ("Jānis Bērziņš", ADULT)),
        record(
            "in/cert.pdf",
            "employer_certificate",
            person_name="JĀNIS  BĒRZIŅŠ",
            personal_code=misread,
        ),
    ]
    grouping = group_cases(records)
    assert len(grouping.cases) == 1
    assert grouping.cases[0].matched_by["in/cert.pdf"] == "name_birth_date"


def test_same_name_but_another_birth_date_is_another_person() -> None:
    records = [
        application("in/a.pdf", ("Jānis Bērziņš", ADULT)),
        record(
            "in/cert.pdf", "employer_certificate", person_name="Jānis Bērziņš", personal_code=OTHER
        ),
    ]
    grouping = group_cases(records)
    assert [u.file for u in grouping.unassigned] == ["in/cert.pdf"]
    assert grouping.unassigned[0].reason


def test_a_document_without_code_joins_by_name_only_when_unambiguous() -> None:
    records = [
        application("in/a.pdf", ("Jānis Bērziņš", ADULT)),
        record(
            "in/centre.pdf", "activity_certificate", person_name="Jānis Bērziņš", personal_code=None
        ),
    ]
    grouping = group_cases(records)
    assert grouping.cases[0].matched_by["in/centre.pdf"] == "name"
    twins = [*records, application("in/b.pdf", ("Jānis Bērziņš", OTHER))]
    grouping = group_cases(twins)
    assert [u.file for u in grouping.unassigned] == ["in/centre.pdf"]


def test_unknown_documents_and_strangers_are_unassigned_with_a_reason_and_errors_kept() -> None:
    broken = record("in/broken.pdf", "unknown")
    broken["error"] = "not a PDF"
    records = [
        application("in/a.pdf", ("Jānis Bērziņš", ADULT)),
        record("in/menu.pdf", "unknown"),
        record(
            "in/stranger.pdf",
            "school_certificate",
            person_name="Pēteris Liepa",
            personal_code=OTHER,
        ),
        broken,
    ]
    grouping = group_cases(records)
    assert {u.file: u.doc_type for u in grouping.unassigned} == {
        "in/menu.pdf": "unknown",
        "in/stranger.pdf": "school_certificate",
    }
    assert all(u.reason for u in grouping.unassigned)
    assert [e.to_contract() for e in grouping.errors] == [
        {"file": "in/broken.pdf", "error": "not a PDF"}
    ]


def test_a_social_worker_opinion_opens_a_family_assistant_case() -> None:
    records = [
        record(
            "in/sw.pdf",
            "social_worker_opinion",
            person_name="Marta Liepa",
            personal_code=OTHER,
            category="family_with_children",
        ),
    ]
    grouping = group_cases(records)
    assert len(grouping.cases) == 1
    assert grouping.cases[0].service == "family_assistant"


def test_a_document_about_the_parent_joins_the_case_the_parent_signed() -> None:
    records = [
        application("in/app.pdf", ("Anna Kalniņa", CHILD), ("Ilze Kalniņa", PARENT)),
        record(
            "in/work.pdf", "employer_certificate", person_name="Ilze Kalniņa", personal_code=PARENT
        ),
    ]
    grouping = group_cases(records)
    assert grouping.cases[0].matched_by["in/work.pdf"] == "applicant"


@pytest.mark.parametrize("order", [0, 1, 2])
def test_every_file_appears_exactly_once_whatever_the_order(order: int) -> None:
    records = [
        record(
            "in/cert.pdf", "employer_certificate", person_name="Jānis Bērziņš", personal_code=ADULT
        ),
        application("in/a.pdf", ("Jānis Bērziņš", ADULT)),
        application("in/a2.pdf", ("Jānis Bērziņš", ADULT)),
        record("in/x.pdf", "unknown"),
        {**record("in/bad.pdf", "unknown"), "error": "truncated"},
    ]
    records = records[order:] + records[:order]
    grouping = group_cases(records)
    files = files_of(grouping)
    assert sorted(files) == sorted(r["file"] for r in records)
    assert len(grouping.cases) == 1


def test_names_compare_without_case_and_spacing_but_with_diacritics() -> None:
    assert normalise_name(" ANNA   Kalniņa ") == normalise_name("Anna Kalniņa")
    assert normalise_name("Anna Kalnina") != normalise_name("Anna Kalniņa")


def test_an_application_without_a_code_takes_the_clients_code_from_their_documents() -> None:
    records = [
        application("in/app.pdf", ("Aivars Grīnbergs", "")),
        record(
            "in/sw.pdf",
            "social_worker_opinion",
            person_name="Aivars Grīnbergs",
            personal_code=OTHER,
            category="mental_disorder",
        ),
        record(
            "in/bad.pdf",
            "employer_certificate",
            person_name="Aivars Grīnbergs",
            personal_code="150265-10002",
        ),  # a misread code is never adopted
    ]
    grouping = group_cases(records)
    assert len(grouping.cases) == 1
    case = grouping.cases[0]
    assert case.client.personal_code == OTHER
    assert case.applicant is not None and case.applicant.personal_code == OTHER
    assert case.key.startswith("name:")  # the key the application made: stable across runs
