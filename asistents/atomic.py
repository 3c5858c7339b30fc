"""Writing a file so that its final name only ever holds a whole file: temporary, fsync, rename.

Every output the tool writes (extract --out, intake's JSON and report, generated documents) goes
through here, so a full disk, a read-only folder or a kill mid-write leaves either the old file
or no file under the final name, never a 0-byte or half one, and running again works.

    write_atomic(path, "text")                      # str is written as UTF-8
    write_atomic(path, b"bytes")
    write_atomic(path, lambda out: out.write(...))  # a callback gets the open binary file
    with atomic_target(path) as tmp:                # for libraries that want a file name
        document.save(tmp)

A failure raises `OutputError` (exit code 5) naming the file and the reason in one line.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

from .errors import OutputError

Writer = Callable[[BinaryIO], object]

_REASONS = {
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "the disk quota is used up",
    errno.EROFS: "the folder is on a read-only disk",
    errno.EACCES: "no permission to write there",
    errno.EPERM: "no permission to write there",
    errno.ENOENT: "the folder does not exist",
    errno.ENOTDIR: "a part of the path is a file, not a folder",
    errno.EFBIG: "the file is larger than allowed here",
    errno.EISDIR: "a folder has that name",
}


def _new_file_mode() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return 0o666 & ~mask


_NEW_FILE_MODE = _new_file_mode()


def output_error(path: Path | str, exc: OSError) -> OutputError:
    """The one-line error for a failed write, e.g. `out/x.json: cannot write: the disk is full`."""
    reason = _REASONS.get(exc.errno or 0) or exc.strerror or type(exc).__name__
    return OutputError(f"cannot write: {reason}", file=path, code="IO_ERROR")


def ensure_folder(folder: Path | str) -> Path:
    """Create `folder` (and parents) or raise OutputError; a folder that exists is fine."""
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise output_error(folder, exc) from exc
    if not folder.is_dir():
        raise OutputError("cannot write: it is a file, not a folder", file=folder, code="IO_ERROR")
    return folder


@contextlib.contextmanager
def atomic_target(path: Path | str) -> Iterator[Path]:
    """A temporary path beside `path`; renamed onto `path` (after fsync) when the block ends.

    If the block raises, the temporary file is removed and `path` is left as it was.
    """
    path = Path(path)
    try:
        fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    except OSError as exc:
        raise output_error(path, exc) from exc
    os.close(fd)
    tmp = Path(name)
    try:
        # mkstemp makes the file private (0600); the result gets the mode any new file would.
        os.chmod(tmp, _NEW_FILE_MODE)
        yield tmp
        _fsync_file(tmp)
        os.replace(tmp, path)
    except OSError as exc:
        _discard(tmp)
        raise output_error(path, exc) from exc
    except BaseException:
        _discard(tmp)
        raise
    _fsync_folder(path.parent)


def write_atomic(path: Path | str, data: str | bytes | Writer) -> Path:
    """Write `data` (UTF-8 text, bytes, or a callback given the open file) to `path` atomically."""
    path = Path(path)
    with atomic_target(path) as tmp, tmp.open("wb") as out:
        if isinstance(data, str):
            out.write(data.encode("utf-8"))
        elif isinstance(data, bytes | bytearray):
            out.write(data)
        else:
            data(out)
    return path


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_folder(folder: Path) -> None:
    # The rename is durable once the folder's entry is; some filesystems cannot fsync a folder.
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _discard(tmp: Path) -> None:
    with contextlib.suppress(OSError):
        tmp.unlink()


__all__ = ["atomic_target", "ensure_folder", "output_error", "write_atomic"]
