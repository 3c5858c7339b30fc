"""`asistents timesheets`: a month's returned timesheets read, checked, stored and listed.

The run reads top to bottom as named stages over one `MonthRun`:

    walk -> read (each file in an isolated worker, the same extract code as intake)
         -> check (each sheet against its client's latest issued decision) -> store -> write

Files are taken in name order, so a week shared by two sheets of one client is counted the same
way every run. A file whose bytes were already checked for this month is not read or checked
again: its stored result is reported, so running the month twice changes nothing. A sheet for
another month is a finding and is not stored; an unreadable file is an error line; the rest of
the month goes on. Logs carry hashes, never names or personal codes.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Generator, Sequence
from contextlib import closing
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from ..errors import ExitCode, UsageError
from ..extract.workers import Limits
from ..inbox import InboxItem, walk_inbox
from ..store import Decision, Store
from ..store.timesheets import StoredSheet
from .checks import EarlierHours, SheetCheck, check_sheet, earlier_hours
from .output_files import write_json
from .pay import PayLine, pay_line
from .sheet import Sheet, sheet_from_record

log = logging.getLogger(__name__)

Record = dict[str, Any]
_MONTH = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")
BATCH = 50  # sheets per commit


@dataclass(frozen=True, slots=True)
class RunSettings:
    """How the run reads files; the CLI options map onto these."""

    workers: int | None = None  # None: the worker pool's default, one per core
    limits: Limits = field(default_factory=Limits)


@dataclass
class SheetResult:
    """One file's outcome as timesheets.json lists it."""

    file: str
    sha256: str
    sheet: Sheet
    findings: list[dict[str, Any]]
    accepted_hours: Decimal
    status: str  # accepted | replaced | unchanged | not_stored
    decision: str | None = None
    rule_set: str | None = None
    pay: PayLine | None = None
    replaces: str | None = None
    duplicate_of: str | None = None
    confidence: float | None = None
    warnings: list[str] = field(default_factory=list)

    def contract(self) -> dict[str, Any]:
        """The issue's shape (file, codes, accepted_hours, findings) plus what a clerk needs."""
        pay = self.pay
        return {
            "file": self.file,
            "client_personal_code": self.sheet.client_code,
            "assistant_personal_code": self.sheet.assistant_code,
            "accepted_hours": _number(self.accepted_hours),
            "findings": self.findings,
            "client_name": self.sheet.client_name,
            "assistant_name": self.sheet.assistant_name,
            "month": self.sheet.month,
            "listed_hours": _number(self.sheet.listed_hours),
            "rows": len(self.sheet.entries),
            "status": self.status,
            "decision": self.decision,
            "rule_set": self.rule_set,
            "pay": None if pay is None else {
                "rate": None if pay.rate is None else str(pay.rate),
                "amount": None if pay.amount is None else str(pay.amount),
            },
            "replaces": self.replaces,
            "duplicate_of": self.duplicate_of,
            "confidence": self.confidence,
            "warnings": self.warnings,
        }


@dataclass
class _Staged:
    """A timesheet read and looked up, waiting for its turn in file-name order."""

    sheet: Sheet
    decision: Decision | None
    sheet_key: str  # "" when the client's code could not be read
    client_key: str


@dataclass
class MonthRun:
    """The state of one run, carried through the stages."""

    inbox: Path
    month: str
    out: Path
    store: Store
    settings: RunSettings
    items: list[InboxItem] = field(default_factory=list)
    duplicates: dict[str, str] = field(default_factory=dict)  # display name -> first seen
    records: dict[str, Record] = field(default_factory=dict)  # display name -> record
    known: dict[str, StoredSheet] = field(default_factory=dict)  # checked before: by name
    staged: dict[str, _Staged] = field(default_factory=dict)  # display name -> sheet to check
    errors: list[dict[str, str]] = field(default_factory=list)
    sheets: list[SheetResult] = field(default_factory=list)

    @property
    def work_dir(self) -> Path:
        return self.out / "unpacked"


@dataclass
class TimesheetsResult:
    """What one run produced; `exit_code` 0 all read, 1 some unreadable, 4 none readable."""

    month: str
    sheets: list[SheetResult]
    errors: list[dict[str, str]]
    out: Path
    exit_code: ExitCode

    @property
    def json_path(self) -> Path:
        return self.out / "timesheets.json"

    @property
    def html_path(self) -> Path:
        return self.out / "timesheets.html"

    def contract(self) -> dict[str, Any]:
        return {"month": self.month, "sheets": [s.contract() for s in self.sheets],
                "errors": self.errors}


def parse_month(text: str) -> str:
    """`YYYY-MM` as given on the command line; UsageError otherwise."""
    if not _MONTH.match(text or ""):
        raise UsageError(f"--month must be YYYY-MM, not {text!r}")
    return text


def run_timesheets(
    inbox: Path, month: str, out: Path, *, db_url: str | None = None,
    settings: RunSettings | None = None,
) -> TimesheetsResult:
    """Check every timesheet in `inbox` for `month`; write timesheets.json and .html in `out`."""
    month = parse_month(month)
    if not Path(inbox).is_dir():
        raise UsageError("the inbox is not a folder or does not exist", file=inbox)
    if Path(out).exists() and not Path(out).is_dir():
        raise UsageError("the output folder is a file", file=out)
    run = MonthRun(Path(inbox), month, Path(out), Store(db_url), settings or RunSettings())
    try:
        run.out.mkdir(parents=True, exist_ok=True)
        walk(run)
        read(run)
        check_and_store(run)
        result = result_of(run)
        write_outputs(run, result)
        return result
    finally:
        run.store.close()


# --- stages --------------------------------------------------------------------------------


def walk(run: MonthRun) -> None:
    """The inbox's documents (containers unpacked safely) and what cannot be opened."""
    scan = walk_inbox(run.inbox, run.work_dir)
    first: dict[str, str] = {}
    for item in sorted(scan.items, key=lambda i: i.display_name):
        if item.sha256 in first:
            run.duplicates[item.display_name] = first[item.sha256]
            continue
        first[item.sha256] = item.display_name
        run.items.append(item)
    run.errors.extend({"file": e.display_name, "error": e.error} for e in scan.errors)


def read(run: MonthRun) -> None:
    """Read each file not already checked for this month, in isolated workers."""
    to_read: list[InboxItem] = []
    known = run.store.timesheet_hashes(run.month)
    for item in run.items:
        stored = run.store.timesheet_by_hash(run.month, item.sha256) \
            if item.sha256 in known else None
        if stored is not None:
            run.known[item.display_name] = stored
            run.records[item.display_name] = {**stored.record, "file": item.display_name}
        else:
            to_read.append(item)
    if not to_read:
        return
    by_path = {item.path: item for item in to_read}
    with closing(_finished(to_read, run.settings)) as finished:
        for path, record in finished:
            item = by_path[path]
            run.records[item.display_name] = {**record, "file": item.display_name}
            log.info("read %s: %s", item.sha256[:12], record.get("doc_type"))
            # The grant is looked up while the workers go on reading; the checks wait for
            # file-name order.
            _stage(run, item, run.records[item.display_name])


def _stage(run: MonthRun, item: InboxItem, record: Record) -> None:
    if record.get("error") or record.get("doc_type") != "timesheet":
        return
    sheet = sheet_from_record(record)
    code = sheet.client_code
    decision = run.store.latest_decision(client_code=code) if code else None
    key = run.store.sheet_key(code, sheet.assistant_code, run.month) if code else ""
    run.staged[item.display_name] = _Staged(sheet, decision, key,
                                            run.store.client_key(code) if code else "")


def _finished(items: Sequence[InboxItem], settings: RunSettings
              ) -> Generator[tuple[Path, Record], None, None]:
    # A generator of our own, so closing() reaches the worker pool's cleanup through it.
    from ..extract.workers import extract_in_workers  # the pool imports no PDF code here

    yield from extract_in_workers(
        [item.path for item in items], workers=settings.workers, limits=settings.limits,
        display_names=[item.display_name for item in items],
    )


@dataclass
class _Pending:
    """A checked sheet waiting for the batch's commit: what to store and what it accepted."""

    result: SheetResult
    save: dict[str, Any]
    sheet_key: str
    client_key: str


def check_and_store(run: MonthRun) -> None:
    """Each readable timesheet checked against its grant and stored, in file-name order.

    Sheets are committed in batches of `BATCH` (one transaction each, audit included): a commit
    costs ~20 ms on a disk that syncs, two per sheet would cost more than reading the sheet.
    Other sheets' hours come from one query at the start and from this run's checked sheets,
    committed or not yet.
    """
    by_name: dict[str, SheetResult] = {}
    pending: list[_Pending] = []
    index = _OtherSheets.from_store(run)
    for item in run.items:
        record = run.records.get(item.display_name)
        if record is None:
            continue
        if record.get("error"):
            run.errors.append({"file": item.display_name, "error": str(record["error"])})
            continue
        if record.get("doc_type") != "timesheet":
            run.errors.append({"file": item.display_name,
                               "error": f"not a timesheet (read as {record.get('doc_type')})"})
            continue
        result, to_store = _check_one(run, item, record, index)
        by_name[item.display_name] = result
        run.sheets.append(result)
        if to_store is not None:
            pending.append(to_store)
            index.add(to_store)
        if len(pending) >= BATCH:
            _commit(run, pending, by_name)
    _commit(run, pending, by_name)
    for duplicate, first in sorted(run.duplicates.items()):
        original = by_name.get(first)
        if original is None:
            continue
        copy = SheetResult(duplicate, original.sha256, original.sheet, original.findings,
                           original.accepted_hours, "unchanged", original.decision,
                           original.rule_set, original.pay, duplicate_of=first)
        run.sheets.append(copy)
    run.sheets.sort(key=lambda s: s.file)


def _commit(run: MonthRun, pending: list[_Pending], by_name: dict[str, SheetResult]) -> None:
    if not pending:
        return
    saved = run.store.save_timesheets([p.save for p in pending])
    for waiting, outcome in zip(pending, saved, strict=True):
        result = waiting.result
        result.status = "accepted" if outcome.outcome != "same" else "unchanged"
        if outcome.replaced is not None:
            result.replaces = outcome.replaced.file
            earlier = by_name.get(outcome.replaced.file)
            if earlier is not None:
                earlier.status = "replaced"
    log.info("stored %d sheets", len(pending))
    pending.clear()


def _check_one(run: MonthRun, item: InboxItem, record: Record, index: _OtherSheets
               ) -> tuple[SheetResult, _Pending | None]:
    confidence = record.get("confidence")
    warnings = list(record.get("warnings") or [])
    stored = run.known.get(item.display_name)
    if stored is not None:
        sheet = sheet_from_record(record)
        return _from_store(run, item, sheet, stored, confidence, warnings), None
    if item.display_name not in run.staged:
        _stage(run, item, record)
    staged = run.staged[item.display_name]
    sheet, decision = staged.sheet, staged.decision
    grant = decision.terms if decision is not None else None
    earlier = index.earlier(staged, run.month, grant.unit if grant else None)
    check = check_sheet(sheet, run.month, grant, earlier=earlier)
    findings = [f.contract() for f in check.findings]
    result = SheetResult(item.display_name, item.sha256, sheet, findings, check.accepted_hours,
                         "not_stored", decision.number if decision else None,
                         grant.rule_set if grant else None, confidence=confidence,
                         warnings=warnings)
    if grant is not None and grant.granted and check.accepted_hours > 0:
        result.pay = pay_line(month=run.month, hours=check.accepted_hours,
                              rule_set=grant.rule_set, track=grant.track, file=item.display_name,
                              assistant_code=sheet.assistant_code,
                              assistant_name=sheet.assistant_name,
                              client_code=sheet.client_code, client_name=sheet.client_name)
    if not sheet.client_code or sheet.month not in (None, run.month):
        return result, None  # no client to file it under, or it is another month's sheet
    return result, _Pending(result, _to_store(run, item, record, sheet, check, decision),
                            staged.sheet_key, staged.client_key)


def _from_store(run: MonthRun, item: InboxItem, sheet: Sheet, stored: StoredSheet,
                confidence: Any, warnings: list[str]) -> SheetResult:
    """A sheet already checked for this month: its stored result, nothing changed."""
    status = "unchanged" if stored.status == "current" else "replaced"
    result = SheetResult(item.display_name, item.sha256, sheet, list(stored.findings),
                         stored.accepted_hours, status, stored.decision_number, stored.rule_set,
                         confidence=confidence, warnings=warnings)
    if stored.accepted_hours > 0 and stored.rule_set is not None:
        result.pay = pay_line(month=run.month, hours=stored.accepted_hours,
                              rule_set=stored.rule_set, track=stored.track,
                              file=item.display_name, assistant_code=sheet.assistant_code,
                              assistant_name=sheet.assistant_name,
                              client_code=sheet.client_code, client_name=sheet.client_name)
    return result


def _window(month: str, unit: str | None) -> tuple[date, date]:
    """The days whose hours count with `month`'s: its weeks (weekly grants) or itself."""
    first = date(int(month[:4]), int(month[5:7]), 1)
    last = (first.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
    if unit != "month":
        first -= timedelta(days=first.weekday())
        last += timedelta(days=6 - last.weekday())
    return first, last


@dataclass
class _OtherSheets:
    """The hours other sheets accepted, by client: the store's current sheets as they were
    when the run began (one query), and the sheets checked in this run, which supersede a
    stored sheet of the same client, assistant and month."""

    stored: dict[str, list[tuple[str, EarlierHours]]]  # client_key -> (sheet_key, hours)
    checked: dict[str, dict[str, list[EarlierHours]]]  # client_key -> sheet_key -> hours

    @classmethod
    def from_store(cls, run: MonthRun) -> _OtherSheets:
        start, end = _window(run.month, None)
        stored: dict[str, list[tuple[str, EarlierHours]]] = {}
        for client_key, sheet_key, row in run.store.current_entries(start=start, end=end):
            if row.date is not None:
                stored.setdefault(client_key, []).append(
                    (sheet_key, EarlierHours(row.date, row.activity, row.accepted)))
        return cls(stored, {})

    def add(self, waiting: _Pending) -> None:
        self.checked.setdefault(waiting.client_key, {})[waiting.sheet_key] = earlier_hours(
            waiting.save["entries"])

    def earlier(self, staged: _Staged, month: str, unit: str | None) -> list[EarlierHours]:
        """Hours of the client's other sheets that count against the same weeks (the other
        month of a straddling week) or the same month (another assistant's sheet)."""
        if not staged.client_key:
            return []
        first, last = _window(month, unit)
        checked = self.checked.get(staged.client_key, {})
        superseded = {staged.sheet_key, *checked}
        hours = [h for key, h in self.stored.get(staged.client_key, [])
                 if key not in superseded]
        hours += [h for key, rows in checked.items() if key != staged.sheet_key for h in rows]
        return [h for h in hours if first <= h.date <= last]


def _to_store(run: MonthRun, item: InboxItem, record: Record, sheet: Sheet, check: SheetCheck,
              decision: Decision | None) -> dict[str, Any]:
    terms = decision.terms if decision is not None else None
    return {
        "month": run.month, "sha256": item.sha256, "file": item.display_name, "record": record,
        "client_code": sheet.client_code, "assistant_code": sheet.assistant_code,
        "findings": [f.contract() for f in check.findings],
        "entries": [{"row": r.entry.row, "date": r.entry.date, "start": r.entry.start,
                     "end": r.entry.end, "hours": r.entry.hours, "accepted_hours": r.accepted,
                     "activity": r.entry.activity} for r in check.entries],
        "case_id": decision.case_id if decision else None,
        "decision_number": decision.number if decision else None,
        "rule_set": terms.rule_set if terms else None, "unit": terms.unit if terms else None,
        "track": terms.track if terms else None,
    }


def result_of(run: MonthRun) -> TimesheetsResult:
    if not run.errors:
        code = ExitCode.OK
    elif run.sheets:
        code = ExitCode.PARTIAL
    else:
        code = ExitCode.FAILED if run.items or run.errors else ExitCode.OK
    return TimesheetsResult(run.month, run.sheets, run.errors, run.out, code)


def write_outputs(run: MonthRun, result: TimesheetsResult) -> None:
    """timesheets.json (the contract) and timesheets.html (the clerk's page), atomically."""
    from .timesheets_html import write_timesheets_html

    write_json(result.json_path, result.contract())
    write_timesheets_html(result.html_path, result.contract())


def _number(value: Decimal) -> int | float:
    return int(value) if value == value.to_integral_value() else float(value)
