"""`asistents timesheet new --case CASE --month YYYY-MM`: the month's timesheet for an assistant."""

from __future__ import annotations

from pathlib import Path

import click

from ..forms.timesheet_form import hours_text
from ..timesheet_handout import hand_out_timesheet
from .options import db_option


@click.group("timesheet")
def timesheet_command() -> None:
    """Timesheets handed to assistants (the returned ones are checked by `timesheets`)."""


@timesheet_command.command("new")
@click.option("--case", "case_id", required=True, help="The case id (as intake gave it).")
@click.option("--month", required=True, metavar="YYYY-MM", help="The month the sheet is for.")
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path),
              default=Path("."), show_default=True, help="Folder for the DOCX and the PDF.")
@db_option
def new_command(case_id: str, month: str, out_dir: Path, db_url: str | None) -> None:
    """Write the month's timesheet for CASE: a DOCX to print and a fillable PDF, pre-filled
    with the client, the assistant (when the case names one), the month and the hours the
    latest issued decision grants, with one row per granted day.

    Exit status: 0 written; 2 unknown case, no issued grant, or a month outside its period;
    4 the output folder cannot be written.
    """
    made = hand_out_timesheet(db_url, case_id, month, out_dir)
    blank = made.blank
    per_kind = ", ".join(f"{kind} {hours_text(hours)}" for kind, hours in blank.hours.items())
    click.echo(f"Timesheet for case {case_id}, {month} (decision {blank.decision_number}: "
               f"{hours_text(blank.total_hours)} h per {blank.unit}"
               f"{f'; {per_kind}' if per_kind else ''}):")
    click.echo(f"  to print:          {made.docx}")
    click.echo(f"  to fill on screen: {made.pdf}")
    if not blank.assistant_name:
        click.echo("  the case names no assistant: their name and code are left to fill in")
