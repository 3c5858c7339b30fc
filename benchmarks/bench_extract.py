"""Pages per second of `extract` on the digital sample documents vs the raw pdfplumber word pass.

Run: .venv/bin/python benchmarks/bench_extract.py [TRUTH_OR_FOLDER] [--rounds N]

Both passes run in the same process over the same pages, alternating, after one warm-up round;
the ratio is extract time / raw `extract_words` time (the issue's goal: at most 1.5).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import pdfplumber
from asistents.extract.api import extract_file

from asistents.accuracy import find_truth, resolve

ROOT = Path(__file__).resolve().parents[1]


def digital_files(truth: Path) -> list[Path]:
    """The sample's born-digital PDFs (containers' members are left out: unpacking is not ours)."""
    files: list[Path] = []
    for line in truth.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        record = json.loads(line)
        if record["text_source"] not in ("text", "acroform") or "!/" in record["file"]:
            continue
        path = resolve(record["file"], truth)
        if path is not None:
            files.append(path)
    return files


def raw_words(files: list[Path]) -> tuple[float, int]:
    start = time.perf_counter()
    pages = 0
    for path in files:
        with pdfplumber.open(path) as pdf:
            for page in pdf.pages:
                page.extract_words()
                pages += 1
    return time.perf_counter() - start, pages


def extract_all(files: list[Path]) -> float:
    start = time.perf_counter()
    for path in files:
        record = extract_file(path)
        if record["error"]:
            print(f"warning: {path.name}: {record['error']}", file=sys.stderr)
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("truth", nargs="?", type=Path, default=ROOT / "fixtures")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)
    files = digital_files(find_truth(args.truth))
    if not files:
        print("no digital sample documents found", file=sys.stderr)
        return 1
    raw_words(files)  # warm-up: imports, font caches, the vocabulary
    extract_all(files)
    raw_total = extract_total = 0.0
    pages = 0
    for _ in range(args.rounds):
        seconds, pages = raw_words(files)
        raw_total += seconds
        extract_total += extract_all(files)
    raw_rate = pages * args.rounds / raw_total
    extract_rate = pages * args.rounds / extract_total
    print(f"documents: {len(files)}, pages: {pages}, rounds: {args.rounds}")
    print(f"raw pdfplumber extract_words: {raw_rate:6.1f} pages/s "
          f"({1000 * raw_total / (pages * args.rounds):.1f} ms/page)")
    print(f"asistents extract:            {extract_rate:6.1f} pages/s "
          f"({1000 * extract_total / (pages * args.rounds):.1f} ms/page)")
    print(f"ratio extract / raw: {extract_total / raw_total:.2f} (goal <= 1.5)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
