"""Scanned pages to positioned words: render, set upright, deskew, clean, Tesseract `lav`.

The words come out in the same units as the text layer (PDF points, origin top left, in the
coordinate system of the corrected, upright page), so classification and field extraction read
OCR pages and digital pages with one code path.

Costs were measured on 2-core machines (issue 4): Tesseract gets an uncompressed PGM with the DPI
passed explicitly (PNG encoding costs ~300 ms a page, pytesseract loses the DPI), runs with one
OpenMP thread (parallelism comes from worker processes), and orientation is settled from the ink
before reading (a page on its side by its row and column profiles, an upside-down one by ink
above and below the text lines; ~30 ms where Tesseract's OSD costs ~1.2 s), with OSD only when
that is unclear and a second reading when the first comes out implausible. Readings run in
libtesseract inside the process (`tess_api.py`, the command's TSV byte for byte), so a page and
its re-reads pay no process start or model load: the path costs less than the bare `tesseract`
command on the same page (x0.88 of its CPU, round 18).
"""

from __future__ import annotations

import functools
import io
import logging
import math
import os
import re
import shutil
import subprocess
import tempfile
import threading
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image, ImageFilter, ImageMath, ImageOps

from ..errors import ExtractionError, InputFileError, MissingDependencyError
from . import tess_api, unread_ink
from .answer_cells import reread_answer_cells
from .code_reread import mend_codes
from .document import Page, Word
from .dotted_leaders import without_leaders_read_as_letters
from .hand_restore import mend_hand_slips, split_glued_values
from .handwriting import looks_hand_filled, mend_handwriting
from .line_tails import (
    reread_cut_dates,
    reread_stamped_middles,
    reread_stamped_runs,
    reread_tails,
)
from .marks import (
    answer_column_marks,
    lost_crossed_boxes,
    mark_column_rows,
    ringed_lost_answers,
    underlined_options,
)
from .rings import ringed_options
from .roman_strokes import mend_roman_numerals
from .struck_values import struck_out
from .toggles import read_switches

OCR_DPI = 300
LANGUAGE = "lav"  # lav alone kept 100 % of the diacritics; lav+eng lost 5 % (issue 4)
# Refuse to rasterize more than this: A4 at 300 dpi is 8.7 Mpx, A3 17 Mpx; 60 Mpx is a poster.
MAX_PAGE_PIXELS = 60_000_000
# Scans at a higher resolution are read at this one: 600 dpi costs 4x the time for no accuracy.
MAX_OCR_DPI = 400
# An upright reading of a clean page averages 90+; an upside-down or sideways one ~30.
UPRIGHT_MEAN_CONFIDENCE = 0.60
SIDEWAYS_RATIO = 0.8  # row/column ink variance below this: the text lines run top to bottom
UPRIGHT_ABOVE, UPSIDE_DOWN_BELOW = 1.25, 0.85  # ascender/descender ink: see ascender_ratio
# Skew is measured from the word boxes; beyond this it is not a scanner's skew but a layout.
MAX_SKEW_DEGREES = 10.0
MIN_SKEW_DEGREES = 0.3  # below this the line drift is under a few points: not worth a rotation
ROTATE_PIXELS_FROM = 2.5  # Tesseract itself reads lines this far off level well
TESSERACT_TIMEOUT_S = 300
# A word Tesseract could not read (below JUNK_BELOW) standing this many times taller than the
# line's usual word is no letters of that line: it does not set the line's top and bottom.
JUNK_BELOW = 0.5
TALLER_THAN_LINE = 1.8
# A word read well but standing over twice as tall as the line's usual one (a code read again
# from a crop with the rule under it, "080765-14726," 86 px on a line of 40) does not set the
# line's extent either: on a line a little askew it would reach the next line down, and the
# two lines' words would be read as one line, interleaved. Only on a line of several words
# where such a word stands alone: on a short line the median is no line's height (a fax's
# "* 23.02.2026," measured by its asterisk), and a hand's values re-read from their crop stand
# tall together beside a printed label ("Vārds, uzvārds Ansis Zvirbulis").
TALLER_ALWAYS = 2.0
TALLER_ALWAYS_MIN_WORDS = 5
# pdfium is not thread-safe; pages OCRed in parallel threads (page_pool) render one at a time.
PDFIUM_LOCK = threading.RLock()


@dataclass(frozen=True, slots=True)
class OcrResult:
    """A page as read, with the upright image it was read from."""

    page: Page
    # Greyscale and upright; levelled in the pixels only when the skew was large (the word boxes
    # are those of the levelled page either way).
    image: Image.Image
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


def run_tesseract(image_file: Path, *, dpi: int, args: list[str], output: str = "stdout") -> str:
    """Run `tesseract FILE OUTPUT --dpi DPI ARGS...` and return what it printed.

    `output` is "stdout" to read the result from the pipe, or a file base name for
    renderers that write files (the PDF renderer writes OUTPUT.pdf).
    """
    command = [tesseract_command(), str(image_file), output, "--dpi", str(dpi), *args]
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


def read_tsv(image: Image.Image, *, dpi: int, language: str, psm: str,
             variables: tuple[tuple[str, str], ...] = ()) -> str:
    """What `tesseract IMAGE stdout --dpi DPI -l LANGUAGE --psm PSM [-c NAME=VALUE] tsv` prints
    for the image: read by libtesseract in the process (`extract/tess_api.py`, no process
    start-up and model load a call), or by the command where the library cannot be used."""
    try:
        tsv = tess_api.in_process_tsv(image, dpi=dpi, language=language, psm=int(psm),
                                      variables=variables)
    except RuntimeError as exc:
        raise ExtractionError(f"tesseract failed: {exc}") from exc
    if tsv is not None and tess_api.mode() != "check":
        return tsv
    settings = [arg for name, value in variables for arg in ("-c", f"{name}={value}")]
    with uncompressed_image_file(image) as path:
        command = run_tesseract(path, dpi=dpi, args=["-l", language, "--psm", psm, *settings,
                                                     "tsv"])
    if tsv is not None:
        tess_api.note_check(tsv == command, f"{language} psm {psm} {image.width}x{image.height}")
    if tsv is not None and tsv != command:
        raise ExtractionError(f"libtesseract's TSV differs from the command's ({language}, "
                              f"psm {psm}, {image.width}x{image.height})")
    return command


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


# A word as Tesseract printed it: text, ink box in pixels (left, top, right, bottom), confidence.
Line = list[tuple[str, tuple[int, int, int, int], float]]


def tsv_lines(tsv: str) -> list[Line]:
    """Tesseract's TSV as lines of words (pixel ink boxes, confidence 0..1), in its order."""
    lines: dict[tuple[str, str, str, str], Line] = {}
    for row in tsv.splitlines()[1:]:
        cols = row.split("\t")
        if len(cols) < 12 or cols[0] != "5":
            continue
        text = cols[11].strip()
        if not text:
            continue
        try:
            left, top, width, height = (int(c) for c in cols[6:10])
            conf = float(cols[10])
        except ValueError:
            continue
        key = (cols[1], cols[2], cols[3], cols[4])  # page, block, paragraph, line
        box = (left, top, left + width, top + height)
        lines.setdefault(key, []).append((text, box, min(max(conf / 100.0, 0.0), 1.0)))
    return list(lines.values())


def place_words(
    lines: list[Line],
    *,
    dpi: int,
    page_number: int,
    skew: float = 0.0,
    centre: tuple[float, float] = (0.0, 0.0),
) -> list[Word]:
    """Lines of pixel boxes as Words in points; every word takes its line's top and bottom.

    The text layer gives every word on a line the same top and bottom (the font's box), and the
    field extractors group lines by them; ink boxes (x-height vs capitals and diacritics) would
    split a line, so OCR words share their line's extent the same way. `skew` (degrees
    counter-clockwise, about `centre`) turns the boxes of a page that was read slightly askew
    into those of the straightened page, which is cheaper than rotating the pixels.
    """
    scale = 72.0 / dpi
    cos, sin = math.cos(math.radians(skew)), math.sin(math.radians(skew))
    cx, cy = centre
    words: list[Word] = []
    for line in lines:
        boxes = []
        for _text, (left, top, right, bottom), _conf in line:
            if skew:
                dx, dy = (left + right) / 2 - cx, (top + bottom) / 2 - cy
                mx, my = cx + dx * cos + dy * sin, cy - dx * sin + dy * cos
                half_w, half_h = (right - left) / 2, (bottom - top) / 2
                boxes.append((mx - half_w, my - half_h, mx + half_w, my + half_h))
            else:
                boxes.append((left, top, right, bottom))
        extent = _line_extent_boxes(line, boxes)
        line_top = min(b[1] for b in extent)
        line_bottom = max(b[3] for b in extent)
        for (text, _box, conf), (x0, _top, x1, _bottom) in zip(line, boxes, strict=True):
            words.append(
                Word(
                    text=text,
                    x0=round(x0 * scale, 2),
                    top=round(line_top * scale, 2),
                    x1=round(x1 * scale, 2),
                    bottom=round(line_bottom * scale, 2),
                    page=page_number,
                    confidence=round(conf, 4),
                )
            )
    return words


def _line_extent_boxes(line: Line, boxes: list[tuple[float, float, float, float]]
                       ) -> list[tuple[float, float, float, float]]:
    """The boxes that say how high a line stands: a piece of a table's border, a stamp or a
    punched hole Tesseract put on the line as a word it could not read, standing far taller
    than the line's letters, would stretch the line over the rows above and below it (a cell's
    name and the code under it read as one line)."""
    heights = sorted(b[3] - b[1] for b in boxes)
    usual = heights[(len(heights) - 1) // 2]
    towering = sum(b[3] - b[1] > TALLER_ALWAYS * usual for b in boxes)
    cap = (TALLER_ALWAYS * usual
           if len(boxes) >= TALLER_ALWAYS_MIN_WORDS and towering * 4 <= len(boxes)
           else float("inf"))
    kept = [
        box for (_text, _box, conf), box in zip(line, boxes, strict=True)
        if (conf >= JUNK_BELOW or box[3] - box[1] <= TALLER_THAN_LINE * usual)
        and box[3] - box[1] <= cap
    ]
    return kept or boxes


# A fax machine's transmission line at the head of the page it printed: when it was sent, from
# which number and by whom, and which page of how many ("10-06-2024 14:52 FAX 63 498 210 ...
# LPP. 1/1", "19/01/2021 09:42 ... P.001/001"). It is the machine's, not the paper's: read as the
# page's first line it became the issuer's name.
# The machine may print its own name and number first ("FAX 63 1x xx xx 2024-05-06 10:14
# LAPA 1/1"): a sending date and time side by side anywhere on the line, and the page count
# ending it, are the machine's whatever stands before them.
# A machine set up abroad names the month in letters ("31-JAN-2025", OCR drops a dash: "31JAN").
_FAX_DATE = (r"(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}[./-]\d{1,2}[./-]\d{1,2}"
             r"|\d{1,2}[\s./-]?[A-Za-z]{3}[\s./-]?\d{2,4})"
             r"\.?\s+\d{1,2}:\d{2}\b")
_FAX_LINE = re.compile(
    rf"^(?:{_FAX_DATE}|(?i:fax|fakss?|tx|from)\b.*\s{_FAX_DATE})"
    r".*\s(?:P\.?\s*)?\d{1,3}\s*/\s*\d{1,3}$"
)


def without_fax_line(lines: list[Line]) -> list[Line]:
    """The reading without a fax's transmission line at the top of the page."""
    if not lines:
        return lines
    top = min(range(len(lines)), key=lambda i: min(b[1] for _t, b, _c in lines[i]))
    text = " ".join(t for t, _b, _c in sorted(lines[top], key=lambda w: w[1][0]))
    if _FAX_LINE.match(text):
        return lines[:top] + lines[top + 1:]
    return lines


def without_rules_read_as_words(lines: list[Line]) -> list[Line]:
    """The reading without the "words" Tesseract made of a form's dotted or ruled lines: letters
    it could not read (below JUNK_BELOW) in a box no letters fit, a few pixels high or a whole
    row wide. On a line holding a value they ran on after it ("Garkalns K ztrsbar AA SALĀ"),
    and the hand recogniser read them as part of the value. A tall one stays: a hand's code
    in its boxes comes back as two letters standing over two lines, and is read again."""
    usual = unread_ink.usual_height(lines)
    if not usual:
        return lines
    kept = [[word for word in line
             if word[2] >= JUNK_BELOW or not any(c.isalnum() for c in word[0])
             or unread_ink.text_shaped(word, usual, tall=True)]
            for line in lines]
    return [line for line in kept if line]


def without_lines_on_end(lines: list[Line]) -> list[Line]:
    """The reading without a "line" Tesseract made of a fold's or an edge's shadow on a page
    whose lines run across: three or more of its words stand one under the next down a narrow
    column (no wider than two lines are high), over four lines' height. Its words are noise,
    yet their boxes, reaching over several rows, joined the rows beside them into one line (a
    form's options, its answers and its signature read as one)."""
    usual = unread_ink.usual_height(lines)
    if not usual:
        return lines

    def on_end(line: Line) -> bool:
        long = sorted((box for text, box, _conf in line if len(text) >= 2),
                      key=lambda b: b[1])
        if len(long) < 3:
            return False
        left, right = min(b[0] for b in long), max(b[2] for b in long)
        top, bottom = min(b[1] for b in long), max(b[3] for b in long)
        # One under the next: no two words share half of the lower one's height.
        stacked = all(min(a[3], b[3]) - b[1] < 0.5 * (b[3] - b[1]) for a, b in pairwise(long))
        return stacked and right - left <= 2 * usual and bottom - top >= 4 * usual

    kept = [line for line in lines if not on_end(line)]
    # Only a stray line: a page read on end throughout is quarter_turn_read's to turn.
    return kept if len(kept) >= 0.75 * len(lines) else lines


def recognise_lines(image: Image.Image, *, dpi: int, psm: str = "3") -> list[Line]:
    """Tesseract `lav` over the whole page (automatic layout, no OSD), as pixel lines."""
    return tsv_lines(read_tsv(image, dpi=dpi, language=LANGUAGE, psm=psm))


def read_digit_line(crop: Image.Image, language: str, scale: float, binarise: bool, *,
                    dpi: int) -> str:
    """A crop enlarged `scale` times read as one line of digits and dashes."""
    if binarise:
        crop = crop.convert("L").point(lambda v: 255 if v > 140 else 0)
    tsv = read_tsv(crop, dpi=round(dpi * scale), language=language, psm="7",
                   variables=(("tessedit_char_whitelist", "0123456789-"),))
    return " ".join(text for line in tsv_lines(tsv) for text, _box, _conf in line)


def read_one_line(crop: Image.Image, *, dpi: int) -> Line:
    """A crop read as one line of text."""
    tsv = read_tsv(crop, dpi=dpi, language=LANGUAGE, psm="7")
    return [w for line in tsv_lines(tsv) for w in line]


def read_what_layout_dropped(image: Image.Image, lines: list[Line], *,
                             dpi: int) -> tuple[list[Line], frozenset]:
    """The page read again as one block of text when the first reading left printed text
    beside its lines unread (extract/unread_ink.py): the better of the two readings, or the
    first with the words only the block reading saw (returned as well: those still doubted
    after the hand recogniser are dropped again)."""
    # On a page filled in by hand a single value left out is worth a look for the hand
    # recogniser (stand-ins over it: it reads only what Tesseract returned); on a typed page
    # only several lines left out are worth a second reading.
    hand = looks_hand_filled(lines)
    quarter = quarter_size(image)
    spans = unread_ink.unread_beside(image, lines, quarter,
                                     lines_from=1 if hand else unread_ink.LINES_FROM)
    # A typed line the layout dropped whole or in part (beside a stamp: the paper's date, the
    # start of a value) is worth the block reading too: its words join where none were read.
    dropped_line = len(spans) < unread_ink.LINES_FROM
    if dropped_line and not hand:
        # A line stopped short by a stamp over its end: its tail read again in its band.
        tails = unread_ink.unread_beside(image, lines, quarter, lines_from=1)
        if tails:
            lines = reread_tails(image, lines, tails, functools.partial(read_one_line, dpi=dpi))
    if hand:
        # A pen's thin line a quarter-size look misses, beside a label alone on its line.
        seen = {index for index, _box in spans}
        spans = spans + [span for span in unread_ink.pen_beside_labels(image, lines)
                         if span[0] not in seen]
    # Two lines of print read as one lose the lower: the block reading keeps them apart.
    together = [] if hand else unread_ink.lines_run_together(lines, image)
    if dropped_line and not together and (
            hand or not unread_ink.unread_text_lines(image, lines, quarter)):
        return unread_ink.mark_unread(lines, spans if hand else [], frozenset())
    block = recognise_lines(image, dpi=dpi, psm="6")
    if together:
        lines = unread_ink.split_run_together(lines, block, together)
    if unread_ink.better_reading(lines, block):
        return block, frozenset()
    merged, added = unread_ink.add_unread_words(lines, block)  # the first lines keep their place
    if dropped_line:
        # A line dropped under a stamp's edge comes back with its end doubted: read again
        # from its dark ink before the doubt costs the whole line.
        mended = reread_stamped_runs(image, block, added, functools.partial(read_one_line,
                                                                            dpi=dpi))
        if mended != block:
            block = mended
            merged, added = unread_ink.add_unread_words(lines, block)
        # Only runs of print read surely: a stamp's letters and half a value are no text.
        # On a form the block found filled in by hand (a photo whose values the first layout
        # dropped), the words beside a line the first reading has (a label's value) stay
        # as well: the hand recogniser reads them, and what it leaves doubted is dropped then.
        beside = frozenset(w for line in merged[:len(lines)] for w in line if w in added) \
            if looks_hand_filled(merged) else frozenset()
        _, sure_added = unread_ink.only_sure_runs(merged, block, added)
        kept = sure_added | beside
        merged = [kept_line for line in merged
                  if (kept_line := [w for w in line if w not in added or w in kept])]
        added = kept
    return unread_ink.mark_unread(merged, spans if looks_hand_filled(merged) else [], added)


# `lav` has no "@": it reads "(", "(O", "©" or "G" instead, or drops it. Where the stand-in is
# punctuation the fix is certain (no address has it), and so it is for a lone capital G, O, Q or C
# in an address otherwise in small letters (~0.25 s saved a page against asking eng). Anything else
# (another letter, nothing) only `eng` can tell, so such words are read again with it (it reads
# addresses well but drops diacritics), one crop each, and only when lav itself was unsure.
_DOMAIN = r"[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[a-z]{2,6}[.,;]?"
_LOWER_DOMAIN = r"[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,6}[.,;]?"
# "(", "©" or "(O", "(X": punctuation, then perhaps one stray capital before a small-letter domain.
_PUNCTUATED_EMAIL = re.compile(
    rf"^([A-Za-z0-9._+-]+?)[^A-Za-z0-9._+\-\s@]{{1,2}}[A-Z]?({_LOWER_DOMAIN})$"
)
_CAPITAL_STAND_IN_EMAIL = re.compile(
    r"^([a-z0-9._+-]+)[GOQC]([a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,6}[.,;]?)$"
)
# The same stand-in in an address the Latvian model also dressed in its own letters: a mark on a
# local part's letter ("elitā.leimaneGexample.lv"), a stop read as a colon ("daiga:vejina"), or
# the "@"'s tail read as one more marked letter ("apsenieksGģgmall.com"). An address holds none
# of these, so they go with the stand-in; the word keeps at most MARKED_EMAIL_CONFIDENCE.
_MARKED_STAND_IN_EMAIL = re.compile(
    r"^([a-z0-9._+\-āčēģīķļņšūž:]*[a-z0-9āčēģīķļņšūž])[GOQC][āčēģīķļņšūž]?"
    r"([a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,6}[.,;]?)$"
)
_MARKS_OR_COLON = re.compile(r"[āčēģīķļņšūž:]")
MARKED_EMAIL_CONFIDENCE = 0.7
_LETTERED_EMAIL = re.compile(r"^[A-Za-z0-9._+-]{2,}[A-Za-z0-9-]*\.[a-z]{2,6}[.,;]?$")
_EMAIL = re.compile(rf"^([A-Za-z0-9._+-]+)@({_DOMAIN})$")
REREAD_BELOW = 0.9
MAX_EMAIL_REREADS = 2  # per page: each is one small Tesseract run (~0.25 s)


def _email_from_eng(
    image: Image.Image, text: str, box: tuple[int, int, int, int], dpi: int
) -> tuple[str, float] | None:
    left, top, right, bottom = box
    side, above = max(2, round(dpi / 48)), max(4, round(dpi / 24))
    crop = image.crop(
        (
            max(0, left - side),
            max(0, top - above),
            min(image.width, right + side),
            min(image.height, bottom + above),
        )
    )
    try:
        tsv = read_tsv(crop, dpi=dpi, language="eng", psm="7")
    except ExtractionError:
        return None
    reread = [word for line in tsv_lines(tsv) for word in line]
    if len(reread) != 1:
        return None
    new_text, _box, conf = reread[0]
    match = _EMAIL.match(new_text.lstrip("_|'\"`‘“,.:;"))
    if match is None:
        return None
    local, domain = match.groups()
    middle = len(text) - len(local) - len(domain)
    # Only the "@" may change: the rest must be what lav read.
    if text.startswith(local) and text.endswith(domain) and 0 <= middle <= 2:
        return f"{local}@{domain}", conf
    return None


def _unmarked(text: str) -> str:
    """Letters without their marks ("elitā" -> "elita")."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


_BRACKETS = re.compile(r"^([<(\[]?)(.*?)([>)\]]?[.,;]?)$")


def _bracketed(text: str) -> tuple[str, str, str]:
    """A word's opening bracket, what it holds and its closing bracket (with a stop after)."""
    match = _BRACKETS.match(text)
    if match is None or (match.group(1) == "" and ">" not in match.group(3)
                         and ")" not in match.group(3) and "]" not in match.group(3)):
        return "", text, ""
    return match.group(1), match.group(2), match.group(3)


def mend_email_addresses(image: Image.Image, lines: list[Line], *, dpi: int) -> list[Line]:
    """Put back the "@" that `lav` cannot read into words shaped like e-mail addresses."""
    rereads = 0
    mended: list[Line] = []
    for line in lines:
        new_line: Line = []
        for text, box, conf in line:
            if "@" not in text and not text.lower().startswith(("www.", "http")):
                # An e-mail header's address in angle brackets ("<ilze.ozolaGinbox.lv>"): the
                # brackets are no part of it.
                opening, core, closing = _bracketed(text)
                # (a marked letter is no punctuation standing in for the "@")
                marked = _MARKED_STAND_IN_EMAIL.match(core) if _MARKS_OR_COLON.search(core) \
                    else None
                certain = None if marked else (
                    _PUNCTUATED_EMAIL.match(core) or _CAPITAL_STAND_IN_EMAIL.match(core))
                if certain is not None:
                    text = f"{opening}{certain.group(1)}@{certain.group(2)}{closing}"
                elif marked is not None:
                    local = _unmarked(marked.group(1)).replace(":", ".")
                    text = f"{opening}{local}@{marked.group(2)}{closing}"
                    conf = min(conf, MARKED_EMAIL_CONFIDENCE)
                elif (
                    conf < REREAD_BELOW
                    and rereads < MAX_EMAIL_REREADS
                    and _LETTERED_EMAIL.match(text) is not None
                ):
                    rereads += 1
                    found = _email_from_eng(image, text, box, dpi)
                    if found is not None:
                        text, conf = found
            new_line.append((text, box, conf))
        mended.append(new_line)
    return mended


# Tesseract has no glyph for a form's tick box: it reads "☐" as "D", "O", "Ū", "CI" and "☒" as
# "El", "DJ", "i"... Words that short are looked at in the pixels instead: four straight sides
# hugging the word's box make a box, and the ink inside says whether it is ticked.
EMPTY_BOX, TICKED_BOX = "☐", "☒"
BOX_CONFIDENCE = 0.9
_BOX_LOOKALIKES = frozenset("[|DOQ0UŪCEBH□")
_EMPTY_INSIDE, _TICKED_INSIDE = 0.04, 0.10  # share of dark pixels inside the sides
# A crossed box OCR read as letters: a wall ("I", "|", "["), the cross ("X", "K") and a wall
# that is a bracket (no word of a language ends so).
_CROSSED_BOX_READ = re.compile(r"[I|l\[]?[XxKk×][\[\]]")
CROSSED_BOX_CONFIDENCE = 0.6


_DARK_RUN = re.compile(b"\x01+")


def _row_runs(bitmap: Image.Image) -> list[int]:
    """Longest run of dark pixels in each row of a 0/1 bitmap (regex over bytes: C speed)."""
    width, height = bitmap.size
    data = bitmap.tobytes()
    return [
        max((len(run) for run in _DARK_RUN.findall(data, y * width, (y + 1) * width)), default=0)
        for y in range(height)
    ]


def _overshot_box(
    image: Image.Image, box: tuple[int, int, int, int]
) -> tuple[str | None, tuple[int, int, int, int]]:
    """A marked box Tesseract read as letters ("El", "X]") in a box taller than the box: its
    line's full height, or a pen's cross struck over the box above it. The box is the square
    of the word's width about its middle (a pixel or two either way: a photo's drift, a hand's
    cross pulling the letters' box up or down), when that square is a tick box."""
    left, top, right, bottom = box
    width = right - left
    if bottom - top < 1.2 * width:
        return None, box
    corner = (top + bottom - width) // 2
    for shift in (0, -1, 1, -2, 2, -width // 8, width // 8):
        square = (left, corner + shift, right, corner + shift + width)
        found = tick_box(image, square)
        if found is not None:
            return found, square
    return None, box


def tick_box(image: Image.Image, box: tuple[int, int, int, int]) -> str | None:
    """ "☐" or "☒" when the word at `box` (pixels) is a tick box, None when it is not or unclear."""
    found = find_tick_box(image, box)
    return found[0] if found else None


def _sides_around(runs: list[int], longest: int, centre: float) -> tuple[int, int] | None:
    """The rows (or columns) nearest `centre` on either side whose ink runs nearly as long as
    the longest: a box's two opposite sides, the same test across and down."""
    sides = [at for at, run in enumerate(runs) if run >= 0.8 * longest]
    before = [at for at in sides if at <= centre]
    after = [at for at in sides if at >= centre]
    if not before or not after:
        return None
    return before[-1], after[0]


def _ink_below(bitmap: Image.Image, x0: int, x1: int, y1: int) -> bool:
    """Whether ink stands under a square's bottom side, across its width and its sides, down
    half its side (the tail a "9" hangs under its bowl, the stem a "p" runs down)."""
    depth = max(2, (x1 - x0) // 2)
    strip = bitmap.crop((max(0, x0 - 1), y1 + 3, x1 + 2, y1 + 3 + depth)).tobytes()
    return sum(strip) > 0


def find_tick_box(
    image: Image.Image, box: tuple[int, int, int, int], *, gap_after: bool = False
) -> tuple[str, int] | None:
    """The mark ("☐"/"☒") and the x of the right side (pixels) of a tick box at `box`, or None.

    A box is four straight sides of about the same length, close to the word's own size (a table
    cell around a digit is far larger, a letter has curves or open sides).
    """
    left, top, right, bottom = box
    size = max(right - left, bottom - top)
    if size < 8 or size > 150 or not 0.3 <= (right - left) / max(1, bottom - top) <= 2.0:
        return None
    pad = max(2, size // 3)
    bitmap = image.crop((left - pad, top - pad, right + pad, bottom + pad)).point(
        lambda v: 1 if v < 128 else 0
    )
    width = bitmap.width
    pixels = bitmap.tobytes()
    rows = _row_runs(bitmap)
    across_run = max(rows)
    if across_run < 8:
        return None
    # The sides nearest the word's centre on either side: other lines nearby (text above, the
    # next word's stem) are not the box.
    centre_x, centre_y = (right - left) / 2 + pad, (bottom - top) / 2 + pad
    top_bottom = _sides_around(rows, across_run, centre_y)
    if top_bottom is None:
        return None
    y0, y1 = top_bottom
    if y1 - y0 < 8:
        return None
    # The upright sides are looked for only between the top and bottom ones, so text above or
    # below the box (a cedilla, the line above) does not count.
    band = bitmap.crop((0, y0, width, y1 + 1)).transpose(Image.Transpose.ROTATE_270)
    columns = _row_runs(band)  # rows of the turned band are the columns, left to right
    down_run = max(columns)
    if down_run < 8 or not 0.75 <= across_run / down_run <= 1.33:
        return None
    left_right = _sides_around(columns, down_run, centre_x)
    if left_right is None:
        return None
    x0, x1 = left_right
    # Two sides each way, as far apart as the sides are long: a square outline.
    if not (0.75 * down_run <= y1 - y0 <= 1.1 * down_run):
        return None
    if not (0.75 * across_run <= x1 - x0 <= 1.1 * across_run):
        return None
    if not 0.35 * size <= x1 - x0 <= 1.6 * size:
        return None

    # A box is drawn with one thin pen all round; a letter's stem is thicker than its bars.
    def thickness(runs: list[int], at: int, longest: int) -> int:
        start = end = at
        while start > 0 and runs[start - 1] >= 0.8 * longest:
            start -= 1
        while end + 1 < len(runs) and runs[end + 1] >= 0.8 * longest:
            end += 1
        return end - start + 1

    pens = [
        thickness(rows, y0, across_run),
        thickness(rows, y1, across_run),
        thickness(columns, x0, down_run),
        thickness(columns, x1, down_run),
    ]
    if max(pens) > max(3, 0.16 * (y1 - y0)) or max(pens) > 2 * min(pens) + 1:
        return None

    # Each side is drawn from corner to corner (not two glyphs' strokes that happen to line up).
    def covered(x_from: int, y_from: int, x_to: int, y_to: int) -> float:
        strip = bitmap.crop((x_from, y_from, x_to + 1, y_to + 1)).tobytes()
        return sum(strip) / max(1, len(strip))

    sides = (
        max(covered(x0, y, x1, y) for y in (y0 - 1, y0, y0 + 1)),
        max(covered(x0, y, x1, y) for y in (y1 - 1, y1, y1 + 1)),
        max(covered(x, y0, x, y1) for x in (x0 - 1, x0, x0 + 1)),
        max(covered(x, y0, x, y1) for x in (x1 - 1, x1, x1 + 1)),
    )
    if min(sides) < 0.85:
        return None
    # ...and four square corners, where an "O" or "D" has round ones.
    reach = max(1, (y1 - y0) // 10)
    for cx, cy in ((x0, y0), (x1, y0), (x0, y1), (x1, y1)):
        corner = bitmap.crop((cx - reach, cy - reach, cx + reach + 1, cy + reach + 1)).tobytes()
        if sum(corner) < reach + 1:
            return None
    inset = max(2, round(0.18 * (y1 - y0)))
    inside = [
        pixels[y * width + x]
        for y in range(y0 + inset, y1 - inset + 1)
        for x in range(x0 + inset, x1 - inset + 1)
    ]
    if not inside:
        return None
    if gap_after:
        # A box run into the next word is followed by a space; a letter ("D" of "Datums") by
        # the next letter, a stroke's width away. The gap starts past the side's own thickness.
        outer = x1
        while outer + 1 < len(columns) and columns[outer + 1] >= 0.5 * down_run:
            outer += 1
        gap = bitmap.crop((outer + 2, y0, outer + 2 + max(3, (y1 - y0) // 4), y1 + 1)).tobytes()
        if sum(gap) > 1:
            return None
        x1 = outer
    dark = sum(inside) / len(inside)
    right_side = left - pad + x1
    if dark <= _EMPTY_INSIDE:
        if y1 - y0 < 0.6 * (bottom - top) and _ink_below(bitmap, x0, x1, y1):
            # An empty square half the word's height with ink right under it is a glyph's
            # closed bowl (a small scan's "9." of a date, its tail below the square), not a
            # box; a box glued to its option's word ("[Jā") has nothing under it.
            return None
        return EMPTY_BOX, right_side
    if dark >= _TICKED_INSIDE:
        return TICKED_BOX, right_side
    return None


def mend_tick_boxes(image: Image.Image, lines: list[Line]) -> list[Line]:
    """Short words that are really tick boxes become "☐"/"☒" (what a text layer would say)."""
    mended: list[Line] = []
    for line in lines:
        new_line: Line = []
        for text, box, conf in line:
            found = None
            if len(text) <= 3 and text not in (EMPTY_BOX, TICKED_BOX):
                found = tick_box(image, box)
                if found is None and not any(ch.isdigit() for ch in text):
                    # A figure is a figure (a row's number in its cell): only letters and
                    # brackets are a box misread.
                    found, box = _overshot_box(image, box)
                if found is not None:
                    text, conf = found, BOX_CONFIDENCE
                elif not new_line and _CROSSED_BOX_READ.fullmatch(text) and len(line) > 1 \
                        and line[1][0][:1].islower():
                    # A pen's cross over a box, reaching out of it: its sides no longer make a
                    # box, and OCR read the walls and the cross as letters ("IX]", "IK[") before
                    # an option's word. Crossed, but only a guess (a person confirms).
                    text, conf = TICKED_BOX, CROSSED_BOX_CONFIDENCE
            if found is None and len(text) > 2 and text[0] in _BOX_LOOKALIKES and text[1].isalpha():
                # The box run into the word after it ("[Jā", "DNē"): split it off if the
                # word's left end is a box as tall as the word.
                left, top, right, bottom = box
                side = bottom - top
                split = find_tick_box(
                    image, (left, top, min(right, left + side), bottom), gap_after=True
                )
                if split is not None:
                    mark, box_right = split
                    new_line.append((mark, (left, top, box_right, bottom), BOX_CONFIDENCE))
                    text, box = text[1:], (box_right + max(1, side // 4), top, right, bottom)
            new_line.append((text, box, conf))
        mended.append(new_line)
    return mended


# --------------------------------------------------------------------------------------------
# Image preparation (cheap: Pillow only, on a reduced copy where it can)


# The darkest 1 % of a page this bright is paper, not ink: a nearly empty page (a form's last
# page with three lines on it) whose ink is less than 1 % of it.
INK_SHARE_PAPER_FROM = 200


def clean_background(image: Image.Image) -> Image.Image:
    """Greyscale with the grey paper pushed to white and the ink to black (one lookup table).
    On a nearly empty page the darkest 1 % is the paper's grain: cutting it as ink would
    stretch the grain to black and the text would drown in it, so only the bright end is cut."""
    grey = image.convert("L") if image.mode != "L" else image
    # Grain: the paper's own darkest 5 % below its median (an even paper, however sparse its
    # ink, keeps the cut: its darkest 1 % is the ink's edge, not the paper).
    if _percentile(grey, 0.01) >= INK_SHARE_PAPER_FROM \
            and _percentile(grey, 0.05) < _percentile(grey, 0.5):
        return ImageOps.autocontrast(grey, cutoff=(0, 1))
    return ImageOps.autocontrast(grey, cutoff=1)


# A scanner's shadow where a bound or folded page did not lie flat: a grey band from edge to edge.
BAND_PAPER_BELOW = 235  # a column (or row) whose paper is darker than this lies in a shadow
BAND_PAGE_FROM = 245  # when the page's paper elsewhere is this white (a scan, not a photo)
# A grainy grey scan's paper (a cheap copier, a heavy JPEG: 225-245 before the stretch; a
# photo's is under 210) has bands too, a fold's core darker than its print: the contrast
# stretch would make that core black, so such a page's band is divided out before the
# stretch, where it is this much darker than the paper beside it.
BAND_GREY_PAGE_FROM, BAND_BELOW_PAPER = 224, 8


def lift_shadow_bands(grey: Image.Image, *, grey_paper: bool = False) -> Image.Image:
    """A scan with its shadow bands divided out, or the scan as it was (`grey_paper`: only a
    grainy grey scan's, before its contrast is stretched).

    A band of grey across the whole page makes the ink profiles take the page for one lying on
    its side and Tesseract's layout drop the text under it as a picture. The paper's brightness
    is measured per column and per row (its 90th percentile: ink is never most of a column) on
    an eighth-size page; only a page with such a band is divided by it."""
    quarter = quarter_size(grey)
    small = np.asarray(quarter.reduce(2) if min(quarter.size) >= 200 else quarter,
                       dtype=np.float32)
    if min(small.shape) < 20:
        return grey
    axes = []
    for axis in (0, 1):
        # Every third line across the band is sample enough for the paper's brightness (~3 ms).
        sample = small[::3, :] if axis == 0 else small[:, ::3]
        paper = np.percentile(sample, 90, axis=axis)
        page_paper = float(np.median(paper))
        if grey_paper and not BAND_GREY_PAGE_FROM <= page_paper < BAND_PAGE_FROM:
            continue
        below = page_paper - BAND_BELOW_PAPER if grey_paper else BAND_PAPER_BELOW
        dark = np.flatnonzero(paper < below)
        edge = max(1, len(paper) // 30)
        # A band inside the page on a white scan; dark edges are a photo's table (flatten_photo).
        if len(dark) and (grey_paper or page_paper >= BAND_PAGE_FROM) and dark[0] >= edge \
                and dark[-1] < len(paper) - edge and len(dark) <= len(paper) // 10:
            axes.append(axis)
    if not axes:
        return grey
    # The band's edge is sharp: its light is measured again at full size (~0.2 s, such
    # pages only), or a dark line is left at the edge for Tesseract to take for a rule.
    pixels = np.asarray(grey, dtype=np.float64)
    for axis in axes:
        light = np.maximum(np.percentile(pixels, 90, axis=axis), 1.0)
        pixels = pixels * (255.0 / (light[np.newaxis, :] if axis == 0 else light[:, np.newaxis]))
    return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8), mode="L")


# A phone photo: the paper lies on a darker table, lit unevenly. Measured on a map of the page's
# brightness in blocks of this many pixels (a scanner's page is white to its edges: nothing to do).
PAPER_BLOCK = 16
UNEVEN_BELOW = 200  # the darkest 5 % of the paper-brightness map under this: a photo's page
PAPER_WHITE = 210  # after the light is divided out, paper and its noise are above this; ink not
# The page's darkest 1 % once its light is divided out: ink is darker than this (set U-X's
# photos 0-96); a short paper's darkest 1 % is the camera's grain (set W's: 159 and 192).
GRAIN_FROM = 128


def _percentile(image: Image.Image, share: float) -> int:
    return _percentile_of(image.histogram(), share)


def _percentile_of(histogram: list[int], share: float) -> int:
    total, seen = sum(histogram), 0
    for value, count in enumerate(histogram):
        seen += count
        if seen >= share * total:
            return value
    return 255


def flatten_photo(grey: Image.Image) -> Image.Image:
    """A photographed page as if scanned: the shadows and the light's fall-off divided out, the
    table around the paper (and the paper's edges) made white; a scan comes back as it was.

    The table's dark bands and the paper's edges would otherwise dominate the ink profiles the
    page's orientation is read from (a photo read sideways) and Tesseract's binarisation (grey
    shadows read as ink). Costs ~2 ms to decide on a scan and ~0.1 s for a photo."""
    if min(grey.size) < 20 * PAPER_BLOCK:
        return grey
    # First the cheap look (one pixel in 32 x 32, ~2 ms on A4 at 300 dpi): a scan's page is
    # white somewhere near every pixel looked at.
    sample = grey.resize((grey.width // (2 * PAPER_BLOCK), grey.height // (2 * PAPER_BLOCK)),
                         Image.Resampling.NEAREST)
    if _percentile(sample.filter(ImageFilter.MaxFilter(3)), 0.05) >= UNEVEN_BELOW:
        return grey
    # The paper's own brightness around each block: the brightest nearby, so ink does not count
    # (the white between the lines of a dense table first, then between the blocks).
    blocks = grey.reduce(PAPER_BLOCK // 4).filter(ImageFilter.MaxFilter(3)).reduce(4)
    paper = blocks.filter(ImageFilter.MaxFilter(5))
    light = paper.filter(ImageFilter.GaussianBlur(2)).resize(grey.size, Image.Resampling.BILINEAR)
    flat = ImageMath.lambda_eval(lambda a: a["g"] * 255 / (a["b"] + 1), g=grey, b=light)
    flat = flat.convert("L")
    # Dividing leaves a dark band where the table meets the paper (the table divided by the
    # paper's light). The table is where even the brightest pixel near by is dark (the paper's
    # ink always has paper beside it); it is whitened with one block more, the paper's edge.
    # Only dark blocks reaching the picture's edge are the table: a form's dark section bar
    # inside the page is as dark, and whitening it took its heading and half the values in the
    # shaded fields beside it (a photographed application lost its child's name so).
    table = _table_around(blocks).filter(ImageFilter.MaxFilter(3))
    table = table.resize(grey.size, Image.Resampling.NEAREST)
    flat.paste(255, mask=table)
    # Dividing brings up the camera's noise on the paper with the paper: paper white again.
    # The stretch takes the page's darkest 1 % for black: its ink, where the paper has print
    # enough. A short paper (a few lines on an empty page) has less ink than that, and its
    # darkest 1 % is the camera's grain: stretched to black, the grain drowned the print and
    # Tesseract read nothing at all. Then only the paper's end is cut.
    page_dark = _percentile_of(flat.histogram(mask=ImageOps.invert(table)), 0.01)
    cutoff = 1 if page_dark < GRAIN_FROM else (0, 1)
    stretched = ImageOps.autocontrast(flat, cutoff=cutoff).point(
        lambda v: 255 if v > PAPER_WHITE else v)
    return _sharp_shadows_evened(stretched)


# A shadow with a sharp edge (a phone's or a hand's, falling over part of the page): the light
# map above is smooth, so it bridges the edge, and a strip of the shadow beside it stays grey
# once divided (a set's photographed timesheet: 60 px from 250 down to 150 grey), the glyphs
# cut by it read wrong or not at all ("18.02" lost, "Kopā" read "pā"). After the division every
# column of paper is white at its middle (its median: ink is never most of it); a run of columns
# whose median is still grey, white paper on both sides, is such a strip and is divided by its
# own median. Only grey, never ink: a table's rule is thinner than a run and darker than
# SHADOW_MEDIAN_FROM. Columns only: a row running along a line of print is as grey at its
# median (evening rows too changed readings of other sets' photos both ways).
SHADOW_MEDIAN_BELOW = 217  # a column's median under this once flattened lies in a shadow
SHADOW_MEDIAN_FROM = 96  # darker is ink (a rule, a filled bar), not paper in a shadow
SHADOW_RUN_SHARE = 0.01  # a shadow's strip is at least this share of the page wide
# Only a strip print crosses is evened: a photographed monitor's viewer margins are grey strips
# as sharp, but empty (their ink share 0.04 %; the timesheet's shadow 1.6 %), and evening them
# changed how the whole photo read (a decision lost its ward's name).
SHADOW_PRINT_SHARE = 0.005


def _sharp_shadows_evened(flat: Image.Image) -> Image.Image:
    """`flat` (a photo already flattened) with the strips of columns a sharp shadow's edge
    left grey divided by their own median, or `flat` as it was when it has none (almost every
    other photo)."""
    pixels = np.asarray(flat, dtype=np.float32)
    changed = False
    for axis in (0,):  # columns only: a row that runs along a line of print is as grey
        median = np.median(pixels, axis=axis)
        grey = (median < SHADOW_MEDIAN_BELOW) & (median >= SHADOW_MEDIAN_FROM)
        shortest = max(2, round(SHADOW_RUN_SHARE * len(median)))
        lift = np.zeros(len(median), dtype=bool)
        start = None
        for at, value in enumerate(np.append(grey, False)):
            if value and start is None:
                start = at
            elif not value and start is not None:
                strip = pixels[:, start:at] if axis == 0 else pixels[start:at, :]
                # White paper on both sides: a strip running into a dark edge (the table, a
                # bar) is no shadow inside the page.
                inside = start > 0 and at < len(median) and \
                    min(median[start - 1], median[at]) >= SHADOW_MEDIAN_BELOW
                if inside and at - start >= shortest and \
                        float((strip < SHADOW_MEDIAN_FROM).mean()) >= SHADOW_PRINT_SHARE:
                    lift[start:at] = True
                start = None
        if not lift.any():
            continue
        factor = np.where(lift, 255.0 / np.maximum(median, 1.0), 1.0)
        pixels = pixels * (factor[np.newaxis, :] if axis == 0 else factor[:, np.newaxis])
        changed = True
    if not changed:
        return flat
    return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8), mode="L").point(
        lambda v: 255 if v > PAPER_WHITE else v)


# A form's answer fields shaded grey (and a fax's or carbon copy's grey, grainy paper): Tesseract's
# binarisation and layout drop the printed values inside such a field whole (set V's faxes and
# 150 dpi scans read their letterheads and nothing else), and the contrast stretch after it
# takes a field's grey for the page's darkest ink and blackens it. The paper's own brightness
# around each pixel is the page closed by a window wider than a letter's stroke (the strokes
# vanish, a field's grey stays to its edges); where that is grey, the page is divided by it: the
# field comes out white with its print black. Grey reaching the picture's edge is a photo's
# table or a scanner's lid, not a field: left to `flatten_photo`. Measured at quarter size
# first (~5 ms): a page without such fields is left as it was.
SHADE_STROKE_WINDOW = 9  # pixels at 300 dpi: wider than a bold 10 pt stroke, narrower than a field
SHADE_FROM, SHADE_BELOW = 100, 235  # the paper's brightness in a shaded field (darker: solid ink)
# The look at quarter size: this share of the page under this grey, inside the page, before the
# page is divided (~0.13 s). Set V's shaded forms 7-18 %; white scans 0.3-2.5 %.
SHADED_BELOW, SHADED_SHARE_FROM = 215, 0.05
# A page whose median is darker is a photo's, grey with its light (set V's and C's photos
# 187-207, scans and faxes 229-254): looked at again once flattened.
SCANNED_PAPER_FROM = 220


def whiten_shaded_fields(grey: Image.Image, *, dpi: int) -> Image.Image:
    """`grey` with its shaded fields and grey paper divided out to white, or as it was."""
    import cv2

    small = np.asarray(quarter_size(grey))
    if min(small.shape) < 20:
        return grey
    if np.median(small) < SCANNED_PAPER_FROM:
        return grey  # a photo's paper, grey with its light: flattened first (`flatten_photo`)
    kernel = cv2.getStructuringElement(cv2.MORPH_RECT, (3, 3))
    paper = cv2.morphologyEx(small, cv2.MORPH_CLOSE, kernel)
    grey_areas = (paper >= SHADE_FROM) & (paper < SHADED_BELOW)
    edge = np.asarray(_reaching_the_edge(
        Image.fromarray((grey_areas * 255).astype(np.uint8), mode="L"))) > 0
    if np.mean(grey_areas & ~edge) < SHADED_SHARE_FROM:
        return grey
    window = max(3, round(SHADE_STROKE_WINDOW * dpi / OCR_DPI)) | 1
    pixels = np.asarray(grey)
    paper = cv2.morphologyEx(
        pixels, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (window, window)))
    shaded = (paper >= SHADE_FROM) & (paper < SHADE_BELOW)
    if edge.any():
        reach = cv2.dilate(edge.astype(np.uint8), kernel)
        shaded &= cv2.resize(reach, (pixels.shape[1], pixels.shape[0]),
                             interpolation=cv2.INTER_NEAREST) == 0
    whitened = np.where(shaded, cv2.divide(pixels, paper, scale=255), pixels)
    return Image.fromarray(whitened.astype(np.uint8), mode="L")


# A notebook's or a pad's printed rules (lined or squared paper): light thin lines from one side
# of the paper to the other, at one pitch. Tesseract's binarisation takes them for ink: a page
# written by hand on squared paper read as a wall of "| Ī : Las 1 i + |" and not one row of its
# hours, on lined paper the rules cut through the hand's letters. Measured along the lines: the
# page blurred along a quarter inch (a hand's strokes and the paper's grain fade, a rule stays)
# and compared with the page a few pixels above and below it.
RULE_ALONG_INCH = 0.25
RULE_CONTRAST_FROM, RULE_CONTRAST_BELOW = 12, 90  # a printed rule's grey; darker is a pen's line
RULE_REACH = 0.5  # of the page's width: a rule crosses the paper, a hand's stroke does not
RULES_FROM = 8  # rules at one pitch: a notebook's page (a form's few rules are not)
RULE_PITCH_SPREAD = 0.2  # each gap this close to a whole number of the pitch
# Once the rules are known, a pixel this little darker than the paper around it is paper: the
# rules' grey (set ZH's photos: 40-70 below the paper) goes, a pen's ink (110 and more) stays.
RULE_INK_FROM = 95
RULES_LOOKED_AT_DPI = 100
RULED_GAIN = 0.15  # the reading without the rules this much surer, or the first one stays


def _rules_across(pixels: np.ndarray, dpi: int) -> list[float]:
    """The rows of light thin lines crossing the page (the page's rows: pass it turned for its
    columns)."""
    import cv2

    along = max(9, round(dpi * RULE_ALONG_INCH))
    step = max(2, round(dpi / 60))
    blur = cv2.blur(pixels, (along, 1)).astype(np.int16)
    contrast = np.zeros_like(blur)
    contrast[step:-step] = np.minimum(blur[:-2 * step], blur[2 * step:]) - blur[step:-step]
    found = ((contrast >= RULE_CONTRAST_FROM) & (contrast < RULE_CONTRAST_BELOW)).astype(np.uint8)
    width = pixels.shape[1]
    if int(np.count_nonzero(found)) < RULES_FROM * RULE_REACH * width:
        return []  # not ink enough for the rules of a page
    line = cv2.dilate(found, np.ones((3, 1), np.uint8))  # a rule a photo tilted steps a row
    count, _, stats, _ = cv2.connectedComponentsWithStats(line, connectivity=8)
    return sorted(float(stats[i][cv2.CC_STAT_TOP] + stats[i][cv2.CC_STAT_HEIGHT] / 2)
                  for i in range(1, count)
                  if stats[i][cv2.CC_STAT_WIDTH] >= RULE_REACH * width
                  and stats[i][cv2.CC_STAT_HEIGHT] <= max(6, 0.03 * width))


def _at_one_pitch(rules: list[float]) -> bool:
    """Whether enough rules stand at one pitch (a rule a line of writing hid leaves a gap of two
    pitches: still the pitch)."""
    gaps = [b - a for a, b in pairwise(rules) if b - a >= 3]
    if len(gaps) + 1 < RULES_FROM:
        return False
    pitch = float(np.median(gaps))
    even = [g for g in gaps if abs(g / pitch - round(g / pitch)) <= RULE_PITCH_SPREAD
            and round(g / pitch) >= 1]
    return len(even) + 1 >= RULES_FROM and len(even) >= 0.7 * len(gaps)


def without_paper_rules(grey: Image.Image, *, dpi: int) -> Image.Image:
    """A page written on lined or squared paper with the paper's rules made white (everything
    lighter than a pen's ink, against the paper around it); any other page as it was."""
    import cv2

    pixels = np.asarray(grey)
    if min(pixels.shape) < 100:
        return grey
    # Looked for at about 100 dpi (a notebook's rules are wider than a pixel there; ~0.1 s an
    # A4 page at 300 dpi), whitened at full size on a ruled page only.
    factor = max(1, dpi // RULES_LOOKED_AT_DPI)
    small = np.asarray(grey.reduce(factor)) if factor > 1 else pixels
    if not (_at_one_pitch(_rules_across(small, dpi // factor))
            or _at_one_pitch(_rules_across(np.ascontiguousarray(small.T), dpi // factor))):
        return grey
    window = max(5, round(dpi / 12)) | 1  # wider than a stroke or a rule: the paper around it
    paper = cv2.blur(cv2.dilate(pixels, np.ones((window, window), np.uint8)), (window, window))
    darker = cv2.subtract(paper, pixels)
    return Image.fromarray(np.where(darker < RULE_INK_FROM, 255, pixels).astype(np.uint8),
                           mode="L")


# The table meets the paper at a step: the paper's brightness just outside the dark part that
# reaches the picture's edge is this much above the brightness just inside it (photos of sets
# A-ZH: 56-171). A page lit from one side, or scanned book-style with its binding's shadow, has
# no table but a fall-off of light across the paper itself (set ZG's: 4-5 levels at the mid
# cut), and whitening the dim half as table took the half of every line on it, the type lost.
TABLE_STEP_FROM = 30
TABLE_CUT_STEP = 8  # darker cuts tried, this many levels apart, for the edge's own step


def _step_at_edge(blocks: np.ndarray, mask: np.ndarray) -> float:
    """How much brighter the blocks just outside `mask` are than those just inside it (0 when
    it has no inside or no outside)."""
    import cv2

    kernel = np.ones((3, 3), np.uint8)
    outside = (cv2.dilate(mask.astype(np.uint8), kernel) > 0) & ~mask
    inside = mask & (cv2.dilate((~mask).astype(np.uint8), kernel) > 0)
    if not outside.any() or not inside.any():
        return 0.0
    return float(np.median(blocks[outside]) - np.median(blocks[inside]))


def _table_around(blocks: Image.Image) -> Image.Image:
    """The blocks of a photo's table (dark, reaching the picture's edge, met by the paper at a
    step), white on black; an empty mask when the dark is the paper's own light falling off.

    The cut half way between the page's darkest and brightest blocks finds the table around
    almost every photo. When the edge it draws is no step (the fall-off of light across the
    paper), darker cuts are tried: a book's binding, or the next page's edge, dark beside the
    paper's dim side, is met at a step of its own and only it is the table."""
    cut = (_percentile(blocks, 0.05) + _percentile(blocks, 0.95)) // 2
    pixels = np.asarray(blocks)
    darkest = _percentile(blocks, 0.001)
    while cut > darkest:
        table = _reaching_the_edge(blocks.point(lambda v, c=cut: 255 if v < c else 0))
        mask = np.asarray(table) > 0
        if not mask.any():
            break
        if _step_at_edge(pixels, mask) >= TABLE_STEP_FROM:
            return table
        cut -= TABLE_CUT_STEP
    return Image.new("L", blocks.size, 0)


def _reaching_the_edge(mask: Image.Image) -> Image.Image:
    """The parts of a block mask that reach the picture's edge: the table around a photographed
    page does; a form's shaded field inside the page, dark as the table on a grey fax, does not
    (whitened as table, set V's faxed forms lost every value written in their fields)."""
    import cv2

    pixels = np.asarray(mask) > 0
    count, labels = cv2.connectedComponents(pixels.astype(np.uint8), connectivity=8)
    if count <= 1:
        return mask
    edge = np.unique(np.concatenate([labels[0, :], labels[-1, :], labels[:, 0], labels[:, -1]]))
    edge = edge[edge != 0]
    return Image.fromarray((np.isin(labels, edge) * 255).astype(np.uint8), mode="L")


_QUARTER = threading.local()


def quarter_size(image: Image.Image) -> Image.Image:
    """`image` at a quarter of its size, made once for the several looks a page gets (its
    band, its orientation, its unread ink: ~8 ms each on A4 at 300 dpi)."""
    last = getattr(_QUARTER, "last", None)
    if last is not None and last[0] is image:
        return last[1]
    small = image.reduce(4) if min(image.size) >= 400 else image
    _QUARTER.last = (image, small)
    return small


def _ink(image: Image.Image) -> Image.Image:
    """A quarter-size map of the dark pixels (255 = ink), what the profiles are computed on."""
    small = quarter_size(image)
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
    ink = ink.reduce(2) if min(ink.size) >= 200 else ink
    across_rows = across_columns = 0.0
    # A few degrees of skew smear a profile; the best of a few tilts is the page's own.
    for tilt in (-6, -3, 0, 3, 6):
        tilted = ink.rotate(tilt, resample=Image.Resampling.NEAREST, fillcolor=0) if tilt else ink
        rows = tilted.resize((1, tilted.height), Image.Resampling.BOX).tobytes()
        columns = tilted.resize((tilted.width, 1), Image.Resampling.BOX).tobytes()
        across_rows = max(across_rows, _variance(rows))
        across_columns = max(across_columns, _variance(columns))
    return across_columns > 0 and across_rows / across_columns < SIDEWAYS_RATIO


def ascender_ratio(image: Image.Image) -> float | None:
    """Ink above the x-height band over ink below it, summed over the text lines of the page.

    Latvian print has far more above the band (capitals, b d k l t, the marks of ā č ē ī š ū ž)
    than below it (g j p y, the cedillas of ģ ķ ļ ņ): on the sample scans 1.7-3.2 for upright
    pages and 0.4-0.8 for the same pages upside down. Lines are found in narrow vertical strips
    at half size, so a skew of a few degrees does not merge them. None when there is too little
    text to tell.
    """
    half = image.reduce(2) if min(image.size) >= 400 else image
    ink = half.point(lambda v: 255 if v < 128 else 0)
    width, height = ink.size
    strip = max(40, width // 8)
    above = below = 0
    for k in range(1, 7):
        left = int(width * k / 8) - strip // 2
        column = ink.crop((left, 0, left + strip, height))
        profile = column.resize((1, height), Image.Resampling.BOX).tobytes()
        row = 0
        while row < height:
            if not profile[row]:
                row += 1
                continue
            start = row
            while row < height and profile[row]:
                row += 1
            band = profile[start:row]
            if not 6 <= len(band) <= 80:  # specks, pictures, rules: not a line of text
                continue
            peak = max(band)
            core = [i for i, v in enumerate(band) if v >= 0.4 * peak]
            above += sum(band[: core[0]])
            below += sum(band[core[-1] + 1 :])
    if above + below < 300:
        return None
    return above / max(below, 1)


def looks_upside_down(image: Image.Image) -> bool | None:
    """True/False when the ascender test is clear, None when it is not."""
    ratio = ascender_ratio(image)
    if ratio is None or UPSIDE_DOWN_BELOW < ratio < UPRIGHT_ABOVE:
        return None
    return ratio <= UPSIDE_DOWN_BELOW


def _median(values: list[float]) -> float:
    ordered = sorted(values)
    middle = len(ordered) // 2
    return ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2


def skew_from_lines(lines: list[Line], *, min_words: int = 4) -> float | None:
    """Degrees counter-clockwise that level the lines, from the word boxes Tesseract found.

    Tesseract reads lines a few degrees off level and reports each word's box where it lies, so
    the drift of the word centres along each long line is the skew, for free: the median over
    lines of each line's median pairwise slope (robust to tall capitals and descenders). None
    when no line has enough words to tell.
    """
    slopes: list[float] = []
    for line in lines:
        if len(line) < min_words:
            continue
        centres = [((b[0] + b[2]) / 2, (b[1] + b[3]) / 2) for _t, b, _c in line]
        pairs = [
            (y2 - y1) / (x2 - x1)
            for i, (x1, y1) in enumerate(centres)
            for x2, y2 in centres[i + 1 :]
            if x2 - x1 > 50  # pixels: words far enough apart for the drift to show
        ]
        if pairs:
            slopes.append(_median(pairs))
    if len(slopes) < 2:
        return None
    # A line going down to the right is turned clockwise: levelling it turns counter-clockwise.
    return round(math.degrees(math.atan(_median(slopes))), 2)


@dataclass(frozen=True, slots=True)
class LevelReading:
    """A page read with its skew dealt with: in the pixels (large) or in the boxes (small)."""

    image: Image.Image  # what Tesseract read
    lines: list[Line]  # pixel boxes in `image`
    skew: float  # degrees counter-clockwise that level the lines
    box_skew: float  # the part of `skew` still to apply to the boxes (not to the pixels)


def read_level(image: Image.Image, *, dpi: int) -> LevelReading:
    """Read a page whose lines may be a little askew.

    Tesseract reads lines a few degrees off level about as well as level ones, so the page is
    read as it is, the skew measured from the word boxes, and taken out of the boxes afterwards
    (free) instead of out of the pixels beforehand (0.25 s a page to measure and rotate). Only a
    page beyond `ROTATE_PIXELS_FROM`, or one whose lines Tesseract broke where they stepped
    (`broken_lines`), is turned level and read again.
    """
    lines = recognise_lines(image, dpi=dpi)
    angle = skew_from_lines(lines)
    if angle is None or abs(angle) < MIN_SKEW_DEGREES or abs(angle) > MAX_SKEW_DEGREES:
        return LevelReading(image, lines, 0.0, 0.0)
    # A reading with broken lines has lost their order: the level one wins unless it is
    # clearly worse (the broken halves were each read about as surely as the whole).
    margin = 0.0
    broken = abs(angle) < ROTATE_PIXELS_FROM
    if broken:
        # A hand-filled photo is left as read: its values are the hand's, which a levelled
        # reading loses as readily as it mends a printed line.
        if abs(angle) < BROKEN_FROM_DEGREES or looks_hand_filled(lines) \
                or not broken_lines(lines, angle, image):
            return LevelReading(image, lines, angle, angle)
        margin = BROKEN_CONFIDENCE_MARGIN
    elif not looks_hand_filled(lines):
        # A typed page this far askew: Tesseract's reading of it may be about as sure as the
        # level one (set ZK's opinion: 0.953 against 0.946) while its lines are cut where they
        # step and read again by the block reading as doubles ("uz uz nenoteiktu nenoteiktu
        # laiku laiku"): the level one wins unless clearly less sure. A hand's page keeps the
        # stricter test.
        margin = LEVEL_TYPED_MARGIN
    level = image.rotate(angle, resample=Image.Resampling.BILINEAR, fillcolor=255)
    level_lines = recognise_lines(level, dpi=dpi)
    if line_confidence(level_lines) < line_confidence(lines) - margin or (
            broken and unread_ink.sure_chars(level_lines) < unread_ink.sure_chars(lines)):
        return LevelReading(image, lines, angle, angle)
    return LevelReading(level, level_lines, angle, 0.0)


# Two pieces of one line: at the same level once the boxes are levelled, the second starting
# no further after the first than a space between words (a column's gap is several).
BROKEN_GAP_HEIGHTS = 0.35
BROKEN_LEVEL_HEIGHTS = 0.5
BROKEN_CONFIDENCE_MARGIN = 0.05
LEVEL_TYPED_MARGIN = 0.02
# Below this a line steps less than its height across a page: a piece Tesseract cut off is a
# word at a line's end the grammar survives, while the levelled reading redraws a table's
# slanted rules crisp and Tesseract reads them as "|" glued to the cells' words (set A's
# scan_0140 at 1.4 degrees lost a task's end so).
BROKEN_FROM_DEGREES = 2.0


def broken_lines(lines: list[Line], angle: float,
                 image: Image.Image) -> list[tuple[int, int]]:
    """The pairs of lines Tesseract made of one line of a page read askew: a line whose text
    steps down (or up) by more than its height across the page is cut where it steps, often in
    the middle of a word ("IESNIEGUM" | "S ASISTENTA PAKALPOJUMA SAŅEMŠANAI"), and the halves
    are two lines ordered by their tops. Levelled, the halves stand at one height, the second
    beginning where the first ends."""
    cos, sin = math.cos(math.radians(angle)), math.sin(math.radians(angle))
    cx, cy = image.width / 2, image.height / 2
    spans = []
    for line in lines:
        sure = [b for _t, b, c in line if c >= JUNK_BELOW] or [b for _t, b, _c in line]
        height = _median([b[3] - b[1] for b in sure])
        levelled = [cy - ((b[0] + b[2]) / 2 - cx) * sin + ((b[1] + b[3]) / 2 - cy) * cos
                    for b in sure]
        spans.append((min(b[0] for b in sure), max(b[2] for b in sure), _median(levelled),
                      height))
    found = []
    for i, (_left_a, right_a, level_a, height_a) in enumerate(spans):
        for j, (left_b, _right_b, level_b, height_b) in enumerate(spans):
            height = max(height_a, height_b)
            if i != j and -BROKEN_GAP_HEIGHTS * height <= left_b - right_a \
                    <= BROKEN_GAP_HEIGHTS * height \
                    and abs(level_a - level_b) <= BROKEN_LEVEL_HEIGHTS * height \
                    and 0.67 <= height_a / max(height_b, 1) <= 1.5:
                found.append((i, j))
    return found


def quarter_turn_read(lines: list[Line]) -> int | None:
    """The clockwise turn (90 or 270) that sets a page upright when Tesseract read its lines
    running up or down it, or None: most words of three or more letters have boxes taller than
    wide, and the words of a line follow one another up the page (90) or down it (270)."""
    long = [(text, box) for line in lines for text, box, _conf in line if len(text) >= 3]
    standing = [box for _text, box in long if (box[3] - box[1]) > 1.5 * (box[2] - box[0])]
    if len(long) < 6 or len(standing) < 0.6 * len(long):
        return None
    up = down = 0
    for line in lines:
        for (_t1, a, _c1), (_t2, b, _c2) in pairwise(line):
            if b[1] < a[1]:
                up += 1
            elif b[1] > a[1]:
                down += 1
    if up == down:
        return None
    # Words following one another upwards: the page's top is on its left, a clockwise turn.
    return 90 if up > down else 270


def line_confidence(lines: list[Line]) -> float:
    """Confidence averaged over characters, so stray one-letter specks weigh little."""
    chars = sum(len(text) for line in lines for text, _box, _conf in line)
    if chars == 0:
        return 0.0
    return sum(conf * len(text) for line in lines for text, _box, conf in line) / chars


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
    # A scan's shaded fields go before the contrast stretch, a photo's once it is flattened.
    grey = whiten_shaded_fields(image.convert("L") if image.mode != "L" else image, dpi=dpi)
    plain = clean_background(lift_shadow_bands(grey, grey_paper=True))
    unbanded = lift_shadow_bands(plain)
    flattened = flatten_photo(unbanded)
    grey = whiten_shaded_fields(flattened, dpi=dpi)
    rotation = 0
    if lines_run_vertically(grey):
        rotation = 90  # a quarter turn makes the lines run across; the test below says which
    elif looks_upside_down(grey):
        rotation = 180
    if rotation == 90:
        upside_down = looks_upside_down(turn_clockwise(grey, 90))
        if upside_down is None:
            # Unclear: ask OSD, on the middle third at half size (~0.4-0.9 s; the whole page
            # costs ~1.2 s); the lines there, running top to bottom, are a fair sample.
            third = grey.width // 3
            sample = grey.crop((third, 0, grey.width - third, grey.height)).reduce(2)
            rotation = detect_rotation(sample, dpi=max(dpi // 2, 50))
            rotation = rotation if rotation in (90, 270) else 90
        elif upside_down:
            rotation = 270
    grey = turn_clockwise(grey, rotation)
    reading = read_level(grey, dpi=dpi)
    if not reading.lines and flattened is not unbanded:
        # A photo of a monitor: the screen's moiré (fine grey waves across the whole picture)
        # is, once the light is divided out and stretched, dark streaks over every line, and
        # Tesseract takes the page for a picture and reads not one word. Dividing out the light
        # must never cost the whole page: read as it came (its contrast stretched) instead.
        plain = turn_clockwise(plain, rotation)
        again = read_level(plain, dpi=dpi)
        if again.lines:
            grey, reading = plain, again
    quarter = quarter_turn_read(reading.lines)
    if quarter is not None:
        # Tesseract read the lines running up or down the page (a ruled table fools the ink
        # profiles): its words are right but their boxes stand on end, so no line of the page
        # holds one row. A quarter turn the way the words run, and the page is read again.
        turned = read_level(turn_clockwise(grey, quarter), dpi=dpi)
        if quarter_turn_read(turned.lines) is None and \
                line_confidence(turned.lines) >= line_confidence(reading.lines) - 0.05:
            grey, reading = turn_clockwise(grey, quarter), turned
            rotation = (rotation + quarter) % 360
    if line_confidence(reading.lines) < UPRIGHT_MEAN_CONFIDENCE:
        # Read as nonsense on a notebook's lined or squared paper: the rules were taken for
        # ink. Read again without them, kept only when clearly better: a hand's table on
        # squares that Tesseract read (the hand recogniser mends the rest) read worse without
        # the squares, their crossings left as specks (set Y's photo: 0.22 -> 0.31, kept as
        # it was; set ZH's squared notebook 0.27 -> 0.45, a wall of strokes before).
        ruled = without_paper_rules(grey, dpi=dpi)
        if ruled is not grey:
            again = read_level(ruled, dpi=dpi)
            if line_confidence(again.lines) >= line_confidence(reading.lines) + RULED_GAIN:
                grey, reading = ruled, again
    if reading.lines and line_confidence(reading.lines) < UPRIGHT_MEAN_CONFIDENCE:
        # Lines run across but read as nonsense: the ascender test may have been fooled (few
        # lines, capitals only). Trying the other way round costs one more reading.
        turned = read_level(turn_clockwise(grey, 180), dpi=dpi)
        if line_confidence(turned.lines) > line_confidence(reading.lines):
            reading = turned
            rotation = (rotation + 180) % 360
    straight, skew = reading.image, reading.skew
    lines = without_lines_on_end(without_rules_read_as_words(reading.lines))
    lines = without_leaders_read_as_letters(lines)  # "Vārds CORE SIE JKK ... Anna Bērziņa"
    # The fax's transmission line goes after the second reading: it is read ink, not ink the
    # layout dropped, and the block reading would bring it back.
    lines, unread = read_what_layout_dropped(straight, lines, dpi=dpi)
    lines = without_fax_line(lines)
    # A date line stopped at its day: the month beside it read again (print, read surely).
    lines = reread_cut_dates(straight, lines, functools.partial(read_one_line, dpi=dpi))
    if not looks_hand_filled(lines):
        # A stamp over a typed line's middle: the words under it read again from dark ink.
        lines = reread_stamped_middles(straight, lines, functools.partial(read_one_line, dpi=dpi))
    lines = mend_email_addresses(straight, lines, dpi=dpi)
    lines = mend_codes(straight, lines, functools.partial(read_digit_line, dpi=dpi))
    lines = mend_roman_numerals(straight, lines)
    lines = mend_tick_boxes(straight, lines)
    # A table's short answers ("ir", "nav") Tesseract read in one row and dropped in the others
    lines = reread_answer_cells(straight, lines, functools.partial(read_one_line, dpi=dpi))
    # A screen's on/off switches before a list's lines
    lines = read_switches(straight, lines, functools.partial(read_one_line, dpi=dpi))
    try:
        lines = struck_out(straight, lines)  # a typed value struck through, its correction
    except MissingDependencyError:
        raise
    except Exception as exc:  # a fault in looking for strokes must not cost the page
        logging.getLogger(__name__).warning(
            "page %d: looking for struck values failed (%s); the page keeps its reading",
            page_number, type(exc).__name__)
    try:
        # values written by hand into the form
        lines = mend_handwriting(straight, lines, skew=reading.box_skew)
    except MissingDependencyError:
        raise
    except Exception as exc:
        logging.getLogger(__name__).warning(
            "page %d: the handwriting recogniser failed (%s); the page keeps Tesseract's reading",
            page_number, type(exc).__name__)
    lines = unread_ink.without_unread_doubt(lines, unread)
    lines = mark_column_rows(straight, lines)  # a hand X in an "Atzīme" column
    lines = answer_column_marks(straight, lines)  # an X in a "Jā"/"Nē" column OCR lost
    lines = underlined_options(straight, lines)  # a pen's stroke under the chosen option
    # An option a pen ringed, read again without its ring
    lines = ringed_options(straight, lines, functools.partial(read_one_line, dpi=dpi))
    lines = ringed_lost_answers(straight, lines)  # a ringed answer Tesseract lost
    lines = lost_crossed_boxes(straight, lines)  # a crossed box dropped beside an empty one
    lines = split_glued_values(lines)  # "uzvārdsRdfs": a hand's value run into its label
    lines = mend_hand_slips(lines)  # "personas kads 14116z-13727", "Vi ja Medne"
    words = place_words(
        lines,
        dpi=dpi,
        page_number=page_number,
        skew=reading.box_skew,
        centre=(straight.width / 2, straight.height / 2),
    )
    page = Page(
        number=page_number,
        width=round(straight.width * 72.0 / dpi, 2),
        height=round(straight.height * 72.0 / dpi, 2),
        words=words,
        source="ocr",
        rotation=rotation,
    )
    return OcrResult(page=page, image=straight, dpi=dpi, rotation=rotation, skew=skew)


def ocr_image(image: Image.Image, *, dpi: int = OCR_DPI, page_number: int = 0) -> Page:
    """OCR a page image (any mode) scanned at `dpi`; words in points of the upright page."""
    return ocr_page_image(image, dpi=dpi, page_number=page_number).page


def render_pdf_page(path: Path, page_number: int, *, dpi: int = OCR_DPI) -> Image.Image:
    """A PDF page as a greyscale bitmap, refused before rendering when it would be too large."""
    with PDFIUM_LOCK:
        return _render_pdf_page(path, page_number, dpi=dpi)


def _render_pdf_page(path: Path, page_number: int, *, dpi: int) -> Image.Image:
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
                code="PAGE_TOO_LARGE",
            )
        image = _scanned_image(page, dpi=dpi)
        if image is None:
            bitmap = page.render(scale=dpi / 72.0, grayscale=True)
            image = bitmap.to_pil().convert("L")
        page.close()
        return image
    finally:
        pdf.close()


def _scanned_image(page: Any, *, dpi: int) -> Image.Image | None:
    """The page's scan taken straight from the file, scaled to `dpi`; None unless the page is
    nothing but one upright image filling it (what a scanner writes).

    Decoding the scan's own JPEG in grey and scaling it costs ~0.07 s where rendering the page
    costs ~0.14 s, for the same pixels; any other page is rendered.
    """
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    if page.get_rotation() % 360:
        return None
    objects = list(page.get_objects(max_depth=1))
    if len(objects) != 1 or not isinstance(objects[0], pdfium.PdfImage):
        return None
    picture = objects[0]
    a, b, c, d, _e, _f = picture.get_matrix().get()
    if b or c or a <= 0 or d <= 0:
        return None  # turned or mirrored on the page: let the renderer place it
    left, bottom, right, top = picture.get_bounds()
    x0, y0, x1, y1 = page.get_cropbox()
    if max(abs(left - x0), abs(bottom - y0), abs(right - x1), abs(top - y1)) > 1.0:
        return None  # not exactly the page: the renderer's placement matters
    width_px, height_px = picture.get_px_size()
    if width_px * height_px > MAX_PAGE_PIXELS:
        return None
    # A plain grey or RGB JPEG only: other encodings and colour spaces (masks, decode arrays,
    # CMYK, fax) are the renderer's business.
    filters = picture.get_filters()
    if not filters or filters[-1] != "DCTDecode":
        return None
    if picture.get_metadata().colorspace not in (
        pdfium_c.FPDF_COLORSPACE_DEVICEGRAY,
        pdfium_c.FPDF_COLORSPACE_DEVICERGB,
    ):
        return None
    buffer = io.BytesIO()
    try:
        picture.extract(buffer)
        buffer.seek(0)
        with Image.open(buffer) as scan:
            if scan.format == "JPEG":
                scan.draft("L", scan.size)
            grey = scan.convert("L")
    except Exception:
        return None
    target = (round((x1 - x0) * dpi / 72.0), round((y1 - y0) * dpi / 72.0))
    if grey.size != target:
        grey = grey.resize(target, Image.Resampling.BICUBIC)
    return grey


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
    "ocr_pdf_page_result",
    "render_pdf_page",
    "tesseract_command",
]
