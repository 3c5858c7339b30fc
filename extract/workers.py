"""Extraction in isolated worker processes: a hang, crash or bomb fails one file, not the batch.

Every command that reads documents (`extract`, `intake`) reads them here, also with one worker:
there is one isolation path. Each worker is a separate Python process (`python -m
asistents.extract.workers`) that imports the extractors once and then reads files one after
another; the parent hands it one path at a time over a pipe and gets back progress lines (the
page count once pre-flight knows it, then each page OCRed) and one JSON record. The parent
enforces a wall-clock timeout per file that grows with its pages (`Limits.file_timeout`),
killing the worker's whole process group, Tesseract included, and starting a fresh worker; the
worker limits its own address space (RLIMIT_AS, 1 GB by default) and CPU time (RLIMIT_CPU, moved
with each file and its pages), runs Tesseract with one OpenMP thread, and parallelism comes from
running one worker per core, plus page threads on cores left idle (`page_pool`).

Tests simulate faults through the `ASISTENTS_WORKER_FAULTS` environment variable
("hang=a.pdf;kill=b.png;exit=c.pdf;memory=d.pdf": the worker misbehaves on a file of that name);
nothing reads it unless it is set.
"""

from __future__ import annotations

import contextlib
import json
import os
import selectors
import signal
import subprocess
import sys
import tempfile
import time
from collections import deque
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import IO, Any

from .page_pool import CORES_ENV, available_cores, make_token_folder

FAULTS_ENV = "ASISTENTS_WORKER_FAULTS"
WORKER_MODULE = "asistents.extract.workers"
# How long a worker may take to start (interpreter plus the extractors' imports); a file's own
# timeout starts when its worker says it is ready, so slow start-up is not held against it.
STARTUP_TIMEOUT_S = 60.0
STOP_GRACE_S = 5.0
READY = b"ready"
OUT_OF_MEMORY = "ran out of memory"

Record = dict[str, Any]
DisplayNames = Mapping[Path, str] | Sequence[str] | None
# (file's display name, pages done, pages in the file): long files report each page.
ProgressCallback = Callable[[str, int, int], None]


def default_workers() -> int:
    """One worker per core this process may use (`--workers` overrides)."""
    return available_cores()


@dataclass(frozen=True, slots=True)
class Limits:
    """What one file may cost: wall-clock time (growing with its pages) and memory per worker."""

    # A file's time: `timeout_s`, plus `page_timeout_s` for each page once its count is known.
    # A scanned page costs ~2 s of OCR on an idle core; the margin is for a busy machine.
    timeout_s: float = 120.0
    page_timeout_s: float = 15.0
    memory_mb: int = 1024

    def __post_init__(self) -> None:
        if self.timeout_s <= 0 or self.page_timeout_s < 0 or self.memory_mb <= 0:
            raise ValueError("timeouts and memory must be positive")

    def replace(self, **changes: Any) -> Limits:
        return replace(self, **changes)

    def file_timeout(self, pages: int | None) -> float:
        return self.timeout_s + self.page_timeout_s * max(0, pages or 0)

    def timeout_message(self, pages: int | None) -> str:
        total = self.file_timeout(pages)
        if pages:
            spent = (
                f"timed out after {total:g} s ({self.timeout_s:g} s + {self.page_timeout_s:g} s "
                f"a page for {pages} pages)"
            )
        else:
            spent = f"timed out after {total:g} s"
        return f"{spent}; give it more time with --timeout or --page-timeout"


# --------------------------------------------------------------------------------------------
# The parent side


@dataclass(slots=True)
class _Job:
    index: int
    path: Path
    file: str  # the name records carry
    pages: int | None = None  # known once the worker's pre-flight reports it
    started: float = 0.0


@dataclass(slots=True)
class _Worker:
    process: subprocess.Popen[bytes]
    stderr_log: IO[bytes]
    buffer: bytearray = field(default_factory=bytearray)
    job: _Job | None = None
    deadline: float = 0.0
    ready: bool = False

    @property
    def stdout_fd(self) -> int:
        assert self.process.stdout is not None
        return self.process.stdout.fileno()


def _error_record(file: str, message: str, code: str) -> Record:
    from .api import error_record  # lazily: the parent of a pool needs no extractors

    return error_record(file, message, code=code)


def _display_name(index: int, path: Path, names: DisplayNames) -> str:
    if names is None:
        return str(path)
    if isinstance(names, Mapping):
        return names.get(path, str(path))
    return names[index] if index < len(names) else str(path)


def _start_worker(limits: Limits, tokens: Path | None) -> _Worker:
    env = dict(os.environ)
    env["OMP_THREAD_LIMIT"] = "1"  # one thread per process: processes are the parallelism
    env["PYTHONUNBUFFERED"] = "1"
    # glibc gives each thread its own 64 MB heap arena, which counts against RLIMIT_AS: the
    # page threads would use the memory limit up in reservations alone.
    env["MALLOC_ARENA_MAX"] = "2"
    env.pop("PYTHONSTARTUP", None)
    if tokens is not None:
        env[CORES_ENV] = str(tokens)
    # Worker stderr (library warnings, a traceback) goes to a file: a pipe nobody reads could
    # fill up and block the worker, and the clerk's terminal should not see parser noise.
    stderr_log = tempfile.TemporaryFile(prefix="asistents-worker-")  # noqa: SIM115 - kept open
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            WORKER_MODULE,
            "--memory-mb",
            str(int(limits.memory_mb)),
            "--cpu-s",
            str(max(1, int(limits.timeout_s))),
            "--page-cpu-s",
            str(max(0, int(limits.page_timeout_s))),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=stderr_log,
        env=env,
        # Its own process group, so a timeout kills the worker and the Tesseract it started, and
        # a Ctrl-C at the terminal reaches only the parent, which then stops the workers.
        start_new_session=True,
    )
    return _Worker(process=process, stderr_log=stderr_log)


def _kill(worker: _Worker) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(worker.process.pid, signal.SIGKILL)
    try:
        worker.process.wait(timeout=STOP_GRACE_S)
    except subprocess.TimeoutExpired:
        worker.process.kill()
    _close(worker)


def _close(worker: _Worker) -> None:
    for stream in (worker.process.stdin, worker.process.stdout):
        if stream is not None:
            with contextlib.suppress(OSError):
                stream.close()
    worker.stderr_log.close()


def _stderr_tail(worker: _Worker) -> str:
    try:
        worker.stderr_log.seek(0, os.SEEK_END)
        size = worker.stderr_log.tell()
        worker.stderr_log.seek(max(0, size - 4096))
        return str(worker.stderr_log.read().decode("utf-8", "replace"))
    except (OSError, ValueError):
        return ""


def _death_reason(worker: _Worker) -> tuple[str, str]:
    """(one line saying how a worker died while reading a file, its code).

    The worker's stderr is never quoted: a library's last words may quote the page. Only the
    kind of failure is recognised in it.
    """
    code = worker.process.poll()
    if code is None:
        return "worker stopped answering", "WORKER_DIED"
    if code < 0:
        number = -code
        if number == signal.SIGXCPU:
            return "CPU time limit exceeded", "TIMEOUT"
        try:
            name = signal.Signals(number).name
        except ValueError:
            name = ""
        return f"worker killed by signal {number}" + (f" ({name})" if name else ""), (
            f"SIGNAL_{number}"
        )
    tail = _stderr_tail(worker)
    if "MemoryError" in tail or "std::bad_alloc" in tail or "Cannot allocate memory" in tail:
        return f"{OUT_OF_MEMORY} while reading the file", "MEMORY"
    if "RecursionError" in tail:
        return "the file is nested too deeply to read", "STRUCTURE_LIMIT"
    return f"worker exited with status {code}", "WORKER_DIED"


def _send(worker: _Worker, job: _Job, limits: Limits) -> bool:
    line = json.dumps({"path": str(job.path), "file": job.file}) + "\n"
    stdin = worker.process.stdin
    if stdin is None:
        return False
    try:
        stdin.write(line.encode("utf-8"))
        stdin.flush()
    except (BrokenPipeError, OSError):
        return False
    worker.job = job
    job.started = time.monotonic()
    worker.deadline = job.started + (limits.timeout_s if worker.ready else STARTUP_TIMEOUT_S)
    return True


def _has_output(worker: _Worker) -> bool:
    """Whether the worker has written something not yet read (a reply, or end of output)."""
    if b"\n" in worker.buffer:
        return True
    with selectors.DefaultSelector() as probe:
        probe.register(worker.stdout_fd, selectors.EVENT_READ)
        return bool(probe.select(timeout=0))


def _take_line(worker: _Worker) -> bytes | None:
    end = worker.buffer.find(b"\n")
    if end < 0:
        return None
    line = bytes(worker.buffer[:end])
    del worker.buffer[: end + 1]
    return line


def _ordered_jobs(
    paths: Sequence[Path], names: DisplayNames, largest_first: bool = True
) -> deque[_Job]:
    jobs = [_Job(i, Path(p), _display_name(i, Path(p), names)) for i, p in enumerate(paths)]

    def size(job: _Job) -> int:
        try:
            return job.path.stat().st_size
        except OSError:
            return 0

    if largest_first:
        # Long scans start early instead of leaving one worker busy at the end.
        jobs.sort(key=size, reverse=True)
    return deque(jobs)


def extract_in_workers(
    paths: Sequence[Path],
    *,
    workers: int | None = None,
    limits: Limits | None = None,
    timeout_s: float | None = None,
    memory_mb: int | None = None,
    display_names: DisplayNames = None,
    on_progress: ProgressCallback | None = None,
    largest_first: bool = True,
    cores: int | None = None,
) -> Iterator[tuple[Path, Record]]:
    """Yield (path, contract record) for every path as it finishes, in no particular order.

    A file that runs past its time (`limits.file_timeout(pages)`), crashes or kills its worker,
    or runs out of memory gets a record with `error` set to one line; a fresh worker takes over
    and the batch goes on. `workers` defaults to one per core; `timeout_s` and `memory_mb`
    override those of `limits`. `display_names` (a mapping by path, or a list parallel to
    `paths`) sets the records' `file`; `on_progress(file, done, pages)` hears of each page.
    `cores` (default: all this process may use) is how many cores the workers and their page
    threads share; 1 reads each file's pages one at a time.
    """
    limits = limits or Limits()
    if timeout_s is not None:
        if timeout_s <= 0:
            raise ValueError("timeout_s must be positive")
        limits = limits.replace(timeout_s=timeout_s)
    if memory_mb is not None:
        limits = limits.replace(memory_mb=memory_mb)
    workers = default_workers() if workers is None else workers
    if workers < 1:
        raise ValueError("workers must be at least 1")
    pending = _ordered_jobs(paths, display_names, largest_first)
    if not pending:
        return
    slots: list[_Worker | None] = [None] * min(workers, len(pending))
    selector = selectors.DefaultSelector()
    # One token per core, shared by the workers: a long scan's page threads use idle cores.
    token_dir = tempfile.TemporaryDirectory(prefix="asistents-cores-")
    tokens = make_token_folder(Path(token_dir.name), cores or available_cores())

    def retire(slot: int) -> None:
        worker = slots[slot]
        if worker is None:
            return
        with contextlib.suppress(KeyError, ValueError, OSError):
            selector.unregister(worker.stdout_fd)
        _kill(worker)
        slots[slot] = None

    def assign(slot: int) -> Iterator[tuple[Path, Record]]:
        # Give the slot the next file, starting a worker if there is none (or it died idle).
        while pending:
            worker = slots[slot]
            if worker is None or worker.process.poll() is not None:
                retire(slot)
                worker = _start_worker(limits, tokens)
                slots[slot] = worker
                selector.register(worker.stdout_fd, selectors.EVENT_READ, slot)
            job = pending.popleft()
            if _send(worker, job, limits):
                return
            reason, code = _death_reason(worker)
            retire(slot)
            yield job.path, _error_record(job.file, reason, code)

    def progress(worker: _Worker, message: dict[str, Any]) -> None:
        job = worker.job
        if job is None:
            return
        pages, done = message.get("pages"), message.get("done")
        if isinstance(pages, int) and pages >= 0 and job.pages is None:
            job.pages = pages
            worker.deadline = job.started + limits.file_timeout(pages)
        if on_progress is not None and isinstance(done, int) and isinstance(pages, int):
            on_progress(job.file, done, pages)

    try:
        for slot in range(len(slots)):
            yield from assign(slot)
        while any(w is not None and w.job is not None for w in slots):
            now = time.monotonic()
            busy = [w for w in slots if w is not None and w.job is not None]
            wait = max(0.0, min(w.deadline for w in busy) - now)
            for key, _ in selector.select(timeout=wait):
                slot = key.data
                worker = slots[slot]
                if worker is None:
                    continue
                try:
                    chunk = os.read(worker.stdout_fd, 1 << 16)
                except OSError:
                    chunk = b""
                if chunk:
                    worker.buffer.extend(chunk)
                    while (line := _take_line(worker)) is not None:
                        if line == READY and not worker.ready:
                            worker.ready = True
                            if worker.job is not None:
                                worker.job.started = time.monotonic()
                                worker.deadline = worker.job.started + limits.timeout_s
                            continue
                        if worker.job is None:
                            continue
                        message = _parse_line(line)
                        if message is not None and "progress" in message:
                            progress(worker, message["progress"])
                            continue
                        job, worker.job = worker.job, None
                        record = (
                            message
                            if message is not None
                            else _error_record(
                                job.file, "worker sent an unreadable reply", "WORKER_DIED"
                            )
                        )
                        if str(record.get("error") or "").startswith(OUT_OF_MEMORY):
                            # Its heap may be fragmented or half freed: start a fresh one.
                            retire(slot)
                        yield job.path, record
                        yield from assign(slot)
                        break
                    continue
                # End of output: the worker is gone.
                with contextlib.suppress(subprocess.TimeoutExpired):
                    worker.process.wait(timeout=STOP_GRACE_S)
                job = worker.job
                reason, code = _death_reason(worker)
                retire(slot)
                if job is not None:
                    yield job.path, _error_record(job.file, reason, code)
                yield from assign(slot)
            now = time.monotonic()
            for slot, worker in enumerate(slots):
                if worker is not None and worker.job is not None and now >= worker.deadline:
                    if _has_output(worker):
                        continue  # the answer came while the caller was busy: read it first
                    job = worker.job
                    retire(slot)
                    reason = (
                        limits.timeout_message(job.pages)
                        if worker.ready
                        else f"worker did not start within {STARTUP_TIMEOUT_S:g} s"
                    )
                    yield job.path, _error_record(job.file, reason, "TIMEOUT")
                    yield from assign(slot)
    finally:
        for slot, worker in enumerate(slots):
            if worker is None:
                continue
            if worker.job is None and worker.process.stdin is not None:
                try:
                    worker.process.stdin.close()  # end of input: the worker exits by itself
                    worker.process.wait(timeout=STOP_GRACE_S)
                except (OSError, subprocess.TimeoutExpired):
                    pass
            retire(slot)
        selector.close()
        token_dir.cleanup()


def _parse_line(line: bytes) -> dict[str, Any] | None:
    try:
        message = json.loads(line.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        return None
    return message if isinstance(message, dict) else None


# --------------------------------------------------------------------------------------------
# The worker side


def _limit_memory(memory_mb: int) -> None:
    import resource

    if memory_mb <= 0:
        return
    limit = memory_mb * 1024 * 1024
    # A lower hard limit already in force makes this fail: that one is kept.
    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def _cpu_spent() -> float:
    import resource

    used = resource.getrusage(resource.RUSAGE_SELF)
    return float(used.ru_utime + used.ru_stime)


def _limit_cpu(until: float) -> None:
    """CPU time is counted over the process's life: the limit moves with each file."""
    import resource

    _, hard = resource.getrlimit(resource.RLIMIT_CPU)
    soft = int(until) + 1
    if hard != resource.RLIM_INFINITY:
        soft = min(soft, hard)
    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_CPU, (soft, hard))


def _faults() -> dict[str, str]:
    """File name -> simulated fault, from ASISTENTS_WORKER_FAULTS (tests only)."""
    spec = os.environ.get(FAULTS_ENV, "")
    faults: dict[str, str] = {}
    for item in spec.split(";"):
        kind, _, name = item.partition("=")
        if kind.strip() and name.strip():
            faults[name.strip()] = kind.strip()
    return faults


def _simulate(fault: str) -> None:
    if fault == "hang":
        while True:
            time.sleep(3600)
    elif fault == "kill":
        os.kill(os.getpid(), signal.SIGKILL)
    elif fault == "exit":
        os._exit(70)
    elif fault == "memory":
        raise MemoryError


def serve(argv: Sequence[str]) -> int:
    """The worker's loop: one JSON request per line on stdin; progress lines and one JSON
    record per file back."""
    import argparse
    import logging
    import threading

    parser = argparse.ArgumentParser(prog=WORKER_MODULE)
    parser.add_argument("--memory-mb", type=int, default=1024)
    parser.add_argument("--cpu-s", type=int, default=120)
    parser.add_argument("--page-cpu-s", type=int, default=15)
    options = parser.parse_args(list(argv))

    # Replies go to the real stdout; anything a library prints goes to stderr instead.
    replies = os.fdopen(os.dup(sys.stdout.fileno()), "wb")
    sys.stdout = sys.stderr
    os.environ["OMP_THREAD_LIMIT"] = "1"
    from ..privacy import install_log_masking

    logging.basicConfig(level=logging.WARNING, stream=sys.stderr)
    install_log_masking()  # the worker's stderr is a file, but it is one the parent reads
    _limit_memory(options.memory_mb)
    from .api import error_record, extract_file  # imported once per worker, not per file
    from .page_pool import CoreTokens

    faults = _faults()
    tokens = CoreTokens.from_environment()
    lock = threading.Lock()

    def send(message: dict[str, Any]) -> None:
        with lock:  # page threads report progress too
            replies.write(json.dumps(message, ensure_ascii=False).encode("utf-8") + b"\n")
            replies.flush()

    replies.write(READY + b"\n")
    replies.flush()
    for raw in sys.stdin.buffer:
        try:
            request = json.loads(raw.decode("utf-8"))
            path, file = Path(request["path"]), str(request["file"])
        except (UnicodeDecodeError, json.JSONDecodeError, KeyError, TypeError):
            continue
        start = _cpu_spent()
        _limit_cpu(start + options.cpu_s)
        told: list[int] = []

        def on_pages(done: int, pages: int, start: float = start, told: list[int] = told) -> None:
            if not told:
                told.append(pages)
                # Pages known: the CPU allowance grows with them, as the parent's clock does.
                _limit_cpu(start + options.cpu_s + options.page_cpu_s * pages)
            send({"progress": {"pages": pages, "done": done}})

        try:
            if faults:
                fault = faults.get(path.name)
                if fault:
                    _simulate(fault)
            with tokens.held():
                record = extract_file(path, display_name=file, on_pages=on_pages, tokens=tokens)
        except MemoryError:
            record = error_record(
                file, f"{OUT_OF_MEMORY} (limit {options.memory_mb} MB)", code="MEMORY"
            )
        if "(MemoryError)" in str(record.get("error") or ""):
            record["error"] = f"{OUT_OF_MEMORY} (limit {options.memory_mb} MB)"
            record["flags"] = ["MEMORY"]
        send(record)
    return 0


if __name__ == "__main__":
    sys.exit(serve(sys.argv[1:]))
