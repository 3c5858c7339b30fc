"""Assessment time per case on the sample inbox's true records, and the cost of loading the rules.

    .venv/bin/python benchmarks/bench_rules.py [--repeat N]
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

from asistents.rules import assess_documents, explain
from asistents.rules.config import _load, load_config

TRUTH = Path(__file__).resolve().parents[1] / "fixtures" / "truth"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=200)
    args = parser.parse_args()
    records = {}
    for line in (TRUTH / "documents.jsonl").read_text("utf-8").splitlines():
        if line:
            record = json.loads(line)
            records[record["file"]] = record
    cases = [[records[f] for f in case["documents"]]
             for case in json.loads((TRUTH / "cases.json").read_text("utf-8"))["cases"]]

    _load.cache_clear()
    start = time.perf_counter()
    load_config()
    load_s = time.perf_counter() - start

    per_case = []
    for _ in range(args.repeat):
        for documents in cases:
            start = time.perf_counter()
            explain(assess_documents(documents))
            per_case.append(time.perf_counter() - start)
    print(f"rules loaded and validated once: {load_s * 1e3:.1f} ms")
    print(f"assess + explain, {len(per_case)} cases: median {statistics.median(per_case) * 1e3:.3f}"
          f" ms, p95 {sorted(per_case)[int(len(per_case) * 0.95)] * 1e3:.3f} ms")


if __name__ == "__main__":
    main()
