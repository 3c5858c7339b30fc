"""VDEĀVK atzinums: the State Medical Commission's opinion on disability and the need for help."""

from __future__ import annotations

from typing import Any

from marshmallow import Schema, ValidationError, validates_schema

from .field_types import (
    one_of,
    optional_bool,
    optional_code,
    optional_date,
    optional_text,
    string_list,
)
from .vocabulary import DISABILITY_GROUPS, LIMITATIONS

DOC_TYPE = "commission_opinion"
TITLE = "Veselības un darbspēju ekspertīzes ārstu valsts komisijas atzinums"


class CommissionOpinionSchema(Schema):
    """The fields of a commission opinion (DESIGN.md extraction contract)."""

    opinion_no = optional_text()
    issued_on = optional_date()
    person_name = optional_text()
    personal_code = optional_code()
    disability_group = one_of(DISABILITY_GROUPS)
    valid_from = optional_date()
    valid_until = optional_date()  # null: the disability is set indefinitely
    limitations = string_list(LIMITATIONS)
    assistant_needed = optional_bool()
    special_care_needed = optional_bool()

    @validates_schema(skip_on_field_errors=False)
    def _period_runs_forward(self, data: dict[str, Any], **_: Any) -> None:
        start, end = data.get("valid_from"), data.get("valid_until")
        if start and end and end < start:
            raise ValidationError("ends before valid_from", field_name="valid_until")


SCHEMA = CommissionOpinionSchema

LABELS: dict[str, str] = {
    "opinion_no": "Atzinuma numurs",
    "issued_on": "Atzinuma datums",
    "person_name": "Personas vārds, uzvārds",
    "personal_code": "Personas kods",
    "disability_group": "Invaliditātes grupa",
    "valid_from": "Invaliditāte noteikta no",
    "valid_until": "Invaliditāte noteikta līdz",
    "limitations": "Funkcionālie traucējumi",
    "assistant_needed": "Nepieciešams asistenta pakalpojums",
    "special_care_needed": "Nepieciešama īpaša kopšana",
}

ITEM_LABELS: dict[str, dict[str, str]] = {}
