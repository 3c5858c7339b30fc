"""Intake wall time on the sample inbox with 1 and 2 workers against in-process extraction.

The baseline is the sum of `extract_file` times over every document, read one after another
in this process (no workers, no store, no report; Tesseract may use every core here, while a
worker runs it on one thread since parallelism comes from the workers). The ratio
intake / baseline is the cost of isolation (worker start-up, pipes, limits, one OCR thread)
and storage (a committed transaction per document) plus grouping, checks, assessment and the
report; with 2 workers it can fall below 1. The re-run line is that last part alone.

    .venv/bin/python benchmarks/bench_intake.py [INBOX] [--repeat N]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from asistents.extract.api import extract_file

from asistents.inbox import walk_inbox
from asistents.intake import run_intake

ROOT = Path(__file__).resolve().parents[1]


def extraction_seconds(inbox: Path) -> tuple[float, int]:
    """Sum of per-document extraction times, in process; and the number of documents."""
    with tempfile.TemporaryDirectory() as work:
        scan = walk_inbox(inbox, Path(work))
        total = 0.0
        for item in scan.items:
            started = time.perf_counter()
            extract_file(item.path, display_name=item.display_name)
            total += time.perf_counter() - started
        return total, len(scan.items)


def intake_seconds(inbox: Path, workers: int) -> tuple[float, float]:
    """Wall time of a whole intake into a fresh store and OUT folder, then of a re-run.

    The re-run reads nothing (every hash is known): its time is what storage, grouping,
    checks, assessment and the report cost on their own.
    """
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "b.db")
        started = time.perf_counter()
        result = run_intake(inbox, Path(tmp) / "out", workers=workers, db_url=db)
        wall = time.perf_counter() - started
        started = time.perf_counter()
        run_intake(inbox, Path(tmp) / "again", workers=workers, db_url=db)
        rerun = time.perf_counter() - started
    counts = result.counts
    print(
        f"  (workers {workers}: read {counts.read}, failed {counts.failed}, cases {counts.cases})"
    )
    return wall, rerun


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("inbox", nargs="?", type=Path, default=ROOT / "fixtures" / "inbox")
    parser.add_argument("--repeat", type=int, default=1, help="runs per measurement (median)")
    options = parser.parse_args()

    with tempfile.TemporaryDirectory() as snapshot:
        # A private copy: the numbers must not depend on someone rebuilding the fixtures.
        inbox = Path(snapshot) / "inbox"
        shutil.copytree(options.inbox, inbox)
        measure(inbox, options.repeat)


def measure(inbox: Path, repeat: int) -> None:
    """Print the baseline, the two intake runs and their ratios."""
    baseline_runs = [extraction_seconds(inbox) for _ in range(repeat)]
    baseline = statistics.median(t for t, _ in baseline_runs)
    documents = baseline_runs[0][1]
    if documents == 0 or baseline <= 0:
        raise SystemExit("no documents in the inbox: build it with fixtures/build.py")
    print(f"sample inbox: {documents} documents")
    print(f"{'measurement':<34}{'seconds':>9}{'ratio':>8}")
    print(f"{'sum of extract_file (in process)':<34}{baseline:>9.1f}{1.0:>8.2f}")
    for workers in (1, 2):
        runs = [intake_seconds(inbox, workers) for _ in range(repeat)]
        wall = statistics.median(w for w, _ in runs)
        rerun = statistics.median(r for _, r in runs)
        print(f"{f'intake --workers {workers}':<34}{wall:>9.1f}{wall / baseline:>8.2f}")
        print(f"{'  re-run, nothing to read':<34}{rerun:>9.1f}{rerun / baseline:>8.2f}")


if __name__ == "__main__":
    main()
