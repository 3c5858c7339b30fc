"""Scanned pages to positioned words: render, set upright, deskew, clean, Tesseract `lav`.

The words come out in the same units as the text layer (PDF points, origin top left, in the
coordinate system of the corrected, upright page), so classification and field extraction read
OCR pages and digital pages with one code path.

Costs were measured on 2-core machines (issue 4): Tesseract gets an uncompressed PGM with the DPI
passed explicitly (PNG encoding costs ~300 ms a page, pytesseract loses the DPI), runs with one
OpenMP thread (parallelism comes from worker processes), and orientation is settled cheaply: a page
on its side shows in the ink profile (then OSD picks 90 or 270 on a half-size copy), and an
upside-down page shows as a reading of low confidence (then the page is turned and read again),
so an upright page costs little more than the bare `tesseract` command.
"""

from __future__ import annotations

import functools
import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path

from PIL import Image, ImageOps

from ..errors import ExtractionError, InputFileError, MissingDependencyError
from .document import Page, Word

OCR_DPI = 300
LANGUAGE = "lav"  # lav alone kept 100 % of the diacritics; lav+eng lost 5 % (issue 4)
# Refuse to rasterize more than this: A4 at 300 dpi is 8.7 Mpx, A3 17 Mpx; 60 Mpx is a poster.
MAX_PAGE_PIXELS = 60_000_000
# Scans at a higher resolution are read at this one: 600 dpi costs 4x the time for no accuracy.
MAX_OCR_DPI = 400
# An upright reading of a clean page averages 90+; an upside-down or sideways one ~30.
UPRIGHT_MEAN_CONFIDENCE = 0.60
SIDEWAYS_RATIO = 0.8  # row/column ink variance below this: the text lines run top to bottom
# Small skew is corrected from a projection profile; larger angles are not scanner skew.
MAX_SKEW_DEGREES = 5.0
MIN_SKEW_DEGREES = 0.3  # below this the line drift is under a few points: not worth a rotation
TESSERACT_TIMEOUT_S = 300


@dataclass(frozen=True, slots=True)
class OcrResult:
    """A page as read, with the upright image it was read from (the searchable archive uses it)."""

    page: Page
    image: Image.Image  # greyscale, upright, deskewed
    dpi: int
    rotation: int  # degrees clockwise applied to make the page upright: 0, 90, 180, 270
    skew: float  # degrees counter-clockwise applied to straighten the lines


# --------------------------------------------------------------------------------------------
# Tesseract


def tesseract_env() -> dict[str, str]:
    env = dict(os.environ)
    # One thread per process: with OpenMP's default two processes contend (5.7 s vs 1.6 s a page).
    env["OMP_THREAD_LIMIT"] = "1"
    return env


@functools.cache
def tesseract_command() -> str:
    """The `tesseract` executable, checked once per process to have the Latvian data."""
    exe = shutil.which("tesseract")
    if exe is None:
        raise MissingDependencyError(
            "tesseract is not installed (needed to read scanned pages); "
            "install tesseract-ocr and tesseract-ocr-lav"
        )
    try:
        listed = subprocess.run(
            [exe, "--list-langs"], capture_output=True, text=True, timeout=60, check=False
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise MissingDependencyError(f"tesseract could not be run: {exc}") from exc
    languages = {line.strip() for line in (listed.stdout + listed.stderr).splitlines()}
    if LANGUAGE not in languages:
        raise MissingDependencyError(
            "tesseract has no Latvian data (lav); install tesseract-ocr-lav"
        )
    return exe


@contextmanager
def uncompressed_image_file(image: Image.Image) -> Iterator[Path]:
    """The image as a temporary PGM (no compression to pay for); removed afterwards."""
    fd, name = tempfile.mkstemp(prefix="asistents-ocr-", suffix=".pgm")
    os.close(fd)
    path = Path(name)
    try:
        image.convert("L").save(path, format="PPM")
        yield path
    finally:
        path.unlink(missing_ok=True)


def run_tesseract(image_file: Path, *, dpi: int, args: list[str]) -> str:
    """Run `tesseract FILE stdout --dpi DPI ARGS...` and return what it printed."""
    command = [tesseract_command(), str(image_file), "stdout", "--dpi", str(dpi), *args]
    try:
        done = subprocess.run(
            command,
            capture_output=True,
            text=True,
            env=tesseract_env(),
            timeout=TESSERACT_TIMEOUT_S,
            check=False,
        )
    except subprocess.TimeoutExpired as exc:
        raise ExtractionError(f"tesseract took longer than {TESSERACT_TIMEOUT_S} s") from exc
    if done.returncode != 0:
        reason = " ".join(done.stderr.split())[-200:] or f"exit status {done.returncode}"
        raise ExtractionError(f"tesseract failed: {reason}")
    return done.stdout


def detect_rotation(image: Image.Image, *, dpi: int) -> int:
    """Degrees clockwise that make the page upright, by Tesseract's OSD (0 when it cannot tell)."""
    with uncompressed_image_file(image) as path:
        try:
            out = run_tesseract(path, dpi=dpi, args=["--psm", "0", "-l", "osd"])
        except ExtractionError:
            return 0  # too few characters for OSD: leave the page as it is
    for line in out.splitlines():
        key, _, value = line.partition(":")
        if key.strip() == "Rotate":
            try:
                return int(value.strip()) % 360
            except ValueError:
                return 0
    return 0


def parse_tsv(tsv: str, *, page_number: int, scale: float) -> list[Word]:
    """Tesseract's TSV as Words in points; a word takes its line's top and bottom.

    The text layer gives every word on a line the same top and bottom (the font's box), and the
    field extractors group lines by them; ink boxes (x-height vs capitals and diacritics) would
    split a line, so OCR words share their line's box the same way.
    """
    words: list[Word] = []
    line_box: tuple[int, int] | None = None
    for row in tsv.splitlines()[1:]:
        cols = row.split("\t")
        if len(cols) < 12:
            continue
        level = cols[0]
        try:
            left, top, width, height = (int(c) for c in cols[6:10])
            conf = float(cols[10])
        except ValueError:
            continue
        if level == "4":
            line_box = (top, top + height)
            continue
        if level != "5":
            continue
        text = cols[11].strip()
        if not text:
            continue
        line_top, line_bottom = line_box or (top, top + height)
        words.append(
            Word(
                text=text,
                x0=round(left * scale, 2),
                top=round(min(line_top, top) * scale, 2),
                x1=round((left + width) * scale, 2),
                bottom=round(max(line_bottom, top + height) * scale, 2),
                page=page_number,
                confidence=round(min(max(conf / 100.0, 0.0), 1.0), 4),
            )
        )
    return words


def recognise(image: Image.Image, *, dpi: int, page_number: int) -> list[Word]:
    """Tesseract `lav` over the whole page (automatic layout, no OSD)."""
    with uncompressed_image_file(image) as path:
        tsv = run_tesseract(path, dpi=dpi, args=["-l", LANGUAGE, "--psm", "3", "tsv"])
    return parse_tsv(tsv, page_number=page_number, scale=72.0 / dpi)


# `lav` has no "@" (it reads "(", "G" or "(O"); `eng` reads e-mail addresses well but drops
# diacritics, so only words shaped like a mangled address are read again with it, one crop each.
_MANGLED_EMAIL = re.compile(
    r"^[A-Za-z0-9._+-]{2,}\S{1,3}?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[a-z]{2,6}[.,;]?$"
)
_EMAIL = re.compile(r"^([A-Za-z0-9._+-]+)@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[a-z]{2,6}[.,;]?)$")
MAX_EMAIL_REREADS = 4  # per page: each is one small Tesseract run


def _mangled_email(word: Word) -> bool:
    text = word.text
    if "@" in text or text.lower().startswith(("www.", "http")):
        return False
    return _MANGLED_EMAIL.match(text) is not None


def reread_email_addresses(image: Image.Image, words: list[Word], *, dpi: int) -> list[Word]:
    """Words that look like e-mail addresses with the "@" misread, read again with `eng`.

    The new reading is kept only when it is the old one with the odd characters replaced by a
    single "@", so nothing but the "@" can change; its confidence is eng's.
    """
    candidates = [i for i, w in enumerate(words) if _mangled_email(w)][:MAX_EMAIL_REREADS]
    if not candidates:
        return words
    scale = dpi / 72.0
    fixed = list(words)
    for i in candidates:
        word = words[i]
        # Narrow at the sides: the neighbouring words are only a space away.
        side, above = max(2, round(1.5 * scale)), max(4, round(3 * scale))
        box = (
            max(0, round(word.x0 * scale) - side),
            max(0, round(word.top * scale) - above),
            min(image.width, round(word.x1 * scale) + side),
            min(image.height, round(word.bottom * scale) + above),
        )
        with uncompressed_image_file(image.crop(box)) as path:
            try:
                tsv = run_tesseract(path, dpi=dpi, args=["-l", "eng", "--psm", "7", "tsv"])
            except ExtractionError:
                continue
        reread = parse_tsv(tsv, page_number=word.page, scale=1.0)
        if len(reread) != 1:
            continue
        match = _EMAIL.match(reread[0].text.lstrip("_|'\"`‘“,.:;"))
        if match is None:
            continue
        local, domain = match.groups()
        middle = len(word.text) - len(local) - len(domain)
        if word.text.startswith(local) and word.text.endswith(domain) and 0 <= middle <= 3:
            fixed[i] = replace(word, text=reread[0].text, confidence=reread[0].confidence)
    return fixed


def mean_confidence(words: list[Word]) -> float:
    """Confidence averaged over characters, so stray one-letter specks weigh little."""
    chars = sum(len(w.text) for w in words)
    if chars == 0:
        return 0.0
    return sum(w.confidence * len(w.text) for w in words) / chars


# --------------------------------------------------------------------------------------------
# Image preparation (cheap: Pillow only, on a reduced copy where it can)


def clean_background(image: Image.Image) -> Image.Image:
    """Greyscale with the grey paper pushed to white and the ink to black (one lookup table)."""
    grey = image.convert("L") if image.mode != "L" else image
    return ImageOps.autocontrast(grey, cutoff=1)


def _profile_score(ink: Image.Image, angle: float) -> float:
    rotated = ink.rotate(angle, resample=Image.Resampling.NEAREST, fillcolor=0)
    rows = rotated.resize((1, rotated.height), Image.Resampling.BOX)
    profile = [int(v) for v in rows.tobytes()]
    mean = sum(profile) / len(profile)
    return sum((p - mean) ** 2 for p in profile)


def _ink(image: Image.Image) -> Image.Image:
    """A quarter-size map of the dark pixels (255 = ink), what the profiles are computed on."""
    small = image.reduce(4) if min(image.size) >= 400 else image
    return small.point(lambda v: 255 if v < 128 else 0)


def _variance(values: bytes) -> float:
    mean = sum(values) / len(values)
    return sum((v - mean) ** 2 for v in values) / len(values)


def lines_run_vertically(image: Image.Image) -> bool:
    """Whether the page lies on its side: ink varies more across columns than across rows.

    On the sample scans rows/columns is 4-22 for upright or upside-down pages and 0.08 for pages
    turned by 90 degrees, so the threshold has a wide margin on both sides.
    """
    ink = _ink(image)
    rows = ink.resize((1, ink.height), Image.Resampling.BOX).tobytes()
    columns = ink.resize((ink.width, 1), Image.Resampling.BOX).tobytes()
    across_rows, across_columns = _variance(rows), _variance(columns)
    return across_columns > 0 and across_rows / across_columns < SIDEWAYS_RATIO


def estimate_skew(image: Image.Image) -> float:
    """Degrees counter-clockwise that make the text lines horizontal (projection profile).

    Lines that are level give the sharpest row profile of ink; tried on a quarter-size copy,
    first in half-degree steps, then in tenths around the best.
    """
    ink = _ink(image)
    if ink.getbbox() is None:
        return 0.0
    steps = int(MAX_SKEW_DEGREES * 2)
    coarse = max((s / 2 for s in range(-steps, steps + 1)), key=lambda a: _profile_score(ink, a))
    fine = max((coarse + s / 10 for s in range(-4, 5)), key=lambda a: _profile_score(ink, a))
    return round(fine, 1)


def straighten(image: Image.Image) -> tuple[Image.Image, float]:
    """The page rotated by its estimated skew (same size, white corners) and that angle."""
    angle = estimate_skew(image)
    if abs(angle) < MIN_SKEW_DEGREES:
        return image, 0.0
    return image.rotate(angle, resample=Image.Resampling.BILINEAR, fillcolor=255), angle


_TRANSPOSE_CLOCKWISE = {
    90: Image.Transpose.ROTATE_270,  # PIL's ROTATE_n turns counter-clockwise
    180: Image.Transpose.ROTATE_180,
    270: Image.Transpose.ROTATE_90,
}


def turn_clockwise(image: Image.Image, degrees: int) -> Image.Image:
    transpose = _TRANSPOSE_CLOCKWISE.get(degrees % 360)
    return image.transpose(transpose) if transpose is not None else image


# --------------------------------------------------------------------------------------------
# Public entry points


def ocr_page_image(image: Image.Image, *, dpi: int, page_number: int = 0) -> OcrResult:
    """Read one page image: clean, deskew, OCR; if the reading is implausible, set it upright."""
    tesseract_command()
    dpi = int(dpi) if dpi and dpi >= 50 else OCR_DPI
    if dpi > MAX_OCR_DPI:
        factor = OCR_DPI / dpi
        image = image.resize(
            (max(1, round(image.width * factor)), max(1, round(image.height * factor))),
            Image.Resampling.BILINEAR,
        )
        dpi = OCR_DPI
    grey = clean_background(image)
    rotation = 0
    if lines_run_vertically(grey):
        # Sideways: OSD (on a half-size copy, ~0.6 s) says which way; 90 if it cannot tell.
        half = grey.reduce(2)
        rotation = detect_rotation(half, dpi=max(dpi // 2, 50))
        if rotation not in (90, 270):
            rotation = 90
        grey = turn_clockwise(grey, rotation)
    straight, skew = straighten(grey)
    words = recognise(straight, dpi=dpi, page_number=page_number)
    if words and mean_confidence(words) < UPRIGHT_MEAN_CONFIDENCE:
        # Lines run across but read as nonsense: most often the page is upside down. Trying
        # that directly costs one reading; asking OSD first would cost ~1.2 s more.
        turned, turned_skew = straighten(turn_clockwise(grey, 180))
        turned_words = recognise(turned, dpi=dpi, page_number=page_number)
        if mean_confidence(turned_words) > mean_confidence(words):
            straight, skew, words = turned, turned_skew, turned_words
            rotation = (rotation + 180) % 360
    words = reread_email_addresses(straight, words, dpi=dpi)
    page = Page(
        number=page_number,
        width=round(straight.width * 72.0 / dpi, 2),
        height=round(straight.height * 72.0 / dpi, 2),
        words=words,
        source="ocr",
    )
    return OcrResult(page=page, image=straight, dpi=dpi, rotation=rotation, skew=skew)


def ocr_image(image: Image.Image, *, dpi: int = OCR_DPI, page_number: int = 0) -> Page:
    """OCR a page image (any mode) scanned at `dpi`; words in points of the upright page."""
    return ocr_page_image(image, dpi=dpi, page_number=page_number).page


def render_pdf_page(path: Path, page_number: int, *, dpi: int = OCR_DPI) -> Image.Image:
    """A PDF page as a greyscale bitmap, refused before rendering when it would be too large."""
    import pypdfium2 as pdfium  # imported here: only scanned PDFs need it

    try:
        pdf = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        raise InputFileError(f"cannot open the PDF to render it: {exc}", file=path) from exc
    try:
        if not 0 <= page_number < len(pdf):
            raise InputFileError(f"the PDF has no page {page_number + 1}", file=path)
        page = pdf[page_number]
        width_pt, height_pt = page.get_size()
        pixels = (width_pt * dpi / 72.0) * (height_pt * dpi / 72.0)
        if pixels > MAX_PAGE_PIXELS:
            raise InputFileError(
                f"page {page_number + 1} is too large to render safely: "
                f"{pixels / 1e6:.0f} Mpx at {dpi} dpi (limit {MAX_PAGE_PIXELS / 1e6:.0f} Mpx)",
                file=path,
            )
        bitmap = page.render(scale=dpi / 72.0, grayscale=True)
        image = bitmap.to_pil().convert("L")
        page.close()
        return image
    finally:
        pdf.close()


def ocr_pdf_page_result(path: Path, page_number: int, *, dpi: int = OCR_DPI) -> OcrResult:
    image = render_pdf_page(path, page_number, dpi=dpi)
    return ocr_page_image(image, dpi=dpi, page_number=page_number)


def ocr_pdf_page(path: Path, page_number: int, *, dpi: int = OCR_DPI) -> Page:
    """OCR one page (0-based) of a PDF rendered at `dpi`; words in points of the upright page."""
    return ocr_pdf_page_result(Path(path), page_number, dpi=dpi).page


__all__ = [
    "LANGUAGE",
    "MAX_PAGE_PIXELS",
    "OCR_DPI",
    "OcrResult",
    "ocr_image",
    "ocr_page_image",
    "ocr_pdf_page",
    "render_pdf_page",
    "tesseract_command",
]
