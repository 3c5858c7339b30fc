"""The worker pool: a hang, a killed worker or a bomb is that file's error and the batch goes on."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

import pytest
from asistents.extract.workers import FAULTS_ENV, extract_in_workers
from click.testing import CliRunner
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from asistents.cli import cli

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


def digital_pdf(path: Path, lines: list[str]) -> Path:
    if "DejaVuSans" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVuSans", str(FONT)))
    page = canvas.Canvas(str(path), pagesize=A4)
    page.setFont("DejaVuSans", 11)
    for i, line in enumerate(lines):
        page.drawString(72, 760 - 16 * i, line)
    page.save()
    return path


def bomb_png(path: Path, width: int, height: int) -> Path:
    """A PNG whose header claims width x height pixels (a decompression bomb), a few bytes long."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)  # 1-bit greyscale
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00" * 64))
        + chunk(b"IEND", b"")
    )
    return path


@pytest.fixture
def batch(tmp_path: Path) -> dict[str, Path]:
    """Three readable letters, a decompression bomb and a broken PDF."""
    files = {
        name: digital_pdf(
            tmp_path / name,
            [
                "IZZIŅA",
                "Izziņa izsniegta Jānim Bērziņam par to, ka viņš strādā",
                f"SIA Latgales Maiznieks par pārdevēju ({name}).",
            ],
        )
        for name in ("a.pdf", "b.pdf", "c.pdf")
    }
    files["bomb.png"] = bomb_png(tmp_path / "bomb.png", 50000, 50000)
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4\n1 0 obj <<")
    files["broken.pdf"] = broken
    return files


def run(paths: list[Path], **options: object) -> dict[str, dict]:
    records = {path.name: record for path, record in extract_in_workers(paths, **options)}  # type: ignore[arg-type]
    assert len(records) == len(paths), "every file gets exactly one record"
    return records


def test_every_file_gets_one_record_and_bad_files_are_one_line_errors(
    batch: dict[str, Path],
) -> None:
    records = run(list(batch.values()), workers=2, timeout_s=60)
    for name in ("a.pdf", "b.pdf", "c.pdf"):
        assert records[name]["error"] is None
        assert records[name]["text_source"] == "text"
    assert records["bomb.png"]["error"] == (
        "image too large to process safely: 2500 Mpx (limit 60 Mpx); scan it again at 300 dpi"
    )
    assert records["bomb.png"]["doc_type"] == "unknown"
    assert records["broken.pdf"]["error"]
    for record in records.values():
        assert "\n" not in (record["error"] or "")


def test_a_hanging_parser_times_out_as_that_files_error(
    batch: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(FAULTS_ENV, "hang=b.pdf")
    records = run([batch["a.pdf"], batch["b.pdf"], batch["c.pdf"]], workers=2, timeout_s=3)
    assert records["b.pdf"]["error"] == (
        "timed out after 3 s; give it more time with --timeout or --page-timeout"
    )
    assert records["b.pdf"]["flags"] == ["TIMEOUT"]
    assert records["b.pdf"]["doc_type"] == "unknown"
    assert records["a.pdf"]["error"] is None
    assert records["c.pdf"]["error"] is None


def test_a_worker_killed_by_sigkill_fails_only_its_file(
    batch: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(FAULTS_ENV, "kill=a.pdf")
    # One worker: the files after the killed one need the replacement worker.
    records = run([batch["a.pdf"], batch["b.pdf"], batch["c.pdf"]], workers=1, timeout_s=60)
    assert records["a.pdf"]["error"] == "worker killed by signal 9 (SIGKILL)"
    assert records["b.pdf"]["error"] is None
    assert records["c.pdf"]["error"] is None


def test_running_out_of_memory_is_that_files_error(
    batch: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(FAULTS_ENV, "memory=c.pdf")
    records = run([batch["c.pdf"], batch["a.pdf"]], workers=1, timeout_s=60, memory_mb=1200)
    assert records["c.pdf"]["error"] == "ran out of memory (limit 1200 MB)"
    assert records["a.pdf"]["error"] is None


def test_records_carry_the_display_names(batch: dict[str, Path]) -> None:
    paths = [batch["a.pdf"], batch["bomb.png"]]
    by_list = run(paths, workers=1, display_names=["inbox/a.pdf", "inbox/bomb.png"])
    assert by_list["a.pdf"]["file"] == "inbox/a.pdf"
    assert by_list["bomb.png"]["file"] == "inbox/bomb.png"
    by_map = run(paths, workers=2, display_names={batch["a.pdf"]: "x/a.pdf"})
    assert by_map["a.pdf"]["file"] == "x/a.pdf"
    assert by_map["bomb.png"]["file"] == str(batch["bomb.png"])


def test_no_files_means_no_workers() -> None:
    assert list(extract_in_workers([], workers=2)) == []


def test_extract_with_workers_exits_partial_when_a_file_fails(batch: dict[str, Path]) -> None:
    result = CliRunner().invoke(
        cli, ["extract", "--workers", "2", str(batch["a.pdf"]), str(batch["bomb.png"])]
    )
    assert result.exit_code == 1, result.output
    assert "image too large to process safely" in result.output
    assert '"error": null' in result.output


def test_extract_with_workers_exits_zero_when_every_file_is_read(batch: dict[str, Path]) -> None:
    result = CliRunner().invoke(
        cli, ["extract", "--workers", "2", str(batch["a.pdf"]), str(batch["b.pdf"])]
    )
    assert result.exit_code == 0, result.output


def test_a_slow_caller_does_not_turn_finished_files_into_timeouts(batch: dict[str, Path]) -> None:
    import time

    records = {}
    for path, record in extract_in_workers(
        [batch["a.pdf"], batch["b.pdf"]], workers=2, timeout_s=3
    ):
        records[path.name] = record
        time.sleep(4)  # e.g. a slow store: the other file's answer waits in its pipe meanwhile
    assert records["a.pdf"]["error"] is None
    assert records["b.pdf"]["error"] is None
