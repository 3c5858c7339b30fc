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

_LOOKS_ROMAN = re.compile(r"[IlLT1|!]{2,3}")
INK_BELOW = 128
STROKE_SHARE = 0.7  # of the box's height: an upright stroke, not a bar or a foot
MAX_STROKES = 3
_RULE_SHARE = 0.9  # of the box's width: a table's rule, no letter


def stroke_count(image: Image.Image, box: Box) -> int:
    """Separate runs of columns inked over most of the box's height."""
    crop = np.asarray(image.convert("L").crop(box)) < INK_BELOW
    if crop.size == 0:
        return 0
    # A box as tall as its line (a low-resolution scan's word box runs well above and below
    # its letters, over a table's rules): a stroke's height is measured against the rows
    # that hold the letters' ink, a rule across the whole box is none of them.
    crop = crop & ~(crop.mean(axis=1) >= _RULE_SHARE)[:, None]
    inked = np.flatnonzero(crop.any(axis=1))
    if inked.size == 0:
        return 0
    crop = crop[inked[0]:inked[-1] + 1]
    tall = crop.mean(axis=0) >= STROKE_SHARE
    return int(np.count_nonzero(np.diff(tall.astype(np.int8)) == 1) + (1 if tall[0] else 0))


# A date whose month is Roman ("05.III.2024", "5.II.24."): OCR drops or adds a stroke of the
# month ("05.II.2024" for "05.III.2024") as readily as it misreads a group.
# Strokes run together read as "N", "H", "U" or "M" ("05.NI.2024").
_ROMAN_DATE = re.compile(r"(\d{1,2}\.)([IlT1|NHUMi]{1,4})(\.\d{2,4}\.?)")
_FULL_STOP_SHARE = 0.35  # a full stop's ink lies in the lowest third of the box


def _glyph_columns(ink: np.ndarray) -> list[tuple[int, int]]:
    """Runs of inked columns (a glyph or glyphs touching), left to right."""
    inked = [bool(v) for v in np.asarray(ink.any(axis=0), dtype=bool).tolist()]
    runs: list[tuple[int, int]] = []
    start: int | None = None
    for x, on in enumerate(inked):
        if on and start is None:
            start = x
        elif not on and start is not None:
            runs.append((start, x))
            start = None
    if start is not None:
        runs.append((start, len(inked)))
    return runs


def date_month_strokes(image: Image.Image, box: Box) -> int | None:
    """The strokes of a Roman month between a date's two full stops, counted in the word's
    box; None when the two full stops are not where a date prints them."""
    crop = np.asarray(image.convert("L").crop(box)) < INK_BELOW
    if crop.size == 0:
        return None
    height = crop.shape[0]
    stops = []
    for start, end in _glyph_columns(crop):
        rows = np.flatnonzero(crop[:, start:end].any(axis=1))
        if rows.size and rows[0] >= (1 - _FULL_STOP_SHARE) * height and end - start < height / 3:
            stops.append((start, end))
    if len(stops) < 2:
        return None
    left, right = stops[0][1], stops[1][0]
    if right - left < 2:
        return None
    strokes = stroke_count(image, (box[0] + left, box[1], box[0] + right, box[3]))
    between = crop[:, left:right]
    slanted = between.any(axis=0) & (between.mean(axis=0) < STROKE_SHARE)
    if np.count_nonzero(slanted) > 0.5 * height:
        return None  # a V or an X among the strokes: not a month of I's
    return strokes if 1 <= strokes <= MAX_STROKES else None


# A Roman month with an X or a V whose I's OCR read as "l", "1" or "|" ("17.Xl", "3.Vll."):
# the letters beside an X or a V in a month are I's. OCR may join the year's "g." to the day.
_SLIPPED_MONTH = re.compile(r"(?P<day>(?:g\.\s?)?\d{1,2}\.\s?)?"
                            r"(?P<month>(?-i:[XV][Il1|]{1,3}|[Il1|][XV]))(?P<stop>\.?)")
_ROMAN_MONTHS = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"}
# "2025. g. 14.1": after a year and its "g." the day and a month of one stroke, the Roman I
# read as "1" or "l" (its full stop lost); an Arabic 1 would be January too.
_YEAR_FIRST = re.compile(r"\d{4}\.?")
_DAY_AND_STROKE = re.compile(r"(?P<day>\d{1,2}\.)(?P<month>[1l|])(?P<stop>\.?)")


def _slipped_month(text: str) -> str | None:
    """The word with its Roman month's I's put back, when only that makes it a month."""
    slip = _SLIPPED_MONTH.fullmatch(text)
    if slip is None or not re.search(r"[l1|]", slip.group("month")):
        return None
    month = re.sub(r"[l1|]", "I", slip.group("month"))
    if month not in _ROMAN_MONTHS or (slip.group("day") is None and not slip.group("stop")):
        return None
    return f"{slip.group('day') or ''}{month}{slip.group('stop')}"


def _year_first_stroke(line: PixelLine, at: int) -> str | None:
    """ "14.1" after "2025." and "g.": the day and the Roman month I."""
    if at < 2 or not _YEAR_FIRST.fullmatch(line[at - 2][0]) or line[at - 1][0] not in ("g.", "g"):
        return None
    day = _DAY_AND_STROKE.fullmatch(line[at][0])
    return f"{day.group('day')}I." if day is not None else None


# One glyph before the group's word ("noteikta 1 invaliditātes grupa"): OCR reads "II" run
# together as "1" as readily as "I"; its strokes tell.
# A glyph OCR did read as "I" is left alone, as a word of I's is.
_ONE_GLYPH = frozenset({"1", "l", "|"})
_GROUP_WORD = re.compile(r"(?i:invalidit|grup|gr\.)")


# A group is I, II or III: a doubted word of Roman letters with a V or an X before the group's
# word ("noteikta IX invaliditātes grupa") is strokes OCR joined into a V or an X; counted
# again when its box holds only upright strokes.
_NOT_A_GROUP = re.compile(r"[IlT1|VX]{1,3}")
DOUBTED = 0.9
_SLANT_SHARE = 0.25  # of the box's height: more columns of ink between strokes is a V or X


def _only_strokes(image: Image.Image, box: Box) -> bool:
    """No slanted ink (a V's or an X's arms) between the upright strokes of the box: in the
    middle half of its height (above and below the serifs' feet and bars) only the strokes."""
    crop = np.asarray(image.convert("L").crop(box)) < INK_BELOW
    if crop.size == 0:
        return False
    height = crop.shape[0]
    middle = crop[height // 4: height - height // 4]
    slanted = middle.any(axis=0) & (crop.mean(axis=0) < STROKE_SHARE)
    return bool(np.count_nonzero(slanted) <= _SLANT_SHARE * height)


def _group_glyph(image: Image.Image, line: PixelLine, at: int) -> str | None:
    text, box, conf = line[at]
    if at + 1 >= len(line) or not _GROUP_WORD.match(line[at + 1][0]):
        return None
    if text not in _ONE_GLYPH and (not _NOT_A_GROUP.fullmatch(text) or not set(text) & {"V", "X"}
                                   or conf >= DOUBTED or not _only_strokes(image, box)):
        return None
    strokes = stroke_count(image, box)
    numeral = "I" * strokes
    return numeral if 1 <= strokes <= MAX_STROKES and numeral != text else None


def mend_roman_numerals(image: Image.Image, lines: list[PixelLine]) -> list[PixelLine]:
    """The lines with each Roman-looking word that is not a row of I's made one, by its
    strokes (read with less confidence: the letters were guessed again), and a Roman month
    of a date OCR doubted counted again."""
    mended = []
    for line in lines:
        new = []
        for at, (text, box, conf) in enumerate(line):
            slipped = (_slipped_month(text) or _year_first_stroke(line, at)
                       or _group_glyph(image, line, at))
            if slipped is not None:
                new.append((slipped, box, min(conf, 0.7)))
                continue
            if _LOOKS_ROMAN.fullmatch(text) and set(text) != {"I"}:
                strokes = stroke_count(image, box)
                if 1 <= strokes <= MAX_STROKES:
                    text, conf = "I" * strokes, min(conf, 0.85)
            elif (date := _ROMAN_DATE.fullmatch(text)) is not None and conf < 0.9:
                month = date_month_strokes(image, box)
                if month is not None and "I" * month != date.group(2):
                    text = date.group(1) + "I" * month + date.group(3)
                    conf = min(conf, 0.7)
            new.append((text, box, conf))
        mended.append(new)
    return mended
