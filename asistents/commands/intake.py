"""`asistents intake INBOX --out OUT`: read a folder of paperwork into checked cases."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from ..case_checks import CheckSettings, case_status
from ..intake import IntakeResult, IntakeSettings, Progress, run_intake
from ..privacy import redact
from .options import db_option, reading_options

STATUS_TERMINAL = {"ok": "ok", "review": "needs a look", "missing": "missing", "refused": "refused"}


@click.command("intake")
@click.argument(
    "inbox", type=click.Path(exists=True, file_okay=False, dir_okay=True, path_type=Path)
)
@click.option(
    "--out",
    "out",
    required=True,
    type=click.Path(file_okay=False, dir_okay=True, path_type=Path),
    help="Folder for documents/*.json, cases.json and report.html.",
)
@db_option
@click.option(
    "--max-certificate-age-days",
    type=click.IntRange(min=0),
    default=CheckSettings().max_certificate_age_days,
    show_default=True,
    help="A certificate issued longer than this before the application is flagged.",
)
@reading_options
def intake_command(
    inbox: Path,
    out: Path,
    workers: int | None,
    db_url: str | None,
    max_certificate_age_days: int,
    timeout_s: float,
    page_timeout_s: float,
) -> None:
    """Read every document in INBOX into one checked case per person.

    Exit status: 0 every file was read, 1 some files could not be read or need a person (the
    rest is done), 2 wrong usage, 3 a program or package is missing, 4 nothing could be read,
    5 an output could not be written (what was read is kept: run again).
    """
    settings = IntakeSettings(
        workers=workers or IntakeSettings().workers,
        timeout_s=timeout_s,
        page_timeout_s=page_timeout_s,
        checks=CheckSettings(max_certificate_age_days=max_certificate_age_days),
    )
    bar = ProgressLine() if sys.stdout.isatty() else None
    try:
        result = run_intake(inbox, out, db_url=db_url, progress=bar, settings=settings)
    finally:
        if bar is not None:
            bar.close()
    click.echo(redact(summary_table(result)))
    for error in result.errors:
        if error["error"] in result.missing:
            continue  # said once below, not once per file
        click.echo(redact(f"error: {error['file']}: {error['error']}"), err=True)
    for entry in result.needs_review:
        click.echo(redact(f"needs a person: {entry['file']}: {entry['reason']}"), err=True)
    for line in result.missing:
        click.echo(redact(f"asistents: error: {line}"), err=True)
    click.echo(redact(f"report: {result.report_html}"))
    sys.exit(int(result.exit_code))


class ProgressLine:
    """One terminal line rewritten in place: done, failed, remaining; shown only on a tty."""

    def __init__(self) -> None:
        self._width = 0

    def __call__(self, progress: Progress) -> None:
        total = max(progress.total, 1)
        filled = int(30 * (progress.done + progress.failed) / total)
        line = (
            f"[{'#' * filled}{'.' * (30 - filled)}] done {progress.done}, "
            f"failed {progress.failed}, remaining {progress.remaining}"
        )
        if progress.pages:
            # A long scan: say which page, so a long wait is not taken for a hang.
            line += f"; page {progress.page} of {progress.pages}"
        self._width = max(self._width, len(line))
        click.echo("\r" + line.ljust(self._width), nl=False)

    def close(self) -> None:
        if self._width:
            click.echo()


def summary_table(result: IntakeResult) -> str:
    """Cases, their status and finding counts as a plain text table (no personal data)."""
    counts = result.counts
    review = f", no text (a person must look) {counts.needs_review}" if counts.needs_review else ""
    lines = [
        f"files {counts.files}: read {counts.read}{review}, already known {counts.known}, "
        f"failed {counts.failed}; cases {counts.cases}, unassigned {counts.unassigned}",
    ]
    header = (
        "case",
        "service",
        "status",
        "missing",
        "inconsistent",
        "ineligible",
        "review",
        "docs",
    )
    rows = [header]
    for case in result.cases:
        findings = case["findings"]
        kinds = [f["kind"] for f in findings]
        rows.append(
            (
                str(case["case_id"]),
                str(case.get("service") or "-"),
                STATUS_TERMINAL[case_status(findings, case.get("assessment"))],
                str(kinds.count("missing")),
                str(kinds.count("inconsistent")),
                str(kinds.count("ineligible")),
                str(kinds.count("needs_review")),
                str(len(case["documents"])),
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    for row in rows:
        lines.append("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)))
    return os.linesep.join(line.rstrip() for line in lines)


__all__ = ["ProgressLine", "intake_command", "summary_table"]
