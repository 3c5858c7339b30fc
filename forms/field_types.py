"""Marshmallow fields for the contract's value types: personal codes, dates, hours, times."""

from __future__ import annotations

import re
from typing import Any

from marshmallow import ValidationError, fields, validate

from ..privacy import mask_personal_code
from .personal_code import is_valid_registration_number, personal_code_problem

_CODE_FORMAT = re.compile(r"^\d{6}-\d{5}$")
_CLOCK = re.compile(r"^([01]?\d|2[0-3]):[0-5]\d$|^24:00$")
_MONTH = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")

# Upper bounds: a week has 168 hours, a day 24, a month at most 744.
MAX_WEEKLY_HOURS = 168
MAX_DAILY_HOURS = 24
MAX_MONTHLY_HOURS = 744


class PersonalCode(fields.String):
    """A personal code written `DDDDDD-DDDDD` with a valid checksum; messages show it masked."""

    def _deserialize(self, value: Any, attr: str | None, data: Any, **kwargs: Any) -> str:
        text = super()._deserialize(value, attr, data, **kwargs)
        masked = mask_personal_code(text)
        if not _CODE_FORMAT.match(text):
            raise ValidationError(f"personal code {masked} must be written DDDDDD-DDDDD")
        problem = personal_code_problem(text)
        if problem:
            raise ValidationError(f"personal code {masked} {problem}")
        return text


class RegistrationNumber(fields.String):
    """A company registration number: 11 digits (`LV` prefix accepted), valid checksum."""

    def _deserialize(self, value: Any, attr: str | None, data: Any, **kwargs: Any) -> str:
        text = super()._deserialize(value, attr, data, **kwargs)
        if not re.fullmatch(r"(LV)?\d{11}", text.replace(" ", "")):
            raise ValidationError("registration number must be 11 digits")
        if not is_valid_registration_number(text):
            raise ValidationError("registration number fails the checksum")
        return text


class _Shaped(fields.String):
    """A string that must match `shape`; the message names `what` and the `written` form."""

    shape: re.Pattern[str]
    what: str
    written: str

    def _deserialize(self, value: Any, attr: str | None, data: Any, **kwargs: Any) -> str:
        text = super()._deserialize(value, attr, data, **kwargs)
        if not self.shape.match(text):
            raise ValidationError(f"{self.what} {text!r} must be {self.written}")
        return text


class Clock(_Shaped):
    """A clock time `HH:MM` as the timesheet writes it ("08:00"; "24:00" ends a day)."""

    shape, what, written = _CLOCK, "time", "HH:MM"


class Month(_Shaped):
    """A month `YYYY-MM`."""

    shape, what, written = _MONTH, "month", "YYYY-MM"


class Hours(fields.Float):
    """Hours as a JSON number: the contract's hours are numbers, never strings or booleans."""

    def _deserialize(self, value: Any, attr: str | None, data: Any, **kwargs: Any) -> Any:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ValidationError("hours must be a number")
        return super()._deserialize(value, attr, data, **kwargs)


class StrictBoolean(fields.Boolean):
    """true or false, not "jā" or 1: a reader that guessed must say so with null."""

    def _deserialize(self, value: Any, attr: str | None, data: Any, **kwargs: Any) -> Any:
        if not isinstance(value, bool):
            raise ValidationError("must be true, false or null")
        return value


def optional_text() -> fields.String:
    """A string that may be null (absent from the document)."""
    return fields.String(allow_none=True, load_default=None)


def optional_code() -> PersonalCode:
    return PersonalCode(allow_none=True, load_default=None)


def optional_date() -> fields.Date:
    """An ISO date `YYYY-MM-DD` or null."""
    return fields.Date(
        format="iso",
        allow_none=True,
        load_default=None,
        error_messages={"invalid": "must be a real date written YYYY-MM-DD"},
    )


def optional_bool() -> StrictBoolean:
    return StrictBoolean(allow_none=True, load_default=None)


def hours(maximum: int = MAX_WEEKLY_HOURS) -> Hours:
    """Hours as a number between 0 and `maximum`, or null."""
    return Hours(
        allow_none=True,
        load_default=None,
        allow_nan=False,
        validate=validate.Range(min=0, max=maximum, error=f"hours must be between 0 and {maximum}"),
    )


def one_of(values: dict[str, str] | tuple[str, ...]) -> fields.String:
    """One value of a closed vocabulary, or null."""
    choices = list(values)
    return fields.String(
        allow_none=True,
        load_default=None,
        validate=validate.OneOf(choices, error="must be one of: " + ", ".join(choices)),
    )


def string_list(values: dict[str, str] | None = None) -> fields.List:
    """A list of strings (from a closed vocabulary when `values` is given); absent means []."""
    item = (
        fields.String(
            validate=validate.OneOf(list(values), error="must be one of: " + ", ".join(values))
        )
        if values
        else fields.String()
    )
    return fields.List(item, load_default=list)
