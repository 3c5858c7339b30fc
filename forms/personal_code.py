"""Latvian personal codes and company registration numbers: find, format, validate."""

from __future__ import annotations

import re
from datetime import date

from stdnum.exceptions import InvalidChecksum, InvalidComponent, ValidationError
from stdnum.lv import pvn

# Six digits, an optional dash (OCR reads it as an en/em dash too) and five digits, with the
# stray spaces a scanner or a typist leaves; the lookarounds keep longer numbers out.
_CODE_IN_TEXT = re.compile(r"(?<![\d-])(\d{6})\s*[-‐‑–—]?\s*(\d{5})(?![\d-])")
# OCR sometimes splits a digit run anywhere: "1207 15-200 14".
_SPACED_DIGITS = re.compile(r"(?<!\d)\d(?:[ \t]?[-‐‑–—]?[ \t]?\d){10}(?!\s?\d)")


# OCR reads 0 as O and 1 as l, I or |: accepted only in the dashed DDDDDD-DDDDD shape with at
# most two such letters, so a word never turns into a code. The checksum still decides validity.
_OCR_DIGITS = str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1", "|": "1"})
_OCR_CODE = re.compile(r"(?<![\w-])([\dOoIl|]{6})\s*[-‐‑–—]\s*([\dOoIl|]{5})(?![\w-])")


def normalize_personal_code(text: str | None) -> str | None:
    """Find an 11-digit personal code in `text` and format it `DDDDDD-DDDDD`; None if there is none.

    The checksum is not checked here: a mistyped code is still returned so it can be reported.
    """
    if not text:
        return None
    match = _CODE_IN_TEXT.search(text)
    if match:
        return f"{match.group(1)}-{match.group(2)}"
    match = _SPACED_DIGITS.search(text)
    if match:
        digits = re.sub(r"\D", "", match.group(0))
        if len(digits) == 11:
            return f"{digits[:6]}-{digits[6:]}"
    for match in _OCR_CODE.finditer(text):
        raw = match.group(1) + match.group(2)
        if sum(not c.isdigit() for c in raw) <= 2:
            digits = raw.translate(_OCR_DIGITS)
            return f"{digits[:6]}-{digits[6:]}"
    return None


def _digits(code: str) -> str:
    return re.sub(r"[\s\-‐‑–—]", "", code or "")


def personal_code_problem(code: str | None, today: date | None = None) -> str | None:
    """Why `code` is not a valid personal code (a short English phrase), or None when it is.

    stdnum checks the date and the check digit; a birth date after `today` is caught here.
    """
    digits = _digits(code or "")
    if not digits.isdigit() or len(digits) != 11:
        return "must be 11 digits (DDDDDD-DDDDD)"
    if digits[0] > "3":  # 30 and 31 are birth days; 32 starts the new format
        return "is not a personal code (it looks like a company registration number)"
    try:
        pvn.validate(digits)
    except InvalidChecksum:
        return "fails the checksum (check digit is wrong)"
    except InvalidComponent:
        return "has an impossible birth date"
    except ValidationError:
        return "is not a valid personal code"
    if not digits.startswith("32") and digits[6] not in "012":
        return "has an impossible century digit"
    born = birth_date(digits)
    if born is not None and born > (today or date.today()):
        return "has a birth date in the future"
    return None


def is_valid_personal_code(code: str | None) -> bool:
    """True for a valid-checksum code: old format with a real birth date, or new format (32...)."""
    return personal_code_problem(code) is None


def is_new_format(code: str) -> bool:
    """New-format codes (issued from 2017-07-01) start with 32 and carry no birth date."""
    return _digits(code).startswith("32")


def birth_date(code: str | None) -> date | None:
    """The birth date in an old-format code (century digit 0=1800s, 1=1900s, 2=2000s), else None."""
    digits = _digits(code or "")
    if len(digits) != 11 or not digits.isdigit() or digits.startswith("32"):
        return None
    if digits[6] not in "012":
        return None
    try:
        return pvn.get_birth_date(digits)
    except ValidationError:
        return None


def years_on(born: date, day: date) -> int:
    """Completed years on `day` of someone born on `born`."""
    years = day.year - born.year
    if (day.month, day.day) < (born.month, born.day):
        years -= 1
    return years


def age_on(code: str | None, day: date) -> int | None:
    """Age in whole years on `day` for an old-format code; None when the code has no birth date."""
    born = birth_date(code)
    return None if born is None else years_on(born, day)


def normalize_registration_number(text: str | None) -> str | None:
    """Company registration number as 11 digits without the LV prefix, or None if none is found."""
    if not text:
        return None
    match = re.search(r"(?<!\d)(?:LV\s?)?((?:\d\s?){10}\d)(?!\d)", text, re.IGNORECASE)
    if not match:
        return None
    return re.sub(r"\s", "", match.group(1))


def is_valid_registration_number(text: str | None) -> bool:
    """True for a company registration number (11 digits, first digit 4-9) with a valid checksum."""
    if not text:
        return False
    digits = pvn.compact(text)
    if not digits.isdigit() or len(digits) != 11 or digits[0] <= "3":
        return False
    return bool(pvn.is_valid(digits))
