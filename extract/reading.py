"""Any input file -> ReadDocument: type from its bytes, pre-flight, text layer, OCR where needed.

The order matters: the file's type is decided from its bytes (`filetype`) before any parser sees
it; a PDF passes pypdf's pre-flight (`preflight`: page cap, decompression caps, encryption,
active content, XFA) before pdfplumber reads its text; pages whose text layer is missing or
cannot be trusted are OCRed, several at a time on idle cores (`page_pool`). A file from which no
text at all can be read is not an error and not "some other document": the ReadDocument says
so in `needs_review`, and a person looks at it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..errors import InputFileError
from . import filetype
from .document import Page, ReadDocument, pages_phrase
from .dropped_marks import drops_marks, restore_marks
from .images import read_image
from .ocr import MAX_PAGE_PIXELS, ocr_pdf_page
from .page_pool import CoreTokens, map_pages
from .preflight import PAGE_TOO_LARGE, preflight_pdf
from .scan_triage import text_layer_problem
from .text_layer import read_text_layer

# Codes of a ReadDocument's `flags` that reading itself sets.
TYPE_MISMATCH = "TYPE_MISMATCH"
NO_TEXT = "NO_TEXT"
TEXT_LAYER_UNTRUSTED = "TEXT_LAYER_UNTRUSTED"
MIN_DOCUMENT_CHARS = 20  # fewer letters and digits than this in a whole file is no text

# (pages done, pages in the file), called as reading goes; the worker reports it to the pool.
PageProgress = Callable[[int, int], None]


def read_document(
    path: Path | str,
    *,
    on_pages: PageProgress | None = None,
    tokens: CoreTokens | None = None,
) -> ReadDocument:
    """Read a PDF or an image scan into pages of positioned words (see the module docstring).

    `on_pages(done, total)` is told the page count as soon as it is known and each page OCRed;
    `tokens` lets scanned pages be OCRed in parallel on free cores (none: one page at a time).
    """
    path = Path(path)
    if not path.exists():
        raise InputFileError("file not found", file=path, code="NOT_FOUND")
    if path.is_dir():
        raise InputFileError("is a folder, not a file", file=path, code="NOT_A_FILE")
    try:
        kind = filetype.detect(path)
    except OSError as exc:
        raise InputFileError(
            f"cannot read the file: {exc.strerror or exc}", file=path, code="IO_ERROR"
        ) from exc
    if kind is filetype.EMPTY:
        raise InputFileError("empty file (0 bytes)", file=path, code="EMPTY_FILE")
    if kind.family == "image":
        document = read_image(path)
        _note_mismatch(document, path, kind, "read as an image")
        _check_some_text(document)
        return document
    if kind.is_container:
        raise InputFileError(
            f"a {kind.name}, not one document: it is unpacked and its documents read one by one "
            "(asistents intake, or asistents extract on the container)",
            file=path,
            code="CONTAINER",
        )
    if kind.family != "pdf":
        raise InputFileError(filetype.refusal(path, kind), file=path, code="NOT_PDF")
    check = preflight_pdf(path, max_page_pixels=MAX_PAGE_PIXELS)
    if on_pages is not None:
        on_pages(0, check.pages)
    document = read_text_layer(path)
    _note_mismatch(document, path, kind, "read as a PDF")
    document.flags.extend(check.flags)
    document.warnings.extend(check.notes)
    if check.needs_review:
        # A dynamic XFA form's pages are a placeholder ("Please wait..."): reading them as the
        # application would be wrong, OCR would read the same placeholder.
        document.needs_review = check.needs_review
        return document
    _ocr_pages_that_need_it(document, check.too_large, on_pages, tokens)
    _restore_dropped_marks(document, check.too_large, tokens)
    _check_some_text(document, check.too_large)
    return document


def _restore_dropped_marks(document: ReadDocument, too_large: dict[int, str],
                           tokens: CoreTokens | None) -> None:
    """A text layer whose font maps no Latvian letter ("Zenija Nikitina" where the page shows
    "Ženija Ņikitina", `extract/dropped_marks.py`): the page is OCRed and each layer word takes
    the marks OCR read on it; the layer's letters and boxes stay."""
    suspect = [i for i, page in enumerate(document.pages)
               if i not in too_large and drops_marks(page)]
    if not suspect:
        return

    def read(index: int) -> Page:
        return ocr_pdf_page(document.path, document.pages[index].number)

    pages = map_pages(read, suspect, tokens=tokens or CoreTokens(None))
    mended: list[int] = []
    for index, ocr in zip(suspect, pages, strict=True):
        page, restored = restore_marks(document.pages[index], ocr)
        if restored:
            document.pages[index] = page
            mended.append(index)
    if mended:
        document.warnings.append(
            f"the text layer of {pages_phrase(mended)} drops the Latvian letters' marks; "
            "they were put back from OCR of the page")


def _note_mismatch(
    document: ReadDocument, path: Path, kind: filetype.FileType, action: str
) -> None:
    note = filetype.mismatch_note(path, kind, action)
    if note:
        document.flags.append(TYPE_MISMATCH)
        document.warnings.insert(0, note)


def _ocr_pages_that_need_it(
    document: ReadDocument,
    too_large: dict[int, str],
    on_pages: PageProgress | None,
    tokens: CoreTokens | None,
) -> None:
    total = len(document.pages)
    problems = {i: text_layer_problem(page) for i, page in enumerate(document.pages)}
    for i in document.scanners_layer_pages:
        # A scanner's invisible OCR over the page's picture reads, but misreads (marks lost,
        # "2O16"): the picture is read by our OCR instead.
        problems[i] = problems[i] or "a page image under the scanner's own OCR text"
    if document.scanners_layer_pages:
        document.warnings.append(
            f"{pages_phrase(document.scanners_layer_pages)} is a scan with the scanner's own "
            "invisible OCR text; read by OCR of the page image instead")
    wanted = [i for i, problem in problems.items() if problem is not None]
    # A text layer that is there but decodes wrongly, as against one that is thin or missing.
    untrusted = [i for i in wanted if _garbled(problems[i])]
    if untrusted:
        document.flags.append(TEXT_LAYER_UNTRUSTED)
        document.warnings.append(
            f"the text layer of {pages_phrase(untrusted)} cannot be trusted (it does not decode to "
            "readable text); read by OCR instead"
        )
    skipped = [i for i in wanted if i in too_large]
    if skipped:
        document.flags.append(PAGE_TOO_LARGE)
        document.warnings.extend(too_large[i] for i in skipped)
    to_read = [i for i in wanted if i not in too_large]
    done_before = total - len(to_read)

    def progress(done: int, _count: int) -> None:
        if on_pages is not None:
            on_pages(done_before + done, total)

    def read(index: int) -> Page:
        return ocr_pdf_page(document.path, document.pages[index].number)

    if to_read:
        pages = map_pages(read, to_read, tokens=tokens or CoreTokens(None), on_done=progress)
        for index, page in zip(to_read, pages, strict=True):
            document.pages[index] = page
    elif on_pages is not None:
        on_pages(total, total)
    ocr_count = sum(1 for p in document.pages if p.source == "ocr")
    if ocr_count == len(document.pages):
        document.text_source = "ocr" if not document.form_values else "mixed"
    elif ocr_count:
        document.text_source = "mixed"


def _garbled(problem: str | None) -> bool:
    return problem is not None and any(
        word in problem for word in ("cid", "symbols", "unmapped", "Latvian", "outside")
    )


def _check_some_text(document: ReadDocument, too_large: dict[int, str] | None = None) -> None:
    """No text in the whole file (a blank scan, a photo of nothing): a person must look."""
    if document.form_values:
        return
    chars = sum(1 for w in document.words for c in w.text if c.isalnum())
    if chars >= MIN_DOCUMENT_CHARS:
        return
    document.flags.append(NO_TEXT)
    if too_large:
        document.needs_review = (
            f"no text could be read: {next(iter(too_large.values()))}; ask for a copy in a "
            "normal page size"
        )
        return
    document.needs_review = (
        "no text could be read (a blank page, or a scan or photo without legible text); "
        "a person must look at it"
    )


__all__ = ["NO_TEXT", "TEXT_LAYER_UNTRUSTED", "TYPE_MISMATCH", "read_document"]
