"""Darba devēja izziņa: the employer's confirmation that the person works (seed 004 item 4)."""

from __future__ import annotations

from marshmallow import Schema

from .field_types import RegistrationNumber, hours, optional_code, optional_date, optional_text

DOC_TYPE = "employer_certificate"
TITLE = "Darba devēja izziņa"


class EmployerCertificateSchema(Schema):
    """The fields of an employer certificate (DESIGN.md extraction contract)."""

    employer_name = optional_text()
    employer_reg_no = RegistrationNumber(allow_none=True, load_default=None)
    person_name = optional_text()
    personal_code = optional_code()
    position = optional_text()
    employed_since = optional_date()
    hours_per_week = hours()
    issued_on = optional_date()


SCHEMA = EmployerCertificateSchema

LABELS: dict[str, str] = {
    "employer_name": "Darba devējs",
    "employer_reg_no": "Darba devēja reģistrācijas numurs",
    "person_name": "Darbinieka vārds, uzvārds",
    "personal_code": "Personas kods",
    "position": "Amats",
    "employed_since": "Darba attiecības kopš",
    "hours_per_week": "Darba laiks, stundas nedēļā",
    "issued_on": "Izziņas datums",
}

ITEM_LABELS: dict[str, dict[str, str]] = {}
