"""A week's hours read from how a document says them: a printed weekly figure, or a day's
(a visit's) hours times the days (visits) of a week; a day's hours alone are not a week's."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ..forms.hours import (
    TIME_RANGE,
    WEEKDAYS,
    Schedule,
    clock_pairs,
    duration_hours,
    parse_hours,
    parse_schedule,
    parse_time_range,
    times_a_week,
    weeks_count,
)
from ..forms.latvian_dates import fold
from .marks import MARK_ANY, MARK_ON
from .vocabulary import reader_data

# A sentence ends at . ! ? or ; before a capital; "plkst. 9.00" and "2016. gada" do not end one,
# nor an initial or a day cut short ("J. Ozols", "P. O. T. C. Pk.").
_SENTENCE_END = re.compile(
    r"(?<=[.!?;])(?<!\b\w\.)(?<!\b[Pp][Kk]\.)(?<!\b[Ss][Vv]\.)\s+(?=[A-ZĀČĒĢĪĶĻŅŠŪŽ])")

# A computed week is arithmetic on the printed words, not a printed figure: it stays below the
# bar of a sure value (a person checks it), as does a value that could only be a day's hours.
COMPUTED_CONFIDENCE = 0.85
DAILY_ONLY_CONFIDENCE = 0.6
SHARE_ONLY_CONFIDENCE = 0.3  # "0,75 likmes" with no full week printed: no hours at all


# A figure counted per month, year, day or visit, not per week: "24 stundas mēnesī", "96 h
# gadā", "2 stundas dienā", "3 h katrā reizē", "40 stundas 3 mēnešos".
_OTHER_PERIOD = re.compile(
    r"\d+(?:[.,]\d+)?\s*(?:h\b|st\b\.?|stund\w*)\s*(?:\(\w+\)\s*)?"
    r"(?:men\w*|(?:per|par|uz)\s+menes\w*|/\s*men\b\.?|gad[aā]\b|gada\s+laika|"
    r"katr\w+\s+(?:menes\w*|reiz\w*)|ik\s+menes\w*|\d+\s+menes\w*)")


@dataclass(frozen=True)
class WeeklyReading:
    """What the schedule sentences say about the value found for a weekly-hours field."""

    value: float | None
    start: int  # where the deciding sentence sits in the text
    end: int
    confidence_cap: float | None  # None: keep the found value's own confidence
    note: str | None = None


def sentences(text: str) -> list[tuple[int, int, str]]:
    """(start, end, sentence) of each sentence of `text`."""
    found: list[tuple[int, int, str]] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        found.append((start, match.start(), text[start:match.start()]))
        start = match.end()
    if start < len(text):
        found.append((start, len(text), text[start:]))
    return found


def _schedule_at(text: str, at: int) -> tuple[int, int, Schedule | None]:
    for start, end, sentence in sentences(text):
        if start <= at < end:
            return start, end, parse_schedule(sentence)
    return 0, 0, None


# A value followed by its unit and a month ("80 stundas mēnesī", "80 h/mēn.", "80 st. mēnesī").
# The found words may start a word or two before the number ("ir 80 stundas mēnesī").
_MONTHLY = re.compile(
    r"\D{0,20}?\d+(?:[.,]\d+)?\s*(?:\([^)]{0,20}\)\s*)?(?:h\b|st\b\.?|stund\w*)\s*"
    r"(?:menes[iī]\b|men\b\.?|/\s*men\b|per\s+menesi|katru\s+menesi)"
)


# A timetable's row: a weekday opening the line and the day's spans after it; a row may stand
# for a run of days ("pirmdiena–ceturtdiena 8.30–13.10", "no pirmdienas līdz ceturtdienai").
_DAY_ROW = re.compile(r"^\W*(?:no\s+)?(" + "|".join(WEEKDAYS) + r")\w*\b"
                      r"(?:\s*(?:-|–|—|līdz|lidz)\s*(" + "|".join(WEEKDAYS) + r")\w*\b)?")


# A timetable written on one line after its label ("Stundu laiki: pirmdien–ceturtdien
# 8.20–14.20, piektdien 8.20–12.20"): the label goes, and each run of days after a comma or a
# semicolon is a row of its own.
_ROW_LABEL = re.compile(r"^[^\d:]{2,40}:\s*(?=(?:no\s+)?(?:" + "|".join(WEEKDAYS) + r"))")
_NEXT_ROW = re.compile(r"[,;]\s+(?=(?:no\s+)?(?:" + "|".join(WEEKDAYS) + r")\w*\b[^,;]*\d)")


_DAY_ANY = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")\w*\b"
                     r"(?:\s*(?:-|–|—|līdz|lidz)\s*(" + "|".join(WEEKDAYS) + r")\w*\b)?")


def _rows(folded: str) -> list[str]:
    return _NEXT_ROW.split(_ROW_LABEL.sub("", folded))


# A row's time given as a length ("2 h 15 min", "1 st. 30 min", "45 min") in its last cell.
_ROW_LENGTH = re.compile(r"(?:(?<![\d.,])(\d{1,2})\s*(?:h|st\b\.?|stund\w*)\s*)?"
                         r"(?:(?<![\d.,])(\d{1,3})\s*min\w*\.?)?\s*$")
# A column headed by a day's hours ("... | stundas dienā"): each row's last cell is its hours a
# day, and a row's run of days ("pirmdiena–piektdiena | 6") counts them once each.
_DAY_HOURS_HEAD = re.compile(r"\bstund\w*\s+(?:dien[aā]\b|dien\w*\s*$)")
_ROW_NUMBER = re.compile(r"\s(\d{1,2}(?:[.,]\d{1,2})?)\s*$")


# A column of breaks ("Diena | Sākums | Beigas | Pārtraukums"): a row's last cell after its span
# is the break's length, and a break is no working time unless the paper says it is counted
# (Darba likums: a break is not part of working time).
_BREAK_HEAD = re.compile(r"\bpartraukum\w*\s*$")
_BREAK_COUNTED = re.compile(r"partraukum\w*(?:\s+\S+){0,4}?\s+(?:ir\s+)?"
                            r"(?:ieklaut|ieskaitit|apmaksat)"
                            r"|(?:ieklaut|ieskaitit)\w*\s+(?:darba\s+laika\s+)?partraukum")
_BREAK_NOT_COUNTED = re.compile(r"\b(?:nav|netiek|neieklau\w*|neieskait\w*)\b")


def _breaks_unpaid(folded_lines: Sequence[str]) -> bool:
    """Whether a timetable's breaks are outside working time: unless a sentence of the page says
    the break is included (paid), without saying it is not."""
    for line in folded_lines:
        if _BREAK_COUNTED.search(line) and not _BREAK_NOT_COUNTED.search(line):
            return False
    return True


def _row_minutes(folded: str, under_day_column: bool,
                 under_break_column: bool = False) -> int | None:
    """A timetable row's minutes a day: its clock spans (less the break in a column of breaks
    after them), else the length its last cell gives, else (under a column of a day's hours)
    the bare number there; None when it gives none."""
    found = list(TIME_RANGE.finditer(folded))
    spans = [parse_time_range(m.group(0)) for m in found]
    if spans:
        if any(span is None for span in spans):
            return None
        # In minutes: 4 h 40 min is 4.67 h rounded, and four of them would not add up to 18.67.
        minutes = sum(round(duration_hours(*span) * 60) for span in spans if span is not None)
        rest = folded[found[-1].end():]
        pause = _ROW_LENGTH.search(rest) if under_break_column else None
        if pause is not None and (pause.group(1) or pause.group(2)):
            minutes -= int(pause.group(1) or 0) * 60 + int(pause.group(2) or 0)
        return minutes if minutes > 0 else None
    length = _ROW_LENGTH.search(folded)
    if length is not None and (length.group(1) or length.group(2)):
        return int(length.group(1) or 0) * 60 + int(length.group(2) or 0)
    number = _ROW_NUMBER.search(folded) if under_day_column else None
    if number is not None:
        return round(float(number.group(1).replace(",", ".")) * 60)
    return None


def timetable(lines: Sequence[str]) -> tuple[float, int, int] | None:
    """A week's hours from a timetable ("pirmdiena | 13.00–15.00", one row a weekday): the
    sum of its rows' spans, with the first and last row's index; None when the page has no
    such rows or names a day twice (two timetables, or weeks that differ)."""
    days: dict[str, int] = {}  # minutes a day
    first = last = -1
    folded_lines = [clock_pairs(fold(line)) for line in lines]
    rows = [(index, row) for index, line in enumerate(folded_lines) for row in _rows(line)]
    # A list of what is on offer with the attended rows ticked ("Pīšanas darbnīca | otrdienās
    # 10.00–12.00 | ✓"): only the ticked rows are the person's week, the day after the name.
    ticked = {i for i, line in enumerate(lines) if MARK_ON.search(line)
              and _DAY_ANY.search(folded_lines[i]) and TIME_RANGE.search(folded_lines[i])}
    day_column = next((i for i, line in enumerate(folded_lines) if _DAY_HOURS_HEAD.search(line)),
                      None)
    break_column = next((i for i, line in enumerate(folded_lines) if _BREAK_HEAD.search(line)),
                        None)
    if break_column is not None and not _breaks_unpaid(folded_lines):
        break_column = None
    for index, folded in rows:
        if ticked and index not in ticked:
            continue
        day = _DAY_ROW.match(folded) or (_DAY_ANY.search(folded) if ticked else None)
        minutes = None if day is None else _row_minutes(
            folded, day_column is not None and day_column < index,
            break_column is not None and break_column < index)
        if day is None or minutes is None:
            continue
        first_day = WEEKDAYS.index(day.group(1))
        last_day = WEEKDAYS.index(day.group(2)) if day.group(2) else first_day
        if last_day < first_day:
            return None  # "piektdiena–pirmdiena" is no run of a week's days
        for name in WEEKDAYS[first_day:last_day + 1]:
            if name in days:
                return None
            days[name] = minutes
        first = index if first < 0 else first
        last = index
    if len(days) < 2:
        return None
    return round(sum(days.values()) / 60, 2), first, last


# A plan's hours column: its header names hours and their period at the row's end ("Uzdevums |
# Stundas nedēļā", "... | Stundas divās nedēļās"); each row under it ends in that row's hours.
_HOURS_COLUMN = re.compile(r"\bstund\w*\s+(?:(\d|[a-z]+)\s+)?nedel\w*\s*$")
_ROW_HOURS = re.compile(r"\s(\d{1,2}(?:[.,]\d)?)\s*$")


def column_total(lines: Sequence[str]) -> tuple[float, int, int, int] | None:
    """A week's hours from a plan whose rows each give their hours in a column headed by the
    hours' period: the column's sum shared over the period's weeks, with the first and last
    row's index and the weeks; None without such a column of two rows or more."""
    for index, line in enumerate(lines):
        head = _HOURS_COLUMN.search(fold(line))
        weeks = None if head is None else 1 if head.group(1) is None else weeks_count(
            head.group(1))
        if weeks is None:
            continue
        hours = []
        for row in lines[index + 1:]:
            cell = _ROW_HOURS.search(fold(row))
            if cell is None:
                break
            hours.append(float(cell.group(1).replace(",", ".")))
        if len(hours) >= 2:
            return round(sum(hours) / weeks, 2), index + 1, index + len(hours), weeks
    return None


# A form's row of hours a day and days a week, each under its column's header ("stundas
# dienā | dienas nedēļā | kopā stundas nedēļā" over "4 | 5 |"): the week is their product.
_DAY_AND_DAYS_HEAD = re.compile(r"\bstund\w*\s+dien[a]\b.*?\bdien\w*\s+nedel\w*")
_DAY_AND_DAYS_ROW = re.compile(
    r"^\W*(\d{1,2}(?:[.,]\d{1,2})?)\s*(?:h|st\.?)?\W+([1-7])(?:\W+(\d{1,2}(?:[.,]\d{1,2})?))?\W*$")


def day_and_days(lines: Sequence[str]) -> tuple[float, int] | None:
    """(week, row index) from a row under columns of a day's hours and the days a week, the
    week's column left empty or holding their product; None otherwise (a third figure that is
    not the product is for a person to read)."""
    for index, line in enumerate(lines[:-1]):
        if not _DAY_AND_DAYS_HEAD.search(fold(line)):
            continue
        row = _DAY_AND_DAYS_ROW.match(fold(lines[index + 1]))
        if row is None:
            return None
        daily = float(row.group(1).replace(",", "."))
        if not 0 < daily <= 24:
            return None
        week = round(daily * int(row.group(2)), 2)
        total = row.group(3)
        if total is not None and abs(float(total.replace(",", ".")) - week) > 0.01:
            return None
        return week, index + 1
    return None


def _without_unticked_days(text: str) -> str:
    """`text` with each weekday whose box is left empty ("☐ piektdiena") blanked out, in place
    (offsets kept): a day not ticked is no day of the week's."""
    folded = fold(text)
    if len(folded) != len(text):
        return text
    for match in _BOXED_DAY.finditer(folded):
        if not MARK_ON.match(match.group(0)):
            text = text[:match.start()] + " " * (match.end() - match.start()) + text[match.end():]
    return text


_BOXED_DAY = re.compile(rf"(?:{MARK_ANY.pattern})\s*(?:{'|'.join(WEEKDAYS)})\w*", re.IGNORECASE)


def _place(lines: Sequence[str], first: int, last: int) -> tuple[int, int]:
    """Where rows `first`..`last` sit in the text (the lines joined by one space)."""
    start = sum(len(line) + 1 for line in lines[:first])
    return start, sum(len(line) + 1 for line in lines[:last + 1]) - 1


# Two figures for one week's hours side by side on a label's line ("8 h 6 h", "12 16"): one
# corrects the other (struck through, written beside it); which is current is for the pixels
# to show, and without them neither is sure.
_UNIT_AFTER = r"\s*(?:h\b|st\b\.?|stund\w*)?"
_FIGURE_THEN_ANOTHER = re.compile(r"(\d{1,2}(?:[.,]\d)?)" + _UNIT_AFTER + r"\s+(\d{1,2}(?:[.,]\d)?)"
                                  + _UNIT_AFTER + r"\s*$")
_FIGURE_BEFORE = re.compile(r"[:|]\s*(\d{1,2}(?:[.,]\d)?)" + _UNIT_AFTER + r"\s+$")


def _competing(lines: Sequence[str], at: int) -> bool:
    """Whether the figure at `at` (of the lines joined by one space) has a rival figure beside
    it, alone with it after the line's label."""
    start = 0
    for line in lines:
        if start <= at < start + len(line):
            folded, col = fold(line), at - start
            if len(folded) != len(line):
                return False
            tail = _FIGURE_THEN_ANOTHER.match(folded, col)
            if tail and tail.group(1) != tail.group(2):
                return True
            head = _FIGURE_BEFORE.search(folded[:col])
            own = re.match(r"\d{1,2}(?:[.,]\d)?" + _UNIT_AFTER + r"\s*$", folded[col:])
            return bool(head and own and head.group(1) != own.group(0).split()[0].rstrip("hst."))
        start += len(line) + 1
    return False


def reconsider(text: str, at: int | None, value: float | None,
               lines: Sequence[str] = ()) -> WeeklyReading | None:
    """A better reading of a weekly-hours value (see `_reconsider`); a value kept as found
    whose paper gives another week in another sentence stays below the bar of a sure one:
    which of the two is the person's is for a person to say."""
    reading = _reconsider(text, at, value, lines)
    week = reading.value if reading is not None else value
    where = at if at is not None else reading.start if reading is not None else None
    if week is not None and where is not None:
        continued = _days_continued(_without_unticked_days(text), where, week)
        if continued is not None:
            return continued
    if reading is None and at is None and value is None:
        # Nothing found and the sentences' weeks disagree: two sentences of one week may.
        ticked = _without_unticked_days(text)
        weekly = [(start, sentence) for start, _end, sentence in sentences(ticked)
                  if (schedule := parse_schedule(sentence)) is not None
                  and schedule.hours_per_week is not None]
        if len(weekly) == 2:
            first = parse_schedule(weekly[0][1])
            assert first is not None and first.hours_per_week is not None  # kept above
            return _days_continued(ticked, weekly[0][0], first.hours_per_week)
    if reading is not None or at is None or value is None:
        return reading
    rival = _rival_week(_without_unticked_days(text), at, value)
    if rival is None:
        return None
    return WeeklyReading(value, at, at + 1, COMPUTED_CONFIDENCE,
                         f"hours_per_week: the paper also gives {rival:g} a week elsewhere; "
                         "a person checks which is the person's")


def visit_labels() -> list[str]:
    """The labels of a form's cell that gives one visit's (session's) length."""
    return [str(label) for label in _workload().get("visit_length", [])]


def visit_week(length: str, row: str) -> WeeklyReading | None:
    """A week from a form's row: one visit's length in its cell ("2:30", "1,5 h") times the
    visits a week the row's other cells name ("otrdienās un ceturtdienās", "2 reizes nedēļā");
    computed, so below the sure bar. None when either is missing or the row names a weekly or
    other period's figure of its own."""
    each = parse_hours(length)
    times = times_a_week(row)
    if each is None or not 0 < each <= 12 or times is None or _OTHER_PERIOD.search(fold(row)):
        return None
    week = round(each * times, 2)
    return WeeklyReading(week, 0, 0, COMPUTED_CONFIDENCE,
                         f"hours_per_week: {week:g} computed (one visit's {each:g} h times "
                         f"{times} a week)")


def _days_named(folded: str) -> set[str]:
    """The weekdays a text names, a run of days ("no pirmdienas līdz ceturtdienai") in full."""
    days: set[str] = set()
    for match in _DAY_ANY.finditer(folded):
        first = WEEKDAYS.index(match.group(1))
        last = WEEKDAYS.index(match.group(2)) if match.group(2) else first
        days |= set(WEEKDAYS[first:last + 1])
    return days


def _days_continued(text: str, at: int, value: float) -> WeeklyReading | None:
    """A week of days and a span computed from one sentence, continued by the next sentence's
    other days with a span of their own ("... no pirmdienas līdz ceturtdienai no 9.00 līdz
    14.00 birojā. Piektdienās darbinieks strādā attālināti no 9.00 līdz 13.00."): 20 + 4."""
    found = sentences(text)
    for i, (start, end, sentence) in enumerate(found[:-1]):
        if not start <= at < end:
            continue
        own, after = parse_schedule(sentence), found[i + 1]
        more = parse_schedule(after[2])
        if (own is None or own.weekly is not None or own.computed is None
                or abs(own.computed - value) > 0.01 or more is None or more.weekly is not None
                or more.each is None or more.times is None or more.computed is None):
            return None
        days, other = _days_named(fold(sentence)), _days_named(fold(after[2]))
        if not days or not other or days & other or len(other) != more.times \
                or len(days) != own.times:
            return None
        week = round(value + more.computed, 2)
        return WeeklyReading(week, start, after[1], COMPUTED_CONFIDENCE,
                             f"hours_per_week: {week:g} computed (the days of two sentences "
                             "added up)")
    return None


def _rival_week(text: str, at: int, value: float) -> float | None:
    """Another week's hours another sentence of `text` gives (not the one at `at`)."""
    for start, end, sentence in sentences(text):
        if start <= at < end:
            continue
        schedule = parse_schedule(sentence)
        week = None if schedule is None else schedule.hours_per_week
        if week is not None and abs(week - value) > 0.01:
            return week
    return None


def _workload() -> dict[str, Any]:
    return reader_data("workload.yaml")


_SHARE = re.compile(r"(?<![\d.,])(0[.,]\d{1,2})\s*(?:slodz|likm)")
# A share written as a fraction ("3/4 slodzes", "1/2 likmes"): three quarters of the full week.
_FRACTION_SHARE = re.compile(
    r"(?<![\d./])([1-9])\s*/\s*([1-9])(?![\d./])\s*(?:no\s+)?(?:slodz|likm)")


def _load_share(folded: str) -> float | None:
    """The share of a full-time load the paper states ("0,5 slodzes" -> 0.5), if one."""
    shares = {float(m.group(1).replace(",", ".")) for m in _SHARE.finditer(folded)}
    shares |= {round(int(m.group(1)) / int(m.group(2)), 4)
               for m in _FRACTION_SHARE.finditer(folded)}
    shares |= {float(v) for word, v in _workload()["share_words"].items() if word in folded}
    shares = {share for share in shares if 0 < share < 1}
    return shares.pop() if len(shares) == 1 else None


def _full_week(folded: str) -> float | None:
    """The full week's hours a paper prints after its words ("pilna darba laika apjoms 40
    stundas nedēļā" -> 40), if one figure."""
    found = set()
    for words in _workload()["full_week"]:
        for match in re.finditer(re.escape(words) + r"\D{0,30}?(\d{2}(?:[.,]\d+)?)\s*"
                                 r"(?:h\b|st\b|stund)", folded):
            found.add(float(match.group(1).replace(",", ".")))
    return found.pop() if len(found) == 1 else None


def _full_week_words(words: str) -> re.Pattern[str]:
    """The full week's words as printed or with their last word cut short (a scan's
    "normālais darba lai 5 uzņēmumā": OCR lost the word's end to a stain or a fold)."""
    *head, last = words.split()
    return re.compile(r"(?<![a-z])" + "".join(re.escape(w) + r"\s+" for w in head)
                      + re.escape(last[:3]) + (r"(?:" + re.escape(last[3:]) + r")?"
                      if len(last) > 3 else ""))


def _share_of_full_week(text: str, at: int, value: float) -> WeeklyReading | None:
    """A figure printed as the full week ("Normālais darba laiks iestādē 40 stundas nedēļā") on
    a paper stating a part-time load ("Darba slodze 0,5 slodzes"): the person's week is the
    share of it (20), computed, so below the bar of a sure value."""
    folded = fold(text)
    share = _load_share(folded)
    if share is None:
        return None
    before = fold(text[max(0, at - 60):at])
    if abs(value - share) < 0.001:
        # "Slodze: 0,75 likmes": the share itself was found under a load's label; the week is
        # the share of the full week the paper prints, else none a person does not check.
        full = _full_week(folded)
        if full is None:
            return WeeklyReading(share, at, at + 1, SHARE_ONLY_CONFIDENCE,
                                 f"hours_per_week: {share:g} is a share of a full-time load, "
                                 "no full week is printed")
        value = full
    elif not any(_full_week_words(words).search(before) for words in _workload()["full_week"]):
        return None
    week = round(value * share, 2)
    return WeeklyReading(week, at, at + 1, COMPUTED_CONFIDENCE,
                         f"hours_per_week: {week:g} computed ({share:g} of the full week "
                         f"of {value:g})")


def _reconsider(text: str, at: int | None, value: float | None,
                lines: Sequence[str] = ()) -> WeeklyReading | None:
    """A better reading of a weekly-hours value found at character `at` of `text` (or not found:
    `at` None), or None to keep what was found.

    A value that is the day's hours of its own sentence becomes that sentence's week (printed,
    or computed as hours x days); a day's hours with no days stated lose their confidence; a
    value not found at all is taken from the one week the document's schedules agree on.
    """
    text = _without_unticked_days(text)
    if at is not None and value is not None:
        shared = _share_of_full_week(text, at, value)
        if shared is not None:
            return shared
    if at is not None and value is not None and lines and _competing(lines, at):
        return WeeklyReading(value, at, at + 1, COMPUTED_CONFIDENCE,
                             "hours_per_week: two figures side by side for the week (one "
                             "corrects the other?); a person checks which is current")
    if at is not None and value is not None:
        start, end, own = _schedule_at(text, at)
        period = fold(text[at:at + 60])
        if _MONTHLY.match(period) or _OTHER_PERIOD.match(period):
            # "80 stundas mēnesī": a month's figure is no week's; the sentence's own week
            # ("pa 6 stundām nedēļā") or day and days ("pa 4 stundām katru darba dienu") give
            # the week, else a person reads it. A new route: below the bar either way.
            week = own.hours_per_week if own is not None else None
            if own is not None and week is not None:
                how = "printed beside it" if own.weekly is not None else own.how
                return WeeklyReading(week, start, end, COMPUTED_CONFIDENCE,
                                     f"hours_per_week: {week:g} {how}, not the {value:g} "
                                     "of another period")
            return WeeklyReading(value, start, end, DAILY_ONLY_CONFIDENCE,
                                 "hours_per_week: the figure is another period's hours "
                                 "(a month's, a visit's, a year's)")
        if own is None:
            return None
        if own.period is not None and own.computed is not None \
                and abs(own.computed - value) > 0.01:
            # "Pārskata periods – divas nedēļas; ... 40 stundas": what a label found in such a
            # sentence (the weeks, the period's hours) is no week's; the period shared is.
            return WeeklyReading(own.computed, start, end, COMPUTED_CONFIDENCE,
                                 f"hours_per_week: {own.computed:g} {own.how}, not the "
                                 f"{value:g} of the period")
        if own.each is None or (abs(own.each - value) > 0.01
                                and abs((own.day_span or 0) - value) > 0.01):
            # "divas reizes nedēļā pa trim stundām": the first number a label's value holds
            # may be the visits a week, a part of the week and no week itself.
            week = own.hours_per_week
            if week is not None and own.parts_added is not None and abs(week - value) > 0.01:
                # "konsultācijas reizi nedēļā (1 stunda); nodarbības divreiz nedēļā pa
                # pusotrai stundai": the figure found is one item's, the week is the list's.
                return WeeklyReading(week, start, end, COMPUTED_CONFIDENCE,
                                     f"hours_per_week: {week:g} {own.how}")
            if (week is not None and own.lessons is not None and abs(own.lessons - value) < 0.01
                    and abs(week - value) > 0.01):
                # "6 mācību stundas dienā pa 40 minūtēm": the 6 found is lessons, not hours.
                return WeeklyReading(week, start, end, COMPUTED_CONFIDENCE,
                                     f"hours_per_week: {week:g} {own.how}")
            if (week is not None and own.times is not None and abs(own.times - value) < 0.01
                    and abs(week - value) > 0.01):
                cap = None if own.weekly is not None else COMPUTED_CONFIDENCE
                note = None if own.weekly is not None else f"hours_per_week: {week:g} {own.how}"
                return WeeklyReading(week, start, end, cap, note)
            return None
        week = own.hours_per_week
        if week is not None and abs(week - value) > 0.01:
            cap = None if own.weekly is not None else COMPUTED_CONFIDENCE
            note = None if own.weekly is not None else f"hours_per_week: {week:g} {own.how}"
            return WeeklyReading(week, start, end, cap, note)
        if own.daily_only:
            return WeeklyReading(value, start, end, DAILY_ONLY_CONFIDENCE,
                                 "hours_per_week: the figure is a day's hours; days a week not "
                                 "stated")
        return None
    if value is not None:
        return None
    weeks: dict[float, tuple[int, int, Schedule]] = {}
    for start, end, sentence in sentences(text):
        schedule = parse_schedule(sentence)
        if schedule is not None and schedule.hours_per_week is not None:
            weeks.setdefault(schedule.hours_per_week, (start, end, schedule))
    if lines and weeks and all(s.days_added is not None for _a, _b, s in weeks.values()) \
            and timetable(lines) is not None:
        # Days' spans added up across a page's rows are the timetable's business: it knows
        # its rows and which of them are ticked.
        weeks = {}
    if not weeks and lines:
        table = timetable(lines)
        if table is not None:
            week, first, last = table
            return WeeklyReading(week, *_place(lines, first, last), COMPUTED_CONFIDENCE,
                                 f"hours_per_week: {week:g} added up from a timetable's rows")
    if not weeks and lines:
        plan = column_total(lines)
        if plan is not None:
            week, first, last, period = plan
            over = "" if period == 1 else f" over {period} weeks"
            return WeeklyReading(week, *_place(lines, first, last), COMPUTED_CONFIDENCE,
                                 f"hours_per_week: {week:g} added up from a plan's hours "
                                 f"column{over}")
    if not weeks and lines:
        product = day_and_days(lines)
        if product is not None:
            week, row = product
            return WeeklyReading(week, *_place(lines, row, row), COMPUTED_CONFIDENCE,
                                 f"hours_per_week: {week:g} computed (a day's hours times "
                                 "the days a week, in their columns)")
    if len(weeks) != 1:
        return None  # none, or schedules that disagree: a person reads them
    week, (start, end, schedule) = next(iter(weeks.items()))
    note = None if schedule.weekly is not None else f"hours_per_week: {week:g} {schedule.how}"
    if schedule.weekly is None and _days_unread(text):
        # "apmeklē centru vi; dienas nedēļā": the person's own days a week are stated, their
        # count unread (a hand's figure); the week computed from other days (the centre's
        # "darbdienās") may not be the person's.
        return WeeklyReading(week, start, end, DAILY_ONLY_CONFIDENCE,
                             f"hours_per_week: {week:g} {schedule.how}; the days a week the "
                             "paper states were not read")
    return WeeklyReading(week, start, end, COMPUTED_CONFIDENCE, note)


# "<count> dienas nedēļā" whose count is neither a figure nor a number word: a hand's figure
# OCR read as letters or marks.
_DAYS_A_WEEK = re.compile(r"(?<!\S)(\S{1,4})\s+dien(?:as|u)\s+nedel\w*")


def _days_unread(text: str) -> bool:
    """Whether the text states days a week with a count that is not read as one."""
    from ..forms.hours import UNITS

    for match in _DAYS_A_WEEK.finditer(fold(text)):
        count = match.group(1).strip(".,;:()")
        if not re.fullmatch(r"\d{1,2}|[1-7]\s*x", count) and count not in UNITS \
                and count not in ("x", "reizes", "darba", "visas", "sis", "tas", "kuras"):
            return True
    return False
