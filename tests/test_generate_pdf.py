"""DOCX -> PDF when LibreOffice misbehaves: missing, hanging, exiting 0 without output.

A fake `soffice` on PATH plays each part; the real LibreOffice is exercised by
test_decisions.py (one warm run for several documents).
"""

from __future__ import annotations

import os
import stat
import textwrap
import time
from pathlib import Path

import pytest
from asistents.generate.pdf import NO_OUTPUT, Conversion, convert, convert_many
from reportlab.pdfgen import canvas

from asistents.errors import ExitCode, MissingDependencyError

FAKE = textwrap.dedent("""\
    #!/usr/bin/env python3
    # A stand-in for LibreOffice: FAKE_SOFFICE_MODE says how it misbehaves.
    import os, shutil, subprocess, sys, time
    mode = os.environ.get("FAKE_SOFFICE_MODE", "convert")
    args = sys.argv[1:]
    out = args[args.index("--outdir") + 1]
    inputs = [a for a in args if a.endswith(".docx")]
    if mode == "hang":
        # like soffice.bin: a child process that would outlive its launcher
        child = subprocess.Popen(["sleep", "300"])
        open(os.environ["FAKE_SOFFICE_CHILD"], "w").write(str(child.pid))
        time.sleep(300)
    if mode == "empty":
        sys.exit(0)
    if mode == "fail":
        print("Error: source file could not be loaded", file=sys.stderr)
        sys.exit(1)
    for path in inputs:
        if b"HANG" in open(path, "rb").read():
            time.sleep(300)
        stem = os.path.splitext(os.path.basename(path))[0]
        shutil.copyfile(os.environ["FAKE_SOFFICE_PDF"], os.path.join(out, stem + ".pdf"))
""")


@pytest.fixture
def fake_soffice(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    program = bin_dir / "soffice"
    program.write_text(FAKE, encoding="utf-8")
    program.chmod(program.stat().st_mode | stat.S_IEXEC)
    pdf = tmp_path / "made.pdf"
    page = canvas.Canvas(str(pdf))
    page.setFont("Helvetica", 12)
    page.drawString(72, 720, "Lemums Nr. SD/2026/1")
    page.save()
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.setenv("FAKE_SOFFICE_PDF", str(pdf))
    monkeypatch.setenv("FAKE_SOFFICE_CHILD", str(tmp_path / "child.pid"))
    return tmp_path


def docx(folder: Path, name: str, content: bytes = b"PK fake docx") -> Path:
    path = folder / name
    path.write_bytes(content)
    return path


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/status").read_text()
    except FileNotFoundError:
        return False
    return "\nState:\tZ" not in state  # a zombie is dead, only not yet reaped


def test_libreoffice_missing_is_a_missing_dependency(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(MissingDependencyError) as caught:
        convert(docx(tmp_path, "a.docx"), tmp_path / "a.pdf")
    assert caught.value.exit_code == ExitCode.DEPENDENCY == 3
    assert "LibreOffice" in caught.value.one_line() and "\n" not in caught.value.one_line()


def test_a_hang_is_stopped_with_its_process_group(fake_soffice: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FAKE_SOFFICE_MODE", "hang")
    final = fake_soffice / "a.pdf"
    with pytest.raises(Exception) as caught:
        convert(docx(fake_soffice, "a.docx"), final, timeout=1)
    assert "did not finish within 1 s" in str(caught.value)
    assert not final.exists()
    child = int((fake_soffice / "child.pid").read_text())
    deadline = time.monotonic() + 5
    while _alive(child) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not _alive(child), "the converter's child process outlived the timeout"


def test_exit_0_without_output_is_an_error(fake_soffice: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FAKE_SOFFICE_MODE", "empty")
    final = fake_soffice / "a.pdf"
    with pytest.raises(Exception) as caught:
        convert(docx(fake_soffice, "a.docx"), final)
    assert NO_OUTPUT in str(caught.value)
    assert not final.exists()
    assert not list(fake_soffice.glob(".*.part"))


def test_a_failing_run_says_why_in_one_line(fake_soffice: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FAKE_SOFFICE_MODE", "fail")
    with pytest.raises(Exception) as caught:
        convert(docx(fake_soffice, "a.docx"), fake_soffice / "a.pdf")
    assert "exit 1" in str(caught.value) and "could not be loaded" in str(caught.value)


def test_one_hanging_document_fails_alone_and_the_next_is_made(fake_soffice: Path) -> None:
    good = docx(fake_soffice, "good.docx")
    bad = docx(fake_soffice, "bad.docx", b"PK HANG")
    after = docx(fake_soffice, "after.docx")
    results = convert_many([
        Conversion(good, fake_soffice / "good.pdf", ("SD/2026/1",)),
        Conversion(bad, fake_soffice / "bad.pdf"),
        Conversion(after, fake_soffice / "after.pdf"),
    ], timeout=1.5)
    assert [r.ok for r in results] == [True, False, True]
    assert "did not finish" in str(results[1].error)
    assert (fake_soffice / "good.pdf").is_file() and (fake_soffice / "after.pdf").is_file()
    assert not (fake_soffice / "bad.pdf").exists()


def test_a_pdf_without_the_expected_text_is_refused(fake_soffice: Path) -> None:
    final = fake_soffice / "a.pdf"
    with pytest.raises(Exception) as caught:
        convert(docx(fake_soffice, "a.docx"), final, expect=["Elīnai Zariņai"])
    assert "lacks 'Elīnai Zariņai'" in str(caught.value)
    assert not final.exists()
