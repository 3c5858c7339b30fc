"""OCR of a long scan's pages in parallel, on whatever cores the other worker processes leave idle.

A batch gives each worker process one file; a 100-page scan would then keep one core busy for
minutes while the others sit idle once the short files are done. Inside the file's job, pages are
handed to a few threads: the first always works, the others only while they hold a *core token*.
Tokens are lock files in a folder the pool's parent makes, one per core, shared by all its
workers: a busy worker holds one for its file, so a helper thread only gets a core that no
worker is using. The threads spend their time in Tesseract (a child process) and in Pillow and
pdfium (C code that releases the GIL); pdfium itself is not thread-safe, so rendering takes a
lock (`ocr.PDFIUM_LOCK`), which costs little: a render is ~0.1 s against ~2 s of OCR a page.

The worker's memory and CPU limits cover its threads; the file's timeout grows with its pages.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Generic, TypeVar, cast

T = TypeVar("T")
CORES_ENV = "ASISTENTS_CORE_TOKENS"  # the token folder, set by the pool for its workers
TOKEN_POLL_S = 0.25


def available_cores() -> int:
    """The cores this process may run on (its CPU affinity), at least 1."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def make_token_folder(folder: Path, cores: int) -> Path:
    """Create one token file per core in `folder` (which must exist)."""
    for index in range(cores):
        (folder / f"core-{index}").touch()
    return folder


@dataclass(slots=True)
class CoreToken:
    handle: IO[bytes]

    def release(self) -> None:
        with contextlib.suppress(OSError):
            fcntl.flock(self.handle.fileno(), fcntl.LOCK_UN)
        self.handle.close()


class CoreTokens:
    """Non-blocking claims on the pool's core tokens; without a folder nothing is ever free."""

    def __init__(self, folder: Path | str | None) -> None:
        self.folder = Path(folder) if folder else None
        self.files = sorted(self.folder.glob("core-*")) if self.folder else []

    @classmethod
    def from_environment(cls) -> CoreTokens:
        return cls(os.environ.get(CORES_ENV) or None)

    @property
    def count(self) -> int:
        return len(self.files)

    def try_acquire(self) -> CoreToken | None:
        for path in self.files:
            try:
                handle = path.open("rb")
            except OSError:
                continue
            try:
                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                handle.close()
                continue
            return CoreToken(handle)
        return None

    @contextlib.contextmanager
    def held(self) -> Iterator[CoreToken | None]:
        """A token for the whole block if one is free (the worker's own core), else None."""
        token = self.try_acquire()
        try:
            yield token
        finally:
            if token is not None:
                token.release()


class _Results(Generic[T]):
    def __init__(self, total: int) -> None:
        self.lock = threading.Lock()
        self.next = 0
        self.done = 0
        self.total = total
        self.error: BaseException | None = None

    def take(self) -> int | None:
        with self.lock:
            if self.error is not None or self.next >= self.total:
                return None
            self.next += 1
            return self.next - 1


def map_pages(
    work: Callable[[int], T],
    items: Sequence[int],
    *,
    tokens: CoreTokens,
    on_done: Callable[[int, int], None] | None = None,
) -> list[T]:
    """`work(item)` for every item, in the order given, using free cores for extra threads.

    The calling thread always works; up to `tokens.count - 1` helpers join while they hold a
    token. The first exception stops the others taking new items and is raised. `on_done(done,
    total)` is called after each item (from whichever thread finished it).
    """
    results: list[T | None] = [None] * len(items)
    state: _Results[T] = _Results(len(items))

    def run(index: int) -> None:
        try:
            results[index] = work(items[index])
        except BaseException as exc:
            with state.lock:
                if state.error is None:
                    state.error = exc
            return
        with state.lock:
            state.done += 1
            done = state.done
        if on_done is not None:
            on_done(done, state.total)

    def helper() -> None:
        while True:
            with state.lock:
                if state.error is not None or state.next >= state.total:
                    return
            token = tokens.try_acquire()
            if token is None:
                time.sleep(TOKEN_POLL_S)
                continue
            try:
                index = state.take()
                if index is None:
                    return
                run(index)
            finally:
                token.release()

    helpers = [
        threading.Thread(target=helper, name=f"page-helper-{n}", daemon=True)
        for n in range(min(max(tokens.count - 1, 0), len(items) - 1))
    ]
    for thread in helpers:
        thread.start()
    while (index := state.take()) is not None:
        run(index)
    for thread in helpers:
        thread.join()
    if state.error is not None:
        raise state.error
    return cast(list[T], results)


__all__ = [
    "CORES_ENV",
    "CoreTokens",
    "available_cores",
    "make_token_folder",
    "map_pages",
]
