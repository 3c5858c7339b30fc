"""Any input file -> ReadDocument: a PDF's text layer (OCR where a page needs it), images by OCR."""

from __future__ import annotations

from pathlib import Path

from ..errors import InputFileError
from .document import ReadDocument
from .images import is_image_file, read_image
from .ocr import ocr_pdf_page
from .scan_triage import page_needs_ocr
from .text_layer import read_text_layer

_IMAGE_MAGIC = (b"\xff\xd8\xff", b"\x89PNG", b"II*\x00", b"MM\x00*", b"BM", b"RIFF")


def _looks_like_image(path: Path) -> bool:
    if is_image_file(path):
        return True
    try:
        with path.open("rb") as handle:
            head = handle.read(8)
    except OSError:
        return False
    return head.startswith(_IMAGE_MAGIC)


def read_document(path: Path | str) -> ReadDocument:
    """Read a PDF or an image scan into pages of positioned words.

    PDF pages whose text layer is missing or unusable (`page_needs_ocr`) are OCRed; image
    files are OCRed whole.
    """
    path = Path(path)
    if not path.exists():
        raise InputFileError("file not found", file=path)
    if path.is_file() and path.stat().st_size == 0:
        raise InputFileError("empty file (0 bytes)", file=path)
    if _looks_like_image(path):
        return read_image(path)
    document = read_text_layer(path)
    _ocr_pages_that_need_it(document)
    return document


def _ocr_pages_that_need_it(document: ReadDocument) -> None:
    for index, page in enumerate(document.pages):
        if page_needs_ocr(page):
            document.pages[index] = ocr_pdf_page(document.path, page.number)
    ocr_count = sum(1 for p in document.pages if p.source == "ocr")
    if ocr_count == len(document.pages):
        document.text_source = "ocr" if not document.form_values else "mixed"
    elif ocr_count:
        document.text_source = "mixed"
