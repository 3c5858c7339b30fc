"""A searchable copy of a scanned input: the original pages with an invisible Latvian text layer.

The service files the copy; the original is never written to. Scanned PDF pages keep their own
content (the scanned image as it was) and get Tesseract's text-only PDF layer laid over them;
pages that already have a usable text layer are copied as they are. Image files (JPEG, PNG,
TIFF) become PDF pages of the image itself, through Tesseract's PDF renderer. Tesseract runs
with `--psm 1` here, so it sets upside-down and sideways pages upright itself and writes the
text where the original image has it.
"""

from __future__ import annotations

import io
import tempfile
from pathlib import Path

from PIL import Image, ImageOps, ImageSequence

from ..atomic import ensure_folder, write_atomic
from ..errors import ExtractionError, InputFileError, UsageError
from .document import Page, Word
from .images import MAX_PAGES, open_scan, scan_dpi
from .ocr import LANGUAGE, OCR_DPI, render_pdf_page, run_tesseract, uncompressed_image_file
from .scan_triage import page_needs_ocr

PDF_SUFFIX = ".pdf"


def _tesseract_pdf(image_file: Path, *, dpi: int, text_only: bool) -> bytes:
    """Tesseract's PDF of one page image: the image with invisible text, or the text alone."""
    with tempfile.TemporaryDirectory(prefix="asistents-archive-") as work:
        base = Path(work) / "page"
        args = ["-l", LANGUAGE, "--psm", "1"]
        if text_only:
            args += ["-c", "textonly_pdf=1"]
        run_tesseract(image_file, dpi=dpi, args=[*args, "pdf"], output=str(base))
        produced = base.with_suffix(".pdf")
        if not produced.exists():
            raise ExtractionError("tesseract could not write a PDF")
        return produced.read_bytes()


def _pdfium_page_has_text(pdf: object, index: int) -> bool:
    """Whether page `index` of an open pypdfium2 document has a usable text layer."""
    page = pdf[index]  # type: ignore[index]
    textpage = page.get_textpage()
    try:
        text = textpage.get_text_range()
    finally:
        textpage.close()
        page.close()
    width, height = 595.0, 842.0
    words = [Word(token, 10, 10, 20, 20) for token in text.split()]
    return not page_needs_ocr(Page(index, width, height, words))


def _overlay_matrix(
    rotate: int, box: tuple[float, float, float, float], text_size: tuple[float, float]
) -> tuple[float, float, float, float, float, float]:
    """Map the text-only page (drawn upright as displayed) onto the page's own user space.

    A page with /Rotate is stored unrotated and shown turned clockwise; the rendered image, and
    so Tesseract's text, is the shown page. This undoes the turn and scales to the crop box.
    """
    x0, y0, x1, y1 = box
    width, height = x1 - x0, y1 - y0
    shown_w, shown_h = (height, width) if rotate in (90, 270) else (width, height)
    su, sv = shown_w / text_size[0], shown_h / text_size[1]
    a, b, c, d, e, f = {
        0: (1, 0, 0, 1, 0.0, 0.0),
        90: (0, 1, -1, 0, width, 0.0),
        180: (-1, 0, 0, -1, width, height),
        270: (0, -1, 1, 0, 0.0, height),
    }[rotate]
    return (a * su, b * su, c * sv, d * sv, e + x0, f + y0)


def _searchable_pdf(source: Path) -> bytes:
    import pypdfium2 as pdfium
    from pypdf import PdfReader, PdfWriter, Transformation
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(str(source))
        if reader.is_encrypted:
            raise InputFileError("encrypted PDF: cannot make a searchable copy", file=source)
        pdf = pdfium.PdfDocument(str(source))
    except (PdfReadError, pdfium.PdfiumError, OSError, ValueError) as exc:
        raise InputFileError(f"cannot open the PDF: {exc}", file=source) from exc
    writer = PdfWriter()
    try:
        for index, page in enumerate(reader.pages):
            if _pdfium_page_has_text(pdf, index):
                writer.add_page(page)
                continue
            image = render_pdf_page(source, index, dpi=OCR_DPI)
            with uncompressed_image_file(image) as pgm:
                text_pdf = _tesseract_pdf(pgm, dpi=OCR_DPI, text_only=True)
            text_page = PdfReader(io.BytesIO(text_pdf)).pages[0]
            text_size = (float(text_page.mediabox.width), float(text_page.mediabox.height))
            box = tuple(float(v) for v in page.cropbox)
            rotate = int(page.get("/Rotate", 0) or 0) % 360
            matrix = _overlay_matrix(rotate, (box[0], box[1], box[2], box[3]), text_size)
            added = writer.add_page(page)
            added.merge_transformed_page(text_page, Transformation(matrix), over=True)
    finally:
        pdf.close()
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _searchable_image(source: Path) -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    image = open_scan(source)
    with image:
        frames = getattr(image, "n_frames", 1)
        if frames > MAX_PAGES:
            raise InputFileError(f"more than {MAX_PAGES} pages in one image", file=source)
        turned = image.getexif().get(0x0112, 1) not in (1, None)
        if frames == 1 and not turned and image.format in ("JPEG", "PNG"):
            # The file itself goes in: Tesseract keeps a JPEG's own bytes, nothing re-encoded.
            page_pdfs = [_tesseract_pdf(source, dpi=scan_dpi(image), text_only=False)]
        else:
            page_pdfs = []
            for frame in ImageSequence.Iterator(image):
                dpi = scan_dpi(frame)
                upright = ImageOps.exif_transpose(frame)
                if upright.mode not in ("1", "L", "RGB"):
                    upright = upright.convert("RGB")
                with tempfile.NamedTemporaryFile(suffix=".png") as handle:
                    upright.save(handle, format="PNG", dpi=(dpi, dpi))
                    handle.flush()
                    page_pdfs.append(_tesseract_pdf(Path(handle.name), dpi=dpi, text_only=False))
    for data in page_pdfs:
        for page in PdfReader(io.BytesIO(data)).pages:
            writer.add_page(page)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def write_searchable_copy(source: Path, dest_dir: Path, *, name: str | None = None) -> Path:
    """Write `dest_dir/<stem>.pdf` (or `name`): the scan with an invisible text layer.

    A PDF whose pages all have a usable text layer is copied unchanged. The source is only read;
    a destination that is the source itself is refused.
    """
    source = Path(source)
    if not source.is_file():
        raise InputFileError("file not found", file=source)
    dest_dir = ensure_folder(dest_dir)
    dest = dest_dir / (name or f"{source.stem}{PDF_SUFFIX}")
    if dest.exists() and dest.resolve() == source.resolve():
        raise UsageError(f"the searchable copy would overwrite the original: {dest}")
    with source.open("rb") as handle:
        head = handle.read(5)
    if head == b"%PDF-" or source.suffix.lower() == PDF_SUFFIX:
        data = _searchable_pdf(source)
    else:
        try:
            data = _searchable_image(source)
        except Image.DecompressionBombError as exc:
            raise InputFileError("image too large to process safely", file=source) from exc
    # Written beside, then renamed: a half-written copy never stands under the final name.
    return write_atomic(dest, data)


SCANNED_SOURCES = frozenset({"ocr", "mixed"})


def archive_if_scanned(
    source: Path, record: dict, dest_dir: Path, *, taken: set[str] | None = None
) -> Path | None:
    """What `extract --archive DIR` calls per file: a searchable copy when the record says the
    file was (partly) scanned and was read; None for digital files and files that failed.

    `taken` collects the names written in this batch, so two inputs with the same stem (a.jpg,
    a.pdf) get `a.pdf` and `a-2.pdf` instead of one overwriting the other.
    """
    if record.get("error") or record.get("text_source") not in SCANNED_SOURCES:
        return None
    source = Path(source)
    name = f"{source.stem}{PDF_SUFFIX}"
    if taken is not None:
        counter = 2
        while name in taken:
            name = f"{source.stem}-{counter}{PDF_SUFFIX}"
            counter += 1
        taken.add(name)
    return write_searchable_copy(source, Path(dest_dir), name=name)


__all__ = ["SCANNED_SOURCES", "archive_if_scanned", "write_searchable_copy"]
