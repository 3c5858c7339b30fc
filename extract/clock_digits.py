"""A from-to OCR damaged beyond a clock, read again from its digits and the row's hours.

Typed sheets write the minutes small and raised ("9⁰⁰–13³⁰"); a scan loses them, wholly or a
digit, and the range comes back as "9-130". A clock's digits keep their order, so each side
is read every way its digits allow (the hour first, what is left a part of the minutes, on
the five-minute grid), and the row's own hours, written beside the range, choose between
them: only one reading of the pair whose length is the written hours is taken, and none when
two fit. A side with no minutes left is its whole hour, the usual way to write one.
"""

from __future__ import annotations

import re

# Two runs of digits joined by a dash, neither part of a clock OCR did read whole.
DIGIT_RANGE = re.compile(r"(?<![\d.,:])(\d{1,4})\s*[-–—]\s*(\d{1,4})(?![\d.,:]?\d)")
_GRID = range(0, 60, 5)


def _inside(part: str, whole: str) -> bool:
    """`part`'s digits are found in `whole` in their order (the others were lost)."""
    found = iter(whole)
    return all(digit in found for digit in part)


def readings(digits: str) -> set[int]:
    """Every clock (minutes after midnight) a damaged run of digits may be: "130" is 1:30,
    13:00, 13:05, 13:10, 13:20, 13:30...; "9" is 9:00."""
    out: set[int] = set()
    for cut in (1, 2):
        if cut > len(digits):
            break
        hour, left = int(digits[:cut]), digits[cut:]
        if hour > 23 or len(left) > 2:
            continue
        if not left:
            out.add(hour * 60)
            continue
        out.update(hour * 60 + minute for minute in _GRID if _inside(left, f"{minute:02d}"))
    return out


def range_by_hours(text: str, hours: float) -> tuple[int, int, str] | None:
    """The from-to in `text` whose digits read one way only to a range `hours` long: (start,
    end, the text it was read from), or None."""
    found = DIGIT_RANGE.search(text)
    if found is None or hours <= 0:
        return None
    span = round(hours * 60)
    fits = {(start, end) for start in readings(found.group(1))
            for end in readings(found.group(2)) if end - start == span}
    if len(fits) != 1:
        return None
    start, end = fits.pop()
    return start, end, found.group(0)
