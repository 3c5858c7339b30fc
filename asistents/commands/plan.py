"""`asistents plan CASE`: the individual social rehabilitation plan of a family assistant case."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import click

from ..case_file import open_existing_store
from ..generate.municipality import load_municipality
from ..issuing.plans import make_plan
from .decide import announce_municipality
from .options import db_option, municipality_option


@click.command("plan")
@click.argument("case_id", metavar="CASE")
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path),
              default=Path("decisions"), show_default=True, help="Folder for the DOCX and PDF.")
@municipality_option
@db_option
def plan_command(case_id: str, out_dir: Path, municipality_file: Path | None,
                 db_url: str | None) -> None:
    """Make the individual social rehabilitation plan for CASE (family assistant service):
    the tasks of the social worker's opinion, who does what, by when, hours and review dates,
    from the case's latest grant decision. DOCX for editing and PDF/A for signing.

    Exit status: 0 made, 2 not a family assistant case or no grant decision yet,
    3 LibreOffice missing, 4 the documents could not be made.
    """
    municipality = load_municipality(municipality_file)
    announce_municipality(municipality)
    with open_existing_store(db_url) as store:
        files = make_plan(store, case_id, municipality=municipality, out_dir=out_dir,
                          made_on=date.today())
    click.echo(f"{case_id}: rehabilitation plan for decision {files.decision}")
    click.echo(f"  {files.docx}")
    click.echo(f"  {files.pdf}")
