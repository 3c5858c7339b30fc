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


# The sentence giving the paper out or saying when it was drawn up, up to its date.
_GIVEN = re.compile(r"(?<![a-z])(?:izzin|apliecinajum)[a-z]*\s+(?:ir\s+)?"
                    r"(?:izsn|sagatav|sastad|parakst)[a-z]*[^.;]{0,60}$")
# A paper's number carrying its year ("Nr. 14/2026", "Nr. 2026/14-3").
_NUMBER_YEAR = re.compile(r"(?<![a-z])nr\.\s*(?:[\w-]*[/-])?(?P<year>(?:19|20)\d\d)(?!\d)")


def given_this_year(text: str) -> date | None:
    """The paper's own date said in its closing sentence relative to its year ("Izziņa
    sagatavota šā gada 5. maijā"). The year is the paper's: it is dated after every date it
    prints, so a day that would fall before the latest of them belongs to the year its own
    number carries ("Nr. 14/2026"), and to none when the number carries none."""
    dates = [found for found, _a, _b in find_dates(text)]
    if not dates:
        return None
    latest = max(dates)
    folded = fold(text)
    for value, a, _b in relative_dates(text, latest.year):
        if not _GIVEN.search(folded[max(0, a - 80):a]):
            continue
        if value >= latest:
            return value
        years = {int(m.group("year")) for m in _NUMBER_YEAR.finditer(folded)}
        later = [y for y in years if y > value.year]
        if len(later) == 1:
            try:
                moved = value.replace(year=later[0])
            except ValueError:
                return None
            return moved if moved >= latest else None
        return None
    return None


__all__ = ["given_this_year", "paper_year", "relative_dates"]
