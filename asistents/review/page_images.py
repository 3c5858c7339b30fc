"""Page images of the originals, rendered once and kept on disk by document hash and page.

The clerk compares what was read with the paper, so every document (digital PDF, scanned PDF,
a JPEG/PNG/TIFF scan, a container member as intake unpacked it) is shown as page images:
PDFs are rendered with pypdfium2, image files are read with Pillow (a TIFF page by page). Each
page is rendered the first time it is asked for and kept as `<sha256>-<page>.jpg` in the cache
folder; later views read the file. A page the reader turned upright (a sideways or upside-down
scan) is shown turned the same way, so the field boxes the reader recorded fall on the words.

Measuring a document's pages (for the case page) opens it without rendering; the image of a
page is made when the browser first asks for it. The original is found where intake last saw
it (store: `document_files`); before it is used, its bytes are hashed again: a file changed
since it was read is not shown as that document.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PIL import Image, ImageSequence

# Wide enough to read a scanned personal code beside the fields, small enough to load fast.
PAGE_WIDTH_PX = 1100
JPEG_QUALITY = 82
_IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".tif", ".tiff", ".bmp", ".webp"}
_lock = threading.Lock()


class PageImageError(Exception):
    """The original cannot be shown; the message is for the clerk (Latvian)."""


@dataclass(frozen=True)
class PageInfo:
    """One page as shown: its image size in pixels and its size in points as read."""

    number: int
    width_px: int
    height_px: int
    width_pt: float
    height_pt: float


class PageImages:
    """Renders and caches page images under `cache_dir`."""

    def __init__(self, cache_dir: Path) -> None:
        self.cache_dir = Path(cache_dir)
        self.cache_dir.mkdir(parents=True, exist_ok=True, mode=0o700)

    def pages(self, sha256: str, original: str | None, record: dict[str, Any]) -> list[PageInfo]:
        """The pages of a document, measured without rendering (kept beside the images)."""
        meta = self.cache_dir / f"{sha256}.json"
        if meta.exists():
            return [PageInfo(**page) for page in json.loads(meta.read_text("utf-8"))]
        path = self._checked_original(sha256, original)
        infos = []
        for number, (width, height) in enumerate(_page_sizes(path)):
            if _rotation_as_read(record, number) in (90, 270):
                width, height = height, width
            shown = (PAGE_WIDTH_PX, max(1, round(height * PAGE_WIDTH_PX / width)))
            width_pt, height_pt = _size_as_read(record, number, (width, height))
            infos.append(PageInfo(number, *shown, width_pt, height_pt))
        _write_atomic(meta, json.dumps([vars(i) for i in infos]).encode("utf-8"))
        return infos

    def image(self, sha256: str, number: int, original: str | None,
              record: dict[str, Any]) -> Path:
        """The JPEG of page `number`, rendered the first time it is asked for."""
        target = self.image_path(sha256, number)
        if target.exists():
            return target
        with _lock:  # one render at a time: two clerks opening one case render it once
            if not target.exists():
                path = self._checked_original(sha256, original)
                image = _render_page(path, number)
                rotation = _rotation_as_read(record, number)
                if rotation:
                    # The reader turned the page clockwise to read it; PIL turns the other way.
                    image = image.rotate(-rotation, expand=True)
                if image.width != PAGE_WIDTH_PX:
                    height = max(1, round(image.height * PAGE_WIDTH_PX / image.width))
                    image = image.resize((PAGE_WIDTH_PX, height), Image.Resampling.LANCZOS)
                _write_atomic(target, _jpeg(image))
        return target

    def image_path(self, sha256: str, page: int) -> Path:
        return self.cache_dir / f"{sha256}-{int(page)}.jpg"

    def _checked_original(self, sha256: str, original: str | None) -> Path:
        if not original:
            raise PageImageError("oriģinālā faila atrašanās vieta nav zināma (nolasīts agrāk)")
        path = Path(original)
        if not path.is_file():
            raise PageImageError("oriģinālais fails vairs nav tur, kur to nolasīja")
        digest = hashlib.sha256()
        with path.open("rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
        if digest.hexdigest() != sha256:
            raise PageImageError("oriģinālais fails ir mainīts kopš nolasīšanas")
        return path


def _is_image_file(path: Path) -> bool:
    return path.suffix.lower() in _IMAGE_SUFFIXES or _is_image(path)


def _page_sizes(path: Path) -> list[tuple[float, float]]:
    """Each page's width and height (points for a PDF, pixels for an image)."""
    if _is_image_file(path):
        try:
            with Image.open(path) as image:
                return [frame.size for frame in ImageSequence.Iterator(image)]
        except (OSError, Image.DecompressionBombError) as exc:
            raise PageImageError("attēla failu nevar atvērt attēlošanai") from exc
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        raise PageImageError("PDF failu nevar atvērt attēlošanai") from exc
    try:
        return [document.get_page_size(index) for index in range(len(document))]
    finally:
        document.close()


def _render_page(path: Path, number: int) -> Image.Image:
    if _is_image_file(path):
        try:
            with Image.open(path) as image:
                image.seek(number)
                picture = image.convert("RGB")
                picture.load()
                return picture
        except (OSError, EOFError, Image.DecompressionBombError) as exc:
            raise PageImageError("attēla failu nevar atvērt attēlošanai") from exc
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        raise PageImageError("PDF failu nevar atvērt attēlošanai") from exc
    try:
        page = document[number]
        width_pt = page.get_width() or 595.0
        image = page.render(scale=PAGE_WIDTH_PX / width_pt).to_pil().convert("RGB")
        page.close()
        return image
    finally:
        document.close()


def _is_image(path: Path) -> bool:
    with path.open("rb") as handle:
        head = handle.read(8)
    return head.startswith((b"\xff\xd8\xff", b"\x89PNG", b"II*\x00", b"MM\x00*"))


def _pages_as_read(record: dict[str, Any]) -> list[dict[str, Any]]:
    pages = record.get("pages")
    return [p for p in pages if isinstance(p, dict)] if isinstance(pages, list) else []


def _rotation_as_read(record: dict[str, Any], number: int) -> int:
    pages = _pages_as_read(record)
    if number < len(pages):
        rotation = pages[number].get("rotation")
        if isinstance(rotation, int) and rotation in (90, 180, 270):
            return rotation
    return 0


def _size_as_read(
    record: dict[str, Any], number: int, size: tuple[float, float]
) -> tuple[float, float]:
    """The page's size in the reader's points; without it, the page's own proportions."""
    pages = _pages_as_read(record)
    if number < len(pages):
        width, height = pages[number].get("width"), pages[number].get("height")
        if isinstance(width, int | float) and isinstance(height, int | float) and width > 0:
            return float(width), float(height)
    return float(size[0]), float(size[1])


def _jpeg(image: Image.Image) -> bytes:
    import io

    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=JPEG_QUALITY, optimize=True)
    return buffer.getvalue()


def _write_atomic(path: Path, data: bytes) -> None:
    # Written beside and renamed: a reader never sees half an image; 0600, it is case data.
    handle, tmp = tempfile.mkstemp(dir=path.parent, prefix=".part-")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


__all__ = ["PAGE_WIDTH_PX", "PageImageError", "PageImages", "PageInfo"]
