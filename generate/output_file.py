"""Writing a generated file so that a crash or a full disk never leaves half of it in place."""

from __future__ import annotations

import os
from pathlib import Path


def write_atomically(data: bytes, out: Path) -> Path:
    """Write `data` to a temporary name beside `out`, then rename it to `out`."""
    out.parent.mkdir(parents=True, exist_ok=True)
    partial = out.with_name(f".{out.name}.part")
    try:
        partial.write_bytes(data)
        os.replace(partial, out)
    finally:
        partial.unlink(missing_ok=True)
    return out


__all__ = ["write_atomically"]
