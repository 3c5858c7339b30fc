"""Izglītības iestādes izziņa: the school's confirmation that the person studies (seed 004)."""

from __future__ import annotations

from marshmallow import Schema

from .field_types import hours, one_of, optional_code, optional_date, optional_text
from .vocabulary import EDUCATION_LEVELS

DOC_TYPE = "school_certificate"
TITLE = "Izglītības iestādes izziņa"


class SchoolCertificateSchema(Schema):
    """The fields of a school certificate (DESIGN.md extraction contract)."""

    institution_name = optional_text()
    education_level = one_of(EDUCATION_LEVELS)
    person_name = optional_text()
    personal_code = optional_code()
    programme = optional_text()
    study_until = optional_date()
    hours_per_week = hours()
    issued_on = optional_date()


SCHEMA = SchoolCertificateSchema

LABELS: dict[str, str] = {
    "institution_name": "Izglītības iestāde",
    "education_level": "Izglītības līmenis",
    "person_name": "Izglītojamā vārds, uzvārds",
    "personal_code": "Personas kods",
    "programme": "Izglītības programma",
    "study_until": "Mācības līdz",
    "hours_per_week": "Mācību stundas nedēļā",
    "issued_on": "Izziņas datums",
}

ITEM_LABELS: dict[str, dict[str, str]] = {}
