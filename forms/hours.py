"""Hours as Latvian documents write them: "20 h", "20 st.", "20,5", "divdesmit", "08:00-12:30"."""

from __future__ import annotations

import re
from datetime import time

from .latvian_dates import fold

# Number words without diacritics (see latvian_dates.fold), every gender and the case forms a
# certificate uses ("divām stundām", "vienu stundu"). Tens combine with units: "divdesmit pieci".
UNITS: dict[str, int] = {}
for _value, _forms in {
    1: "viens viena vienu vienam vienai vienas",
    2: "divi divas divu diviem divam divim",
    3: "tris triju trim trijam trijiem trijas",
    4: "cetri cetras cetru cetriem cetram",
    5: "pieci piecas piecu pieciem piecam",
    6: "sesi sesas sesu sesiem sesam",
    7: "septini septinas septinu septiniem septinam",
    8: "astoni astonas astonu astoniem astonam",
    9: "devini devinas devinu deviniem devinam",
}.items():
    for _form in _forms.split():
        UNITS[_form] = _value
TEENS = {
    "desmit": 10,
    "vienpadsmit": 11,
    "divpadsmit": 12,
    "trispadsmit": 13,
    "cetrpadsmit": 14,
    "piecpadsmit": 15,
    "sespadsmit": 16,
    "septinpadsmit": 17,
    "astonpadsmit": 18,
    "devinpadsmit": 19,
}
TENS = {
    "divdesmit": 20,
    "trisdesmit": 30,
    "cetrdesmit": 40,
    "piecdesmit": 50,
    "sesdesmit": 60,
    "septindesmit": 70,
    "astondesmit": 80,
    "devindesmit": 90,
    "simts": 100,
    "simt": 100,
}
HALF_WORDS = {
    "pusotra": 1.5,
    "pusotras": 1.5,
    "pusotru": 1.5,
    "puse": 0.5,
    "pus": 0.5,
    "pusstunda": 0.5,
    "pusstundu": 0.5,
}

_TIME = r"(\d{1,2})\s?[:.]\s?(\d{2})"
_TIME_RANGE = re.compile(r"(?<![\d:.])" + _TIME + r"\s*(?:-|–|—|lidz)\s*" + _TIME + r"(?![\d:])")
# A minus sign counts only when it sticks to the number: "-5" is negative, while the dash in
# "dienas centrs – 20 h" separates a label from its value.
_SIGN = r"(?:(?<![\w\d.,:])([-−])(?=\d))?"
_NUMBER = re.compile(_SIGN + r"(?<![\d.,:])(\d+(?:[.,]\d+)?)(?![\d:])")
# The number that carries the unit wins over one before it: "Nr. 3, 20 h" is 20 hours.
_NUMBER_WITH_UNIT = re.compile(_SIGN + r"(?<![\d.,:])(\d+(?:[.,]\d+)?)\s*(?=h\b|st\b|st\.|stund)")
# "20:00 h", "4:30": a duration written like a clock time
_CLOCK_DURATION = re.compile(r"(?<![\d:.])(\d{1,3}):([0-5]\d)(?![\d:])")
_HOURS_MINUTES = re.compile(r"(\d+)\s*(?:h|st\.?|stund\w*)\s*(\d+)\s*min")
# "10-20 h", "no 10 līdz 20 stundām": only a range that ends in the unit or the text
_RANGE = re.compile(
    r"(?<![\d.,:])(\d+(?:[.,]\d+)?)\s*(?:-|–|—|lidz)\s*(\d+(?:[.,]\d+)?)"
    r"(?=\s*(?:h\b|st\b|st\.|stund|$))"
)


def _clock(hour: str, minute: str) -> time | None:
    h, m = int(hour), int(minute)
    if h == 24 and m == 0:
        return time(23, 59, 59)  # "līdz 24:00": the end of the day
    if 0 <= h <= 23 and 0 <= m <= 59:
        return time(h, m)
    return None


def parse_time_range(text: str | None) -> tuple[time, time] | None:
    """'08:00-12:30' (also '8.00 – 12.30', 'no 8:00 līdz 12:30') -> (time(8, 0), time(12, 30))."""
    if not text:
        return None
    match = _TIME_RANGE.search(fold(text))
    if not match:
        return None
    start, end = _clock(match.group(1), match.group(2)), _clock(match.group(3), match.group(4))
    if start is None or end is None:
        return None
    return start, end


def duration_hours(start: time, end: time) -> float:
    """Hours between two clock times of one day; an end before the start runs past midnight."""
    minutes = (end.hour * 60 + end.minute + (1 if end.second else 0)) - (
        start.hour * 60 + start.minute
    )
    if minutes < 0:
        minutes += 24 * 60
    return round(minutes / 60, 2)


def _words_value(folded: str) -> float | None:
    tokens = re.findall(r"[a-z]+", folded)
    total: float = 0
    seen = False
    for index, token in enumerate(tokens):
        if token in TENS:
            total += TENS[token]
            seen = True
        elif token in TEENS:
            total += TEENS[token]
            seen = True
        elif token in UNITS:
            total += UNITS[token]  # "divdesmit viena" = 20 + 1
            seen = True
        elif token in HALF_WORDS:
            total += HALF_WORDS[token]
            seen = True
        elif token == "ar" and seen and index + 1 < len(tokens) and tokens[index + 1] == "pusi":
            total += 0.5  # "divdesmit ar pusi"
        elif seen and token not in {"pusi", "un"}:
            break  # the number phrase ended ("divdesmit stundas nedēļā")
    return float(total) if seen else None


def parse_hours(text: str | None) -> float | None:
    """Hours in `text`: "20 h", "20,5", "divdesmit stundas", "līdz 20 stundām", "08:00-12:30".

    A range gives its upper bound ("10-20 h" -> 20: what is asked for at most); a time range
    gives its duration; a negative number gives None.
    """
    if text is None:
        return None
    folded = fold(str(text)).strip()
    if not folded:
        return None
    clock = parse_time_range(folded)
    if clock is not None:
        return duration_hours(*clock)
    match = _CLOCK_DURATION.search(folded)
    if match:
        return int(match.group(1)) + int(match.group(2)) / 60
    match = _HOURS_MINUTES.search(folded)
    if match:
        return int(match.group(1)) + int(match.group(2)) / 60
    match = _RANGE.search(folded)
    if match:
        return max(float(match.group(1).replace(",", ".")), float(match.group(2).replace(",", ".")))
    match = _NUMBER_WITH_UNIT.search(folded) or _NUMBER.search(folded)
    if match:
        if match.group(1):
            return None
        value = float(match.group(2).replace(",", "."))
        return value
    return _words_value(folded)


def format_hours_lv(hours: float) -> str:
    """'20 stundas', '21 stunda', '1,5 stundas': a number with the noun agreeing as Latvian wants.

    Whole numbers ending in 1 (but not 11) take the singular; fractions take the plural and a
    decimal comma.
    """
    if hours != hours or hours < 0:  # NaN or negative: a caller's bug, not a document value
        raise ValueError(f"hours must be a non-negative number, not {hours!r}")
    if float(hours).is_integer():
        whole = int(hours)
        noun = "stunda" if whole % 10 == 1 and whole % 100 != 11 else "stundas"
        return f"{whole} {noun}"
    text = f"{hours:.2f}".rstrip("0").replace(".", ",")
    return f"{text} stundas"
