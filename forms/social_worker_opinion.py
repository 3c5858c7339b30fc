"""Sociālā darbinieka atzinums: the social worker's opinion behind the family assistant service."""

from __future__ import annotations

from marshmallow import Schema, fields, validate

from .field_types import hours, one_of, optional_code, optional_date, optional_text, string_list
from .vocabulary import FAMILY_CATEGORIES

DOC_TYPE = "social_worker_opinion"
TITLE = "Sociālā darbinieka atzinums"


class SocialWorkerOpinionSchema(Schema):
    """The fields of a social worker's opinion (DESIGN.md extraction contract)."""

    person_name = optional_text()
    personal_code = optional_code()
    category = one_of(FAMILY_CATEGORIES)
    hours_per_week = hours()
    # Seed 000 grants up to six months at a time; a longer term is a rule finding, not a type error.
    period_months = fields.Integer(
        allow_none=True,
        load_default=None,
        strict=True,
        validate=validate.Range(min=1, max=36, error="period must be 1 to 36 months"),
    )
    tasks = string_list()
    issued_on = optional_date()


SCHEMA = SocialWorkerOpinionSchema

LABELS: dict[str, str] = {
    "person_name": "Klienta vārds, uzvārds",
    "personal_code": "Personas kods",
    "category": "Mērķa grupa",
    "hours_per_week": "Pakalpojuma apjoms, stundas nedēļā",
    "period_months": "Pakalpojuma termiņš, mēneši",
    "tasks": "Ģimenes asistenta uzdevumi",
    "issued_on": "Atzinuma datums",
}

ITEM_LABELS: dict[str, dict[str, str]] = {}
