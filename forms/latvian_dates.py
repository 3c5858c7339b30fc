"""Latvian dates in every common style: parse, find in prose, format for generated documents."""

from __future__ import annotations

import re
import unicodedata
from datetime import date

# Month stems without diacritics (scans and typists drop them) and the declension the name follows:
# 1st declension (marts): -s, -a, -am, -u, -ā; 2nd declension (janvāris): -is, -a, -im, -i, -ī.
_MONTHS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("janvar", "2", ("janv", "jan")),
    ("februar", "2", ("febr", "feb")),
    ("mart", "1", ("mar",)),
    ("april", "2", ("apr",)),
    ("maij", "1", ("mai",)),
    ("junij", "1", ("jun",)),
    ("julij", "1", ("jul",)),
    ("august", "1", ("aug",)),
    ("septembr", "2", ("sept", "sep")),
    ("oktobr", "2", ("okt",)),
    ("novembr", "2", ("nov",)),
    ("decembr", "2", ("dec",)),
)
_ENDINGS = {"1": ("s", "a", "am", "u"), "2": ("is", "a", "im", "i", "u")}

# The locative ("3. martā") is what a date in a Latvian document uses; babel's Latvian locale
# only gives the nominative ("marts"), so the forms are a small table.
MONTHS_LOCATIVE = (
    "janvārī",
    "februārī",
    "martā",
    "aprīlī",
    "maijā",
    "jūnijā",
    "jūlijā",
    "augustā",
    "septembrī",
    "oktobrī",
    "novembrī",
    "decembrī",
)
MONTHS_NOMINATIVE = (
    "janvāris",
    "februāris",
    "marts",
    "aprīlis",
    "maijs",
    "jūnijs",
    "jūlijs",
    "augusts",
    "septembris",
    "oktobris",
    "novembris",
    "decembris",
)


# "2021. gada 3. augusta lēmums": how one document names the date of another.
MONTHS_GENITIVE = (
    "janvāra", "februāra", "marta", "aprīļa", "maija", "jūnija",
    "jūlija", "augusta", "septembra", "oktobra", "novembra", "decembra",
)


def date_genitive(day: date) -> str:
    """'2026. gada 3. decembra' (since: "no ...", and "2021. gada 3. marta izziņa")."""
    return f"{day.year}. gada {day.day}. {MONTHS_GENITIVE[day.month - 1]}"


# An e-mail printed from an English-language mail client dates it "Monday, 3 February 2025";
# the English names (and "oct") are months too. Every other English abbreviation is also a
# Latvian one.
_ENGLISH_MONTHS = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)


# A foreign paper's translation keeps the original's date as printed ("14. Januar 2025",
# "3. März 2025"): the German names that are neither Latvian nor English words, folded
# ("märz" is "marz", also typed "maerz"; Austria's "Jänner").
_GERMAN_MONTHS = {
    "januar": 1, "janner": 1, "februar": 2, "marz": 3, "maerz": 3, "juni": 6, "juli": 7,
    "oktober": 10, "dezember": 12,
}


def _month_words() -> dict[str, int]:
    words: dict[str, int] = {}
    for number, (stem, declension, abbreviations) in enumerate(_MONTHS, start=1):
        for ending in _ENDINGS[declension]:
            words[stem + ending] = number
        for abbreviation in abbreviations:
            words[abbreviation] = number
        words.setdefault(_ENGLISH_MONTHS[number - 1], number)
    words["oct"] = 10
    for word, number in _GERMAN_MONTHS.items():
        words.setdefault(word, number)
    return words


MONTH_WORDS = _month_words()
# Any month word, whole ("jūnijā", "jun."; not the "maiņa" or "aprūpe" a stem would take in),
# for every reader that must tell a date's month from other words.
MONTH_WORD = "(?:" + "|".join(sorted(MONTH_WORDS, key=len, reverse=True)) + r")\b"
_MONTH = "(?P<m>" + MONTH_WORD + r")\.?"
# Scans leave stray quotes and bars where a line broke: "no 2020.\n” gada 1. decembra".
_NOISE = r"[\s\"'”“„|]*"
_YEAR_WORD = r"(?:" + _NOISE + r"g(?:ada|ads|\.|\b))?"  # "2026. gada", "2026. g.", "2026.g"
# A scan's dash between the year's word and the day ("2025. gada-3. februārī": a field's edge
# or a speck read as a hyphen) is noise too there.
_NOISE_BEFORE_DAY = r"[\s\"'”“„|\-–]*"

# Longest first, so "viii" is not read as "vi" followed by noise.
_ROMAN_MONTHS = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii")
_ROMAN_MONTH = "|".join(sorted(_ROMAN_MONTHS, key=len, reverse=True))
# A scan's Roman month with an upright stroke read as a "1" beside an X or a V ("14.X1.2019.",
# "3.V11.2016."): no Arabic month is written so, the numeral is the month. A lone stroke or
# strokes alone ("11", "1I") are left to the pixels (extract/roman_strokes.py): "11" is a month
# of its own.
_ROMAN_OCR = {"x1": "xi", "x11": "xii", "xi1": "xii", "x1i": "xii", "v1": "vi", "v11": "vii",
              "vi1": "vii", "v1i": "vii", "v111": "viii", "1x": "ix", "1v": "iv",
              # three strokes one of which OCR read as a "1" ("7/1II-25"): no Arabic month
              "1ii": "iii", "i1i": "iii", "ii1": "iii",
              # all three read as "1" ("10/111-25"): no Arabic month is 111
              "111": "iii", "11i": "iii", "1i1": "iii", "i11": "iii"}
_ROMAN_MONTH_READ = "|".join(sorted((*_ROMAN_MONTHS, *_ROMAN_OCR), key=len, reverse=True))
# The same shape for the readers' own date-spotting patterns, whatever case they run in.
ROMAN_DATE_SHAPE = (
    r"(?<![\d.])\d{1,2}\s?\.\s?(?:(?i:" + _ROMAN_MONTH_READ + r")\s?\.\s?|(?-i:"
    + _ROMAN_MONTH.upper() + r")\s+)\d{4}(?!\d)\.?"
)
# "5.III.24": the same with its year shortened, for where a short date is read.
ROMAN_SHORT_DATE_SHAPE = (
    r"(?<![\d.])\d{1,2}\.\s?(?-i:" + _ROMAN_MONTH.upper() + r")\.\s?\d{2}\.?(?![\d/])(?!\.\d)"
)

# 5. III 2024 / 12. IX 2024.: the Roman month set off by spaces, no full stop after it; only
# in capitals as printed ("5. v 2024" in prose is no month).
_SPACED_ROMAN = re.compile(
    r"(?<![\d.])(?P<d>\d{1,2})\s?\.\s?(?P<rm>" + _ROMAN_MONTH + r")\s+(?P<y>\d{4})(?!\d)\.?"
)

_PATTERNS = (
    # 2026. gada 3. martā / 2026.gada 3.marts / 2026. g. 3. martā
    re.compile(
        r"(?<!\d)(?P<y>\d{4})\s*\.?" + _YEAR_WORD + _NOISE_BEFORE_DAY + r"(?P<d>\d{1,2})\s*\.?\s*"
        + _MONTH
    ),
    # 3. martā 2026. g. / 3. febr. 2026 / 3 marts, 2026; a signature's scrawl touching the
    # year, OCR read into it as a figure and letters ("14 apr. 20251A5V"), is no fifth digit.
    re.compile(
        r"(?<!\d)(?P<d>\d{1,2})\s*\.?\s*" + _MONTH
        + r"\s*,?\s*(?P<y>\d{4})(?:(?!\d)|(?=\d[^\W\d_]))\.?" + _YEAR_WORD
    ),
    # December 6, 2024 / Friday, February 3rd, 2025: an English-language mail client's date
    # (an English month name only, then the day, then the year).
    re.compile(
        r"(?<![\w.])(?P<m>" + "|".join(_ENGLISH_MONTHS) + r")\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?"
        r"\s*,?\s*(?P<y>\d{4})(?!\d)"
    ),
    # 2026-03-03 (ISO)
    re.compile(r"(?<!\d)(?P<y>\d{4})-(?P<mn>\d{1,2})-(?P<d>\d{1,2})(?!\d)"),
    # 2021.05.17. (year first, with dots: as an accounting program or a hand writes it)
    re.compile(r"(?<![\d.])(?P<y>\d{4})\.(?P<mn>\d{1,2})\.(?P<d>\d{1,2})(?![\d])\.?"),
    # 03.03.2026. / 3.03.2026 / 03/03/2026 / "03. 03. 2026" from a scan
    re.compile(r"(?<![\d.])(?P<d>\d{1,2})\s?[./]\s?(?P<mn>\d{1,2})\s?[./]\s?(?P<y>\d{4})(?!\d)\.?"),
    # 12.V.2023. / 30. VI. 2025: the month in Roman numerals, as typewritten and older papers
    # write it; folded text is in lower case.
    re.compile(
        r"(?<![\d.])(?P<d>\d{1,2})\s?\.\s?(?P<rm>" + _ROMAN_MONTH_READ + r")\s?\.\s?"
        r"(?P<y>\d{4})(?!\d)\.?"
    ),
    _SPACED_ROMAN,
    # 7/III-2025: a hand's date on a form, the day and the Roman month parted by a slash, the
    # year by a dash or another slash
    re.compile(
        r"(?<![\d./])(?P<d>\d{1,2})\s?/\s?(?P<rm>" + _ROMAN_MONTH_READ + r")\s?[-–/]\s?"
        r"(?P<y>\d{4})(?!\d)\.?"
    ),
    # 2021. g. 1. VI: the same Roman month after a year; only with the year's word, for a bare
    # "2021. 1. v" is as likely a clause's number.
    re.compile(
        r"(?<!\d)(?P<y>\d{4})\s*\.?" + _NOISE + r"g(?:ada|\.)" + _NOISE
        + r"(?P<d>\d{1,2})\s?\.\s?(?P<rm>" + _ROMAN_MONTH + r")(?![a-z\d])\.?"
    ),
)


# "8. jūnijā" without a year: a timesheet line whose year the heading gives (default_year)
_NO_YEAR = (
    re.compile(r"(?<![\d.])(?P<d>\d{1,2})\s*\.\s*" + _MONTH + r"(?!\s*,?\s*\d)"),
    # "01.03." in a timesheet row
    re.compile(r"(?<![\d./])(?P<d>\d{1,2})\.(?P<mn>\d{1,2})\.(?![\d/])"),
)
# "03.03.26", "03.03.26.": handwritten forms shorten the year; read only where a date is
# expected (a full stop after it ends the date, a digit after it makes it something else)
_SHORT_YEAR = re.compile(
    r"(?<![\d./])(?P<d>\d{1,2})\s?[./]\s?(?P<mn>\d{1,2})\s?[./]\s?(?P<yy>\d{2})"
    r"(?![\d/])(?!\.\d)"
)
# "05,03,25": a hurried hand's date with commas for its stops (day, month, two-digit year),
# read only where a date is expected, like any short year.
_COMMA_SHORT_YEAR = re.compile(
    r"(?<![\d.,])(?P<d>\d{1,2}),(?P<mn>\d{1,2}),(?P<yy>\d{2})(?![\d,])(?!\.\d)"
)
# "5.III.24": a Roman month with the year shortened, read where a short year is
_SHORT_YEAR_ROMAN = re.compile(
    r"(?<![\d./])(?P<d>\d{1,2})\s?\.\s?(?P<rm>" + _ROMAN_MONTH + r")\s?\.\s?(?P<yy>\d{2})"
    r"(?![\d/])(?!\.\d)"
)
# "7/III-25": the same hand's date with its year shortened
_SLASH_ROMAN_SHORT_YEAR = re.compile(
    r"(?<![\d./])(?P<d>\d{1,2})\s?/\s?(?P<rm>" + _ROMAN_MONTH_READ + r")\s?[-–/]\s?(?P<yy>\d{2})"
    r"(?![\d/])(?!\.\d)"
)
SHORT_YEAR_WINDOW = 10  # "26" is 2026 up to 10 years ahead of today, "45" is 1945


def fold(text: str) -> str:
    """Lower-case `text` and drop diacritics one character at a time, keeping every offset."""
    out = []
    for char in text.lower():
        decomposed = unicodedata.normalize("NFD", char)
        out.append(decomposed[0] if len(decomposed[0]) == 1 and decomposed[0].isascii() else char)
    return "".join(out)


def _value(match: re.Match[str], default_year: int | None = None) -> date | None:
    groups = match.groupdict()
    if groups.get("m"):
        month = MONTH_WORDS[groups["m"]]
    elif groups.get("rm"):
        month = _ROMAN_MONTHS.index(_ROMAN_OCR.get(groups["rm"], groups["rm"])) + 1
    else:
        month = int(groups["mn"])
    year: int | None
    if groups.get("yy"):
        year = 2000 + int(groups["yy"])
        if year > date.today().year + SHORT_YEAR_WINDOW:
            year -= 100
    else:
        year = int(groups["y"]) if groups.get("y") else default_year
    if year is None:
        return None
    if not 1800 <= year <= 2200:
        return None
    try:
        return date(year, month, int(groups["d"]))
    except ValueError:
        return None


_WORD = re.compile(r"[^\W\d_]{6,}")

# A date written in words, as a notary writes it: "divi tūkstoši divdesmit pirmā gada
# divpadsmitajā janvārī" (the year's and the day's ordinals, folded).
_ORDINAL_STEMS = {
    "pirm": 1, "otr": 2, "tres": 3, "ceturt": 4, "piekt": 5, "sest": 6, "septit": 7,
    "astot": 8, "devit": 9, "desmit": 10, "vienpadsmit": 11, "divpadsmit": 12,
    "trispadsmit": 13, "cetrpadsmit": 14, "piecpadsmit": 15, "sespadsmit": 16,
    "septinpadsmit": 17, "astonpadsmit": 18, "devinpadsmit": 19, "divdesmit": 20,
    "trisdesmit": 30,
}
_ORDINAL_WORD = r"(?:" + "|".join(sorted(_ORDINAL_STEMS, key=len, reverse=True)) + r")[a-z]*"
_IN_WORDS = re.compile(
    r"(?<![a-z])divi\s+tukstosi\s+(?P<yw>" + _ORDINAL_WORD + r"(?:\s+" + _ORDINAL_WORD + r")?)"
    r"\s+gada\s+(?P<dw>" + _ORDINAL_WORD + r"(?:\s+" + _ORDINAL_WORD + r")?)\s+" + _MONTH)
# The year in digits and only the day in words: "2025. gada divdesmit piektajā martā".
_DAY_IN_WORDS = re.compile(
    r"(?<!\d)(?P<y>\d{4})\s*\.?\s*g(?:ada|\.)\s*(?P<dw>" + _ORDINAL_WORD + r"(?:\s+"
    + _ORDINAL_WORD + r")?)\s+" + _MONTH)
# Its shape for the readers' date-spotting patterns (folded text, any case): the day's one or
# two ordinal words, then any month word (parse_date decides whether it is one).
DAY_IN_WORDS_SHAPE = (
    r"(?<!\d)\d{4}\.?\s*(?:gada|g\.)\s*(?:" + _ORDINAL_WORD + r"\s+){1,2}[a-z]+"
)


# The year in figures, the day in words: "2025. gada divdesmit piektajā martā", "2024. g.
# astoņpadsmitajā martā" (a commission's or an applicant's dateline).
_DAY_IN_WORDS = re.compile(
    r"(?<!\d)(?P<y>(?:19|20)\d{2})\.?\s*g(?:ada|\.)?\s+(?P<dw>" + _ORDINAL_WORD
    + r"(?:\s+" + _ORDINAL_WORD + r")?)\s+" + _MONTH)


# The same shape for the readers' own date patterns (folded text, the month a word).
DAY_IN_WORDS_SHAPE = (r"(?:19|20)\d{2}\.?\s*(?:gada|g\.)\s+" + _ORDINAL_WORD + r"(?:\s+"
                      + _ORDINAL_WORD + r")?\s+[a-z]+")


def _ordinal(words: str) -> int:
    """ "divdesmit pirmā" -> 21, "divpadsmitajā" -> 12."""
    total = 0
    for word in words.split():
        stem = next(s for s in sorted(_ORDINAL_STEMS, key=len, reverse=True) if word.startswith(s))
        total += _ORDINAL_STEMS[stem]
    return total


def _in_words(folded: str) -> list[tuple[date | None, int, int]]:
    found: list[tuple[date | None, int, int]] = []
    for match in _IN_WORDS.finditer(folded):
        try:
            day = date(2000 + _ordinal(match.group("yw")), MONTH_WORDS[match.group("m")],
                       _ordinal(match.group("dw")))
        except ValueError:
            day = None
        found.append((day, match.start(), match.end()))
    for match in _DAY_IN_WORDS.finditer(folded):
        try:
            day = date(int(match.group("y")), MONTH_WORDS[match.group("m")],
                       _ordinal(match.group("dw")))
        except ValueError:
            day = None
        found.append((day, match.start(), match.end()))
    return found


def _one_letter_off(word: str) -> str | None:
    """The month word `word` is a one-letter misreading of, if exactly one fits.

    Scanners turn "februārī" into "febtuārī"; a substitution keeps every offset, and month
    names differ from each other in far more than one letter, so the repair is unambiguous.
    """
    fits = [
        month
        for month in MONTH_WORDS
        if len(month) == len(word) and sum(a != b for a, b in zip(month, word, strict=True)) == 1
    ]
    return fits[0] if len({MONTH_WORDS[m] for m in fits}) == 1 else None


def _repair_month_words(folded: str) -> str:
    def repair(match: re.Match[str]) -> str:
        word = match.group(0)
        if word in MONTH_WORDS:
            return word
        return _one_letter_off(word) or word

    return _WORD.sub(repair, folded)


# A form's day filled in between quotation marks ("„17.” marta 2025. g."): the marks are
# blanked, each by a space, so offsets hold.
_QUOTED_DAY = re.compile(r"[„“\"](\d{1,2}\.?)[”“\"]")


def _matches(
    text: str, default_year: int | None = None, short_years: bool = False
) -> list[tuple[date | None, int, int]]:
    folded = _QUOTED_DAY.sub(lambda m: " " + m.group(1) + " ", _repair_month_words(fold(text)))
    found: list[tuple[date | None, int, int]] = []
    patterns = _PATTERNS if default_year is None else (*_PATTERNS, *_NO_YEAR)
    if short_years:
        patterns = (*patterns, _SHORT_YEAR, _SHORT_YEAR_ROMAN, _SLASH_ROMAN_SHORT_YEAR,
                    _COMMA_SHORT_YEAR)
    for pattern in patterns:
        for match in pattern.finditer(folded):
            start, end = match.span()
            if any(start < e and s < end for _, s, e in found):
                continue  # an earlier, more specific pattern already read this span
            if pattern is _SPACED_ROMAN and not text[match.start("rm"):match.end("rm")].isupper():
                continue
            found.append((_value(match, default_year), start, end))
    found.extend(item for item in _in_words(folded)
                 if not any(item[1] < e and s < item[2] for _, s, e in found))
    return sorted(found, key=lambda item: item[1])


def find_dates(text: str, default_year: int | None = None) -> list[tuple[date, int, int]]:
    """Every real date in `text` as (value, start, end) offsets; impossible dates are skipped.

    With `default_year`, a day and month without a year ("8. jūnijā", as timesheet lines
    under a "2021. gada jūnijs" heading write them) is read in that year.
    """
    return [
        (value, start, end)
        for value, start, end in _matches(text, default_year)
        if value is not None
    ]


def iso_date(value: object) -> date | None:
    """A date as the contracts hold it (`YYYY-MM-DD`, or already a date); None for anything else."""
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None


def parse_date(text: str | None, default_year: int | None = None) -> date | None:
    """The date written in `text` ("2026. gada 3. martā", "03.03.2026.", "2026-03-03"...), or None.

    The first date-shaped span decides: "31.02.2026" gives None rather than a later date.
    `default_year` completes a date written without its year ("8. jūnijā", "01.03.").
    A two-digit year ("03.03.26") is read here, where a date is expected, but not by
    `find_dates`, where "1.2.10" in prose is more often a clause number than a date.
    """
    if not text:
        return None
    matches = _matches(text, default_year, short_years=True)
    return matches[0][0] if matches else None


def format_date_lv(day: date) -> str:
    """The long form used in Latvian documents: '2026. gada 3. martā'."""
    return f"{day.year}. gada {day.day}. {MONTHS_LOCATIVE[day.month - 1]}"


def format_date_numeric(day: date) -> str:
    """'03.03.2026.': the numeric form official Latvian writes (day first, a full stop after the
    year); it fits any sentence, where the long form would have to take the sentence's case."""
    return f"{day:%d.%m.%Y}."


def format_period_numeric(start: date, end: date) -> str:
    """'01.01.2021.–31.12.2021.': a period in the numeric form, joined by an en dash."""
    return f"{format_date_numeric(start)}–{format_date_numeric(end)}"


_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def readable_date(value: object) -> object:
    """A date, or a contract's `YYYY-MM-DD` text, in the numeric Latvian form; anything else as
    it is (a page shows whatever a field holds, and only a date is to be rewritten)."""
    if isinstance(value, str) and not _ISO_DATE.fullmatch(value.strip()):
        return value
    day = iso_date(value)
    return format_date_numeric(day) if day is not None else value


def format_month_lv(month: str) -> str:
    """'2021-03' -> '2021. gada marts' (a timesheet or report heading)."""
    match = re.fullmatch(r"(\d{4})-(\d{2})", month)
    if not match or not 1 <= int(match.group(2)) <= 12:
        raise ValueError(f"month must be YYYY-MM, not {month!r}")
    return f"{match.group(1)}. gada {MONTHS_NOMINATIVE[int(match.group(2)) - 1]}"


def readable_month(value: object) -> object:
    """A contract's `YYYY-MM` month as '2021. gada marts'; anything else as it is."""
    try:
        return format_month_lv(value) if isinstance(value, str) else value
    except ValueError:
        return value


_MONTH_ONLY = (
    re.compile(r"(?<!\d)(?P<y>\d{4})\s*\.?" + _YEAR_WORD + r"\s*" + _MONTH),  # 2021. gada marts
    re.compile(_MONTH + r"\s*,?\s*(?P<y>\d{4})(?!\d)"),  # marts 2021
    re.compile(r"(?<!\d)(?P<y>\d{4})\s?[-./]\s?(?P<mn>\d{1,2})(?![\d./-])"),  # 2021-03
    re.compile(r"(?<![\d./])(?P<mn>\d{1,2})\s?[./]\s?(?P<y>\d{4})(?!\d)"),  # 03/2021, 03.2021
)


def parse_month(text: str | None) -> str | None:
    """The month a timesheet is for, as 'YYYY-MM' ("2021. gada marts", "03/2021", "marts 2021")."""
    if not text:
        return None
    folded = fold(text)
    for pattern in _MONTH_ONLY:
        match = pattern.search(folded)
        if not match:
            continue
        groups = match.groupdict()
        month = MONTH_WORDS[groups["m"]] if groups.get("m") else int(groups["mn"])
        year = int(groups["y"])
        if 1 <= month <= 12 and 1800 <= year <= 2200:
            return f"{year:04d}-{month:02d}"
    full = parse_date(text)  # only when no month pattern matched: it runs every date pattern
    if full is not None:
        return f"{full.year:04d}-{full.month:02d}"
    return None
