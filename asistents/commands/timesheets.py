"""`asistents timesheets INBOX --month YYYY-MM`: check a month's returned timesheets."""

from __future__ import annotations

import os
import sys
from collections import Counter
from pathlib import Path

import click

from ..extract.workers import Limits
from ..monthly.timesheet_run import RunSettings, TimesheetsResult, run_timesheets
from ..privacy import mask_personal_code, redact
from .options import db_option, reading_options

# Short names for the terminal table, in the order the checks run.
KIND_SHORT = {
    "no_grant": "no grant", "outside_month": "month", "outside_period": "period",
    "activity_not_granted": "activity", "bad_times": "times", "overlap": "overlap",
    "day_over_24h": ">24h", "weekly_hours_exceeded": "week>", "monthly_hours_exceeded": "month>",
    "total_mismatch": "total", "signature_missing": "signature",
}


@click.command("timesheets")
@click.argument(
    "inbox", type=click.Path(exists=True, file_okay=False, dir_okay=True, path_type=Path)
)
@click.option("--month", required=True, metavar="YYYY-MM", help="The month being checked.")
@click.option(
    "--out", "out", default=".", show_default=True,
    type=click.Path(file_okay=False, dir_okay=True, path_type=Path),
    help="Folder for timesheets.json and timesheets.html.",
)
@db_option
@reading_options
def timesheets_command(inbox: Path, month: str, out: Path, db_url: str | None,
                       workers: int | None, timeout_s: float, page_timeout_s: float) -> None:
    """Read, check, store and list every timesheet in INBOX for --month.

    Each sheet is checked against its client's latest issued decision; accepted hours go into
    the store (the same sheet twice is one sheet; a corrected sheet replaces the earlier one).
    Exit status: 0 every file was read, 1 some files could not be read (the rest is done),
    2 wrong usage, 4 nothing could be read.
    """
    result = run_timesheets(inbox, month, out, db_url=db_url,
                            settings=RunSettings(workers=workers, limits=Limits(
                                timeout_s=timeout_s, page_timeout_s=page_timeout_s)))
    click.echo(summary_table(result))
    for error in result.errors:
        click.echo(redact(f"error: {error['file']}: {error['error']}"), err=True)
    click.echo(f"timesheets: {result.json_path}")
    click.echo(f"report: {result.html_path}")
    sys.exit(int(result.exit_code))


def summary_table(result: TimesheetsResult) -> str:
    """Sheets, hours and findings as a plain text table; personal codes masked."""
    sheets = result.sheets
    accepted = sum(s.accepted_hours for s in sheets if s.status != "replaced")
    lines = [f"month {result.month}: sheets {len(sheets)}, unreadable {len(result.errors)}, "
             f"accepted {_hours(accepted)} h"]
    header = ("file", "client", "rows", "listed", "accepted", "status", "findings")
    rows = [header]
    for sheet in sheets:
        kinds = Counter(f["kind"] for f in sheet.findings)
        found = ", ".join(f"{KIND_SHORT.get(k, k)}{f' x{n}' if n > 1 else ''}"
                          for k, n in kinds.items())
        rows.append((
            sheet.file.split("/")[-1],
            mask_personal_code(sheet.sheet.client_code),
            str(len(sheet.sheet.entries)),
            _hours(sheet.sheet.listed_hours),
            _hours(sheet.accepted_hours),
            sheet.status,
            found or "-",
        ))
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    for row in rows:
        lines.append("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)))
    return os.linesep.join(redact(line.rstrip()) for line in lines)


def _hours(value: object) -> str:
    text = f"{value}"
    return text.rstrip("0").rstrip(".") if "." in text else text


__all__ = ["summary_table", "timesheets_command"]
