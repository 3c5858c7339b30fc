"""Uzskaites veidlapa: the assistant's monthly timesheet (seed 004 monthly cycle)."""

from __future__ import annotations

from typing import Any

from marshmallow import Schema, ValidationError, fields, validates_schema

from .field_types import (
    MAX_DAILY_HOURS,
    MAX_MONTHLY_HOURS,
    Clock,
    Month,
    one_of,
    optional_code,
    optional_date,
    optional_text,
)
from .field_types import hours as hours_field
from .vocabulary import ACTIVITY_KINDS

DOC_TYPE = "timesheet"
TITLE = "Asistenta pakalpojuma uzskaites veidlapa"


def _minutes(clock: str) -> int:
    hour, minute = clock.split(":")
    return int(hour) * 60 + int(minute)


class TimesheetEntrySchema(Schema):
    """One line of the timesheet: a day, from-to, hours and the activity."""

    date = optional_date()
    start = Clock(allow_none=True, load_default=None)
    end = Clock(allow_none=True, load_default=None)
    hours = hours_field(MAX_DAILY_HOURS)
    activity = one_of(ACTIVITY_KINDS)

    @validates_schema(skip_on_field_errors=False)
    def _end_after_start(self, data: dict[str, Any], **_: Any) -> None:
        start, end = data.get("start"), data.get("end")
        if start and end and _minutes(end) <= _minutes(start):
            raise ValidationError("must be later than start", field_name="end")


class SignaturesSchema(Schema):
    """Which signature places the form has and whether each is signed: True signed, False
    empty, None no such place; `unsigned_dates` are rows signed row by row left empty."""

    assistant = fields.Boolean(allow_none=True, load_default=None)
    client = fields.Boolean(allow_none=True, load_default=None)
    unsigned_dates = fields.List(fields.Date(), load_default=list)


class TimesheetSchema(Schema):
    """The fields of a monthly timesheet (DESIGN.md extraction contract)."""

    month = Month(allow_none=True, load_default=None)
    client_name = optional_text()
    client_personal_code = optional_code()
    assistant_name = optional_text()
    assistant_personal_code = optional_code()
    entries = fields.List(fields.Nested(TimesheetEntrySchema), load_default=list)
    total_hours = hours_field(MAX_MONTHLY_HOURS)
    # Added to the contract by the monthly cycle (signature_missing findings).
    signatures = fields.Nested(SignaturesSchema, allow_none=True, load_default=None)

    @validates_schema(skip_on_field_errors=False)
    def _entries_in_month(self, data: dict[str, Any], **_: Any) -> None:
        month = data.get("month")
        if not month:
            return
        outside = {
            number: {"date": [f"is outside the timesheet's month {month}"]}
            for number, entry in enumerate(data.get("entries") or [])
            if entry.get("date") and entry["date"].strftime("%Y-%m") != month
        }
        if outside:
            # a dict message lands at its path: entries.<n>.date, next to that entry's other errors
            raise ValidationError({"entries": outside})


SCHEMA = TimesheetSchema

LABELS: dict[str, str] = {
    "month": "Mēnesis",
    "client_name": "Pakalpojuma saņēmējs",
    "client_personal_code": "Pakalpojuma saņēmēja personas kods",
    "assistant_name": "Asistents",
    "assistant_personal_code": "Asistenta personas kods",
    "entries": "Uzskaites ieraksti",
    "total_hours": "Kopā stundas mēnesī",
    "signatures": "Paraksti",
}

ITEM_LABELS: dict[str, dict[str, str]] = {
    "entries": {
        "date": "Datums",
        "start": "Laiks no",
        "end": "Laiks līdz",
        "hours": "Stundas",
        "activity": "Aktivitāte",
    },
}
