"""Dates a paper gives relative to its own year: "kopš pagājušā gada 1. septembra", "no šā
gada 1. marta", "no š. g. 3. februāra", "līdz nākamā gada 31. maijam".

The day and month are printed, the year is said by its place from the paper's own year (the
latest full date the paper prints: a paper is dated after what it certifies). Read in folded
text (forms.latvian_dates.fold keeps offsets).
"""

from __future__ import annotations

import re
from datetime import date

from ..forms.latvian_dates import find_dates, fold

# Which year, counted from the paper's: last year, this year, next year.
_YEAR_WORDS = {"pagajusa": -1, "pagajusaja": -1, "iepriekseja": -1, "sa": 0, "si": 0,
               "tekosa": 0, "nakama": 1, "nakosa": 1}
_RELATIVE = re.compile(
    r"(?<![a-z])(?P<rel>" + "|".join(sorted(_YEAR_WORDS, key=len, reverse=True))
    + r")\s+gada|(?<![a-z])(?P<abbr>s\.\s*g\.)")


def paper_year(text: str) -> int | None:
    """The paper's own year: the latest year of the full dates it prints."""
    years = [found.year for found, _a, _b in find_dates(text)]
    return max(years) if years else None


def relative_dates(text: str, year: int | None = None) -> list[tuple[date, int, int]]:
    """Every date of `text` whose year is said relative to the paper's, as (value, start, end)
    offsets into `text` (the span from the year's words to the month)."""
    year = year if year is not None else paper_year(text)
    if year is None:
        return []
    folded = fold(text)
    found: list[tuple[date, int, int]] = []
    for match in _RELATIVE.finditer(folded):
        shift = _YEAR_WORDS[match.group("rel")] if match.group("rel") else 0
        rest = text[match.end():match.end() + 24]
        dated = find_dates(rest, default_year=year + shift)
        if dated and dated[0][1] <= 2 and dated[0][0].year == year + shift:
            value, _a, end = dated[0]
            found.append((value, match.start(), match.end() + end))
    return found


__all__ = ["paper_year", "relative_dates"]
