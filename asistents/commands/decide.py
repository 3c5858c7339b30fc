"""`asistents decide CASE...`: issue the decision (grant or refusal) on assessed cases."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import click

from ..case_file import open_existing_store
from ..errors import ExitCode, UsageError
from ..generate.municipality import Municipality, load_municipality
from ..issuing import issue_decisions
from ..issuing.decisions import CaseOutcome
from .options import db_option, municipality_option

_KINDS = {"grant": "piešķirts", "refusal": "atteikums", "family": "piešķirts (ģimenes asistents)"}


def _day(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise UsageError(f"{option} must be a date YYYY-MM-DD, not {value!r}") from None


def announce_municipality(municipality: Municipality) -> None:
    """Say which settings the documents are issued under (stderr: stdout stays the result)."""
    click.echo(f"asistents: municipality settings: {municipality.path}", err=True)


def _report(outcome: CaseOutcome) -> None:
    if outcome.blocked_by:
        click.echo(f"{outcome.case_id}: NOT ISSUED, first resolve:")
        for line in outcome.blocked_by:
            click.echo(f"  - {line}")
    elif outcome.error:
        voided = f" (number {outcome.number} voided)" if outcome.number else ""
        click.echo(f"{outcome.case_id}: FAILED{voided}: {outcome.error}")
    else:
        kind = _KINDS.get(outcome.kind or "", outcome.kind)
        replaces = f", replaces {outcome.replaces}" if outcome.replaces else ""
        despite = f", issued despite {outcome.overridden} finding(s)" if outcome.overridden \
            else ""
        click.echo(f"{outcome.case_id}: decision {outcome.number} ({kind}{replaces}{despite})")
        for path in outcome.files:
            click.echo(f"  {path}")


@click.command("decide")
@click.argument("case_ids", metavar="CASE...", nargs=-1, required=True)
@click.option("--from", "start", metavar="DATE", default=None,
              help="First day of the granted period (default: the first day of next month).")
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path),
              default=Path("decisions"), show_default=True,
              help="Folder for the DOCX and PDF (file names carry the decision number).")
@click.option("--despite", metavar="REASON", default=None,
              help="Issue even though findings are unresolved; the reason goes to the audit "
                   "log.")
@click.option("--on", "issued_on", metavar="DATE", default=None,
              help="Date of the decision (default: today).")
@municipality_option
@db_option
def decide_command(case_ids: tuple[str, ...], start: str | None, out_dir: Path,
                   despite: str | None, issued_on: str | None, municipality_file: Path | None,
                   db_url: str | None) -> None:
    """Issue the decision on each CASE: a grant (hours, period) or a refusal, as DOCX for
    editing and PDF/A for signing, numbered from the store and recorded there.

    A case is issued only when its required documents are present and its findings are
    resolved; otherwise what stands in the way is listed. Issuing again makes a new numbered
    decision that names the one it replaces.

    Exit status: 0 all issued, 1 some not issued (listed), 2 wrong usage or settings,
    3 LibreOffice missing, 4 nothing could be issued.
    """
    if despite is not None and not despite.strip():
        raise UsageError("--despite needs a reason")
    municipality = load_municipality(municipality_file)
    announce_municipality(municipality)
    day = _day(issued_on, "--on") or date.today()
    first = _day(start, "--from")
    with open_existing_store(db_url) as store:
        outcomes = issue_decisions(store, case_ids, municipality=municipality,
                                   out_dir=out_dir, issued_on=day, start=first,
                                   despite=despite)
    for outcome in outcomes:
        _report(outcome)
    issued = sum(o.issued for o in outcomes)
    if issued == len(outcomes):
        return
    failed_all = issued == 0 and all(o.error for o in outcomes)
    raise SystemExit(int(ExitCode.FAILED if failed_all else ExitCode.PARTIAL))
