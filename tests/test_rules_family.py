"""Family assistant service: category caps, six months, extension, caseload (seeds 000-002)."""

from __future__ import annotations

from datetime import date

import pytest

from asistents.rules import CaseFacts, assess, caseload_ok, caseload_share, load_config
from asistents.rules.family_assistant import extension_months, family_hours, family_months

FAMILY = load_config().family


def opinion(**changes: object) -> CaseFacts:
    facts = CaseFacts(service="family_assistant", received_on=date(2026, 1, 31),
                      family_category="family_with_children", family_hours=10,
                      family_months=6, family_tasks=("budžeta plānošana",))
    for key, value in changes.items():
        setattr(facts, key, value)
    return facts


@pytest.mark.parametrize(
    ("category", "asked", "granted"),
    [
        ("care_leaver", 8, 6),
        ("family_with_children", 12, 10),
        ("mental_disorder", 6, 6),
        ("mental_disorder", 4, 4),
        ("family_with_children", None, 10),  # no figure in the opinion: the cap
    ],
)
def test_category_caps_6_10_6(category: str, asked: float | None, granted: float) -> None:
    assert family_hours(category, asked, FAMILY) == granted
    result = assess(opinion(family_category=category, family_hours=asked))
    assert result.granted
    assert result.category == category
    assert result.total_hours_per_week == granted
    assert result.to_contract()["hours"] == {}


@pytest.mark.parametrize(("asked", "months"), [(3, 3), (6, 6), (9, 6), (None, 6)])
def test_up_to_six_months(asked: int | None, months: int) -> None:
    assert family_months(asked, FAMILY) == months


def test_nine_months_asked_gives_six_and_says_how_to_extend() -> None:
    result = assess(opinion(family_months=9))
    assert result.period is not None
    assert (result.period.start, result.period.end) == (date(2026, 2, 1), date(2026, 7, 31))
    assert result.to_contract()["period_months"] == 6
    limited = [r for r in result.reasons if r.outcome == "limited"]
    assert any("pagarināt" in r.text for r in limited)
    assert result.decision_due == date(2026, 2, 28)


def test_extension_only_on_a_social_workers_opinion() -> None:
    assert extension_months(6, False, 6, FAMILY) == 0
    assert extension_months(6, True, 4, FAMILY) == 4
    assert extension_months(6, True, 12, FAMILY) == 6


def test_unknown_category_is_refused() -> None:
    result = assess(opinion(family_category="pensioner"))
    assert not result.granted
    assert result.findings()[0]["kind"] == "ineligible"


def test_opinion_without_tasks_needs_review() -> None:
    result = assess(opinion(family_tasks=()))
    assert result.needs_review
    assert any(r.outcome == "missing" and "uzdevumi" in r.text for r in result.reasons)


@pytest.mark.parametrize(
    ("cases", "ok"),
    [
        (["family_with_children"] * 4, True),
        (["family_with_children"] * 5, False),
        (["mental_disorder"] * 4, True),
        (["mental_disorder"] * 5, False),
        (["care_leaver"] * 6, True),
        (["care_leaver"] * 7, False),
        ([], True),
        (["family_with_children"] * 2 + ["care_leaver"] * 3, True),  # 1/2 + 1/2
        (["family_with_children"] * 3 + ["care_leaver"] * 2, False),  # 3/4 + 1/3
        (["unknown"], True),  # counts as a full caseload on its own
        (["unknown", "care_leaver"], False),
    ],
)
def test_caseload_of_one_full_time_assistant(cases: list[str], ok: bool) -> None:
    assert caseload_ok(cases) is ok


def test_caseload_share_is_exact() -> None:
    assert caseload_share(["care_leaver"] * 3) == caseload_share(["family_with_children"] * 2)
