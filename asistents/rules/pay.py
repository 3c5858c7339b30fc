"""The state's hourly price for an assistant, looked up in the dated rates of rule_sets.yaml."""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from .config import RulesConfig, RuleSet, load_config

CENT = Decimal("0.01")


def hourly_rate(
    on: date, *, minor: bool, rule_set: str | None = None, config: RulesConfig | None = None
) -> Decimal | None:
    """EUR per hour for work done on `on` under a grant of `rule_set`, minor or adult client.

    The rate belongs to the grant's rule set, not only to the date: in July-December 2021 an
    MK 942 contract that ran on was paid the Ministry's MK 942 price for that month (adult
    2.8409 in July) while an MK 316 grant was paid 4.50. Without `rule_set`, the rule set in
    force on `on` is used. MK 942 (2021): a price set per month, different for adults and
    minors (Ministry of Welfare, "atalgojums asistentam"); MK 316: 4.50 from 2021-07, 4.79 from
    2023-01, 5.11 from 2023-04, taxes included (nra.lv, socialais.kuldiga.lv). None when no
    rate is known (a family assistant grant, a month outside every rate).
    """
    config = config or load_config()
    chosen: RuleSet | None
    if rule_set is not None:
        chosen = config.rule_sets.get(rule_set)
    else:
        chosen = next((rs for rs in config.rule_sets.values() if rs.in_force_on(on)), None)
    if chosen is None:
        return None
    for rate in chosen.pay_rates:
        if rate.valid_from <= on and (rate.valid_until is None or on <= rate.valid_until):
            return rate.minor if minor else rate.adult
    return None


def line_amount(hours: Decimal, rate: Decimal) -> Decimal:
    """One pay line, hours times the hourly rate, rounded to the cent once (half up), as an
    accountant checks it: 10.5 h x 3.1447 = 33.01935 -> 33.02."""
    return (hours * rate).quantize(CENT, rounding=ROUND_HALF_UP)
