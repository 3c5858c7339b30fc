"""Writing the month's output files atomically: a reader never sees half a report."""

from __future__ import annotations

import json
import os
import secrets
from pathlib import Path
from typing import Any


def write_bytes(path: Path, data: bytes) -> Path:
    """Write `data` to a temporary file beside `path`, flush it to disk, then rename it over
    `path`: a kill mid-write leaves the old file (or none), never a truncated one."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    # Opened exclusively under a name of this process: created with the user's umask (a
    # report others read), and never a file another writer has open.
    temporary = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}.part")
    try:
        with temporary.open("xb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return path


def write_text(path: Path, text: str) -> Path:
    return write_bytes(path, text.encode("utf-8"))


def write_json(path: Path, data: Any) -> Path:
    """JSON with Latvian letters as they are (not \\u escapes), indented for a person."""
    return write_text(path, json.dumps(data, ensure_ascii=False, indent=2) + "\n")
