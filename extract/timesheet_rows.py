"""Timesheet rows and signatures as a timesheet writes them, with the row's own cross-checks.

A row is a date, a time range, hours and an activity, in any of the shapes sheets come back
in: a table row (`01.09.2021 | 8.00–12.00 | 4 h | ...`, a numbered row, a row dated `1.09.`),
numbered AcroForm fields (`datums_3`, `laiks_no_3`, ...), or a line of a letter or list
("– 3. septembrī no 16.00 līdz 17.30 pavadīju uz poliklīniku (1,5 h);"). Hours are read as
written ("1,5", "1 h 30 min", "1:30", "4 h") or, when the row has none, counted from the range.

Cross-checks inside a row: from, to and hours are three numbers of which any two give the
third. When they disagree, a value that is not on the five-minute grid while the other two are
(OCR reads "14:00" as "12:07"), or a word OCR was unsure of while the other two are clear, is
repaired from the other two with a warning and lower confidence; otherwise the row is kept as
written, its confidence lowered and a warning says which row does not add up (the monthly
checks then hold it back). A stated total that disagrees with the rows lowers its confidence;
a total whose digits OCR damaged ("«1") is matched against the rows' sum, never guessed.

Signatures: every place on the form that asks for one ("Asistenta paraksts", "Klienta
paraksts", a "paraksts" column in the table) is looked at; a place carries a signature when
something other than the line, the label or a printed note sits on it or just above it
(handwriting comes out of OCR as a word over the line), or when its AcroForm field holds a
value. What cannot be seen from text is not claimed: a signature drawn as vector strokes or
pasted as a picture in a digital PDF reads as missing, which sends the sheet to a person.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from itertools import pairwise
from typing import Any

from ..forms.hours import parse_hours, whole_hour_clocks
from ..forms.latvian_dates import ROMAN_DATE_SHAPE
from . import clock_digits, values
from .activity_grid import grid_cells
from .document import ReadDocument, Word
from .layout import Line, Segment, fold
from .print_header import names_print_time
from .vocabulary import reader_data

ROW_CONFIDENCE = 0.9  # a list read from rows, before OCR doubt
REPAIRED_CONFIDENCE = 0.7
CONTRADICTED_CONFIDENCE = 0.55
# A figure converted from the units a sheet counts in: arithmetic, below the bar of a sure value.
COMPUTED_CONFIDENCE = 0.85
# A row's code cell one letter away from the legend's code (a hand's "D" read "P"): a guess.
CODE_GUESSED_CONFIDENCE = 0.6
# How far a row's cell may start from its column header's left edge (points).
CODE_COLUMN_SLACK = 12
TOLERANCE_MINUTES = 5

_CLOCK = re.compile(r"(?<![\d,])(?<!\d[.:])([01]?\d|2[0-4])[:.]([0-5]\d)(?![\d:])(?!\.\d)")
_H_CLOCK = re.compile(r"(?<![\w.,:])([01]?\d|2[0-4])h([0-5]\d)(?![\w.,:])")
# (A spreadsheet's cell writes the year first with stops: "2025.05.05".)
_FULL_DATE = re.compile(
    r"(?<!\d)\d{1,2}\s?[./]\s?\d{1,2}\s?[./]\s?\d{4}\.?|\d{4}-\d{2}-\d{2}"
    r"|(?<![\d.])\d{4}\.\d{2}\.\d{2}(?![\d:]|\.\d)\.?"
    r"|\d{4}\.?\s*(?:gada|g\.)\s*\d{1,2}\.?\s*[a-zA-ZāčēģīķļņšūžĀČĒĢĪĶĻŅŠŪŽ]+"
    # "5.XI.2025.": the month in Roman numerals with the year, as an office's sheet writes it
    # (a scan's "X1" for "XI" too: forms/latvian_dates.py).
    r"|" + ROMAN_DATE_SHAPE
)
_DAY_MONTH_WORD = re.compile(r"(?<![\d.])(\d{1,2})\.\s*([a-zA-ZāčēģīķļņšūžĀČĒĢĪĶĻŅŠŪŽ]{3,})")
# "1. 09.30-14.30": a day and a clock, not the 1st of September.
_DAY_DOT_MONTH = re.compile(r"^(\d{1,2})\.\s?(\d{1,2})\.?(?![\d]|[.:]\d)")
# The month in Roman numerals, as offices and older hands write it: "4.III.", "12. XI".
_DAY_ROMAN_MONTH = re.compile(r"^(\d{1,2})\.\s?([IVX]{1,4})\.?(?![\w.])")
_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9,
          "X": 10, "XI": 11, "XII": 12}
_DATE_THEN_RANGE = re.compile(
    r"^(\d{1,2})\.\s?(\d{1,2})\.(?=(?:[01]?\d|2[0-3])[.:][0-5]\d\s*[-–—]\s*\d)")
_SHORT_YEAR = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{2})\.?(?![\d.:])")
_BARE_DAY = re.compile(r"^(\d{1,2})\.?\s")
# A row number before a date written without its year: "1. 3.09." or "1) 3. septembrī".
_NUMBER_BEFORE_DATE = re.compile(
    r"^\d{1,2}[.)]\s+(?=\d{1,2}\.\s?\d{1,2}\.(?!\d)|\d{1,2}\.\s*[^\W\d_])"
)
# A table's number cell before a row dated without its year ("1 | 01.04.", "II | 14.04." as a
# scan reads 11): the number has no stop of its own, so the date after it must be of the sheet's
# month for the number to be the row's and not its day.
_NUMBER_CELL_BEFORE_DATE = re.compile(
    r"^(?:\d{1,3}|[Il1|]{2,3})\s+(?=\d{1,2}\.\s?(\d{1,2})\.(?!\d))")
_COMMA_DAY_MONTH = re.compile(r"^(\d{1,2})[,/](\d{1,2})(?![\d,./:-])")
_GLUED_DAY_MONTH = re.compile(r"^(\d{1,2})(\d{2})\.(?!\d)")
_GLUED_CLOCK = re.compile(r"(?<![\d:.,])([01]?\d|2[0-3])([0-5][05])(?![\d:.,])")
_LEAD = re.compile(r"^[\s\-–—•·*▪|„\"'”«»:;]+")
_ROW_NUMBER = re.compile(r"^\W*\d{1,3}\s*[.)]?\W*$")
_FORM_ROW = re.compile(r"^(.*?)[_\s-]*(\d{1,3})$")
_H_MIN = re.compile(r"(?<![\d.,])(\d{1,2})\s*(?:h|st\.?|stund\w*)\s*(\d{1,2})\s*min", re.I)
_HOURS_CLOCK = re.compile(r"(?<![\d.,:])(\d{1,2}):([0-5]\d)(?![\d:])")
_ONLY_MIN = re.compile(r"(?<![\d.,])(\d{1,3})\s*min", re.I)
_H_UNIT = re.compile(r"(?<![\d.,:])(\d{1,2}(?:[.,]\d{1,2})?)\s*(?:h\b|st\b|st\.|stund)", re.I)
_CLOCK_COLON = re.compile(r"\d:\d")
_BARE_HOURS = re.compile(r"(?<![\d.,:/-])(\d{1,2}(?:[.,]\d{1,2})?)(?![\d.,:/-])")
# A typewriter's or a hand's fraction ("1½", "½ h"): the whole hours and the glyph's part.
_FRACTIONS = {"½": 0.5, "¼": 0.25, "¾": 0.75}
_FRACTION_HOURS = re.compile(r"(?<![\d.,:/-])(\d{1,2})?\s?([½¼¾])(?![\d])")
# OCR reads the glyph "½" after a digit as "%" ("1%"): in a cell of its own in a sheet's hours
# column nothing is a percentage, so it is the half, a repair.
_HALF_AS_PERCENT = re.compile(r"(\d{1,2})%")
_MONTH_WORDS = {
    "janv": 1, "febr": 2, "mart": 3, "apri": 4, "maij": 5, "jun": 6, "jul": 7, "aug": 8,
    "sept": 9, "okt": 10, "nov": 11, "dec": 12,
}


@dataclass(slots=True)
class RowsRead:
    """The rows read from a sheet, how sure, what is doubtful, and the lines they came from."""

    entries: list[dict[str, Any]]
    confidence: float
    warnings: list[str] = field(default_factory=list)
    row_lines: list[tuple[Line, str]] = field(default_factory=list)  # (line, ISO date)
    # Every row writes its hours beside its from-to (each row checked against its length).
    hours_written: bool = False


@dataclass(slots=True)
class _Text:
    """One candidate row: its text, the words it came from (none for AcroForm values)."""

    text: str
    words: list[Word]
    line: Line | None = None
    # A day's cell of a month drawn as a calendar: a number beside its day is that day's hours.
    calendar: bool = False


# --- where rows are --------------------------------------------------------------------------


def _grid_date(day: int, cell_month: int | None, month: str | None) -> str:
    """A grid cell's day written whole: in the sheet's month ("2025-10-04"), or the day and
    month its heading gives ("12.01.")."""
    if month is not None and cell_month in (None, int(month[5:7])):
        return f"{month}-{day:02d}"
    return f"{day}.{cell_month:02d}." if cell_month else f"{day}."


def _candidate_rows(document: ReadDocument, lines: Sequence[Line],
                    month: str | None = None) -> list[_Text]:
    """Each numbered group of AcroForm fields, or else each line (its cells joined)."""
    groups: dict[int, list[str]] = {}
    for key, value in document.form_values.items():
        match = _FORM_ROW.match(key)
        if match:
            groups.setdefault(int(match.group(2)), []).append(value)
    if groups:
        return [_Text(" ".join(parts), []) for _, parts in sorted(groups.items())]
    rows: list[_Text] = []
    lines = list(lines)
    index = 0
    while index < len(lines):
        grid = grid_cells(lines, index)
        if grid is not None:
            # The days as columns and the activities as rows: each filled cell is its row.
            cells, index = grid
            rows.extend(_Text(f"{_grid_date(cell.day, cell.month, month)} {cell.hours} h "
                              f"{cell.activity}", cell.words, cell.line, calendar=True)
                        for cell in cells)
            continue
        days = calendar_days(lines[index])
        if days is not None:
            # A month drawn as a calendar (the days across, a week to a line): each day's
            # cell is its row.
            rows.extend(days)
            index += 1
            continue
        week = _week_across(lines, index)
        if week is not None:
            # A sheet laid out a week to a block, the days side by side: a day's column is
            # its row.
            columns, index = week
            rows.extend(columns)
            continue
        # After the block whose lines each name what they hold ("Datums | 12.04. | ...").
        dated = _dated_cells(lines, index)
        if dated is not None:
            # A week to a line under the weekdays' heads, each day's cell dated in full
            # ("03.06. 07:00–09:00 2 h darbs"): each cell is its row.
            grid_rows, index = dated
            rows.extend(grid_rows)
            continue
        line = lines[index]
        index += 1
        parts = [_wrapped_date(seg.text) for seg in line.segments]
        text = " ".join(parts) if parts else line.text
        # OCR's misreadings of a date: "28.04,2021".
        text = re.sub(r"(?<!\d)(\d{1,2})[.,](\d{1,2})[.,](\d{4})", r"\1.\2.\3", text)
        text = _unglued(text)
        rows.append(_Text(text, list(line.words), line))
    return rows


# A small photo's row read without the gaps between its cells: "03.1107:3011:30 4 darbs",
# "12.11.10:0012:002dienas centrs". A clock (or a day and month) run straight into a clock is
# two cells, and so are a clock's minutes run into an hours figure and a word.
_CLOCK_INTO_CLOCK = re.compile(
    r"(?<![\d.:])((?:[0-2]?\d)[:.][0-5]\d)\.?(?=(?:[01]?\d|2[0-3])[:.][0-5]\d)")
_CLOCK_INTO_HOURS = re.compile(r"(\d[:.][0-5]\d)(\d{1,2})(?=[^\W\d_]{3,})")


def _unglued(text: str) -> str:
    for _ in range(3):  # a day, a from and a to run together: each split frees the next
        split = _CLOCK_INTO_CLOCK.sub(r"\1 ", text)
        if split == text:
            break
        text = split
    return _CLOCK_INTO_HOURS.sub(r"\1 \2 ", text)


# A date whole once the spaces OCR put inside it are gone: "01.03.202 1." is "01.03.2021.".
_WHOLE_DATE = re.compile(r"\d{1,2}[./]\d{1,2}[./]?(?:\d{2}|\d{4})?\.?")


def _wrapped_date(cell: str) -> str:
    """A date wrapped inside a narrow cell ("01.03.202" / "1.") is one token again; a cell
    holding a date and a clock a scan ran together ("08.02. 08.00") keeps its space, since
    joined they are no date."""
    joined = re.sub(r"(?<=[\d.])\s+(?=[\d.])", "", cell)
    if re.fullmatch(r"[\d.\s/-]+", cell) and _WHOLE_DATE.fullmatch(joined.strip()):
        return joined
    return cell


# A calendar's cell opens with its day of the month, dotted or bare ("13. 11.00-13.00 B",
# "14.", "6 8.15-13.15 5 h I"), never a date or a clock ("13.03.", "9.30"). A bare number is a
# day only in a run of cells counting up (see `calendar_days`).
_CALENDAR_CELL = re.compile(r"^\s*(\d{1,2})(?:\.(?!\d)|\s|$)")


def calendar_days(line: Line) -> list[_Text] | None:
    """A line of a month drawn as a calendar: at least three cells side by side opening with
    days that follow each other (8., 9., 10., ...). The longest such run is the week; the cells
    around it (the week's number, its total) are no days."""
    found = [_CALENDAR_CELL.match(seg.text) for seg in line.segments]
    days = [int(m.group(1)) if m else None for m in found]
    best: tuple[int, int] = (0, 0)
    start = 0
    for k in range(1, len(days) + 1):
        previous, day = days[k - 1], days[k] if k < len(days) else None
        follows = day is not None and previous is not None and day == previous + 1
        if not follows:
            if days[start] is not None and k - start > best[1] - best[0]:
                best = (start, k)
            start = k
    if best[1] - best[0] < 3:
        return None
    return [_Text(seg.text, list(seg.words), line, calendar=True)
            for seg in line.segments[best[0]:best[1]]]


# A week grid's day cell opens with its day and month ("03.06.", "3.06"), never a week's span
# ("27.05.–02.06.", its own cell beside the days) or a clock ("07:00").
_GRID_CELL = re.compile(r"^\s*(\d{1,2})\.(\d{1,2})(?:\.(?!\s*[-–—]\s*\d)|(?![\d.:]|\s*[-–—]\s*\d))")
# A print or generation time stamp anywhere on a line: a whole date and a clock.
_PRINT_STAMP = re.compile(
    r"(?<![\d.:])(?:\d{1,2}\.\d{1,2}\.\d{4}\.?|\d{4}-\d{2}-\d{2})\s+(?:[01]?\d|2[0-3]):[0-5]\d"
    r"(?::[0-5]\d)?(?![\d:])")
# A system's time stamp: a whole date with its year and one clock, nothing else ("02.10.2025
# 07:51", "2025-10-02 07:51:12"): when a row was entered or approved, in a column of its own
# after the row's from-to ("Ievadīts"), never a day's cell of a week grid nor the row's time.
_ENTRY_STAMP = re.compile(
    r"(?<![\d.:–—-])\s*(?:\d{1,2}\.\d{1,2}\.\d{4}\.?|\d{4}-\d{2}-\d{2})\s+"
    r"(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?\s*$")


def _dated_cells(lines: Sequence[Line], at: int) -> tuple[list[_Text], int] | None:
    """A line of a week grid (the weekdays across, a week to a line): two or more cells
    side by side each opening with a day and month, the days following each other. Each such
    cell is a row, with what the lines under it write in its column (the from-to, the hours
    and activity, a line each) up to the next week; a cell that holds only its date or a word
    ("24.06. Jāņi", a holiday) is a day not worked; the week's span and its total, in cells of
    their own, are no days. Returns the rows and the index of the line after the week."""
    line = lines[at]
    if len(line.segments) < 3:
        return None
    found = [(seg, _GRID_CELL.match(seg.text) if not _ENTRY_STAMP.match(seg.text) else None)
             for seg in line.segments]
    cells = [(seg, m) for seg, m in found if m]
    if len(cells) < 2:
        return None
    days = [(int(m.group(2)), int(m.group(1))) for _seg, m in cells]
    for (month_a, day_a), (month_b, day_b) in pairwise(days):
        if not ((month_b == month_a and day_b == day_a + 1)
                or (month_b == month_a + 1 and day_b == 1 and day_a >= 28)):
            return None
    # A day's column runs from its cell's left edge to the next cell's (the last to the
    # next cell of the line, the week's total, or the page's end).
    lefts = [seg.x0 for seg in line.segments]
    columns = []
    for seg, _m in cells:
        after = [x for x in lefts if x > seg.x0]
        columns.append((seg.x0 - 2, min(after) - 2 if after else float("inf")))
    texts = [[seg.text] for seg, _m in cells]
    words = [list(seg.words) for seg, _m in cells]
    end = at + 1
    while end < len(lines) and end - at <= 4:
        under = lines[end]
        if under.page != line.page or _dated_cells(lines, end) is not None:
            break
        places = [next((k for k, (x0, x1) in enumerate(columns) if x0 <= seg.x0 < x1), None)
                  for seg in under.segments]
        if not places or None in places:
            break
        for seg, k in zip(under.segments, places, strict=True):
            assert k is not None  # every place was found above
            texts[k].append(seg.text)
            words[k].extend(seg.words)
        end += 1
    rows = []
    for (_seg, m), text, own in zip(cells, texts, words, strict=True):
        joined = " ".join(text)
        if re.search(r"\d", joined[m.end():]):
            rows.append(_Text(joined, own, line))
    return rows, end


_CELL_DATE = re.compile(
    r"^\s*(?:\d{1,2}\.\s?(?:\d{1,2}|[IVX]{1,4})\.(?:\s?\d{4}\.?)?|\d{4}-\d{2}-\d{2})\s*$")
_CELL_LABEL = re.compile(r"^\s*[^\W\d_][^\d]{0,24}$")


def _week_across(lines: Sequence[Line], at: int) -> tuple[list[_Text], int] | None:
    """A block whose first line names the dates in cells side by side ("Datums | 12.04. |
    13.04. | ...") and whose lines under it each name what they hold in their first cell
    ("Laiks", "Mērķis", "Stundas") with a value under a date: each date's column, read down,
    as one candidate row. A cell belongs to the date whose column it sits under (nearer its
    middle than half the way to the next date); a cell under no date (a week's total) is left
    out. Returns the rows and the index of the line after the block."""
    head = lines[at]
    if len(head.segments) < 3 or not _CELL_LABEL.match(head.segments[0].text):
        return None
    dates = head.segments[1:]
    if not all(_CELL_DATE.match(seg.text) for seg in dates):
        return None
    middles = [(seg.x0 + seg.x1) / 2 for seg in dates]
    reach = min((b - a for a, b in pairwise(middles)), default=0.0) / 2
    if reach <= 0:
        return None
    cells: list[list[Segment]] = [[seg] for seg in dates]
    end = at + 1
    while end < len(lines):
        line = lines[end]
        if line.page != head.page or len(line.segments) < 2 \
                or not _CELL_LABEL.match(line.segments[0].text) \
                or _week_across(lines, end) is not None or ":" in line.segments[0].text:
            break
        for seg in line.segments[1:]:
            middle = (seg.x0 + seg.x1) / 2
            nearest = min(range(len(middles)), key=lambda k: abs(middles[k] - middle))
            if abs(middles[nearest] - middle) < reach:
                cells[nearest].append(seg)
        end += 1
    if end == at + 1:
        return None
    return [_Text(" ".join(seg.text for seg in column),
                  [w for seg in column for w in seg.words]) for column in cells], end


# A row of a letter broken at the line's end: a range left open ("... no 13.00 līdz" / "15.00
# – no skolas ..."), or a sentence still running ("... uz" / "dienas centru.").
_OPEN_RANGE = re.compile(r"(?:\b(?:no|lidz|plkst\.?)|[-–—]|\bno\s+\d{1,2}[.:]\d{2})\s*$")
_SENTENCE_DONE = re.compile(r"[.;!?:]\s*$")
# The way home: a row saying only that shares the errand of the day's row before it.
_WAY_BACK = re.compile(r"\b(?:majup|atpakal|uz majam|majas)\b")
_TOTAL_LINE = re.compile(r"^\W*(?:kopa|pavisam|kopsumma)\b")


def _prose(text: _Text) -> bool:
    return text.line is not None and len(text.line.segments) <= 1


def join_wrapped(rows: list[_Text], month: str | None) -> list[_Text]:
    """A dated row of a letter goes on over the lines under it that open with no date of their
    own while its range is still open or its sentence has not ended; a table's row (cells)
    never takes the next line."""
    joined: list[_Text] = []
    for text in rows:
        last = joined[-1] if joined else None
        if (last is not None and _prose(text) and _prose(last)
                and row_date(text.text, month)[0] is None
                and row_date(last.text, month)[0] is not None
                and not _TOTAL_LINE.match(fold(text.text))
                and (_OPEN_RANGE.search(fold(last.text))
                     or not _SENTENCE_DONE.search(last.text))):
            joined[-1] = _Text(f"{last.text} {text.text}", [*last.words, *text.words], last.line)
            continue
        joined.append(text)
    return joined


# A diary written as paragraphs (round 22): a week's days in sentences running on over the
# lines ("1. nedēļa. Trešdien, 1. oktobrī, no 7 līdz 11 pavadīju ... Piektdien, 3. oktobrī,
# no 18 ..."). A sentence ends at a stop after a word (not a date's "8." or a clock's "19.30").
_SENTENCE_END = re.compile(r"(?<=[^\W\d_]{2}[.!?])\s+(?=[^\W\d_]|\d{1,2}\.\s)")
# A sentence that opens with a day ("Pirmdien, 6. oktobrī", "6. oktobrī", "Otrdien, 7.10."):
# past a line's start it makes the run of lines a diary's paragraphs.
_DAY_SENTENCE = re.compile(
    r"(?:^|(?<=[^\W\d_]{2}[.!?])\s+)(?:(?:pirmdien|otrdien|tresdien|ceturtdien|piektdien|"
    r"sestdien|svetdien)[a-z]*\s*,?\s*)?\d{1,2}\.\s*(?:[a-z]{3,}|\d{1,2}\.)")
_WORD_STOP = re.compile(r"[^\W\d_]{2}[.!?]\s*$")
# A week's heading inside a paragraph ("2. nedēļa.", "Maija 2. nedēļā."): no day of the month.
_DIARY_WEEK = re.compile(r"^\W*(?:[a-z]+\s+)?\d{1,2}\.\s*nedel[a-z]*\W*$")


def _day_in_sentence(line_text: str) -> bool:
    folded = fold(line_text)
    return any(m.start() > 0 and row_date(m.group(0).strip(), "2000-01")[0] is not None
               and _month_word_or_dots(m.group(0)) for m in _DAY_SENTENCE.finditer(folded))


def _month_word_or_dots(found: str) -> bool:
    words = _DAY_MONTH_WORD.search(found)
    return words is None or _month_number(words.group(2)) is not None


def diary_sentences(rows: list[_Text]) -> list[_Text]:
    """A run of prose lines where a dated sentence starts past a line's start (days written
    one after another in a paragraph) is read as sentences: each its own row, a week's heading
    dropped; other rows as they were."""
    out: list[_Text] = []
    at = 0
    while at < len(rows):
        if not _prose(rows[at]) or rows[at].calendar:
            out.append(rows[at])
            at += 1
            continue
        end = at
        while end < len(rows) and _prose(rows[end]) and not rows[end].calendar:
            end += 1
        run = rows[at:end]
        if not any(_day_in_sentence(r.text) for r in run):
            out.extend(run)
            at = end
            continue
        # Each sentence keeps the line it starts on and the words of the lines it spans.
        pieces: list[tuple[str, int]] = []  # (text, index of the line it starts on)
        current, start_line = "", 0
        for k, row in enumerate(run):
            parts = _SENTENCE_END.split(row.text.strip())
            for p, part in enumerate(parts):
                if p == 0 and current and not _WORD_STOP.search(current):
                    current = f"{current} {part}"
                    continue
                if current:
                    pieces.append((current, start_line))
                current, start_line = part, k
        if current:
            pieces.append((current, start_line))
        for text, k in pieces:
            if _DIARY_WEEK.match(fold(text)):
                continue
            words = [w for r in run for w in r.words]
            out.append(_Text(text, words, run[k].line))
        at = end
    return out


def _month_number(word: str) -> int | None:
    folded = fold(word)
    for stem, number in _MONTH_WORDS.items():
        if folded.startswith(stem):
            return number
    return None


# A diary's day opens with its weekday ("Pirmdiena, 7. decembris", "Otrd. 8.12."): the date
# follows it.
# A scan's "ī" for an "i" ("Otrdīen") and a doubled comma ("Ceturtdien, , 5.") still name it.
# A hand cuts the weekday short ("pirmd. 1.09", "ceturt. d. 4.09", "piekt 5.09"), and a scan
# reads a vowel with a mark or a stop as a bracket ("cēturt). d."): a weekday all the same.
_WEEKDAY = re.compile(r"^(?:p[iī]rm|otr|tre[sš]|c[eē]t[uū]rt|piekt|sest|sv[eē]t)"
                      r"(?:d[iī]en[a-zāēīū]*|[a-zāēīū]{0,2})[).]{0,2}(?:\s*d\.)?[\s,]*(?=\d)",
                      re.IGNORECASE)


_WEEKDAYS = ("pirmdien", "otrdien", "tresdien", "ceturtdien", "piektdien", "sestdien",
             "svetdien")


def weekday_mismatch(text: str, day: str | None) -> str | None:
    """A row that names its weekday ("Otrdiena, 3.10.") on a date of another: a warning."""
    named = _WEEKDAY.match(_LEAD.sub("", text))
    if named is None or day is None:
        return None
    folded = fold(named.group(0))
    # A weekday cut short names its day by its first three letters ("otrd.", "piekt").
    which = next((k for k, stem in enumerate(_WEEKDAYS) if folded[:3] == stem[:3]), None)
    if which is None or date.fromisoformat(day).weekday() == which:
        return None
    return f"entries: {day} is no {named.group(0).strip(' ,.')} as the row says"


def row_date(text: str, month: str | None) -> tuple[str | None, str]:
    """The row's date and the rest of the row. A day without a year takes the sheet's year
    ("1.09.", "3. septembrī"); a bare day ("8.") takes the sheet's month too."""
    body = _WEEKDAY.sub("", _LEAD.sub("", text), count=1)
    found = _FULL_DATE.search(body)
    if found:
        value = values.date_value(found.group(0))
        if value:
            before = body[: found.start()]
            # A row number printed before the date ("1. 01.09.2021") is not part of the row.
            if before.strip() and _ROW_NUMBER.match(before):
                before = ""
            return value.isoformat(), f"{before} {body[found.end():]}"
    short = _SHORT_YEAR.match(body)
    if short:
        # "01.03.21.": the year in two digits, the sheet's own year when it has one.
        year = 2000 + int(short.group(3))
        if not month or int(month[:4]) % 100 == year % 100:
            year = int(month[:4]) if month else year
            return _date_or_none(year, int(short.group(2)), int(short.group(1))), \
                body[short.end():]
    if not month:
        return None, text
    year, month_no = int(month[:4]), int(month[5:7])
    number_first = _NUMBER_BEFORE_DATE.match(body)
    if number_first:  # "1. 3.09." or "1) 3. septembrī"
        body = body[number_first.end():]
    else:
        number_cell = _NUMBER_CELL_BEFORE_DATE.match(body)
        if number_cell and int(number_cell.group(1)) == month_no:
            body = body[number_cell.end():]
    words = _DAY_MONTH_WORD.match(body)
    if words and _month_number(words.group(2)):
        day_month = _month_number(words.group(2)) or month_no
        return _date_or_none(year, day_month, int(words.group(1))), body[words.end():]
    roman = _DAY_ROMAN_MONTH.match(body)
    if roman and roman.group(2) in _ROMAN:
        return _date_or_none(year, _ROMAN[roman.group(2)], int(roman.group(1))), \
            body[roman.end():]
    dotted = _DAY_DOT_MONTH.match(body)
    if dotted and int(dotted.group(2)) != month_no and body[dotted.start(2) - 1].isspace() \
            and not dotted.group(0).endswith("."):
        # "6. | 3 | b.l." on a sheet headed "2025. g. oktobris": a bare day, then the hours
        # cell; a day and another month would close with its stop ("6. 3.").
        dotted = None
    if dotted and 1 <= int(dotted.group(2)) <= 12:
        return _date_or_none(year, int(dotted.group(2)), int(dotted.group(1))), \
            body[dotted.end():]
    if dotted and _month_slip(dotted.group(2), month_no):
        # "27.91." on a January sheet: no month is 91; one digit from the sheet's "01" it is
        # that month's day, a repair (`month_misread` lowers the row).
        return _date_or_none(year, month_no, int(dotted.group(1))), body[dotted.end():]
    # A hurried hand's day and month with a comma or a slash for the stop ("03,03", "4/5"):
    # the sheet's own month only, so hours ("1,5") are never read as a day.
    comma = _COMMA_DAY_MONTH.match(body)
    if comma and int(comma.group(2)) == month_no:
        return _date_or_none(year, month_no, int(comma.group(1))), body[comma.end():]
    # A scan runs the date into the range after it ("13.05.10.30-12.00"): a day of the
    # sheet's own month with a from-to straight after its dot.
    glued_range = _DATE_THEN_RANGE.match(body)
    if glued_range and int(glued_range.group(2)) == month_no:
        return _date_or_none(year, month_no, int(glued_range.group(1))), \
            body[glued_range.end():]
    # OCR loses the dot between day and month ("709." for "7.09."): the last two digits are
    # the sheet's own month, so the rest is the day.
    glued = _GLUED_DAY_MONTH.match(body)
    if glued and int(glued.group(2)) == month_no:
        return _date_or_none(year, month_no, int(glued.group(1))), body[glued.end():]
    bare = _BARE_DAY.match(body)
    if bare:
        return _date_or_none(year, month_no, int(bare.group(1))), body[bare.end():]
    return None, text


def _date_or_none(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


# --- hours ---------------------------------------------------------------------------------


def _number(value: float | None) -> int | float | None:
    if value is None:
        return None
    return int(value) if float(value).is_integer() else round(float(value), 2)


# A sheet that counts in units of minutes says so in its title, a column's head or a note:
# "(15 minūšu vienībās)", "Vienības (15 min)", "1 vienība = 15 minūtes".
_MINUTE_UNIT = re.compile(
    r"(?<![\d.,])(\d{1,3})\s*(?:min\w*|min\.)\s+vienib"
    r"|vienib\w*\s*\(\s*(\d{1,3})\s*min"
    r"|(?<![\d.,])1\s*vienib\w*\s*[=:–-]\s*(\d{1,3})\s*min")


def minute_unit(lines: Sequence[Line]) -> int | None:
    """The minutes one unit of the sheet's figures counts when the sheet declares a unit
    other than the hour; None for a sheet in hours. Two different units declared: None."""
    found = {int(next(g for g in m.groups() if g))
             for line in lines for m in _MINUTE_UNIT.finditer(fold(line.text))}
    found.discard(60)
    if len(found) != 1:
        return None
    unit = found.pop()
    return unit if 0 < unit < 60 else None


def hours_written(rest: str) -> tuple[float | None, str]:
    """Hours as the row writes them ("1,5", "1 h 30 min", "4 h", "90 min") and the text that
    held them, or (None, "") when the row states none."""
    for pattern in (_H_MIN,):
        match = pattern.search(rest)
        if match:
            return int(match.group(1)) + int(match.group(2)) / 60, match.group(0)
    match = _H_UNIT.search(rest)
    if match:
        return float(match.group(1).replace(",", ".")), match.group(0)
    match = _HOURS_CLOCK.search(rest)
    if match:
        return int(match.group(1)) + int(match.group(2)) / 60, match.group(0)
    match = _ONLY_MIN.search(rest)
    if match:
        return int(match.group(1)) / 60, match.group(0)
    match = _FRACTION_HOURS.search(rest)
    if match:
        return int(match.group(1) or 0) + _FRACTIONS[match.group(2)], match.group(0)
    match = _BARE_HOURS.search(rest)
    if match:
        return float(match.group(1).replace(",", ".")), match.group(0)
    return None, ""


def _minutes(hour: str, minute: str) -> int:
    return int(hour) * 60 + int(minute)


def _clock(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def _on_grid(minutes: float) -> bool:
    return abs(minutes - round(minutes)) < 1e-6 and round(minutes) % TOLERANCE_MINUTES == 0


def _word_confidence(words: Sequence[Word], token: str) -> float:
    """OCR confidence of the word that holds `token` (1.0 for a text layer or AcroForm)."""
    digits = re.sub(r"\D", "", token)
    for word in words:
        if digits and digits in re.sub(r"\D", "", word.text):
            return word.confidence
    return 1.0


@dataclass(slots=True)
class _Row:
    day: str
    start: int | None  # None: the row writes only how long ("pusotra stunda", "1,5 h")
    end: int | None
    hours: float | None
    stated: bool  # hours written on the row, not counted from the range
    activity: str | None
    confidence: float
    tokens: dict[str, str]  # start/end/hours -> the text they were read from
    pause: int = 0  # minutes of a break written on the row ("0:30" lunch), not worked
    # From, to and hours disagree and nothing on the row said which was misread: the OCR
    # confidence of the hours as read (`_hours_by_the_sheet` may settle it by the other rows).
    disputed: float | None = None
    # One clock read where the sheet writes two (the layout dropped a column): where it stands
    # across the page; the sheet's other rows say whether it is the start or the end.
    lone_x: float | None = None


def cross_check(row: _Row, words: Sequence[Word]) -> tuple[_Row, str | None]:
    """From, to and hours must agree; repair one from the other two when the evidence points
    at it, else keep the row as written with lower confidence. Returns the row and a warning."""
    if not row.stated or row.hours is None or row.start is None or row.end is None:
        return row, None
    span = row.end - row.start - row.pause
    written = row.hours * 60
    if span > 0 and abs(written - span) <= TOLERANCE_MINUTES:
        return row, None
    said = f"{_clock(row.start)}–{_clock(row.end)}, {_number(row.hours)} h"
    candidates = {
        "end": row.start + written,
        "start": row.end - written,
        "hours": float(span),
    }
    on_grid = {"start": _on_grid(row.start), "end": _on_grid(row.end), "hours": _on_grid(written)}
    doubt = {name: _word_confidence(words, token) for name, token in row.tokens.items()}
    suspect: str | None = None
    off_grid = [name for name, ok in on_grid.items() if not ok]
    if len(off_grid) == 1:
        suspect = off_grid[0]
    else:
        unsure = [name for name, c in doubt.items() if c < 0.6]
        if len(unsure) == 1 and all(c >= 0.8 for n, c in doubt.items() if n != unsure[0]):
            suspect = unsure[0]
    if suspect is None:
        # A hand's "1" read as "/" ("/5.00"): the part with a stray mark stuck to it was
        # misread; hours no day holds ("25" for "0,5") are misread whatever the marks say.
        marked = [name for name, token in row.tokens.items() if _stray_mark(words, token)]
        if written > 24 * 60:
            suspect = "hours"
        elif len(marked) == 1:
            suspect = marked[0]
    if suspect is None:
        # A scan that lost a clock's leading "1" ("08:00–04:00, 6 h" for 14:00): the one side
        # the other two make its read digits with a "1" before them.
        lost = [name for name in ("start", "end") if name in row.tokens
                and _lost_one(row.tokens[name], candidates[name])]
        if len(lost) == 1:
            suspect = lost[0]
    if suspect is None:
        # A clock OCR read as bare digits ("100" for a hand's "11:00", taken for 1:00) beside
        # one written whole: the bare one lost a digit with its separator.
        bare = [name for name in ("start", "end") if name in row.tokens
                and _bare_clock(words, row.tokens[name])]
        if len(bare) == 1:
            suspect = bare[0]
    if suspect is not None:
        value = candidates[suspect]
        valid = (0 < value <= 24 * 60) if suspect != "start" else (0 <= value < 24 * 60)
        if valid and _on_grid(value) and (suspect != "hours" or span > 0):
            if suspect == "hours":
                row.hours = _number(value / 60)
            elif suspect == "start":
                row.start = int(value)
            else:
                row.end = int(value)
            row.confidence = min(row.confidence, REPAIRED_CONFIDENCE)
            fixed = f"{_clock(row.start)}–{_clock(row.end)}, {_number(row.hours)} h"
            return row, (f"entries: {row.day} read as {said}; {suspect} repaired from the "
                         f"other two to {fixed}")
    row.confidence = min(row.confidence, CONTRADICTED_CONFIDENCE)
    if span > 0 and "hours" in row.tokens:
        row.disputed = doubt.get("hours", 1.0)
    return row, f"entries: {row.day} does not add up ({said}); kept as written"


# Rows of the same sheet whose hours are their from-to: the sheet's hours column is the span.
AGREEING_ROWS = 2


def _hours_by_the_sheet(read: list[tuple[dict[str, Any], _Row]], warnings: list[str],
                        confidence_of: dict[int, float]) -> None:
    """A row whose hours contradict its own from-to, on a sheet where every other row with
    both writes the span as its hours: the hours were misread (a hand's "3" read "9"), not two
    clocks, when OCR doubted them (below 0.9). They become the span, at most repaired's
    confidence; the row's warning says so."""
    disputed = [(entry, row) for entry, row in read if row.disputed is not None]
    stated = [row for _e, row in read if row.stated and row.hours is not None
              and row.start is not None and row.end is not None and row.disputed is None]
    if not disputed or len(stated) < AGREEING_ROWS:
        return
    for entry, row in disputed:
        if row.disputed is None or row.disputed >= 0.9 or row.start is None or row.end is None:
            continue
        span = row.end - row.start - row.pause
        said = f"{_clock(row.start)}–{_clock(row.end)}, {_number(row.hours)} h"
        kept = f"entries: {row.day} does not add up ({said}); kept as written"
        entry["hours"] = _number(span / 60)
        confidence_of[id(entry)] = min(confidence_of.get(id(entry), 1.0), REPAIRED_CONFIDENCE)
        note = (f"entries: {row.day} read as {said}; the hours taken for the span, "
                f"{_number(span / 60)} h, as on the sheet's other rows")
        warnings[:] = [note if w == kept else w for w in warnings]


def _month_slip(written: str, month_no: int) -> bool:
    """A row's month of two digits that is no month (over 12) and one digit from the sheet's."""
    sheet = f"{month_no:02d}"
    return len(written) == 2 and int(written) > 12 \
        and sum(a != b for a, b in zip(written, sheet, strict=True)) == 1


def month_misread(text: str, day: str | None) -> bool:
    """The row's date was written with a month no month is (`_month_slip`), its day kept."""
    found = _ROW_DAY_MONTH.match(text)
    return day is not None and found is not None and not found.group(3) \
        and int(found.group(1)) == int(day[8:10]) and int(found.group(2)) > 12


def _month_digit_lost(text: str, day: str | None, month: str | None) -> str | None:
    """A row dated "13.1." on a sheet of November: the sheet's month with one of its digits
    lost ("1" for "11"), the date put in the sheet's month; None for any other date."""
    if day is None or month is None or day[:7] == month:
        return None
    found = _ROW_DAY_MONTH.match(text)
    if found is None or found.group(3) or int(found.group(1)) != int(day[8:10]):
        return None
    sheet = str(int(month[5:7]))
    written = found.group(2).lstrip("0")
    if len(sheet) != 2 or not any(sheet[:i] + sheet[i + 1:] == written for i in range(2)):
        return None
    try:
        return date(int(month[:4]), int(sheet), int(found.group(1))).isoformat()
    except ValueError:
        return None


def _bare_clock(words: Sequence[Word], token: str) -> bool:
    """The clock `token` was read from a word of three or four digits and nothing else."""
    digits = re.sub(r"\D", "", token)
    return any(re.fullmatch(r"\d{3,4}", w.text.strip()) and w.text.strip() == digits
               for w in words)


def _lost_one(token: str, candidate: float) -> bool:
    """`candidate` (minutes) is the clock `token` reads with a "1" put before its hour ("04:00"
    or "4.00" for 14:00)."""
    if not 0 <= candidate < 24 * 60:
        return False
    read = re.sub(r"\D", "", token).lstrip("0")
    whole = re.sub(r"\D", "", _clock(int(candidate)))
    return len(whole) == 4 and whole.startswith("1") and whole[1:].lstrip("0") == read


# What a misread digit leaves stuck to a clock ("/5.00", "|2.30"): a mark, no letter, no
# punctuation a clock or a list writes itself.
_STRAY = re.compile(r"^[^\w\s.,:;\-–—()]+$")


def _stray_mark(words: Sequence[Word], token: str) -> bool:
    """Some word holding `token` has a stray mark beside it (see `_STRAY`)."""
    for word in words:
        if token in word.text and _STRAY.match(word.text.replace(token, "", 1)):
            return True
    return False


_JOINER = re.compile(r"^\s*(?:-|–|—|lidz|līdz)?\s*$", re.I)


def _ranges(rest: str, clocks: list[re.Match[str]]) -> list[int]:
    """Indexes of the clocks that open a from-to range: two clocks joined by a dash, "līdz" or
    a cell gap, the second later than the first, each range after the one before."""
    opens: list[int] = []
    last_end = -1
    i = 0
    while i + 1 < len(clocks):
        first, second = clocks[i], clocks[i + 1]
        start = _minutes(first.group(1), first.group(2))
        end = _minutes(second.group(1), second.group(2))
        if _JOINER.match(rest[first.end(): second.start()]) and end > start >= last_end:
            opens.append(i)
            last_end = end
            i += 2
        else:
            i += 1
    return opens


_STROKE_HOUR = re.compile(
    r"(\bno\s+(?:[01]?\d|2[0-3])(?:[.:][0-5]\d)?\s*(?:līdz|lidz|[-–—])\s*)([Il|]{1,2})(?![\w.:])")


def _read_row(text: _Text, month: str | None, activity_of: Callable[[str], str | None],
              unit: int | None = None) -> tuple[list[_Row], bool, list[str]]:
    """The rows of one candidate text ([] with `dated` when it is no row; a date with nothing
    beside it may be a row OCR could not read). One date with two ranges ("no 7.30 līdz 8.30
    uz skolu un no 13.30 līdz 14.30 atpakaļ") is two rows of that day; a range that names no
    activity of its own shares the one before it (the way back of the same errand)."""
    stamp = _PRINT_STAMP.search(text.text)
    if stamp is not None and names_print_time(text.text[:stamp.start()]) \
            and not _CLOCK.search(text.text[stamp.end():]):
        # "Jūnijs 2025 · ģenerēts lietotnē 30.06.2025 21:07": when the system printed or made
        # the sheet, no day worked (its year read as a clock made a row of it).
        return [], False, []
    stamps = list(_PRINT_STAMP.finditer(text.text))
    if len(stamps) >= 2 and all(re.search(r"[^\W\d_]{3,}", text.text[a.end():b.start()])
                                for a, b in pairwise(stamps)) \
            and len(_CLOCK.findall(text.text)) == len(stamps):
        # "Saskaņots: klients 03.11.2025 19:02, asistente 02.11.2025 22:40": the times a system
        # logged who confirmed the sheet, each stamp a date and a clock of its own and a word
        # between them, every clock a stamp's; no day worked from one clock to the other.
        return [], False, []
    day, rest = row_date(text.text, month)
    if day is None or _WEEK_HEADING.match(fold(rest)) or _PAGE_COUNT.match(fold(rest)):
        # "2. nedēļa" heads a week's block of rows: a week's number, no day; "2. lapa no 3"
        # counts the sheet's pages.
        return [], False, []
    # "8h00": a clock as a paper from abroad writes it, the "h" for the colon.
    rest = _H_CLOCK.sub(r"\1:\2", rest)
    # The time stamp a system printed after the row (when it was entered: "... izglītība
    # 02.10.2025 07:51") is none of the row's times: its clock read as hours was a row's
    # "7.85 h".
    rest = _ENTRY_STAMP.sub("", rest)
    as_read = rest
    clocks = list(_CLOCK.finditer(rest))
    if len(clocks) < 2:
        # OCR drops the colon ("1400 1700"): on a dated row, four digits on the five-minute
        # grid are a clock.
        rest = _GLUED_CLOCK.sub(r"\1:\2", rest)
        clocks = list(_CLOCK.finditer(rest))
    if len(clocks) < 2:
        # Whole hours said as a range ("no plkst. 10 līdz 12"): the words make them clocks.
        rest = whole_hour_clocks(rest)
        clocks = list(_CLOCK.finditer(rest))
    if len(clocks) < 2:
        # A hurried hand's from-to, a side or both a whole hour ("9.30-11", "10-12.30",
        # "10-12") with the hours counted beside it ("1,5h", "(2h)"): clocks when the hours
        # are the span between them (the row checks itself).
        checked = _counted_range(rest)
        if checked is not None:
            rest = checked
            clocks = list(_CLOCK.finditer(rest))
    if len(clocks) < 2 and text.calendar:
        # A calendar's day cell writing two whole hours joined by a dash after its day ("3
        # 9–13 D"): the day opens the cell, so the pair is when, from and to, not a count.
        ranged = _CALENDAR_RANGE.match(rest)
        if ranged and 0 <= int(ranged.group(1)) < int(ranged.group(2)) <= 24:
            rest = (f"{ranged.group(1)}:00-{ranged.group(2)}:00"
                    f"{rest[ranged.end():]}")
            clocks = list(_CLOCK.finditer(rest))
    if len(clocks) < 2 and text.line is not None and len(text.line.segments) >= 3:
        # A form's "No | Līdz | Stundas" cells filled with whole hours ("8 | 12 | 4"): clocks
        # only when the hours written are the span between them, the row checks itself.
        bare = _WHOLE_HOUR_CELLS.match(rest)
        if bare and 0 <= int(bare.group(1)) < int(bare.group(2)) <= 24 \
                and int(bare.group(2)) - int(bare.group(1)) == int(bare.group(3)):
            rest = f"{bare.group(1)}:00 {bare.group(2)}:00 {bare.group(3)}{rest[bare.end():]}"
            clocks = list(_CLOCK.finditer(rest))
    if len(clocks) < 2 and text.line is not None and len(text.line.segments) >= 3:
        # The same cells as decimal hours ("10,0 | 12,5 | 2,50"): clock times 10:00 and 12:30
        # when the third is the span between them, on the quarter hour.
        decimal = _decimal_clocks(rest)
        if decimal is not None:
            rest = decimal
            clocks = list(_CLOCK.finditer(rest))
    misread = ""
    if len(clocks) < 2 and text.words:
        # A whole hour a scan read as strokes ("no 9 līdz II" for 11): after a range's
        # "līdz", only ones can stand there; a repair.
        slipped = _STROKE_HOUR.sub(lambda m: m.group(1) + "1" * len(m.group(2)), rest)
        if slipped != rest:
            slipped = whole_hour_clocks(slipped)
            if len(list(_CLOCK.finditer(slipped))) >= 2:
                misread = _STROKE_HOUR.search(rest).group(0)  # type: ignore[union-attr]
                rest = slipped
                clocks = list(_CLOCK.finditer(rest))
    if len(clocks) < 2 and text.line is not None and len(text.line.segments) >= 3:
        # A hand's clocks in their cells OCR read with a stroke for "1" and a ring for "0"
        # ("/o oo | /3.00" for "10.00 | 13.00"): the cells made clocks again, a repair.
        mended_rest, misread = _clock_cells_mended(rest, text.line)
        if misread:
            rest = mended_rest
            clocks = list(_CLOCK.finditer(rest))
            if len(clocks) < 2:
                rest, misread = as_read, ""
                clocks = list(_CLOCK.finditer(rest))
    if len(clocks) == 1:
        # A hurried hand's from-to with one side a whole hour and the other a clock, joined
        # by a dash ("14-15.30 1,5h", "9.30-11 (1,5 st)"): both clocks when the hours written
        # beside it are its span, the row checks itself.
        mixed = _mixed_range(rest)
        if mixed is not None:
            rest = mixed
            clocks = list(_CLOCK.finditer(rest))
    if len(clocks) == 1:
        mended = _damaged_end(day, rest, clocks[0], text.words, activity_of)
        if mended is not None:
            return [mended[0]], True, [mended[1]]
    if len(clocks) < 2:
        mended = _range_from_digits(day, as_read, text.words, activity_of)
        if mended is not None:
            return [mended[0]], True, [mended[1]]
    if not clocks and (_DATED_BY_MONTH.match(_WEEKDAY.sub("", _LEAD.sub("", text.text), count=1))
                       or _day_cell_alone(text)) \
            and not _TOTAL_WORDS.search(fold(text.text)):
        # Only a day with its month ("11.01.", "3. martā"): "1. nedēļā kopā 5 h" is a week's
        # total, not the 1st's row.
        lasting = _duration_only(rest, text.line)
        if lasting is not None:
            hours, used = lasting
            remainder = rest.replace(used, " ", 1)
            confidence = min((w.confidence for w in text.words), default=1.0)
            if _HALF_AS_PERCENT.fullmatch(used):
                confidence = min(confidence, REPAIRED_CONFIDENCE)
            return [_Row(day, None, None, _number(hours), True,
                         _purpose(remainder, activity_of), confidence, {"hours": used})], True, []
    if not clocks and text.calendar:
        # A calendar's day cell writing a number after its day ("3 B", "1,5 I", "4 h"): the
        # hours given that day, with the activity's letter or word after them.
        cell = _CELL_HOURS.match(rest)
        if cell is not None:
            hours = float(cell.group(1).replace(",", "."))
            if 0 < hours <= 24 and _on_grid(hours * 60):
                confidence = min((w.confidence for w in text.words), default=1.0)
                return [_Row(day, None, None, _number(hours), True,
                             _purpose(cell.group(2), activity_of), confidence,
                             {"hours": cell.group(1)})], True, []
    if len(clocks) == 1 and text.line is not None and len(text.line.segments) >= 3:
        lone = _lone_clock(day, rest, clocks[0], text, activity_of)
        if lone is not None:
            return [lone], True, []
    if len(clocks) < 2:
        # A date with nothing beside it is a day not worked (a form's pre-filled or printed
        # row), not a row that could not be read.
        return [], bool(re.search(r"\w", rest)), []
    opens = _ranges(rest, clocks)
    if len(opens) < 2:
        row, warning = _row_from(day, rest, text.words, activity_of, unit)
        if misread:
            row.confidence = min(row.confidence, REPAIRED_CONFIDENCE)
            warning = "; ".join(filter(None, [
                warning, f"entries: {day} read as {misread!r}; its cells taken for "
                         f"{_clock(row.start or 0)}–{_clock(row.end or 0)}"]))
        return [row], True, [warning] if warning else []
    rows: list[_Row] = []
    warnings: list[str] = []
    for n, at in enumerate(opens):
        begin = 0 if n == 0 else clocks[at].start()
        finish = clocks[opens[n + 1]].start() if n + 1 < len(opens) else len(rest)
        part = rest[begin:finish]
        row, warning = _row_from(day, part, text.words, activity_of, unit)
        if n + 1 == len(opens) and n and row.stated and "hours" in row.tokens \
                and row.start is not None and row.end is not None \
                and not any(r.stated for r in rows):
            # One hours cell for the whole row ("07:15 08:00 16:30 17:15 1,5"): when it is the
            # sum of the row's ranges each range keeps its own length.
            spans = sum(r.hours or 0 for r in rows) + (row.end - row.start) / 60
            if row.hours is not None and abs(row.hours - spans) < 0.01:
                cut = clocks[opens[n] + 1].end()
                tail = part[cut - begin:].replace(row.tokens["hours"], " ", 1)
                row, warning = _row_from(day, part[:cut - begin] + tail, text.words,
                                         activity_of, unit)
        if row.activity is None and rows:
            row.activity = rows[-1].activity
        rows.append(row)
        if warning:
            warnings.append(warning)
    if rows[-1].activity is not None and all(r.activity is None for r in rows[:-1]):
        # A table row names its activity once, in its last cell: it is every range's.
        for row in rows[:-1]:
            row.activity = rows[-1].activity
    return rows, True, warnings


# A from-to whose sides may be whole hours: "9.30-11", "10-12.30", "10-12".
_LOOSE_RANGE = re.compile(
    r"(?<![\d.,:/])([01]?\d|2[0-3])(?:[.:]([0-5]\d))?\s*[-–—]\s*([01]?\d|2[0-4])"
    r"(?:[.:]([0-5]\d))?(?![\d:/]|[.,]\d)")


def _counted_range(rest: str) -> str | None:
    """`rest` with its one from-to written with whole hours made clocks, when the hours the
    row counts beside it are that range's length; None otherwise."""
    ranges = list(_LOOSE_RANGE.finditer(rest))
    if len(ranges) != 1:
        return None
    found = ranges[0]
    if found.group(2) is not None and found.group(4) is not None:
        return None  # two clocks: read as they are
    start = int(found.group(1)) * 60 + int(found.group(2) or 0)
    end = int(found.group(3)) * 60 + int(found.group(4) or 0)
    if end <= start or end > 24 * 60:
        return None
    hours, used = hours_written(rest[:found.start()] + " " + rest[found.end():])
    if hours is None or not used or abs(hours * 60 - (end - start)) > 0.5:
        return None
    return (f"{rest[:found.start()]}{_clock(start)}-{_clock(end)}{rest[found.end():]}")


def _lone_clock(day: str, rest: str, clock: re.Match[str], text: _Text,
                activity_of: Callable[[str], str | None]) -> _Row | None:
    """A table row with one clock and its hours alone in a cell ("08:00 | 4 | ..."): the
    other clock's column was left unread. Taken as the start for now, with where the clock
    stands; `_lone_clocks` settles start or end by the sheet's rows read whole."""
    after = rest[clock.end():]
    lasting = _duration_only(after, text.line)
    if lasting is None:
        return None
    hours, used = lasting
    if not 0 < hours <= 24 or not _on_grid(hours * 60):
        return None
    word = next((w for w in text.words if clock.group(0) in w.text), None)
    if word is None:
        return None
    start = _minutes(clock.group(1), clock.group(2))
    remainder = rest[: clock.start()] + " " + after.replace(used, " ", 1)
    confidence = min((w.confidence for w in text.words), default=1.0)
    return _Row(day, start, start + round(hours * 60), _number(hours), True,
                _purpose(remainder, activity_of), min(REPAIRED_CONFIDENCE, confidence),
                {"start": clock.group(0), "hours": used},
                lone_x=(word.x0 + word.x1) / 2)


def _token_x(words: Sequence[Word], token: str, last: bool = False) -> float | None:
    found = [w for w in words if token in w.text]
    if not found:
        return None
    word = found[-1] if last else found[0]
    return (word.x0 + word.x1) / 2


def _lone_clocks(read: list[tuple[dict[str, Any], _Row, list[Word]]],
                 warnings: list[str]) -> set[int]:
    """Settle each row read with one clock (`_lone_clock`): it is the start when it stands in
    the start's column of the rows read with both, the end when in the end's; the other is
    that clock and the hours written. Rows nothing settles (no row read whole, a clock
    between the columns) are returned (by id of their entry): they stay unread."""
    starts, ends = [], []
    for _entry, row, words in read:
        if row.lone_x is None and row.start is not None and row.end is not None \
                and "start" in row.tokens and "end" in row.tokens:
            start_x = _token_x(words, row.tokens["start"])
            end_x = _token_x(words, row.tokens["end"], last=True)
            if start_x is not None and end_x is not None and start_x < end_x:
                starts.append(start_x)
                ends.append(end_x)
    unsettled: set[int] = set()
    if len(starts) < 2:
        return {id(entry) for entry, row, _w in read if row.lone_x is not None}
    start_x = sorted(starts)[len(starts) // 2]
    end_x = sorted(ends)[len(ends) // 2]
    width = end_x - start_x
    settled: list[str] = []
    for entry, row, _words in read:
        if row.lone_x is None or row.start is None or row.end is None:
            continue
        if abs(row.lone_x - start_x) < width / 4:
            pass
        elif abs(row.lone_x - end_x) < width / 4 and row.start - (row.end - row.start) >= 0:
            row.start, row.end = 2 * row.start - row.end, row.start
        else:
            unsettled.add(id(entry))
            continue
        entry["start"], entry["end"] = _clock(row.start), _clock(row.end)
        settled.append(row.day)
    if settled:
        warnings.append(f"entries: {len(settled)} row(s) read with one time of their two "
                        f"({', '.join(settled[:3])}{', ...' if len(settled) > 3 else ''}); "
                        "the other taken from the hours written")
    return unsettled


# What OCR reads for a hand's "1" (a stroke) and "0" (a ring) inside a clock's cell.
_CLOCK_SLIPS = str.maketrans({"/": "1", "|": "1", "l": "1", "I": "1", "o": "0", "O": "0"})
# A clock's cell once its slips are put right: hours, a dot, colon or space OCR put for the
# dot, and minutes.
_SLIPPED_CLOCK = re.compile(r"^([01]?\d|2[0-3])\s?[.:\s]\s?([0-5][05])$")


def _clock_cells_mended(rest: str, line: Line) -> tuple[str, str]:
    """`rest` with each cell that is a clock once OCR's stroke-for-1 and ring-for-0 slips are
    put right ("/o oo", "/3.00") written as that clock, and the cells so read ("" when none
    were). Only a row with two such cells, or one beside a clock read whole."""
    out, misread, clocks = rest, [], 0
    for seg in line.segments[1:]:
        cell = seg.text.strip()
        if _CLOCK.fullmatch(cell):
            clocks += 1
            continue
        if not re.search(r"[/|lIoO]", cell) or len(cell) > 6:
            continue
        fixed = _SLIPPED_CLOCK.match(cell.translate(_CLOCK_SLIPS))
        if fixed is None or cell not in out:
            continue
        out = out.replace(cell, f"{fixed.group(1)}:{fixed.group(2)}", 1)
        misread.append(cell)
        clocks += 1
    if not misread or clocks < 2:
        return rest, ""
    return out, " | ".join(misread)


# Three whole numbers in a row's first cells after its date: from, to and hours; from and to
# in one cell joined by a dash too ("8-12 | 4", a hand's whole hours).
_WHOLE_HOUR_CELLS = re.compile(
    r"^\s*(\d{1,2})(?:\s+|\s*[-–—]\s*)(\d{1,2})\s+(\d{1,2})(?![\d.,:])")
# A spreadsheet's "No | Līdz | St." cells as decimal hours ("10,0 | 12,5 | 2,50": 10:00 to
# 12:30, two and a half hours).
_DECIMAL_HOUR_CELLS = re.compile(
    r"^\s*(\d{1,2}(?:,\d{1,2})?)(?:\s+|\s*[-–—]\s*)(\d{1,2}(?:,\d{1,2})?)\s+"
    r"(\d{1,2}(?:,\d{1,2})?)(?![\d.,:])")
_DATED_BY_MONTH = re.compile(r"\d{1,2}\.\s?\d{1,2}\.|\d{4}-\d{2}-\d{2}|\d{1,2}\.\s*[^\W\d_]{3,}"
                             r"|\d{1,2}\.\s?[IVX]{1,4}\.")
# A calendar cell's hours after its day: a number, its unit perhaps, then what it was for;
# never the first of two hours joined by a dash (a from-to, `_CALENDAR_RANGE`).
_CELL_HOURS = re.compile(
    r"^\s*(\d{1,2}(?:[.,]\d{1,2})?)\s*(?:h\b|st\.|stund\w*)?(?![\d.,:/\-–—])(?!\s*[-–—]\s*\d)(.*)$")
# A calendar cell's from-to in whole hours after its day ("9–13 DC", "10-12 ārsts").
_CALENDAR_RANGE = re.compile(r"^\s*(\d{1,2})\s*[-–—]\s*(\d{1,2})(?![\d.,:])")
_TOTAL_WORDS = re.compile(r"\b(?:kopa|pavisam|kopsumma|summa|nedela|nedelas)\b")
_DAMAGED_CLOCK = re.compile(r"\d{3,}|\d[.:]\d{2}")
# How long, in words: "pusotra stunda", "divas stundas", "divarpus stundas", "stunda".
_HOURS_IN_WORDS = re.compile(
    r"(?:\b[a-z]+\s+)?\b[a-z]*(?:stund|pusstund)[a-z]*\b", re.IGNORECASE)


def _day_cell_alone(text: _Text) -> bool:
    """A bare grid's row opening with the day's number alone in its cell ("6. | 3 | b.l."
    under "2025. g. oktobris"), two cells or more after it: the day of the sheet's month."""
    line = text.line
    return line is not None and len(line.segments) >= 3 \
        and re.fullmatch(r"(?:[1-9]|[12]\d|3[01])\.", line.segments[0].text.strip()) is not None


def _duration_only(rest: str, line: Line | None) -> tuple[float, str] | None:
    """How long a dated row without a from-to says it lasted: hours with their unit ("1,5 h",
    "1 h 30 min", "90 min"), in words ("pusotra stunda"), or a number alone in a cell of its
    own (a table's hours column). A bare number in running text is no duration (a house
    number, a count)."""
    if _DAMAGED_CLOCK.search(rest):
        return None  # a from-to OCR damaged ("0700 11.00"): times were written, none read
    hours, used = hours_written(rest)
    if used and not _BARE_HOURS.fullmatch(used):
        return (hours, used) if hours is not None and 0 < hours <= 24 else None
    for match in _HOURS_IN_WORDS.finditer(fold(rest)):
        value = parse_hours(match.group(0))
        if value is not None and 0 < value <= 24:
            return value, rest[match.start():match.end()]
    if line is not None and len(line.segments) >= 3:
        cells = [seg.text.strip() for seg in line.segments[1:]]
        alone = [c for c in cells if _BARE_HOURS.fullmatch(c)]
        if len(alone) == 1:
            value = float(alone[0].replace(",", "."))
            if 0 < value <= 24:
                return value, alone[0]
        halves = [c for c in cells if _HALF_AS_PERCENT.fullmatch(c)]
        if not alone and len(halves) == 1:
            return int(halves[0][:-1]) + 0.5, halves[0]
    return None


# A range whose end OCR damaged past any clock ("10.30-42.00"): a time's shape, no time.
_DAMAGED_END = re.compile(r"^\s*[-–—]+\s*(\d{2}[.:,]\d{2})(?![\d:])")


# A from-to with a whole hour on one side and a clock on the other, joined by a dash.
_MIXED_RANGE = re.compile(
    r"(?<![\d.,:])(?:([01]?\d|2[0-3])\s*[-–—]\s*([01]?\d|2[0-4])[.:]([0-5]\d)"
    r"|([01]?\d|2[0-3])[.:]([0-5]\d)\s*[-–—]\s*([01]?\d|2[0-4]))(?![\d:]|[.,]\d)")


def _mixed_range(rest: str) -> str | None:
    """`rest` with its from-to of a whole hour and a clock ("14-15.30") written as two clocks,
    when the hours written after it are the span between them; else None."""
    found = _MIXED_RANGE.search(rest)
    if found is None:
        return None
    if found.group(1) is not None:
        start, end = int(found.group(1)) * 60, _minutes(found.group(2), found.group(3))
    else:
        start, end = _minutes(found.group(4), found.group(5)), int(found.group(6)) * 60
    hours, used = hours_written(rest[found.end():])
    if hours is None or not used or _BARE_HOURS.fullmatch(used) \
            or not 0 < end - start == round(hours * 60):
        return None
    return f"{rest[:found.start()]}{_clock(start)}-{_clock(end)}{rest[found.end():]}"


def _decimal_clocks(rest: str) -> str | None:
    """`rest` with its decimal from, to and hours cells written as clocks, when they check."""
    cells = _DECIMAL_HOUR_CELLS.match(rest)
    if cells is None or "," not in cells.group(0):
        return None
    start, end, hours = (float(cells.group(k).replace(",", ".")) for k in (1, 2, 3))
    if not (0 <= start < end <= 24 and abs(end - start - hours) < 0.01
            and _on_grid(start * 60) and _on_grid(end * 60)
            and (start * 4).is_integer() and (end * 4).is_integer()):
        return None
    return (f"{_clock(round(start * 60))} {_clock(round(end * 60))} {cells.group(3)}"
            f"{rest[cells.end():]}")


def _damaged_end(day: str, rest: str, start_m: re.Match[str], words: Sequence[Word],
                 activity_of: Callable[[str], str | None]) -> tuple[_Row, str] | None:
    """A row whose range ends in a time OCR damaged beyond a clock ("10.30-42.00"), with its
    hours written beside it ("1 st. 30 min"): the end is the start and the hours, a repair
    below the confident bar; without written hours the row cannot be told."""
    damaged = _DAMAGED_END.match(rest[start_m.end():])
    if damaged is None:
        return None
    after = rest[start_m.end() + damaged.end():]
    hours, used = hours_written(after)
    start = _minutes(start_m.group(1), start_m.group(2))
    if hours is None or not used or not 0 < hours <= 24 or not _on_grid(hours * 60):
        return None
    end = start + round(hours * 60)
    if end > 24 * 60:
        return None
    remainder = rest[: start_m.start()] + " " + after.replace(used, " ", 1)
    row = _Row(day, start, end, _number(hours), True, _purpose(remainder, activity_of),
               min(REPAIRED_CONFIDENCE, min((w.confidence for w in words), default=1.0)),
               {"start": start_m.group(0), "hours": used})
    return row, (f"entries: {day} read as {_clock(start)}–{damaged.group(1)}; the end "
                 f"repaired from the start and the hours written ({_number(hours)} h) to "
                 f"{_clock(end)}")


def _range_from_digits(day: str, rest: str, words: Sequence[Word],
                       activity_of: Callable[[str], str | None]) -> tuple[_Row, str] | None:
    """A row whose from-to a scan damaged ("9-130" for 9⁰⁰-13³⁰) with its hours written
    beside it: the range its digits give that is the hours long (extract/clock_digits.py), a
    repair below the confident bar."""
    found = clock_digits.DIGIT_RANGE.search(rest)
    if found is None:
        return None
    after = rest[: found.start()] + " " + rest[found.end():]
    hours, used = hours_written(after)
    if hours is None or not used:
        return None
    read = clock_digits.range_by_hours(rest, hours)
    if read is None:
        return None
    start, end, token = read
    row = _Row(day, start, end, _number(hours), True,
               _purpose(after.replace(used, " ", 1), activity_of),
               min(REPAIRED_CONFIDENCE, min((w.confidence for w in words), default=1.0)),
               {"start": token, "end": token, "hours": used})
    return row, (f"entries: {day} read as '{token}'; the range that is the hours written "
                 f"({_number(hours)} h) long is {_clock(start)}–{_clock(end)}")


def _row_from(day: str, rest: str, words: Sequence[Word],
              activity_of: Callable[[str], str | None], unit: int | None = None
              ) -> tuple[_Row, str | None]:
    """One row from the text after its date that holds (at least) one from-to range; a bare
    figure in the hours' place counts the sheet's `unit` of minutes when it declares one."""
    clocks = list(_CLOCK.finditer(rest))
    start_m, end_m = clocks[0], clocks[1]
    start = _minutes(start_m.group(1), start_m.group(2))
    end = _minutes(end_m.group(1), end_m.group(2))
    tokens = {"start": start_m.group(0), "end": end_m.group(0)}
    remainder = rest[: start_m.start()] + " " + rest[start_m.end(): end_m.start()] + " " + \
        rest[end_m.end():]
    hours: float | None = None
    if len(clocks) >= 3:
        # A third clock is the hours written 1:30 ("8:00 14:00 6:00").
        third = clocks[2]
        hours = _minutes(third.group(1), third.group(2)) / 60
        decimal = float(f"{third.group(1)}.{third.group(2)}")
        if not _CLOCK_COLON.search(third.group(0)) \
                and abs(decimal * 60 - (end - start)) <= TOLERANCE_MINUTES \
                and abs(hours * 60 - (end - start)) > TOLERANCE_MINUTES:
            # "1.50" beside 16:00-17:30: hours with a decimal dot (a spreadsheet's number
            # format), one and a half, not 1:50; the from-to says which.
            hours = decimal
        tokens["hours"] = third.group(0)
        remainder = remainder.replace(third.group(0), " ", 1)
    else:
        hours, used = hours_written(remainder)
        if used and unit and hours is not None and _BARE_HOURS.fullmatch(used.strip()):
            hours = hours * unit / 60  # "18" in a "Vienības (15 min)" column: 4.5 hours
        if used:
            tokens["hours"] = used
            remainder = remainder.replace(used, " ", 1)
    pause = 0
    if hours is not None:
        hours, pause, remainder = _break_beside(end - start, hours, tokens, remainder)
    stated = hours is not None
    confidence = min((w.confidence for w in words), default=1.0)
    stroke_one = None
    if not stated and end <= start and end < 10 * 60 and _stray_mark(words, end_m.group(0)) \
            and start < end + 10 * 60 <= 24 * 60:
        # An end before its start with a stroke stuck before its hour ("9.00 /3.00"): the
        # stroke is a hand's "1" ("13.00"), the one reading in which the range runs forward.
        said = f"{_clock(start)}–{_clock(end)}"
        end += 10 * 60
        confidence = min(confidence, REPAIRED_CONFIDENCE)
        stroke_one = (f"entries: {day} read as {said}; the stroke before the end's hour read "
                      f"as a 1: {_clock(start)}–{_clock(end)}")
    if hours is None and end > start:
        hours = (end - start) / 60
    row = _Row(day, start, end, _number(hours), stated, _purpose(remainder, activity_of),
               confidence, tokens, pause)
    if stroke_one is not None:
        return row, stroke_one
    return cross_check(row, words)


def _break_beside(span: int, hours: float, tokens: dict[str, str], remainder: str
                  ) -> tuple[float, int, str]:
    """A row that writes two durations beside its from-to ("9:00 13:30 0:30 4"), the one the
    span less the other: a break and the hours worked. The break is the shorter (a lunch is
    no longer than the work around it). Returns the hours, the break's minutes and the text
    left; a row with one duration, or two that do not add up to the span, is left as it is."""
    other, used = hours_written(remainder)
    if other is None or not used or span <= 0:
        return hours, 0, remainder
    if abs((hours + other) * 60 - span) > TOLERANCE_MINUTES or min(hours, other) <= 0:
        return hours, 0, remainder
    worked, pause = max(hours, other), min(hours, other)
    if worked == other:
        tokens["hours"] = used
    return worked, round(pause * 60), remainder.replace(used, " ", 1)


_TOWARDS = re.compile(r"\b(?:uz|pie)\s+(.+)$", re.I)


def _purpose(remainder: str, activity_of: Callable[[str], str | None]) -> str | None:
    """A row's activity: where the way leads ("no skolas uz dienas centru" is the day centre's
    hour, "pie neirologa"), else whatever the row names."""
    towards = _TOWARDS.search(remainder)
    if towards is not None:
        found = activity_of(towards.group(1))
        if found is not None:
            return found
    return activity_of(remainder)


# "Saīsinājumi: BDC – bērnu dienas centrs; skola – Auces vidusskola": a sheet that explains its
# short forms. Each pair is a short token, a dash (or "=") and what it stands for. A sheet of
# letter codes ("Kodi: D – darbs; I – iestādes", "Uzdevumu kodi: A – ...") explains them the
# same way.
_LEGEND_HEAD = re.compile(r"^\W*(?:(?:saisinajumi|apzimejumi|paskaidrojumi|saisinajumu atsifrejums"
                          r"|kodu atsifrejums)\b\s*:?|(?:[a-z]+ )?kodi\s*:"
                          # ... or headed by the code column's own header, written short as on a
                          # bare grid ("k.: I – iestādes, B – brīvais laiks", "apz.: ...")
                          r"|(?:kods?|k|apz|sais)\.?\s*:(?=\s*[^\W\d_][\w.]{0,11}\s*[–—=-]))",
                          re.I)
_LEGEND_PAIR = re.compile(r"^\s*([^\W\d_][\w.]{0,11})\s*(?:–|—|-|=)\s*(.+?)\s*$")


_LEGEND_GOES_ON = re.compile(r"^\s*(?:[^;:]{0,80};\s*)?[^\W\d_][\w.]{0,11}\s*(?:–|—|=)\s*\S")


# A heading line: a few words, no digits, no label's colon.
_SECTION_HEADING = re.compile(r"[^\W\d_][^\d:]{0,60}")


_LEGEND_SPLIT = re.compile(r"[;,]\s+(?=[^\W\d_][\w.]{0,11}\s*(?:–|—|-|=))")
# A legend printed with no heading of its own (under a table: "DC – dienas centrs; D – darbs;
# M – mācības"): a line made of nothing but such pairs, three or more, each short form short.
_HEADLESS_PAIRS = 3
_HEADLESS_SHORT = 5


# ... its pairs parted by a colon too ("D: darbs; M: mācības; B: brīvais laiks"), only such a
# line of pairs parted by semicolons: a label's colon is otherwise a label's.
_COLON_PAIR = re.compile(r"^\s*([^\W\d_][\w.]{0,4})\s*:\s*([^\W\d_][^:]*?)\s*$")


def _headless_legend(text: str) -> bool:
    parts = _LEGEND_SPLIT.split(text)
    pairs = [_LEGEND_PAIR.match(part) for part in parts]
    # ... two pairs are enough when each short form is a code of one or two capitals ("D –
    # darbs, I – iestādes" under a bare grid): a sentence's dash pairs no capitals so.
    codes = len(parts) == _HEADLESS_PAIRS - 1 and all(
        pair is not None and re.fullmatch(r"[A-ZĀČĒĢĪĶĻŅŠŪŽ]{1,2}\.?", pair.group(1))
        for pair in pairs)
    # ... and any number of pairs, one even, when each short form is its meaning written short
    # ("d. – darbs; b.l. – brīvais laiks", "sk. – skola", "DC – dienas centrs"): a sentence's
    # dash parts no word from its own beginning so.
    written_short = all(pair is not None and _abbreviates(pair.group(1), pair.group(2))
                        for pair in pairs)
    return (len(parts) >= _HEADLESS_PAIRS or codes or written_short) and all(
        pair is not None and len(pair.group(1).rstrip(".")) <= _HEADLESS_SHORT
        and not re.search(r"\d", pair.group(2)) for pair in pairs)


def _abbreviates(short: str, meaning: str) -> bool:
    """Whether `short` is `meaning` written short: a stopped start of its first word ("sk."
    skola, "biedr." biedrība, "d." darbs), the stopped starts of its first words in turn
    ("b.l." brīvais laiks) or its words' initials in capitals ("DC" dienas centrs)."""
    words = fold(meaning).split()
    if re.fullmatch(r"[A-ZĀČĒĢĪĶĻŅŠŪŽ]{2,3}", short):
        starts = [c for c in fold(short)]
    elif re.fullmatch(r"(?:[^\W\d_]+\.){1,3}", short):
        starts = [p for p in fold(short).split(".") if p]
    else:
        return False
    return len(words) >= len(starts) and all(
        word.startswith(start) for start, word in zip(starts, words, strict=False))


def _colon_legend(text: str) -> dict[str, str]:
    """The pairs of a line that is nothing but "X: meaning" pairs parted by semicolons, three
    or more; {} for any other line."""
    parts = [p for p in text.strip().rstrip(".").split(";") if p.strip()]
    pairs = [_COLON_PAIR.match(part) for part in parts]
    if len(parts) < _HEADLESS_PAIRS or not all(p is not None and not re.search(r"\d", p.group(2))
                                               for p in pairs):
        return {}
    return {p.group(1).rstrip("."): p.group(2) for p in pairs if p is not None}


def abbreviations(lines: Sequence[Line]) -> dict[str, str]:
    """The short forms a sheet explains in a legend line, each mapped to its explanation."""
    legend: dict[str, str] = {}
    for at, line in enumerate(lines):
        head = _LEGEND_HEAD.match(fold(line.text))
        if head is None and _colon_legend(line.text):
            legend.update(_colon_legend(line.text))
            continue
        if head is None and not _headless_legend(line.text):
            continue
        text = line.text[head.end():] if head is not None else line.text
        for nxt in lines[at + 1:]:
            # A legend wrapped onto the lines under it ("... ārstniecības" / "iestādes; B –
            # brīvais laiks."): the next line goes on while it holds a short form's pair.
            if nxt.page != line.page or not _LEGEND_GOES_ON.match(nxt.text):
                break
            text += " " + nxt.text
        for part in _LEGEND_SPLIT.split(text):
            pair = _LEGEND_PAIR.match(part)
            if pair:
                legend[pair.group(1).rstrip(".")] = pair.group(2)
    return legend


# A number code's pair in a legend ("1 – darbs; 2 – mācības"): kept apart from the letter
# codes, for a number is looked up only in the column a "Kods" header heads.
_NUMBER_PAIR = re.compile(r"(?<![\d.,:])(\d{1,2})\s*(?:–|—|=|-)\s*([^\W\d_][^;,\d]*)")


def number_codes(lines: Sequence[Line]) -> dict[str, str]:
    """The number codes a legend line explains ("Kodi: 1 – darbs; 2 – mācības; ..."), from a
    line headed as a legend or made of three such pairs or more."""
    codes: dict[str, str] = {}
    for line in lines:
        pairs = _NUMBER_PAIR.findall(line.text)
        if len(pairs) >= _HEADLESS_PAIRS or (pairs and _LEGEND_HEAD.match(fold(line.text))):
            codes.update({number: meaning.strip(" .") for number, meaning in pairs})
    return codes


# A column header naming a code column ("Kods", "Aktivitātes kods", "Darbības kods").
# A person's code ("Personas kods", "p. kods") heads no such column.
_CODE_HEAD = re.compile(r"(?<![a-z])(?<!personas )(?<!pers\. )kod[si]?(?![a-z])")
# ... or its number ("Akt. Nr.", "Aktivitātes numurs", "Darbības Nr."), in a column after the
# first: the first column's "Nr." numbers the rows.
_NUMBER_HEAD = re.compile(r"(?<![a-z])(?:nr|numur[sia])(?![a-z])")


def _code_head(segments: Sequence[Segment]) -> Segment | None:
    """The header cell of a column of activity codes in a line of column heads."""
    return next((seg for at, seg in enumerate(segments) if _CODE_HEAD.search(fold(seg.text))
                 or (at > 0 and _NUMBER_HEAD.search(fold(seg.text)))), None)


def expand(text: str, legend: dict[str, str]) -> str:
    """`text` with each whole-word short form of the legend followed by what it stands for."""
    for short, meaning in legend.items():
        text = re.sub(r"(?<!\w)" + re.escape(short) + r"(?!\w)", f"{short} ({meaning})", text)
    return text


# A code cell's letters once OCR's specks are gone ("ies(. t." is "iest").
_CODE_CELL = re.compile(r"[^\W\d_]+")


def _one_edit(a: str, b: str) -> bool:
    """`a` and `b` differ by one letter changed, added or dropped."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long = sorted((a, b), key=len)
    return any(long[:i] + long[i + 1:] == short for i in range(len(long)))


def near_code(cell: str, legend: dict[str, str]) -> tuple[str, bool] | None:
    """The explanation of the legend's code a row's last cell stands for when it is not
    written as the legend prints it: in other letter case ("Dc" for "DC", sure) or with one
    letter of a hand misread ("Pc", "iest" for "DC", "lest": a guess). Only a cell of two
    letters or more and no digit, the one legend code so near; None otherwise. Returns the
    explanation and whether it is a guess."""
    if re.search(r"\d", cell):
        return None
    letters = fold("".join(_CODE_CELL.findall(cell))).lower()
    if len(letters) < 2:
        return None
    codes: dict[str, list[str]] = {}
    for short, meaning in legend.items():
        codes.setdefault(fold(short).lower(), []).append(meaning)
    same = codes.get(letters, [])
    if same:
        return (same[0], False) if len(same) == 1 else None
    near = [m for c, ms in codes.items() if len(c) >= 2 and _one_edit(c, letters) for m in ms]
    return (near[0], True) if len(near) == 1 else None


_NUMBER_CELL = re.compile(r"^\s*\d{1,2}(?:[.,]\d{1,2})?\s*$")


def _hours_by_kind(rows: list[_Text], lines: Sequence[Line],
                   activity_of: Callable[[str], str | None]) -> list[_Text]:
    """A table whose columns are the kinds of activity ("Datums | Darbs | Mācības | ... |
    Kopā") with each day's hours in the column of its kind: each filled cell is a row of its
    own, "<date> <hours> h <the column's heading>". A column whose heading names no kind (the
    day's total) gives no row."""
    header: list[tuple[float, str | None]] | None = None
    page = -1
    by_line: dict[int, list[_Text]] = {}
    for line in lines:
        heads = line.segments
        if len(heads) >= 4 and fold(heads[0].text).startswith("datum"):
            kinds = [activity_of(seg.text) for seg in heads[1:]]
            header = ([(seg.x0, seg.text if kind else None)
                       for seg, kind in zip(heads[1:], kinds, strict=True)]
                      if sum(k is not None for k in kinds) >= 3 else None)
            page = line.page
            continue
        if header is None or len(line.segments) < 2 or line.page != page:
            continue
        date_cell = line.segments[0].text
        if not re.match(r"\s*\d", date_cell):
            header = None  # the table's sum ("Mēnesī 40 0 ...") or what follows it
            continue
        cells = line.segments[1:]
        marked = _marked_kind(cells, header)
        if marked is not None:
            # A row of times and hours with a mark ("X") in the column of its kind: the row as
            # read, the mark giving way to the column's heading.
            joined = " ".join(seg.text for seg in line.segments if seg is not marked[0])
            by_line[id(line)] = [_Text(f"{joined} {marked[1]}", list(line.words), line)]
            continue
        if not all(_NUMBER_CELL.match(seg.text) for seg in cells):
            continue
        made = []
        for seg in cells:
            # Figures stand right-aligned under their heading: a cell's right edge lies in
            # the span from its heading to the next one.
            column = max((k for k, (x0, _) in enumerate(header) if x0 <= seg.x1), default=None)
            if column is None or header[column][1] is None:
                continue
            made.append(_Text(f"{date_cell} {seg.text.strip()} h {header[column][1]}",
                              [*line.segments[0].words, *seg.words], line))
        if made:
            by_line[id(line)] = made
    if not by_line:
        return rows
    out: list[_Text] = []
    for text in rows:
        out.extend(by_line.get(id(text.line), [text]) if text.line is not None else [text])
    return out


# A mark a hand or a typist puts in a column to choose it.
_MARK_CELL = re.compile(r"[xX+✓✔☒☑✗✘vV]")


def _marked_kind(cells: list[Segment], header: list[tuple[float, str | None]]
                 ) -> tuple[Segment, str] | None:
    """The one cell of a row that is a mark standing in a column whose heading names a kind
    (the cell's middle past the heading's left edge, before the next's), and that heading;
    None when no cell or more than one is so marked."""
    found: list[tuple[Segment, str]] = []
    for seg in cells:
        if not _MARK_CELL.fullmatch(seg.text.strip()):
            continue
        middle = (seg.x0 + seg.words[-1].x1) / 2 if seg.words else seg.x0
        column = max((k for k, (x0, _) in enumerate(header) if x0 - 8 <= middle), default=None)
        if column is None or header[column][1] is None:
            return None
        found.append((seg, str(header[column][1])))
    return found[0] if len(found) == 1 else None


# A stroke OCR reads inside a word ("s/imnica", "ska|a") where a hand wrote an "l".
_STROKE_FOR_L = re.compile(r"(?<=[^\W\d_])[/|](?=[^\W\d_])")


# A ditto mark drawn in a cell: quotes or a pair of commas, with dashes either side perhaps
# ("〃", "\"", ",,", "—,,—", "-\"-").
_DITTO_MARK = re.compile(r"^[-–—\s]*(?:[\"”“„〃]|,,|'')[-–—\s]*$")
# A word long enough that one letter a scan misread still names it alone.
_DITTO_SLIP_FROM = 6


@functools.lru_cache(maxsize=1)
def _ditto_words() -> frozenset[str]:
    return frozenset(re.sub(r"[^a-z]", "", fold(str(word)))
                     for word in reader_data("ditto_marks.yaml").get("words", []))


def ditto(text: _Text) -> str | None:
    """Whether a row's activity cell (its last cell; a row without cells, its last words)
    says "the same as the row above" ("tas pats", "tāpat", a drawn "〃"): "same" when written
    so, "slip" when a scan read it a letter off (its row then doubted), None otherwise."""
    if text.line is not None and len(text.line.segments) >= 2 and text.line.words:
        cell = text.line.segments[-1].text
    else:
        cell = " ".join(text.text.split()[-3:])
    if _DITTO_MARK.match(cell):
        return "same"
    letters = re.sub(r"[^a-z]", "", fold(cell))
    words = _ditto_words()
    if letters in words:
        return "same"
    if len(letters) >= _DITTO_SLIP_FROM and any(
            len(word) >= _DITTO_SLIP_FROM and _one_edit(word, letters) for word in words):
        return "slip"
    return None


def read_entries(
    document: ReadDocument,
    lines: Sequence[Line],
    activity_of: Callable[[str], str | None],
    month: str | None,
) -> RowsRead:
    """Every row of a timesheet: {date, start, end, hours, activity}, in the order written.
    A row's activity written as a short form the sheet explains is read from its explanation."""
    legend = abbreviations(lines)
    numbers = number_codes(lines)
    code_x: float | None = None  # where a "Kods" column stands, once its header is seen

    def row_activity(raw: str) -> str | None:
        # The row's own words first: a short form is only looked up when they name nothing;
        # then the words as OCR misreads a hand's "l" ("s/imnīca").
        return activity_of(raw) or (activity_of(expand(raw, legend)) if legend else None) \
            or activity_of(_STROKE_FOR_L.sub("l", raw))
    entries: list[dict[str, Any]] = []
    warnings: list[str] = []
    row_lines: list[tuple[Line, str]] = []
    doubt = 1.0
    confidence_of: dict[int, float] = {}  # each entry's row's confidence, by id
    read_rows: list[tuple[dict[str, Any], _Row]] = []
    placed: list[tuple[dict[str, Any], _Row, list[Word]]] = []
    unread = 0
    written = True
    # Dated lines after the last row are the footer (the signing date), not unread rows: they
    # count only once a real row follows them.
    pending = 0
    # A sheet parted by headings ("Skola", "Brīvā laika pasākumi") gives its rows the activity
    # the heading names, where a row names none itself.
    section: str | None = None
    # A diary's day heading ("Pirmdiena, 7. decembris") dates the lines of prose under it
    # that hold times but no date of their own, up to the next day.
    diary_day: str | None = None
    candidates = _hours_by_kind(join_wrapped(diary_sentences(
        _candidate_rows(document, lines, month)), month),
                                lines, row_activity)
    unit = minute_unit(lines)
    for at, text in enumerate(candidates):
        numbered = _numbered_heading(text, candidates[at + 1:at + 2])
        if numbered is not None:
            # A sheet split into a table per activity, each under its numbered heading ("1.
            # Dienas aprūpes centrs ...", its column heads under it): the number is the
            # section's, no day of the month.
            section = row_activity(numbered) or section
            continue
        rows, dated, row_warnings = _read_row(text, month, row_activity, unit)
        for row in rows:
            if month_misread(text.text, row.day):
                row_warnings.append(f"entries: {row.day} written with a month no month is; "
                                    "taken for the sheet's month")
                row.confidence = min(row.confidence, REPAIRED_CONFIDENCE)
            lost = _month_digit_lost(text.text, row.day, month)
            if lost is not None:
                row_warnings.append(f"entries: {row.day} taken for {lost}, the sheet's month "
                                    "with a digit the scan lost")
                row.day = lost
                row.confidence = min(row.confidence, REPAIRED_CONFIDENCE)
        if not rows and not dated and diary_day and _prose(text) \
                and len(_CLOCK.findall(text.text)) >= 2 and not _TOTAL_LINE.match(fold(text.text)):
            rows, dated, row_warnings = _read_row(
                _Text(f"{diary_day} {text.text}", text.words, text.line), month, row_activity,
                unit)
        if text.line is not None and _prose(text) and dated:
            heading = row_date(text.line.text, month)
            diary_day = heading[0] if heading[0] and not _CLOCK.search(text.line.text) \
                else (diary_day if not heading[0] else None)
        elif not _prose(text) or _TOTAL_LINE.match(fold(text.text)):
            diary_day = None
        if not rows and text.line is not None and len(text.line.segments) >= 3:
            head = _code_head(text.line.segments)
            if head is not None and not dated:
                code_x = head.x0
        if not rows:
            pending += 1 if dated else 0
            if not dated and _SECTION_HEADING.fullmatch(text.text.strip()) \
                    and not _column_heads(text):
                section = row_activity(text.text) or section
            elif not dated and (":" in text.text or _label_row(text)
                                or _CAPTION_LINE.fullmatch(text.text)):
                # A label's line ("Klients: ...", or a form's "Mēnesis | septembris" with no
                # colon, or a caption "(klients, personas kods)" under a line written on)
                # stands between the sheet's title ("DARBA LAIKA UZSKAITES LAPA") and its
                # rows: the title heads the paper, no section.
                section = None
            continue
        unread += pending
        pending = 0
        warnings.extend(row_warnings)
        back = _WAY_BACK.search(fold(text.text)) is not None
        written = written and all(row.stated for row in rows)
        mismatch = weekday_mismatch(text.text, rows[0].day)
        if mismatch:
            warnings.append(mismatch)
            doubt = min(doubt, CONTRADICTED_CONFIDENCE)
        code = (near_code(text.line.segments[-1].text, legend)
                if legend and text.line is not None and len(text.line.segments) >= 3 else None)
        if code is None and code_x is not None and numbers and text.line is not None:
            # A number in the column a "Kods" header heads, which the legend explains.
            cell = next((seg.text.strip() for seg in text.line.segments[1:]
                         if abs(seg.x0 - code_x) < CODE_COLUMN_SLACK), None)
            if cell is not None and cell in numbers:
                code = (numbers[cell], False)
        same = ditto(text) if entries and all(row.activity is None for row in rows) else None
        for row in rows:
            if row.activity is None and same is not None:
                # "tas pats" under the row above: that row's activity, the row's own times.
                row.activity = entries[-1]["activity"]
                if same == "slip":
                    row.confidence = min(row.confidence, REPAIRED_CONFIDENCE)
            if row.activity is None and code is not None:
                # The code cell as a hand wrote it, not as the legend prints it.
                row.activity = activity_of(code[0])
                if code[1] and row.activity is not None:
                    doubt = min(doubt, CODE_GUESSED_CONFIDENCE)
            if row.activity is None and back and entries and entries[-1]["date"] == row.day:
                row.activity = entries[-1]["activity"]  # the way home from that day's errand
            if row.activity is None and section is not None:
                row.activity = section
            entries.append({"date": row.day,
                            "start": None if row.start is None else _clock(row.start),
                            "end": None if row.end is None else _clock(row.end),
                            "hours": row.hours, "activity": row.activity})
            confidence_of[id(entries[-1])] = row.confidence
            read_rows.append((entries[-1], row))
            placed.append((entries[-1], row, text.words))
        if text.line is not None:
            row_lines.append((text.line, rows[0].day))
    if any(row.lone_x is not None for row in (r for _e, r in read_rows)):
        unsettled = _lone_clocks(placed, warnings)
        if unsettled:
            unread += len(unsettled)
            read_rows = [(e, r) for e, r in read_rows if id(e) not in unsettled]
            days = {e["date"] for e in entries if id(e) in unsettled}
            entries = [e for e in entries if id(e) not in unsettled]
            row_lines = [(line, day) for line, day in row_lines
                         if day not in days or any(e["date"] == day for e in entries)]
    _hours_by_the_sheet(read_rows, warnings, confidence_of)
    doubt = min([doubt, *(confidence_of[id(e)] for e in entries)])
    timed = [e for e in entries if e["start"] is not None]
    blank_rows = False
    if timed and len(timed) < len(entries):
        # A sheet whose rows are written with times: a row with none (empty cells, "4" in the
        # hours column) had its times left out or unread, it is no row of hours only; unless
        # its time cells stand empty on the page (nothing read between its date and its hours,
        # which stand in the column the timed rows' hours stand in): hours given without times.
        blank = _blank_time_cells(placed)
        if blank:
            # Kept, and flagged as an unread row is: a person confirms the times were not given.
            timed = [e for e in entries if e["start"] is not None or id(e) in blank]
            warnings.append(f"entries: {len(blank)} dated row(s) without a readable time range: "
                            "their hours kept, the time cells empty")
            blank_rows = True
        unread += len(entries) - len(timed)
        kept = {id(e) for e in timed}
        row_lines = [(line, day) for line, day in row_lines
                     if any(e["date"] == day and id(e) in kept for e in entries)]
        entries = timed
    confidence = ROW_CONFIDENCE * doubt
    if blank_rows:
        confidence = min(confidence, 0.5)
    if unread:
        warnings.append(f"entries: {unread} dated row(s) without a readable time range")
        confidence = min(confidence, 0.5)
    return RowsRead(entries, round(confidence, 3), warnings, row_lines,
                    hours_written=written and bool(entries))


def _hours_word(words: Sequence[Word], row: _Row) -> int | None:
    """Which of a row's words (left to right) its written hours were read from."""
    token = row.tokens.get("hours")
    if not token:
        return None
    return next((at for at, word in enumerate(words) if word.text.strip() == token), None)


def _blank_time_cells(placed: list[tuple[dict[str, Any], _Row, list[Word]]]) -> set[int]:
    """The untimed entries (by id) whose row's time cells stand empty: the hours word is the
    row's second, right after its date, and stands where the timed rows' hours stand (within
    a word's height), so the columns between were left blank rather than read badly."""
    columns: list[float] = []
    for entry, row, words in placed:
        ordered = sorted(words, key=lambda w: w.x0)
        at = _hours_word(ordered, row)
        if entry["start"] is not None and at is not None:
            columns.append(ordered[at].x0)
    blank: set[int] = set()
    for entry, row, words in placed:
        if entry["start"] is not None or not columns:
            continue
        ordered = sorted(words, key=lambda w: w.x0)
        at = _hours_word(ordered, row)
        if at != 1:
            continue
        word = ordered[at]
        if any(abs(word.x0 - x) <= word.bottom - word.top for x in columns):
            blank.add(id(entry))
    return blank


# What follows a week's number heading its block of rows ("2. nedēļa").
_WEEK_HEADING = re.compile(r"^\W*nedel[ai]\b[^\d]*$")
# A page's count in its footer or head: "2. lapa no 3", "1. lpp. no 2": a page, no day.
_PAGE_COUNT = re.compile(r"^\W*(?:lapa|lpp)\b\.?\s*(?:no|/)\s*\d{1,3}(?![\d.,:])")
# A section's number before its heading's words: "1. Dienas aprūpes centrs", "2) Darbs".
_SECTION_NUMBER = re.compile(r"^\W*\d{1,2}[.)]\s+(?=[^\W\d_])")


def _numbered_heading(text: _Text, after: Sequence[_Text]) -> str | None:
    """The words of a numbered heading a table's column heads follow ("1. Biedrība „X”" over
    "Datums | No | Līdz | Stundas"); None for any other line."""
    number = _SECTION_NUMBER.match(text.text)
    if number is None or not after or text.line is None or len(text.line.segments) != 1:
        return None
    words = text.text[number.end():].strip()
    heads = after[0]
    if not _SECTION_HEADING.fullmatch(words) or not _column_heads(heads) \
            or re.search(r"\d", heads.text):
        return None
    return words


# A form's caption printed under the line its value is written on: "(mēnesis)".
_CAPTION_LINE = re.compile(r"\s*\([^()\d]{2,60}\)[.,;]?\s*")


def _label_row(text: _Text) -> bool:
    """A form's row of a label and its value side by side ("Mēnesis | septembris 2025")."""
    if text.line is None or len(text.line.segments) != 2:
        return False
    label = text.line.segments[0].text.strip()
    return re.fullmatch(r"[^\W\d_][\w.]*(?:\s+[^\W\d_][\w.]*){0,2}", label) is not None


def _column_heads(text: _Text) -> bool:
    """A line of words in cells side by side ("Datums | Laiks | Stundas | Darbība") heads a
    table's columns: "Darbība" there names the column, not the activity of the rows under it,
    as a section's heading (one cell, alone on its line) would."""
    return text.line is not None and len(text.line.segments) >= 2


# A row's date cell opening its line ("06.05.", "6.05", "04.05.2021"), the month in figures.
_ROW_DAY_MONTH = re.compile(
    r"^\W*(\d{1,2})\.\s?(\d{1,2})\.?(?:\s?((?:19|20)\d\d)\.?)?(?=\s|$)")
_YEAR = re.compile(r"(?<![\d-])((?:19|20)\d\d)(?![\d-])")
MIN_ROWS_FOR_MONTH = 3
# The share of the rows that must name the month: a misread row ("4.04." on a September sheet)
# is outvoted, two months' rows are no month.
MONTH_SHARE = 0.75


def month_from_rows(lines: Sequence[Line]) -> tuple[str, list[Word]] | None:
    """The sheet's month when its title is unreadable ("ma js 2024", a hand's word OCR lost):
    the month (nearly) all rows' dates name ("06.05.", "07.05.", ...), in the year they print
    ("04.05.2021") or else the one year the lines above the rows print; two years tell
    nothing. Returns YYYY-MM and the words it rests on."""
    months: dict[int, int] = {}
    years: dict[str, list[Word]] = {}
    first: int | None = None
    for at, line in enumerate(lines):
        cell = line.segments[0].text if line.segments else line.text
        found = _ROW_DAY_MONTH.match(cell)
        if found is None or not (1 <= int(found.group(1)) <= 31 and 1 <= int(found.group(2)) <= 12):
            continue
        months[int(found.group(2))] = months.get(int(found.group(2)), 0) + 1
        if found.group(3):
            years.setdefault(found.group(3), list(line.words))
        first = at if first is None else first
    rows = sum(months.values())
    if first is None or rows < MIN_ROWS_FOR_MONTH:
        return None
    month, count = max(months.items(), key=lambda item: item[1])
    if count < MONTH_SHARE * rows:
        return None
    if not years:
        for line in lines[:first]:
            for year in _YEAR.findall(line.text):
                years.setdefault(year, list(line.words))
    if len(years) != 1:
        return None
    year, words = next(iter(years.items()))
    return f"{year}-{month:02d}", words


# --- the stated total ------------------------------------------------------------------------

_JUNK = re.compile(r"[^\d\s.,:hstundaākopāKOPĀ]")


def rows_checked(entries: Sequence[dict[str, Any]], month: str, total: float,
                 hours_written: bool) -> str | None:
    """What the rows earn from the checks a sheet offers: every row whole (date, from-to,
    hours, activity), dated inside the month of the title, their sum the printed total, and
    each row's hours written beside its from-to ("rows_checked") or counted from it
    ("rows_summed"). None when a check fails or the sheet offers too few."""
    if not entries or any(e.get(key) is None for e in entries
                          for key in ("date", "start", "end", "hours", "activity")):
        return None
    if any(not str(e["date"]).startswith(month) for e in entries):
        return None
    if abs(sum(float(e["hours"]) for e in entries) - float(total)) >= 0.01:
        return None
    return "rows_checked" if hours_written else "rows_summed"


def total_before_its_word(lines: Sequence[Line]) -> tuple[float, Line] | None:
    """A table's row of sums that writes the figure under the hours column and its word in a
    later cell ("66,5 | KOPĀ"): the figure, printed before the label a label's reading looks
    after. The last such row is the month's."""
    found: tuple[float, Line] | None = None
    for line in lines:
        cells = [seg.text for seg in line.segments]
        if len(cells) == 2 and _NUMBER_CELL.match(cells[0]) \
                and _TOTAL_LINE.match(fold(cells[1])) and len(cells[1].split()) <= 2:
            found = float(cells[0].replace(",", ".")), line
    return found


# A stamp's words read into a figure's cell ("121(saldus )b)"): a run of letters.
_STAMP_WORD = re.compile(r"[^\W\d_]{3,}")
# A total read with a dash before its digits: a line struck through a figure.
_STRUCK = re.compile(r"^[-–—~]+\d")


def total_against_rows(
    total: float | None, raw: str, ocr_confidence: float, entries: Sequence[dict[str, Any]]
) -> tuple[float | None, float | None, str | None]:
    """The stated total checked against the rows' sum: (value, confidence cap, warning).

    Equal: nothing to say. A total whose digits OCR damaged ("«1" for "21") is the rows' sum
    when the digits it kept match it; unreadable otherwise (None). A clearly written total that
    differs is kept (the sheet says so) with lower confidence: the monthly check reports it.
    """
    listed = sum(float(e["hours"]) for e in entries if e.get("hours") is not None)
    if total is None or not entries:
        return total, None, None
    if abs(total - listed) < 0.01:
        return total, None, None
    number = re.search(r"[^\s:]*\d[^\s]*", raw)
    token = number.group(0) if number else ""
    damaged = bool(_JUNK.search(token)) or ocr_confidence < 0.6
    if damaged:
        kept = re.sub(r"\D", "", token)
        whole = f"{_number(listed)}".replace(".", ",")
        if kept and re.sub(r"\D", "", whole).endswith(kept) and len(kept) < len(whole):
            return _number(listed), REPAIRED_CONFIDENCE, (
                f"total_hours: read as {token!r}; its legible digits match the rows' sum "
                f"{whole}, taken from the rows")
        if _STRUCK.match(token) and kept.endswith(re.sub(r"\D", "", whole)) \
                and len(kept) > len(re.sub(r"\D", "", whole)):
            # "-23,523": a figure struck through ("2̶3̶,̶5̶") and the correction after it,
            # the rows' sum; the line through the old figure reads as a dash before it.
            return _number(listed), REPAIRED_CONFIDENCE, (
                f"total_hours: read as {token!r}, a struck-out figure and after it the rows' "
                f"sum {whole}, taken from the rows")
        digits = re.sub(r"\D", "", whole)
        if (_STAMP_WORD.search(raw) and digits in kept
                and len(kept) - len(digits) <= 1):
            # "121(saldus": a stamp pressed over the figure adds its ring's glyph and its words;
            # the rows' sum stands whole among the digits.
            return _number(listed), REPAIRED_CONFIDENCE, (
                f"total_hours: read as {raw.strip()!r} under a stamp's ink; its digits hold the "
                f"rows' sum {whole}, taken from the rows")
        return None, 0.0, (f"total_hours: read as {token!r}, unclear and not the rows' sum "
                           f"{whole}; left for a person")
    whole = f"{_number(listed)}".replace(".", ",")
    if ocr_confidence < HAND_DOUBT and _one_glyph_off(token, whole):
        # A hand's figure OCR was unsure of, one digit from the rows' sum by a shape OCR
        # mistakes for another ("76,5" for a written "26,5"): the rows' sum, a repair.
        return _number(listed), REPAIRED_CONFIDENCE, (
            f"total_hours: read as {token!r}, one digit from the rows' sum {whole} by a shape "
            f"OCR confuses; taken from the rows")
    return total, CONTRADICTED_CONFIDENCE, (
        f"total_hours: the sheet states {_number(total)} h, its rows add up to "
        f"{_number(listed)} h")


# A word OCR read below this confidence is a hand's, or a print it could not read cleanly.
HAND_DOUBT = 0.8
# Digits a hand writes in shapes OCR takes for one another ("2" and "7", "5" and "6").
_CONFUSED_DIGITS = frozenset(frozenset(pair) for pair in
                             ("27", "17", "38", "56", "49", "06", "08"))


def _one_glyph_off(token: str, whole: str) -> bool:
    """`token`'s digits are `whole`'s but for one, in its place, a digit of a shape OCR
    confuses with it; the figure's stop or comma where `whole` has it."""
    read = re.sub(r"[^\d,.]", "", token).replace(".", ",").rstrip(",")
    if len(read) != len(whole) or read.count(",") != whole.count(","):
        return False
    differ = [(a, b) for a, b in zip(read, whole, strict=True) if a != b]
    return len(differ) == 1 and frozenset(differ[0]) in _CONFUSED_DIGITS


def rows_mended_by_total(
    total: float | None, entries: Sequence[dict[str, Any]]
) -> tuple[list[dict[str, Any]], str] | None:
    """Rows whose written hours disagree with their own from-to, counted from the from-to
    instead, when that makes the rows add up to the stated total: two checks agree on what
    the sheet meant. None when the total does not settle it (nothing is changed then)."""
    if total is None or not entries:
        return None
    listed = sum(float(e["hours"]) for e in entries if e.get("hours") is not None)
    if abs(listed - total) < 0.01:
        return None
    mended = [dict(e) for e in entries]
    changed: list[str] = []
    for row in mended:
        try:
            start = _minutes(*row["start"].split(":"))
            end = _minutes(*row["end"].split(":"))
        except (AttributeError, KeyError, TypeError, ValueError):
            continue
        span = end - start
        if span > 0 and row.get("hours") is not None \
                and abs(float(row["hours"]) * 60 - span) > TOLERANCE_MINUTES:
            changed.append(f"{row.get('date')} {_number(row['hours'])} h -> {_number(span / 60)} h")
            row["hours"] = _number(span / 60)
    summed = sum(float(e["hours"]) for e in mended if e.get("hours") is not None)
    if not changed or abs(summed - total) >= 0.01:
        return None
    return mended, (f"entries: hours counted from the from-to where they disagreed with it "
                    f"({'; '.join(changed)}): the rows then add up to the stated total "
                    f"{_number(total)} h")


# --- signatures ------------------------------------------------------------------------------

_SIGN = "paraksts"
_NOT_INK = re.compile(
    r"^(?:[_.…\-–—:;,|/()\[\]\"'„“”«»]+|paraksts?|\(?paraksts\)?|z\.?\s*v\.?|datums|"
    r"\(?vards|uzvards\)?|atsifrejums)$"
)
_DATE_TOKEN = re.compile(r"\d{1,4}[./-]\d{1,2}")


def _role(folded: str) -> str | None:
    if "asistent" in folded:
        return "assistant"
    if re.search(r"klient|sanemej|parstavj|pakalpojuma sanem", folded):
        return "client"
    return None


def _ink(words: Sequence[Word]) -> bool:
    """Whether some of these words are writing rather than the line, the label or a note."""
    for word in words:
        folded = fold(word.text).strip()
        bare = folded.strip(":;,.")
        if not bare or _NOT_INK.match(folded) or _NOT_INK.match(bare) \
                or _DATE_TOKEN.search(folded):
            continue
        if _role(folded) is not None:
            continue
        if sum(ch.isalnum() for ch in folded) >= 2:
            return True
    return False


def _form_signatures(document: ReadDocument) -> dict[str, bool]:
    signed: dict[str, bool] = {}
    for name, value in document.form_values.items():
        folded = fold(name.replace("_", " "))
        if _SIGN in folded or "signature" in folded:
            role = _role(folded)
            if role and value.strip():
                signed[role] = True
    return signed


def _column_places(lines: Sequence[Line]) -> tuple[Line | None, list[tuple[float, float]]]:
    """The table header and the x-ranges of its signature columns."""
    for line in lines:
        folded = fold(line.text)
        if "datums" not in folded or _SIGN not in folded or len(line.segments) < 3:
            continue
        ranges = []
        for i, segment in enumerate(line.segments):
            if _SIGN not in segment.folded:
                continue
            # The column starts at its heading's first word ("Klienta" of "Klienta paraksts"),
            # also when the heading ran into the cell before it.
            words = segment.words
            at = next(k for k, w in enumerate(words) if _SIGN in fold(w.text))
            if at and _role(fold(words[at - 1].text)):
                at -= 1
            right = line.segments[i + 1].x0 if i + 1 < len(line.segments) else 10_000.0
            before = words[at - 1].x1 if at else (line.segments[i - 1].x1 if i else None)
            left = (before + words[at].x0) / 2 if before is not None else words[at].x0
            ranges.append((left, right))
        return line, ranges
    return None, []


@dataclass(slots=True)
class _Place:
    """One signature place on a line: whose, and the x-range its signature would cover."""

    role: str | None
    left: float
    right: float


def _line_places(words: Sequence[Word]) -> list[_Place]:
    """The signature places of one line, left to right. "Asistenta paraksts: ___ Klienta
    paraksts: ___" is two places; in "Asistents: ____ (paraksts)" the note closes the place."""
    ordered = sorted(words, key=lambda w: w.x0)
    signs = [i for i, w in enumerate(ordered) if _SIGN in fold(w.text)]
    places: list[_Place] = []
    for n, i in enumerate(signs):
        word = ordered[i]
        note = word.text.lstrip().startswith("(")
        if note:
            # The role printed before the line, the note after it.
            role_at = next((k for k in range(i - 1, -1, -1) if _role(fold(ordered[k].text))),
                           None)
            if role_at is None:
                continue
            start = ordered[role_at].x1
            places.append(_Place(_role(fold(ordered[role_at].text)), start, word.x0))
            continue
        first = i
        while first > 0 and _role(fold(ordered[first - 1].text)) is not None:
            first -= 1
        for k in range(max(0, i - 3), i):  # "Klienta likumiskā pārstāvja paraksts"
            if _role(fold(ordered[k].text)) and (not places or ordered[k].x0 > places[-1].left):
                first = min(first, k)
                break
        role = next((r for r in (_role(fold(w.text)) for w in ordered[first:i]) if r), None)
        if places and places[-1].right > ordered[first].x0:
            places[-1].right = ordered[first].x0  # the previous place ends where this label starts
        end = ordered[signs[n + 1]].x0 if n + 1 < len(signs) else 10_000.0
        places.append(_Place(role, word.x1, end))
    return places


def read_signatures(
    document: ReadDocument, lines: Sequence[Line], row_lines: Sequence[tuple[Line, str]]
) -> tuple[dict[str, Any] | None, float]:
    """{assistant, client, unsigned_dates} for the places the form has; None when it has none.
    `assistant`/`client` are None when the form has no such place."""
    header, columns = _column_places(lines)
    found: dict[str, bool | None] = {"assistant": None, "client": None}
    doubt = 1.0
    form_signed = _form_signatures(document)
    places = 0
    for index, line in enumerate(lines):
        if line is header or _SIGN not in fold(line.text):
            continue
        previous = lines[index - 1] if index > 0 else None
        for place in _line_places(line.words):
            role = place.role
            if role is None and previous is not None:
                role = _role(fold(previous.text))  # "Asistents Guntis Vilks" / "Paraksts: ..."
            if role is None:
                continue
            places += 1
            on_line = [w for w in line.words if place.left - 1 < w.x0 and w.x1 <= place.right + 1]
            # Handwriting sits over the line and OCR may give it a line of its own.
            above: list[Word] = []
            if previous is not None and previous.page == line.page \
                    and line.top - previous.bottom < 1.6 * line.height \
                    and _SIGN not in fold(previous.text) and _role(fold(previous.text)) is None:
                above = [w for w in previous.words
                         if w.x1 > place.left and w.x0 < place.right]
            signed = _ink(on_line) or _ink(above) or form_signed.get(role, False)
            doubt = min(doubt, min((w.confidence for w in on_line + above), default=1.0))
            found[role] = bool(found[role]) or signed
    unsigned: list[str] = []
    if columns:
        places += 1
        for line, day in row_lines:
            for left, right_edge in columns:
                cell = [w for w in line.words if left <= (w.x0 + w.x1) / 2 < right_edge]
                if not _ink(cell):
                    unsigned.append(day)
                    break
    if not places:
        return None, 0.0
    result = {"assistant": found["assistant"], "client": found["client"],
              "unsigned_dates": sorted(set(unsigned))}
    return result, round(0.85 * max(doubt, 0.5), 3)
