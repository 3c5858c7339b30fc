"""`asistents extract FILE...`: one JSON record per file on stdout, or one .json each in --out."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from ..errors import AsistentsError, ExitCode
from ..extract.api import extract_files
from ..privacy import redact


def archive_copy(record: dict, archive_dir: Path, taken: set[str]) -> bool:
    """The searchable copy of a scanned input (digital ones need none); False when it failed."""
    from ..extract.searchable_archive import archive_if_scanned  # only with --archive

    try:
        archive_if_scanned(Path(record["file"]), record, archive_dir, taken=taken)
    except AsistentsError as exc:
        reason = f"asistents: {record['file']}: searchable copy not written: {exc.message}"
        click.echo(redact(reason), err=True)
        return False
    return True


def output_name(path: Path, taken: set[str]) -> str:
    """`<stem>.json`, with a counter when two inputs share a stem."""
    name = f"{path.stem}.json"
    counter = 2
    while name in taken:
        name = f"{path.stem}-{counter}.json"
        counter += 1
    taken.add(name)
    return name


@click.command("extract")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--out",
    "out_dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="Write one .json per input into this folder instead of JSON Lines on stdout.",
)
@click.option("--pretty", is_flag=True, help="Indented JSON for reading.")
@click.option("--workers", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Worker processes (scans are OCRed in parallel).")
@click.option(
    "--archive",
    "archive_dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="Write a searchable PDF copy (the scan with an invisible text layer) of every scanned "
    "input into this folder; the originals are not touched.",
)
def extract_command(files: tuple[Path, ...], out_dir: Path | None, pretty: bool,
                    workers: int, archive_dir: Path | None) -> None:
    """Classify each document and extract its fields (exit 1 when some file could not be read)."""
    if out_dir is not None:
        out_dir.mkdir(parents=True, exist_ok=True)
    taken: set[str] = set()
    archived: set[str] = set()
    failed = 0
    for record in extract_files(files, workers=workers):
        if record.get("error"):
            failed += 1
            # A file may be named after a person's code: mask it like any log line.
            click.echo(redact(f"asistents: {record['file']}: {record['error']}"), err=True)
        elif archive_dir is not None and not archive_copy(record, archive_dir, archived):
            failed += 1
        text = json.dumps(record, ensure_ascii=False, indent=2 if pretty else None)
        if out_dir is not None:
            target = out_dir / output_name(Path(record["file"]), taken)
            target.write_text(text + "\n", encoding="utf-8")
        else:
            click.echo(text)
    if failed:
        sys.exit(int(ExitCode.PARTIAL))
