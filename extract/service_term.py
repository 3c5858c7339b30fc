"""A service's term in months from what a paper prints: months in digits or words, a year,
half a year or a year and a half in words, or a start and an end date.

"uz sešiem mēnešiem" and "6 mēn." are the vocabulary's patterns; this reads what they cannot:
"uz gadu", "uz pusotru gadu", "divus gadus", "no 01.02.2024. līdz 31.01.2025." and "no 2024.
gada 1. jūlija līdz gada beigām" (an end of the year counts only with a start to count from).
A term counted from two dates is whole months only when the end is the day before the start's
day (or the month's last day); anything else is no term in months.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from ..forms.latvian_dates import find_dates, parse_date
from .roles import fold_letters

# Years in words after "uz", "vēl", "par" or "termiņš": the number before "gad-" in any case.
_YEARS = re.compile(
    r"(?<![a-z])(?:uz|vel|par|termins|terminu|ilgums|periodu|laiku)\s+"
    r"(?:(?P<count>pusotr\w*|vien\w*|div\w*|trim|tris|\d)\s+)?(?P<noun>gad(?:u|am|a|iem|us|i))"
    r"(?![a-z])")
_COUNTS = {"pusotr": 1.5, "vien": 1, "div": 2, "trim": 3, "tris": 3}
_UNTIL = re.compile(r"^\s*(?:lidz|–|—|-)\s*$")
# Two dates joined by a dash are a span by themselves ("laika posmā 01.03.2025.–31.08.2025.");
# joined by "līdz" they are one only after "no" or a word naming a span ("periodā ... līdz ...").
_DASH = re.compile(r"^\s*[–—-]\s*$")
_FROM = re.compile(r"(?:no|sakot\s+ar|ar|posma|perioda|laika|laikposma|termins:?|periods:?)\s*$")
_YEAR_END = re.compile(r"\s*,?\s*lidz\s+(?:(?:sa|tekosa|kalendara)\s+)?gada\s+beigam(?![a-z])")


@dataclass(frozen=True)
class Term:
    """The term in months and where the words saying it stand in the text."""

    months: int
    start: int
    end: int


def term_months(text: str) -> Term | None:
    """The first term the text states in years or by its dates; None when it states none."""
    plain = fold_letters(text).lower()
    found = [t for t in (_in_years(plain), _by_dates(text, plain), _by_month_names(plain))
             if t is not None]
    return min(found, key=lambda t: t.start) if found else None


_MONTH_STEMS = ("janvar", "februar", "mart", "april", "maij", "junij", "julij", "august",
                "septembr", "oktobr", "novembr", "decembr")
_MONTH = "(?P<{}>" + "|".join(_MONTH_STEMS) + r")[a-z]{{0,3}}"
# A term as a span of months named, each month whole: "aprīlis – septembris", "no 2025. gada
# aprīļa līdz septembrim" (six months, both ends counted).
_MONTH_SPAN = re.compile(
    r"(?<![a-z])(?:(?P<from>no)\s+)?(?:(?:19|20)\d\d\.?\s*(?:gada|g\.)\s*)?"
    + _MONTH.format("first")
    + r"\s*(?P<join>[–—-]|lidz)\s*(?:(?:19|20)\d\d\.?\s*(?:gada|g\.)\s*)?"
    + _MONTH.format("last") + r"(?![a-z])")


def _by_month_names(plain: str) -> Term | None:
    for match in _MONTH_SPAN.finditer(plain):
        if match.group("join") == "lidz" and not match.group("from"):
            continue  # "līdz" makes a span only after "no"
        first = _MONTH_STEMS.index(match.group("first"))
        last = _MONTH_STEMS.index(match.group("last"))
        return Term((last - first) % 12 + 1, match.start(), match.end())
    return None


def _in_years(plain: str) -> Term | None:
    match = _YEARS.search(plain)
    if match is None:
        return None
    count_word = match.group("count")
    if count_word is None:
        # "uz gadu" (one), but "uz gadiem" (how many?) tells nothing.
        count: float | None = 1 if match.group("noun") in ("gadu", "gadam") else None
    elif count_word.isdigit():
        count = int(count_word)
    else:
        count = next((v for stem, v in _COUNTS.items() if count_word.startswith(stem)), None)
    if count is None:
        return None
    return Term(round(count * 12), match.start(), match.end())


def _by_dates(text: str, plain: str) -> Term | None:
    dates = find_dates(text)
    for i, (first, a, b) in enumerate(dates):
        if not _FROM.search(plain[max(0, a - 12):a]):
            if i + 1 < len(dates) and _DASH.match(plain[b:dates[i + 1][1]]):
                last, c, d = dates[i + 1]
                months = _whole_months(first, last)
                if months is not None:
                    return Term(months, a, d)
            continue
        year_end = _YEAR_END.match(plain, b)
        if year_end:
            months = _whole_months(first, date(first.year, 12, 31))
            if months is not None:
                return Term(months, a, year_end.end())
        if i + 1 < len(dates):
            last, c, d = dates[i + 1]
            if _UNTIL.match(plain[b:c]):
                months = _whole_months(first, last)
                if months is not None:
                    return Term(months, a, d)
        bare = _UNTIL_NO_YEAR.match(plain, b)
        if bare:
            # "no 2026. gada 1. februāra līdz 30. aprīlim": the end without its year is in the
            # start's year (the next one when its month comes earlier).
            end = parse_date(text[bare.start("end"):bare.end()], default_year=first.year)
            if end is not None and end <= first:
                end = parse_date(text[bare.start("end"):bare.end()], default_year=first.year + 1)
            months = _whole_months(first, end) if end is not None else None
            if months is not None:
                return Term(months, a, bare.end())
    return None


# "... līdz 30. aprīlim" with no year after it (not a number that opens a year).
_UNTIL_NO_YEAR = re.compile(r"\s*,?\s*lidz\s+(?P<end>\d{1,2}\.\s*[a-z]{3,})(?![a-z])(?!\s*\d)")


def _whole_months(first: date, last: date) -> int | None:
    """Months from `first` through `last` when they are whole (1 Feb - 31 Jan is 12)."""
    if last <= first:
        return None
    months = (last.year - first.year) * 12 + last.month - first.month
    month_end = calendar.monthrange(last.year, last.month)[1]
    if last.day == first.day - 1 or (first.day == 1 and last.day == month_end):
        months += 1 if first.day == 1 else 0
        return months if 1 <= months <= 60 else None
    return None
