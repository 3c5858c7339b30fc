"""Dates written month first, as the paper says it writes them.

A paper exported from a foreign program prints its dates with slashes month first
("05/13/2025") and says so ("Datums (MM/DD/YYYY)"). Read day first, 05/06/2025 became 5 June.
Where the paper states the month-first order (and not the day-first one), every slash date on
it is written day first before reading ("06/05/2025"), so that every reader takes it as the
paper means it. A slash date whose month would be past twelve belies the statement: the
paper is read as written. The words are data (`date_shapes.yaml`, `month_first`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from .layout import Line, Segment, fold
from .vocabulary import reader_data

_SLASH_DATE = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})(?![\d/])")


def _states(lines: list[Line], key: str) -> bool:
    text = fold(" ".join(line.text for line in lines))
    return any(re.search(pattern, text) for pattern in reader_data("date_shapes.yaml")[key])


def with_month_first_dates(lines: list[Line]) -> list[Line]:
    """The lines with their slash dates written day first where the paper states that it
    writes them month first (see the module docstring)."""
    if not _states(lines, "month_first") or _states(lines, "day_first"):
        return lines
    found = [m for line in lines for m in _SLASH_DATE.finditer(line.text)]
    if not found or any(not 1 <= int(m.group(1)) <= 12 for m in found):
        return lines
    out: list[Line] = []
    for line in lines:
        if not _SLASH_DATE.search(line.text):
            out.append(line)
            continue
        # A new line, not the old one changed: the page's lines are shared by other readers.
        mapped = {id(w): replace(w, text=_SLASH_DATE.sub(r"\2/\1/\3", w.text))
                  for w in line.words if _SLASH_DATE.search(w.text)}
        words = [mapped.get(id(w), w) for w in line.words]
        segments = [Segment(words=[mapped.get(id(w), w) for w in s.words], cell=s.cell)
                    for s in line.segments]
        out.append(Line(page=line.page, words=words, segments=segments, index=line.index))
    return out


__all__ = ["with_month_first_dates"]
