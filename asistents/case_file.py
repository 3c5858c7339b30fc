"""A case as the commands after intake see it: its contract and its documents' records.

`assess`, `decide`, `plan`, `timesheet new` and the review desk all read a case through
`load_case`, so whatever the store adds on top of what was read (a clerk's correction, a
document moved to another case) reaches every one of them the same way.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .errors import UsageError

CaseRecords = tuple[dict[str, Any], list[dict[str, Any]]]
"""A case contract and the extraction records of its documents."""


def load_case(store: Any, case_id: str) -> CaseRecords:
    """The case contract and its documents' extraction records from an open `Store`, with the
    review desk's corrections applied (each record lists what was read under `corrections`)."""
    from .review.corrections import corrected_record

    case = store.case(case_id)
    if case is None:
        raise UsageError(f"unknown case {case_id} in {store.display_url}")
    linked = store.case_documents(case_id)
    corrections = store.corrections_for(d.sha256 for d in linked)
    by_file = {str(d.record.get("file", d.display_name)):
               corrected_record(d.record, corrections.get(d.sha256, ())) for d in linked}
    records = []
    for entry in case.get("documents") or []:
        if "fields" in entry:
            records.append(entry)
        elif entry.get("file") in by_file:
            records.append(by_file[entry["file"]])
    # Documents linked to the case in the store but not (yet) listed in its contract.
    listed = {r.get("file") for r in records}
    records.extend(r for f, r in by_file.items() if f not in listed)
    return case, records


def open_existing_store(db_url: str | None) -> Any:
    """The store at `db_url`; a SQLite file that does not exist is a usage error, because
    opening it would create an empty database in whatever folder the command runs in."""
    from sqlalchemy.engine import make_url

    from .store import Store, resolve_db_url

    url = make_url(resolve_db_url(db_url))
    if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:" \
            and not Path(url.database).exists():
        raise UsageError(f"no case store at {url.database}: run `asistents intake` here first, "
                         "or pass --db / --case-file")
    return Store(db_url)


def case_from_store(db_url: str | None, case_id: str) -> CaseRecords:
    """`load_case` on the store at `db_url` (see `open_existing_store`)."""
    with open_existing_store(db_url) as store:
        return load_case(store, case_id)


__all__ = ["CaseRecords", "case_from_store", "load_case", "open_existing_store"]
