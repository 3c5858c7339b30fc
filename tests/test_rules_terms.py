"""Terms: the decision due date (months to the same date, clamped) and the granted period."""

from __future__ import annotations

from datetime import date

import pytest

from asistents.rules import add_months, decision_due, duration_period
from asistents.rules.terms import Period, capped_years_period, duration_end


@pytest.mark.parametrize(
    ("received", "due"),
    [
        (date(2026, 1, 31), date(2026, 2, 28)),  # no 31 February: the month's last day
        (date(2024, 1, 31), date(2024, 2, 29)),  # leap year
        (date(2026, 1, 30), date(2026, 2, 28)),
        (date(2026, 3, 15), date(2026, 4, 15)),  # same date next month
        (date(2026, 3, 31), date(2026, 4, 30)),
        (date(2026, 12, 31), date(2027, 1, 31)),  # over the year end
        (date(2026, 2, 28), date(2026, 3, 28)),  # not moved to the month's end
    ],
)
def test_decision_due_one_month_after_receipt(received: date, due: date) -> None:
    assert decision_due(received) == due


def test_add_months_over_years() -> None:
    assert add_months(date(2024, 2, 29), 12) == date(2025, 2, 28)
    assert add_months(date(2021, 11, 30), 3) == date(2022, 2, 28)


START = date(2026, 3, 1)


@pytest.mark.parametrize(
    ("option", "months", "end"),
    [
        ("one_off", None, date(2026, 3, 1)),
        ("one_month", None, date(2026, 3, 31)),
        ("several_months", 3, date(2026, 5, 31)),
        ("end_of_year", None, date(2026, 12, 31)),
        ("one_year", None, date(2027, 2, 28)),
    ],
)
def test_duration_options(option: str, months: int | None, end: date) -> None:
    assert duration_end(option, START, months=months) == end
    period, shortened = duration_period(option, START, None, months=months)
    assert period == Period(START, end) and not shortened


@pytest.mark.parametrize(
    ("start", "end"),
    [(date(2026, 1, 31), date(2026, 2, 28)), (date(2026, 1, 29), date(2026, 2, 28)),
     (date(2026, 1, 28), date(2026, 2, 27)), (date(2024, 1, 31), date(2024, 2, 29))],
)
def test_one_month_from_the_end_of_january_covers_february(start: date, end: date) -> None:
    assert duration_end("one_month", start) == end


def test_several_months_needs_a_count() -> None:
    with pytest.raises(ValueError):
        duration_end("several_months", START)


@pytest.mark.parametrize(
    ("valid_until", "expected", "shortened"),
    [
        (None, Period(START, date(2026, 12, 31)), False),  # indefinite opinion
        (date(2027, 6, 30), Period(START, date(2026, 12, 31)), False),
        (date(2026, 8, 31), Period(START, date(2026, 8, 31)), True),  # the opinion shortens it
        (START, Period(START, START), True),
        (date(2026, 2, 28), None, True),  # expired before the start: nothing
    ],
)
def test_period_never_beyond_the_opinion(
    valid_until: date | None, expected: Period | None, shortened: bool
) -> None:
    assert duration_period("end_of_year", START, valid_until) == (expected, shortened)


def test_three_year_limit() -> None:
    assert capped_years_period(START, 3, None) == (Period(START, date(2029, 2, 28)), True)
    assert capped_years_period(START, 3, date(2027, 1, 1)) == (
        Period(START, date(2027, 1, 1)), False)
