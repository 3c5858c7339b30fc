"""Apliecinājums: a day centre's, association's or institution's confirmation of attendance."""

from __future__ import annotations

from marshmallow import Schema

from .field_types import hours, one_of, optional_code, optional_date, optional_text
from .vocabulary import CERTIFICATE_ACTIVITY_KINDS

DOC_TYPE = "activity_certificate"
TITLE = "Dienas centra, biedrības vai iestādes apliecinājums"


class ActivityCertificateSchema(Schema):
    """The fields of an activity certificate (DESIGN.md extraction contract)."""

    institution_name = optional_text()
    activity_kind = one_of(CERTIFICATE_ACTIVITY_KINDS)
    person_name = optional_text()
    personal_code = optional_code()
    hours_per_week = hours()
    issued_on = optional_date()


SCHEMA = ActivityCertificateSchema

LABELS: dict[str, str] = {
    "institution_name": "Iestāde vai organizācija",
    "activity_kind": "Aktivitātes veids",
    "person_name": "Apmeklētāja vārds, uzvārds",
    "personal_code": "Personas kods",
    "hours_per_week": "Apmeklējums, stundas nedēļā",
    "issued_on": "Apliecinājuma datums",
}

ITEM_LABELS: dict[str, dict[str, str]] = {}
