"""Iesniegums: the application for the assistant or family assistant service (seed 004 item 1)."""

from __future__ import annotations

from marshmallow import Schema, fields

from .field_types import hours, one_of, optional_bool, optional_code, optional_date, optional_text
from .vocabulary import ACTIVITY_KINDS, SERVICE_KINDS

DOC_TYPE = "application"
TITLE = "Iesniegums"


class ActivitySchema(Schema):
    """One activity the assistant is asked for, with the weekly hours asked."""

    kind = one_of(ACTIVITY_KINDS)
    hours_per_week = hours()


class ApplicationSchema(Schema):
    """The fields of an application (DESIGN.md extraction contract)."""

    service = one_of(SERVICE_KINDS)
    applicant_name = optional_text()
    applicant_personal_code = optional_code()
    client_name = optional_text()
    client_personal_code = optional_code()
    address = optional_text()
    phone = optional_text()
    email = fields.Email(allow_none=True, load_default=None)
    activities = fields.List(fields.Nested(ActivitySchema), load_default=list)
    receives_assistant_benefit = optional_bool()
    submitted_on = optional_date()


SCHEMA = ApplicationSchema

LABELS: dict[str, str] = {
    "service": "Pakalpojums",
    "applicant_name": "Iesniedzēja vārds, uzvārds",
    "applicant_personal_code": "Iesniedzēja personas kods",
    "client_name": "Pakalpojuma saņēmēja vārds, uzvārds",
    "client_personal_code": "Pakalpojuma saņēmēja personas kods",
    "address": "Deklarētās dzīvesvietas adrese",
    "phone": "Tālrunis",
    "email": "E-pasts",
    "activities": "Aktivitātes, kurām nepieciešams asistents",
    "receives_assistant_benefit": "Saņem pabalstu par asistenta izmantošanu",
    "submitted_on": "Iesniegšanas datums",
}

ITEM_LABELS: dict[str, dict[str, str]] = {
    "activities": {"kind": "Aktivitāte", "hours_per_week": "Stundas nedēļā"},
}
