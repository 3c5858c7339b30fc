"""Hours as Latvian documents write them: "20 h", "20 st.", "20,5", "divdesmit", "08:00-12:30"."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import time

from .latvian_dates import MONTH_WORD, fold

# Number words without diacritics (see latvian_dates.fold), every gender and the case forms a
# certificate uses ("divām stundām", "vienu stundu", "četrus mēnešus"). Tens combine with
# units: "divdesmit pieci".
UNITS: dict[str, int] = {}
for _value, _forms in {
    1: "viens viena vienu vienam vienai vienas",
    2: "divi divas divu diviem divam divim divus",
    3: "tris triju trim trijam trijiem trijas",
    4: "cetri cetras cetru cetriem cetram cetrus",
    5: "pieci piecas piecu pieciem piecam piecus",
    6: "sesi sesas sesu sesiem sesam sesus",
    7: "septini septinas septinu septiniem septinam septinus",
    8: "astoni astonas astonu astoniem astonam astonus",
    9: "devini devinas devinu deviniem devinam devinus",
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
    "pusotrai": 1.5,
    "pusotram": 1.5,
    "puse": 0.5,
    "pus": 0.5,
    "pusstunda": 0.5,
    "pusstundu": 0.5,
}

# "9:00", "9.00", and "9h00" as a paper from abroad writes a clock (the "h" glued to both).
_TIME = r"(\d{1,2})(?:\s?[:.]\s?|h)(\d{2})"
# A clock range ("9:00-13:30", "no 9.00 līdz 13.30"): the one pattern every reader of times
# from-to uses (timetables, schedules, a letter's record of hours, counts that are no clocks).
# "līdz" is matched unfolded as well, so text need not be folded first.
TIME_RANGE = re.compile(
    r"(?<![\d:.])" + _TIME + r"\s*(?:[-–—]|l[iī]dz)\s*" + _TIME + r"(?![\d:])")
# A minus sign counts only when it sticks to the number: "-5" is negative, while the dash in
# "dienas centrs – 20 h" separates a label from its value.
_SIGN = r"(?:(?<![\w\d.,:])([-−])(?=\d))?"
_NUMBER = re.compile(_SIGN + r"(?<![\d.,:])(\d+(?:[.,]\d+)?)(?![\d:])")
# The number that carries the unit wins over one before it: "Nr. 3, 20 h" is 20 hours.
_NUMBER_WITH_UNIT = re.compile(_SIGN + r"(?<![\d.,:])(\d+(?:[.,]\d+)?)\s*(?=h\b|st\b|st\.|stund)")
# "20:00 h", "4:30": a duration written like a clock time
_CLOCK_DURATION = re.compile(r"(?<![\d:.])(\d{1,3}):([0-5]\d)(?![\d:])")
_AN_HOUR_WORD = re.compile(r"stund|(?<![a-z])h(?![a-z])|(?<![a-z])st\.?(?![a-z])")
_MINUTES_ONLY = re.compile(r"(?<![\d.,:])(\d{1,3})\s*(?:min\b\.?|minut\w*|minus\w*)")
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


# Whole hours said as a range ("no plkst. 9 līdz 13", "plkst. 16–18"): the words make them
# clocks. Not a range of counts ("no 3 līdz 6 mēnešiem", "no 10 līdz 20 stundām").
# ... or right after the day they are kept on ("otrdienās un ceturtdienās 10-13", "pirmd.
# 18-20"): a day's hours from-to.
WHOLE_HOURS = re.compile(
    r"(\b(?:no|plkst\.?)\s*(?:plkst\.?\s*)?|(?:dien[aā]s|dien[aā]m|dien[aā]"
    r"|\b(?:pirm|otr|tre[sš]|ceturt|piekt|sest|sv[eē]t)d\.)\s+)([01]?\d|2[0-4])(?![\d.:,])"
    r"(\s*(?:līdz|lidz|[-–—])\s*(?:plkst\.?\s*)?)([01]?\d|2[0-4])(?![\d:])(?!,\d)"
    r"(?!\.\s*(?:\d|janv|febr|mart|apr|maij|jun|jul|aug|sept|okt|nov|dec|klas|kurs|gad|g\b))"
    r"(?!\s*(?:h\b|st\b|st\.|stund|min|m[eē]ne|gad|klas|eur|%))", re.I)


def clock_pairs(text: str) -> str:
    """`text` with two clock times printed side by side ("8:00 12:30", a table's from and to
    columns) joined as a span ("8:00-12:30")."""
    return _CLOCK_PAIR.sub(r"\1-\2", text)


# One side a whole hour, the other a clock ("no 18 līdz 19.30", "no 9.30 līdz 12"): the
# whole hour is that hour's clock (a diary's sentences write both ways in one paragraph).
_WHOLE_THEN_CLOCK = re.compile(
    r"(\b(?:no|plkst\.?)\s*(?:plkst\.?\s*)?)([01]?\d|2[0-4])(?![\d.:,])"
    r"(?=\s*(?:līdz|lidz|[-–—])\s*(?:plkst\.?\s*)?(?:[01]?\d|2[0-3])[.:][0-5]\d(?![\d:]|\.\d))",
    re.I)
_CLOCK_THEN_WHOLE = re.compile(
    r"(\b(?:no|plkst\.?)\s*(?:plkst\.?\s*)?(?:[01]?\d|2[0-3])[.:][0-5]\d"
    r"\s*(?:līdz|lidz|[-–—])\s*(?:plkst\.?\s*)?)([01]?\d|2[0-4])(?![\d:])(?!,\d)"
    r"(?!\.\s*(?:\d|janv|febr|mart|apr|maij|jun|jul|aug|sept|okt|nov|dec|klas|kurs|gad|g\b))"
    r"(?!\s*(?:h\b|st\b|st\.|stund|min|m[eē]ne|gad|klas|eur|%))", re.I)


# A twelve-hour clock with its half of the day ("2pm", "9 a.m.", "2:30 PM"), as a sheet kept in
# English writes it: the day's clock it names (12 am is midnight, 12 pm noon).
_TWELVE_HOUR = re.compile(
    r"(?<![\d.:,])(1[0-2]|0?[1-9])(?:[.:]([0-5]\d))?\s?([ap])\.?m\b\.?", re.I)


def _day_clock(match: re.Match[str]) -> str:
    hour = int(match.group(1)) % 12 + (12 if match.group(3).lower() == "p" else 0)
    return f"{hour}:{match.group(2) or '00'}"


def whole_hour_clocks(text: str) -> str:
    """`text` with whole hours said as a range written as clocks ("no 9:00 līdz 13:00"), and a
    twelve-hour clock's "2pm" as the day's "14:00"."""
    text = _TWELVE_HOUR.sub(_day_clock, text)
    text = WHOLE_HOURS.sub(
        lambda m: f"{m.group(1)}{m.group(2)}:00{m.group(3)}{m.group(4)}:00", text)
    text = _WHOLE_THEN_CLOCK.sub(lambda m: f"{m.group(1)}{m.group(2)}:00", text)
    return _CLOCK_THEN_WHOLE.sub(lambda m: f"{m.group(1)}{m.group(2)}:00", text)


def parse_time_range(text: str | None) -> tuple[time, time] | None:
    """'08:00-12:30' (also '8.00 – 12.30', 'no 8:00 līdz 12:30', 'no plkst. 8 līdz 12')
    -> (time(8, 0), time(12, 30))."""
    if not text:
        return None
    match = TIME_RANGE.search(whole_hour_clocks(fold(text)))
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


def _and_a_half(token: str) -> float | None:
    """A unit written as one word with "-arpus" ("divarpus" 2.5, "četrarpus" 4.5)."""
    if not token.endswith("arpus") or len(token) < 8:
        return None
    stem = token[:-len("arpus")]
    value = next((v for form, v in UNITS.items() if form.startswith(stem)), None)
    return value + 0.5 if value is not None else None


def _words_value(folded: str) -> float | None:
    tokens = re.findall(r"[a-z]+", folded)
    if tokens == ["stunda"]:
        return 1.0  # "stunda" alone in an hours cell: one hour
    total: float = 0
    seen = False
    for index, token in enumerate(tokens):
        half = _and_a_half(token)
        if half is not None and not seen:
            total += half  # "divarpus", "trīsarpus": a unit and a half
            seen = True
        elif token in TENS:
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
    folded = _one_hour_mended(fold(str(text)).strip())
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
    if match is None and not _AN_HOUR_WORD.search(folded):
        # "90 min nedēļā": minutes alone, no hours beside them (nor lessons counted in hours
        # "of 45 minutes"), are a part of an hour.
        minutes = _MINUTES_ONLY.search(folded)
        if minutes is not None and len(_NUMBER.findall(folded)) == 1:
            return round(int(minutes.group(1)) / 60, 2)
    if match:
        return max(float(match.group(1).replace(",", ".")), float(match.group(2).replace(",", ".")))
    match = _NUMBER_WITH_UNIT.search(folded) or next(
        (m for m in _NUMBER.finditer(folded)
         if not date_part(folded, m) and not _OTHER_UNIT.match(folded, m.end())), None)
    if match is not None and _OUT_OF.match(folded, match.end()):
        return None
    if match:
        if match.group(1):
            return None
        value = float(match.group(2).replace(",", "."))
        return value
    return _words_value(folded)  # "sešas stundas, no 2025. gada": the date's numbers are none


# A count of months, years, days or weeks ("termiņš: 12 mēneši", "3 gadi", "5 d."): a number
# with its own unit, a term or an age, never a count of hours.
_OTHER_UNIT = re.compile(r"\s*(?:men(?:es|\.|\b)|gad(?:i|s|u|us|os|iem|a)?\b|dien(?:as|u|am)\b|d\."
                         r"|nedel(?:as|u)\b)")


# A score out of its maximum ("13 no 30", "4/5"): a sum of points, not of hours.
_OUT_OF = re.compile(r"\s*(?:no|/)\s*\d+(?![\d.,:])(?!\s*(?:lidz|-|–))")


# A year ("2025. gada", "2025. g."), a day before its month ("1. jūnija") or a part of a
# numeric date ("01.06.2025") is never a count of hours.
_AFTER_DATE_NUMBER = re.compile(r"\.\s*(?:g\b|g\.|gad|" + MONTH_WORD + ")")


def date_part(folded: str, match: re.Match[str]) -> bool:
    """Whether the number `match` found in `folded` is a year, a day or a part of a date."""
    number = match.group(2) if match.lastindex and match.lastindex >= 2 else match.group(0)
    after = folded[match.end():]
    if _AFTER_DATE_NUMBER.match(after):
        return True
    before = folded[max(0, match.start() - 6):match.start()]
    if (re.match(r"\.\d{1,2}\.", after) or re.search(r"\d{1,2}\.\d{1,2}\.$", before)
            or ("." in number and re.match(r"\.\d{2,4}\b", after))):
        return True
    return bool(re.fullmatch(r"(?:19|20)\d\d", number))


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


# --- a week's hours from a schedule --------------------------------------------------------
# Certificates and opinions often print not the weekly figure but how it is made: "četras
# stundas dienā, no pirmdienas līdz piektdienai", "trīs dienas nedēļā no 9.00 līdz 15.00",
# "četras reizes nedēļā pa divām stundām". The weekly figure is then the hours of one day (or
# one visit) times the days (or visits) of a week; a daily figure alone is not a weekly one.
WEEKDAYS = ("pirmdien", "otrdien", "tresdien", "ceturtdien", "piektdien", "sestdien", "svetdien")
_WEEKDAY = r"(" + "|".join(WEEKDAYS) + r")\w*"
_QUANTITY = r"(\d+(?:[.,]\d+)?|[a-z]+(?:\s+[a-z]+)?)"
# "6 mācību stundas", "2 akadēmiskās stundas": a lesson's hours, counted as printed.
_UNIT = (r"\s*(?:\([^)]{0,20}\)\s*)?(?:(?:macibu|akademisk\w*|astronomisk\w*)\s+)?"
         r"(?:h\b|st\b\.?|stund\w*)")
_WEEK = r"(?:nedel\w*|per\s+nedelu|/\s*ned\b\.?)"  # "30 h/ned."
_WEEKLY = (
    re.compile(_QUANTITY + _UNIT + r"\s*" + _WEEK),
    re.compile(r"\bnedela\s+(?:kopa\s+)?(?!pa\b)" + _QUANTITY + _UNIT),
)
_WEEKLY_TOTAL = re.compile(r"\bkopa[:\s]+" + _QUANTITY + _UNIT)
_DAILY = (
    re.compile(_QUANTITY + _UNIT + r"\s*(?:diena|dienas laika|katru (?:darba )?dienu)\b"),
    re.compile(r"\b(?:diena|dienas)\s+" + _QUANTITY + _UNIT + r"(?!\s*" + _WEEK + ")"),
    re.compile(r"\bpa\s+" + _QUANTITY + _UNIT),  # "pa divām stundām": each visit's length
    # "katru reizi divarpus stundas", "katrā reizē 3 h", "ik reizi pa ...": each visit's length
    # "divreiz nedēļā, katrs pusotru stundu": each one (a rehearsal, a lesson) as long.
    re.compile(r"\b(?:katru reizi|katra reize|ik reizi|vienu reizi|viena reize|reize|katrs|katra)"
               r"\s+(?:pa\s+)?"
               + _QUANTITY + _UNIT),
)
# "trīs dienas nedēļā", "divas procedūras nedēļā", "reizi nedēļā" (once); not "20 stundas nedēļā"
_TIMES_A_WEEK = re.compile(
    r"(?:\b(\d+|[a-z]+)\s+)?(?:darba\s+)?(?!stund|st\b|h\b)(reiz\w*|[a-z]{4,})\s*(?:\(\w+\)\s*)?"
    + _WEEK
)
_WEEKDAY_RANGE = re.compile(r"\b" + _WEEKDAY + r"\s*(?:-|–|—|lidz)\s*" + _WEEKDAY)
# Weekdays cut short in a row of days ("P.–Pk.", "O.-C."): a run of them; the full stop after
# the first keeps single letters from being read as days.
_DAY_SHORT = {"p": 0, "o": 1, "t": 2, "c": 3, "pk": 4, "s": 5, "sv": 6}
# ... or with no stop when the dash joins them straight ("P–Pk", "O-C").
_SHORT_DAY_RANGE = re.compile(
    r"(?<![\w.])(pk|sv|p|o|t|c|s)(?:\.\s*|(?=[-–—]))(?:-|–|—)\s*(pk|sv|p|o|t|c|s)\b\.?")
# One day cut short with its stop right before a from-to ("C. 18.00–20.00"): once a week.
_SHORT_DAY_ONE = re.compile(
    r"(?<![\w.,])(?:pk|sv|p|o|t|c|s)\.\s+(?=\d{1,2}[.:]\d{2}\s*[-–—]\s*\d{1,2}[.:]\d{2}(?![\d:]))")
# A row of days cut short, three or more ("P. | O. | T. | C. | Pk."): the days named.
_SHORT_DAY_ROW = re.compile(r"(?<![\w.])(?:(?:pk|sv|p|o|t|c|s)\.\s+){2,6}(?:pk|sv|p|o|t|c|s)\.")
# Days cut short in a list with commas, three or more ("P, T, Pk.": Monday, Wednesday, Friday).
_SHORT_DAY_LIST = re.compile(
    r"(?<![\w.,])(?:(?:pk|sv|p|o|t|c|s)\.?\s*,\s*){2,6}(?:pk|sv|p|o|t|c|s)\b\.?")
# Two days cut short, each with its full stop, parted by a comma or "un" ("O., Pk.", "T. un
# C."): the stops keep a letter of another word from being read as a day.
_SHORT_DAY_PAIR = re.compile(
    r"(?<![\w.,])(pk|sv|p|o|t|c|s)\.\s*(?:,|\bun\b)\s*(pk|sv|p|o|t|c|s)\.(?![\w,])")
# Two clock times side by side with nothing between: a table's "no" and "līdz" columns.
_CLOCK_PAIR = re.compile(r"(?<![\d:.])(\d{1,2}[:.]\d{2})\s+(\d{1,2}[:.]\d{2})(?![\d:])")
# "darba dienās", "katru darba dienu", "darbdienās": the week's five working days (the
# "darba" of a time word, not work as an activity).
WORKING_DAYS = re.compile(r"\b(?:darba dien\w*|darbdien\w*)")
# Weekdays said as when something recurs ("sestdienās", "otrdienās"): every such day.
_ON_WEEKDAYS = re.compile(r"\b(?:" + "|".join(WEEKDAYS) + r")as\b")
# Days (visits) times each one's hours: "3 x 6 h", "3× 6 st.", "2 reizes x 3 h" (a week's).
_PRODUCT = re.compile(r"(?<![\w.,])([1-7])\s*(?:reiz\w*\s*|d\.\s*|dienas\s*)?[x×*]\s*"
                      r"(\d{1,2}(?:[.,]\d{1,2})?)" + _UNIT + r"(?!\s*(?:men|gad))")
# Days a week with the noun cut short: "5 d. nedēļā", "3 dn./ned.".
_DAYS_SHORT = re.compile(r"(?<![\w.,])([1-7])\s*(?:d|dn|dien)\.\s*" + _WEEK)
# "2x ned.", "2 reiz ned.", "3× nedēļā": a figure of times a week as a hurried hand writes it.
_N_X_WEEK = re.compile(r"(?<![\w.,])([1-7])\s*(?:x|×|reiz\w*)\s*(?:ned\b\.?|nedel\w*)")
# "divreiz nedēļā", "trīsreiz": a unit and "reiz" in one word
_N_TIMES = re.compile(r"\b([a-z]{3,5})reiz\b")
# A count of days or visits beside a day's hours, the week understood: "4 st. dienā,
# 5 dienas", "5 dienas pa 2 st." (not "5 dienas mēnesī", "pirmās 3 dienas").
# A comma glued to the word before the count ("dienā,5 dienas": a scan lost the space) parts
# them as well; a comma after a figure ("1,5 dienas") is a decimal one.
_DAYS_COUNTED = re.compile(
    r"(?<![\w.])(?<!\d,)(\d|[a-z]+)\s+(?:darba\s+)?(?:dienas|dienam|reizes|reizem)\b"
    r"(?!\s+(?:\S+\s+)?(?:men|gad))")
# "lh 15 min": OCR's reading of "1h 15 min", the figure one taken for a thin letter; before
# "h" and a count of minutes no letter stands alone but the hour's one.
_ONE_HOUR_SLIP = re.compile(r"(?<![\w.,])[li|](?=\s?h\s*\d{1,2}\s*min)")


def _one_hour_mended(folded: str) -> str:
    return _ONE_HOUR_SLIP.sub("1", folded)


# "2 st. 30 min.": one duration, in hours
_WITH_MINUTES = re.compile(
    r"(?<![\d.,:])(\d{1,2})\s*(?:h\b|st\b\.?|stund\w*)\s*(\d{1,2})\s*min\w*\.?")


# A lesson's length in minutes said beside a count of lessons: "6 mācību stundas dienā pa 40
# minūtēm", "5 stundas (katra 45 min.)", "4 mācību stundas pa 40 min.", "6 40 minūšu stundas";
# or a lesson's length given as an equation in brackets: "(mācību stunda — 40 minūtes)",
# "(1 mācību stunda = 45 min.)".
_LESSON_MINUTES = re.compile(
    r"\bstund\w*\s+(?:diena\s+|dienas\s+)?[(,]?\s*(?:pa|katra|katra\s+pa|ilgums|[-–—=:])\s*"
    r"(\d{2})\s*min\w*|(\d{2})\s*minusu\s+(?:macibu\s+)?stund")


# The week's figure is counted in lessons: "34 mācību stundas", "mācību stundu skaits nedēļā".
_WEEKLY_LESSONS = re.compile(r"\d\s*(?:\(\w+\)\s*)?macibu\s+stund|macibu\s+stundu\s+skaits")


@dataclass(frozen=True)
class Schedule:
    """What one sentence says about a week's hours."""

    weekly: float | None = None  # a weekly figure printed ("kopā 20 stundas nedēļā")
    each: float | None = None  # the hours of one day or one visit ("no 9.00 līdz 13.00")
    times: int | None = None  # days or visits a week ("no pirmdienas līdz piektdienai")
    # The hours of a period of several weeks and its weeks ("12 stundas divās nedēļās": 12, 2).
    period: tuple[float, int] | None = None
    # Days of different lengths added up ("piektdienās no 16 līdz 20 un sestdienās no 9 līdz
    # 15": 4 + 6), and how many days they are.
    days_added: tuple[float, int] | None = None
    # Lessons a day when their length is said in minutes ("6 mācību stundas dienā pa 40
    # minūtēm": 6; `each` is then 4 hours).
    lessons: float | None = None
    # Items of a list, each with its own count and length ("konsultācijas reizi nedēļā (1
    # stunda); nodarbības divreiz nedēļā pa pusotrai stundai": 1 + 3), added up, and how many.
    parts_added: tuple[float, int] | None = None
    # A day's unpaid break taken off `each` ("7.00–15.30, pārtraukums 30 minūtes": 8, 0.5).
    pause: float | None = None
    # A shift rota: days on, days off and a shift's hours ("2 dienas strādā, 2 dienas brīvas,
    # maiņas ilgums 12 stundas": 2, 2, 12); its week is a cycle's hours times 7 / its days.
    rota: tuple[int, int, float] | None = None

    @property
    def day_span(self) -> float | None:
        """A day's clock span before its break was taken off (what a label may have read)."""
        return None if self.each is None else round(self.each + (self.pause or 0), 2)

    @property
    def computed(self) -> float | None:
        """One day's (one visit's) hours times the days (visits) of a week, when both are said;
        else a longer period's hours shared over its weeks."""
        if self.rota is not None:
            on, off, shift = self.rota
            return round(on * shift * 7 / (on + off), 2)
        if self.each is None or self.times is None:
            if self.period is not None:
                return round(self.period[0] / self.period[1], 2)
            if self.days_added is not None:
                return self.days_added[0]
            if self.parts_added is not None:
                return self.parts_added[0]
            return None
        return round(self.each * self.times, 2)

    @property
    def how(self) -> str:
        """How the week was computed, for a note."""
        if self.rota is not None:
            on, off, shift = self.rota
            return (f"computed (a rota of {on} days on, {off} off, {shift:g} h a shift: "
                    f"{on * shift:g} h every {on + off} days)")
        if self.each is None or self.times is None:
            if self.lessons is not None and self.weekly is not None:
                return f"computed ({self.lessons:g} lessons a week, each shorter than an hour)"
            if self.period is not None:
                return f"computed ({self.period[0]:g} h over {self.period[1]} weeks)"
            if self.days_added is not None:
                return f"computed (the spans of {self.days_added[1]} days added up)"
            if self.parts_added is not None:
                return f"computed (the weeks of {self.parts_added[1]} listed items added up)"
            return "printed"
        return f"computed ({self.each:g} h x {self.times} a week)"

    @property
    def hours_per_week(self) -> float | None:
        """The printed weekly figure, else the computed one."""
        return self.weekly if self.weekly is not None else self.computed

    @property
    def daily_only(self) -> bool:
        """A day's (a visit's) hours without how many a week: not a weekly figure."""
        return self.weekly is None and self.each is not None and self.times is None


_NUMBER_WORDS = frozenset({*UNITS, *TEENS, *TENS, *HALF_WORDS, "ar", "pusi", "un"})


def _quantity(text: str) -> float | None:
    """A number in digits or in number words only ("pa divām" is no quantity, "divām" is)."""
    text = text.strip()
    if re.fullmatch(r"\d+(?:[.,]\d+)?", text):
        return float(text.replace(",", "."))
    tokens = text.split()
    if not all(token in _NUMBER_WORDS or _and_a_half(token) for token in tokens):
        # "vidēji sešas": the word before the number is not part of it
        return _words_value(tokens[-1]) if tokens and (
            tokens[-1] in _NUMBER_WORDS or _and_a_half(tokens[-1])) else None
    return _words_value(text)


def _first_quantity(patterns: tuple[re.Pattern[str], ...], folded: str) -> float | None:
    for pattern in patterns:
        for match in pattern.finditer(folded):
            value = _quantity(match.group(1))
            if value is not None and value > 0:
                return value
    return None


def _times_a_week(folded: str) -> int | None:
    """How many days or visits a week a sentence names; None when it names none or disagrees."""
    counts: set[int] = set()
    for match in _TIMES_A_WEEK.finditer(folded):
        value = None if match.group(1) is None else _quantity(match.group(1))
        if value is None:
            if match.group(2) in ("reizi", "reize"):
                counts.add(1)  # "reizi nedēļā": once
            continue
        if value == int(value) and 1 <= value <= 7:
            counts.add(int(value))
    for match in _DAYS_SHORT.finditer(folded):
        counts.add(int(match.group(1)))  # "5 d. nedēļā": days cut short
    for match in _N_X_WEEK.finditer(folded):
        counts.add(int(match.group(1)))  # "2x ned.", "2 reiz ned.": a hurried hand's count
    for match in _N_TIMES.finditer(folded):
        stem = match.group(1)
        value = next((v for form, v in UNITS.items() if form.startswith(stem)), None)
        if value is not None and 1 <= value <= 7:
            counts.add(value)
    span = _WEEKDAY_RANGE.search(folded)
    short = _SHORT_DAY_RANGE.search(folded)
    if span:
        first, last = WEEKDAYS.index(span.group(1)), WEEKDAYS.index(span.group(2))
        if last > first:
            counts.add(last - first + 1)
    elif short:
        first, last = _DAY_SHORT[short.group(1)], _DAY_SHORT[short.group(2)]
        if last > first:
            counts.add(last - first + 1)
    elif (row := _SHORT_DAY_ROW.search(folded) or _SHORT_DAY_LIST.search(folded)) is not None:
        counts.add(len(set(re.findall(r"[a-z]+", row.group(0)))))
    elif (pair := _SHORT_DAY_PAIR.search(folded)) is not None and pair.group(1) != pair.group(2):
        counts.add(2)
    elif len(_SHORT_DAY_ONE.findall(folded)) == 1:
        counts.add(1)
    elif any(not _counted(folded[:m.start()]) for m in WORKING_DAYS.finditer(folded)):
        counts.add(5)  # "darba dienās": five, unless counted ("četras darba dienas nedēļā")
    else:
        # ... a day cut short too ("pirmd.", "ceturtd.", "(otrd, piektd.)"): the day's stem to
        # its "d", then a stop or the word's end.
        named = {day for day in WEEKDAYS
                 if re.search(r"\b" + day + r"|\b" + day[:-3] + r"(?:\.|(?![a-z]))", folded)}
        if named:
            counts.add(len(named))  # "trīs dienas" and three weekdays named agree
    if not counts:
        counts = {int(value) for match in _DAYS_COUNTED.finditer(folded)
                  if (value := _quantity(match.group(1))) is not None
                  and value == int(value) and 1 <= value <= 7}
    return counts.pop() if len(counts) == 1 else None


def times_a_week(text: str) -> int | None:
    """How many days or visits a week a text names ("otrdienās un ceturtdienās": 2, "3 reizes
    nedēļā": 3); None when it names none or disagrees."""
    return _times_a_week(fold(text))


def _counted(before: str) -> bool:
    """Whether the word before "darba dienas" counts them ("četras", "4")."""
    words = before.split()
    return bool(words) and _quantity(words[-1]) is not None


# Hours of a period longer than a week: "12 stundas divās nedēļās", "40 h 2 nedēļās"; a
# summed working time's reference period named apart from its hours ("pārskata periods – divas
# nedēļas; darba stundu skaits pārskata periodā – 40 stundas").
_HOURS_IN_WEEKS = re.compile(_QUANTITY + _UNIT + r"\s*(?:katras\s+|ik\s+|par\s+|uz\s+)?"
                             r"(\d|[a-z]+)\s+nedel(?:as|am|u)\b")
# The period first, its hours after: "katras divas nedēļas 8 stundas", "ik 2 nedēļas – 6 h".
_WEEKS_THEN_HOURS = re.compile(r"\b(?:katras|ik|reizi)\s+(\d|[a-z]+)\s+nedel(?:as|u)\b\s*"
                               r"(?:[-–—:,]\s*)?(?:pa\s+)?" + _QUANTITY + _UNIT)
_PERIOD_WEEKS = re.compile(r"\bperiod\w*\s*(?:[-–—:]|ir)?\s*(\d|[a-z]+)\s+nedel(?:as|u)\b")
_PERIOD_HOURS = re.compile(r"\bperioda\s*(?:[-–—:]|ir)?\s*" + _QUANTITY + _UNIT)


def weeks_count(word: str) -> int | None:
    """A count of weeks above one, in digits or in words ("divās", "3")."""
    value = _quantity(word)
    return int(value) if value is not None and value == int(value) and 2 <= value <= 8 else None


def _period(folded: str) -> tuple[float, int] | None:
    """The hours of a period of several weeks, and its weeks, when a sentence names them."""
    for match in _HOURS_IN_WEEKS.finditer(folded):
        hours, weeks = _quantity(match.group(1)), weeks_count(match.group(2))
        if hours and weeks:
            return hours, weeks
    for match in _WEEKS_THEN_HOURS.finditer(folded):
        hours, weeks = _quantity(match.group(2)), weeks_count(match.group(1))
        if hours and weeks:
            return hours, weeks
    weeks_match, hours_match = _PERIOD_WEEKS.search(folded), _PERIOD_HOURS.search(folded)
    if weeks_match and hours_match:
        hours, weeks = _quantity(hours_match.group(1)), weeks_count(weeks_match.group(1))
        if hours and weeks:
            return hours, weeks
    return None


# A shift rota: days worked then days off, each a count in digits or words ("2 dienas strādā,
# 2 dienas brīvas", "divas dienas darbā, divas brīvdienas"), and a shift's length ("maiņas
# ilgums 12 stundas", "12 stundu maiņas", "pa 12 stundām").
_ROTA = re.compile(r"\b(\d{1,2}|[a-z]+)\s+dien\w*\s+(?:strada\w*|darba)\b[\s,;/–—-]*(?:un\s+)?"
                   r"(\d{1,2}|[a-z]+)\s+(?:dien\w*\s+)?briv\w*")
_SHIFT = (
    re.compile(r"\bmain\w*\s+(?:(?:ilgum\w*|garum\w*)\s*)?(?:[-–—:]\s*|ir\s+)?" + _QUANTITY
               + _UNIT),
    re.compile(_QUANTITY + r"\s*(?:h\b|st\b\.?|stund\w*)\s+(?:gar\w*\s+)?main"),
    re.compile(r"\bpa\s+" + _QUANTITY + _UNIT),
)


def _rota(folded: str) -> tuple[int, int, float] | None:
    """Days on, days off and a shift's hours, when a sentence states all three; a shift of
    more than a day's 24 hours or a cycle longer than four weeks is no rota read right."""
    match = _ROTA.search(folded)
    if match is None:
        return None
    on, off = _quantity(match.group(1)), _quantity(match.group(2))
    shift = _first_quantity(_SHIFT, folded)
    if not on or not off or not shift or not on.is_integer() or not off.is_integer():
        return None
    if shift > 24 or on + off > 28:
        return None
    return int(on), int(off), shift


# Lessons counted with the hours they make in brackets ("5 mācību stundas (3 astronomiskās
# stundas) dienā"): the hours are the astronomical ones (folded).
_LESSONS_IN_HOURS = re.compile(
    r"\b\d+(?:[.,]\d+)?\s*(?:macibu\s+)?(?:stundas|stundu|stundam|st\.?)\s*\(\s*(?:t\.\s*i\.\s*,?\s*)?"
    r"(\d+(?:[.,]\d+)?)\s*astronomisk\w*\s+(?:stundas|stundu|st\.?|h)\s*\)")


def parse_schedule(text: str | None) -> Schedule | None:
    """What a sentence says about a week's hours, or None when it says nothing of hours.

    "Darba laiks – četras stundas dienā (no 9.00 līdz 13.00), no pirmdienas līdz piektdienai"
    -> each 4, times 5 (computed 20); "... kopā 20 stundas nedēļā" adds the printed weekly 20;
    "četras reizes nedēļā pa divām stundām" -> 4 x 2; "trīs dienas nedēļā ... no 9.00 līdz
    15.00" -> 3 x 6; "četras stundas dienā" alone is daily only.
    """
    if not text:
        return None
    folded = _WITH_MINUTES.sub(lambda m: f"{int(m.group(1)) + int(m.group(2)) / 60:.4g} st.",
                               clock_pairs(whole_hour_clocks(_one_hour_mended(fold(text)))))
    folded = _LESSONS_IN_HOURS.sub(r"\1 stundas", folded)
    parts = _parts_added(folded) or _named_parts(folded)
    if parts is not None:
        return Schedule(parts_added=parts)
    rota = _rota(folded)
    if rota is not None:
        return Schedule(weekly=_first_quantity(_WEEKLY, folded), rota=rota)
    period = _period(folded)
    if period is not None:
        # A fortnight's hours are no week's, nor is "divas nedēļas" a count of days.
        return Schedule(period=period)
    product = _PRODUCT.search(folded)
    if product is not None:
        # "3 x 6 h nedēļā": the days (visits) times each one's hours; the week that follows is
        # the product's, not a printed figure. A total printed beside it ("kopā 18 h") wins.
        rest = folded[:product.start()] + " " + folded[product.end():]
        return Schedule(
            weekly=_first_quantity((_WEEKLY_TOTAL,), rest) or _first_quantity(_WEEKLY, rest),
            each=float(product.group(2).replace(",", ".")), times=int(product.group(1)))
    weekly = _first_quantity(_WEEKLY, folded)
    times = _times_a_week(folded)
    if weekly is None and (times is not None or re.search(r"\bnedel", folded)):
        weekly = _first_quantity((_WEEKLY_TOTAL,), folded)
    each = _first_quantity(_DAILY, folded)
    lesson = _LESSON_MINUTES.search(folded)
    lessons = None
    if each is not None and lesson is not None:
        # "6 mācību stundas dienā pa 40 minūtēm": six lessons of 40 minutes are four hours.
        minutes = int(next(g for g in lesson.groups() if g))
        if 30 <= minutes < 60:
            lessons, each = each, round(each * minutes / 60, 2)
    elif weekly is not None and lesson is not None and _WEEKLY_LESSONS.search(folded):
        # "34 mācību stundas nedēļā (mācību stundas ilgums 45 minūtes)": a week's lessons,
        # each shorter than an hour, are 25.5 hours.
        minutes = int(next(g for g in lesson.groups() if g))
        if 30 <= minutes < 60:
            lessons, weekly = weekly, round(weekly * minutes / 60, 2)
    each_from_spans = each is None
    pause = None
    if each is None:
        spans = list(TIME_RANGE.finditer(folded))
        clocks = [parse_time_range(span.group(0)) for span in spans]
        lengths = [duration_hours(*clock) for clock in clocks if clock]
        if len(spans) == 1:  # several spans (different days) are no one day's length
            each = lengths[0] if lengths else None
        elif len(spans) > 1 and times is not None and _one_days_spans(folded, spans, clocks):
            # "katru mācību dienu (piecas dienas nedēļā) no 8.20 līdz 12.20 un pagarinātās
            # dienas grupu no 14.00 līdz 15.00": both spans are each of those days'.
            each = round(sum(lengths), 2)
        elif len(lengths) == len(spans) == times and len(set(lengths)) == 1:
            # The same span under each day named ("Pirmdiena | Otrdiena ... / no 9 līdz 13 |
            # no 9 līdz 13 ..."): one day's length (spans that differ may be a list to tick).
            each = lengths[0]
    if each is not None and each_from_spans:
        # "no 7.00 līdz 15.30, pusdienu pārtraukums 30 minūtes, kas nav iekļauts darba laikā":
        # a day's break is no working time unless the sentence says it is counted.
        less = _less_the_break(folded, each)
        pause = round(each - less, 2) if less != each else None
        each = less
    if weekly is None and each is None and times is not None and _ON_WEEKDAYS.search(folded):
        # "sestdienās 2 h", "otrdienās un ceturtdienās 1,5 h": the hours of each day named.
        units = list(_NUMBER_WITH_UNIT.finditer(folded))
        if len(units) == 1 and not units[0].group(1):
            each = float(units[0].group(2).replace(",", "."))
    if weekly is None and each is None and times is not None and _recurs(folded):
        # "divas stundas trīs reizes nedēļā", "katru sestdienu divas stundas", "pirmdienās un
        # trešdienās; katra procedūra ilgst četras stundas": the one length said, in digits or
        # in words, before or after its count, is each day's (visit's).
        each = _one_length(folded)
    days_added = None
    if weekly is None and each is None:
        days_added = _days_added(folded, times)
        if days_added is None:
            return None
    return Schedule(weekly=weekly, each=each, times=times, days_added=days_added,
                    lessons=lessons, pause=pause)


# A day's break and its length, either order ("pārtraukums 30 minūtes", "30 min pusdienu
# pārtraukums", "pusstundu gara pusdienu pārtraukuma"), and words saying it is counted.
_BREAK = re.compile(r"partraukum\w*\s*(?:[-–—:]\s*|ir\s+)?(\d{1,3})\s*min"
                    r"|(?<![\d.,:])(\d{1,3})\s*min\w*\.?\s+(?:\w+\s+)?partraukum")
_BREAK_COUNTED = re.compile(r"\b(?:ieklaut|ieskaitit|apmaksat)\w*")
_BREAK_NOT_COUNTED = re.compile(r"\b(?:nav|netiek|neieklau\w*|neieskait\w*|neapmaksa\w*)\b")


def _less_the_break(folded: str, each: float) -> float:
    """A day's hours from its clock span less the one break the sentence gives for it, unless
    the sentence says the break is counted in (paid) without saying it is not (Darba likums:
    a break is no working time)."""
    breaks = {int(m.group(1) or m.group(2)) for m in _BREAK.finditer(folded)}
    if len(breaks) != 1:
        return each
    if _BREAK_COUNTED.search(folded) and not _BREAK_NOT_COUNTED.search(folded):
        return each
    minutes = breaks.pop()
    if not 0 < minutes < 120 or minutes / 60 >= each:
        return each
    return round(each - minutes / 60, 2)


def _one_days_spans(folded: str, spans: list[re.Match[str]],
                    clocks: list[tuple[time, time] | None]) -> bool:
    """Whether a sentence's spans are all parts of the same days: no weekday named (a day's
    own span is `_days_added`'s), each joined to the one before by "un" (not "vai": a choice),
    and one ending before the next begins."""
    if re.search(r"\b(?:" + "|".join(WEEKDAYS) + r")", folded) or None in clocks:
        return False
    for before, after, first, second in zip(spans, spans[1:], clocks, clocks[1:], strict=False):
        between = folded[before.end():after.start()]
        if not re.search(r"\bun\b", between) or re.search(r"\bvai\b", between):
            return False
        if first is None or second is None or first[1] > second[0]:
            return False
    return True


# A day said as recurring: "katru sestdienu", "ik pirmdienu", "katrā otrdienā".
_EVERY_WEEKDAY = re.compile(r"\b(?:katr[ua]|ik)\s+" + _WEEKDAY)
# An hours figure with its unit, in digits or in number words ("četras stundas", "2 h"); one
# that is a month's, a year's or a week's is no day's length.
_LENGTH = re.compile(_QUANTITY + _UNIT + r"(?!\s*(?:men|gad|/\s*men|nedel|kopa))")


def _recurs(folded: str) -> bool:
    """Whether a sentence says its days recur each week (a count a week, weekdays in the
    plural, "katru sestdienu", a run of weekdays): not one dated day's hours."""
    return bool(re.search(r"\bnedel", folded) or _ON_WEEKDAYS.search(folded)
                or _EVERY_WEEKDAY.search(folded) or _WEEKDAY_RANGE.search(folded)
                or WORKING_DAYS.search(folded))


def _one_length(folded: str) -> float | None:
    """The one hours figure a sentence gives (None when it gives none or several)."""
    found = {value for match in _LENGTH.finditer(folded)
             if (value := _quantity(match.group(1))) is not None and 0 < value <= 12}
    return found.pop() if len(found) == 1 else None


# A list's items: after a colon, parted by semicolons, each may open with a dash or a bullet.
_LIST_ITEM_SPLIT = re.compile(r"\s*;\s*|:\s*(?=[-–—•*]\s)")


def _parts_added(folded: str) -> tuple[float, int] | None:
    """The weeks of a list's items added up, when two or more items each say their own count
    a week and their own length ("konsultācijas reizi nedēļā (1 stunda); nodarbības divreiz
    nedēļā pa pusotrai stundai"), and no item says a week's figure or a length alone."""
    parts = [p.strip(" -–—•*.") for p in _LIST_ITEM_SPLIT.split(folded)]
    # The items that speak of time (not the sentence's opening naming the person and place).
    parts = [p for p in parts if re.search(r"stund|\bh\b|\bst\b|\bmin|\d[.:]\d\d", p)]
    if len(parts) < 2:
        return None
    total = 0.0
    for part in parts:
        schedule = parse_schedule(part)
        if schedule is None or schedule.weekly is not None or schedule.each is None \
                or schedule.times is None:
            return None
        total += schedule.each * schedule.times
    return round(total, 2), len(parts)


# A week said in named parts, each with its own hours ("teorētiskās mācības 16 h; praktiskās
# mācības mācību darbnīcā 12 h", "lekcijas 10 h nedēļā un prakse 6 h nedēļā"): a figure for a
# part is no figure for the week. Parts are parted by a semicolon, a comma, "un" or "+".
_PART_SPLIT = re.compile(r"\s*;\s*|,\s+|\s+\+\s+|\s+un\s+")
_PART_HOURS = re.compile(r"(?<![\d.,:])(\d{1,2}(?:[.,]\d{1,2})?)" + _UNIT
                         + r"(?!\s*(?:/\s*)?(?:men|gad|min))")
# What makes the figures something else than a week's parts: a total printed ("kopā"), one
# figure within another ("no tām", "tai skaitā"), a choice ("vai"), a range ("līdz"), a day's or
# a visit's length (left to the count of days and visits), clock spans.
_NOT_PARTS = re.compile(r"\b(?:kopa|no\s+tam|tai\s+skaita|t\.\s*sk|ieskaitot|vai|lidz|diena|dienu|"
                        r"katr\w*|ik|reiz\w*|pa|min\w*)\b|[x×*]\s*\d")
# Words that are no part's name: the unit, the week, a lesson's word.
_NO_PART_NAME = re.compile(r"^(?:nedel\w*|stund\w*|akadem\w*|astronom\w*|macibu)$")


def _named_parts(folded: str) -> tuple[float, int] | None:
    """The week's parts added up when a sentence that speaks of a week gives two or more named
    parts, each with one hours figure of its own and none a total, a day's or a visit's."""
    if not re.search(r"\bnedel", folded) or _NOT_PARTS.search(folded) \
            or TIME_RANGE.search(folded):
        return None
    parts = [part for part in _PART_SPLIT.split(folded) if _PART_HOURS.search(part)]
    if len(parts) < 2:
        return None
    # The week is said of every part: in each, or once before the first figure ("Mācību slodze
    # nedēļā: ..."), or once after the last ("... un prakse 6 h nedēļā"); a week said of one
    # part only (rows of a form run together into one sentence) is no week of parts.
    weekly = [bool(re.search(r"\bnedel", part)) for part in parts]
    first, last = _PART_HOURS.search(parts[0]), list(_PART_HOURS.finditer(parts[-1]))[-1]
    if not (all(weekly) or re.search(r"\bnedel", parts[0][:first.start()] if first else "")
            or (re.search(r"\bnedel", parts[-1][last.end():]) and not any(weekly[:-1]))):
        return None
    total = 0.0
    for part in parts:
        figures = _PART_HOURS.findall(part)
        words = re.findall(r"[a-z]{4,}", _PART_HOURS.sub(" ", part))
        named = [w for w in words if not _NO_PART_NAME.match(w) and w not in _NUMBER_WORDS]
        if len(figures) != 1 or not named:
            return None
        total += float(figures[0].replace(",", "."))
    return round(total, 2), len(parts)


def _days_added(folded: str, times: int | None) -> tuple[float, int] | None:
    """Each day's own span added up, when every span follows the weekdays it is for and no day
    is named twice ("piektdienās no 16:00 līdz 20:00 un sestdienās no 9:00 līdz 15:00"): the
    week's hours and its days; None otherwise, or when a count of days disagrees."""
    spans = list(TIME_RANGE.finditer(folded))
    if len(spans) < 2:
        return None
    total, before = 0.0, 0
    seen: set[str] = set()
    for span in spans:
        head = folded[before:span.start()]
        before = span.end()
        clock = parse_time_range(span.group(0))
        run = _WEEKDAY_RANGE.search(head)
        if run is not None:
            first, last = WEEKDAYS.index(run.group(1)), WEEKDAYS.index(run.group(2))
            days = set(WEEKDAYS[first:last + 1]) if last > first else set()
        else:
            days = {m.group(1) for m in re.finditer(r"\b" + _WEEKDAY, head)}
        if clock is None or not days or days & seen:
            return None
        seen |= days
        total += duration_hours(*clock) * len(days)
    if not _recurs(folded) or (times is not None and times != len(seen)):
        return None
    return round(total, 2), len(seen)
