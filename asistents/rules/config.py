"""The rule sets and the municipal configuration, loaded once from YAML and checked on load."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from importlib import resources
from itertools import pairwise
from pathlib import Path
from typing import Any

import yaml

from ..errors import ConfigError
from ..forms.registry import ACTIVITY_KINDS as _FORM_ACTIVITY_KINDS
from ..forms.vocabulary import FAMILY_CATEGORIES as _FORM_FAMILY_CATEGORIES

# The activity kinds of the extraction contract, in the order a decision lists them: the
# forms registry is the one place they are named.
ACTIVITY_KINDS = _FORM_ACTIVITY_KINDS

DURATION_OPTIONS = ("one_off", "one_month", "several_months", "end_of_year", "one_year")
"""The duration options seed 004 names (vienreizējs ... uz vienu gadu)."""

# The family assistant categories a social worker's opinion names (forms vocabulary).
FAMILY_CATEGORIES: tuple[str, ...] = tuple(_FORM_FAMILY_CATEGORIES)

FAMILY_CONFIG_ENV = "ASISTENTS_FAMILY_CONFIG"
RULE_SETS_ENV = "ASISTENTS_RULE_SETS"


@dataclass(frozen=True)
class Figure:
    """One number of a rule with where it comes from; `unconfirmed` when no primary text has it."""

    value: float
    source: str
    unconfirmed: bool = False


@dataclass(frozen=True)
class ActivityCap:
    """The weekly cap of one activity kind (MK 942 annex 1 as the seeds give it)."""

    hours: float
    source: str
    unconfirmed: bool = False
    only_for_limitation: str | None = None
    fallback_kind: str | None = None


@dataclass(frozen=True)
class AdultTier:
    """An mk316 adult purpose: monthly hours at the lower and higher support intensity."""

    lower: float
    higher: float
    source: str
    unconfirmed: bool = True


@dataclass(frozen=True)
class PayRate:
    """The state's hourly price for a date range (inclusive), adult and minor clients."""

    valid_from: date
    valid_until: date | None
    adult: Decimal
    minor: Decimal
    source: str


@dataclass(frozen=True)
class RuleSet:
    """One national rule set of the assistant service (`mk942` weekly, `mk316` monthly)."""

    name: str
    title: str
    source: str
    valid_from: date
    valid_until: date | None
    unit: str  # "week" or "month": what the hours of this rule set count
    child_min_age: int
    child_max_age: int
    child_source: str
    excluded_residence: tuple[str, ...]
    excluded_source: str
    decision_months: int
    decision_source: str
    adult_groups: tuple[str, ...] = ()
    adult_source: str = ""
    caps: dict[str, ActivityCap] = field(default_factory=dict)
    total_cap: Figure | None = None
    visual_benefit: Figure | None = None
    duration_options: tuple[str, ...] = DURATION_OPTIONS
    default_duration: str = "one_year"
    duration_source: str = ""
    child_hours: dict[str, Figure] = field(default_factory=dict)
    companion_source: str = ""
    adult_tiers: dict[str, AdultTier] = field(default_factory=dict)
    max_years: Figure | None = None
    pay_rates: tuple[PayRate, ...] = ()
    administration_max: Decimal | None = None

    def in_force_on(self, day: date) -> bool:
        return self.valid_from <= day and (self.valid_until is None or day <= self.valid_until)


@dataclass(frozen=True)
class CategoryCap:
    """A family assistant category with its weekly cap in this municipality."""

    label: str
    hours_per_week: float
    source: str


@dataclass(frozen=True)
class FamilyAssistantConfig:
    """A municipality's family assistant rules: categories, caps, term, caseload (seeds 000/002)."""

    municipality: str
    categories: dict[str, CategoryCap]
    max_months: int
    max_months_source: str
    extension_source: str
    caseload: dict[str, int]
    caseload_source: str
    decision_months: int
    decision_source: str
    path: str = ""


@dataclass(frozen=True)
class RulesConfig:
    """Everything the rules read: the national rule sets and the municipal family configuration."""

    rule_sets: dict[str, RuleSet]
    family: FamilyAssistantConfig
    rule_sets_path: str = ""

    def rule_set_name(self, name: str) -> str:
        """The act a rule set is, as users know it ("Ministru kabineta 2012. gada 18. decembra
        noteikumi Nr. 942"): its title without the quoted heading; an unknown key as it is."""
        rule_set = self.rule_sets.get(name)
        return rule_set.title.split(" „")[0] if rule_set else name

    def rule_set(self, name: str) -> RuleSet:
        try:
            return self.rule_sets[name]
        except KeyError:
            raise ConfigError(f"no rule set {name!r}", file=self.rule_sets_path) from None


# --- checking one YAML mapping at a time -------------------------------------------------------


class _Reader:
    """Reads typed values out of a YAML mapping; every problem names the file and the key path."""

    def __init__(self, path: str) -> None:
        self.path = path

    def fail(self, where: str, reason: str) -> ConfigError:
        return ConfigError(f"{where}: {reason}", file=self.path)

    def mapping(self, data: Any, where: str) -> dict[str, Any]:
        if not isinstance(data, dict):
            raise self.fail(where, "expected a mapping")
        return data

    def get(self, data: dict[str, Any], key: str, where: str) -> Any:
        if key not in data:
            raise self.fail(f"{where}.{key}", "missing")
        return data[key]

    def text(self, data: dict[str, Any], key: str, where: str, default: str | None = None) -> str:
        if default is not None and key not in data:
            return default
        value = self.get(data, key, where)
        if not isinstance(value, str) or not value.strip():
            raise self.fail(f"{where}.{key}", "expected non-empty text")
        return value

    def number(self, data: dict[str, Any], key: str, where: str) -> float:
        value = self.get(data, key, where)
        if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
            raise self.fail(f"{where}.{key}", f"expected a number >= 0, got {value!r}")
        return float(value)

    def integer(self, data: dict[str, Any], key: str, where: str) -> int:
        value = self.get(data, key, where)
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise self.fail(f"{where}.{key}", f"expected a whole number >= 0, got {value!r}")
        return value

    def optional_day(self, data: dict[str, Any], key: str, where: str) -> date | None:
        return None if data.get(key) is None else self.day(data, key, where)

    def day(self, data: dict[str, Any], key: str, where: str) -> date:
        value = self.get(data, key, where)
        if isinstance(value, str):
            try:
                value = date.fromisoformat(value)
            except ValueError:
                raise self.fail(f"{where}.{key}", f"not an ISO date: {value!r}") from None
        if not isinstance(value, date):
            raise self.fail(f"{where}.{key}", f"expected a date YYYY-MM-DD, got {value!r}")
        return value

    def decimal(self, data: dict[str, Any], key: str, where: str) -> Decimal:
        value = self.get(data, key, where)
        try:
            amount = Decimal(str(value))
        except InvalidOperation:
            raise self.fail(f"{where}.{key}", f"not an amount: {value!r}") from None
        if amount < 0:
            raise self.fail(f"{where}.{key}", "negative amount")
        return amount

    def flag(self, data: dict[str, Any], key: str, where: str) -> bool:
        value = data.get(key, False)
        if not isinstance(value, bool):
            raise self.fail(f"{where}.{key}", f"expected true or false, got {value!r}")
        return value

    def figure(self, data: dict[str, Any], key: str, where: str, unit_key: str = "hours") -> Figure:
        item = self.mapping(self.get(data, key, where), f"{where}.{key}")
        return Figure(
            value=self.number(item, unit_key, f"{where}.{key}"),
            source=self.text(item, "source", f"{where}.{key}"),
            unconfirmed=self.flag(item, "unconfirmed", f"{where}.{key}"),
        )

    def strings(self, data: dict[str, Any], key: str, where: str) -> tuple[str, ...]:
        value = data.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self.fail(f"{where}.{key}", "expected a list of names")
        return tuple(value)


def _read_yaml(path: Path) -> Any:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"cannot read: {exc.strerror or exc}", file=path) from None
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        raise ConfigError(f"not valid YAML{where}", file=path) from None


def _pay_rates(r: _Reader, data: dict[str, Any], where: str) -> tuple[tuple[PayRate, ...], Any]:
    if "pay_rates" not in data:
        return (), None
    block = r.mapping(data["pay_rates"], f"{where}.pay_rates")
    source = r.text(block, "source", f"{where}.pay_rates")
    rows = r.get(block, "rates", f"{where}.pay_rates")
    if not isinstance(rows, list):
        raise r.fail(f"{where}.pay_rates.rates", "expected a list")
    rates = []
    for i, row in enumerate(rows):
        w = f"{where}.pay_rates.rates[{i}]"
        row = r.mapping(row, w)
        start = r.day(row, "from", w)
        until = r.optional_day(row, "until", w)
        if until is not None and until < start:
            raise r.fail(w, "until is before from")
        rates.append(PayRate(start, until, r.decimal(row, "adult", w), r.decimal(row, "minor", w),
                             source))
    # One rate per day: a month priced twice would make pay depend on the file's order.
    ordered = sorted(rates, key=lambda rate: rate.valid_from)
    for earlier, later in pairwise(ordered):
        if earlier.valid_until is None or earlier.valid_until >= later.valid_from:
            raise r.fail(f"{where}.pay_rates", f"rates from {earlier.valid_from} and "
                         f"{later.valid_from} overlap")
    admin = r.decimal(block, "administration_max", f"{where}.pay_rates") \
        if "administration_max" in block else None
    return tuple(rates), admin


def _rule_set(r: _Reader, name: str, data: Any) -> RuleSet:
    where = f"rule_sets.{name}"
    data = r.mapping(data, where)
    unit = r.text(data, "unit", where)
    if unit not in ("week", "month"):
        raise r.fail(f"{where}.unit", f"expected week or month, got {unit!r}")
    elig = r.mapping(r.get(data, "eligibility", where), f"{where}.eligibility")
    ew = f"{where}.eligibility"
    child_min = r.integer(elig, "child_min_age", ew)
    child_max = r.integer(elig, "child_max_age", ew)
    if child_max < child_min:
        raise r.fail(ew, "child_max_age is below child_min_age")
    decision = r.mapping(r.get(data, "decision", where), f"{where}.decision")
    valid_from = r.day(data, "valid_from", where)
    valid_until = r.optional_day(data, "valid_until", where)
    if valid_until is not None and valid_until < valid_from:
        raise r.fail(where, "valid_until is before valid_from")
    rates, admin = _pay_rates(r, data, where)
    kwargs: dict[str, Any] = {}
    if unit == "week":
        caps_data = r.mapping(r.get(data, "caps", where), f"{where}.caps")
        caps = {}
        for kind, item in caps_data.items():
            cw = f"{where}.caps.{kind}"
            if kind not in ACTIVITY_KINDS:
                raise r.fail(cw, f"unknown activity kind (known: {', '.join(ACTIVITY_KINDS)})")
            item = r.mapping(item, cw)
            fallback = item.get("fallback_kind")
            if fallback is not None and fallback not in caps_data:
                raise r.fail(f"{cw}.fallback_kind", f"no cap for {fallback!r}")
            caps[kind] = ActivityCap(
                hours=r.number(item, "hours", cw),
                source=r.text(item, "source", cw),
                unconfirmed=r.flag(item, "unconfirmed", cw),
                only_for_limitation=item.get("only_for_limitation"),
                fallback_kind=fallback,
            )
        missing = [k for k in ACTIVITY_KINDS if k not in caps]
        if missing:
            raise r.fail(f"{where}.caps", f"no cap for {', '.join(missing)}")
        durations = r.mapping(r.get(data, "durations", where), f"{where}.durations")
        options = r.strings(durations, "options", f"{where}.durations")
        unknown = [o for o in options if o not in DURATION_OPTIONS]
        if unknown:
            raise r.fail(f"{where}.durations.options", f"unknown option {unknown[0]!r}")
        default = r.text(durations, "default", f"{where}.durations")
        if default not in options:
            raise r.fail(f"{where}.durations.default", f"{default!r} is not one of the options")
        kwargs.update(
            adult_groups=r.strings(elig, "adult_groups", ew),
            adult_source=r.text(elig, "adult_source", ew),
            caps=caps,
            total_cap=r.figure(data, "total_cap", where),
            visual_benefit=r.figure(data, "visual_benefit", where),
            duration_options=options,
            default_duration=default,
            duration_source=r.text(durations, "source", f"{where}.durations"),
        )
    else:
        ch = r.mapping(r.get(data, "child_hours", where), f"{where}.child_hours")
        child_hours = {
            key: r.figure(ch, key, f"{where}.child_hours")
            for key in ("base", "with_weekly_procedures", "companion")
        }
        tiers_data = r.mapping(data.get("adult_tiers", {}), f"{where}.adult_tiers")
        tiers = {}
        for kind, item in tiers_data.items():
            tw = f"{where}.adult_tiers.{kind}"
            if kind not in ACTIVITY_KINDS:
                raise r.fail(tw, "unknown activity kind")
            item = r.mapping(item, tw)
            tiers[kind] = AdultTier(
                lower=r.number(item, "lower", tw),
                higher=r.number(item, "higher", tw),
                source=r.text(item, "source", tw),
                unconfirmed=r.flag(item, "unconfirmed", tw),
            )
        kwargs.update(
            child_hours=child_hours,
            companion_source=r.text(elig, "companion_source", ew, default=""),
            adult_tiers=tiers,
            max_years=r.figure(data, "max_years", where, unit_key="years"),
        )
    return RuleSet(
        name=name,
        title=r.text(data, "title", where),
        source=r.text(data, "source", where),
        valid_from=valid_from,
        valid_until=valid_until,
        unit=unit,
        child_min_age=child_min,
        child_max_age=child_max,
        child_source=r.text(elig, "child_source", ew),
        excluded_residence=r.strings(elig, "excluded_residence", ew),
        excluded_source=r.text(elig, "excluded_source", ew),
        decision_months=r.integer(decision, "months", f"{where}.decision"),
        decision_source=r.text(decision, "source", f"{where}.decision"),
        pay_rates=rates,
        administration_max=admin,
        **kwargs,
    )


def parse_rule_sets(data: Any, path: str = "rule_sets.yaml") -> dict[str, RuleSet]:
    """Check a loaded rule_sets.yaml; ConfigError naming the file and key on the first problem."""
    r = _Reader(path)
    top = r.mapping(data, "top level")
    sets = r.mapping(r.get(top, "rule_sets", "top level"), "rule_sets")
    if not sets:
        raise r.fail("rule_sets", "empty")
    result = {name: _rule_set(r, str(name), body) for name, body in sets.items()}
    # Validity periods must not overlap, so exactly one rule set applies on any date.
    ordered = sorted(result.values(), key=lambda s: s.valid_from)
    for earlier, later in pairwise(ordered):
        if earlier.valid_until is None or earlier.valid_until >= later.valid_from:
            raise r.fail("rule_sets", f"{earlier.name} and {later.name} overlap")
    return result


def parse_family_config(data: Any, path: str = "family_assistant.yaml") -> FamilyAssistantConfig:
    """Check a loaded family_assistant.yaml; ConfigError naming the file and key on a problem."""
    r = _Reader(path)
    top = r.mapping(data, "top level")
    cats = r.mapping(r.get(top, "categories", "top level"), "categories")
    categories = {}
    for name, item in cats.items():
        w = f"categories.{name}"
        if name not in FAMILY_CATEGORIES:
            raise r.fail(w, f"unknown category (known: {', '.join(FAMILY_CATEGORIES)})")
        item = r.mapping(item, w)
        categories[name] = CategoryCap(
            label=r.text(item, "label", w),
            hours_per_week=r.number(item, "hours_per_week", w),
            source=r.text(item, "source", w),
        )
    if not categories:
        raise r.fail("categories", "empty")
    max_months = r.mapping(r.get(top, "max_months", "top level"), "max_months")
    months = r.integer(max_months, "months", "max_months")
    if months < 1:
        raise r.fail("max_months.months", "must be at least 1")
    extension = r.mapping(r.get(top, "extension", "top level"), "extension")
    load = r.mapping(r.get(top, "caseload", "top level"), "caseload")
    caseload = {}
    for name in categories:
        limit = r.integer(load, name, "caseload")
        if limit < 1:
            raise r.fail(f"caseload.{name}", "must be at least 1")
        caseload[name] = limit
    decision = r.mapping(r.get(top, "decision", "top level"), "decision")
    return FamilyAssistantConfig(
        municipality=r.text(top, "municipality", "top level"),
        categories=categories,
        max_months=months,
        max_months_source=r.text(max_months, "source", "max_months"),
        extension_source=r.text(extension, "source", "extension"),
        caseload=caseload,
        caseload_source=r.text(load, "source", "caseload"),
        decision_months=r.integer(decision, "months", "decision"),
        decision_source=r.text(decision, "source", "decision"),
        path=path,
    )


def _packaged(name: str) -> Path:
    return Path(str(resources.files("asistents.rules").joinpath(name)))


@lru_cache(maxsize=16)
def _load(rule_sets_path: str, family_path: str) -> RulesConfig:
    rule_sets = parse_rule_sets(_read_yaml(Path(rule_sets_path)), rule_sets_path)
    family = parse_family_config(_read_yaml(Path(family_path)), family_path)
    return RulesConfig(rule_sets=rule_sets, family=family, rule_sets_path=rule_sets_path)


def load_config(
    rule_sets_path: str | Path | None = None, family_path: str | Path | None = None
) -> RulesConfig:
    """The rules configuration: packaged defaults unless a path (or the env variables) says
    otherwise. `ASISTENTS_FAMILY_CONFIG` names a municipality's family_assistant.yaml and
    `ASISTENTS_RULE_SETS` a corrected rule_sets.yaml. Each file is read once per process."""
    rs = rule_sets_path or os.environ.get(RULE_SETS_ENV) or _packaged("rule_sets.yaml")
    fam = family_path or os.environ.get(FAMILY_CONFIG_ENV) or _packaged("family_assistant.yaml")
    return _load(str(rs), str(fam))
