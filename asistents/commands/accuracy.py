"""`asistents accuracy FOLDER_OR_TRUTH`: extraction measured against a labelled inbox."""

from __future__ import annotations

from pathlib import Path

import click

from ..accuracy import find_truth, format_report, measure


@click.command("accuracy")
@click.argument("folder_or_truth", type=click.Path(exists=True, path_type=Path))
@click.option("--only", type=click.Choice(["digital", "scanned"]),
              help="Only documents whose truth text_source is digital (text, acroform) or scanned.")
@click.option("--by-source", is_flag=True,
              help="Also a table per evidence route (field_sources): fields, share right, "
                   "wrong at >= 0.9 and the confidences it reported.")
def accuracy_command(folder_or_truth: Path, only: str | None, by_source: bool) -> None:
    """Print doc-type and field accuracy per doc_type and per field, and every wrong field."""
    truth = find_truth(folder_or_truth)
    report = measure(truth, only=only)
    for line in format_report(report, by_source=by_source):
        click.echo(line)
