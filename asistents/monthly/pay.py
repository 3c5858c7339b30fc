"""Pay for the hours accepted: one line per sheet (an assistant, a client, a month, one rate).

Only hours actually worked and accepted within the grant are paid (Daugavpils pilsētas
pašvaldības iestādes "Sociālais dienests" apraksts "Asistentu pakalpojumi"). The hourly rate
is the one in force that month for the grant's rule set and kind of client (adult or minor
under MK 942; the single MK 316 rate), from rule_sets.yaml. A line is hours x rate rounded to
the cent once, half up, so every total is a sum of lines an accountant can check one by one.
The family assistant service has no state price: its lines carry hours and no amount.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from ..rules.config import RulesConfig, load_config
from ..rules.pay import hourly_rate, line_amount

MINOR_TRACKS = frozenset({"child", "companion"})


@dataclass(frozen=True, slots=True)
class PayLine:
    """One assistant's pay for one client's accepted hours in one month."""

    month: str
    assistant_code: str | None
    assistant_name: str | None
    client_code: str | None
    client_name: str | None
    rule_set: str | None
    track: str | None
    hours: Decimal
    rate: Decimal | None
    amount: Decimal | None
    file: str = ""

    @property
    def minor(self) -> bool:
        return self.track in MINOR_TRACKS


def rate_for(month: str, rule_set: str | None, track: str | None,
             config: RulesConfig | None = None) -> Decimal | None:
    """The hourly rate for a month's work under a grant of `rule_set` for a `track` client."""
    if rule_set is None:
        return None
    first = date(int(month[:4]), int(month[5:7]), 1)
    return hourly_rate(first, minor=track in MINOR_TRACKS, rule_set=rule_set,
                       config=config or load_config())


def pay_line(
    *, month: str, hours: Decimal, rule_set: str | None, track: str | None,
    assistant_code: str | None = None, assistant_name: str | None = None,
    client_code: str | None = None, client_name: str | None = None, file: str = "",
    config: RulesConfig | None = None,
) -> PayLine:
    """Hours x the month's rate, rounded to the cent once; no amount where no rate is known."""
    rate = rate_for(month, rule_set, track, config)
    amount = line_amount(hours, rate) if rate is not None else None
    return PayLine(month, assistant_code, assistant_name, client_code, client_name, rule_set,
                   track, hours, rate, amount, file)
