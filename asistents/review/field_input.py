"""What a clerk types into a field, turned into the contract's typed value and checked.

Each field's widget comes from its forms schema (a personal code, a date, hours, yes/no, one
of a vocabulary, a list); the typed value is then validated by the same schema
(`forms.validate_fields`), so a personal code with a bad check digit is refused with the reason,
as intake's reader would flag it. Messages are Latvian: the schema's English phrases are
translated here, the rest shown as they come.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from marshmallow import fields as mm_fields
from marshmallow import validate as mm_validate

from ..forms import DOC_TYPES, normalize_personal_code, parse_date, validate_fields
from ..forms.field_types import Hours, PersonalCode, StrictBoolean
from ..forms.latvian_dates import readable_date, readable_month
from ..forms.registry import is_month_field
from ..forms.vocabulary import (
    ACTIVITY_KINDS,
    DISABILITY_GROUPS,
    EDUCATION_LEVELS,
    FAMILY_CATEGORIES,
    LIMITATIONS,
    SERVICE_KINDS,
)

# The Latvian words of every closed vocabulary value (the form's select boxes show these).
VALUE_LABELS: dict[str, str] = {
    **SERVICE_KINDS, **ACTIVITY_KINDS, **EDUCATION_LEVELS, **DISABILITY_GROUPS, **LIMITATIONS,
    **FAMILY_CATEGORIES,
}


class InputProblem(ValueError):
    """The typed value cannot be used; the message is for the clerk (Latvian)."""


@dataclass(frozen=True)
class FieldKind:
    """How a field is typed: its widget and, for a vocabulary, its choices (value, label)."""

    widget: str  # code | date | number | integer | bool | choice | multi | lines | activities
    #              | text | fixed (not editable on the desk: confirm or mark absent only)
    choices: tuple[tuple[str, str], ...] = field(default=())

    @property
    def is_list(self) -> bool:
        return self.widget in ("multi", "lines", "activities", "fixed_list")


def field_kind(doc_type: str, name: str) -> FieldKind:
    """The widget of `doc_type`'s field `name`, from its schema."""
    spec = DOC_TYPES.get(doc_type)
    schema_field = spec.schema().fields.get(name) if spec is not None else None
    if schema_field is None:
        return FieldKind("text")
    if isinstance(schema_field, PersonalCode):
        return FieldKind("code")
    if isinstance(schema_field, mm_fields.Date):
        return FieldKind("date")
    if isinstance(schema_field, Hours):
        return FieldKind("number")
    if isinstance(schema_field, mm_fields.Integer):
        return FieldKind("integer")
    if isinstance(schema_field, StrictBoolean):
        return FieldKind("bool", (("true", "jā"), ("false", "nē")))
    if isinstance(schema_field, mm_fields.List):
        inner = schema_field.inner
        if isinstance(inner, mm_fields.Nested):
            nested = inner.nested
            names = set(getattr(nested, "_declared_fields", {}))
            if names == {"kind", "hours_per_week"}:
                return FieldKind("activities", _choices(tuple(ACTIVITY_KINDS)))
            return FieldKind("fixed_list")
        values = _one_of(inner)
        return FieldKind("multi", _choices(values)) if values else FieldKind("lines")
    values = _one_of(schema_field)
    if values:
        return FieldKind("choice", _choices(values))
    return FieldKind("text")


def parse_input(doc_type: str, name: str, raw: str | list[str]) -> Any:
    """The typed value of what was entered (empty: None, or [] for a list)."""
    kind = field_kind(doc_type, name)
    text = raw if isinstance(raw, str) else "\n".join(raw)
    text = text.strip()
    if kind.widget == "fixed_list":
        raise InputProblem("šo lauku lapā nelabo: apstipriniet to vai atzīmējiet kā neesošu")
    if kind.widget == "multi":
        items = raw if isinstance(raw, list) else [p for p in re.split(r"[,\n]", text)]
        return [item.strip() for item in items if item.strip()]
    if kind.widget == "lines":
        return [line.strip() for line in text.splitlines() if line.strip()]
    if kind.widget == "activities":
        return [_activity(line) for line in text.splitlines() if line.strip()]
    if not text:
        return None
    if kind.widget == "code":
        return normalize_personal_code(text) or text
    if kind.widget == "date":
        parsed = parse_date(text)
        if parsed is None:
            raise InputProblem(f"“{text}” nav datums (piemēram, 2026-03-15 vai 15.03.2026.)")
        return parsed.isoformat()
    if kind.widget in ("number", "integer"):
        try:
            number = float(text.replace(",", ".").replace(" ", ""))
        except ValueError:
            raise InputProblem(f"“{text}” nav skaitlis") from None
        if kind.widget == "integer":
            if number != int(number):
                raise InputProblem(f"“{text}” nav vesels skaitlis")
            return int(number)
        return int(number) if number == int(number) else number
    if kind.widget == "bool":
        if text.casefold() in ("true", "jā", "ja"):
            return True
        if text.casefold() in ("false", "nē", "ne"):
            return False
        raise InputProblem("atbilde ir “jā” vai “nē”")
    return " ".join(text.split())


def validate_value(doc_type: str, fields: dict[str, Any], name: str, value: Any) -> None:
    """Raise InputProblem when `value` in `name` fails the document type's schema."""
    candidate = {**fields, name: value}
    problems = {
        path: message for path, message in validate_fields(doc_type, candidate).items()
        if path == name or path.startswith(f"{name}.") or path == "_schema"
    }
    if problems:
        raise InputProblem("; ".join(latvian(m) for m in problems.values()))


def display_value(doc_type: str, name: str, value: Any) -> str:
    """A value as the page shows it (Latvian words for vocabulary values)."""
    if value is None or value == [] or value == "":
        return "—"
    if isinstance(value, bool):
        return "jā" if value else "nē"
    if isinstance(value, list):
        parts = []
        for item in value:
            if isinstance(item, dict) and "kind" in item:
                hours = item.get("hours_per_week")
                label = VALUE_LABELS.get(str(item["kind"]), str(item["kind"]))
                parts.append(f"{label}: {_number(hours)} h" if hours is not None else label)
            elif isinstance(item, dict):
                parts.append(_item_text(doc_type, name, item))
            else:
                parts.append(VALUE_LABELS.get(str(item), str(item)))
        return "; ".join(parts)
    if isinstance(value, int | float):
        return _number(value)
    if is_month_field(doc_type, name):
        return str(readable_month(value))
    return VALUE_LABELS.get(str(value), str(readable_date(value)))


def _item_text(doc_type: str, name: str, item: dict[str, Any]) -> str:
    """One row of a list of records (a timesheet's entry) under the form's own Latvian labels."""
    spec = DOC_TYPES.get(doc_type)
    labels = spec.item_labels.get(name, {}) if spec is not None else {}
    shown = []
    for key, value in item.items():
        if value is None:
            continue
        if isinstance(value, int | float) and not isinstance(value, bool):
            text = _number(value)
        else:
            text = VALUE_LABELS.get(str(value), str(readable_date(value)))
        shown.append(f"{labels.get(key, key)} {text}")
    return ", ".join(shown)


def input_text(doc_type: str, name: str, value: Any) -> str:
    """The value as it stands in the correction form's text box."""
    kind = field_kind(doc_type, name)
    if value is None:
        return ""
    if kind.widget == "activities" and isinstance(value, list):
        return "\n".join(
            f"{item.get('kind')}: {_number(item.get('hours_per_week'))}"
            if item.get("hours_per_week") is not None else str(item.get("kind"))
            for item in value if isinstance(item, dict)
        )
    if kind.widget == "lines" and isinstance(value, list):
        return "\n".join(str(v) for v in value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return _number(value)
    return str(value)


_TRANSLATIONS = (
    (r"personal code (\S+) fails the checksum \(check digit is wrong\)",
     r"personas kods \1 neatbilst kontrolciparam (pēdējais cipars nav pareizs)"),
    (r"personal code (\S+) must be written DDDDDD-DDDDD",
     r"personas kods \1 jāraksta DDDDDD-DDDDD"),
    (r"personal code (\S+) must be 11 digits \(DDDDDD-DDDDD\)",
     r"personas kodā jābūt 11 cipariem (DDDDDD-DDDDD)"),
    (r"personal code (\S+) has an impossible birth date",
     r"personas kodā \1 nav iespējama dzimšanas datuma"),
    (r"personal code (\S+) has a birth date in the future",
     r"personas kodā \1 dzimšanas datums ir nākotnē"),
    (r"personal code (\S+) has an impossible century digit",
     r"personas kodā \1 nav iespējama gadsimta cipara"),
    (r"personal code (\S+) is not a personal code.*", r"\1 nav personas kods"),
    (r"must be a real date written YYYY-MM-DD", "jābūt īstam datumam"),
    (r"hours must be between 0 and (\d+)", r"stundām jābūt no 0 līdz \1"),
    (r"must be one of: .*", "jābūt vienai no piedāvātajām vērtībām"),
    (r"ends before valid_from", "beidzas pirms sākuma datuma"),
    (r"registration number fails the checksum", "reģistrācijas numurs neatbilst kontrolciparam"),
    (r"registration number must be 11 digits", "reģistrācijas numurā jābūt 11 cipariem"),
    (r"Not a valid email address\.", "nav derīga e-pasta adrese"),
    (r"period must be 1 to 36 months", "termiņam jābūt no 1 līdz 36 mēnešiem"),
)


def latvian(message: str) -> str:
    """A forms validation message ("path (Label): reason") with the reason in Latvian."""
    named, _, reason = message.partition(": ")
    label = re.search(r"\(([^)]*)\)", named)
    for pattern, replacement in _TRANSLATIONS:
        if re.search(pattern, reason):
            reason = re.sub(pattern, replacement, reason)
            break
    return f"{label.group(1) if label else named}: {reason}" if reason else message


def _activity(line: str) -> dict[str, Any]:
    """"work: 20", "darbs 20", "mācības: 20,5" or "leisure" -> {kind, hours_per_week}."""
    match = re.fullmatch(r"\s*(.+?)\s*[:=]?\s*(\d+(?:[.,]\d+)?)?\s*h?\s*", line)
    if not match:
        raise InputProblem(f"“{line.strip()}”: rakstiet “aktivitāte: stundas”")
    name, hours = match.group(1).casefold(), match.group(2)
    kind = next(
        (code for code, label in ACTIVITY_KINDS.items()
         if name in (code, label.casefold()) or label.casefold().startswith(name)),
        None,
    )
    if kind is None:
        known = ", ".join(ACTIVITY_KINDS)
        raise InputProblem(f"“{match.group(1)}” nav zināma aktivitāte ({known})")
    value = float(hours.replace(",", ".")) if hours else None
    if value is not None and value == int(value):
        value = int(value)
    return {"kind": kind, "hours_per_week": value}


def _one_of(schema_field: Any) -> tuple[str, ...]:
    validators = getattr(schema_field, "validators", None) or []
    for validator in validators:
        if isinstance(validator, mm_validate.OneOf):
            return tuple(str(c) for c in validator.choices)
    return ()


def _choices(values: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    return tuple((value, VALUE_LABELS.get(value, value)) for value in values)


def _number(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).replace(".", ",") if isinstance(value, float) else str(value)


__all__ = [
    "VALUE_LABELS",
    "FieldKind",
    "InputProblem",
    "display_value",
    "field_kind",
    "input_text",
    "latvian",
    "parse_input",
    "validate_value",
]
