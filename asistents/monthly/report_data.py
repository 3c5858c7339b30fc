"""The month's report from the store: per client hours by activity and amount, the pay list,
the clients with a grant but no timesheet, and hours by activity and by week.

Everything is computed from the `current` sheets of the month in the store (what
`asistents timesheets` accepted), so the XLSX, the CSV, the pay list and the PDF summary are
views of one `MonthlyReport` and reconcile to the cent: a client's amount is the sum of its pay
lines, each line rounded once (asistents.monthly.pay).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from ..case_file import load_case
from ..errors import UsageError
from ..forms.vocabulary import ACTIVITY_KINDS
from ..rules.config import RulesConfig
from .checks import month_of, week_of
from .pay import PayLine, pay_line

ZERO = Decimal(0)
NO_ACTIVITY = "none"  # family assistant rows name no activity of the assistant service
STATE_FUNDED = ("mk942", "mk316")  # the assistant service the Ministry of Welfare pays for


@dataclass
class ClientLine:
    """One client's month: hours accepted per activity, the amount, where it comes from."""

    client_code: str | None
    client_name: str | None
    case_id: str | None
    decision: str | None
    rule_set: str | None
    track: str | None
    hours_by_activity: dict[str, Decimal] = field(default_factory=dict)
    pay: list[PayLine] = field(default_factory=list)
    assistants: list[str] = field(default_factory=list)
    sheets: int = 0

    @property
    def hours(self) -> Decimal:
        return sum(self.hours_by_activity.values(), ZERO)

    @property
    def amount(self) -> Decimal | None:
        amounts = [line.amount for line in self.pay if line.amount is not None]
        return sum(amounts, ZERO) if amounts else None

    @property
    def rate(self) -> Decimal | None:
        """The hourly rate when the client's lines share one (they do within one grant)."""
        rates = {line.rate for line in self.pay if line.rate is not None}
        return rates.pop() if len(rates) == 1 else None

    @property
    def state_funded(self) -> bool:
        return self.rule_set in STATE_FUNDED


@dataclass(frozen=True)
class MissingSheet:
    """A client whose grant covers the month and whose timesheet has not come in."""

    case_id: str
    decision: str
    client_name: str | None
    client_code: str | None
    rule_set: str | None
    period_from: date | None
    period_to: date | None


@dataclass
class MonthlyReport:
    """One month, every view of it built from this."""

    month: str
    clients: list[ClientLine]
    pay: list[PayLine]
    missing: list[MissingSheet]
    hours_by_week: dict[str, Decimal]
    hours_by_activity: dict[str, Decimal]

    @property
    def state_clients(self) -> list[ClientLine]:
        return [c for c in self.clients if c.state_funded]

    @property
    def other_clients(self) -> list[ClientLine]:
        return [c for c in self.clients if not c.state_funded]

    @property
    def total_hours(self) -> Decimal:
        return sum((c.hours for c in self.clients), ZERO)

    @property
    def total_amount(self) -> Decimal:
        return sum((line.amount for line in self.pay if line.amount is not None), ZERO)

    @property
    def activities(self) -> list[str]:
        """The activity columns: every contract kind, then `none` if any hours lack one."""
        kinds = list(ACTIVITY_KINDS)
        return [*kinds, NO_ACTIVITY] if self.hours_by_activity.get(NO_ACTIVITY) else kinds


def month_bounds(month: str) -> tuple[date, date]:
    first = date(int(month[:4]), int(month[5:7]), 1)
    last = (first.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
    return first, last


def monthly_report(store: Any, month: str, config: RulesConfig | None = None) -> MonthlyReport:
    """The report of `month` from the store's current sheets and issued decisions."""
    sheets = store.timesheets(month)
    by_client: dict[str, ClientLine] = {}
    pay: list[PayLine] = []
    weeks: dict[str, Decimal] = defaultdict(lambda: ZERO)
    activities: dict[str, Decimal] = defaultdict(lambda: ZERO)
    for sheet in sheets:
        if sheet.case_id is None:
            continue  # no decision: nothing was accepted, nothing is paid
        fields = sheet.fields
        client = by_client.get(sheet.case_id)
        if client is None:
            client = ClientLine(sheet.client_code, fields.get("client_name"), sheet.case_id,
                                sheet.decision_number, sheet.rule_set, sheet.track)
            by_client[sheet.case_id] = client
        client.sheets += 1
        assistant = fields.get("assistant_name") or "—"
        if assistant not in client.assistants:
            client.assistants.append(assistant)
        for entry in sheet.entries:
            if entry.accepted <= 0 or entry.date is None or month_of(entry.date) != month:
                continue
            kind = entry.activity or NO_ACTIVITY
            client.hours_by_activity[kind] = client.hours_by_activity.get(kind, ZERO) \
                + entry.accepted
            weeks[week_of(entry.date)] += entry.accepted
            activities[kind] += entry.accepted
        if sheet.accepted_hours > 0:
            line = pay_line(
                month=month, hours=sheet.accepted_hours, rule_set=sheet.rule_set,
                track=sheet.track, assistant_code=sheet.assistant_code,
                assistant_name=fields.get("assistant_name"), client_code=sheet.client_code,
                client_name=fields.get("client_name"), file=sheet.file, config=config,
            )
            client.pay.append(line)
            pay.append(line)
    clients = sorted(by_client.values(), key=lambda c: (c.client_name or "", c.case_id or ""))
    pay.sort(key=lambda p: (p.assistant_name or "", p.assistant_code or "", p.client_name or ""))
    return MonthlyReport(
        month=month,
        clients=clients,
        pay=pay,
        missing=missing_sheets(store, month, {c.case_id for c in clients}),
        hours_by_week=dict(sorted(weeks.items())),
        hours_by_activity={k: activities[k] for k in [*ACTIVITY_KINDS, NO_ACTIVITY]
                           if activities.get(k)},
    )


def missing_sheets(store: Any, month: str, reported: set[str | None]) -> list[MissingSheet]:
    """Clients whose latest issued decision grants the service in `month` and who have no
    current sheet for it."""
    first, last = month_bounds(month)
    latest: dict[str, Any] = {}
    for decision in store.decisions(status="issued"):
        known = latest.get(decision.case_id)
        if known is None or (decision.issued_at, decision.year, decision.seq) >= (
                known.issued_at, known.year, known.seq):
            latest[decision.case_id] = decision
    missing = []
    for case_id, decision in sorted(latest.items()):
        terms = decision.terms
        if case_id in reported or terms is None or not terms.granted:
            continue
        if terms.period_from is None or terms.period_to is None:
            continue
        if terms.period_to < first or terms.period_from > last:
            continue
        try:
            case, _records = load_case(store, case_id)
        except UsageError:
            case = {}
        client = case.get("client") or {}
        missing.append(MissingSheet(case_id, decision.number, client.get("name"),
                                    client.get("personal_code"), terms.rule_set,
                                    terms.period_from, terms.period_to))
    return missing
