"""Properties of every assessment (hypothesis): caps hold, nothing negative, refusals explained."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from asistents.rules import CaseFacts, assess, load_config
from asistents.rules.config import ACTIVITY_KINDS

CONFIG = load_config()
MK942 = CONFIG.rule_set("mk942")

hours = st.floats(min_value=0, max_value=80, allow_nan=False, allow_infinity=False)
maybe_hours = st.one_of(st.none(), hours)


@st.composite
def assistant_cases(draw: st.DrawFn) -> CaseFacts:
    received = draw(st.dates(min_value=date(2013, 1, 1), max_value=date(2030, 12, 31)))
    requested = draw(st.dictionaries(st.sampled_from(ACTIVITY_KINDS), hours, max_size=7))
    unstated = tuple(draw(st.sets(st.sampled_from(ACTIVITY_KINDS), max_size=3)))
    supported = draw(st.dictionaries(st.sampled_from(ACTIVITY_KINDS), maybe_hours, max_size=7))
    valid_until = draw(st.one_of(st.none(), st.dates(min_value=received - timedelta(days=400),
                                                     max_value=received + timedelta(days=900))))
    return CaseFacts(
        service="assistant",
        received_on=received,
        application_date=received,
        opinion_present=draw(st.booleans()),
        disability_group=draw(st.sampled_from([None, "I", "II", "III", "child"])),
        limitations=tuple(draw(st.sets(st.sampled_from(["vision", "mobility", "mental",
                                                        "upper_limbs"])))),
        assistant_needed=draw(st.one_of(st.none(), st.booleans())),
        special_care_needed=draw(st.one_of(st.none(), st.booleans())),
        birth_date=draw(st.one_of(st.none(), st.dates(min_value=date(1930, 1, 1),
                                                      max_value=received))),
        weekly_procedures=draw(st.one_of(st.none(), st.booleans())),
        receives_assistant_benefit=draw(st.one_of(st.none(), st.booleans())),
        residence=draw(st.sampled_from([None, "home", "long_term_care", "hospital", "prison"])),
        requested=requested,
        unstated=unstated,
        supported=supported,
        opinion_valid_until=valid_until,
        duration=draw(st.sampled_from([None, "one_off", "one_month", "end_of_year",
                                       "one_year", "several_months"])),
        duration_months=draw(st.one_of(st.none(), st.integers(min_value=0, max_value=14))),
    )


@st.composite
def family_cases(draw: st.DrawFn) -> CaseFacts:
    return CaseFacts(
        service="family_assistant",
        received_on=draw(st.one_of(st.none(), st.dates(min_value=date(2015, 1, 1)))),
        family_category=draw(st.sampled_from([None, "care_leaver", "family_with_children",
                                              "mental_disorder", "other"])),
        family_hours=draw(maybe_hours),
        family_months=draw(st.one_of(st.none(), st.integers(min_value=1, max_value=24))),
        family_tasks=tuple(draw(st.lists(st.text(min_size=1, max_size=5), max_size=2))),
    )


@settings(max_examples=150, deadline=None)
@given(assistant_cases())
def test_assistant_caps_hold_and_nothing_is_negative(facts: CaseFacts) -> None:
    result = assess(facts, config=CONFIG)
    contract = result.to_contract()
    for value in result.hours.values():
        assert value >= 0
    if result.unit == "week":
        total = result.total_hours_per_week
        assert total is not None and 0 <= total <= MK942.total_cap.value  # type: ignore[union-attr]
        for line in result.activities:
            assert 0 <= line.granted <= MK942.caps[line.kind].hours
            assert line.granted <= line.cap
            assert line.requested is None or line.granted <= line.requested
            if line.supported is not None:
                assert line.granted <= line.supported
        if result.granted:
            assert total > 0
            assert total <= sum(result.hours.values())
    else:
        assert result.hours_per_month is None or result.hours_per_month >= 0
    if result.period is not None:
        assert result.period.start <= result.period.end
        if facts.opinion_valid_until is not None:
            assert result.period.end <= facts.opinion_valid_until
    assert isinstance(contract["granted"], bool)


@settings(max_examples=150, deadline=None)
@given(st.one_of(assistant_cases(), family_cases()))
def test_a_refusal_always_carries_a_reason(facts: CaseFacts) -> None:
    result = assess(facts, config=CONFIG)
    if not result.granted:
        findings = result.findings()
        assert findings, "a refusal without a reason"
        assert all(f["rule"] and f["message"] for f in findings)
        assert result.to_contract()["reasons"]
        assert result.hours == {} and result.period is None


@settings(max_examples=150, deadline=None)
@given(family_cases())
def test_family_hours_within_the_category_cap(facts: CaseFacts) -> None:
    result = assess(facts, config=CONFIG)
    total = result.total_hours_per_week
    assert total is not None and total >= 0
    if result.category is not None:
        assert total <= CONFIG.family.categories[result.category].hours_per_week
    if result.period is not None:
        months = (result.period.end.year - result.period.start.year) * 12 + (
            result.period.end.month - result.period.start.month)
        assert months < CONFIG.family.max_months


json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-5, 50) | st.floats(allow_nan=False)
    | st.just(float("inf"))
    | st.sampled_from(["I", "II", "child", "vision", "2021-02-30", "2020-05-05", "work", "6",
                       "higher", "day_centre", "family_with_children", ""]),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(
        st.sampled_from(["kind", "hours_per_week"]), inner, max_size=2),
    max_leaves=6,
)
FIELD_NAMES = ["service", "activities", "submitted_on", "client_personal_code",
               "receives_assistant_benefit", "disability_group", "limitations", "valid_until",
               "assistant_needed", "special_care_needed", "issued_on", "hours_per_week",
               "education_level", "activity_kind", "category", "period_months", "tasks",
               "residence", "duration", "duration_months", "start", "weekly_procedures"]
records = st.fixed_dictionaries({
    "file": st.sampled_from(["a.pdf", "b.pdf", "c.pdf"]),
    "doc_type": st.sampled_from(["application", "commission_opinion", "employer_certificate",
                                 "school_certificate", "activity_certificate",
                                 "social_worker_opinion", "representation_document",
                                 "unknown"]),
    "fields": st.one_of(st.none(), st.dictionaries(st.sampled_from(FIELD_NAMES), json_values,
                                                   max_size=8)),
})


@settings(max_examples=100, deadline=None)
@given(st.lists(records, max_size=5))
def test_any_extraction_output_gives_an_assessment_not_a_crash(docs: list) -> None:
    from asistents.rules import assess_documents

    result = assess_documents(docs, today=date(2026, 11, 25))
    assert result.granted or result.findings()
    assert isinstance(result.to_contract()["reasons"], list)
