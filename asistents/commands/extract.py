"""`asistents extract FILE...`: one JSON record per document as it is read, on stdout or in --out.

Every file is read in an isolated worker process (memory, CPU and time limits, one worker per
core by default); records are printed as files finish, each naming its file. A ZIP or ASiC
container (`.edoc`), whatever its name, is unpacked into a temporary folder with intake's
checks and each document in it gets its own record (`pack.zip!/inner.pdf`).
"""

from __future__ import annotations

import json
import sys
import tempfile
from contextlib import closing
from pathlib import Path

import click

from ..atomic import ensure_folder, write_atomic
from ..errors import AsistentsError, ExitCode, OutputError
from ..extract.api import DEPENDENCY_MISSING, error_record
from ..extract.workers import Limits, default_workers, extract_in_workers
from ..inbox import is_container, unpack_container
from ..privacy import redact
from .options import reading_options


def archive_copy(record: dict, source: Path, archive_dir: Path, taken: set[str]) -> bool:
    """The searchable copy of a scanned input (digital ones need none); False when it failed."""
    from ..extract.searchable_archive import archive_if_scanned  # only with --archive

    try:
        archive_if_scanned(source, record, archive_dir, taken=taken)
    except OutputError:
        raise
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


def _documents(
    files: tuple[Path, ...], work_dir: Path
) -> tuple[list[Path], list[str], list[dict], list[str]]:
    """(paths, display names, error records, notes): containers unpacked, members listed."""
    paths: list[Path] = []
    names: list[str] = []
    errors: list[dict] = []
    notes: list[str] = []
    for index, path in enumerate(files):
        if path.is_file() and is_container(path):
            scan = unpack_container(path, str(path), work_dir / f"c{index}")
            for item in scan.items:
                paths.append(item.path)
                names.append(item.display_name)
                note = f"{path}: {item.note}" if item.note else None
                if note and note not in notes:
                    notes.append(note)
            for error in scan.errors:
                errors.append(error_record(error.display_name, error.error, code="CONTAINER"))
        else:
            paths.append(path)
            names.append(str(path))
    return paths, names, errors, notes


@click.command("extract")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--out",
    "out_dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="Write one .json per input into this folder instead of JSON Lines on stdout.",
)
@click.option("--pretty", is_flag=True, help="Indented JSON for reading.")
@reading_options
@click.option(
    "--archive",
    "archive_dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="Write a searchable PDF copy (the scan with an invisible text layer) of every scanned "
    "input into this folder; the originals are not touched.",
)
def extract_command(
    files: tuple[Path, ...],
    out_dir: Path | None,
    pretty: bool,
    workers: int | None,
    timeout_s: float,
    page_timeout_s: float,
    archive_dir: Path | None,
) -> None:
    """Classify each document and extract its fields.

    Exit status: 0 every file read, 1 some could not be read or need a person (the rest is
    done), 2 wrong usage, 3 a program or package is missing, 5 a result could not be written.
    """
    if out_dir is not None:
        ensure_folder(out_dir)
    limits = Limits(timeout_s=timeout_s, page_timeout_s=page_timeout_s)
    taken: set[str] = set()
    archived: set[str] = set()
    failed = 0
    missing: list[str] = []

    def emit(record: dict) -> None:
        text = json.dumps(record, ensure_ascii=False, indent=2 if pretty else None)
        if out_dir is not None:
            write_atomic(out_dir / output_name(Path(record["file"]), taken), text + "\n")
        else:
            click.echo(text)

    def judge(record: dict, source: Path | None) -> None:
        nonlocal failed
        if DEPENDENCY_MISSING in (record.get("flags") or []):
            failed += 1
            if record["error"] not in missing:
                missing.append(record["error"])
        elif record.get("error"):
            failed += 1
            # A file may be named after a person's code: mask it like any log line.
            click.echo(redact(f"asistents: {record['file']}: {record['error']}"), err=True)
        elif record.get("needs_review"):
            failed += 1
            click.echo(
                redact(f"asistents: {record['file']}: needs a person: {record['needs_review']}"),
                err=True,
            )
        elif archive_dir is not None and source is not None and not archive_copy(
            record, source, archive_dir, archived
        ):
            failed += 1
        emit(record)

    with tempfile.TemporaryDirectory(prefix="asistents-extract-") as work:
        paths, names, errors, notes = _documents(files, Path(work))
        for note in notes:
            click.echo(redact(f"asistents: {note}"), err=True)
        for record in errors:
            judge(record, None)
        source_of = dict(zip(names, paths, strict=True))
        pool = extract_in_workers(
            paths,
            workers=workers or default_workers(),
            limits=limits,
            display_names=names,
            largest_first=False,
        )
        with closing(pool):  # a failed write stops the workers at once
            for _path, record in pool:
                judge(record, source_of.get(record["file"]))
    for line in missing:
        click.echo(redact(f"asistents: error: {line}"), err=True)
    if missing:
        sys.exit(int(ExitCode.DEPENDENCY))
    if failed:
        sys.exit(int(ExitCode.PARTIAL))
