"""The rule sets and the municipal configuration are data: checked on load, changed without code."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from importlib import resources
from pathlib import Path

import pytest
import yaml

from asistents.errors import ConfigError
from asistents.rules import CaseFacts, assess, hourly_rate, load_config
from asistents.rules.config import FAMILY_CONFIG_ENV
from asistents.rules.pay import line_amount

PACKAGED = resources.files("asistents.rules")


def packaged(name: str) -> dict:
    return yaml.safe_load(PACKAGED.joinpath(name).read_text(encoding="utf-8"))


def write(tmp_path: Path, name: str, data: object) -> Path:
    path = tmp_path / name
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def test_packaged_files_load_with_a_source_next_to_every_cap() -> None:
    config = load_config()
    mk942 = config.rule_set("mk942")
    assert mk942.caps["work"].hours == 20 and not mk942.caps["work"].unconfirmed
    assert mk942.caps["leisure"].unconfirmed  # only the seed's figure
    assert all(cap.source for cap in mk942.caps.values())
    mk316 = config.rule_set("mk316")
    assert all(tier.unconfirmed for tier in mk316.adult_tiers.values())
    assert {k: c.hours_per_week for k, c in config.family.categories.items()} == {
        "care_leaver": 6, "family_with_children": 10, "mental_disorder": 6}


@pytest.mark.parametrize(
    ("day", "minor", "rate"),
    [
        (date(2021, 2, 1), False, Decimal("3.1250")),
        (date(2021, 2, 1), True, Decimal("3.5714")),
        (date(2021, 3, 15), True, Decimal("3.1056")),
        (date(2021, 7, 1), False, Decimal("4.50")),
        (date(2023, 1, 31), True, Decimal("4.79")),
        (date(2026, 11, 1), False, Decimal("5.11")),
        (date(2021, 5, 1), False, Decimal("3.1447")),
        (date(2021, 6, 30), True, Decimal("3.5971")),
        (date(2020, 12, 1), False, None),  # before the Ministry's 2021 prices: not in our sources
    ],
)
def test_pay_rates_are_dated_data(day: date, minor: bool, rate: Decimal | None) -> None:
    assert hourly_rate(day, minor=minor) == rate


# Every 2021 month of the Ministry of Welfare's "atalgojums asistentam" table (domain.md), and the
# MK 316 rate beside the MK 942 one from July: the grant's rule set decides, not only the date.
MK942_2021 = {
    1: ("3.1250", "3.5714"), 2: ("3.1250", "3.5714"), 3: ("2.7174", "3.1056"),
    4: ("3.1646", "3.6232"), 5: ("3.1447", "3.5971"), 6: ("3.1447", "3.5971"),
    7: ("2.8409", "3.2468"), 8: ("2.8409", "3.2468"), 9: ("2.8409", "3.2468"),
    10: ("2.9762", "3.4014"), 11: ("2.9940", "3.4247"), 12: ("3.0120", "3.4483"),
}


@pytest.mark.parametrize("month", sorted(MK942_2021))
def test_every_2021_month_has_the_ministrys_mk942_price(month: int) -> None:
    adult, minor = MK942_2021[month]
    for day in (date(2021, month, 1), date(2021, month, 28)):
        assert hourly_rate(day, minor=False, rule_set="mk942") == Decimal(adult)
        assert hourly_rate(day, minor=True, rule_set="mk942") == Decimal(minor)


def test_from_july_2021_the_rate_depends_on_the_grants_rule_set() -> None:
    day = date(2021, 7, 15)
    assert hourly_rate(day, minor=False, rule_set="mk942") == Decimal("2.8409")
    assert hourly_rate(day, minor=False, rule_set="mk316") == Decimal("4.50")
    assert hourly_rate(day, minor=True, rule_set="mk316") == Decimal("4.50")
    assert hourly_rate(day, minor=False) == Decimal("4.50")  # the rule set in force that day
    assert hourly_rate(date(2022, 1, 3), minor=False, rule_set="mk942") is None  # contracts ended
    assert hourly_rate(day, minor=False, rule_set="family_assistant") is None  # no state price


def test_a_pay_line_is_rounded_to_the_cent_once_half_up() -> None:
    # 10.5 h in May 2021 for an adult: 10.5 x 3.1447 = 33.01935 -> 33.02
    assert line_amount(Decimal("10.5"), Decimal("3.1447")) == Decimal("33.02")
    # 7 h for a minor in March 2021: 7 x 3.1056 = 21.7392 -> 21.74
    assert line_amount(Decimal("7"), Decimal("3.1056")) == Decimal("21.74")
    # half a cent goes up: 1 h x 2.7175 = 2.7175 -> 2.72
    assert line_amount(Decimal("1"), Decimal("2.7175")) == Decimal("2.72")


def test_overlapping_pay_rates_are_refused(tmp_path: Path) -> None:
    data = packaged("rule_sets.yaml")
    data["rule_sets"]["mk942"]["pay_rates"]["rates"].append(
        {"from": "2021-03-15", "until": "2021-03-31", "adult": "3", "minor": "3"})
    with pytest.raises(ConfigError, match="overlap"):
        load_config(rule_sets_path=write(tmp_path, "rules.yaml", data))


def work_case() -> CaseFacts:
    return CaseFacts(service="assistant", received_on=date(2020, 3, 10),
                     application_date=date(2020, 3, 10), opinion_present=True,
                     disability_group="II", assistant_needed=True,
                     requested={"work": 25, "leisure": 4}, supported={"work": 25, "leisure": 4})


def test_changing_a_cap_in_the_rule_set_file_changes_the_result(tmp_path: Path) -> None:
    assert assess(work_case()).hours == {"work": 20, "leisure": 2}
    data = packaged("rule_sets.yaml")
    data["rule_sets"]["mk942"]["caps"]["work"]["hours"] = 24
    data["rule_sets"]["mk942"]["caps"]["leisure"]["hours"] = 3
    config = load_config(rule_sets_path=write(tmp_path, "rules.yaml", data))
    result = assess(work_case(), config=config)
    assert result.hours == {"work": 24, "leisure": 3}
    assert result.total_hours_per_week == 27


def test_a_municipality_points_to_its_own_family_caps(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = packaged("family_assistant.yaml")
    data["municipality"] = "Ventspils (piemērs)"
    data["categories"]["family_with_children"]["hours_per_week"] = 15
    path = write(tmp_path, "ventspils.yaml", data)
    facts = CaseFacts(service="family_assistant", received_on=date(2026, 3, 2),
                      family_category="family_with_children", family_hours=14,
                      family_tasks=("x",))
    assert assess(facts).total_hours_per_week == 10
    assert assess(facts, config=load_config(family_path=path)).total_hours_per_week == 14
    monkeypatch.setenv(FAMILY_CONFIG_ENV, str(path))
    assert load_config().family.municipality == "Ventspils (piemērs)"


def mutate_rules(data: dict) -> None:
    data["rule_sets"]["mk942"]["caps"]["work"]["hours"] = -5


def drop_total(data: dict) -> None:
    del data["rule_sets"]["mk942"]["total_cap"]


def unknown_kind(data: dict) -> None:
    data["rule_sets"]["mk942"]["caps"]["swimming"] = {"hours": 2, "source": "x"}


def overlap(data: dict) -> None:
    data["rule_sets"]["mk316"]["valid_from"] = date(2021, 6, 1)


def bad_date(data: dict) -> None:
    data["rule_sets"]["mk942"]["valid_from"] = "2013-13-01"


def no_source(data: dict) -> None:
    data["rule_sets"]["mk942"]["caps"]["ngo"]["source"] = ""


@pytest.mark.parametrize(
    ("mutate", "where"),
    [
        (mutate_rules, "caps.work.hours"),
        (drop_total, "total_cap"),
        (unknown_kind, "caps.swimming"),
        (overlap, "overlap"),
        (bad_date, "valid_from"),
        (no_source, "caps.ngo.source"),
    ],
)
def test_a_bad_rule_set_file_is_a_one_line_config_error(
    tmp_path: Path, mutate: object, where: str
) -> None:
    data = packaged("rule_sets.yaml")
    mutate(data)  # type: ignore[operator]
    path = write(tmp_path, "rules.yaml", data)
    with pytest.raises(ConfigError) as caught:
        load_config(rule_sets_path=path)
    line = caught.value.one_line()
    assert "\n" not in line and str(path) in line and where in line


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("categories: [a, b\n", "not valid YAML"),
        ("- just\n- a list\n", "expected a mapping"),
    ],
)
def test_a_broken_family_file_is_a_config_error(tmp_path: Path, text: str, where: str) -> None:
    path = tmp_path / "family.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match=where):
        load_config(family_path=path)


def test_family_file_with_unknown_category_or_zero_caseload(tmp_path: Path) -> None:
    data = packaged("family_assistant.yaml")
    data["caseload"]["care_leaver"] = 0
    with pytest.raises(ConfigError, match=r"caseload\.care_leaver"):
        load_config(family_path=write(tmp_path, "a.yaml", data))
    data = packaged("family_assistant.yaml")
    data["categories"]["pensioner"] = {"label": "x", "hours_per_week": 2, "source": "y"}
    with pytest.raises(ConfigError, match=r"categories\.pensioner"):
        load_config(family_path=write(tmp_path, "b.yaml", data))


def test_a_missing_file_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot read"):
        load_config(family_path=tmp_path / "nowhere.yaml")
