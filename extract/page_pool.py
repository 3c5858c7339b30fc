"""OCR of a long scan's pages in parallel, on whatever cores the other worker processes leave idle.

A batch gives each worker process one file; a 100-page scan would then keep one core busy for
minutes while the others sit idle once the short files are done. Inside the file's job, pages are
shared between the worker itself and a few helper processes forked from it; a helper is sent a
page only while its driving thread holds a *core token*. Tokens are lock files in a folder the
pool's parent makes, one per core, shared by all its workers: a busy worker holds one for its
file, so a helper only gets a core that no worker is using.

Helpers are processes, not threads: the OCR path does as much work in Python (orientation, tick
boxes, layout) as Tesseract does, and threads would queue on one interpreter lock (measured: 1.3x
on two cores with threads). They are forked before any thread starts, inherit the worker's
limits (memory and CPU, per process) and its process group, so a timeout that kills the worker
kills them too. Pages come back in order; the first failing page fails the file.
"""

from __future__ import annotations

import contextlib
import fcntl
import multiprocessing
import os
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import IO, Any, Generic, TypeVar, cast

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

    def finished(self) -> bool:
        with self.lock:
            return self.error is not None or self.next >= self.total


class HelperDied(RuntimeError):
    """A page helper process ended without an answer (killed, out of memory)."""


def _serve(connection: Connection, work: Callable[[int], Any]) -> None:
    """A helper process: items in, ("ok", result) or ("error", exception) out, until EOF."""
    while True:
        try:
            item = connection.recv()
        except (EOFError, OSError):
            break
        if item is None:
            break
        try:
            reply: tuple[str, Any] = ("ok", work(item))
        except BaseException as exc:
            reply = ("error", exc)
        try:
            connection.send(reply)
        except Exception as exc:  # an unpicklable exception: say what it was
            connection.send(("error", RuntimeError(f"{type(exc).__name__} in a page helper")))
    connection.close()


class _Helper:
    """One forked process that runs `work` on the items it is sent."""

    def __init__(self, work: Callable[[int], Any]) -> None:
        context = multiprocessing.get_context("fork")
        self.connection, child = context.Pipe()
        # Forked, not spawned: the child has the extractors imported already and `work` as it
        # is (nothing pickled but the items and results). Forked before any helper thread
        # starts, so no lock is held by another thread at the fork.
        self.process = context.Process(target=_serve, args=(child, work), daemon=True)
        self.process.start()
        child.close()

    def run(self, item: int) -> Any:
        self.connection.send(item)
        while not self.connection.poll(0.5):
            if not self.process.is_alive():
                code = self.process.exitcode
                raise HelperDied(f"a page helper process ended (status {code})")
        try:
            status, value = self.connection.recv()
        except EOFError as exc:
            raise HelperDied("a page helper process ended") from exc
        if status == "error":
            raise value
        return value

    def stop(self) -> None:
        with contextlib.suppress(OSError, ValueError):
            self.connection.send(None)
        self.process.join(timeout=5)
        if self.process.is_alive():
            self.process.kill()
            self.process.join(timeout=5)
        self.connection.close()


def map_pages(
    work: Callable[[int], T],
    items: Sequence[int],
    *,
    tokens: CoreTokens,
    on_done: Callable[[int, int], None] | None = None,
) -> list[T]:
    """`work(item)` for every item, in the order given, using free cores for extra processes.

    The calling thread always works. Up to `tokens.count - 1` helper processes are forked
    first (a helper runs Python: threads would share one interpreter lock, and the OCR path's
    own Python work costs as much as Tesseract); each is driven by a thread that sends it an
    item only while it holds a core token. The first exception stops new items and is raised.
    `on_done(done, total)` is called after each item (from whichever thread finished it).
    """
    results: list[T | None] = [None] * len(items)
    state: _Results[T] = _Results(len(items))

    def finish(index: int, value: T) -> None:
        results[index] = value
        with state.lock:
            state.done += 1
            done = state.done
        if on_done is not None:
            on_done(done, state.total)

    def fail(exc: BaseException) -> None:
        with state.lock:
            if state.error is None:
                state.error = exc

    def drive(helper: _Helper) -> None:
        while not state.finished():
            token = tokens.try_acquire()
            if token is None:
                time.sleep(TOKEN_POLL_S)
                continue
            try:
                index = state.take()
                if index is None:
                    return
                try:
                    value = helper.run(items[index])
                except BaseException as exc:
                    fail(exc)
                    return
                finish(index, value)
            finally:
                token.release()

    count = min(max(tokens.count - 1, 0), len(items) - 1)
    helpers = [_Helper(work) for _ in range(count)]
    threads = [
        threading.Thread(target=drive, args=(helper,), name=f"page-helper-{n}", daemon=True)
        for n, helper in enumerate(helpers)
    ]
    try:
        for thread in threads:
            thread.start()
        while (index := state.take()) is not None:
            try:
                value = work(items[index])
            except BaseException as exc:
                fail(exc)
                break
            finish(index, value)
        for thread in threads:
            thread.join()
    finally:
        for helper in helpers:
            helper.stop()
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
