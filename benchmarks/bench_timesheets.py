"""`asistents timesheets` on 200 digital timesheets against reading them with `extract` alone.

Generates 200 digital timesheets (our AcroForm filled on screen, another municipality's table,
a letter listing the days; 200 clients, each with an issued grant in a fresh store), then, in
the same run and with the same number of workers:

    extract   extract_in_workers over the 200 files (what `asistents extract` does), records
              consumed and dropped
    checked   run_timesheets: the same reading, plus hashing, the checks against each grant,
              the store (every sheet and row committed), timesheets.json and timesheets.html

The goal (issue #10): checked / extract <= 1.3.

    .venv/bin/python benchmarks/bench_timesheets.py [--sheets 200] [--workers 2] [--repeat 3]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "fixtures"))
sys.path.insert(0, str(ROOT / "tests"))

import build_timesheets as fx  # noqa: E402
from asistents.extract.workers import extract_in_workers  # noqa: E402
from monthly_fixture import issue_grants  # noqa: E402
from people import old_personal_code  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402

from asistents.monthly.timesheet_run import RunSettings, run_timesheets  # noqa: E402
from asistents.store import Store  # noqa: E402

MONTH = "2021-09"
LAYOUTS = ("acroform", "municipal_table", "letter")
FIRST = ("Anna", "Jānis", "Līga", "Pēteris", "Inese", "Māris", "Ilze", "Andris", "Zane", "Uldis")
LAST = ("Kalniņa", "Bērziņš", "Ozola", "Liepa", "Krūmiņa", "Vītols", "Zariņa", "Kļaviņš")


def generate(folder: Path, count: int) -> list[dict]:
    """`count` timesheets for September 2021 in `folder`; returns the grants they need."""
    fx.register_fonts()
    pdfmetrics.registerFont(TTFont(*fx.SIGN_FONT))
    rng = random.Random(200)
    grants = []
    for n in range(count):
        first, last = FIRST[n % len(FIRST)], LAST[(n // len(FIRST)) % len(LAST)]
        client = fx.person(f"c{n}", (f"{first} {last}",) * 4, first.endswith("a"),
                           old_personal_code(date(1960 + n % 40, 1 + n % 12, 1 + n % 28),
                                             100 + n))
        assistant = fx.person(f"a{n}", (f"Asistents {last}",) * 4, False,
                              old_personal_code(date(1970 + n % 30, 1 + n % 12, 2 + n % 27),
                                                500 + n))
        fx.P[client.key], fx.P[assistant.key] = client, assistant
        days = sorted(rng.sample(range(1, 31), 10))
        rows = [fx.r(d, "08:00", "10:00", "2", "work") if i % 3 else
                fx.r(d, "17:00", "18:30", "1.5", "leisure") for i, d in enumerate(days)]
        layout = LAYOUTS[n % len(LAYOUTS)]
        paper = fx.Paper(f"lapa_{n:03d}.pdf", MONTH, layout, MONTH, client.key, assistant.key,
                         rows, client_signed=None if layout == "letter" else True)
        (folder / paper.file).write_bytes(fx.render(paper, folder))
        grants.append({"client_personal_code": client.code, "client_name": client.name,
                       "granted": True, "rule_set": "mk942", "unit": "week", "track": "adult",
                       "hours": {"work": 20, "leisure": 2}, "total_hours": 22,
                       "period_from": "2021-01-01", "period_to": "2021-12-31"})
    return grants


def extract_seconds(paths: list[Path], workers: int) -> float:
    started = time.perf_counter()
    for _path, record in extract_in_workers(paths, workers=workers, timeout_s=120):
        assert record["error"] is None, record["error"]
    return time.perf_counter() - started


def checked_seconds(inbox: Path, grants: list[dict], workers: int, work: Path) -> tuple[
        float, int, Decimal]:
    db = f"sqlite:///{work / 'bench.db'}"
    with Store(db) as store:
        issue_grants(store, grants)
    started = time.perf_counter()
    result = run_timesheets(inbox, MONTH, work / "out", db_url=db,
                            settings=replace(RunSettings(), workers=workers))
    wall = time.perf_counter() - started
    accepted = sum((s.accepted_hours for s in result.sheets), Decimal(0))
    return wall, len(result.sheets), accepted


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sheets", type=int, default=200)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="bench-timesheets-") as tmp:
        inbox = Path(tmp) / "inbox"
        inbox.mkdir()
        started = time.perf_counter()
        grants = generate(inbox, args.sheets)
        paths = sorted(inbox.glob("*.pdf"))
        print(f"generated {len(paths)} timesheets in {time.perf_counter() - started:.1f} s")
        extract_times, checked_times, ratios = [], [], []
        for round_no in range(args.repeat):
            work = Path(tmp) / f"run{round_no}"
            work.mkdir()
            # The two take turns going first: on a shared machine the load drifts.
            if round_no % 2:
                wall, sheets, accepted = checked_seconds(inbox, grants, args.workers, work)
                extract_times.append(extract_seconds(paths, args.workers))
            else:
                extract_times.append(extract_seconds(paths, args.workers))
                wall, sheets, accepted = checked_seconds(inbox, grants, args.workers, work)
            assert sheets == len(paths), f"{sheets} sheets checked of {len(paths)}"
            checked_times.append(wall)
            ratios.append(wall / extract_times[-1])
            print(f"  round {round_no + 1}: extract {extract_times[-1]:.2f} s, "
                  f"checked and stored {wall:.2f} s ({sheets} sheets, {accepted} h accepted): "
                  f"ratio {ratios[-1]:.2f}")
        extract_s = statistics.median(extract_times)
        checked_s = statistics.median(checked_times)
        ratio = statistics.median(ratios)
        print(f"{len(paths)} sheets, {args.workers} workers: extract {extract_s:.2f} s "
              f"({extract_s / len(paths) * 1000:.0f} ms/sheet), checked and stored "
              f"{checked_s:.2f} s: median ratio {ratio:.2f} (goal <= 1.30)")
        return 0 if ratio <= 1.3 else 1


if __name__ == "__main__":
    raise SystemExit(main())
