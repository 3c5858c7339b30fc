"""Writing a generated file so that a crash or a full disk never leaves half of it in place."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from ..errors import AsistentsError


def write_atomically(data: bytes, out: Path) -> Path:
    """Write `data` to a temporary name beside `out`, then rename it to `out`; a folder that
    cannot be written (read-only, full, a file in the way) is one clear error."""
    partial = out.with_name(f".{out.name}.part")
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        partial.write_bytes(data)
        os.replace(partial, out)
    except OSError as exc:
        raise AsistentsError(f"cannot write: {exc.strerror or exc}", file=out) from exc
    finally:
        with contextlib.suppress(OSError):  # nothing to clean up where nothing could be made
            partial.unlink(missing_ok=True)
    return out


__all__ = ["write_atomically"]
