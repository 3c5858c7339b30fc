"""The document types of the extraction contract: doc_type -> its form (schema, title, labels)."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from types import ModuleType
from typing import Any

from marshmallow import Schema
from marshmallow import ValidationError as SchemaError
from marshmallow import fields as mm_fields

from ..errors import ValidationError
from ..privacy import redact
from . import (
    activity_certificate,
    application,
    commission_opinion,
    employer_certificate,
    representation_document,
    school_certificate,
    social_worker_opinion,
    timesheet,
)
from .field_types import Month
from .vocabulary import ACTIVITY_KINDS as _ACTIVITY_KINDS
from .vocabulary import SERVICE_KINDS as _SERVICE_KINDS

ACTIVITY_KINDS: tuple[str, ...] = tuple(_ACTIVITY_KINDS)
SERVICE_KINDS: tuple[str, ...] = tuple(_SERVICE_KINDS)


class UnknownSchema(Schema):
    """Anything that is none of our document types carries no fields."""


@dataclass(frozen=True)
class FormSpec:
    """One official document type: its contract name, Latvian title, schema and field labels."""

    doc_type: str
    title: str
    schema: type[Schema]
    labels: dict[str, str]
    item_labels: dict[str, dict[str, str]] = field(default_factory=dict)

    @property
    def fields(self) -> tuple[str, ...]:
        """The contract's field names in the contract's order."""
        return tuple(self.schema().fields)

    def list_fields(self) -> tuple[str, ...]:
        """Fields that hold lists (absent means [] rather than null)."""
        return tuple(
            name
            for name, value in self.schema().fields.items()
            if isinstance(value, mm_fields.List)
        )


def _spec(module: ModuleType) -> FormSpec:
    return FormSpec(
        doc_type=module.DOC_TYPE,
        title=module.TITLE,
        schema=module.SCHEMA,
        labels=dict(module.LABELS),
        item_labels=dict(module.ITEM_LABELS),
    )


DOC_TYPES: dict[str, FormSpec] = {
    spec.doc_type: spec
    for spec in map(
        _spec,
        (
            application,
            employer_certificate,
            school_certificate,
            activity_certificate,
            commission_opinion,
            representation_document,
            social_worker_opinion,
            timesheet,
        ),
    )
}
DOC_TYPES["unknown"] = FormSpec("unknown", "Cits dokuments", UnknownSchema, {})


@cache
def _schema(doc_type: str) -> Schema:
    """One schema instance per doc_type: marshmallow schemas hold no per-call state."""
    return DOC_TYPES[doc_type].schema()


def form_for(doc_type: str) -> FormSpec:
    """The form of `doc_type`; an unknown name is a ValidationError naming it."""
    try:
        return DOC_TYPES[doc_type]
    except KeyError:
        known = ", ".join(DOC_TYPES)
        raise ValidationError(
            f"unknown doc_type {doc_type!r} (known: {known})", fields={"doc_type": "unknown"}
        ) from None


def is_month_field(doc_type: str | None, name: str) -> bool:
    """Whether `doc_type`'s field `name` holds a contract month (`YYYY-MM`), not free text."""
    if doc_type not in DOC_TYPES:
        return False
    return isinstance(_schema(doc_type).fields.get(name), Month)


def empty_fields(doc_type: str) -> dict[str, Any]:
    """Every contract field of `doc_type` absent: null, lists []."""
    spec = form_for(doc_type)
    lists = set(spec.list_fields())
    return {name: [] if name in lists else None for name in spec.fields}


def _flatten(messages: Any, prefix: str = "") -> dict[str, str]:
    """marshmallow's nested {field: [msg]} / {field: {index: {...}}} -> {"a.0.b": "msg; msg"}."""
    if isinstance(messages, dict):
        flat: dict[str, str] = {}
        for key, value in messages.items():
            name = f"{prefix}.{key}" if prefix else str(key)
            flat.update(_flatten(value, name))
        return flat
    if isinstance(messages, list) and all(isinstance(m, str) for m in messages):
        return {prefix or "_schema": "; ".join(messages)}
    if isinstance(messages, list):
        flat = {}
        for index, value in enumerate(messages):
            flat.update(_flatten(value, f"{prefix}.{index}" if prefix else str(index)))
        return flat
    return {prefix or "_schema": str(messages)}


def label_for(doc_type: str, field_path: str) -> str | None:
    """The Latvian label of a field path ("activities.0.kind" -> "Aktivitāte"), if there is one."""
    spec = DOC_TYPES.get(doc_type)
    if spec is None:
        return None
    parts = field_path.split(".")
    if len(parts) >= 3 and parts[0] in spec.item_labels:
        return spec.item_labels[parts[0]].get(parts[-1])
    return spec.labels.get(parts[0])


def _message(doc_type: str, field_path: str, text: str) -> str:
    label = label_for(doc_type, field_path)
    if text == "Unknown field.":
        text = "is not a field of this document type"
    named = f"{field_path} ({label})" if label else field_path
    # one line, and never a whole personal code even if a message quoted the input
    return redact(" ".join(f"{named}: {text}".split()))


def validate_fields(doc_type: str, fields: dict[str, Any]) -> dict[str, str]:
    """Field path -> one-line message for each problem in `fields`; {} when they are valid."""
    if doc_type not in DOC_TYPES:
        return {"doc_type": f"doc_type: unknown document type {doc_type!r}"}
    if not isinstance(fields, dict):
        return {"fields": "fields: must be an object"}
    errors = _schema(doc_type).validate(fields)
    return {path: _message(doc_type, path, text) for path, text in _flatten(errors).items()}


def load_fields(
    doc_type: str, fields: dict[str, Any], *, file: str | None = None
) -> dict[str, Any]:
    """`fields` through the schema (dates as `date`); a ValidationError lists every problem."""
    spec = form_for(doc_type)
    try:
        loaded: dict[str, Any] = _schema(doc_type).load(fields)
    except SchemaError as error:
        problems = {
            path: _message(doc_type, path, text) for path, text in _flatten(error.messages).items()
        }
        summary = "; ".join(problems.values())
        raise ValidationError(
            f"{spec.doc_type} fields are invalid: {summary}", file=file, fields=problems
        ) from None
    return loaded
