"""Required-document lists: the data loads, covers every situation and activity; bad files fail."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from asistents.forms.registry import ACTIVITY_KINDS, DOC_TYPES
from asistents.forms.required_documents import (
    SITUATIONS,
    SITUATIONS_OF_SERVICE,
    Requirement,
    load_required_documents,
    parse_required_documents,
    required_documents,
    situation_for,
)

from asistents.errors import ConfigError, UsageError

ROOT = Path(__file__).resolve().parents[1]
SHIPPED = ROOT / "forms" / "required_documents.yaml"
ADULT = "161175-19997"  # born 1975
MOTHER = "030384-11117"  # born 1984
CHILD = "120715-20010"  # born 12.07.2015
NEW_CODE = "328673-00679"


def doc_types(requirements: list[Requirement]) -> list[str]:
    return [r.doc_type for r in requirements]


def test_shipped_file_loads_and_covers_every_situation() -> None:
    rules = load_required_documents()
    covered = {
        situation for service in rules["services"].values() for situation in service["situations"]
    }
    assert covered == set(SITUATIONS)


@pytest.mark.parametrize(
    ("service", "situation"),
    [(service, s) for service, situations in SITUATIONS_OF_SERVICE.items() for s in situations],
)
def test_every_requirement_names_a_doc_type_a_rule_and_a_label(
    service: str, situation: str
) -> None:
    found = required_documents(service, situation, [])
    assert found, "a situation without any required document"
    for requirement in found:
        assert requirement.doc_type in DOC_TYPES
        # cited by the public name a clerk can look up, never our shorthand for the seeds
        assert "seed" not in requirement.rule
        assert requirement.rule.startswith(("Daugavpils pilsētas pašvaldības iestādes",
                                            "Labklājības ministrijas pakalpojuma apraksts"))
        assert requirement.label_lv


def test_adult_applying_for_self() -> None:
    assert doc_types(required_documents("assistant", "adult_self", [])) == [
        "application",
        "commission_opinion",
    ]


def test_a_representative_adds_the_representation_document() -> None:
    found = required_documents("assistant", "adult_representative", [])
    assert doc_types(found) == ["application", "representation_document", "commission_opinion"]
    assert "1. punkts" in found[1].rule


def test_child_needs_representation_and_the_special_care_opinion() -> None:
    found = {r.doc_type: r for r in required_documents("assistant", "child", [])}
    assert set(found) == {"application", "representation_document", "commission_opinion"}
    assert "kopšanas" in found["commission_opinion"].label_lv  # special care, not "assistant"
    assert "2.2. punkts" in found["commission_opinion"].rule


def test_family_assistant_needs_application_and_social_worker_opinion() -> None:
    found = required_documents("family_assistant", "family_assistant", ["work"])
    assert doc_types(found) == ["application", "social_worker_opinion"]


@pytest.mark.parametrize(
    ("activity", "doc_type"),
    [
        ("work", "employer_certificate"),
        ("education", "school_certificate"),
        ("higher_education", "school_certificate"),
        ("day_centre", "activity_certificate"),
        ("ngo", "activity_certificate"),
        ("leisure", "activity_certificate"),
    ],
)
def test_one_certificate_per_claimed_activity(activity: str, doc_type: str) -> None:
    found = required_documents("assistant", "adult_self", [activity, activity])
    certificates = [r for r in found if r.activity]
    assert [(r.doc_type, r.activity) for r in certificates] == [(doc_type, activity)]


def test_every_activity_kind_has_a_certificate_rule() -> None:
    rules = load_required_documents()
    assert set(rules["services"]["assistant"]["activity_certificates"]) == set(ACTIVITY_KINDS)


def test_institution_visits_need_no_certificate_unless_asked_for_optional_ones() -> None:
    assert [
        r.activity for r in required_documents("assistant", "adult_self", ["institutions"])
    ] == [
        None,
        None,
    ]
    optional = required_documents(
        "assistant", "adult_self", ["institutions"], include_optional=True
    )
    assert [(r.activity, r.optional) for r in optional if r.activity] == [("institutions", True)]


def test_several_activities_keep_their_order() -> None:
    found = required_documents("assistant", "child", ["education", "day_centre", "leisure"])
    assert [(r.doc_type, r.activity) for r in found if r.activity] == [
        ("school_certificate", "education"),
        ("activity_certificate", "day_centre"),
        ("activity_certificate", "leisure"),
    ]


def test_an_unknown_activity_still_needs_a_proof() -> None:
    found = required_documents("assistant", "adult_self", ["sport"])
    assert [(r.doc_type, r.activity) for r in found if r.activity] == [
        ("activity_certificate", "sport")
    ]


def test_mk316_adults_need_no_commission_opinion_but_children_do() -> None:
    adult = doc_types(required_documents("assistant", "adult_self", [], rule_set="mk316"))
    child = doc_types(required_documents("assistant", "child", [], rule_set="mk316"))
    assert "commission_opinion" not in adult
    assert "commission_opinion" in child


@pytest.mark.parametrize(
    ("service", "situation"),
    [("assistant", "family_assistant"), ("family_assistant", "child"), ("home_care", "adult_self")],
)
def test_wrong_service_or_situation_is_a_usage_error(service: str, situation: str) -> None:
    with pytest.raises(UsageError):
        required_documents(service, situation, [])


@pytest.mark.parametrize(
    ("kwargs", "expected"),
    [
        ({"applicant_code": ADULT, "client_code": ADULT}, "adult_self"),
        ({"applicant_code": "161175 19997", "client_code": ADULT}, "adult_self"),
        ({"applicant_code": None, "client_code": ADULT}, "adult_self"),
        ({"applicant_code": MOTHER, "client_code": ADULT}, "adult_representative"),
        ({"applicant_code": MOTHER, "client_code": CHILD}, "child"),
        ({"applicant_code": MOTHER, "client_code": NEW_CODE}, "adult_representative"),
        ({"applicant_code": MOTHER, "client_code": NEW_CODE, "client_age": 8}, "child"),
        (
            {"applicant_code": MOTHER, "client_code": CHILD, "client_age": 19},
            "adult_representative",
        ),
    ],
)
def test_situation_for(kwargs: dict, expected: str) -> None:
    assert situation_for(service="assistant", on=date(2026, 3, 3), **kwargs) == expected


def test_situation_turns_adult_on_the_18th_birthday() -> None:
    born_2008 = "010308-20016"
    assert (
        situation_for(
            service="assistant", applicant_code=MOTHER, client_code=born_2008, on=date(2026, 2, 28)
        )
        == "child"
    )
    assert (
        situation_for(
            service="assistant", applicant_code=MOTHER, client_code=born_2008, on=date(2026, 3, 1)
        )
        == "adult_representative"
    )


def test_family_assistant_situation() -> None:
    assert (
        situation_for(
            service="family_assistant", applicant_code=ADULT, client_code=CHILD, on=date(2026, 1, 1)
        )
        == "family_assistant"
    )


# --- a bad rules file is a ConfigError naming the file and the problem ------------------------


def _shipped_text() -> str:
    return SHIPPED.read_text("utf-8")


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("services: [unclosed", "not valid YAML"),
        ("- just\n- a list\n", "top level"),
        ("", "top level"),
        ("version: 1\n", "services"),
        ("version: 2\nservices: {}\n", "version"),
    ],
)
def test_broken_rules_file_is_a_config_error(tmp_path: Path, text: str, says: str) -> None:
    path = tmp_path / "rules.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as raised:
        load_required_documents(path)
    line = raised.value.one_line()
    assert line.startswith(str(path))
    assert says in line
    assert "\n" not in line


@pytest.mark.parametrize(
    ("old", "new", "says"),
    [
        ("doc_type: employer_certificate", "doc_type: payslip", "doc_type"),
        ("rule_sets: [mk942]", "rule_sets: [mk999]", "rule_sets"),
        ("      institutions:\n", "      sports:\n", "sports"),
        ("      child:\n", "      kid:\n", "kid"),
    ],
)
def test_a_wrong_value_in_the_shipped_file_is_named(
    tmp_path: Path, old: str, new: str, says: str
) -> None:
    text = _shipped_text()
    assert old in text
    path = tmp_path / "rules.yaml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(ConfigError, match=says):
        load_required_documents(path)


def test_a_service_left_out_is_named(tmp_path: Path) -> None:
    text = _shipped_text()
    path = tmp_path / "rules.yaml"
    path.write_text(text[: text.index("  family_assistant:\n")], encoding="utf-8")
    with pytest.raises(ConfigError, match=r"services\.family_assistant: missing"):
        load_required_documents(path)


def test_a_missing_rules_file_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot read"):
        load_required_documents(tmp_path / "absent.yaml")


def test_parse_accepts_the_shipped_text() -> None:
    assert parse_required_documents(_shipped_text())["version"] == 1


# --- the sample inbox: the lists predict exactly the missing documents the truth expects -------

TRUTH = ROOT / "fixtures" / "truth"


def test_sample_cases_miss_exactly_what_the_truth_says() -> None:
    # A missing committed truth is a broken checkout: reading it fails the test.
    records = {}
    for line in (TRUTH / "documents.jsonl").read_text("utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            records[record["file"]] = record
    certificate_activity = {
        "employer_certificate": lambda f: "work",
        "school_certificate": lambda f: (
            "higher_education" if f.get("education_level") == "higher" else "education"
        ),
        "activity_certificate": lambda f: f.get("activity_kind"),
    }
    for case in json.loads((TRUTH / "cases.json").read_text("utf-8"))["cases"]:
        documents = [records[name] for name in case["documents"] if name in records]
        application = next(d["fields"] for d in documents if d["doc_type"] == "application")
        submitted = date.fromisoformat(application["submitted_on"])
        situation = situation_for(
            service=case["service"],
            applicant_code=case["applicant"]["personal_code"],
            client_code=case["client"]["personal_code"],
            on=submitted,
        )
        activities = [a["kind"] for a in application["activities"]]
        present_types = {d["doc_type"] for d in documents}
        proven = {
            certificate_activity[d["doc_type"]](d["fields"])
            for d in documents
            if d["doc_type"] in certificate_activity
        }
        missing = {
            (r.doc_type, r.activity)
            for r in required_documents(case["service"], situation, activities)
            if (r.activity and r.activity not in proven)
            or (not r.activity and r.doc_type not in present_types)
        }
        expected = {
            (f["doc_type"], f.get("activity")) for f in case["findings"] if f["kind"] == "missing"
        }
        assert missing == expected, case["client"]["name"]
