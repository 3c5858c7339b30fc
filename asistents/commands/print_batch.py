"""`asistents print FILES... --out batch.pdf`: one print-ready PDF with a cover list."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

import click

from ..errors import AsistentsError, ExitCode
from ..generate.print_batch import DocumentInfo, build_batch
from ..privacy import redact
from ..store import DEFAULT_DB_URL, resolve_db_url


def known_from_register(db_url: str | None, files: Sequence[Path]) -> dict[Path, DocumentInfo]:
    """Decision numbers and addressees of the files the decision register lists as issued.

    Without --db, a store that does not exist here is simply not asked (printing needs none).
    """
    from ..case_file import open_existing_store

    if db_url is None and resolve_db_url(None) == DEFAULT_DB_URL \
            and not Path("asistents.db").exists():
        return {}
    by_name: dict[str, tuple[str, DocumentInfo]] = {}
    found: dict[Path, DocumentInfo] = {}
    with open_existing_store(db_url) as store:
        for decision in store.decisions(status="issued"):
            case = store.case(decision.case_id) or {}
            client = (case.get("client") or {}).get("name")
            for name in decision.files:
                by_name[Path(name).name] = (decision.case_id, DocumentInfo(
                    addressee=client, number=decision.number))
        for path in files:
            if path.name in by_name:
                case_id, info = by_name[path.name]
                found[path] = info
                store.audit("printed", case_id=case_id, detail={"decision": info.number})
    return found


@click.command("print")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--out", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="The batch PDF to write (written whole or not at all).")
@click.option("--db", "db_url", default=None,
              help="Store URL whose decision register names addressees and numbers "
                   "(default: $ASISTENTS_DB, else asistents.db here if it exists).")
def print_command(files: tuple[Path, ...], out: Path, db_url: str | None) -> None:
    """Join PDFs into one print-ready batch: a cover listing each document (title, addressee,
    decision number, pages), each document starting on an odd page for duplex printing.

    The batch is for printing, not for e-signing (sign each decision's own PDF). A DOCX must
    be converted to PDF first. Exit status: 0 all included; 1 some files left out (each named
    on stderr); 4 no file could be included.
    """
    known = known_from_register(db_url, files)
    batch = build_batch(list(files), out, known=known)
    for problem in batch.problems:
        click.echo(redact(f"asistents: {problem.path}: {problem.reason}"), err=True)
    if not batch.entries:
        raise AsistentsError("no input could be included in the print batch; nothing written")
    documents = len(batch.entries)
    click.echo(f"{out}: {documents} document{'s' if documents != 1 else ''}, {batch.pages} "
               f"pages (cover {batch.cover_pages}, {batch.blank_pages} blank for duplex "
               "printing)")
    if batch.problems:
        sys.exit(int(ExitCode.PARTIAL))
