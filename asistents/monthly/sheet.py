"""A returned timesheet as the monthly checks read it: its rows with dates, times and Decimal hours.

`sheet_from_record` turns an extraction record (`doc_type: "timesheet"`, DESIGN.md) into a
`Sheet`. Nothing is repaired here: a value that does not parse stays None, so the checks can
say which row lacks what. Hours become Decimal through their decimal text (1.5 -> Decimal("1.5"),
never the binary float), because pay is counted in cents.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from ..forms.latvian_dates import iso_date

_CLOCK = re.compile(r"^([01]?\d|2[0-4]):([0-5]\d)$")


@dataclass(frozen=True, slots=True)
class Entry:
    """One row of the sheet as listed: `row` is its 1-based place in the sheet."""

    row: int
    date: date | None
    start: str | None  # "HH:MM"
    end: str | None
    hours: Decimal | None
    activity: str | None

    @property
    def start_minutes(self) -> int | None:
        return clock_minutes(self.start)

    @property
    def end_minutes(self) -> int | None:
        return clock_minutes(self.end)


@dataclass(frozen=True, slots=True)
class Signatures:
    """Which signature places the form has and whether each carries a signature.

    `assistant`/`client`: True signed, False the place is empty, None the form has no such
    place. `unsigned_dates`: rows whose own signature cells are empty (forms that are signed
    row by row).
    """

    assistant: bool | None = None
    client: bool | None = None
    unsigned_dates: tuple[date, ...] = ()


@dataclass(frozen=True, slots=True)
class Sheet:
    """The fields of one timesheet that the checks use."""

    month: str | None
    client_code: str | None
    assistant_code: str | None
    client_name: str | None = None
    assistant_name: str | None = None
    entries: tuple[Entry, ...] = ()
    total_hours: Decimal | None = None
    signatures: Signatures | None = None
    file: str = ""
    meta: dict[str, Any] = field(default_factory=dict)

    @property
    def listed_hours(self) -> Decimal:
        """The sum of the hours written in the rows (what the stated total should equal)."""
        return sum((e.hours for e in self.entries if e.hours is not None), Decimal(0))


def clock_minutes(clock: str | None) -> int | None:
    """Minutes after midnight of "HH:MM" ("24:00" ends a day), None when it is not a clock."""
    if not clock:
        return None
    match = _CLOCK.match(clock.strip())
    if not match:
        return None
    hour, minute = int(match.group(1)), int(match.group(2))
    if hour == 24 and minute:
        return None
    return hour * 60 + minute


def decimal_hours(value: Any) -> Decimal | None:
    """Hours as Decimal from a JSON number or text ("1,5"); None when absent or not a number."""
    if value is None or isinstance(value, bool):
        return None
    try:
        number = Decimal(str(value).strip().replace(",", "."))
    except InvalidOperation:
        return None
    return number if number.is_finite() and number >= 0 else None


def _signatures(value: Any) -> Signatures | None:
    if not isinstance(value, Mapping):
        return None
    unsigned = tuple(d for d in (iso_date(v) for v in value.get("unsigned_dates") or ()) if d)

    def flag(key: str) -> bool | None:
        found = value.get(key)
        return found if isinstance(found, bool) else None

    return Signatures(flag("assistant"), flag("client"), unsigned)


def sheet_from_record(record: Mapping[str, Any]) -> Sheet:
    """The checks' view of an extraction record of a timesheet."""
    fields = record.get("fields") or {}
    entries = []
    for number, raw in enumerate(fields.get("entries") or [], start=1):
        raw = raw if isinstance(raw, Mapping) else {}
        entries.append(
            Entry(
                row=number,
                date=iso_date(raw.get("date")),
                start=raw.get("start") or None,
                end=raw.get("end") or None,
                hours=decimal_hours(raw.get("hours")),
                activity=raw.get("activity") or None,
            )
        )
    return Sheet(
        month=fields.get("month") or None,
        client_code=fields.get("client_personal_code") or None,
        assistant_code=fields.get("assistant_personal_code") or None,
        client_name=fields.get("client_name") or None,
        assistant_name=fields.get("assistant_name") or None,
        entries=tuple(entries),
        total_hours=decimal_hours(fields.get("total_hours")),
        signatures=_signatures(fields.get("signatures")),
        file=str(record.get("file") or ""),
    )
