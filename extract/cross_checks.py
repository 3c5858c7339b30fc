"""Values of one document checked against each other: a contradiction lowers confidence.

A value the reader found can be right on its own and still contradict another field of the
same paper: a birth date printed beside a code that encodes another one, an issue date before
the employment it certifies, a child's code equal to the parent's, a total that is not the sum
of its rows, a row whose hours are not its from-to. Which fields are compared is vocabulary
data (`checks:` in a doc_type's YAML); a contradiction caps both fields' confidence and says
why in a warning, so a person looks at them. No value is changed: the reader cannot know which
side is wrong.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from typing import Any

from ..forms.latvian_dates import parse_date
from ..forms.personal_code import birth_date, years_on

DOUBTED = 0.5
# "dzimis 1979. gada 14. augustā", "dzimšanas datums 30.04.1968", "dzimušai ...".
_BORN = re.compile(r"(?i)dzim(?:is|usi|ušai|ušam|uša|ušo|šanas\s+datums)\s*:?\s*")


def iso_day(value: Any) -> date | None:
    """A contract field's ISO date as a date, or None (absent, or not a date)."""
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def _doubt(confidence: dict[str, float], warnings: list[str], fields: Iterable[str],
           message: str) -> None:
    for name in fields:
        if name in confidence:
            confidence[name] = min(confidence[name], DOUBTED)
    warnings.append(message)


def birth_dates(text: str) -> set[date]:
    """Every date the text prints as someone's birth date."""
    found: set[date] = set()
    for match in _BORN.finditer(text):
        value = parse_date(text[match.end() : match.end() + 40])
        if value is not None:
            found.add(value)
    return found


def check_codes_against_birth_dates(fields: dict[str, Any], kinds: dict[str, str], text: str,
                                    confidence: dict[str, float], warnings: list[str]) -> None:
    """An old-format code encodes its holder's birth date: when the document prints a birth
    date that none of its codes encodes, a code whose date is not printed was misread (or the
    date was). A birth date printed for one person says nothing of another's code: a parent
    applying for a child prints the child's birth date, and the parent's code is not doubted
    for it (set E's scanned application had the parent's right code lowered to 0.5 so)."""
    printed = birth_dates(text)
    if not printed:
        return
    encoded = {name: birth_date(fields[name]) for name, kind in kinds.items()
               if kind == "personal_code" and fields.get(name)}
    unclaimed = printed - {day for day in encoded.values() if day is not None}
    if not unclaimed:
        return
    for name, day in encoded.items():
        if day is not None and day not in printed:
            _doubt(confidence, warnings, [name],
                   f"{name}: the birth date it encodes is not the one the document prints")


# "12 gadus vecs", "(7 gadi)", "vecums: 15 gadi", "15 g. v.": an age the document states.
_AGE = re.compile(
    r"(?i)(?:vecums\s*:?\s*(\d{1,2})\b|\b(\d{1,2})\s*(?:gad(?:us|i|a)\s+vec\w*|g\.\s*v\.)"
    r"|\((\d{1,2})\s*gad(?:i|us)\))"
)


def stated_ages(text: str) -> set[int]:
    """Every age in years the text states."""
    return {int(next(g for g in m.groups() if g)) for m in _AGE.finditer(text)}


def check_codes_against_ages(fields: dict[str, Any], kinds: dict[str, str], text: str,
                             dated: str | None, confidence: dict[str, float],
                             warnings: list[str]) -> None:
    """A document stating someone's age ("dēlam (12 gadi)") and codes none of whose holders
    is that old on the paper's date: one of the codes (or the age) was misread, or taken
    from the wrong person."""
    ages = stated_ages(text)
    on = iso_day(fields.get(dated)) if dated else None
    if not ages or on is None:
        return
    codes = [n for n, kind in kinds.items() if kind == "personal_code" and fields.get(n)]
    born = {n: birth_date(fields[n]) for n in codes}
    known = {n: years_on(b, on) for n, b in born.items() if b is not None}
    if not known or set(known.values()) & ages:
        return
    _doubt(confidence, warnings, sorted(known),
           f"{sorted(known)[0]}: no code's holder is as old as the document says "
           f"({', '.join(str(a) for a in sorted(ages))})")


def check_order(fields: dict[str, Any], earlier: str, later: str, confidence: dict[str, float],
                warnings: list[str]) -> None:
    """`earlier` must not fall after `later` (an employment certified before it began)."""
    first, second = iso_day(fields.get(earlier)), iso_day(fields.get(later))
    if first is not None and second is not None and first > second:
        _doubt(confidence, warnings, [earlier, later],
               f"{later}: before {earlier}, which cannot be: one of the two dates is misread")


def check_people(fields: dict[str, Any], people: list[tuple[str, str]],
                 confidence: dict[str, float], warnings: list[str], *,
                 distinct: bool = False) -> None:
    """Two people named differently have different codes; one person, one code. `distinct`
    people (a representative and the person represented) never share a code, even when a
    name is missing."""
    for i, (name_a, code_a) in enumerate(people):
        for name_b, code_b in people[i + 1 :]:
            names = fields.get(name_a), fields.get(name_b)
            codes = fields.get(code_a), fields.get(code_b)
            if distinct and codes[0] and codes[0] == codes[1] and not all(names):
                _doubt(confidence, warnings, [code_a, code_b],
                       f"{code_b}: the same code as {code_a}, although they are two people")
                continue
            if not all(names) or not all(codes):
                continue
            if names[0] != names[1] and codes[0] == codes[1]:
                _doubt(confidence, warnings, [code_a, code_b, name_b],
                       f"{code_b}: the same code as {code_a} for another person")
            elif names[0] == names[1] and codes[0] != codes[1]:
                _doubt(confidence, warnings, [code_a, code_b],
                       f"{code_b}: another code than {code_a} for the same name")


def _span(start: str, end: str) -> float | None:
    try:
        h0, m0 = (int(x) for x in start.split(":"))
        h1, m1 = (int(x) for x in end.split(":"))
    except (AttributeError, ValueError):
        return None
    minutes = (h1 * 60 + m1) - (h0 * 60 + m0)
    return minutes / 60 if minutes > 0 else None


def check_total(fields: dict[str, Any], total: str, rows: str, confidence: dict[str, float],
                warnings: list[str]) -> None:
    """Rows whose hours are not their from-to, and a total that is not the sum of the rows."""
    entries = fields.get(rows)
    if not isinstance(entries, list) or not entries:
        return
    off = [e for e in entries if isinstance(e, dict) and e.get("hours") is not None
           and (span := _span(str(e.get("start")), str(e.get("end")))) is not None
           and abs(float(e["hours"]) - span) > 0.01]
    if off:
        _doubt(confidence, warnings, [rows],
               f"{rows}: {len(off)} row(s) whose hours differ from their from-to")
    stated = fields.get(total)
    raw = [e.get("hours") for e in entries if isinstance(e, dict)]
    hours = [float(h) for h in raw if isinstance(h, int | float)]
    if (isinstance(stated, int | float) and len(hours) == len(raw)
            and abs(float(stated) - sum(hours)) > 0.01):
        _doubt(confidence, warnings, [total, rows], f"{total}: not the sum of the rows")


# A phone's digits run into the e-mail address after them: "26418390skaidrite.m@inbox.lv".
_DIGITS_THEN_LETTER = re.compile(r"^(\d{8,})(?=[^\W\d_])")
# The address with the phone cut off is a reading a person confirms.
GLUED_PHONE_CONFIDENCE = 0.6


def check_email_after_phone(fields: dict[str, Any], kinds: dict[str, str],
                            confidence: dict[str, float]) -> None:
    """An e-mail address whose name opens with the document's phone number, letters right
    after it: a hand's phone and e-mail written side by side and read as one word (two
    blanks of one line); the phone's digits are cut off the address."""
    phones = [re.sub(r"\D", "", str(fields[n])) for n, kind in kinds.items()
              if kind == "phone" and fields.get(n)]
    for name, kind in kinds.items():
        value = fields.get(name)
        if kind != "email" or not isinstance(value, str) or "@" not in value:
            continue
        glued = _DIGITS_THEN_LETTER.match(value)
        if glued is None:
            continue
        digits = glued.group(1)
        if any(phone and digits in (phone, phone.removeprefix("371")) for phone in phones):
            fields[name] = value[glued.end():]
            confidence[name] = min(confidence.get(name, 0.0), GLUED_PHONE_CONFIDENCE)


def cross_check(fields: dict[str, Any], kinds: dict[str, str], checks: list[dict[str, Any]],
                text: str, confidence: dict[str, float], warnings: list[str]) -> None:
    """Run the birth-date check and the doc_type's `checks` over one document's values."""
    check_email_after_phone(fields, kinds, confidence)
    check_codes_against_birth_dates(fields, kinds, text, confidence, warnings)
    dated = next((n for n, kind in kinds.items() if kind == "date"
                  and n in ("submitted_on", "issued_on")), None)
    check_codes_against_ages(fields, kinds, text, dated, confidence, warnings)
    for check in checks:
        if "order" in check:
            earlier, later = check["order"]
            check_order(fields, earlier, later, confidence, warnings)
        elif "people" in check:
            check_people(fields, [tuple(p) for p in check["people"]], confidence, warnings,
                         distinct=bool(check.get("distinct")))
        elif "total" in check:
            check_total(fields, check["total"], check["of"], confidence, warnings)
