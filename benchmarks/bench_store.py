"""Cost of the store's commit-per-document and of walking an inbox with containers.

Prints milliseconds per saved document (one committed transaction each, on a SQLite file),
per case id lookup, and the time to walk an inbox of loose files plus a ZIP of members
(hashing and safe unpacking). These are the overheads intake adds to extraction itself.

    .venv/bin/python benchmarks/bench_store.py [--documents N] [--members N]
"""

from __future__ import annotations

import argparse
import hashlib
import tempfile
import time
import zipfile
from pathlib import Path

from asistents.inbox import walk_inbox
from asistents.store import Store


def store_costs(folder: Path, documents: int) -> dict[str, float]:
    url = f"sqlite:///{folder / 'bench.db'}"
    started = time.perf_counter()
    store = Store(url)
    opened = time.perf_counter() - started
    record: dict[str, object] = {
        "file": "",
        "doc_type": "application",
        "fields": {"client_name": "Anna Kalniņa"},
        "field_confidence": {},
        "warnings": [],
        "error": None,
    }
    hashes = [hashlib.sha256(str(n).encode()).hexdigest() for n in range(documents)]
    started = time.perf_counter()
    for n, sha in enumerate(hashes):
        store.save_document(sha, f"inbox/{n:05d}.pdf", {**record, "file": f"inbox/{n:05d}.pdf"})
        store.audit("document.read", file_hash=sha, detail={"doc_type": "application"})
    saved = time.perf_counter() - started
    started = time.perf_counter()
    known = sum(store.known(sha) for sha in hashes)
    lookups = time.perf_counter() - started
    keys = [store.case_key(str(n), "assistant") for n in range(documents // 4)]
    started = time.perf_counter()
    for key in keys:
        store.case_id_for(key, 2026)
    allocated = time.perf_counter() - started
    store.close()
    assert known == documents
    return {
        "open + migrate (ms)": opened * 1000,
        "save_document + audit (ms/doc)": saved * 1000 / documents,
        "known (ms/doc)": lookups * 1000 / documents,
        "case_id_for, new (ms/case)": allocated * 1000 / max(len(keys), 1),
    }


def inbox_costs(folder: Path, members: int) -> dict[str, float]:
    inbox = folder / "inbox"
    inbox.mkdir()
    page = bytes(range(256)) * 400  # ~100 kB that does not compress, like a scan
    for n in range(members):
        (inbox / f"scan_{n:04d}.pdf").write_bytes(page + n.to_bytes(4, "little"))
    with zipfile.ZipFile(inbox / "pack.zip", "w", zipfile.ZIP_DEFLATED) as archive:
        for n in range(members):
            archive.writestr(f"member_{n:04d}.pdf", page + n.to_bytes(4, "big"))
    started = time.perf_counter()
    scan = walk_inbox(inbox, folder / "work")
    walked = time.perf_counter() - started
    assert len(scan.items) == 2 * members and not scan.errors
    return {f"walk_inbox, {members} files + zip of {members} (ms)": walked * 1000}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=500)
    parser.add_argument("--members", type=int, default=200)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        results = {**store_costs(Path(tmp), args.documents),
                   **inbox_costs(Path(tmp), args.members)}
    for name, value in results.items():
        print(f"{name:55} {value:8.2f}")


if __name__ == "__main__":
    main()
