"""Terms (termiņi): the decision due date and the period a service is granted for."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta

from .config import DURATION_OPTIONS


def add_months(day: date, months: int) -> date:
    """The same day number `months` later, clamped to the last day of a shorter month.

    This is how Latvian law counts a term in months: it ends on the corresponding date of the
    last month, or on that month's last day when it has no such date (Administratīvā procesa
    likums, termiņu skaitīšana; the same convention as the Civil Law). 31 January + 1 month is
    28 February (29 in a leap year), never 2 or 3 March.
    """
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    last = calendar.monthrange(year, month)[1]
    return date(year, month, min(day.day, last))


def months_end(start: date, months: int) -> date:
    """The last day of a period of `months` months from `start`: the day before the
    corresponding date, or the last day of the final month when it has no corresponding date
    (from 31 January, one month ends on 28/29 February, never on the 27th)."""
    corresponding = add_months(start, months)
    if corresponding.day < start.day:  # clamped: the final month has no such date
        return corresponding
    return corresponding - timedelta(days=1)


def decision_due(received_on: date, *, months: int = 1) -> date:
    """The last day to decide on an application received on `received_on`.

    Seed 004: the social service decides "viena mēneša laikā" after receiving the application
    (MK 942; Administratīvā procesa likums 64. p. gives one month as well). Counted with
    `add_months`: received 15 March -> due 15 April; received 31 January -> due 28 February
    (29 in a leap year).

    Not applied: the Administrative Procedure Law moves a term ending on a Saturday, Sunday or
    public holiday to the next working day. We keep the calendar date, which is never later
    than the legal deadline, so a worker who meets it is always in time; the Latvian holiday
    calendar would otherwise have to be maintained as data.
    """
    return add_months(received_on, months)


@dataclass(frozen=True)
class Period:
    """A service period, both ends inclusive."""

    start: date
    end: date

    def to_contract(self) -> dict[str, str]:
        return {"from": self.start.isoformat(), "to": self.end.isoformat()}

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1


def duration_end(option: str, start: date, *, months: int | None = None) -> date:
    """The last day of a duration option starting on `start` (seed 004: "vienreizējs, uz vienu
    mēnesi, vairākiem mēnešiem, līdz kārtējā gada beigām vai uz vienu gadu").

    `one_off` is the start day itself; `one_month` and `several_months` (`months` of them, 2 to
    11) end as `months_end` says; `end_of_year` ends on 31 December of the start's year;
    `one_year` on the day before the same date a year later.
    """
    if option not in DURATION_OPTIONS:
        raise ValueError(f"unknown duration option {option!r}")
    if option == "one_off":
        return start
    if option == "end_of_year":
        return date(start.year, 12, 31)
    if option == "one_month":
        count = 1
    elif option == "one_year":
        count = 12
    else:
        if months is None or not 2 <= months <= 11:
            raise ValueError("several_months needs months between 2 and 11")
        count = months
    return months_end(start, count)


def duration_period(
    option: str,
    start: date,
    opinion_valid_until: date | None,
    *,
    months: int | None = None,
) -> tuple[Period | None, bool]:
    """The period granted for a duration option, never beyond the opinion's validity.

    Seed 004: the duration is one of the options and "cannot outlast the opinion's validity".
    Returns (period, shortened): `shortened` is True when the opinion's `valid_until` cut the
    period; the period is None when the opinion has expired before `start` (nothing can be
    granted). `opinion_valid_until` None means an indefinite opinion.
    """
    end = duration_end(option, start, months=months)
    if opinion_valid_until is None or opinion_valid_until >= end:
        return Period(start, end), False
    if opinion_valid_until < start:
        return None, True
    return Period(start, opinion_valid_until), True


def capped_years_period(
    start: date, max_years: int, valid_until: date | None
) -> tuple[Period, bool]:
    """MK 316: granted for the disability period, at most `max_years` years.

    Returns (period, limited_by_years): ends on the day before the same date `max_years`
    later, or on `valid_until` when that comes first. The caller checks `valid_until >= start`.
    """
    years_end = months_end(start, 12 * max_years)
    if valid_until is not None and valid_until < years_end:
        return Period(start, valid_until), False
    return Period(start, years_end), True


def family_period(start: date, months: int) -> Period:
    """A family assistant term of `months` months from `start` (seed 000)."""
    return Period(start, months_end(start, months))


def first_of_next_month(day: date) -> date:
    """The service starts at the beginning of the month after the application (our default:
    the decision is due within a month, and timesheets and pay run by calendar month)."""
    return add_months(date(day.year, day.month, 1), 1)
