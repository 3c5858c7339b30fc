"""A week's hours from how a document says them (forms.hours.parse_schedule and
extract.weekly_hours): printed weekly figures, a day's (a visit's) hours times the days."""

from __future__ import annotations

import pytest
from asistents.extract.weekly_hours import (
    COMPUTED_CONFIDENCE,
    DAILY_ONLY_CONFIDENCE,
    reconsider,
    sentences,
    timetable,
)
from asistents.forms.hours import parse_hours, parse_schedule


@pytest.mark.parametrize(("text", "weekly", "each", "times", "week"), [
    # a printed weekly figure
    ("20 stundas nedēļā", 20, None, None, 20),
    ("vidēji sešas stundas nedēļā", 6, None, None, 6),
    ("divdesmit četras stundas nedēļā", 24, None, None, 24),
    # a day's hours times a range of weekdays
    ("četras stundas dienā (no 9.00 līdz 13.00), no pirmdienas līdz piektdienai", None, 4, 5, 20),
    ("6 h dienā, pirmdiena–trešdiena", None, 6, 3, 18),
    # a printed total beside the schedule wins
    ("4 stundas dienā, no pirmdienas līdz piektdienai, kopā 20 stundas nedēļā", 20, 4, 5, 20),
    # days a week in words, the span as clock times
    ("trīs dienas nedēļā – pirmdienās, trešdienās un piektdienās no plkst. 9.00 līdz 15.00",
     None, 6, 3, 18),
    # visits a week, each visit's length
    ("četras reizes nedēļā pa divām stundām", None, 2, 4, 8),
    ("trīs reizes nedēļā pa pusotrai stundai", None, 1.5, 3, 4.5),
    ("divas procedūras nedēļā pa 4 stundām", None, 4, 2, 8),
    ("reizi nedēļā pa 2 h", None, 2, 1, 2),
    # named weekdays, one span
    ("otrdienās un ceturtdienās no 16.00 līdz 17.30", None, 1.5, 2, 3),
    ("katru darba dienu no 8.30 līdz 12.30", None, 4, 5, 20),
    # a length said before its count, or after a recurring day, in words
    ("trīs stundas divas reizes nedēļā", None, 3, 2, 6),
    ("ik otrdienu pusotru stundu", None, 1.5, 1, 1.5),
    ("otrdienās un ceturtdienās; katra nodarbība ilgst piecas stundas", None, 5, 2, 10),
    # days cut short, one with its stop and one without, agreeing with the count
    ("divas reizes nedēļā (otrd, piektd.) no plkst. 10:00 līdz 14:00", None, 4, 2, 8),
    ("pirmd. un ceturtd. 18-20", None, 2, 2, 4),
])
def test_schedules(text: str, weekly: float | None, each: float | None, times: int | None,
                   week: float) -> None:
    schedule = parse_schedule(text)
    assert schedule is not None
    assert (schedule.weekly, schedule.each, schedule.times) == (weekly, each, times)
    assert schedule.hours_per_week == pytest.approx(week)


def test_a_days_hours_alone_are_not_a_week() -> None:
    schedule = parse_schedule("Darba laiks – četras stundas dienā.")
    assert schedule is not None and schedule.daily_only
    assert schedule.hours_per_week is None


@pytest.mark.parametrize("text", [
    "no 2025. gada 1. septembra līdz 30. novembrim",  # dates, not clock times
    "pakalpojumu pagarināt par trim mēnešiem",
    "līgums noslēgts 2018. gada 9. martā",
    "",
])
def test_no_hours_no_schedule(text: str) -> None:
    assert parse_schedule(text) is None


def test_spans_of_different_days_are_no_days_length() -> None:
    # Each day's own span: no one day's length, but the days' spans added up (2 + 3), computed.
    text = "pirmdienās no 9.00 līdz 11.00, trešdienās no 14.00 līdz 17.00"
    schedule = parse_schedule(text)
    assert schedule is not None and schedule.each is None
    assert schedule.hours_per_week == pytest.approx(5)
    reading = reconsider(text, None, None)
    assert reading is not None and reading.value == pytest.approx(5)
    assert reading.confidence_cap == COMPUTED_CONFIDENCE


def test_days_that_disagree_give_no_count() -> None:
    # "trīs dienas" but four weekdays named: which is it?
    schedule = parse_schedule("trīs dienas nedēļā – pirmdienās, otrdienās, trešdienās un "
                              "piektdienās no 9.00 līdz 12.00")
    assert schedule is not None and schedule.times is None and schedule.hours_per_week is None


def test_sentences_do_not_break_at_times_or_dates() -> None:
    text = ("Līgums noslēgts 2016. gada 29. martā. Darba laiks no plkst. 9.00 līdz 13.00, "
            "no pirmdienas līdz piektdienai. Izziņa izdota iesniegšanai.")
    assert [s for _a, _b, s in sentences(text)] == [
        "Līgums noslēgts 2016. gada 29. martā.",
        "Darba laiks no plkst. 9.00 līdz 13.00, no pirmdienas līdz piektdienai.",
        "Izziņa izdota iesniegšanai.",
    ]


def test_reconsider_a_daily_value_found_in_its_own_sentence() -> None:
    text = "Darba laiks – četras stundas dienā, no pirmdienas līdz piektdienai."
    reading = reconsider(text, text.index("četras"), 4)
    assert reading is not None
    assert reading.value == 20 and reading.confidence_cap == COMPUTED_CONFIDENCE
    # A printed weekly figure in the sentence keeps the found value's own confidence.
    text = "Darba laiks – 8 stundas dienā, kopā 40 stundas nedēļā."
    reading = reconsider(text, text.index("8"), 8)
    assert reading is not None and reading.value == 40 and reading.confidence_cap is None
    # A day's hours alone: kept, but not sure.
    text = "Darba laiks – 8 stundas dienā."
    reading = reconsider(text, text.index("8"), 8)
    assert reading is not None and reading.confidence_cap == DAILY_ONLY_CONFIDENCE


def test_reconsider_keeps_a_weekly_value_and_fills_a_missing_one() -> None:
    text = "Apmeklē nodarbības 6 stundas nedēļā. Darba laiks 8 stundas dienā."
    assert reconsider(text, text.index("6"), 6) is None  # a weekly value is not a day's
    text = "Centru apmeklē divas dienas nedēļā no 10.00 līdz 13.00. Vadītāja A. Kalna."
    reading = reconsider(text, None, None)
    assert reading is not None and reading.value == 6
    # Two schedules that disagree: nothing is filled in.
    text = ("Centru apmeklē divas dienas nedēļā no 10.00 līdz 13.00. Nodarbības trīs reizes "
            "nedēļā pa 1 stundai.")
    assert reconsider(text, None, None) is None


def test_a_row_off_its_from_to_is_mended_when_the_total_agrees() -> None:
    from asistents.extract.timesheet_rows import rows_mended_by_total

    rows = [{"date": "2022-11-07", "start": "08:00", "end": "09:00", "hours": 1},
            {"date": "2022-11-09", "start": "08:00", "end": "10:30", "hours": 25}]
    mended = rows_mended_by_total(3.5, rows)
    assert mended is not None
    assert [r["hours"] for r in mended[0]] == [1, 2.5]
    assert rows[1]["hours"] == 25  # the rows read are not changed in place
    # The total does not confirm the from-to: nothing is guessed.
    assert rows_mended_by_total(10, rows) is None
    # Rows that already add up are left alone.
    assert rows_mended_by_total(26, rows) is None


# --- round 4 ------------------------------------------------------------------------------------


def test_the_visits_a_week_found_first_become_the_week() -> None:
    text = "Apjoms: divas reizes nedēļā pa trim stundām. Termiņš: trīs mēneši."
    reading = reconsider(text, text.index("divas"), 2)
    assert reading is not None and reading.value == 6
    assert reading.confidence_cap == COMPUTED_CONFIDENCE


@pytest.mark.parametrize("text", [
    "no 2025. gada 1. jūnija", "2025", "10.06.2025", "1. jūnija", "2021. g.",
])
def test_a_year_or_a_dates_number_is_no_hours(text: str) -> None:
    assert parse_hours(text) is None


@pytest.mark.parametrize(("text", "hours"), [
    ("sešas stundas nedēļā, no 2025. gada 1. jūnija", 6),
    ("20,5", 20.5), ("4", 4), ("30 h/ned.", 30), ("Nr. 3, 20 h", 20),
])
def test_hours_beside_dates_are_still_read(text: str, hours: float) -> None:
    assert parse_hours(text) == hours


def test_hours_per_week_with_a_slash() -> None:
    schedule = parse_schedule("Darba laiks: 30 h/ned., pirmdienās–piektdienās.")
    assert schedule is not None and schedule.weekly == 30


def test_number_words_in_the_accusative() -> None:
    assert parse_hours("četrus") == 4 and parse_hours("sešus") == 6


def test_a_timetable_adds_up_its_rows() -> None:
    lines = ["Diena Laiks", "pirmdiena 13.00–15.00", "otrdiena 13.00–15.00",
             "ceturtdiena 9.00–10.30, 14.00–15.00"]
    assert timetable(lines) == (6.5, 1, 3)
    # A day named twice is two timetables (or two weeks): no one week.
    assert timetable([*lines, "pirmdiena 8.00–9.00"]) is None
    assert timetable(["pirmdiena 13.00–15.00"]) is None
    text = " ".join(lines)
    reading = reconsider(text, None, None, lines)
    assert reading is not None and reading.value == 6.5
    assert reading.confidence_cap == COMPUTED_CONFIDENCE


def test_a_week_another_sentence_contradicts_stays_below_the_bar() -> None:
    # The label's 20 is kept, but the paper's schedule says 3 x 4 = 12: a person checks.
    text = ("Stundas nedēļā: 20. Pakalpojums nepieciešams otrdienās, ceturtdienās un "
            "piektdienās no 9.00 līdz 13.00.")
    reading = reconsider(text, text.index("20"), 20.0)
    assert reading is not None and reading.value == 20
    assert reading.confidence_cap == COMPUTED_CONFIDENCE
    # A schedule that agrees with it is no rival.
    text = "Stundas nedēļā: 12. Pakalpojums nepieciešams trīs reizes nedēļā pa četrām stundām."
    assert reconsider(text, text.index("12"), 12.0) is None


def test_t27s_ocrs_lh_before_minutes_is_one_hour() -> None:
    """"2x ned. pa lh 15 min": a scan's "1h" with the figure taken for a thin letter ("l",
    "I", "|"); a letter alone before "h" and minutes is the hour's one (it read 2 h, 0.25 h)."""
    assert parse_hours("pa lh 15 min") == pytest.approx(1.25)
    assert parse_hours("Ih 30 min") == pytest.approx(1.5)
    schedule = parse_schedule("apmeklē nodarbības 3x ned. pa |h 20 min")
    assert schedule is not None and schedule.times == 3
    assert schedule.each == pytest.approx(1 + 20 / 60, abs=0.001)


def test_t27zm_weekdays_cut_short_as_a_range_without_stops_or_one_day_before_a_from_to() -> None:
    """A terse certificate's days: "P–Pk" (a range with no stops, the dash joining them) is
    Monday to Friday, and one day cut short with its stop right before a from-to ("S.
    11.00–13.00") is once a week; before, both left the week's hours unread."""
    assert parse_schedule("apmeklē: O–Pk, 9.00–12.00").times == 4
    assert parse_schedule("jogas grupa, S. 11.00–13.00.").times == 1
    assert parse_schedule("darbnīca P. un C. 9.00–11.00").times == 2  # as before


# Round 28 (set ZP): a form's row of a day's hours and the days a week under their columns.
@pytest.mark.parametrize(("lines", "week"), [
    (["Darba laiks:", "stundas dienā dienas nedēļā kopā stundas nedēļā", "6 4",
      "Izsniegšanas datums 02.05.2025"], 24),
    (["Stundas dienā | Dienas nedēļā | Kopā nedēļā", "7,5 | 4 | 30"], 30),
    # a third figure that is not the product: a person reads the row
    (["stundas dienā dienas nedēļā kopā stundas nedēļā", "8 5 45"], None),
    # days a week beyond seven: no such row
    (["stundas dienā dienas nedēļā", "8 12"], None),
])
def test_day_hours_times_days_in_columns(lines: list[str], week: float | None) -> None:
    from asistents.extract.weekly_hours import day_and_days
    found = day_and_days(lines)
    assert (found[0] if found else None) == week
    reading = reconsider(" ".join(lines), None, None, lines)
    assert (reading.value if reading else None) == week
    if week is not None:
        assert reading is not None and reading.confidence_cap == COMPUTED_CONFIDENCE


def test_days_a_week_stated_but_unread_keep_the_computed_week_below_the_bar() -> None:
    """Round 28 (set ZP): a day centre's card states the client's days a week by hand ("apmeklē
    centru 4 dienas nedēļā", the 4 read "vi;"); the week computed from the centre's own work
    days ("darbdienās 9.00-14.00", 5 x 5) may not be the client's: below the computed bar."""
    lines = ["Dienas centrs „Avots”", "Skolas iela 3, Ludza - darba laiks darbdienās 8.00-12.00",
             "Apliecinām, ka klients apmeklē centru vi; dienas nedēļā centra darba laikā."]
    reading = reconsider(" ".join(lines), None, None, lines)
    assert reading is not None and reading.value == 20
    assert reading.confidence_cap == DAILY_ONLY_CONFIDENCE
    lines[2] = "Apliecinām, ka klients apmeklē centru centra darba laikā."
    reading = reconsider(" ".join(lines), None, None, lines)
    assert reading is not None and reading.confidence_cap == COMPUTED_CONFIDENCE
