"""Values under the wrapped headings of a table printed without rules (or whose rules a scan
lost).

A heading row is a line of three or more segments whose headings wrap onto a second line
("Stundas" / "nedēļā") that sits just under it, each piece inside its own column. A label is
then the whole of a heading's two lines ("stundas nedēļā"). The row under the headings holds
the values, each under its heading: a column runs from its heading's left edge to the next
heading's, give or take a line height, because a value is aligned to its column, not to its
heading's words. Headings on one line are read by `layout` (the segment below).
"""

from __future__ import annotations

import re

from .document import Word
from .layout import LabelHit, Line, Segment

MIN_HEADINGS = 3
# A wrapped heading's second line sits closer under its first than a table row does.
WRAP_GAP = 0.8
# The data row starts within this many line heights under the heading.
ROW_GAP = 2.5
HEADING_DISTANCE = 0.1  # as sure as the next cell of a bordered table


# A unit in a heading: "Darba laiks, h", "Slodze (st.)".
_UNIT = re.compile(r"\s*,?\s*\(?(?<![^\W\d_])(?:h|st\.?)(?![^\W\d_])\)?\s*")


def _columns(line: Line) -> list[tuple[float, float]]:
    """Each heading's column: from its left edge to the next heading's, less a line height."""
    slack = line.height
    starts = [seg.x0 - slack for seg in line.segments]
    return list(zip(starts, [*starts[1:], float("inf")], strict=True))


def _in_column(segment: Segment, column: tuple[float, float]) -> bool:
    return column[0] <= segment.x0 < column[1]


def _wrapped_heading(lines: list[Line], line: Line) -> Line | None:
    """The line carrying the headings' second lines, when they wrap."""
    if line.index + 1 >= len(lines):
        return None
    nxt = lines[line.index + 1]
    if nxt.page != line.page or nxt.top - line.bottom > WRAP_GAP * line.height:
        return None
    columns = _columns(line)
    if all(any(_in_column(seg, c) for c in columns) for seg in nxt.segments):
        return nxt
    return None


def heading_hits(lines: list[Line], line: Line,
                 patterns: list[tuple[str, re.Pattern[str]]]) -> list[LabelHit]:
    """Values under the headings of `line` that a label names, when it is a heading row."""
    if len(line.segments) < MIN_HEADINGS:
        return []
    wrapped = _wrapped_heading(lines, line)
    if wrapped is None or line.index + 2 >= len(lines):
        return []
    row = lines[line.index + 2]
    if (row.page != line.page or row.top - wrapped.bottom > ROW_GAP * line.height
            or len(row.segments) < MIN_HEADINGS):
        return []
    hits: list[LabelHit] = []
    for segment, column in zip(line.segments, _columns(line), strict=True):
        under = [s.folded for s in wrapped.segments if _in_column(s, column)]
        if not under:
            continue
        heading = " ".join([segment.folded, *under]).strip(" .:")
        # "Darba laiks, h / nedēļā": the unit printed inside a heading is no word of its label.
        bare = " ".join(_UNIT.sub(" ", heading).split())
        for label, pattern in patterns:
            match = pattern.fullmatch(heading) or pattern.fullmatch(bare)
            if not match:
                continue
            words: list[Word] = [w for s in row.segments if _in_column(s, column)
                                 for w in s.words]
            if words:
                value = " ".join(w.text for w in words)
                hits.append(LabelHit(value, words, row, HEADING_DISTANCE, label))
            break
    return hits


# A cell holding a figure only ("6", "2,5", "12,0"): a value in a column, not its heading.
_FIGURE = re.compile(r"[\d\s.,:/+=()-]+")
# How far up a column its heading is looked for: rows of one table.
_COLUMN_ROWS = 12


def column_heading(lines: list[Line], line: Line, words: list[Word]) -> str | None:
    """The heading of the column `words` stand in: going up the rows of the table, the first
    cell over the words that is no figure ("Punkti" over "2", "3", "Kopā | 6"), folded. None
    when a blank gap or the page's top ends the table first."""
    if not words:
        return None
    x0, x1 = min(w.x0 for w in words), max(w.x1 for w in words)
    below = line
    for above in reversed(lines[max(0, line.index - _COLUMN_ROWS): line.index]):
        if above.page != line.page or below.top - above.bottom > 1.5 * max(above.height,
                                                                          below.height):
            return None
        over = [seg for seg in above.segments if seg.x0 < x1 and seg.x1 > x0]
        if len(over) == 1 and not _FIGURE.fullmatch(over[0].text):
            return over[0].folded
        below = above
    return None


def _cell_at(line: Line, x0: float, slack: float) -> Segment | None:
    return next((seg for seg in line.segments if abs(seg.x0 - x0) <= slack), None)


def in_a_column_of(lines: list[Line], line: Line, segment: Segment,
                   kind: re.Pattern[str]) -> bool:
    """Whether `segment` is one cell of a table's column of such values: a row of several
    cells right over or under it holds another value of the kind (`kind` matching its cell)
    at the same left edge ("2024.09.03" over "2024.09.05", each beside its visit's hours)."""
    if len(line.segments) < 2:
        return False
    slack = line.height
    for step in (-1, 1):
        at = line.index + step
        if not 0 <= at < len(lines):
            continue
        other = lines[at]
        if other.page != line.page or len(other.segments) < 2:
            continue
        gap = line.top - other.bottom if step < 0 else other.top - line.bottom
        if gap > 1.5 * max(line.height, other.height):
            continue
        cell = _cell_at(other, segment.x0, slack)
        if cell is not None and kind.fullmatch(cell.text.strip()):
            return True
    return False


def under_a_heading(lines: list[Line], line: Line, segment: Segment) -> bool:
    """Whether `segment` is a cell of a table's row right under its heading row (three or more
    headings, no figure among them, one over the cell): the value its heading names, not the
    paper's own line ("Kurss | Studiju beigas | St./ned." over "2. | 2026.06.30 | 28,0")."""
    if len(line.segments) < 2 or line.index == 0:
        return False
    above = lines[line.index - 1]
    if (above.page != line.page or len(above.segments) < MIN_HEADINGS
            or re.search(r"\d", above.text)
            or line.top - above.bottom > 1.5 * max(line.height, above.height)):
        return False
    return any(seg.x0 < segment.x1 and seg.x1 > segment.x0 for seg in above.segments)
