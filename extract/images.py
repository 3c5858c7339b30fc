"""JPEG, PNG and TIFF scans (a multi-page TIFF is one document) read into a ReadDocument by OCR."""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterator
from pathlib import Path

from PIL import Image, ImageOps, ImageSequence, UnidentifiedImageError

from ..errors import InputFileError
from .document import Page, ReadDocument
from .ocr import MAX_PAGE_PIXELS, OCR_DPI, ocr_page_image

IMAGE_SUFFIXES = frozenset({".jpg", ".jpeg", ".png", ".tif", ".tiff", ".bmp", ".webp"})
# A resolution below this is a default written by software (72/96 dpi), not the scan's.
MIN_CREDIBLE_DPI = 100
A4_LONG_SIDE_INCHES = 11.69
MAX_PAGES = 200  # a TIFF with more frames than any paper document is not one


def is_image_file(path: Path) -> bool:
    return path.suffix.lower() in IMAGE_SUFFIXES


def _too_large(path: Path, pixels: float) -> InputFileError:
    return InputFileError(
        f"image too large to process safely: {pixels / 1e6:.0f} Mpx "
        f"(limit {MAX_PAGE_PIXELS / 1e6:.0f} Mpx); scan it again at 300 dpi",
        file=path,
        code="IMAGE_TOO_LARGE",
    )


def _pixels_in_bomb_message(message: str) -> float | None:
    # Pillow: "Image size (2500000000 pixels) exceeds limit of 178956970 pixels, ..."
    match = re.search(r"\((\d+) pixels\)", message)
    return float(match.group(1)) if match else None


def scan_dpi(image: Image.Image) -> int:
    """The resolution the file states, or one inferred as if the image were an A4 page.

    Phone photos and many converters write 72 or 96 dpi whatever the pixels; points computed from
    that would make an A4 page metres wide, and Tesseract would misjudge the text size.
    """
    dpi = image.info.get("dpi")
    stated = 0.0
    if isinstance(dpi, tuple) and dpi:
        try:
            stated = float(dpi[0])
        except (TypeError, ValueError):
            stated = 0.0
    if stated >= MIN_CREDIBLE_DPI:
        return round(stated)
    inferred = max(image.size) / A4_LONG_SIDE_INCHES
    return round(min(max(inferred, MIN_CREDIBLE_DPI), 600)) if inferred else OCR_DPI


def open_scan(path: Path) -> Image.Image:
    """Open an image file lazily, refusing decompression bombs and oversized images up front."""
    try:
        with warnings.catch_warnings():
            # Pillow only warns between its limit and twice it; for us both are too large.
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(path)
    except FileNotFoundError as exc:
        raise InputFileError("file not found", file=path) from exc
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        pixels = _pixels_in_bomb_message(str(exc))
        if pixels is not None:
            raise _too_large(path, pixels) from exc
        raise InputFileError(
            "image too large to process safely", file=path, code="IMAGE_TOO_LARGE"
        ) from exc
    except UnidentifiedImageError as exc:
        raise InputFileError("not an image file that can be read", file=path) from exc
    except OSError as exc:
        raise InputFileError(f"cannot open the image: {exc}", file=path) from exc
    width, height = image.size
    if width * height > MAX_PAGE_PIXELS:
        image.close()
        raise _too_large(path, width * height)
    return image


def greyscale(image: Image.Image) -> Image.Image:
    """8-bit grey; 16-bit and float scans are scaled down, not clipped to white."""
    if image.mode in ("I;16", "I;16B", "I;16L", "I"):
        top = image.getextrema()[1] if image.mode == "I" else 65535
        scale = 255.0 / max(float(top), 1.0)  # type: ignore[arg-type]
        return image.convert("I").point(lambda v: v * scale).convert("L")
    if image.mode == "F":
        extrema = image.getextrema()
        low, high = (float(v) for v in extrema)  # type: ignore[arg-type]
        span = max(high - low, 1e-9)
        return image.point(lambda v: (v - low) * 255.0 / span).convert("L")
    return image.convert("L")


def scan_pages(path: Path) -> Iterator[tuple[Image.Image, int]]:
    """Each frame of the file, loaded, turned as its EXIF says, with its resolution."""
    image = open_scan(path)
    with image:
        for index, frame in enumerate(ImageSequence.Iterator(image)):
            if index >= MAX_PAGES:
                raise InputFileError(f"more than {MAX_PAGES} pages in one image", file=path)
            width, height = frame.size
            if width * height > MAX_PAGE_PIXELS:
                raise _too_large(path, width * height)
            dpi = scan_dpi(frame)
            try:
                if frame.format == "JPEG":
                    frame.draft("L", frame.size)  # decode straight to grey: cheaper
                with warnings.catch_warnings():
                    warnings.simplefilter("error", Image.DecompressionBombWarning)
                    upright = ImageOps.exif_transpose(frame)
                    upright.load()
            except Image.DecompressionBombError as exc:
                raise _too_large(path, width * height) from exc
            except (OSError, SyntaxError, ValueError) as exc:
                raise InputFileError(f"the image is broken or truncated: {exc}", file=path) from exc
            yield greyscale(upright), dpi


def read_image(path: Path) -> ReadDocument:
    """OCR a JPEG, PNG or TIFF scan; every frame of a TIFF is a page."""
    path = Path(path)
    pages: list[Page] = []
    notes: list[str] = []
    for number, (image, dpi) in enumerate(scan_pages(path)):
        result = ocr_page_image(image, dpi=dpi, page_number=number)
        pages.append(result.page)
        if result.rotation:
            notes.append(f"page {number + 1} was turned {result.rotation}° to read it upright")
        if not result.page.words:
            notes.append(f"page {number + 1}: no text found")
    if not pages:
        raise InputFileError("the image has no pages", file=path)
    return ReadDocument(path=path, pages=pages, text_source="ocr", warnings=notes)


__all__ = ["IMAGE_SUFFIXES", "is_image_file", "open_scan", "read_image", "scan_dpi", "scan_pages"]
