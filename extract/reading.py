"""Any input file -> ReadDocument: a PDF's text layer (OCR where a page needs it), images by OCR."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from ..errors import InputFileError
from .document import Page, ReadDocument
from .text_layer import read_text_layer

log = logging.getLogger(__name__)

IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".tif", ".tiff", ".bmp", ".webp"}
_IMAGE_MAGIC = (b"\xff\xd8\xff", b"\x89PNG", b"II*\x00", b"MM\x00*", b"BM", b"RIFF")


def _looks_like_image(path: Path) -> bool:
    if path.suffix.lower() in IMAGE_SUFFIXES:
        return True
    try:
        with path.open("rb") as handle:
            head = handle.read(8)
    except OSError:
        return False
    return head.startswith(_IMAGE_MAGIC)


def read_document(path: Path | str) -> ReadDocument:
    """Read a PDF or an image scan into pages of positioned words.

    PDF pages whose text layer is missing or unusable are OCRed when the OCR module is
    installed; otherwise they stay as they are and the document carries a warning.
    """
    path = Path(path)
    if not path.exists():
        raise InputFileError("file not found", file=path)
    if path.is_file() and path.stat().st_size == 0:
        raise InputFileError("empty file (0 bytes)", file=path)
    if _looks_like_image(path):
        try:
            from .images import read_image
        except ImportError as exc:
            raise InputFileError(
                "image scans need the OCR module, which is not installed", file=path
            ) from exc
        return read_image(path)
    document = read_text_layer(path)
    _ocr_pages_that_need_it(document)
    return document


def _ocr_pages_that_need_it(document: ReadDocument) -> None:
    # The OCR modules are optional (and built alongside): without them a page without text
    # stays as it is and the document says so.
    needs_ocr: Callable[[Page], bool] = _no_words
    ocr_page: Callable[[Path, int], Page] | None = None
    try:
        from .scan_triage import page_needs_ocr
    except ImportError:
        pass
    else:
        needs_ocr = page_needs_ocr
        try:
            from .ocr import ocr_pdf_page
        except ImportError:
            pass
        else:
            ocr_page = ocr_pdf_page
    needing = [i for i, page in enumerate(document.pages) if needs_ocr(page)]
    if not needing:
        return
    if ocr_page is None:
        document.warnings.append(
            f"{len(needing)} page(s) have no usable text layer and OCR is not available"
        )
        return
    for index in needing:
        page = document.pages[index]
        ocr_result: Page = ocr_page(document.path, page.number)
        document.pages[index] = ocr_result
    ocr_count = sum(1 for p in document.pages if p.source == "ocr")
    if ocr_count == len(document.pages):
        document.text_source = "ocr" if not document.form_values else "mixed"
    elif ocr_count:
        document.text_source = "mixed"


def _no_words(page: Page) -> bool:
    return not page.words
