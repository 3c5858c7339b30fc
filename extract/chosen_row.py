"""A table listing several people where the paper is about one of them, and a table printed
across two pages.

A spreadsheet's paper often prints a whole list (a class's pupils, a company's staff, a day
centre's visitors) and says which row it is about: an "X" in a column of its own beside that
row only ("Izziņa" | "X"), or the person named in the title ("IZZIŅA par skolēnu Jānim
Ozolam"). Read as a table, the row under the heading row was everyone's value: the first
listed person became the record. The rows of the other people are left out of the lines, so
the heading's value under it is the chosen row's; a list that marks no row and whose title
names nobody in it stays as printed.

A table too wide for its page prints its rightmost columns on the next page, the row numbers
left behind ("Sl. | St./ned. | Darba sākums" over the same rows as page 1's "Nr. | Vārds,
uzvārds | P.k. | Amats"). Where the next page opens with a table of as many rows as the
previous page's last table ends with, its heading and rows are joined to that table's, the
columns placed right of it: one table, one row a person.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from .document import Word
from .layout import Line, Segment, fold, renumbered

_MIN_COLUMNS = 3
# A row follows the one above within this many line heights.
_ROW_GAP = 1.6
# A column's cells start within this many line heights of their heading's left edge.
_ALIGN = 1.5
# A cell marking its row: a cross or a tick alone.
_MARK = re.compile(r"\s*(?:[xX×✓✔☒✗]|\[\s*[xX]\s*\])\s*")
# A person's name as a cell holds it: two or three capitalised words.
_NAME = re.compile(r"[A-ZĀČĒĢĪĶĻŅŠŪŽ][^\W\d_]+(?:[ -][A-ZĀČĒĢĪĶĻŅŠŪŽ][^\W\d_]+){1,2}")
# What an inflected name keeps of its nominative: its stem less the last two letters.
_ENDING = 2
_MIN_STEM = 3


def _heading_row(line: Line) -> bool:
    return (len(line.segments) >= _MIN_COLUMNS
            and not re.search(r"\d", line.text))


def _aligned(heading: Line, row: Line) -> bool:
    """Whether `row` is a row of the heading's table: its first cell and at least one more
    start within a line height or so of a heading's left edge (a heading over sub-columns,
    "Stundas dienā" over a cell a weekday, has cells of the row between its edges)."""
    slack = _ALIGN * heading.height
    starts = [seg.x0 for seg in heading.segments]
    near = [any(abs(seg.x0 - x) <= slack for x in starts) for seg in row.segments]
    return len(row.segments) >= 2 and near[0] and sum(near) >= 2


def _sub_heading(heading: Line, line: Line) -> bool:
    """A second heading row under the first: no figure, no name opening it, within its width."""
    slack = _ALIGN * heading.height
    return (not re.search(r"\d", line.text) and not _NAME.fullmatch(line.segments[0].text)
            and line.words[0].x0 >= heading.words[0].x0 - slack
            and line.words[-1].x1 <= heading.words[-1].x1 + slack)


def _rows_under(lines: list[Line], at: int) -> list[Line]:
    """The rows of the table whose heading row is lines[at]: the lines under it, one after
    the other, their cells under its headings (a second heading row without figures too,
    "P. | O. | T." under "Stundas dienā", counts as no row)."""
    heading = lines[at]
    rows: list[Line] = []
    above = heading
    for line in lines[at + 1:]:
        if line.page != heading.page or line.top - above.bottom > _ROW_GAP * max(
                line.height, above.height):
            break
        if not rows and _sub_heading(heading, line):
            above = line
            continue
        if not _aligned(heading, line):
            break
        rows.append(line)
        above = line
    return rows


def _stem(word: str) -> str:
    folded = fold(word)
    return folded[:-_ENDING] if len(folded) - _ENDING >= _MIN_STEM else folded


def _named_in(name: str, text: str) -> bool:
    """Whether every word of a nominative `name` ("Jānis Ozols") stands in `text` in some
    case ("par Jāņa Ozola", "Jānim Ozolam"): each word's stem opening a word of the text."""
    words = [fold(w) for w in re.findall(r"[^\W\d_]+", text)]
    parts = name.split()
    return len(parts) >= 2 and all(
        any(w.startswith(_stem(part)) and len(w) <= len(fold(part)) + _ENDING for w in words)
        for part in parts)


def _people(rows: list[Line]) -> list[str | None]:
    """Each row's person: the first cell of the row that reads as a name."""
    found: list[str | None] = []
    for row in rows:
        names = [seg.text for seg in row.segments if _NAME.fullmatch(seg.text.strip())]
        found.append(names[0].strip() if names else None)
    return found


# A column heading for when a row's period ended ("Beigas", "Līdz", "Atbrīvots", "Darba
# attiecību beigas"), and a date with its year in such a cell.
_END_HEADING = re.compile(r"^(?:\w+\s+){0,3}(?:beig|lidz|atbrivot|izbeig|atskait)")
_FULL_DATE = re.compile(r"\d{1,2}\.\s?\d{1,2}\.\s?\d{4}|\d{4}-\d{2}-\d{2}")
# An end cell saying the period goes on: empty, a dash, or words for "still".
_OPEN_END = re.compile(r"^\s*(?:[-–—]+|\.+|turpin\w*|aktīv\w*|aktiv\w*|joprojām|joprojam)?\s*$")


_START_HEADING = re.compile(r"^(?:\w+\s+){0,3}(?:sakum|kops|no$|uznemt|iestaj)")


def _under(heading: Line, column: Segment, row: Line) -> str:
    """The text of `row`'s cells standing in the heading cell `column`'s column."""
    slack = _ALIGN * heading.height
    nxt = [seg.x0 for seg in heading.segments if seg.x0 > column.x0]
    right = min(nxt) if nxt else float("inf")
    return " ".join(seg.text for seg in row.segments
                    if column.x0 - slack <= seg.x0 < right - slack)


def _current_row(heading: Line, rows: list[Line]) -> Line | None:
    """A list of periods (a register's employments, enrolments: "Sākums | Beigas"), every row
    with its start date: the only row whose end cell is open (empty, a dash) while every other
    row's holds a date is the period that goes on, the one the paper certifies."""
    ends = [seg for seg in heading.segments if _END_HEADING.match(seg.folded)]
    starts = [seg for seg in heading.segments if _START_HEADING.match(seg.folded)]
    if len(ends) != 1 or len(starts) != 1:
        return None
    open_rows, closed = [], 0
    for row in rows:
        if not _FULL_DATE.search(_under(heading, starts[0], row)):
            return None  # a row without its start (a cell wrapped onto the next line): no list
        text = _under(heading, ends[0], row)
        if _FULL_DATE.search(text):
            closed += 1
        elif _OPEN_END.match(text):
            open_rows.append(row)
        else:
            return None
    return open_rows[0] if len(open_rows) == 1 and closed >= 1 else None


def _chosen(lines: list[Line], at: int, rows: list[Line]) -> Line | None:
    """The row the paper is about: the only row with a mark cell, else the only row whose
    person the lines over the table name (its title), else the only period still open of
    a list of periods, else None."""
    chosen = _chosen_person(lines, at, rows)
    return chosen if chosen is not None else _current_row(lines[at], rows)


def _chosen_person(lines: list[Line], at: int, rows: list[Line]) -> Line | None:
    """The marked row, else the only row whose person the title names (a list of people)."""
    people = _people(rows)
    if sum(p is not None for p in people) < 2 or len(set(people)) != len(people):
        return None  # no list of people (a timesheet's days, a budget's lines)
    marked = [row for row in rows
              if any(i and _MARK.fullmatch(seg.text) for i, seg in enumerate(row.segments))]
    if len(marked) == 1:
        return marked[0]
    if marked:
        return None
    heading = lines[at]
    over = " ".join(line.text for line in lines[:at] if line.page == heading.page)
    titled = [row for row, person in zip(rows, people, strict=True)
              if person is not None and _named_in(person, over)]
    return titled[0] if len(titled) == 1 else None


def without_other_people(lines: list[Line]) -> list[Line]:
    """The lines without the rows of the people a list names beside the one it is about."""
    dropped: set[int] = set()
    for at, line in enumerate(lines):
        if not _heading_row(line):
            continue
        rows = _rows_under(lines, at)
        if len(rows) < 2:
            continue
        chosen = _chosen(lines, at, rows)
        if chosen is not None:
            dropped |= {id(row) for row in rows if row is not chosen}
            if chosen is not rows[0]:
                # The row takes the first row's place under the headings: a value is looked
                # for right under its heading (its box moves by the rows left out).
                _moved(chosen, rows[0])
    if not dropped:
        return lines
    return renumbered([line for line in lines if id(line) not in dropped])


def _moved(row: Line, onto: Line) -> None:
    dy = onto.top - row.top
    row.words = [replace(w, top=w.top + dy, bottom=w.bottom + dy) for w in row.words]
    at = 0
    for seg in row.segments:
        seg.words = row.words[at: at + len(seg.words)]
        at += len(seg.words)


def _shifted(words: list[Word], dx: float, onto: Line) -> list[Word]:
    """Words moved right by dx onto the page and band of `onto`."""
    top, bottom = onto.top, onto.bottom
    return [replace(w, x0=w.x0 + dx, x1=w.x1 + dx, top=top, bottom=bottom, page=onto.page)
            for w in words]


def _joined(left: Line, right: Line, dx: float) -> None:
    """`right`'s cells appended to `left` as cells of its own row."""
    segments = [Segment(_shifted(seg.words, dx, left)) for seg in right.segments]
    left.segments = [*left.segments, *segments]
    left.words = [w for seg in left.segments for w in seg.words]


def _tables(lines: list[Line], page: int) -> list[tuple[int, list[Line]]]:
    found = []
    for at, line in enumerate(lines):
        if line.page == page and _heading_row(line):
            rows = _rows_under(lines, at)
            if rows:
                found.append((at, rows))
    return found


def with_continued_columns(lines: list[Line]) -> list[Line]:
    """The lines with a table's columns printed on the next page joined to its rows."""
    pages = sorted({line.page for line in lines})
    dropped: set[int] = set()
    for page, nxt in pairwise(pages):
        ending = _tables(lines, page)
        opening = _tables(lines, nxt)
        if not ending or not opening:
            continue
        head_at, rows = ending[-1]
        cont_at, cont_rows = opening[0]
        last = rows[-1]
        if len(cont_rows) != len(rows) or any(
                len(line.segments) > 1 for line in lines[last.index + 1: cont_at]
                if line.page == page or line.page == nxt):
            continue  # other rows or a table of other things between the two
        heading, cont = lines[head_at], lines[cont_at]
        if {seg.folded for seg in heading.segments} & {seg.folded for seg in cont.segments}:
            continue  # the headings printed again over more rows: the rows go on, not columns
        dx = max(line.words[-1].x1 for line in [heading, *rows]) + 3 * heading.height \
            - min(line.words[0].x0 for line in [cont, *cont_rows])
        for left, right in zip([heading, *rows], [cont, *cont_rows], strict=True):
            _joined(left, right, dx)
            dropped.add(id(right))
    if not dropped:
        return lines
    return renumbered([line for line in lines if id(line) not in dropped])


__all__ = ["with_continued_columns", "without_other_people"]
