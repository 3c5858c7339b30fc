"""A personal code OCR damaged, read again from its own crop.

One misread digit ("021172-15545" for 15945) fails the code's checksum; one dropped digit
("09060 21676") leaves ten. Either way the code's pixels are still on the page: its crop,
read as a single line of digits at a larger scale, usually gives the code whole. A reading
is taken only when its checksum holds, and when the page prints a date of birth, only when
the code's birth date is that date; readings that disagree with each other are no reading.
The page's words keep their places: the damaged words give way to one word, the code, at a
confidence under the sure bar (it was read twice, and chosen by its checksum).
"""

from __future__ import annotations

import re
from collections.abc import Callable

import numpy as np
from PIL import Image, ImageFilter

from ..forms.personal_code import is_valid_personal_code, normalize_personal_code

Box = tuple[int, int, int, int]
PixelLine = list[tuple[str, Box, float]]
# Reads a crop as one line of digits: the crop, its language, the scale it was enlarged by,
# whether to binarise it -> the text.
ReadDigits = Callable[[Image.Image, str, float, bool], str]

_CODE_WORD = re.compile(r"\d{6}\s*[-‐‑–—]?\s*\d{4,5}[.,;)]?")
_HALF = re.compile(r"\d{4,6}[-‐‑–—]?")
_REST = re.compile(r"[-‐‑–—]?\d{4,6}[.,;)]?")
# A speck splitting the six digits before the dash ("261. 175-16710"): no code is printed so.
_SPLIT_HEAD = re.compile(r"\d{1,5}[.,'`]?")
_SPLIT_TAIL = re.compile(r"\d{1,5}[-‐‑–—]\d{5}[.,;)]?")
# `eng` reads a typewriter's digits better than `lav` (which takes a bold 9 for a 3); a
# larger, binarised crop reads what the others blur.
READINGS = (("eng", 1.0, False), ("eng", 2.0, False), ("lav", 2.0, True))
REREAD_CONFIDENCE = 0.85  # under the sure bar: a value chosen among readings by its checksum
_DATE = re.compile(r"(?<!\d)(\d{2})\.(\d{2})\.(\d{4})(?!\d)")
Spot = tuple[int, int]  # (line, word)


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def _damaged(text: str) -> bool:
    """Ten digits, or eleven failing the checksum, that open as a code does (a birth date, or
    the new format's 32): a code OCR damaged, not a registration number."""
    digits = _digits(text)
    day, month = int(digits[:2] or 0), int(digits[2:4] or 0)
    if not (digits.startswith("32") or (1 <= day <= 31 and 1 <= month <= 12)):
        return False
    return len(digits) == 10 or (
        len(digits) == 11 and not is_valid_personal_code(f"{digits[:6]}-{digits[6:]}"))


def _next_word(lines: list[PixelLine], at: Spot) -> Spot | None:
    """The word after the one at `at`: the next on its line, or the first of another line
    level with it just to its right (a gap where a digit was lost splits Tesseract's line)."""
    i, k = at
    if k + 1 < len(lines[i]):
        return i, k + 1
    _t, (_l, top, right, bottom), _c = lines[i][k]
    height = max(1, bottom - top)
    for j, line in enumerate(lines):
        if j == i or not line:
            continue
        _t2, (left2, top2, _r2, bottom2), _c2 = line[0]
        level = min(bottom, bottom2) - max(top, top2) >= 0.5 * height
        if level and 0 <= left2 - right <= 2 * height:
            return j, 0
    return None


def _damaged_runs(lines: list[PixelLine]) -> list[list[Spot]]:
    """The words (one, or two split apart) that look like a code and fail as one."""
    runs = []
    for i, line in enumerate(lines):
        for k, (text, _box, _conf) in enumerate(line):
            if _CODE_WORD.fullmatch(text):
                if _damaged(text):
                    runs.append([(i, k)])
                continue
            if _SPLIT_HEAD.fullmatch(text) and k + 1 < len(line) and \
                    _SPLIT_TAIL.fullmatch(line[k + 1][0]) and \
                    len(_digits(text + line[k + 1][0])) == 11:
                runs.append([(i, k), (i, k + 1)])
                continue
            if not _HALF.fullmatch(text):
                continue
            nxt = _next_word(lines, (i, k))
            if nxt is not None and _REST.fullmatch(lines[nxt[0]][nxt[1]][0]) and \
                    _damaged(text + lines[nxt[0]][nxt[1]][0]):
                runs.append([(i, k), nxt])
    return runs


def _birth_dates(lines: list[PixelLine]) -> set[str]:
    """Dates printed on the page as DDMMYY, the way a code begins."""
    text = " ".join(w for line in lines for w, _b, _c in line)
    return {f"{d}{m}{y[2:]}" for d, m, y in _DATE.findall(text)}


def _crop(image: Image.Image, boxes: list[Box]) -> Image.Image:
    """The code's crop with its paper made even: a photocopy's shadow over one digit turns
    a 3 into an 8 for every reading, so each pixel is divided by its paper's brightness."""
    left, top = min(b[0] for b in boxes), min(b[1] for b in boxes)
    right, bottom = max(b[2] for b in boxes), max(b[3] for b in boxes)
    pad = max(4, (bottom - top) // 2)
    crop = image.convert("L").crop((max(0, left - pad), max(0, top - pad),
                                    min(image.width, right + pad),
                                    min(image.height, bottom + pad)))
    stroke = max(3, (bottom - top) // 3) | 1  # wider than a digit's stroke: the paper around it
    paper = crop.filter(ImageFilter.MaxFilter(stroke)).filter(ImageFilter.GaussianBlur(stroke))
    ink = np.asarray(crop, dtype=np.float32) / np.maximum(np.asarray(paper, dtype=np.float32), 1)
    return Image.fromarray(np.clip(ink * 255, 0, 255).astype(np.uint8))


def _reread(crop: Image.Image, read: ReadDigits) -> set[str]:
    """The valid codes the crop reads as, each way it is read."""
    found = set()
    for language, scale, binarise in READINGS:
        size = (max(1, round(crop.width * scale)), max(1, round(crop.height * scale)))
        code = normalize_personal_code(
            read(crop.resize(size, Image.Resampling.LANCZOS), language, scale, binarise))
        if code is not None and is_valid_personal_code(code):
            found.add(code)
    return found


def mend_codes(image: Image.Image, lines: list[PixelLine], read: ReadDigits) -> list[PixelLine]:
    """The lines with each damaged code read again from its crop where one reading holds."""
    runs = _damaged_runs(lines)
    if not runs:
        return lines
    born = _birth_dates(lines)
    mended = [list(line) for line in lines]
    gone: set[Spot] = set()
    for spots in runs:
        words = [lines[i][k] for i, k in spots]
        boxes = [b for _w, b, _c in words]
        codes = _reread(_crop(image, boxes), read)
        # A date of birth printed on the page picks the reading that begins with it.
        codes = {c for c in codes if c[:6] in born} or codes
        if len(codes) != 1:
            continue  # none holds, or two readings disagree: the damage stays visible
        box = (min(b[0] for b in boxes), min(b[1] for b in boxes),
               max(b[2] for b in boxes), max(b[3] for b in boxes))
        tail = re.search(r"[.,;)]$", words[-1][0])
        confidence = min(REREAD_CONFIDENCE, *(c for _w, _b, c in words))
        i, k = spots[0]
        mended[i][k] = (codes.pop() + (tail.group(0) if tail else ""), box, confidence)
        gone.update(spots[1:])
    return [[w for k, w in enumerate(line) if (i, k) not in gone]
            for i, line in enumerate(mended) if any((i, k) not in gone
                                                    for k in range(len(line)))]
