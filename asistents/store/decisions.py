"""The register of decisions: numbers allocated per year, never reused, and the grant each records.

Issuing a decision is three steps, because the number is printed inside the documents:

    reserve_decision_number()  -> the next YEAR number, in a locked transaction (status `reserved`)
    issue_decision(number, ...) -> once its DOCX/PDF exist: the grant's terms (status `issued`)
    void_decision(number, why)  -> when they could not be made: the number stays used (`void`)

A number is never handed out twice, also by two processes at once (SQLite's write lock,
PostgreSQL's advisory lock, and the unique constraints as the proof), and nothing issued is
changed: re-issuing makes a new decision that names the one it `replaces`. The monthly cycle
finds a client's grant through `latest_decision(client_code=...)`, by a keyed hash of the code.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any, TypeVar

from sqlalchemy import func, insert, select, update
from sqlalchemy.engine import Connection, RowMapping

from ..errors import UsageError
from .tables import cases, decisions

T = TypeVar("T")

STATUSES = ("reserved", "issued", "void")
_DECISION_LOCK = 0x617369737465 + 2  # next to case_store's advisory lock ids
_CLIENT_KEY_PART = "decision-client"  # a namespace of its own inside Store.case_key


def decision_number(prefix: str, year: int, seq: int) -> str:
    """The number as printed: `prefix` + `YEAR/SEQ` (`SD/2026/17`); the prefix is municipal."""
    return f"{prefix}{year}/{seq}"


@dataclass(frozen=True)
class GrantTerms:
    """What a decision grants (or refuses), as the monthly cycle checks timesheets against it.

    `hours` maps activity kinds to hours per `unit` (`week` under MK 942 and for the family
    assistant service, `month` under MK 316); `total_hours` is the granted total per `unit`.
    A refusal has `granted=False`, no hours and no period.
    """

    granted: bool
    rule_set: str | None
    unit: str | None
    hours: Mapping[str, float] = field(default_factory=dict)
    total_hours: float | None = None
    period_from: date | None = None
    period_to: date | None = None
    track: str | None = None  # adult | child | companion | a family category (pay rates)
    category: str | None = None

    def __post_init__(self) -> None:
        if self.granted and (self.period_from is None or self.period_to is None):
            raise ValueError("a grant needs its period (from and to)")
        if self.period_from and self.period_to and self.period_to < self.period_from:
            raise ValueError("a grant's period ends before it starts")
        if self.unit not in (None, "week", "month"):
            raise ValueError(f"unit is week or month, not {self.unit!r}")


@dataclass(frozen=True)
class Decision:
    """One row of the register."""

    number: str
    year: int
    seq: int
    status: str
    case_id: str
    service: str
    terms: GrantTerms | None  # None while reserved or when void
    replaces: str | None = None
    issued_on: date | None = None
    issued_at: datetime | None = None
    issued_by: str | None = None
    despite: str | None = None
    files: tuple[str, ...] = ()
    detail: dict[str, Any] = field(default_factory=dict)

    def covers(self, day: date) -> bool:
        """True when this is an issued grant whose period includes `day`."""
        terms = self.terms
        return bool(
            self.status == "issued" and terms is not None and terms.granted
            and terms.period_from is not None and terms.period_to is not None
            and terms.period_from <= day <= terms.period_to
        )


class DecisionRegister:
    """Store methods for the register (mixed into `Store`, which provides the plumbing)."""

    # Provided by Store.
    _transaction: Callable[[Callable[[Connection], Any]], Any]
    _reading: Callable[[], AbstractContextManager[Connection]]
    case_key: Callable[..., str]
    audit: Callable[..., None]

    def client_key(self, client_code: str) -> str:
        """The keyed hash a decision is filed under for its client's personal code."""
        return self.case_key(_CLIENT_KEY_PART, client_code)

    def reserve_decision_number(
        self, *, case_id: str, client_code: str, service: str, year: int, prefix: str = ""
    ) -> str:
        """Allocate the next number of `year` for a decision on `case_id` and return it."""
        if not client_code:
            raise UsageError("a decision needs the client's personal code")
        key = self.client_key(client_code)

        def allocate(connection: Connection) -> str:
            if connection.dialect.name == "postgresql":
                connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_DECISION_LOCK})")
            if connection.execute(
                select(cases.c.case_id).where(cases.c.case_id == case_id)
            ).first() is None:
                raise UsageError(f"unknown case id {case_id}")
            last = connection.execute(
                select(func.max(decisions.c.seq)).where(decisions.c.year == year)
            ).scalar()
            seq = int(last or 0) + 1
            number = decision_number(prefix, year, seq)
            connection.execute(
                insert(decisions).values(
                    number=number, year=year, seq=seq, status="reserved", case_id=case_id,
                    client_key=key, service=service, reserved_at=_now(),
                )
            )
            return number

        number = str(self._transaction(allocate))
        self.audit("decision_reserved", case_id=case_id, detail={"number": number})
        return number

    def issue_decision(
        self,
        number: str,
        terms: GrantTerms,
        *,
        issued_on: date,
        issued_by: str | None = None,
        files: tuple[str, ...] | list[str] = (),
        despite: str | None = None,
        replaces: str | None = None,
        detail: dict[str, Any] | None = None,
    ) -> Decision:
        """Record a reserved decision as issued, with the terms it grants."""

        def issue(connection: Connection) -> str:
            row = _row(connection, number)
            if row["status"] != "reserved":
                raise UsageError(f"decision {number} is {row['status']}, not reserved")
            if replaces is not None:
                earlier = _row(connection, replaces)
                if earlier["case_id"] != row["case_id"]:
                    raise UsageError(f"decision {replaces} is about another case")
            connection.execute(
                update(decisions).where(decisions.c.number == number).values(
                    status="issued", granted=terms.granted, rule_set=terms.rule_set,
                    unit=terms.unit, hours=dict(terms.hours), total_hours=terms.total_hours,
                    period_from=terms.period_from, period_to=terms.period_to,
                    track=terms.track, category=terms.category, replaces=replaces,
                    issued_on=issued_on, issued_at=_now(), issued_by=issued_by,
                    despite=despite, files=[str(f) for f in files], detail=detail or {},
                )
            )
            return str(row["case_id"])

        case_id = self._transaction(issue)
        audit_detail: dict[str, Any] = {"number": number, "granted": terms.granted}
        if replaces:
            audit_detail["replaces"] = replaces
        if despite:
            audit_detail["despite"] = despite
        if issued_by:
            audit_detail["by"] = issued_by
        self.audit("decision_issued", case_id=case_id, detail=audit_detail)
        found = self.decision(number)
        assert found is not None  # just written
        return found

    def void_decision(self, number: str, reason: str) -> None:
        """Mark a reserved number as used without a decision (its documents failed)."""

        def void(connection: Connection) -> str:
            row = _row(connection, number)
            if row["status"] != "reserved":
                raise UsageError(f"decision {number} is {row['status']}, not reserved")
            connection.execute(
                update(decisions).where(decisions.c.number == number).values(
                    status="void", detail={"void_reason": reason}
                )
            )
            return str(row["case_id"])

        case_id = self._transaction(void)
        self.audit("decision_void", case_id=case_id, detail={"number": number, "reason": reason})

    def decision(self, number: str) -> Decision | None:
        """One decision by its number, or None."""
        with self._reading() as connection:
            row = connection.execute(
                select(decisions).where(decisions.c.number == number)
            ).mappings().first()
        return _decision(row) if row is not None else None

    def decisions(
        self, *, case_id: str | None = None, client_code: str | None = None,
        status: str | None = "issued",
    ) -> list[Decision]:
        """Decisions oldest first, filtered by case, client and status (None: every status)."""
        query = select(decisions).order_by(decisions.c.year, decisions.c.seq)
        if case_id is not None:
            query = query.where(decisions.c.case_id == case_id)
        if client_code is not None:
            query = query.where(decisions.c.client_key == self.client_key(client_code))
        if status is not None:
            query = query.where(decisions.c.status == status)
        with self._reading() as connection:
            rows = connection.execute(query).mappings().all()
        return [_decision(row) for row in rows]

    def latest_decision(
        self, *, case_id: str | None = None, client_code: str | None = None,
        service: str | None = None,
    ) -> Decision | None:
        """The most recently issued decision for a case or a client (optionally one service)."""
        if case_id is None and client_code is None:
            raise ValueError("latest_decision needs a case_id or a client_code")
        found = [
            d for d in self.decisions(case_id=case_id, client_code=client_code)
            if service is None or d.service == service
        ]
        return max(found, key=_issue_order, default=None)


def _issue_order(decision: Decision) -> tuple[datetime, int, int]:
    moment = decision.issued_at or datetime.min.replace(tzinfo=UTC)
    return (moment, decision.year, decision.seq)


def _row(connection: Connection, number: str) -> RowMapping:
    row = connection.execute(
        select(decisions).where(decisions.c.number == number)
    ).mappings().first()
    if row is None:
        raise UsageError(f"no decision numbered {number}")
    return row


def _decision(row: RowMapping) -> Decision:
    terms = None
    if row["status"] == "issued":
        terms = GrantTerms(
            granted=bool(row["granted"]),
            rule_set=row["rule_set"],
            unit=row["unit"],
            hours={str(k): float(v) for k, v in (row["hours"] or {}).items()},
            total_hours=row["total_hours"],
            period_from=row["period_from"],
            period_to=row["period_to"],
            track=row["track"],
            category=row["category"],
        )
    issued_at = row["issued_at"]
    if issued_at is not None and issued_at.tzinfo is None:
        issued_at = issued_at.replace(tzinfo=UTC)  # SQLite hands back naive UTC datetimes
    return Decision(
        number=row["number"], year=row["year"], seq=row["seq"], status=row["status"],
        case_id=row["case_id"], service=row["service"], terms=terms,
        replaces=row["replaces"], issued_on=row["issued_on"], issued_at=issued_at,
        issued_by=row["issued_by"], despite=row["despite"],
        files=tuple(row["files"] or ()), detail=dict(row["detail"] or {}),
    )


def _now() -> datetime:
    return datetime.now(UTC)

