"""A 100-page scan, before and after page-parallel OCR, against raw Tesseract on the same pages.

Issue 11/13: a long scan was OCRed page after page by one worker while the other cores idled,
and a 120 s per-file timeout cut it off. Now its pages are spread over the free cores
(`extract.page_pool`) and its time limit grows with its pages. Measured in one run, in turn:

- before: the pool reads the file with one core token (pages one at a time, as it used to);
- after:  the pool as it runs by default (all cores shared by the workers and page threads);
- raw:    `tesseract -l lav` on the same page images, one process per core (xargs -P), the
          floor any parallel OCR of these pages can reach; and one at a time.

Goal: after/raw-parallel <= 1.3 (our rendering, orientation and layout work on top of the bare
OCR) and before/after close to the number of cores.

    .venv/bin/python benchmarks/bench_long_scan.py [--pages 100] [--dpi 300]
    .venv/bin/python benchmarks/bench_long_scan.py --bombs   # peak memory on the bomb rows
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from asistents.extract.page_pool import available_cores  # noqa: E402
from asistents.extract.workers import Limits, extract_in_workers  # noqa: E402
from bad_inputs import build_catalogue, letter_lines, text_image  # noqa: E402


def make_scan(folder: Path, pages: int, dpi: int) -> tuple[Path, list[Path]]:
    """A PDF of `pages` A4 scans (JPEG, `dpi`), and the same pages as PGM files for raw runs."""
    images = [
        text_image(
            [f"Lapa {n}", *letter_lines(), *letter_lines()[4:7]], dpi=dpi, size=(8.27, 11.69)
        )
        for n in range(1, pages + 1)
    ]
    scan = folder / "skenejums.pdf"
    images[0].save(scan, format="PDF", resolution=dpi, save_all=True, append_images=images[1:])
    pgms = []
    for n, image in enumerate(images):
        path = folder / f"page-{n:03d}.pgm"
        image.save(path, format="PPM")
        pgms.append(path)
    return scan, pgms


def cpu() -> float:
    """CPU seconds of this process and its waited-for descendants: what the work cost,
    whatever else the machine is doing (wall time on a shared machine is not)."""
    me, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(
        resource.RUSAGE_CHILDREN
    )
    return me.ru_utime + me.ru_stime + children.ru_utime + children.ru_stime


def ours(scan: Path, cores: int | None) -> tuple[float, float, dict]:
    start, spent = time.perf_counter(), cpu()
    limits = Limits(timeout_s=120, page_timeout_s=60)
    [(_path, record)] = list(extract_in_workers([scan], workers=1, limits=limits, cores=cores))
    return time.perf_counter() - start, cpu() - spent, record


def raw(pgms: list[Path], dpi: int, parallel: int) -> tuple[float, float]:
    listing = "\n".join(str(p) for p in pgms) + "\n"
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    start, spent = time.perf_counter(), cpu()
    subprocess.run(
        ["xargs", "-P", str(parallel), "-I{}", "tesseract", "{}", "{}", "--dpi", str(dpi),
         "-l", "lav", "--psm", "3", "tsv"],
        input=listing, text=True, check=True, env=env, capture_output=True,
    )
    return time.perf_counter() - start, cpu() - spent


def long_scan(pages: int, dpi: int) -> None:
    cores = available_cores()
    with tempfile.TemporaryDirectory() as work:
        scan, pgms = make_scan(Path(work), pages, dpi)
        print(f"{pages}-page scan at {dpi} dpi, {scan.stat().st_size // 1024} KB, {cores} cores")

        def line(label: str, wall: float, spent: float, note: str = "") -> None:
            load = os.getloadavg()[0]
            print(f"{label:32s} wall {wall:7.1f} s  cpu {spent:7.1f} s  load {load:4.1f}  {note}")

        # Interleaved, so the other work on a shared machine weighs on both sides alike.
        raw_serial, raw_serial_cpu = raw(pgms, dpi, 1)
        line("raw tesseract, one at a time", raw_serial, raw_serial_cpu)
        before, before_cpu, record_before = ours(scan, cores=1)
        line("before: pages one at a time", before, before_cpu, record_before["error"] or "ok")
        raw_parallel, raw_parallel_cpu = raw(pgms, dpi, cores)
        line(f"raw tesseract, {cores} at a time", raw_parallel, raw_parallel_cpu)
        after, after_cpu, record_after = ours(scan, cores=None)
        line("after: page-parallel", after, after_cpu, record_after["error"] or "ok")
        print(f"before/after {before / after:.2f} (raw 1->{cores}: "
              f"{raw_serial / raw_parallel:.2f}); after/raw-parallel {after / raw_parallel:.2f}; "
              f"before/raw-serial {before / raw_serial:.2f}; "
              f"cpu ours/raw {after_cpu / raw_parallel_cpu:.2f}")
        default = Limits()
        print(f"default time limit for {pages} pages: {default.file_timeout(pages):g} s "
              f"(was 120 s for any file)")


BOMB_ROWS = ("11", "12", "13", "14", "16", "17", "19", "20")


def bombs() -> None:
    """Peak resident memory of `asistents extract` (its workers included) on each bomb row."""
    asistents = str(Path(sys.executable).with_name("asistents"))
    with tempfile.TemporaryDirectory() as work:
        rows = build_catalogue(Path(work))
        for row in BOMB_ROWS:
            for name in rows[row].files:
                code = (
                    "import resource, subprocess, sys, time; t = time.perf_counter();"
                    f"subprocess.run([{asistents!r}, 'extract', sys.argv[1]], "
                    "capture_output=True);"
                    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, "
                    "time.perf_counter() - t)"
                )
                done = subprocess.run(
                    [sys.executable, "-c", code, str(Path(work) / name)],
                    capture_output=True, text=True, check=True,
                )
                peak_kb, seconds = done.stdout.split()
                size = (Path(work) / name).stat().st_size
                print(f"row {row} {name[:40]:40s} {size / 1024:8.0f} KB  "
                      f"peak {int(peak_kb) / 1024:6.0f} MB  {float(seconds):5.1f} s")
    print(f"(limit per worker: {Limits().memory_mb} MB; "
          f"this process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024} MB)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=int, default=100)
    parser.add_argument("--dpi", type=int, default=300)  # what the OCR path reads at
    parser.add_argument("--bombs", action="store_true", help="peak memory on the bomb rows")
    options = parser.parse_args()
    if options.bombs:
        bombs()
    else:
        long_scan(options.pages, options.dpi)


if __name__ == "__main__":
    main()
