"""Which documents a case needs, by service and situation: data in required_documents.yaml.

The rules and their sources live in the YAML file; this module loads it once, checks it against
a schema (a bad file is a ConfigError naming the file and the problem) and answers
`required_documents(service, situation, activities)`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml
from marshmallow import Schema, fields, validate
from marshmallow import ValidationError as SchemaError

from ..errors import ConfigError, UsageError
from .personal_code import age_on
from .registry import DOC_TYPES
from .vocabulary import ACTIVITY_KINDS, SERVICE_KINDS

SITUATIONS: tuple[str, ...] = ("adult_self", "adult_representative", "child", "family_assistant")
SITUATIONS_OF_SERVICE: dict[str, tuple[str, ...]] = {
    "assistant": ("adult_self", "adult_representative", "child"),
    "family_assistant": ("family_assistant",),
}
RULE_SETS: tuple[str, ...] = ("mk942", "mk316")
ADULT_AGE = 18  # seed 004: children "no 5 līdz 18 gadu vecumam"

# A case can require any registered form but the monthly timesheet (it comes after the
# decision) and `unknown`.
_DOC_TYPES = tuple(t for t in DOC_TYPES if t not in ("timesheet", "unknown"))
DEFAULT_FILE = "required_documents.yaml"


@dataclass(frozen=True)
class Requirement:
    """One document a case needs; `activity` is set for the certificate proving that activity."""

    doc_type: str
    activity: str | None
    rule: str
    label_lv: str
    optional: bool = False
    note: str = ""


class _RuleSchema(Schema):
    doc_type = fields.String(required=True, validate=validate.OneOf(_DOC_TYPES))
    label_lv = fields.String(required=True, validate=validate.Length(min=1))
    rule = fields.String(required=True, validate=validate.Length(min=1))
    rule_sets = fields.List(
        fields.String(validate=validate.OneOf(RULE_SETS)), load_default=lambda: list(RULE_SETS)
    )
    optional = fields.Boolean(load_default=False)
    note = fields.String(load_default="")


class _SituationSchema(Schema):
    label_lv = fields.String(required=True)
    documents = fields.List(fields.Nested(_RuleSchema), required=True)


class _ServiceSchema(Schema):
    label_lv = fields.String(required=True)
    situations = fields.Dict(
        keys=fields.String(validate=validate.OneOf(SITUATIONS)),
        values=fields.Nested(_SituationSchema),
        required=True,
    )
    activity_certificates = fields.Dict(
        keys=fields.String(validate=validate.OneOf(list(ACTIVITY_KINDS))),
        values=fields.Nested(_RuleSchema),
        load_default=dict,
    )


class _FileSchema(Schema):
    version = fields.Integer(required=True, validate=validate.Equal(1))
    services = fields.Dict(
        keys=fields.String(validate=validate.OneOf(list(SERVICE_KINDS))),
        values=fields.Nested(_ServiceSchema),
        required=True,
    )


def _flat(messages: Any, prefix: str = "") -> list[str]:
    if isinstance(messages, dict):
        return [m for k, v in messages.items() for m in _flat(v, f"{prefix}.{k}" if prefix else k)]
    if isinstance(messages, list) and all(isinstance(m, str) for m in messages):
        return [f"{prefix}: {' '.join(messages)}"]
    if isinstance(messages, list):
        return [m for i, v in enumerate(messages) for m in _flat(v, f"{prefix}.{i}")]
    return [f"{prefix}: {messages}"]


def _coverage_problems(data: dict[str, Any]) -> list[str]:
    """Every situation of every service, and a certificate for every activity, must be there."""
    problems = []
    for service, situations in SITUATIONS_OF_SERVICE.items():
        spec = data["services"].get(service)
        if spec is None:
            problems.append(f"services.{service}: missing")
            continue
        for situation in situations:
            if situation not in spec["situations"]:
                problems.append(f"services.{service}.situations.{situation}: missing")
        for situation in spec["situations"]:
            if situation not in situations:
                problems.append(
                    f"services.{service}.situations.{situation}: not a situation of {service}"
                )
    assistant = data["services"].get("assistant")
    if assistant is not None:
        for kind in ACTIVITY_KINDS:
            if kind not in assistant["activity_certificates"]:
                problems.append(f"services.assistant.activity_certificates.{kind}: missing")
    return problems


def parse_required_documents(text: str, source: str = DEFAULT_FILE) -> dict[str, Any]:
    """Read and check the YAML text of a required-documents file; ConfigError when it is wrong."""
    try:
        raw = yaml.load(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as error:
        reason = " ".join(str(error).split())
        raise ConfigError(f"not valid YAML ({reason})", file=source) from error
    if not isinstance(raw, dict):
        raise ConfigError("the top level must be a mapping with version and services", file=source)
    try:
        data: dict[str, Any] = _FileSchema().load(raw)
    except SchemaError as error:
        problems = "; ".join(_flat(error.messages))
        raise ConfigError(f"invalid required-documents rules: {problems}", file=source) from None
    problems_left = _coverage_problems(data)
    if problems_left:
        raise ConfigError(
            f"incomplete required-documents rules: {'; '.join(problems_left)}", file=source
        )
    return data


def load_required_documents(path: Path | None = None) -> dict[str, Any]:
    """The checked rules from `path`, or from the file shipped with the package."""
    if path is None:
        return _shipped()
    try:
        text = Path(path).read_text("utf-8")
    except OSError as error:
        raise ConfigError(f"cannot read ({error.strerror})", file=path) from error
    return parse_required_documents(text, str(path))


@lru_cache(maxsize=1)
def _shipped() -> dict[str, Any]:
    text = resources.files(__package__).joinpath(DEFAULT_FILE).read_text("utf-8")
    return parse_required_documents(text, f"asistents/forms/{DEFAULT_FILE}")


def _requirement(rule: dict[str, Any], activity: str | None) -> Requirement:
    return Requirement(
        doc_type=rule["doc_type"],
        activity=activity,
        rule=rule["rule"],
        label_lv=rule["label_lv"],
        optional=bool(rule["optional"]),
        note=rule["note"],
    )


def required_documents(
    service: str,
    situation: str,
    activities: list[str] | tuple[str, ...] = (),
    *,
    rule_set: str = "mk942",
    include_optional: bool = False,
    rules: dict[str, Any] | None = None,
) -> list[Requirement]:
    """The documents a case needs: the situation's own, then one certificate per claimed activity.

    An activity claimed twice needs one certificate. An activity outside the vocabulary still
    needs a proof (an activity certificate), so the gap shows instead of vanishing; the schema
    reports the unknown kind itself. Optional certificates come only with `include_optional`.
    """
    data = rules if rules is not None else _shipped()
    spec = data["services"].get(service)
    if spec is None:
        raise UsageError(f"unknown service {service!r} (known: {', '.join(data['services'])})")
    situation_spec = spec["situations"].get(situation)
    if situation_spec is None:
        known = ", ".join(spec["situations"])
        raise UsageError(f"situation {situation!r} does not apply to {service} (known: {known})")
    if rule_set not in RULE_SETS:
        raise UsageError(f"unknown rule set {rule_set!r} (known: {', '.join(RULE_SETS)})")
    found = [
        _requirement(rule, None)
        for rule in situation_spec["documents"]
        if rule_set in rule["rule_sets"]
    ]
    certificates = spec["activity_certificates"]
    for activity in dict.fromkeys(activities):
        rule = certificates.get(activity)
        if rule is None:
            if service != "assistant":
                continue  # the family assistant service asks for no activity certificates
            rule = {
                "doc_type": "activity_certificate",
                "label_lv": f"Apliecinājums par aktivitāti „{activity}”",
                "rule": ("Daugavpils pilsētas pašvaldības iestādes „Sociālais dienests” "
                         "apraksts „Asistentu pakalpojumi”, 3. punkts: katras pieteiktās "
                         "aktivitātes apliecinājums"),
                "optional": False,
                "note": "the activity is not one of the contract's kinds",
                "rule_sets": list(RULE_SETS),
            }
        if rule_set not in rule["rule_sets"] or (rule["optional"] and not include_optional):
            continue
        found.append(_requirement(rule, activity))
    return found


def _digits(code: str | None) -> str:
    return re.sub(r"\D", "", code or "")


def situation_for(
    *,
    service: str,
    applicant_code: str | None,
    client_code: str | None,
    on: date | None = None,
    client_age: int | None = None,
) -> str:
    """Which situation a case is in, from who applied for whom and the client's age.

    The age comes from `client_age`, else from an old-format client code on `on` (default
    today). A client under 18 is a `child` (the 5-year lower bound is an eligibility rule, not a
    different paper trail). Someone else applying for an adult, or for a client of unknown age,
    is `adult_representative`: both situations need the same documents but the opinion's kind.
    """
    if service == "family_assistant":
        return "family_assistant"
    if service != "assistant":
        raise UsageError(f"unknown service {service!r}")
    age = client_age if client_age is not None else age_on(client_code, on or date.today())
    if age is not None and age < ADULT_AGE:
        return "child"
    applicant, client = _digits(applicant_code), _digits(client_code)
    if applicant and client and applicant != client:
        return "adult_representative"
    return "adult_self"
