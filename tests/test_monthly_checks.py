"""The timesheet checks, rule by rule, on small sheets a clerk could check by hand."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from asistents.monthly import EarlierHours, Entry, Sheet, Signatures, check_sheet
from asistents.monthly.checks import (
    check_days,
    check_overlaps,
    check_times,
    check_total,
    week_of,
)
from asistents.store.decisions import GrantTerms

D = date
CLIENT, ASSISTANT = "140185-12010", "010190-11004"

MK942 = GrantTerms(granted=True, rule_set="mk942", unit="week",
                   hours={"work": 20, "leisure": 2}, total_hours=22,
                   period_from=D(2021, 3, 1), period_to=D(2021, 12, 31), track="adult")
MK316 = GrantTerms(granted=True, rule_set="mk316", unit="month", hours={}, total_hours=80,
                   period_from=D(2021, 9, 1), period_to=D(2024, 8, 31), track="child")
FAMILY = GrantTerms(granted=True, rule_set="family_assistant", unit="week", hours={},
                    total_hours=6, period_from=D(2025, 10, 1), period_to=D(2026, 3, 31),
                    track="care_leaver", category="care_leaver")


def row(n: int, day: date, start: str | None, end: str | None, hours: str | None,
        activity: str | None = "work") -> Entry:
    return Entry(n, day, start, end, Decimal(hours) if hours is not None else None, activity)


def sheet(*entries: Entry, month: str = "2021-05", total: str | None = None,
          signatures: Signatures | None = None) -> Sheet:
    listed = sum((e.hours or Decimal(0) for e in entries), Decimal(0))
    return Sheet(month=month, client_code=CLIENT, assistant_code=ASSISTANT,
                 entries=tuple(entries), total_hours=Decimal(total) if total else listed,
                 signatures=signatures)


def found(check: object) -> list[tuple[str, str | None, int | None]]:
    return [(f.kind, f.date.isoformat() if f.date else None, f.row)
            for f in check.findings]  # type: ignore[attr-defined]


def test_a_correct_sheet_has_no_findings_and_every_hour_is_accepted() -> None:
    s = sheet(row(1, D(2021, 5, 3), "07:00", "08:00", "1"),
              row(2, D(2021, 5, 3), "16:00", "17:30", "1.5"),
              row(3, D(2021, 5, 4), "18:00", "20:00", "2", "leisure"),
              signatures=Signatures(True, True))
    result = check_sheet(s, "2021-05", MK942)
    assert result.findings == ()
    assert result.accepted_hours == Decimal("4.5")


def test_no_grant_and_a_refusal_accept_nothing() -> None:
    s = sheet(row(1, D(2021, 5, 3), "07:00", "08:00", "1"))
    assert found(check_sheet(s, "2021-05", None)) == [("no_grant", None, None)]
    refusal = GrantTerms(granted=False, rule_set="mk942", unit=None)
    result = check_sheet(s, "2021-05", refusal)
    assert found(result) == [("no_grant", None, None)]
    assert result.accepted_hours == 0
    assert "atteikums" in result.findings[0].message


def test_a_sheet_for_another_month_is_one_finding_and_nothing_is_accepted() -> None:
    s = sheet(row(1, D(2021, 4, 6), "07:00", "08:00", "1"), month="2021-04")
    result = check_sheet(s, "2021-05", MK942)
    assert found(result) == [("outside_month", None, None)]
    assert result.accepted_hours == 0


def test_a_row_of_another_month_and_outside_the_period() -> None:
    s = sheet(row(1, D(2021, 6, 1), "07:00", "08:00", "1"),
              row(2, D(2021, 5, 3), "07:00", "08:00", "1"), month="2021-05")
    late = GrantTerms(granted=True, rule_set="mk942", unit="week", hours={"work": 20},
                      total_hours=20, period_from=D(2021, 5, 10), period_to=D(2021, 12, 31))
    result = check_sheet(s, "2021-05", late)
    assert found(result) == [("outside_month", "2021-06-01", 1),
                             ("outside_period", "2021-05-03", 2)]
    assert result.accepted_hours == 0


def test_only_granted_activities() -> None:
    s = sheet(row(1, D(2021, 5, 3), "09:00", "12:00", "3", "day_centre"),
              row(2, D(2021, 5, 3), "13:00", "14:00", "1", None),
              row(3, D(2021, 5, 4), "07:00", "08:00", "1", "work"))
    result = check_sheet(s, "2021-05", MK942)
    assert found(result) == [("activity_not_granted", "2021-05-03", 1),
                             ("activity_not_granted", "2021-05-03", 2)]
    assert result.accepted_hours == 1


@pytest.mark.parametrize(
    ("start", "end", "hours", "bad"),
    [
        ("08:00", "10:00", "2", False),
        ("08:00", "10:04", "2", False),  # within the few minutes' tolerance
        ("08:00", "10:30", "2", True),  # 2.5 h written as 2
        ("14:00", "12:00", "2", True),  # to before from
        ("12:00", "12:00", "0", True),
        (None, None, "2", True),  # no times at all
        ("08:00", "24:00", "16", False),  # 24:00 ends a day
    ],
)
def test_times_must_add_up(start: str | None, end: str | None, hours: str, bad: bool) -> None:
    findings, rejected = check_times([row(1, D(2021, 5, 3), start, end, hours)])
    assert bool(findings) is bad and bool(rejected) is bad
    if bad:
        assert findings[0].kind == "bad_times" and findings[0].row == 1


def test_overlapping_rows_flag_the_later_one() -> None:
    rows = [row(1, D(2021, 5, 3), "08:00", "12:00", "4"),
            row(2, D(2021, 5, 3), "11:00", "13:00", "2"),
            row(3, D(2021, 5, 3), "12:00", "13:00", "1"),  # touches row 1, overlaps row 2
            row(4, D(2021, 5, 4), "11:00", "13:00", "2")]
    findings, rejected = check_overlaps(rows)
    assert [(f.kind, f.row) for f in findings] == [("overlap", 2), ("overlap", 3)]
    assert rejected == {2, 3}
    assert "1. rindu" in findings[0].message


def test_more_than_24_hours_on_one_day_holds_the_day_back() -> None:
    rows = [row(1, D(2021, 5, 8), "00:00", "12:00", "12"),
            row(2, D(2021, 5, 8), "10:00", "23:00", "13"),
            row(3, D(2021, 5, 9), "10:00", "11:00", "1")]
    findings, rejected = check_days(rows)
    assert [(f.kind, f.date) for f in findings] == [("day_over_24h", D(2021, 5, 8))]
    assert rejected == {1, 2}


def test_the_stated_total_must_equal_the_rows() -> None:
    rows = (row(1, D(2021, 5, 3), "07:00", "08:00", "1"),
            row(2, D(2021, 5, 4), "07:00", "08:30", "1.5"))
    assert check_total(sheet(*rows, total="2.5")) == []
    mismatch = check_total(sheet(*rows, total="3.5"))
    assert [f.kind for f in mismatch] == ["total_mismatch"]
    assert "3,5 h" in mismatch[0].message and "2,5 h" in mismatch[0].message


def test_missing_signatures_are_findings_but_do_not_hold_back_the_hours() -> None:
    s = sheet(row(1, D(2021, 5, 3), "07:00", "08:00", "1"),
              row(2, D(2021, 5, 4), "07:00", "08:00", "1"),
              signatures=Signatures(True, False, (D(2021, 5, 4),)))
    result = check_sheet(s, "2021-05", MK942)
    assert found(result) == [("signature_missing", None, None),
                             ("signature_missing", "2021-05-04", 2)]
    assert result.accepted_hours == 2


def test_weekly_activity_limit_under_mk942_accepts_up_to_the_grant() -> None:
    # Leisure is granted 2 h a week: Tuesday 1.5 h, Thursday 1.5 h -> 0.5 h of Thursday's pass.
    s = sheet(row(1, D(2021, 5, 4), "18:00", "19:30", "1.5", "leisure"),
              row(2, D(2021, 5, 6), "18:00", "19:30", "1.5", "leisure"),
              row(3, D(2021, 5, 11), "18:00", "19:30", "1.5", "leisure"))  # next week
    result = check_sheet(s, "2021-05", MK942)
    assert found(result) == [("weekly_hours_exceeded", "2021-05-06", 2)]
    assert [r.accepted for r in result.entries] == [Decimal("1.5"), Decimal("0.5"),
                                                     Decimal("1.5")]
    assert "0,5 h no 1,5 h" in result.findings[0].message


def test_a_week_straddling_two_months_counts_the_other_months_days() -> None:
    # ISO week 17 of 2021 runs Mon 26 April - Sun 2 May. 19 h of work were accepted in April's
    # part of it; May 1-2 bring 3 h more against the 20 h work grant: 1 h is accepted.
    assert week_of(D(2021, 4, 26)) == week_of(D(2021, 5, 2)) == "2021-W17"
    april = [EarlierHours(D(2021, 4, 26 + i), "work", Decimal(h))
             for i, h in enumerate(["5", "5", "5", "4"])]
    s = sheet(row(1, D(2021, 5, 1), "08:00", "10:00", "2"),
              row(2, D(2021, 5, 2), "08:00", "09:00", "1"),
              row(3, D(2021, 5, 3), "08:00", "09:00", "1"))
    result = check_sheet(s, "2021-05", MK942, earlier=april)
    assert found(result) == [("weekly_hours_exceeded", "2021-05-01", 1),
                             ("weekly_hours_exceeded", "2021-05-02", 2)]
    assert [r.accepted for r in result.entries] == [Decimal(1), Decimal(0), Decimal(1)]
    # Without April's hours the same sheet is within the grant.
    assert check_sheet(s, "2021-05", MK942).findings == ()


def test_monthly_grant_under_mk316_counts_the_month() -> None:
    rows = [row(i + 1, D(2021, 9, 1 + i), "08:00", "14:00", "6", "education")
            for i in range(14)]  # 84 h against 80 h a month
    s = sheet(*rows, month="2021-09")
    result = check_sheet(s, "2021-09", MK316)
    assert found(result) == [("monthly_hours_exceeded", "2021-09-14", 14)]
    assert result.accepted_hours == 80
    assert "mēnesī" in result.findings[0].message


def test_family_assistant_grant_counts_the_week_without_activities() -> None:
    s = sheet(row(1, D(2025, 11, 3), "10:00", "14:00", "4", None),
              row(2, D(2025, 11, 5), "10:00", "13:00", "3", None), month="2025-11")
    result = check_sheet(s, "2025-11", FAMILY)
    assert found(result) == [("weekly_hours_exceeded", "2025-11-05", 2)]
    assert result.accepted_hours == 6


def test_a_row_with_several_defects_names_each_and_is_not_accepted() -> None:
    s = sheet(row(1, D(2021, 5, 8), "08:00", "20:00", "12"),
              row(2, D(2021, 5, 8), "10:00", "23:00", "13"), total="30")
    result = check_sheet(s, "2021-05", MK942)
    assert found(result) == [("total_mismatch", None, None), ("day_over_24h", "2021-05-08", 1),
                             ("overlap", "2021-05-08", 2)]
    assert result.accepted_hours == 0


def test_finding_messages_write_dates_and_months_the_latvian_way() -> None:
    # A stray row, a row before the grant, an overfull and an unsigned day: every date a
    # message names is "31.03.2021." and every month "2021. gada marts"; `date` stays a date.
    s = sheet(row(1, D(2021, 4, 30), "08:00", "09:00", "1"),
              row(2, D(2021, 2, 26), "08:00", "09:00", "1"),
              row(3, D(2021, 2, 27), "00:00", "13:00", "13"),
              row(4, D(2021, 2, 27), "13:00", "23:59", "12"),
              month="2021-02", signatures=Signatures(True, True, (D(2021, 2, 26),)))
    result = check_sheet(s, "2021-02", MK942)
    messages: dict[str, str] = {}
    for finding in result.findings:
        messages.setdefault(finding.kind, finding.message)
    assert messages["outside_month"] == (
        "1. rinda (30.04.2021.) nav apstrādājamajā mēnesī (2021. gada februāris).")
    assert messages["outside_period"] == (
        "2. rinda (26.02.2021.) ir ārpus piešķirtā perioda (01.03.2021.–31.12.2021.).")
    assert messages["day_over_24h"].startswith("27.02.2021. uzrādītas 25 h")
    assert messages["signature_missing"].startswith("26.02.2021. ierakstam")
    assert all(".." not in m and "2021-" not in m for m in messages.values())
    other = check_sheet(sheet(row(1, D(2021, 4, 30), "08:00", "09:00", "1"), month="2021-04"),
                        "2021-05", MK942)
    assert other.findings[0].message.startswith(
        "Uzskaites lapa ir par citu mēnesi (2021. gada aprīlis), nevis par apstrādājamo "
        "(2021. gada maijs); nepieņemtie ieraksti: 1.")
