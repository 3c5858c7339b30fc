"""One print-ready PDF from many: a cover list, then each document starting on an odd page.

Duplex printers print page 2k+1 on the front of a sheet; a document that ends on a front page is
followed by a blank page so the next one starts on a fresh sheet and can be taken out and signed
on its own. The cover (DejaVu Sans embedded) lists each document's title, addressee, decision
number where known, and its pages in the batch; files that could not be included are listed too.

The batch is for printing. Joining PDFs drops their PDF/A identification and any electronic
signature; a decision to be signed with eParaksts is signed as its own PDF, not from the batch.
"""

from __future__ import annotations

import io
import logging
import re
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from pypdf import PdfReader, PdfWriter
from pypdf.errors import PdfReadError
from pypdf.generic import NameObject

from ..forms.latvian_counts import counted
from ..forms.latvian_dates import format_date_lv
from .fonts import register_reportlab_fonts
from .output_file import write_atomically


@dataclass(frozen=True)
class DocumentInfo:
    """What the cover says about a document where the caller knows more than the PDF does."""

    title: str | None = None
    addressee: str | None = None
    number: str | None = None


@dataclass
class BatchEntry:
    """One document in the batch: its file, what the cover says, its pages in the batch."""

    path: Path
    title: str
    addressee: str | None
    number: str | None
    pages: int
    first_page: int = 0  # in the batch, 1-based


@dataclass
class BatchProblem:
    """An input left out: the file, the reason in English (for the terminal) and in Latvian
    (for the cover)."""

    path: Path
    reason: str
    reason_lv: str


@dataclass
class Batch:
    """What was written."""

    out: Path
    entries: list[BatchEntry] = field(default_factory=list)
    problems: list[BatchProblem] = field(default_factory=list)
    pages: int = 0
    blank_pages: int = 0
    cover_pages: int = 0


class _Unusable(Exception):
    def __init__(self, reason: str, reason_lv: str) -> None:
        super().__init__(reason)
        self.reason, self.reason_lv = reason, reason_lv


def open_input(path: Path) -> PdfReader:
    """The input as a PdfReader whose every page opens; `_Unusable` says why not."""
    if not path.exists():
        raise _Unusable("file not found", "fails nav atrasts")
    if path.is_dir():
        raise _Unusable("is a folder, not a file", "mape, nevis fails")
    with path.open("rb") as handle:
        head = handle.read(1024)
    if not head:
        raise _Unusable("empty file (0 bytes)", "tukšs fails")
    if b"%PDF-" not in head:
        if head.startswith(b"PK") and path.suffix.lower() in {".docx", ".odt"}:
            raise _Unusable(
                "a word-processor file, not a PDF: convert it to PDF first "
                "(soffice --headless --convert-to pdf FILE)",
                "DOCX fails: vispirms jāpārveido par PDF")
        raise _Unusable("not a PDF file (no %PDF header)", "nav PDF fails")
    try:
        with _quiet_pypdf():
            reader = _checked_reader(path)
    except _Unusable:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, RecursionError,
            OSError) as exc:
        raise _Unusable(f"broken PDF ({type(exc).__name__})", "bojāts PDF") from exc
    return reader


@contextmanager
def _quiet_pypdf() -> Iterator[None]:
    # pypdf logs what it repairs ("EOF marker not found"); the verdict is the one line we print.
    logger = logging.getLogger("pypdf")
    level = logger.level
    logger.setLevel(logging.ERROR)
    try:
        yield
    finally:
        logger.setLevel(level)


def _checked_reader(path: Path) -> PdfReader:
    reader = PdfReader(path)
    if reader.is_encrypted:
        raise _Unusable("encrypted PDF (password protected): print it from its own viewer "
                        "or save an unprotected copy", "aizsargāts ar paroli")
    pages = len(reader.pages)
    for page in reader.pages:
        _ = page.mediabox
    if pages == 0:
        raise _Unusable("PDF has no pages", "PDF bez lapām")
    return reader


# Document-information keys our own generated PDFs carry for this cover (the PDF standard
# allows keys of one's own in the Info dictionary); other PDFs are described from their text.
ADDRESSEE_KEY = "/AsistentsAddressee"
DECISION_KEY = "/AsistentsDecision"

_PLACEHOLDER_TITLES = {"untitled", "(anonymous)", "anonymous", "document", "dokuments"}
_NUMBER = re.compile(r"\bNr\.?\s*((?:[A-ZĀ-Ža-zā-ž]+[-/])?\d{4}/\d{1,6})\b")


def describe(path: Path, reader: PdfReader, known: DocumentInfo | None) -> BatchEntry:
    """Title, addressee and number for the cover: the caller's, else the PDF's own."""
    known = known or DocumentInfo()
    # Text and metadata only label the cover: a page without them is still printed.
    try:
        first_text = reader.pages[0].extract_text() or ""
    except Exception:
        first_text = ""
    lines = [" ".join(line.split()) for line in first_text.splitlines() if line.strip()]
    try:
        metadata: Mapping[str, Any] = reader.metadata or {}
        metadata_title = reader.metadata.title if reader.metadata else None
        own = {key: str(metadata[key]).strip() for key in (ADDRESSEE_KEY, DECISION_KEY)
               if metadata.get(key)}
    except Exception:
        metadata_title, own = None, {}
    if metadata_title and metadata_title.strip().lower() in _PLACEHOLDER_TITLES:
        metadata_title = None  # what PDF writers put when nobody named the document
    title = known.title or (metadata_title.strip() if metadata_title else None) \
        or (lines[0][:90] if lines else None) or path.name
    number = known.number or own.get(DECISION_KEY)
    if number is None:
        match = _NUMBER.search(first_text)
        number = match.group(1) if match else None
    return BatchEntry(path=path, title=title,
                      addressee=known.addressee or own.get(ADDRESSEE_KEY), number=number,
                      pages=len(reader.pages))


def _cover(entries: Sequence[BatchEntry], problems: Sequence[BatchProblem], total_pages: int,
           blank_pages: int, made_on: date) -> bytes:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    regular, bold = register_reportlab_fonts()
    body = ParagraphStyle("body", fontName=regular, fontSize=9, leading=11.5)
    cell = ParagraphStyle("cell", parent=body, fontSize=8.5, leading=10.5)
    head = ParagraphStyle("head", parent=cell, fontName=bold)
    title = ParagraphStyle("title", parent=body, fontName=bold, fontSize=14, leading=18,
                           spaceAfter=4)

    def p(text: str | None, style: ParagraphStyle = cell) -> Paragraph:
        from xml.sax.saxutils import escape

        return Paragraph(escape(text or "—"), style)

    rows: list[list[object]] = [[p(h, head) for h in
                                 ("Nr.", "Dokuments", "Adresāts", "Lēmuma Nr.", "Lapas",
                                  "Lapu skaits")]]
    for index, entry in enumerate(entries, start=1):
        last = entry.first_page + entry.pages - 1
        span = f"{entry.first_page}–{last}" if entry.pages > 1 else str(entry.first_page)
        rows.append([p(f"{index}."), p(entry.title), p(entry.addressee), p(entry.number),
                     p(span), p(str(entry.pages))])
    table = Table(rows, colWidths=[10 * mm, 64 * mm, 40 * mm, 26 * mm, 18 * mm, 16 * mm],
                  repeatRows=1)
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.4, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.92, 0.92, 0.92)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONTNAME", (0, 0), (-1, -1), regular),  # else cells select Helvetica (unembedded)
    ]))
    story: list[object] = [
        p("Drukas pakete", title),
        p(f"Sagatavota {format_date_lv(made_on)}. Katrs dokuments sākas uz jaunas lapas "
          "priekšpuses (abpusējai drukai).", body),
        Spacer(1, 5 * mm), table, Spacer(1, 4 * mm),
        p(f"Kopā: {counted(len(entries), 'dokuments', 'dokumenti')}, "
          f"{counted(total_pages, 'lapa', 'lapas')}, tajā skaitā satura rādītājs un "
          f"{counted(blank_pages, 'tukša lapa', 'tukšas lapas')} abpusējai drukai.", body),
        p("Pakete paredzēta drukāšanai; elektroniski (ar eParakstu) paraksta katru dokumentu "
          "atsevišķi, nevis paketi.", body),
    ]
    if problems:
        story += [Spacer(1, 4 * mm), p("Neiekļautie faili", head)]
        story += [p(f"{problem.path.name}: {problem.reason_lv}", body) for problem in problems]
    buffer = io.BytesIO()
    document = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                                 topMargin=18 * mm, bottomMargin=18 * mm, invariant=True,
                                 title="Drukas pakete", author="asistents",
                                 initialFontName=regular)
    document.build(story)
    return buffer.getvalue()


def _blank_like(writer: PdfWriter) -> None:
    last = writer.pages[-1]
    writer.add_blank_page(float(last.mediabox.width), float(last.mediabox.height))


def build_batch(files: Sequence[Path], out: Path, *,
                known: Mapping[Path, DocumentInfo] | None = None,
                made_on: date | None = None) -> Batch:
    """Write the print batch of the readable `files` to `out` (atomically) and say what is in
    it; unreadable inputs are left out and listed in `Batch.problems`. Nothing is written when
    no input is readable."""
    known = known or {}
    batch = Batch(out=out)
    readers: list[PdfReader] = []
    for path in files:
        try:
            reader = open_input(path)
        except _Unusable as problem:
            batch.problems.append(BatchProblem(path, problem.reason, problem.reason_lv))
            continue
        readers.append(reader)
        batch.entries.append(describe(path, reader, known.get(path)))
    if not readers:
        return batch

    # The cover's length decides where the documents start, and the cover prints those pages:
    # lay it out until its own page count is stable (a longer list may need a second page).
    cover_pages = 1
    for _ in range(4):
        start = cover_pages + cover_pages % 2 + 1
        blanks = cover_pages % 2
        for index, entry in enumerate(batch.entries):
            entry.first_page = start
            start += entry.pages
            if entry.pages % 2 and index < len(batch.entries) - 1:
                start += 1
                blanks += 1
        cover = _cover(batch.entries, batch.problems, start - 1, blanks,
                       made_on or date.today())
        pages = len(PdfReader(io.BytesIO(cover)).pages)
        if pages == cover_pages:
            break
        cover_pages = pages

    writer = PdfWriter()
    writer.append(PdfReader(io.BytesIO(cover)))
    if len(writer.pages) % 2:
        _blank_like(writer)
    for index, (entry, reader) in enumerate(zip(batch.entries, readers, strict=True)):
        for page in reader.pages:
            writer.add_page(page)
        if entry.pages % 2 and index < len(batch.entries) - 1:
            _blank_like(writer)
    writer.add_metadata({"/Title": "Drukas pakete", "/Creator": "asistents"})
    # The print dialog proposes two-sided printing, which the blank pages are laid out for.
    preferences = writer.create_viewer_preferences()
    preferences[NameObject("/Duplex")] = NameObject("/DuplexFlipLongEdge")
    buffer = io.BytesIO()
    writer.write(buffer)
    write_atomically(buffer.getvalue(), out)
    batch.pages = len(writer.pages)
    batch.blank_pages = blanks
    batch.cover_pages = cover_pages
    return batch


__all__ = ["ADDRESSEE_KEY", "DECISION_KEY", "Batch", "BatchEntry", "BatchProblem",
           "DocumentInfo", "build_batch", "counted", "describe", "open_input"]
