"""Pooled blind calibration: how each evidence route fared on sets read by an older reader.

Each unseen set was read blind once, by the reader of its time (docs/extraction.md, Measuring).
Those readers live in git history and lack `asistents accuracy --by-source`, so this script has
two steps:

  dump: run with an old checkout first on PYTHONPATH (its `asistents/extract`, `forms`, ...
        linked in as the package layout maps them), it writes every document's extract output:
            PYTHONPATH=/tmp/cal-e python benchmarks/blind_by_source.py dump \
                fixtures/unseen_e /tmp/cal-e.jsonl
  pool: with the current tree, it compares the saved outputs with the current truth and prints
        the per-route table of each read and of all reads pooled:
            python benchmarks/blind_by_source.py pool E=fixtures/unseen_e:/tmp/cal-e.jsonl ...

`scripts/blind_calibration.sh` does both for every blind read and removes the checkouts.
"""

from __future__ import annotations

import json
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any


def dump(folder: str, out: str) -> None:
    """Every document of a set's truth, extracted by whatever `asistents` is first on the path."""
    import asistents
    from asistents.accuracy import _extract, find_truth, load_truth

    print(f"reader: {Path(asistents.__file__).parent.parent}", file=sys.stderr)
    truth = find_truth(Path(folder))
    with tempfile.TemporaryDirectory(prefix="asistents-blind-") as tmp, \
            open(out, "w", encoding="utf-8") as sink:
        for record in load_truth(truth):
            try:
                got = _extract(record["file"], truth, Path(tmp))
            except Exception as error:  # an old reader's crash is its answer: nothing read
                got = {"error": f"{type(error).__name__}: {error}", "doc_type": "unknown",
                       "fields": {}}
            got.pop("text", None)
            sink.write(json.dumps({"file": record["file"], "got": got}, ensure_ascii=False,
                                  default=str) + "\n")
            sink.flush()
            print(record["file"], got.get("doc_type"), file=sys.stderr)


def _saved(path: str) -> dict[str, dict[str, Any]]:
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    return {row["file"]: row["got"] for row in map(json.loads, filter(None, lines))}


def _replay(saved: dict[str, dict[str, Any]]) -> Callable[[str, Path, Path], dict[str, Any]]:
    """An `extract` for `measure` that answers from a saved read."""
    missing = {"error": "not in the saved read", "doc_type": "unknown", "fields": {}}
    return lambda file, _truth, _scratch: saved.get(file, missing)


def pool(reads: list[str]) -> None:
    """Per-route tables of each saved read against its set's current truth, then pooled."""
    from asistents.accuracy import AccuracyReport, find_truth, format_by_source, measure

    pooled = AccuracyReport()
    for read in reads:
        name, _, rest = read.partition("=")
        folder, _, saved_path = rest.partition(":")
        report = measure(find_truth(Path(folder)), extract=_replay(_saved(saved_path)))
        print(f"== {name} ({folder}): type {report.type_right}/{report.documents}, fields "
              f"{report.fields_right}/{report.fields_total}, wrong at >= 0.9: "
              f"{len(report.high_confidence_wrong())}")
        for line in format_by_source(report):
            print(line)
        for w in report.high_confidence_wrong():
            print(f"  confident wrong: {w.file} {w.field} [{w.source}, {w.confidence:.2f}]: "
                  f"expected {json.dumps(w.expected, ensure_ascii=False)}, "
                  f"got {json.dumps(w.got, ensure_ascii=False)}")
        pooled.merge(report)
        print()
    print(f"== pooled ({', '.join(r.partition('=')[0] for r in reads)}): type "
          f"{pooled.type_right}/{pooled.documents}, fields {pooled.fields_right}/"
          f"{pooled.fields_total}, wrong at >= 0.9: {len(pooled.high_confidence_wrong())}")
    for line in format_by_source(pooled):
        print(line)


if __name__ == "__main__":
    if len(sys.argv) >= 4 and sys.argv[1] == "dump":
        dump(sys.argv[2], sys.argv[3])
    elif len(sys.argv) >= 3 and sys.argv[1] == "pool":
        pool(sys.argv[2:])
    else:
        sys.exit(__doc__)
