"""A Roman numeral OCR misread ("TI" for "II", "Il", "1I"), counted again from its pixels.

A disability group, a course or a month printed as I, II or III is a row of upright strokes;
Tesseract reads a serif's foot as a T's bar or a stroke as l or 1. Where a short word is
made only of such letters, the strokes are counted in its box: columns inked over most of
the box's height, in separate runs. The count is the numeral. A word with a period (an
initial, "T.") or of one letter is a name's, not a numeral, and is left alone.
"""

from __future__ import annotations

import re

import numpy as np
from PIL import Image

Box = tuple[int, int, int, int]
PixelLine = list[tuple[str, Box, float]]

_LOOKS_ROMAN = re.compile(r"[IlT1|]{2,3}")
INK_BELOW = 128
STROKE_SHARE = 0.7  # of the box's height: an upright stroke, not a bar or a foot
MAX_STROKES = 3


def stroke_count(image: Image.Image, box: Box) -> int:
    """Separate runs of columns inked over most of the box's height."""
    crop = np.asarray(image.convert("L").crop(box)) < INK_BELOW
    if crop.size == 0:
        return 0
    tall = crop.mean(axis=0) >= STROKE_SHARE
    return int(np.count_nonzero(np.diff(tall.astype(np.int8)) == 1) + (1 if tall[0] else 0))


def mend_roman_numerals(image: Image.Image, lines: list[PixelLine]) -> list[PixelLine]:
    """The lines with each Roman-looking word that is not a row of I's made one, by its
    strokes (read with less confidence: the letters were guessed again)."""
    mended = []
    for line in lines:
        new = []
        for text, box, conf in line:
            if _LOOKS_ROMAN.fullmatch(text) and set(text) != {"I"}:
                strokes = stroke_count(image, box)
                if 1 <= strokes <= MAX_STROKES:
                    text, conf = "I" * strokes, min(conf, 0.85)
            new.append((text, box, conf))
        mended.append(new)
    return mended
