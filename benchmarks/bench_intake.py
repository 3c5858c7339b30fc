"""Intake wall time on the sample inbox with 1 and 2 workers against in-process extraction.

The baseline is the sum of `extract_file` times over every document, read one after another
in this process (no workers, no store, no report). The ratio intake / baseline is the cost of
isolation (worker start-up, pipes, limits) and storage (a committed transaction per document)
plus grouping, checks, assessment and the report; with 2 workers it can fall below 1.

    .venv/bin/python benchmarks/bench_intake.py [INBOX] [--repeat N]
"""

from __future__ import annotations

import argparse
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


def intake_seconds(inbox: Path, workers: int) -> float:
    """Wall time of a whole intake into a fresh store and a fresh OUT folder."""
    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        run_intake(inbox, Path(tmp) / "out", workers=workers, db_url=str(Path(tmp) / "b.db"))
        return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("inbox", nargs="?", type=Path, default=ROOT / "fixtures" / "inbox")
    parser.add_argument("--repeat", type=int, default=1, help="runs per measurement (median)")
    options = parser.parse_args()

    baseline_runs = [extraction_seconds(options.inbox) for _ in range(options.repeat)]
    baseline = statistics.median(t for t, _ in baseline_runs)
    documents = baseline_runs[0][1]
    print(f"sample inbox: {options.inbox} ({documents} documents)")
    print(f"{'measurement':<34}{'seconds':>9}{'ratio':>8}")
    print(f"{'sum of extract_file (in process)':<34}{baseline:>9.1f}{1.0:>8.2f}")
    for workers in (1, 2):
        wall = statistics.median(
            intake_seconds(options.inbox, workers) for _ in range(options.repeat)
        )
        print(f"{f'intake --workers {workers}':<34}{wall:>9.1f}{wall / baseline:>8.2f}")


if __name__ == "__main__":
    main()
