"""The register of checked timesheets: each sheet once, a corrected sheet replacing the earlier one.

A sheet is one client's, one assistant's, one month's (`sheet_key`, a keyed hash of the three:
no plain personal code is a key). Saving is idempotent by the file's SHA-256 within a month:
the same paper handed in twice is one sheet, and running a month again changes nothing. A
different paper for the same client, assistant and month is a correction: the earlier version
stays in the table as `replaced` (with when and by which), the new one becomes `current`, and
the audit trail records both hashes. Reports read only `current` sheets.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import and_, insert, select, update
from sqlalchemy.engine import Connection

from .tables import audit, timesheet_entries, timesheets

_SHEET_KEY_PART = "timesheet"
_ASSISTANT_KEY_PART = "assistant"
_UNKNOWN = "unknown"  # an assistant whose code could not be read: one sheet key per month


@dataclass(frozen=True, slots=True)
class StoredEntry:
    """One stored row of a sheet and the hours of it accepted."""

    row: int
    date: date | None
    start: str | None
    end: str | None
    hours: Decimal | None
    accepted: Decimal
    activity: str | None


@dataclass(frozen=True, slots=True)
class StoredSheet:
    """One version of a sheet as stored."""

    id: int
    month: str
    sha256: str
    status: str
    file: str
    case_id: str | None
    decision_number: str | None
    rule_set: str | None
    unit: str | None
    track: str | None
    record: dict[str, Any]
    findings: list[dict[str, Any]]
    accepted_hours: Decimal
    accepted_at: datetime
    entries: tuple[StoredEntry, ...]

    @property
    def fields(self) -> dict[str, Any]:
        return dict(self.record.get("fields") or {})

    @property
    def client_code(self) -> str | None:
        return self.fields.get("client_personal_code")

    @property
    def assistant_code(self) -> str | None:
        return self.fields.get("assistant_personal_code")


@dataclass(frozen=True, slots=True)
class SavedSheet:
    """What saving did: `new`, `same` (already stored: nothing changed) or `replaced`."""

    outcome: str
    sheet: StoredSheet
    replaced: StoredSheet | None = None


class TimesheetRegister:
    """Store methods for timesheets (mixed into `Store`, which provides the plumbing)."""

    # Provided by Store.
    _transaction: Callable[[Callable[[Connection], Any]], Any]
    _reading: Callable[[], AbstractContextManager[Connection]]
    case_key: Callable[..., str]
    client_key: Callable[[str], str]
    audit: Callable[..., None]

    def sheet_key(self, client_code: str, assistant_code: str | None, month: str) -> str:
        """The keyed hash one client's sheet by one assistant for one month is filed under."""
        return self.case_key(_SHEET_KEY_PART, client_code, assistant_code or _UNKNOWN, month)

    def timesheet_by_hash(self, month: str, sha256: str) -> StoredSheet | None:
        """The sheet stored for `month` from this very file (any status), or None."""
        with self._reading() as connection:
            row = connection.execute(
                select(timesheets).where(
                    and_(timesheets.c.month == month, timesheets.c.sha256 == sha256)
                )
            ).mappings().first()
            return _sheet(connection, row) if row is not None else None

    def timesheet_hashes(self, month: str) -> set[str]:
        """The SHA-256 of every file already checked for `month` (any status), in one query."""
        with self._reading() as connection:
            return set(connection.execute(
                select(timesheets.c.sha256).where(timesheets.c.month == month)
            ).scalars())

    def current_entries(self, *, start: date, end: date
                        ) -> list[tuple[str, str, StoredEntry]]:
        """(client_key, sheet_key, row) for every row dated `start`..`end` with accepted hours
        on a current sheet, in one query: what a month's run counts other sheets by."""
        query = (
            select(timesheets.c.client_key, timesheets.c.sheet_key, timesheet_entries)
            .join(timesheets, timesheets.c.id == timesheet_entries.c.sheet_id)
            .where(and_(timesheets.c.status == "current",
                        timesheet_entries.c.entry_date >= start,
                        timesheet_entries.c.entry_date <= end))
            .order_by(timesheet_entries.c.entry_date, timesheet_entries.c.id)
        )
        with self._reading() as connection:
            rows = connection.execute(query).mappings().all()
        found = [(row["client_key"], row["sheet_key"], _entry(row)) for row in rows]
        return [item for item in found if item[2].accepted > 0]

    def save_timesheet(self, **sheet: Any) -> SavedSheet:
        """Store one checked sheet; see `save_timesheets` for the keyword arguments."""
        return self.save_timesheets([sheet])[0]

    def save_timesheets(self, sheets: Sequence[Mapping[str, Any]]) -> list[SavedSheet]:
        """Store checked sheets, in order, in one transaction with their audit entries.

        Each sheet: `month`, `sha256`, `file`, `record`, `client_code`, `assistant_code`,
        `findings`, `entries` ({row, date, start, end, hours, accepted_hours, activity} with
        Decimal hours), and optionally `case_id`, `decision_number`, `rule_set`, `unit`,
        `track`. Idempotent by (month, sha256); a later sheet of the same client, assistant and
        month replaces the current one (also within the batch). One commit for the batch: a
        month of sheets costs a few commits, not two per sheet, and a kill loses only sheets
        the next run reads again.
        """
        prepared = [self._prepared(dict(sheet)) for sheet in sheets]

        def save(connection: Connection) -> list[SavedSheet]:
            return [_save_one(connection, values, entry_rows)
                    for values, entry_rows in prepared]

        saved: list[SavedSheet] = self._transaction(save)
        return saved

    def _prepared(self, sheet: dict[str, Any]) -> tuple[dict[str, Any], list[dict[str, Any]]]:
        month, client_code = sheet["month"], sheet["client_code"]
        assistant_code = sheet.get("assistant_code")
        entry_rows = [dict(e) for e in sheet.get("entries") or []]
        accepted = sum((Decimal(str(e["accepted_hours"])) for e in entry_rows), Decimal(0))
        values = {
            "sheet_key": self.sheet_key(client_code, assistant_code, month),
            "client_key": self.client_key(client_code),
            "assistant_key": self.case_key(_ASSISTANT_KEY_PART, assistant_code or _UNKNOWN),
            "month": month,
            "sha256": sheet["sha256"],
            "status": "current",
            "file": sheet["file"],
            "case_id": sheet.get("case_id"),
            "decision_number": sheet.get("decision_number"),
            "rule_set": sheet.get("rule_set"),
            "unit": sheet.get("unit"),
            "track": sheet.get("track"),
            "record": dict(sheet["record"]),
            "findings": [dict(f) for f in sheet.get("findings") or []],
            "accepted_hours": _text(accepted),
        }
        return values, entry_rows

    def timesheets(self, month: str | None = None, *, status: str | None = "current"
                   ) -> list[StoredSheet]:
        """Stored sheets (of one month, of one status; None: all), in the order stored."""
        query = select(timesheets).order_by(timesheets.c.id)
        if month is not None:
            query = query.where(timesheets.c.month == month)
        if status is not None:
            query = query.where(timesheets.c.status == status)
        with self._reading() as connection:
            rows = connection.execute(query).mappings().all()
            return [_sheet(connection, row) for row in rows]

    def accepted_entries(
        self, client_code: str, *, start: date, end: date, exclude_sheet_key: str | None = None
    ) -> list[StoredEntry]:
        """Rows of a client's current sheets dated `start`..`end` with accepted hours: what
        other sheets already used of a week or month (another month, another assistant)."""
        query = (
            select(timesheet_entries)
            .join(timesheets, timesheets.c.id == timesheet_entries.c.sheet_id)
            .where(
                and_(
                    timesheets.c.client_key == self.client_key(client_code),
                    timesheets.c.status == "current",
                    timesheet_entries.c.entry_date >= start,
                    timesheet_entries.c.entry_date <= end,
                )
            )
            .order_by(timesheet_entries.c.entry_date, timesheet_entries.c.id)
        )
        if exclude_sheet_key is not None:
            query = query.where(timesheets.c.sheet_key != exclude_sheet_key)
        with self._reading() as connection:
            rows = connection.execute(query).mappings().all()
        found = [_entry(row) for row in rows]
        return [e for e in found if e.accepted > 0]


def _save_one(connection: Connection, values: dict[str, Any],
              entry_rows: list[dict[str, Any]]) -> SavedSheet:
    month, sha256 = values["month"], values["sha256"]
    same = connection.execute(
        select(timesheets).where(and_(timesheets.c.month == month, timesheets.c.sha256 == sha256))
    ).mappings().first()
    if same is not None:
        return SavedSheet("same", _sheet(connection, same))
    earlier = connection.execute(
        select(timesheets).where(
            and_(timesheets.c.sheet_key == values["sheet_key"], timesheets.c.status == "current")
        )
    ).mappings().first()
    now = datetime.now(UTC)
    inserted = connection.execute(insert(timesheets).values(**values, accepted_at=now))
    key = inserted.inserted_primary_key
    assert key is not None  # an INSERT of one row always has its key
    new_id = int(key[0])
    rows = [
        {
            "sheet_id": new_id,
            "row": int(e["row"]),
            "entry_date": e.get("date"),
            "start": e.get("start"),
            "end": e.get("end"),
            "hours": _text(e["hours"]) if e.get("hours") is not None else None,
            "accepted_hours": _text(Decimal(str(e["accepted_hours"]))),
            "activity": e.get("activity"),
        }
        for e in entry_rows
    ]
    if rows:
        connection.execute(insert(timesheet_entries), rows)
    replaced = None
    case_id = values["case_id"]
    detail: dict[str, Any] = {"month": month, "accepted_hours": values["accepted_hours"],
                              "rows": len(rows)}
    audit_rows = []
    if earlier is not None:
        connection.execute(
            update(timesheets).where(timesheets.c.id == earlier["id"]).values(
                status="replaced", replaced_at=now, replaced_by=new_id
            )
        )
        replaced = _sheet(connection, {**earlier, "status": "replaced"})
        detail["replaces"] = replaced.sha256
        audit_rows.append({"at": now, "action": "timesheet_replaced",
                           "file_hash": replaced.sha256, "case_id": case_id,
                           "detail": {"month": month, "replaced_by": sha256}})
    audit_rows.append({"at": now, "action": "timesheet_accepted", "file_hash": sha256,
                       "case_id": case_id, "detail": detail})
    # Hashes, counts and the month only: nothing here names a person.
    connection.execute(insert(audit), audit_rows)
    stored = StoredSheet(
        id=new_id, month=month, sha256=sha256, status="current", file=values["file"],
        case_id=case_id, decision_number=values["decision_number"], rule_set=values["rule_set"],
        unit=values["unit"], track=values["track"], record=values["record"],
        findings=values["findings"], accepted_hours=Decimal(values["accepted_hours"]),
        accepted_at=now, entries=tuple(_entry({**r, "entry_date": r["entry_date"]})
                                       for r in rows),
    )
    return SavedSheet("replaced" if replaced is not None else "new", stored, replaced)


def _text(value: Decimal | float | int | str) -> str:
    """Hours as exact decimal text without trailing zeros ("1.5", "20")."""
    number = Decimal(str(value)).normalize()
    return format(number, "f")


def _entry(row: Mapping[Any, Any]) -> StoredEntry:
    return StoredEntry(
        row=row["row"],
        date=row["entry_date"],
        start=row["start"],
        end=row["end"],
        hours=Decimal(row["hours"]) if row["hours"] is not None else None,
        accepted=Decimal(row["accepted_hours"]),
        activity=row["activity"],
    )


def _sheet(connection: Connection, row: Mapping[Any, Any]) -> StoredSheet:
    entry_rows = connection.execute(
        select(timesheet_entries)
        .where(timesheet_entries.c.sheet_id == row["id"])
        .order_by(timesheet_entries.c.row)
    ).mappings().all()
    accepted_at = row["accepted_at"]
    if accepted_at.tzinfo is None:
        accepted_at = accepted_at.replace(tzinfo=UTC)  # SQLite hands back naive UTC datetimes
    return StoredSheet(
        id=row["id"], month=row["month"], sha256=row["sha256"], status=row["status"],
        file=row["file"], case_id=row["case_id"], decision_number=row["decision_number"],
        rule_set=row["rule_set"], unit=row["unit"], track=row["track"],
        record=dict(row["record"] or {}), findings=list(row["findings"] or []),
        accepted_hours=Decimal(row["accepted_hours"]), accepted_at=accepted_at,
        entries=tuple(_entry(e) for e in entry_rows),
    )
