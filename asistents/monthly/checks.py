"""The checks of a returned timesheet against its grant: pure functions, one per rule.

Daugavpils pilsētas pašvaldības iestādes "Sociālais dienests" apraksts "Asistentu pakalpojumi"
(the monthly cycle): the service accepts each assistant's monthly timesheet, checks it, enters
it into its records and pays only the hours actually worked within the grant. The grant's own
unit decides how hours are counted: per ISO week and per activity under MK 942 (Ministru
kabineta 2012. gada 18. decembra noteikumi Nr. 942, 1. pielikums), per month under MK 316
(Ministru kabineta 2021. gada 18. maija noteikumi Nr. 316), per week for the family assistant
service (the municipality's binding rules).

`check_sheet` runs every check and says, row by row, how many hours are accepted. A row with
a defect of its own (outside the month or the period, an activity not granted, times that do
not add up, an overlap, a day over 24 hours) is not accepted; a row that passes is accepted up
to what is left of the grant in its week or month, the part over it is not; the sheet-level
findings (the stated total, missing signatures) do not hold back the rows. Every finding names
its row (1-based, as listed) and date when it has one.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from ..forms.latvian_dates import format_date_numeric, format_period_numeric, readable_month
from ..store.decisions import GrantTerms
from .sheet import Entry, Sheet

KINDS = (
    "no_grant",
    "outside_month",
    "outside_period",
    "activity_not_granted",
    "bad_times",
    "overlap",
    "day_over_24h",
    "weekly_hours_exceeded",
    "monthly_hours_exceeded",
    "total_mismatch",
    "signature_missing",
)
TOLERANCE_MINUTES = 5  # handwritten times are rounded; hours may differ from to-from by this much
TOTAL_TOLERANCE = Decimal("0.01")
DAY_HOURS = Decimal(24)
_ZERO = Decimal(0)

ACTIVITY_LV = {
    "work": "darbs",
    "education": "mācības",
    "higher_education": "studijas",
    "day_centre": "dienas centrs",
    "institutions": "iestāžu apmeklējums",
    "ngo": "biedrības pasākumi",
    "leisure": "brīvais laiks",
}


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem of a sheet: its kind, the row and date it is about (None: the whole sheet)."""

    kind: str
    message: str
    date: date | None = None
    row: int | None = None

    def contract(self) -> dict[str, Any]:
        """As timesheets.json writes it: kind, date, message (and the row, an added field)."""
        return {
            "kind": self.kind,
            "date": self.date.isoformat() if self.date else None,
            "message": self.message,
            "row": self.row,
        }


@dataclass(frozen=True, slots=True)
class EntryResult:
    """A row and the hours of it that are accepted (0 when it is not accepted at all)."""

    entry: Entry
    accepted: Decimal


@dataclass(frozen=True, slots=True)
class EarlierHours:
    """Hours of the same client already accepted on another sheet (another month, another
    assistant): they count against the same week's or month's grant."""

    date: date
    activity: str | None
    hours: Decimal


@dataclass(frozen=True, slots=True)
class SheetCheck:
    """Everything the checks say about one sheet."""

    findings: tuple[Finding, ...]
    entries: tuple[EntryResult, ...]

    @property
    def accepted_hours(self) -> Decimal:
        return sum((r.accepted for r in self.entries), _ZERO)

    def kinds(self) -> set[str]:
        return {f.kind for f in self.findings}


# --- small shared pieces ----------------------------------------------------------------------


def month_of(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def week_of(day: date) -> str:
    """The ISO week a day belongs to, `2021-W18`: a week straddling two months is one week."""
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def hours_text(hours: Decimal | float) -> str:
    """Hours as a Latvian reads them: 1,5 and 2 (no trailing zeros)."""
    value = Decimal(str(hours)).normalize()
    text = format(value, "f")
    return text.replace(".", ",")


def _row_dates(rows: Iterable[Entry]) -> str:
    return ", ".join(str(e.row) for e in rows)


# --- the checks, one rule each -----------------------------------------------------------------


def check_month(sheet: Sheet, month: str) -> tuple[list[Finding], set[int]]:
    """Dates inside the month being processed. A sheet for another month is one finding for
    the sheet (its rows belong to that month's run); otherwise each stray row is one."""
    findings: list[Finding] = []
    rejected: set[int] = set()
    if sheet.month and sheet.month != month:
        stray = [e for e in sheet.entries if e.date is None or month_of(e.date) != month]
        rejected |= {e.row for e in stray}
        # The count stands after a colon: "1 ieraksti" would break the number agreement.
        findings.append(Finding(
            "outside_month",
            f"Uzskaites lapa ir par citu mēnesi ({readable_month(sheet.month)}), nevis par "
            f"apstrādājamo ({readable_month(month)}); nepieņemtie ieraksti: {len(stray)}.",
        ))
        return findings, rejected
    for entry in sheet.entries:
        if entry.date is None:
            rejected.add(entry.row)
            findings.append(Finding("outside_month", f"{entry.row}. rindai nav nolasāms datums.",
                                    row=entry.row))
        elif month_of(entry.date) != month:
            rejected.add(entry.row)
            findings.append(Finding(
                "outside_month",
                f"{entry.row}. rinda ({format_date_numeric(entry.date)}) nav apstrādājamajā "
                f"mēnesī ({readable_month(month)}).",
                entry.date, entry.row,
            ))
    return findings, rejected


def check_period(entries: Iterable[Entry], grant: GrantTerms) -> tuple[list[Finding], set[int]]:
    """Dates inside the period the decision grants the service for."""
    findings: list[Finding] = []
    rejected: set[int] = set()
    start, end = grant.period_from, grant.period_to
    for entry in entries:
        if entry.date is None or start is None or end is None:
            continue
        if entry.date < start or entry.date > end:
            rejected.add(entry.row)
            findings.append(Finding(
                "outside_period",
                f"{entry.row}. rinda ({format_date_numeric(entry.date)}) ir ārpus piešķirtā "
                f"perioda ({format_period_numeric(start, end)}).",
                entry.date, entry.row,
            ))
    return findings, rejected


def check_activities(
    entries: Iterable[Entry], grant: GrantTerms
) -> tuple[list[Finding], set[int]]:
    """Only the activities the decision grants hours for. A grant without a breakdown by
    activity (an MK 316 child's monthly hours, the family assistant's weekly hours) admits any."""
    findings: list[Finding] = []
    rejected: set[int] = set()
    granted = {kind for kind, hours in grant.hours.items() if hours and hours > 0}
    if not granted:
        return findings, rejected
    for entry in entries:
        if entry.activity in granted:
            continue
        rejected.add(entry.row)
        if entry.activity is None:
            why = "aktivitāte nav norādīta"
        else:
            why = f"aktivitātei „{ACTIVITY_LV.get(entry.activity, entry.activity)}” stundas nav " \
                  "piešķirtas"
        findings.append(Finding("activity_not_granted", f"{entry.row}. rinda: {why}.",
                                entry.date, entry.row))
    return findings, rejected


def check_times(
    entries: Iterable[Entry], tolerance_minutes: int = TOLERANCE_MINUTES
) -> tuple[list[Finding], set[int]]:
    """`from` before `to`, and the hours equal to `to - from` within a few minutes."""
    findings: list[Finding] = []
    rejected: set[int] = set()
    for entry in entries:
        start, end = entry.start_minutes, entry.end_minutes
        why = None
        if start is None or end is None:
            why = "nav norādīts laiks no–līdz"
        elif end <= start:
            why = f"sākuma laiks {entry.start} nav pirms beigu laika {entry.end}"
        elif entry.hours is None:
            why = "nav norādītas stundas"
        else:
            span = Decimal(end - start)
            if abs(entry.hours * 60 - span) > tolerance_minutes:
                why = (f"norādītas {hours_text(entry.hours)} h, bet no {entry.start} līdz "
                       f"{entry.end} ir {hours_text((span / 60).quantize(Decimal('0.01')))} h")
        if why:
            rejected.add(entry.row)
            findings.append(Finding("bad_times", f"{entry.row}. rinda: {why}.", entry.date,
                                    entry.row))
    return findings, rejected


def check_overlaps(entries: Iterable[Entry]) -> tuple[list[Finding], set[int]]:
    """No two rows of one day cover the same time; the later-starting row is the one flagged."""
    findings: list[Finding] = []
    rejected: set[int] = set()
    by_day: dict[date, list[Entry]] = defaultdict(list)
    for entry in entries:
        start, end = entry.start_minutes, entry.end_minutes
        if entry.date is not None and start is not None and end is not None and start < end:
            by_day[entry.date].append(entry)
    for day in sorted(by_day):
        rows = sorted(by_day[day], key=lambda e: (e.start_minutes or 0, e.row))
        latest: Entry | None = None
        for entry in rows:
            if latest is not None and (entry.start_minutes or 0) < (latest.end_minutes or 0):
                rejected.add(entry.row)
                findings.append(Finding(
                    "overlap",
                    f"{entry.row}. rinda ({entry.start}–{entry.end}) pārklājas ar "
                    f"{latest.row}. rindu ({latest.start}–{latest.end}).",
                    day, entry.row,
                ))
            if latest is None or (entry.end_minutes or 0) > (latest.end_minutes or 0):
                latest = entry
    return findings, rejected


def check_days(entries: Iterable[Entry]) -> tuple[list[Finding], set[int]]:
    """No more than 24 hours written on one day; every row of such a day is held back."""
    findings: list[Finding] = []
    rejected: set[int] = set()
    by_day: dict[date, list[Entry]] = defaultdict(list)
    for entry in entries:
        if entry.date is not None and entry.hours is not None:
            by_day[entry.date].append(entry)
    for day in sorted(by_day):
        rows = by_day[day]
        total = sum((e.hours for e in rows if e.hours is not None), _ZERO)
        if total > DAY_HOURS:
            rejected |= {e.row for e in rows}
            findings.append(Finding(
                "day_over_24h",
                f"{format_date_numeric(day)} uzrādītas {hours_text(total)} h "
                f"(rindas {_row_dates(rows)}); dienā nevar būt vairāk par 24 h.",
                day, rows[0].row,
            ))
    return findings, rejected


def check_total(sheet: Sheet) -> list[Finding]:
    """The total the sheet states equals the sum of its rows."""
    if sheet.total_hours is None:
        return []
    listed = sheet.listed_hours
    if abs(sheet.total_hours - listed) <= TOTAL_TOLERANCE:
        return []
    return [Finding(
        "total_mismatch",
        f"Lapā norādīts kopā {hours_text(sheet.total_hours)} h, bet rindu summa ir "
        f"{hours_text(listed)} h.",
    )]


def check_signatures(sheet: Sheet) -> list[Finding]:
    """Signatures present where the form has signature places (assistant, client, rows)."""
    signatures = sheet.signatures
    if signatures is None:
        return []
    findings = []
    if signatures.assistant is False:
        findings.append(Finding("signature_missing", "Nav asistenta paraksta."))
    if signatures.client is False:
        findings.append(Finding("signature_missing",
                                "Nav pakalpojuma saņēmēja (vai viņa pārstāvja) paraksta."))
    for day in sorted(set(signatures.unsigned_dates)):
        rows = [e for e in sheet.entries if e.date == day]
        findings.append(Finding(
            "signature_missing",
            f"{format_date_numeric(day)} ierakstam (rinda {_row_dates(rows) or '?'}) nav paraksta.",
            day, rows[0].row if rows else None,
        ))
    return findings


def apply_grant(
    entries: Sequence[Entry], grant: GrantTerms, earlier: Iterable[EarlierHours] = ()
) -> tuple[list[Finding], dict[int, Decimal]]:
    """Accept rows up to the grant in its own unit, in date and time order.

    Weekly grants (MK 942, family assistant) count per ISO week: a week straddling two months
    counts the other month's accepted hours (`earlier`). Monthly grants (MK 316) count per
    month. With a breakdown by activity, each activity has its own limit and the total has
    the grant's total. The row that crosses a limit is accepted up to it; the rest is not.
    """
    weekly = grant.unit != "month"
    unit_of = week_of if weekly else month_of
    kind = "weekly_hours_exceeded" if weekly else "monthly_hours_exceeded"
    caps = {k: Decimal(str(v)) for k, v in grant.hours.items() if v and v > 0}
    total_cap = (Decimal(str(grant.total_hours)) if grant.total_hours is not None
                 else (sum(caps.values(), _ZERO) if caps else None))
    used_total: dict[str, Decimal] = defaultdict(lambda: _ZERO)
    used: dict[tuple[str, str | None], Decimal] = defaultdict(lambda: _ZERO)
    for item in earlier:
        unit = unit_of(item.date)
        used_total[unit] += item.hours
        used[(unit, item.activity)] += item.hours
    findings: list[Finding] = []
    accepted: dict[int, Decimal] = {}
    ordered = sorted(
        (e for e in entries if e.date is not None and e.hours is not None),
        key=lambda e: (e.date, e.start_minutes or 0, e.row),
    )
    for entry in ordered:
        assert entry.date is not None and entry.hours is not None  # filtered just above
        unit = unit_of(entry.date)
        room: Decimal | None = None
        limit_text = ""
        if total_cap is not None:
            room = total_cap - used_total[unit]
            limit_text = f"kopā {hours_text(total_cap)} h"
        if caps and entry.activity in caps:
            left = caps[entry.activity] - used[(unit, entry.activity)]
            if room is None or left < room:
                room = left
                limit_text = (f"„{ACTIVITY_LV.get(entry.activity, entry.activity)}” "
                              f"{hours_text(caps[entry.activity])} h")
        take = entry.hours if room is None else max(_ZERO, min(entry.hours, room))
        accepted[entry.row] = take
        used_total[unit] += take
        used[(unit, entry.activity)] += take
        if take < entry.hours:
            per = "nedēļā" if weekly else "mēnesī"
            where = _unit_text(entry.date, weekly)
            findings.append(Finding(
                kind,
                f"{entry.row}. rinda: pārsniegts piešķirtais apjoms ({limit_text} {per}, "
                f"{where}); pieņemtas {hours_text(take)} h no {hours_text(entry.hours)} h.",
                entry.date, entry.row,
            ))
    return findings, accepted


def _unit_text(day: date, weekly: bool) -> str:
    if not weekly:
        return str(readable_month(month_of(day)))
    year, week, _ = day.isocalendar()
    return f"{year}. gada {week}. nedēļa"


def no_grant_finding(sheet: Sheet, grant: GrantTerms | None) -> Finding:
    """Why no hours of the sheet can be accepted: no readable client, no decision, a refusal."""
    if not sheet.client_code:
        why = "pakalpojuma saņēmēja personas kods nav nolasāms, piešķīrumu nevar atrast"
    elif grant is None:
        why = "pakalpojuma saņēmējam nav izdota lēmuma par pakalpojuma piešķiršanu"
    else:
        why = "pēdējais izdotais lēmums ir atteikums"
    return Finding("no_grant", f"Stundas netiek pieņemtas: {why}.")


# --- the whole sheet ---------------------------------------------------------------------------


def check_sheet(
    sheet: Sheet,
    month: str,
    grant: GrantTerms | None,
    *,
    earlier: Iterable[EarlierHours] = (),
    tolerance_minutes: int = TOLERANCE_MINUTES,
) -> SheetCheck:
    """Every check of one sheet for `month` (YYYY-MM) against `grant` (None: no decision).

    `earlier` are the same client's hours accepted on other sheets (the other month of a
    straddling week, another assistant's sheet of the same month).
    """
    findings: list[Finding] = []
    rejected: set[int] = set()

    def run(result: tuple[list[Finding], set[int]]) -> None:
        findings.extend(result[0])
        rejected.update(result[1])

    has_grant = grant is not None and grant.granted and bool(sheet.client_code)
    if not has_grant:
        findings.append(no_grant_finding(sheet, grant))
    run(check_month(sheet, month))
    in_month = [e for e in sheet.entries if e.row not in rejected]
    if has_grant:
        assert grant is not None  # has_grant says so
        run(check_period(in_month, grant))
        run(check_activities(in_month, grant))
    run(check_times(in_month, tolerance_minutes))
    run(check_overlaps(in_month))
    run(check_days(in_month))
    findings.extend(check_total(sheet))
    findings.extend(check_signatures(sheet))
    accepted: dict[int, Decimal] = {}
    if has_grant:
        assert grant is not None
        candidates = [e for e in sheet.entries if e.row not in rejected]
        cap_findings, accepted = apply_grant(candidates, grant, earlier)
        findings.extend(cap_findings)
    results = tuple(EntryResult(e, accepted.get(e.row, _ZERO)) for e in sheet.entries)
    order = {kind: i for i, kind in enumerate(KINDS)}
    findings.sort(key=lambda f: (f.row is not None, f.row or 0, order[f.kind]))
    return SheetCheck(tuple(findings), results)


def earlier_hours(rows: Iterable[Mapping[str, Any]]) -> list[EarlierHours]:
    """EarlierHours from stored entry rows ({date, activity, accepted_hours})."""
    return [
        EarlierHours(r["date"], r.get("activity"), Decimal(str(r["accepted_hours"])))
        for r in rows
        if r.get("date") is not None and r.get("accepted_hours")
    ]
