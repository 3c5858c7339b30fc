"""A table whose rows are marked chosen or not by a code in a column: "1" chosen, "0" not.

A system's printout of an application lists every option as a row, with a column "Izvēlēts
(1/0)" holding 1 for the options chosen and 0 for the rest, and the hours in a column after
it. Read as text, the code was taken for the option's hours ("Darbs 0", "Izglītības iegūšana
1 24": education, 1 hour). Under a column head saying what its codes mean
(`coded_choices.yaml`), each row's code becomes a mark before the row ("☒ Izglītības iegūšana
24", "☐ Darbs"), as a ticked checklist reads, and the row's own number in a column before it
("A02", "U1") goes. Only a column of such codes in at least two rows
under the head; a code beside a question in running text ("... (1 – jā, 0 – nē) 0") is the
question's answer and stays as printed.
"""

from __future__ import annotations

import re
from typing import Any

from .document import Word
from .layout import Line, Segment, fold
from .marks import EMPTY, MARKED
from .vocabulary import reader_data


def _vocabulary() -> dict[str, Any]:
    return reader_data("coded_choices.yaml")


def _code_column(line: Line) -> Segment | None:
    """The segment of a table's head row that heads a column of codes (not its first)."""
    if len(line.segments) < 2:
        return None
    heads = [re.compile(p) for p in _vocabulary()["heads"]]
    for segment in line.segments[1:]:
        if any(p.search(fold(segment.text)) for p in heads):
            return segment
    return None


def _cell(line: Line, head: Segment) -> Segment | None:
    """A row's segment under the head, when it holds one code and the row goes on left of it."""
    codes = (str(_vocabulary()["on"]), str(_vocabulary()["off"]))
    for at, segment in enumerate(line.segments):
        if at and segment.x0 < head.x1 and segment.x1 > head.x0:
            return segment if segment.text.strip() in codes else None
    return None


# A row's number in a code column of its own: letters and digits ("U1", "A02", "A3.1", "4.").
_ROW_CODE = re.compile(r"^\s*[A-Z]{0,3}\d{1,3}(?:\.\d{1,3})*\.?\s*$")


def _mark_column(line: Line) -> Segment | None:
    """The segment of a table's head row that heads a column for a mark (not its first)."""
    if len(line.segments) < 2:
        return None
    heads = [re.compile(p) for p in _vocabulary().get("mark_heads", [])]
    for segment in line.segments[1:]:
        if any(p.search(fold(segment.text)) for p in heads):
            return segment
    return None


def _mark_rows(lines: list[Line], at: int, head: Segment) -> list[tuple[int, Segment | None]]:
    """The option rows under a mark column's head: each row opening with words, with a mark
    under the head (its cell) or nothing there (None); [] unless some are marked and some
    blank."""
    marks = {str(m) for m in _vocabulary().get("marks", [])}
    rows: list[tuple[int, Segment | None]] = []
    above = lines[at]
    for below in range(at + 1, len(lines)):
        line = lines[below]
        if line.page != above.page or line.top - above.bottom > 1.5 * max(line.height,
                                                                         above.height):
            break
        if not re.match(r"[^\W\d_]", line.segments[0].text):
            break
        under = [seg for seg in line.segments[1:] if seg.x0 < head.x1 and seg.x1 > head.x0]
        if len(line.segments) > 1 + len(under) or len(under) > 1:
            break  # other cells: a table of other things
        if under and fold(under[0].text.strip()) not in marks:
            break
        rows.append((below, under[0] if under else None))
        above = line
    marked = sum(cell is not None for _, cell in rows)
    least = int(_vocabulary()["least_rows"])
    return rows if len(rows) >= least and 0 < marked < len(rows) else []


def _marked(line: Line, cell: Segment | None, on: bool | None = None) -> Line:
    """The row with its code as a mark before it and the code's cell gone."""
    first = line.words[0]
    height = first.bottom - first.top
    if on is None:
        on = cell is not None and cell.text.strip() == str(_vocabulary()["on"])
    glyph = Word(MARKED if on else EMPTY, first.x0 - 1.2 * height, first.top,
                 first.x0 - 0.4 * height, first.bottom, first.page)
    segments = [s for s in line.segments if s is not cell]
    if len(segments) >= 2 and _ROW_CODE.match(segments[0].text):
        segments = segments[1:]  # the row's number ("U1", "A02"): no part of its option
    segments[0] = Segment([glyph, *segments[0].words], segments[0].cell)
    return Line(line.page, [w for s in segments for w in s.words], segments, line.index)


def with_coded_choices(lines: list[Line]) -> list[Line]:
    """The lines with every code column's rows marked (see the module docstring)."""
    result = list(lines)
    at = 0
    while at < len(result):
        head = _code_column(result[at])
        mark_head = _mark_column(result[at]) if head is None else None
        if mark_head is not None:
            options = _mark_rows(result, at, mark_head)
            for index, cell in options:
                result[index] = _marked(result[index], cell, on=cell is not None)
            at += len(options) + 1
            continue
        if head is None:
            at += 1
            continue
        rows: list[tuple[int, Segment]] = []
        for below in range(at + 1, len(result)):
            if result[below].page != result[at].page:
                break
            cell = _cell(result[below], head)
            if cell is None:
                break
            rows.append((below, cell))
        if len(rows) >= int(_vocabulary()["least_rows"]):
            for index, cell in rows:
                result[index] = _marked(result[index], cell)
        at += len(rows) + 1
    return result


__all__ = ["with_coded_choices"]
