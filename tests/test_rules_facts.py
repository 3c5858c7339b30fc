"""Facts from a case's extraction records, and reasons that name the document and field used."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from stdnum.lv import pvn

from asistents.rules import assess_documents, explain, facts_from_documents


def personal_code(born: date, serial: int = 123) -> str:
    """An invented old-format code that passes the checksum."""
    body = f"{born:%d%m%y}{ {18: 0, 19: 1, 20: 2}[born.year // 100]}{serial:03d}"
    code = body + pvn.calc_check_digit_pers(body)
    assert pvn.is_valid(code)
    return f"{code[:6]}-{code[6:]}"


ANNA = personal_code(date(1985, 4, 12))
LAURA = personal_code(date(2010, 9, 1), 456)  # a child: 9 years old on 2020-03-10
ILZE = personal_code(date(1984, 3, 3), 789)


def record(file: str, doc_type: str, **fields: Any) -> dict[str, Any]:
    return {"file": file, "doc_type": doc_type, "text_source": "text", "confidence": 0.95,
            "fields": fields, "field_confidence": {}, "warnings": [], "error": None}


def adult_case() -> list[dict[str, Any]]:
    return [
        record("inbox/iesniegums.pdf", "application", service="assistant",
               applicant_name="Anna Kalniņa", applicant_personal_code=ANNA,
               client_name="Anna Kalniņa", client_personal_code=ANNA, address="Rīga",
               phone=None, email=None,
               activities=[{"kind": "work", "hours_per_week": 25},
                           {"kind": "ngo", "hours_per_week": 4}],
               receives_assistant_benefit=False, submitted_on="2020-03-10"),
        record("inbox/atzinums.pdf", "commission_opinion", opinion_no="A-1",
               issued_on="2019-05-01", person_name="Anna Kalniņa", personal_code=ANNA,
               disability_group="II", valid_from="2019-05-01", valid_until="2021-04-30",
               limitations=["mobility"], assistant_needed=True, special_care_needed=False),
        record("inbox/darbs.pdf", "employer_certificate", employer_name="SIA Piemērs",
               employer_reg_no="40003000000", person_name="Anna Kalniņa", personal_code=ANNA,
               position="grāmatvede", employed_since="2018-01-01", hours_per_week=20,
               issued_on="2020-03-01"),
    ]


def test_facts_pick_each_document() -> None:
    facts = facts_from_documents(adult_case())
    assert facts.service == "assistant"
    assert facts.received_on == date(2020, 3, 10)
    assert facts.birth_date == date(1985, 4, 12)
    assert facts.disability_group == "II" and facts.assistant_needed is True
    assert facts.requested == {"work": 25, "ngo": 4}
    assert facts.supported == {"work": 20}
    assert facts.opinion_valid_until == date(2021, 4, 30)
    assert "izziņa par aktivitāti ngo" in facts.missing


def test_received_on_overrides_the_application_date() -> None:
    facts = facts_from_documents(adult_case(), received_on=date(2020, 3, 12))
    assert facts.received_on == date(2020, 3, 12)
    assert facts.application_date == date(2020, 3, 10)


def test_every_reason_names_its_document_and_field() -> None:
    result = assess_documents(adult_case())
    assert result.granted
    assert result.hours == {"work": 20}
    assert result.to_contract()["requested"] == {"work": 25, "ngo": 4}
    for reason in result.reasons:
        assert reason.rule
        assert reason.documents, reason.text
    work = next(r for r in result.reasons if r.text.startswith("darbs"))
    assert "inbox/darbs.pdf (employer_certificate.hours_per_week)" in work.fields
    assert "inbox/iesniegums.pdf (application.activities)" in work.fields
    ngo = next(r for r in result.reasons if r.text.startswith("biedrības"))
    assert ngo.outcome == "missing" and "nav izziņas" in ngo.text
    text = explain(result)
    assert "darbs: prasīts 25 h, izziņa apliecina 20 h, limits 20 h -> 20 h" in text
    assert "(Ministru kabineta 2012. gada 18. decembra noteikumi Nr. 942, 1. pielikums)" in text
    assert ANNA not in text  # the derivation never needs a personal code


def test_reasons_and_the_explanation_write_dates_the_latvian_way() -> None:
    result = assess_documents(adult_case())
    texts = [r.text for r in result.reasons]
    assert any("iesniegums saņemts 10.03.2020.: lēmums jāpieņem līdz 10.04.2020." in t
               for t in texts), texts
    text = explain(result)
    assert "Periods (period): 01.04.2020.–31.03.2021." in text
    assert "Lēmums jāpieņem līdz (decision due): 10.04.2020." in text
    assert not re.search(r"\d{4}-\d{2}-\d{2}", text), text  # the contract keeps ISO


def test_the_rule_set_chosen_is_named_as_users_know_it() -> None:
    result = assess_documents(adult_case())
    chosen = next(r for r in result.reasons if "piemērojami šie noteikumi" in r.text)
    assert "(spēkā 01.01.2013.–30.06.2021.)" in chosen.text
    assert chosen.rule.startswith("Ministru kabineta 2012. gada 18. decembra noteikumi Nr. 942")
    assert not any(re.search(r"\bmk\d+", r.text) for r in result.reasons)  # the data's keys


def test_contract_shape_matches_design() -> None:
    contract = assess_documents(adult_case()).to_contract()
    for key in ("rule_set", "granted", "hours", "total_hours_per_week", "period",
                "decision_due", "reasons"):
        assert key in contract
    assert contract["rule_set"] == "mk942"
    assert contract["period"] == {"from": "2020-04-01", "to": "2021-03-31"}
    assert contract["decision_due"] == "2020-04-10"
    assert set(contract["reasons"][0]) >= {"rule", "text", "documents"}


def test_no_opinion_needs_review_with_the_missing_fact() -> None:
    docs = [d for d in adult_case() if d["doc_type"] != "commission_opinion"]
    result = assess_documents(docs)
    assert not result.granted
    findings = result.findings()
    assert findings[0]["kind"] == "needs_review"
    assert findings[0]["doc_type"] == "commission_opinion"
    missing_certificate = [f for f in findings if f.get("activity") == "ngo"]
    assert missing_certificate[0]["doc_type"] == "activity_certificate"
    assert "VDEĀVK atzinums (commission_opinion)" in result.to_contract()["missing"]


def test_child_case_from_a_representative() -> None:
    docs = [
        record("inbox/app.pdf", "application", service="assistant",
               applicant_name="Ilze Kalniņa", applicant_personal_code=ILZE,
               client_name="Laura Kalniņa", client_personal_code=LAURA,
               activities=[{"kind": "education", "hours_per_week": 20},
                           {"kind": "leisure", "hours_per_week": 2}],
               receives_assistant_benefit=False, submitted_on="2020-03-10"),
        record("inbox/op.pdf", "commission_opinion", opinion_no="B-2", issued_on="2019-09-01",
               person_name="Laura Kalniņa", personal_code=LAURA, disability_group="child",
               valid_from="2019-09-01", valid_until=None, limitations=["mental"],
               assistant_needed=False, special_care_needed=True),
        record("inbox/skola.pdf", "school_certificate", institution_name="Rīgas 1. pamatskola",
               education_level="general", person_name="Laura Kalniņa", personal_code=LAURA,
               programme="pamatizglītība", study_until="2026-05-31", hours_per_week=25,
               issued_on="2020-02-01"),
        record("inbox/pulcins.pdf", "activity_certificate", institution_name="Biedrība X",
               activity_kind="leisure", person_name="Laura Kalniņa", personal_code=LAURA,
               hours_per_week=None, issued_on="2020-02-01"),
    ]
    facts = facts_from_documents(docs)
    assert facts.has_representative and not facts.representation_present
    assert "pārstāvības dokuments (representation_document)" in facts.missing
    result = assess_documents(docs)
    assert result.track == "child"
    assert result.hours == {"education": 20, "leisure": 2}
    assert any(r.outcome == "missing" and "pārstāvības" in r.text for r in result.reasons)


def test_family_assistant_case_from_the_social_workers_opinion() -> None:
    docs = [
        record("inbox/atz.pdf", "social_worker_opinion", person_name="Anna Kalniņa",
               personal_code=ANNA, category="mental_disorder", hours_per_week=8,
               period_months=6, tasks=["budžeta plānošana", "sadzīves prasmes"],
               issued_on="2026-10-20"),
    ]
    result = assess_documents(docs, received_on=date(2026, 10, 20))
    assert result.service == "family_assistant"
    assert result.category == "mental_disorder" and result.total_hours_per_week == 6
    assert result.period is not None and result.period.end == date(2027, 4, 30)
    assert result.reasons[1].documents == ["inbox/atz.pdf"]


def test_records_with_errors_are_skipped() -> None:
    docs = [*adult_case(), {"file": "inbox/broken.pdf", "doc_type": "unknown", "fields": {},
                            "error": "not a PDF"}]
    assert assess_documents(docs).granted


def test_activities_listed_without_hours_count_only_when_certified() -> None:
    docs = adult_case()
    docs[0]["fields"]["activities"] = [
        {"kind": "work", "hours_per_week": None},  # certified by darbs.pdf (20 h)
        {"kind": "education", "hours_per_week": None},  # an empty form row
        {"kind": "ngo", "hours_per_week": None},
    ]
    facts = facts_from_documents(docs)
    assert facts.requested == {} and set(facts.unstated) == {"work", "education", "ngo"}
    result = assess_documents(docs)
    assert result.hours == {"work": 20}
    work = next(r for r in result.reasons if r.text.startswith("darbs"))
    assert work.outcome == "missing" and "nav norādītas" in work.text
    assert result.to_contract()["requested"] == {"work": None}
    assert not any(r.text.startswith(("mācības", "biedrības")) for r in result.reasons)


def test_a_second_social_worker_opinion_extends_the_first_term() -> None:
    first = record("inbox/atz1.pdf", "social_worker_opinion", person_name="Anna Kalniņa",
                   personal_code=ANNA, category="family_with_children", hours_per_week=10,
                   period_months=6, tasks=["bērnu aprūpe"], issued_on="2026-01-15")
    second = record("inbox/atz2.pdf", "social_worker_opinion", person_name="Anna Kalniņa",
                    personal_code=ANNA, category="family_with_children", hours_per_week=8,
                    period_months=3, tasks=["bērnu aprūpe"], issued_on="2026-07-20")
    facts = facts_from_documents([second, first])
    assert facts.extension_opinion and facts.previous_opinion_on == date(2026, 1, 15)
    result = assess_documents([second, first])
    assert result.granted and result.total_hours_per_week == 8
    assert result.period is not None
    # first term 2026-02-01..2026-07-31; the extension continues on 1 August for 3 months
    assert (result.period.start, result.period.end) == (date(2026, 8, 1), date(2026, 10, 31))
    extension = next(r for r in result.reasons if "pagarinājums" in r.text)
    assert extension.documents == ["inbox/atz1.pdf", "inbox/atz2.pdf"]


def test_a_certificate_whose_kind_was_not_read_proves_the_one_open_activity() -> None:
    docs = adult_case()
    docs.append(record("inbox/biedriba.pdf", "activity_certificate", institution_name="X",
                       activity_kind=None, person_name="Anna Kalniņa", personal_code=ANNA,
                       hours_per_week=3, issued_on="2020-03-01"))
    result = assess_documents(docs)
    assert result.hours == {"work": 20, "ngo": 3}
    ngo = next(r for r in result.reasons if r.text.startswith("biedrības"))
    assert ngo.outcome == "missing" and "inbox/biedriba.pdf" in ngo.text
    # With two open activities the certificate proves neither.
    docs[0]["fields"]["activities"].append({"kind": "leisure", "hours_per_week": 2})
    assert assess_documents(docs).hours == {"work": 20}
