"""Raw strings next to a label -> contract values, through the parsers of `asistents.forms`.

The forms package owns what a date, a personal code or an hours figure looks like; this
module only adapts its functions to the extractor (one call per value kind) and falls back
to a minimal reading while a forms module is not there yet.
"""

from __future__ import annotations

import contextlib
import re
from datetime import date
from typing import Any

_CODE = re.compile(r"(?<![\d-])(\d{6})\s*[-‐‑–—]?\s*(\d{5})(?![\d-])")
_NUMBER = re.compile(r"(?<![\d.,])(\d{1,3}(?:[.,]\d{1,2})?)(?![\d])")
_NUMERIC_DATE = re.compile(r"(?<!\d)(\d{1,2})\s*[./]\s*(\d{1,2})\s*[./]\s*(\d{4})(?!\d)")
_ISO_DATE = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")
_QUOTES = "\"'„“”«»‘’`"
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(r"(?:\+371\s*)?(?<!\d)[2-6]\d(?:\s?\d){6}(?!\d)")
_REG_NO = re.compile(r"(?<!\d)([4-5]\d{10}|9\d{10})(?!\d)")


def personal_code(text: str) -> str | None:
    """The first personal code in `text` as DDDDDD-DDDDD (checksum not checked)."""
    try:
        from ..forms.personal_code import normalize_personal_code
    except ImportError:
        match = _CODE.search(text)
        return f"{match.group(1)}-{match.group(2)}" if match else None
    return normalize_personal_code(text)


def personal_code_ok(code: str) -> bool:
    """True when the code passes its checksum (stdnum.lv.pvn)."""
    try:
        from ..forms.personal_code import is_valid_personal_code
    except ImportError:
        from stdnum.lv import pvn

        return bool(pvn.is_valid(code))
    return bool(is_valid_personal_code(code))


def date_value(text: str) -> date | None:
    """The first date in `text` in any style a Latvian document uses."""
    try:
        from ..forms.latvian_dates import parse_date
    except ImportError:
        parse_date = None
    if parse_date is not None:
        try:
            found = parse_date(text)
        except (ValueError, TypeError):
            found = None
        if isinstance(found, date):
            return found
        try:
            from ..forms.latvian_dates import find_dates

            dates = list(find_dates(text))
        except (ImportError, ValueError, TypeError):
            dates = []
        for item in dates:
            candidate = item[0] if isinstance(item, tuple) else getattr(item, "date", item)
            if isinstance(candidate, date):
                return candidate
        return None
    for pattern, order in ((_ISO_DATE, (0, 1, 2)), (_NUMERIC_DATE, (2, 1, 0))):
        match = pattern.search(text)
        if match:
            parts = [int(match.group(i + 1)) for i in order]
            try:
                return date(parts[0], parts[1], parts[2])
            except ValueError:
                return None
    return None


def month_value(text: str) -> str | None:
    """A month as YYYY-MM ("2026. gada novembris", "11.2026", "novembris 2026")."""
    try:
        from ..forms.latvian_dates import parse_month
    except ImportError:
        parse_month = None
    if parse_month is not None:
        try:
            found = parse_month(text)
        except (ValueError, TypeError):
            found = None
        if found:
            if isinstance(found, tuple):
                return f"{found[0]:04d}-{found[1]:02d}"
            if isinstance(found, date):
                return f"{found.year:04d}-{found.month:02d}"
            return str(found)
    match = re.search(r"(\d{4})\s*[-./]\s*(\d{1,2})(?!\d)", text)
    if match and 1 <= int(match.group(2)) <= 12:
        return f"{int(match.group(1)):04d}-{int(match.group(2)):02d}"
    match = re.search(r"(?<!\d)(\d{1,2})\s*[./]\s*(\d{4})", text)
    if match and 1 <= int(match.group(1)) <= 12:
        return f"{int(match.group(2)):04d}-{int(match.group(1)):02d}"
    return None


def hours_value(text: str) -> float | None:
    """Hours as a number ("20 stundas", "20 h", "7,5", "20:00 h")."""
    try:
        from ..forms.hours import parse_hours
    except ImportError:
        parse_hours = None
    if parse_hours is not None:
        try:
            found = parse_hours(text)
        except (ValueError, TypeError):
            found = None
        if found is not None:
            return float(found)
        return None
    match = _NUMBER.search(text)
    return float(match.group(1).replace(",", ".")) if match else None


def time_range(text: str) -> tuple[str, str] | None:
    """('08:00', '12:30') from "8.00-12.30" or "no 8:00 līdz 12:30"."""
    try:
        from ..forms.hours import parse_time_range
    except ImportError:
        parse_time_range = None
    if parse_time_range is not None:
        try:
            found = parse_time_range(text)
        except (ValueError, TypeError):
            found = None
        if found:
            start, end = found[0], found[1]
            return _hhmm(start), _hhmm(end)
        return None
    times = re.findall(r"(?<!\d)(\d{1,2})[:.](\d{2})(?!\d)", text)
    if len(times) >= 2:
        return (
            f"{int(times[0][0]):02d}:{times[0][1]}",
            f"{int(times[1][0]):02d}:{times[1][1]}",
        )
    return None


def _hhmm(value: Any) -> str:
    if hasattr(value, "strftime"):
        return str(value.strftime("%H:%M"))
    return str(value)


def disability_group(text: str) -> str | None:
    """'I', 'II', 'III' or 'child' from "I grupa", "otrā grupa", "bērns ar invaliditāti"."""
    try:
        from ..forms.disability_group import parse_disability_group
    except ImportError:
        parse_disability_group = None
    if parse_disability_group is not None:
        try:
            return parse_disability_group(text)
        except (ValueError, TypeError):
            return None
    low = text.lower()
    if "bērn" in low or "bern" in low:
        return "child"
    match = re.search(r"(?<![A-Za-z])(III|II|I)(?![A-Za-z])", text)
    return match.group(1) if match else None


def person_name(text: str, *, inflected: bool = False) -> str | None:
    """A person's name, single-spaced; turned into the nominative when read from prose."""
    name = " ".join(text.strip(" ,.;:" + _QUOTES).split())
    if not name:
        return None
    try:
        from ..forms import person_names
    except ImportError:
        return name
    if inflected and hasattr(person_names, "to_nominative"):
        with contextlib.suppress(ValueError, TypeError):
            name = person_names.to_nominative(name) or name
    if hasattr(person_names, "normalize_person_name"):
        with contextlib.suppress(ValueError, TypeError):
            name = person_names.normalize_person_name(name) or name
    return name


def phrase_to_nominative(text: str, *, feminine: bool | None = None) -> str:
    """A job title read after "par" (accusative) back in the nominative: the head noun is the
    last word ("noliktavas darbinieci" -> "noliktavas darbiniece", "pavāru" -> "pavārs")."""
    words = text.split()
    if not words:
        return text
    last = words[-1]
    low = last.lower()
    if low.endswith("u") and len(low) > 3:
        if feminine:
            last = last[:-1] + "a"
        else:
            stem = last[:-1]
            last = stem + ("š" if stem.endswith(("ņ", "ļ")) else "s")
    elif low.endswith("i") and len(low) > 3:
        last = last[:-1] + ("e" if feminine else "is")
    return " ".join([*words[:-1], last])


def institution_name(text: str) -> str | None:
    """An institution's name as printed, without the quotation marks around it."""
    try:
        from ..forms.institution_names import clean_institution_name
    except ImportError:
        clean_institution_name = None
    if clean_institution_name is not None:
        try:
            cleaned = clean_institution_name(text)
        except (ValueError, TypeError):
            cleaned = None
        return cleaned or None
    cleaned = " ".join(text.translate({ord(q): " " for q in _QUOTES}).split()).strip(" ,.;")
    return cleaned or None


def email(text: str) -> str | None:
    match = _EMAIL.search(text)
    return match.group(0) if match else None


def phone(text: str) -> str | None:
    match = _PHONE.search(text)
    return " ".join(match.group(0).split()) if match else None


def reg_no(text: str) -> str | None:
    digits = re.sub(r"(?<=\d)\s+(?=\d)", "", text)
    match = _REG_NO.search(digits)
    return match.group(1) if match else None


def validation_problems(doc_type: str, fields: dict[str, Any]) -> dict[str, str]:
    """Field -> message from forms.registry.validate_fields; {} when forms cannot tell."""
    try:
        from ..forms.registry import validate_fields
    except ImportError:
        return {}
    try:
        problems = validate_fields(doc_type, fields)
    except Exception:  # a schema bug must not lose the extraction
        return {}
    if not problems:
        return {}
    if isinstance(problems, dict):
        return {str(k): _message(v) for k, v in problems.items()}
    return {}


def _message(value: Any) -> str:
    if isinstance(value, list | tuple):
        return "; ".join(_message(v) for v in value)
    if isinstance(value, dict):
        return "; ".join(f"{k}: {_message(v)}" for k, v in value.items())
    return str(value)
