"""The state's hourly price for an assistant, looked up in the dated rates of rule_sets.yaml."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from .config import RulesConfig, load_config


def hourly_rate(on: date, *, minor: bool, config: RulesConfig | None = None) -> Decimal | None:
    """EUR per hour for a month's work on `on`, for a minor or an adult client.

    MK 942 (2021): a price set per month, different for adults and minors (Ministry of Welfare,
    "atalgojums asistentam"); MK 316: 4.50 from 2021-07, 4.79 from 2023-01, 5.11 from 2023-04,
    taxes included (nra.lv, socialais.kuldiga.lv). None when no rate is known for the date.
    """
    config = config or load_config()
    for rule_set in config.rule_sets.values():
        for rate in rule_set.pay_rates:
            if rate.valid_from <= on and (rate.valid_until is None or on <= rate.valid_until):
                return rate.minor if minor else rate.adult
    return None
