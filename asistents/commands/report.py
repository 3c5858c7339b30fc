"""`asistents report --month YYYY-MM --out DIR`: the month's report, pay list and summary."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import click

from ..case_file import open_existing_store
from ..monthly.report_data import monthly_report
from ..monthly.report_pdf import write_summary
from ..monthly.report_tables import write_tables
from ..monthly.timesheet_run import parse_month
from ..monthly.timesheets_html import hours_lv
from .options import db_option


@click.command("report")
@click.option("--month", required=True, metavar="YYYY-MM", help="The month to report.")
@click.option("--out", "out", required=True,
              type=click.Path(file_okay=False, dir_okay=True, path_type=Path),
              help="Folder for the XLSX, the CSVs and the PDF summary.")
@db_option
def report_command(month: str, out: Path, db_url: str | None) -> None:
    """Write the monthly report for the Ministry of Welfare from the accepted timesheets.

    OUT/parskats_YYYY-MM.xlsx (per client hours by activity and amount, the pay list per
    assistant, clients with a grant but no timesheet), OUT/parskats_YYYY-MM.csv and
    OUT/algas_YYYY-MM.csv (UTF-8 with BOM, ';' separated, decimal comma) and
    OUT/kopsavilkums_YYYY-MM.pdf (one page with charts). Exit status: 0 written, 2 usage.
    """
    month = parse_month(month)
    if out.exists() and not out.is_dir():
        raise click.UsageError(f"{out}: the output folder is a file")
    out.mkdir(parents=True, exist_ok=True)
    generated = datetime.now().strftime("%d.%m.%Y. %H:%M")
    with open_existing_store(db_url) as store:
        report = monthly_report(store, month)
        store.audit("monthly_report", detail={"month": month, "clients": len(report.clients),
                                              "pay_lines": len(report.pay)})
    written = write_tables(report, out, generated)
    written["pdf"] = write_summary(report, out, generated)
    click.echo(f"month {month}: clients {len(report.clients)}, pay lines {len(report.pay)}, "
               f"hours {hours_lv(report.total_hours)}, amount {report.total_amount:.2f} EUR, "
               f"no timesheet {len(report.missing)}")
    for path in written.values():
        click.echo(f"written: {path}")


__all__ = ["report_command"]
