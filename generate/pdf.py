"""DOCX -> PDF/A-2b with LibreOffice: one warm run for a batch, checked, never half-written.

Starting LibreOffice costs about 1.6 s; one run converting many files costs about 0.3 s per
document (the issue's figures), so a batch goes through one `soffice --convert-to` run. Each
run gets a profile directory of its own (two runs at once would otherwise fight over the
user's profile lock and exit 0 without output), a timeout, and its own process group, which
is killed on a hang so no `soffice.bin` is left behind. Every PDF is checked (it exists and
holds the texts the caller expects) before it is moved to its final name, so nothing
half-written ever stands there. When a batch run fails, the documents it did not finish are
converted again one per run: a document that hangs LibreOffice fails alone and the next
document is still made.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import signal
import subprocess
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium

from ..errors import AsistentsError, ExitCode, MissingDependencyError

log = logging.getLogger(__name__)

# PDF/A-2b (SelectPdfVersion 2): fonts embedded, XMP metadata with pdfaid:part 2.
PDFA_FILTER = 'pdf:writer_pdf_Export:{"SelectPdfVersion":{"type":"long","value":"2"}}'
TIMEOUT_ENV = "ASISTENTS_SOFFICE_TIMEOUT"
DEFAULT_TIMEOUT = 120.0  # seconds for a run of one document, cold start on a busy machine
PER_DOCUMENT = 10.0  # added per further document of a batch


NO_OUTPUT = ("LibreOffice exited without writing a PDF (a locked profile or a document it "
             "cannot open)")


class ConversionError(AsistentsError):
    """LibreOffice could not turn a document into a checked PDF."""

    exit_code = ExitCode.FAILED


@dataclass(frozen=True)
class Conversion:
    """One document to convert: the DOCX, the PDF's final name, texts the PDF must hold."""

    docx: Path
    pdf: Path
    expect: tuple[str, ...] = ()


@dataclass(frozen=True)
class Converted:
    """The outcome of one conversion: `error` is None when the PDF is at `job.pdf`."""

    job: Conversion
    error: ConversionError | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


def soffice() -> str:
    """The LibreOffice program, or MissingDependencyError (exit 3)."""
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if not found:
        raise MissingDependencyError(
            "LibreOffice is not installed (no soffice on PATH): install libreoffice-writer-nogui "
            "to make PDFs")
    return found


def _timeout(count: int, timeout: float | None) -> float:
    if timeout is not None:
        return timeout
    base = float(os.environ.get(TIMEOUT_ENV) or DEFAULT_TIMEOUT)
    return base + PER_DOCUMENT * max(0, count - 1)


def _squeeze(text: str) -> str:
    return "".join(text.split())


def pdf_text(path: Path) -> str:
    """The text of every page, for checking what a PDF says (PDFium: ~10x pypdf's speed,
    which matters when a batch checks a hundred decisions)."""
    document = pdfium.PdfDocument(str(path))
    try:
        parts = []
        for page in document:
            textpage = page.get_textpage()
            parts.append(textpage.get_text_range())
            textpage.close()
            page.close()
        # PDFium marks a hyphen it takes for a line-end one as U+FFFE; it is a hyphen.
        return "\n".join(parts).replace("\ufffe", "-")
    finally:
        document.close()


def check_pdf(path: Path, expect: Sequence[str]) -> str | None:
    """None when `path` is a readable PDF holding every text of `expect`, else why not."""
    if not path.is_file() or path.stat().st_size == 0:
        return NO_OUTPUT
    try:
        text = _squeeze(pdf_text(path))
    except (pdfium.PdfiumError, OSError, ValueError) as exc:
        return f"LibreOffice wrote a PDF that cannot be read ({exc})"
    for value in expect:
        if _squeeze(value) not in text:
            return f"the PDF lacks {value!r}"
    return None


def _run(program: str, inputs: list[Path], out_dir: Path, profile: Path,
         timeout: float) -> str | None:
    """One LibreOffice run; None when it exited 0 in time, else the reason it failed."""
    command = [program, f"-env:UserInstallation={profile.as_uri()}", "--headless",
               "--norestore", "--nologo", "--nodefault", "--nolockcheck", "--convert-to",
               PDFA_FILTER, "--outdir", str(out_dir), *map(str, inputs)]
    log.info("LibreOffice: converting %d document(s)", len(inputs))
    try:
        process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                   stdin=subprocess.DEVNULL, start_new_session=True)
    except OSError as exc:
        raise MissingDependencyError(f"cannot start LibreOffice ({program}): "
                                     f"{exc.strerror or exc}") from None
    try:
        _, stderr = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        _kill_group(process.pid)
        process.communicate()
        return (f"LibreOffice did not finish within {timeout:g} s; it was stopped (its process "
                "group killed)")
    finally:
        _kill_group(process.pid)  # a soffice.bin that outlives its launcher goes too
    if process.returncode != 0:
        last = (stderr or b"").decode("utf-8", "replace").strip().splitlines()
        why = f": {last[-1]}" if last else ""
        return f"LibreOffice failed (exit {process.returncode}){why}"
    return None


def _kill_group(pgid: int) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pgid, signal.SIGKILL)


def _publish(made: Path, final: Path) -> None:
    """Copy a checked PDF next to its final name and rename it there (atomic on one disk)."""
    final.parent.mkdir(parents=True, exist_ok=True)
    partial = final.with_name(f".{final.name}.part")
    try:
        shutil.copyfile(made, partial)
        os.replace(partial, final)
    finally:
        partial.unlink(missing_ok=True)


def _convert_run(program: str, jobs: Sequence[Conversion], timeout: float | None
                 ) -> tuple[list[Converted], list[Conversion], str | None]:
    """Convert `jobs` in one run: (done or refused, not produced, the run's failure)."""
    with tempfile.TemporaryDirectory(prefix="asistents-soffice-") as tmp:
        work = Path(tmp)
        inputs, outputs = work / "in", work / "out"
        inputs.mkdir()
        outputs.mkdir()
        # Numbered copies: two documents with the same name, or a name LibreOffice would
        # mangle, cannot collide in the output folder.
        sources = []
        for n, job in enumerate(jobs):
            if not job.docx.is_file():
                raise ConversionError("no such document", file=job.docx)
            source = inputs / f"d{n:04d}.docx"
            shutil.copyfile(job.docx, source)
            sources.append(source)
        failure = _run(program, sources, outputs, work / "profile",
                       _timeout(len(jobs), timeout))
        results: list[Converted] = []
        unmade: list[Conversion] = []
        for source, job in zip(sources, jobs, strict=True):
            made = outputs / f"{source.stem}.pdf"
            if not made.is_file():
                unmade.append(job)
                continue
            problem = check_pdf(made, job.expect)
            if problem is None:
                _publish(made, job.pdf)
                results.append(Converted(job))
            else:
                results.append(Converted(job, ConversionError(problem, file=job.docx)))
        return results, unmade, failure


def convert_many(jobs: Sequence[Conversion], *, timeout: float | None = None
                 ) -> list[Converted]:
    """Convert every job, in one LibreOffice run when they all go through; in the order given.

    Raises MissingDependencyError when LibreOffice is not installed; every other failure is
    the `error` of the documents it concerns, and the others are still made.
    """
    if not jobs:
        return []
    program = soffice()
    results, unmade, failure = _convert_run(program, jobs, timeout)
    done = {id(r.job): r for r in results}
    if unmade and len(jobs) > 1:
        if failure:
            log.warning("the batch run failed (%s); converting %d document(s) one by one",
                        failure, len(unmade))
        for job in unmade:
            one, left, why = _convert_run(program, [job], timeout)
            for result in one:
                done[id(result.job)] = result
            for missing in left:
                done[id(missing)] = Converted(missing, ConversionError(why or NO_OUTPUT,
                                                                       file=missing.docx))
    else:
        for job in unmade:
            done[id(job)] = Converted(job, ConversionError(failure or NO_OUTPUT, file=job.docx))
    return [done[id(job)] for job in jobs]


def convert(docx: Path, pdf: Path, *, expect: Sequence[str] = (),
            timeout: float | None = None) -> Path:
    """Convert one document; ConversionError (or MissingDependencyError) when it fails."""
    result = convert_many([Conversion(docx, pdf, tuple(expect))], timeout=timeout)[0]
    if result.error is not None:
        raise result.error
    return pdf


__all__ = [
    "PDFA_FILTER",
    "Conversion",
    "ConversionError",
    "Converted",
    "check_pdf",
    "convert",
    "convert_many",
    "pdf_text",
    "soffice",
]
