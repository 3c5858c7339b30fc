"""The assistant service rules against domain.md's worked examples (MK 942 and MK 316)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from asistents.errors import ValidationError
from asistents.rules import (
    CaseFacts,
    activity_hours,
    assess,
    cap_total,
    choose_rule_set,
    eligible_assistant_mk942,
    hours_per_activity,
    visual_benefit_deduction,
)

RECEIVED = date(2020, 3, 10)  # an MK 942 date


def adult(**changes: object) -> CaseFacts:
    """A group II adult with an assistant opinion, asking 20 h of work with a 20 h certificate."""
    facts = CaseFacts(
        service="assistant",
        received_on=RECEIVED,
        application_date=RECEIVED,
        opinion_present=True,
        disability_group="II",
        limitations=("mobility",),
        assistant_needed=True,
        special_care_needed=False,
        birth_date=date(1980, 5, 5),
        requested={"work": 20},
        supported={"work": 20},
    )
    return replace(facts, **changes)  # type: ignore[arg-type]


def child(age_years: int, **changes: object) -> CaseFacts:
    """A child with a special-care opinion, `age_years` old on the application date."""
    born = date(RECEIVED.year - age_years, 1, 1)
    facts = CaseFacts(
        service="assistant",
        received_on=RECEIVED,
        application_date=RECEIVED,
        opinion_present=True,
        disability_group="child",
        special_care_needed=True,
        birth_date=born,
        requested={"education": 20},
        supported={"education": 20},
    )
    return replace(facts, **changes)  # type: ignore[arg-type]


# --- hours ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("requested", "supported", "cap", "expected"),
    [
        (25, 20, 20, 20),  # domain.md: 25 asked for work, certificate 20 -> 20
        (10, 20, 20, 10),  # asked less than the certificate
        (30, 30, 20, 20),  # the activity cap
        (5, None, 2, 2),  # certificate silent on hours: the lesser of asked and cap
        (0, 20, 20, 0),
    ],
)
def test_activity_hours_is_the_least_of_asked_supported_and_cap(
    requested: float, supported: float | None, cap: float, expected: float
) -> None:
    assert activity_hours(requested, supported, cap) == expected


def test_hours_per_activity_gives_nothing_without_a_certificate() -> None:
    hours = hours_per_activity({"work": 20, "ngo": 5}, {"work": 15}, {"work": 20, "ngo": 20})
    assert hours == {"work": 15, "ngo": 0}


def test_total_cap_of_forty_hours() -> None:
    assert cap_total({"work": 20, "day_centre": 20, "leisure": 2}, 40) == 40


@pytest.mark.parametrize(("assessed", "municipal"), [(40, 30), (25, 15), (11, 1), (10, 0), (4, 0)])
def test_visual_benefit_deduction(assessed: float, municipal: float) -> None:
    assert visual_benefit_deduction(assessed, 10) == municipal


def test_worked_example_20_work_20_day_centre_2_leisure_is_40_not_42() -> None:
    facts = adult(requested={"work": 20, "day_centre": 20, "leisure": 2},
                  supported={"work": 20, "day_centre": 20, "leisure": 2})
    result = assess(facts)
    assert result.granted
    assert result.hours == {"work": 20, "day_centre": 20, "leisure": 2}
    assert result.total_hours_per_week == 40
    contract = result.to_contract()
    assert contract["total_hours_per_week"] == 40
    assert contract["assessed_hours_per_week"] == 40
    assert any("42" in r.text and r.outcome == "limited" for r in result.reasons)


def test_work_asked_25_with_certificate_20_gets_20() -> None:
    result = assess(adult(requested={"work": 25}, supported={"work": 20}))
    assert result.hours == {"work": 20}
    line = next(r for r in result.reasons if r.text.startswith("darbs"))
    assert "prasīts 25 h" in line.text and "izziņa apliecina 20 h" in line.text
    assert "Ministru kabineta 2012. gada 18. decembra noteikumi Nr. 942, 1. pielikums" in line.rule


def visual(requested: dict[str, float], **changes: object) -> CaseFacts:
    base: dict[str, object] = {"disability_group": "I", "limitations": ("vision",),
                               "receives_assistant_benefit": True, "requested": requested,
                               "supported": dict(requested)}
    return adult(**{**base, **changes})


def test_group_one_visual_with_benefit_asking_40_gets_30() -> None:
    result = assess(visual({"work": 20, "day_centre": 20}))
    assert result.granted
    assert result.total_hours_per_week == 30
    assert result.benefit_hours_deducted == 10
    assert result.to_contract()["benefit_hours_deducted"] == 10


def test_group_one_visual_with_benefit_asking_10_gets_nothing() -> None:
    result = assess(visual({"institutions": 10}))
    assert not result.granted
    assert result.total_hours_per_week == 0
    assert result.findings() and result.findings()[0]["kind"] == "ineligible"
    assert "10" in result.findings()[0]["message"]


def test_visual_without_the_benefit_keeps_every_hour() -> None:
    result = assess(visual({"work": 20}, receives_assistant_benefit=False))
    assert result.total_hours_per_week == 20


@pytest.mark.parametrize(
    ("group", "limitations", "cap"),
    [("I", ("vision",), 40), ("II", ("mobility",), 20), ("I", ("mental",), 20),
     ("II", ("vision",), 20)],
)
def test_higher_education_forty_hours_only_for_group_one_visual(
    group: str, limitations: tuple[str, ...], cap: int
) -> None:
    facts = adult(disability_group=group, limitations=limitations,
                  requested={"higher_education": 40}, supported={"higher_education": 40})
    result = assess(facts)
    assert result.hours == {"higher_education": cap}


def test_child_with_visual_disability_may_have_the_higher_education_row() -> None:
    facts = child(17, limitations=("vision",), requested={"higher_education": 30},
                  supported={"higher_education": 30})
    assert assess(facts).hours == {"higher_education": 30}


# --- eligibility ------------------------------------------------------------------------------


@pytest.mark.parametrize(("age", "eligible"), [(4, False), (5, True), (18, True), (19, False)])
def test_child_age_boundaries_5_to_18_inclusive(age: int, eligible: bool) -> None:
    result = assess(child(age))
    assert result.granted is eligible
    if not eligible:
        assert any("vecums" in f["message"] for f in result.findings())


def test_child_age_on_the_birthday() -> None:
    # Turning 5 on the application date counts as 5.
    facts = child(0, birth_date=date(RECEIVED.year - 5, RECEIVED.month, RECEIVED.day))
    assert assess(facts).granted


@pytest.mark.parametrize("residence", ["long_term_care", "hospital", "prison"])
def test_living_in_care_hospital_or_prison_is_refused(residence: str) -> None:
    result = assess(adult(residence=residence))
    assert not result.granted
    findings = result.findings()
    assert findings and all(f["kind"] == "ineligible" for f in findings)
    assert findings[0]["rule"].startswith("Daugavpils pilsētas pašvaldības iestādes")


@pytest.mark.parametrize(
    ("changes", "eligible"),
    [
        ({}, True),
        ({"disability_group": "I"}, True),
        ({"disability_group": "III"}, False),
        ({"assistant_needed": False}, False),
    ],
)
def test_adult_needs_group_one_or_two_and_an_assistant_opinion(
    changes: dict[str, object], eligible: bool
) -> None:
    assert assess(adult(**changes)).granted is eligible


def test_child_without_special_care_opinion_is_refused() -> None:
    assert not assess(child(10, special_care_needed=False)).granted


def test_missing_opinion_is_not_a_refusal_on_the_merits_but_needs_review() -> None:
    result = assess(adult(opinion_present=False, disability_group=None, assistant_needed=None))
    assert not result.granted
    assert result.needs_review
    assert result.findings()[0]["kind"] == "needs_review"
    assert "VDEĀVK" in result.findings()[0]["message"]


def test_eligibility_function_reports_each_check() -> None:
    outcome = eligible_assistant_mk942(age=42, disability_group="II", assistant_needed=True,
                                       special_care_needed=False, residence=None,
                                       opinion_present=True)
    assert outcome.eligible is True and outcome.track == "adult"
    assert all(c.rule for c in outcome.checks)


# --- rule set, period, due date ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "rule_set"),
    [(date(2013, 1, 1), "mk942"), (date(2021, 6, 30), "mk942"), (date(2021, 7, 1), "mk316"),
     (date(2026, 11, 25), "mk316")],
)
def test_rule_set_is_chosen_by_application_date(day: date, rule_set: str) -> None:
    assert choose_rule_set(day) == rule_set


def test_no_rule_set_before_2013() -> None:
    with pytest.raises(ValidationError):
        choose_rule_set(date(2012, 12, 31))


def test_opinion_expiring_before_the_requested_period_shortens_it() -> None:
    facts = adult(opinion_valid_until=date(2020, 8, 31), duration="one_year")
    result = assess(facts)
    assert result.granted
    assert result.period is not None
    assert (result.period.start, result.period.end) == (date(2020, 4, 1), date(2020, 8, 31))
    assert any(r.outcome == "limited" and "31.08.2020." in r.text for r in result.reasons)


def test_opinion_expired_before_the_period_starts_is_refused() -> None:
    result = assess(adult(opinion_valid_until=date(2020, 3, 20)))
    assert not result.granted
    assert any("atzinums derīgs līdz 20.03.2020." in f["message"] for f in result.findings())


def test_decision_due_one_month_after_received_31_january() -> None:
    result = assess(adult(received_on=date(2020, 1, 31), application_date=date(2020, 1, 31)))
    assert result.decision_due == date(2020, 2, 29)  # 2020 is a leap year
    assert result.to_contract()["decision_due"] == "2020-02-29"


def test_child_period_ends_before_the_nineteenth_birthday() -> None:
    facts = child(18, birth_date=date(2001, 6, 15), duration="one_year")
    result = assess(facts)
    assert result.period is not None
    assert result.period.end == date(2020, 6, 14)


# --- MK 316 ------------------------------------------------------------------------------------

MK316_DAY = date(2022, 3, 1)


def child316(**changes: object) -> CaseFacts:
    return child(10, received_on=MK316_DAY, application_date=MK316_DAY,
                 birth_date=date(2012, 1, 1), **changes)


@pytest.mark.parametrize(
    ("changes", "hours"),
    [
        ({}, 80),
        ({"weekly_procedures": True}, 100),
        ({"weekly_procedures": False}, 80),
        ({"special_care_needed": False, "limitations": ("mobility",)}, 60),  # companion
    ],
)
def test_mk316_child_hours_per_month(changes: dict[str, object], hours: int) -> None:
    result = assess(child316(**changes))
    assert result.rule_set == "mk316"
    assert result.granted
    assert result.hours_per_month == hours
    contract = result.to_contract()
    assert contract["hours_per_month"] == hours
    assert contract["total_hours_per_week"] is None


def test_mk316_at_most_three_years() -> None:
    result = assess(child316(opinion_valid_until=None))
    assert result.period is not None
    assert (result.period.start, result.period.end) == (date(2022, 4, 1), date(2025, 3, 31))


def test_mk316_within_the_disability_period() -> None:
    result = assess(child316(opinion_valid_until=date(2023, 12, 31)))
    assert result.period is not None
    assert result.period.end == date(2023, 12, 31)


def test_mk316_child_without_opinion_or_mobility_is_refused() -> None:
    assert not assess(child316(special_care_needed=False, limitations=())).granted


def test_mk316_adult_needs_the_social_service_questionnaire() -> None:
    result = assess(adult(received_on=MK316_DAY, application_date=MK316_DAY))
    assert result.rule_set == "mk316"
    assert not result.granted and result.needs_review
    assert result.findings()[0]["kind"] == "needs_review"
    # The unconfirmed tiers are shown for the worker's review, never granted by themselves.
    assert result.to_contract()["tiers"] == {"work": {"lower": 80, "higher": 160}}


def test_opinion_expired_before_the_application_is_refused_on_eligibility() -> None:
    # The sample's Kalējs: valid until 2020-12-31, applied 2021-04-20.
    day = date(2021, 4, 20)
    result = assess(adult(received_on=day, application_date=day,
                          opinion_valid_until=date(2020, 12, 31)))
    assert not result.granted
    messages = [f["message"] for f in result.findings()]
    assert any("bija derīgs līdz 31.12.2020., iesniegums 20.04.2021." in m for m in messages)
    assert "noteikumi Nr. 942, 2. punkts" in result.findings()[0]["rule"]


def test_mk316_child_opinion_expired_before_the_application() -> None:
    result = assess(child316(opinion_valid_until=date(2022, 1, 31)))
    assert not result.granted
