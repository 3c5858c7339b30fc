"""The municipality's settings for the documents it issues: one YAML file, checked on load.

Everything a decision says about its issuer (name, address, registration number, logo, who
signs, where to contest it, how numbers and the dated line look) comes from this file, never
from a template. The sample (`templates_docx/municipality.yaml`) is an invented service; a
municipality copies it, edits it and points `--municipality FILE` or `ASISTENTS_MUNICIPALITY`
at its copy. A missing or empty value stops generation with a ConfigError naming the key.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import yaml
from marshmallow import Schema, ValidationError, fields, post_load, validate

from ..errors import ConfigError
from ..forms.field_types import RegistrationNumber

MUNICIPALITY_ENV = "ASISTENTS_MUNICIPALITY"
SAMPLE_NAME = "municipality.yaml"
_LOGO_SUFFIXES = (".png", ".jpg", ".jpeg")


def _text(**kwargs: Any) -> fields.String:
    return fields.String(required=True, validate=validate.Length(min=1), **kwargs)


class _Strict(Schema):
    class Meta:
        unknown = "raise"


class ServiceSchema(_Strict):
    name = _text()  # "Paraugu novada Sociālais dienests", as the letterhead prints it
    name_genitive = _text()  # "... Sociālā dienesta": whose decision
    registration_no = RegistrationNumber(required=True)
    address = _text()
    phone = _text()
    email = fields.Email(required=True)
    website = fields.String(load_default="")
    logo = _text()  # a PNG or JPEG next to this file (or an absolute path)


class OfficialSchema(_Strict):
    name = _text()
    position = _text()


class SignersSchema(_Strict):
    decision = _text()  # a key of `officials`
    plan = _text()


class AppealSchema(_Strict):
    body = _text()  # nominative: "Paraugu novada dome"
    body_locative = _text()  # where one contests: "Paraugu novada domē"
    body_genitive = _text()  # whose decision is then appealed: "Paraugu novada domes"
    address = _text()


class CourtSchema(_Strict):
    name = _text()
    name_locative = _text()
    address = fields.String(load_default="")


class PlaceSchema(_Strict):
    name = _text()  # "Paraugciems"
    locative = _text()  # the dated line: "Paraugciemā"


class MunicipalitySchema(_Strict):
    service = fields.Nested(ServiceSchema, required=True)
    place = fields.Nested(PlaceSchema, required=True)
    decision_number_prefix = fields.String(required=True)
    officials = fields.Dict(keys=fields.String(), values=fields.Nested(OfficialSchema),
                            required=True, validate=validate.Length(min=1))
    signers = fields.Nested(SignersSchema, required=True)
    appeal = fields.Nested(AppealSchema, required=True)
    court = fields.Nested(CourtSchema, required=True)
    # The municipality's own binding rules on the family assistant service (the family
    # decisions' legal basis), by their public name.
    family_assistant_rules = _text()

    @post_load
    def _signers_known(self, data: dict[str, Any], **_: Any) -> dict[str, Any]:
        for role in ("decision", "plan"):
            if data["signers"][role] not in data["officials"]:
                raise ValidationError({"signers": {role: [
                    f"no official {data['signers'][role]!r} (known: "
                    f"{', '.join(data['officials'])})"]}})
        return data


@dataclass(frozen=True)
class Official:
    """Who signs: name and position as printed under the signature."""

    name: str
    position: str


@dataclass(frozen=True)
class Municipality:
    """A checked municipality file; `path` is the file it came from (printed by every command)."""

    path: Path
    data: dict[str, Any]

    @property
    def service(self) -> dict[str, str]:
        return dict(self.data["service"])

    @property
    def logo(self) -> Path:
        logo = Path(self.data["service"]["logo"])
        return logo if logo.is_absolute() else self.path.parent / logo

    @property
    def prefix(self) -> str:
        return str(self.data["decision_number_prefix"])

    def signer(self, role: str) -> Official:
        official = self.data["officials"][self.data["signers"][role]]
        return Official(official["name"], official["position"])

    def context(self) -> dict[str, Any]:
        """The values templates use, under `municipality`."""
        return {
            "service": {k: v for k, v in self.data["service"].items() if k != "logo"},
            "place": dict(self.data["place"]),
            "appeal": dict(self.data["appeal"]),
            "court": dict(self.data["court"]),
            "family_assistant_rules": self.data["family_assistant_rules"],
        }


# marshmallow's wording -> what a clerk editing the file needs to read
_PLAIN: dict[str, str] = {
    "Missing data for required field.": "missing",
    "Shorter than minimum length 1.": "empty",
    "Unknown field.": "unknown key (a typo?)",
    "Field may not be null.": "empty",
}


def _flatten(messages: Any, path: str = "") -> list[str]:
    if isinstance(messages, dict):
        out = []
        for key, value in messages.items():
            out.extend(_flatten(value, f"{path}.{key}" if path else str(key)))
        return out
    if isinstance(messages, list) and all(isinstance(m, str) for m in messages):
        return [f"{path}: {' '.join(_PLAIN.get(m) or m for m in messages)}"]
    if isinstance(messages, list):
        return [line for m in messages for line in _flatten(m, path)]
    return [f"{path}: {messages}"]


def sample_path() -> Path:
    """The shipped sample: an invented social service."""
    return Path(str(resources.files("asistents.templates_docx").joinpath(SAMPLE_NAME)))


def municipality_path(path: str | Path | None = None) -> Path:
    """The file to use: `path`, else $ASISTENTS_MUNICIPALITY, else the shipped sample."""
    chosen = path or os.environ.get(MUNICIPALITY_ENV)
    return Path(chosen) if chosen else sample_path()


def parse_municipality(data: Any, path: Path) -> Municipality:
    """Check loaded YAML; ConfigError naming the file and every missing or wrong key."""
    if not isinstance(data, dict):
        raise ConfigError("the top level must be a mapping", file=path)
    try:
        checked = MunicipalitySchema().load(data)
    except ValidationError as exc:
        problems = _flatten(exc.messages)
        raise ConfigError("; ".join(problems), file=path) from None
    municipality = Municipality(path=path, data=checked)
    logo = municipality.logo
    if logo.suffix.lower() not in _LOGO_SUFFIXES:
        raise ConfigError(f"service.logo: {logo.name} is not a PNG or JPEG image", file=path)
    if not logo.is_file():
        raise ConfigError(f"service.logo: no image at {logo}", file=path)
    return municipality


def load_municipality(path: str | Path | None = None) -> Municipality:
    """Read and check the municipality file (see `municipality_path`)."""
    chosen = municipality_path(path)
    try:
        text = chosen.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"cannot read the municipality settings: {exc.strerror or exc}",
                          file=chosen) from None
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        raise ConfigError(f"not valid YAML{where}", file=chosen) from None
    return parse_municipality(data, chosen.resolve())


__all__ = [
    "MUNICIPALITY_ENV",
    "Municipality",
    "Official",
    "load_municipality",
    "municipality_path",
    "parse_municipality",
    "sample_path",
]
