"""Pārstāvības dokuments: proof that a legal representative acts for the person (seed 004)."""

from __future__ import annotations

from marshmallow import Schema

from .field_types import optional_code, optional_date, optional_text

DOC_TYPE = "representation_document"
TITLE = "Likumiskā pārstāvja pārstāvības dokuments"


class RepresentationDocumentSchema(Schema):
    """The fields of a representation document (DESIGN.md extraction contract)."""

    representative_name = optional_text()
    representative_personal_code = optional_code()
    person_name = optional_text()
    personal_code = optional_code()
    basis = optional_text()  # as printed: "bāriņtiesas lēmums Nr. ...", "tiesas spriedums"
    issued_on = optional_date()


SCHEMA = RepresentationDocumentSchema

LABELS: dict[str, str] = {
    "representative_name": "Likumiskā pārstāvja vārds, uzvārds",
    "representative_personal_code": "Likumiskā pārstāvja personas kods",
    "person_name": "Pārstāvamās personas vārds, uzvārds",
    "personal_code": "Pārstāvamās personas personas kods",
    "basis": "Pārstāvības pamats",
    "issued_on": "Dokumenta datums",
}

ITEM_LABELS: dict[str, dict[str, str]] = {}
