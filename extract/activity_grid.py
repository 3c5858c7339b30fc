"""A timesheet kept as a spreadsheet grid: the month's days as columns, the activities as rows.

The heading row names what the first column holds ("Aktivitāte") and then the days side by
side, counting up ("1 | 2 | 3 | ... | 31", or only the days worked, "12.01 | 13.01 | 15.01"),
often a totals column after them ("Kopā", "Σ"). Each row under it opens with its activity
("Darbs", "Brīvais laiks") and has the hours of a day in that day's column; the row's total
stands in the totals column, and a last row sums every activity ("KOPĀ"). Every filled day
cell is an entry: that day, the row's activity, its hours, no from-to. The totals column and
the totals row are no entries (the sheet's total is read as any total is).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from .document import Word
from .layout import Line, fold
from .vocabulary import TOTAL_WORDS

# A day's heading: a bare day ("7") or a day and month ("12.01", "12.01.").
_DAY_HEAD = re.compile(r"^\s*(\d{1,2})(?:\.(\d{1,2})\.?)?\s*$")
# A day's cell: hours as a spreadsheet prints them ("4", "2,5", "1.50").
_HOURS_CELL = re.compile(r"^\s*(\d{1,2}(?:[.,]\d{1,2})?)\s*$")
# A row's or the heading's first cell: words, no figure.
_LABEL_CELL = re.compile(r"^\s*[^\W\d_][^\d]{0,40}$")
# The row that sums every activity.
_TOTAL_ROW = re.compile(rf"^\W*(?:{TOTAL_WORDS}|σ)\b")
_MIN_DAYS = 5
# A row follows the one above within this many line heights.
_ROW_GAP = 1.5


@dataclass(slots=True)
class GridCell:
    """One filled day cell: the day (and the month, when its heading gives it), the hours as
    printed, the row's activity words and the words read."""

    day: int
    month: int | None
    hours: str
    activity: str
    words: list[Word]
    line: Line


def _day_columns(line: Line) -> list[tuple[int, int | None, float, float]] | None:
    """The heading's day columns (day, month, centre, half the pitch), when the line is such
    a heading: a label cell, then at least five day cells whose days count up."""
    segments = line.segments
    if len(segments) < _MIN_DAYS + 1 or not _LABEL_CELL.match(segments[0].text):
        return None
    days: list[tuple[int, int | None, float]] = []
    for seg in segments[1:]:
        match = _DAY_HEAD.match(seg.text)
        if match is None:
            continue
        day, month = int(match.group(1)), match.group(2)
        days.append((day, int(month) if month else None, (seg.x0 + seg.x1) / 2))
    if len(days) < _MIN_DAYS or not all(
            1 <= d <= 31 and (b[0] > d or (b[1] or 0) > (m or 0))
            for (d, m, _), b in pairwise(days)):
        return None
    centres = [c for _, _, c in days]
    pitch = min(b - a for a, b in pairwise(centres))
    if pitch <= 0:
        return None
    return [(d, m, c, pitch / 2) for d, m, c in days]


def grid_cells(lines: Sequence[Line], at: int) -> tuple[list[GridCell], int] | None:
    """The filled day cells of the grid whose heading is lines[at], and the index of the line
    after its rows; None when lines[at] heads no such grid."""
    head = lines[at]
    columns = _day_columns(head)
    if columns is None:
        return None
    cells: list[GridCell] = []
    end = at + 1
    above = head
    while end < len(lines):
        line = lines[end]
        if line.page != head.page or not line.segments \
                or not _LABEL_CELL.match(line.segments[0].text) \
                or line.top - above.bottom > _ROW_GAP * max(line.height, above.height):
            break
        activity = line.segments[0].text
        end += 1
        above = line
        if _TOTAL_ROW.match(fold(activity)):
            break  # the sum of every activity closes the grid
        for seg in line.segments[1:]:
            hours = _HOURS_CELL.match(seg.text)
            if hours is None:
                # A cell of words or a from-to ("9.00-11.00" under "Datums | 6.11. | 7.11."):
                # a week laid out a field to a row, no grid of hours.
                return None
            centre = (seg.x0 + seg.x1) / 2
            day, month, middle, reach = min(columns, key=lambda c: abs(c[2] - centre))
            if abs(middle - centre) >= reach:
                continue  # the totals column, right of the last day
            cells.append(GridCell(day, month, hours.group(1), activity,
                                  [*line.segments[0].words, *seg.words], line))
    if end == at + 1:
        return None
    # Read down the days, as the month went: a day's activities in the rows' order.
    cells.sort(key=lambda cell: (cell.month or 0, cell.day))
    return cells, end


__all__ = ["GridCell", "grid_cells"]
