"""Extraction in isolated worker processes: a hang, crash or bomb fails one file, not the batch.

Each worker is a separate Python process (`python -m asistents.extract.workers`) that imports the
extractors once and then reads files one after another; the parent hands it one path at a time
over a pipe and gets one JSON record back. The parent enforces a wall-clock timeout per file
(killing the worker's whole process group, Tesseract included, and starting a fresh worker); the
worker limits its own address space (RLIMIT_AS) and CPU time per file (RLIMIT_CPU), runs Tesseract
with one OpenMP thread, and parallelism comes from running `workers` such processes.

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
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from ..privacy import redact

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


# --------------------------------------------------------------------------------------------
# The parent side


@dataclass(slots=True)
class _Job:
    index: int
    path: Path
    file: str  # the name records carry


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


def _error_record(file: str, message: str) -> Record:
    from .api import error_record  # lazily: the parent of a pool needs no extractors

    return error_record(file, message)


def _display_name(index: int, path: Path, names: DisplayNames) -> str:
    if names is None:
        return str(path)
    if isinstance(names, Mapping):
        return names.get(path, str(path))
    return names[index] if index < len(names) else str(path)


def _start_worker(timeout_s: float, memory_mb: int) -> _Worker:
    env = dict(os.environ)
    env["OMP_THREAD_LIMIT"] = "1"  # one thread per process: processes are the parallelism
    env["PYTHONUNBUFFERED"] = "1"
    env.pop("PYTHONSTARTUP", None)
    # Worker stderr (library warnings, a traceback) goes to a file: a pipe nobody reads could
    # fill up and block the worker, and the clerk's terminal should not see parser noise.
    stderr_log = tempfile.TemporaryFile(prefix="asistents-worker-")  # noqa: SIM115 - kept open
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            WORKER_MODULE,
            "--memory-mb",
            str(int(memory_mb)),
            "--cpu-s",
            str(max(1, int(timeout_s))),
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


def _last_stderr_line(worker: _Worker) -> str:
    try:
        worker.stderr_log.seek(0, os.SEEK_END)
        size = worker.stderr_log.tell()
        worker.stderr_log.seek(max(0, size - 4096))
        tail = worker.stderr_log.read().decode("utf-8", "replace")
    except (OSError, ValueError):
        return ""
    lines = [line.strip() for line in tail.splitlines() if line.strip()]
    return redact(lines[-1])[:200] if lines else ""


def _death_reason(worker: _Worker, timeout_s: float) -> str:
    """One line saying how a worker died while reading a file."""
    code = worker.process.poll()
    if code is None:
        return "worker stopped answering"
    if code < 0:
        number = -code
        if number == signal.SIGXCPU:
            return f"CPU time limit exceeded ({int(timeout_s)} s)"
        try:
            name = signal.Signals(number).name
        except ValueError:
            name = ""
        return f"worker killed by signal {number}" + (f" ({name})" if name else "")
    last = _last_stderr_line(worker)
    if "MemoryError" in last:
        return f"{OUT_OF_MEMORY} while reading the file"
    return f"worker exited with status {code}" + (f": {last}" if last else "")


def _send(worker: _Worker, job: _Job, timeout_s: float) -> bool:
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
    worker.deadline = time.monotonic() + (timeout_s if worker.ready else STARTUP_TIMEOUT_S)
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


def _ordered_jobs(paths: Sequence[Path], names: DisplayNames) -> deque[_Job]:
    jobs = [_Job(i, Path(p), _display_name(i, Path(p), names)) for i, p in enumerate(paths)]

    def size(job: _Job) -> int:
        try:
            return job.path.stat().st_size
        except OSError:
            return 0

    # Largest first: long scans start early instead of leaving one worker busy at the end.
    jobs.sort(key=size, reverse=True)
    return deque(jobs)


def extract_in_workers(
    paths: Sequence[Path],
    *,
    workers: int = 2,
    timeout_s: float = 120,
    memory_mb: int = 1500,
    display_names: DisplayNames = None,
) -> Iterator[tuple[Path, Record]]:
    """Yield (path, contract record) for every path as it finishes, in no particular order.

    A file that hangs past `timeout_s`, crashes or kills its worker, or runs out of memory gets a
    record with `error` set to one line; a fresh worker takes over and the batch goes on.
    `display_names` (a mapping by path, or a list parallel to `paths`) sets the records' `file`.
    """
    if workers < 1:
        raise ValueError("workers must be at least 1")
    if timeout_s <= 0:
        raise ValueError("timeout_s must be positive")
    pending = _ordered_jobs(paths, display_names)
    if not pending:
        return
    slots: list[_Worker | None] = [None] * min(workers, len(pending))
    selector = selectors.DefaultSelector()

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
                worker = _start_worker(timeout_s, memory_mb)
                slots[slot] = worker
                selector.register(worker.stdout_fd, selectors.EVENT_READ, slot)
            job = pending.popleft()
            if _send(worker, job, timeout_s):
                return
            reason = _death_reason(worker, timeout_s)
            retire(slot)
            yield job.path, _error_record(job.file, reason)

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
                            worker.deadline = time.monotonic() + timeout_s
                        elif worker.job is not None:
                            job, worker.job = worker.job, None
                            record = _parse_reply(line, job)
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
                reason = _death_reason(worker, timeout_s)
                retire(slot)
                if job is not None:
                    yield job.path, _error_record(job.file, reason)
                yield from assign(slot)
            now = time.monotonic()
            for slot, worker in enumerate(slots):
                if worker is not None and worker.job is not None and now >= worker.deadline:
                    if _has_output(worker):
                        continue  # the answer came while the caller was busy: read it first
                    job = worker.job
                    retire(slot)
                    reason = (
                        f"timed out after {timeout_s:g} s"
                        if worker.ready
                        else f"worker did not start within {STARTUP_TIMEOUT_S:g} s"
                    )
                    yield job.path, _error_record(job.file, reason)
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


def _parse_reply(line: bytes, job: _Job) -> Record:
    try:
        record = json.loads(line.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        return _error_record(job.file, "worker sent an unreadable reply")
    if not isinstance(record, dict):
        return _error_record(job.file, "worker sent an unreadable reply")
    return record


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


def _limit_cpu_for_next_file(cpu_s: int) -> None:
    """CPU time is counted over the process's life: the limit moves with each file."""
    import resource

    used = resource.getrusage(resource.RUSAGE_SELF)
    spent = used.ru_utime + used.ru_stime
    _, hard = resource.getrlimit(resource.RLIMIT_CPU)
    soft = int(spent) + cpu_s + 1
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
    """The worker's loop: one JSON request per line on stdin, one JSON record per line back."""
    import argparse

    parser = argparse.ArgumentParser(prog=WORKER_MODULE)
    parser.add_argument("--memory-mb", type=int, default=1500)
    parser.add_argument("--cpu-s", type=int, default=120)
    options = parser.parse_args(list(argv))

    # Replies go to the real stdout; anything a library prints goes to stderr instead.
    replies = os.fdopen(os.dup(sys.stdout.fileno()), "wb")
    sys.stdout = sys.stderr
    os.environ["OMP_THREAD_LIMIT"] = "1"
    _limit_memory(options.memory_mb)
    from .api import error_record, extract_file  # imported once per worker, not per file

    faults = _faults()
    replies.write(READY + b"\n")
    replies.flush()
    for raw in sys.stdin.buffer:
        try:
            request = json.loads(raw.decode("utf-8"))
            path, file = Path(request["path"]), str(request["file"])
        except (UnicodeDecodeError, json.JSONDecodeError, KeyError, TypeError):
            continue
        _limit_cpu_for_next_file(options.cpu_s)
        try:
            if faults:
                fault = faults.get(path.name)
                if fault:
                    _simulate(fault)
            record = extract_file(path, display_name=file)
        except MemoryError:
            record = error_record(file, f"{OUT_OF_MEMORY} (limit {options.memory_mb} MB)")
        if "(MemoryError)" in str(record.get("error") or ""):
            record["error"] = f"{OUT_OF_MEMORY} (limit {options.memory_mb} MB)"
        replies.write(json.dumps(record, ensure_ascii=False).encode("utf-8") + b"\n")
        replies.flush()
    return 0


if __name__ == "__main__":
    sys.exit(serve(sys.argv[1:]))
