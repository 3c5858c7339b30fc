"""A typed value struck through on a scan, seen in the pixels, and the correction beside it.

A clerk corrects a typed form by drawing a line through the wrong value and writing the right
one beside it ("Stundas nedēļā: 1̶2̶ 16", with initials in the margin), and rejects a printed
option by striking it out ("a̶s̶i̶s̶t̶e̶n̶t̶a̶ ̶p̶a̶k̶a̶l̶p̶o̶j̶u̶m̶s̶ ̶n̶a̶v̶ ̶n̶e̶p̶i̶e̶c̶i̶e̶š̶a̶m̶s̶"). Tesseract reads
the struck word as nonsense ("Br", "+3»") or as the value it was, and the reader took it.

A stroke through the text is a pixel row in the middle band of a line that is dark along a
run longer than a letter is wide (a letter's own bar, "e", "H", "t", is never that long), thin,
and crossing letters: most of its columns have ink above or below it within the line (a dash
or a rule in a gap between words has none). A run far longer than its words is a table's rule.
The words it covers are struck: they leave the reading, which is what they mean. A word the
stroke covers only in part (Tesseract joined the struck value and the hand's correction into
one word) leaves its unstruck rest, which is read again, with the words written right after
the stroke, by the hand recogniser; what the hand wrote is kept below review's bar.
"""

from __future__ import annotations

import logging
import re

import numpy as np
from PIL import Image

from ..errors import MissingDependencyError

log = logging.getLogger(__name__)

Box = tuple[int, int, int, int]
PixelLine = list[tuple[str, Box, float]]
# A correction read above a struck value: (where it is written, its text, confidence, where
# the struck value was).
Correction = tuple[Box, str, float, Box]

_INK = 128
MIDDLE_BAND = (0.3, 0.72)  # of a word's ink box: where a stroke through it lies
MIN_RUN = 1.2  # word heights: a stroke longer than any letter's bar
MAX_THICK = 0.3  # word heights: a pen's line, not a filled box
MAX_GAP = 1  # pixels a pen's line may skip (a grey scan's speckle)
CROSSING = 0.25  # share of the run's columns through a letter (a hand's line overhangs the ends)
TOO_LONG = 40.0  # word heights: a rule across the page, not a stroke through words
COVERED = 0.6  # share of a word's width under the stroke for the word to be struck
PART_COVERED = 0.3  # a word covered this far from its left is a struck value joined to its rest
CORRECTION_GAP = 2.0  # word heights: the hand's correction written this close after the stroke
# The usual word's height in pixels below which a page (a photo from afar) is too coarse to
# look for strokes on: typed scans at 300 dpi stand 30-40 pixels high, photos 14-20.
MIN_LINE_PIXELS = 24
HAND_CEILING = 0.8  # what a corrected value read from a hand may carry at most
READ_WELL = 0.7  # Tesseract's confidence in a word no stroke went through
LONG_STROKE = 3.0  # word heights: a line through words Tesseract still read well
BRIDGED = 0.2  # word heights of columns the stroke alone inks
VALUE_STROKE = 5.0  # word heights: a stroke no longer than this struck a value, not an option


# A figure with a dash run onto one end and nothing else: a pen's stroke through a short
# number overhangs it, and Tesseract reads the overhang as a dash ("25-", "-3").
_OVERHANG = re.compile(r"[-–—~+]\d{1,3}(?:[.,]\d)?[-–—~+]?|\d{1,3}(?:[.,]\d)?[-–—~+]")


def _band_runs(band: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Dark runs of every row of a band at once, gaps of up to MAX_GAP pixels bridged: (row,
    start, end) arrays in row, then column order. The rows are laid end to end with more than
    MAX_GAP blank pixels between them, so no run bridges two rows: one pass of array steps for
    a word's middle band, where a pass a row cost the sample's scans about 25 ms a page."""
    height, width = band.shape
    stride = width + MAX_GAP + 1
    padded = np.zeros((height, stride), dtype=bool)
    padded[:, :width] = band
    dark = np.flatnonzero(padded)
    if dark.size == 0:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty, empty
    breaks = np.flatnonzero(np.diff(dark) > MAX_GAP + 1)
    starts = np.concatenate((dark[:1], dark[breaks + 1]))
    ends = np.concatenate((dark[breaks], dark[-1:])) + 1
    rows = starts // stride
    return rows, starts - rows * stride, ends - rows * stride


def _stroke_in(ink: np.ndarray, box: Box, height: int, band: tuple[int, int] | None = None
               ) -> tuple[int, int, int, int] | None:
    """The stroke through the word in `box`: (row, x0, x1, columns it alone inks) in page
    pixels, else None. `band`: the line's own top and bottom, when its words tell them (a word
    joined to a correction written above it stands taller than its line)."""
    left, top, right, bottom = box
    low, high = band if band is not None else (top, bottom)
    y0 = low + int(MIDDLE_BAND[0] * (high - low))
    y1 = high - int((1 - MIDDLE_BAND[1]) * (high - low))
    width = ink.shape[1]
    # Wide enough to see where the stroke ends on either side of the word.
    lo, hi = max(0, left - 3 * height), min(width, right + 3 * height)
    first = max(0, y0)
    rows, starts, ends = _band_runs(ink[first:min(ink.shape[0], y1), lo:hi])
    starts, ends = starts + lo, ends + lo
    long = (ends - starts >= MIN_RUN * height) & (starts < right) & (ends > left)
    if not long.any():
        return None
    # The longest, the first of equals in row then column order (as a scan row by row finds).
    at = np.flatnonzero(long)[int(np.argmax((ends - starts)[long]))]
    y, start, end = first + int(rows[at]), int(starts[at]), int(ends[at])
    if end - start > TOO_LONG * height:
        return None
    if not top + 0.15 * (bottom - top) <= y <= bottom - 0.1 * (bottom - top):
        return None  # not through the word itself: a rule under or over its line
    # Column by column (a hand's line may slant): the stroke's own ink is the run of the
    # column through its row; a column with other ink in the line crosses a letter, one with
    # none is bridged by the stroke alone (a gap between letters, an overhang at the ends).
    crossing = alone = 0
    thickness: list[int] = []
    rows_top, rows_bottom = min(top, y0), max(bottom, y1 + 1)
    for x in range(start, end):
        column = ink[rows_top:rows_bottom, x]
        at = y - rows_top
        if not column[at]:
            continue
        a = at
        while a > 0 and column[a - 1]:
            a -= 1
        b = at + 1
        while b < len(column) and column[b]:
            b += 1
        if column[:max(0, a - 1)].any() or column[b + 1:].any() or b - a > MAX_THICK * height:
            crossing += 1
        else:
            alone += 1
            thickness.append(b - a)
    if crossing < CROSSING * (end - start):
        return None  # a dash or a rule in a gap, not through letters
    if thickness and sorted(thickness)[len(thickness) // 2] > MAX_THICK * height:
        return None  # a band, not a line: a filled box, a bold rule, a smudge
    if alone < BRIDGED * height:
        return None
    return y, start, end, alone


def _place_corrections(lines: list[PixelLine], corrections: list[Correction],
                       owners: list[int]) -> list[PixelLine]:
    """Each correction read above a struck value put in its row: Tesseract's words for it
    leave the line they were read in; the reading goes into that line when it is the row
    itself (a tall row split in two: the correction joined to the row's other cells, the
    struck value on a line of its own), else into the struck value's line."""
    lines = [list(line) for line in lines]
    for (above, text, conf, struck_box), owner in zip(corrections, owners, strict=True):
        hosts = [i for i, line in enumerate(lines) if i != owner
                 and any(_centred_in(w[1], above) for w in line)]
        target = owner
        for i in hosts:
            rest = [w for w in lines[i] if not _centred_in(w[1], above)]
            others = [w for w in rest if not any(_centred_in(w[1], c[0]) for c in corrections)]
            if others and len(hosts) == 1:
                target = i  # the row's own line: the correction stands in its cell
            lines[i] = rest
        box = above if target != owner else struck_box
        lines[target] = sorted([*lines[target], (text, box, conf)], key=lambda w: w[1][0])
    return lines


def _centred_in(inner: Box, outer: Box) -> bool:
    """Whether the centre of `inner` lies in `outer`."""
    x, y = (inner[0] + inner[2]) / 2, (inner[1] + inner[3]) / 2
    return outer[0] <= x <= outer[2] and outer[1] <= y <= outer[3]


def _corrected_above(image: Image.Image, line: PixelLine, group: list[int],
                     struck: dict[int, tuple[int, int]], usual: int, ink: np.ndarray,
                     consumed: list[Correction]) -> PixelLine:
    """A struck value with nothing written beside it, in a table's row: the correction is
    written above it, in the gap over the row (one line height or so), read by the hand
    recogniser in place of the struck words. Nothing there (or no figure): nothing."""
    x0 = min(min(struck[at][0], line[at][1][0]) for at in group)
    x1 = max(max(struck[at][1], line[at][1][2]) for at in group)
    box_top = min(line[at][1][1] for at in group)
    box = (x0, box_top, x1, max(line[at][1][3] for at in group))
    top = max(0, box_top - int(1.6 * usual))
    # A hand writes wider than the print it corrects.
    x0, x1 = max(0, x0 - usual), min(ink.shape[1], x1 + usual)
    region = ink[top:max(top, box_top - 2), x0:x1]
    rows = np.flatnonzero(region.any(axis=1))
    if rows.size < 0.4 * usual:
        return []  # no writing above it
    cols = np.flatnonzero(region.any(axis=0))
    above = (x0 + int(cols[0]), top + int(rows[0]), x0 + int(cols[-1]) + 1,
             top + int(rows[-1]) + 1)
    read = _read_hand(image, above)
    if read is None or not any(ch.isdigit() for ch in read[0]):
        return []  # only figures are corrected so: a time, hours, a number
    consumed.append((above, read[0], round(read[1], 4), box))
    return []  # placed once every line is read: see _place_corrections


def _traced(ink: np.ndarray, y: int, start: int, end: int) -> tuple[int, int]:
    """The stroke followed on both sides of (start, end) along its row (a hand's line may
    drift a row or two): through letters, and across the gaps between them and between words,
    which only the stroke inks; it ends where a gap is blank (unstruck text has blank gaps)."""
    height, width = ink.shape

    def follow(x: int, step: int, row: int) -> int:
        last, misses = x - step, 0
        while 0 <= x < width and misses <= MAX_GAP:
            band = np.flatnonzero(ink[max(0, row - 2):min(height, row + 3), x])
            if band.size:
                row = max(0, row - 2) + int(band[np.argmin(np.abs(band + max(0, row - 2) - row))])
                last, misses = x, 0
            else:
                misses += 1
            x += step
        return last

    return follow(start - 1, -1, y), follow(end, 1, y) + 1


def _band(line: PixelLine) -> tuple[int, int] | None:
    """The line's top and bottom by the words Tesseract read well (the middle ones)."""
    sure = [b for t, b, c in line if c >= 0.8 and any(ch.isalnum() for ch in t)]
    if len(sure) < 2:
        return None
    tops, bottoms = sorted(b[1] for b in sure), sorted(b[3] for b in sure)
    return tops[len(tops) // 2], bottoms[len(bottoms) // 2]


def _usual_height(lines: list[PixelLine]) -> int:
    heights = sorted(b[3] - b[1] for line in lines for t, b, c in line
                     if any(ch.isalnum() for ch in t) and c >= 0.8)
    return heights[len(heights) // 2] if heights else 0


def _read_hand(image: Image.Image, box: Box) -> tuple[str, float] | None:
    from .handwriting import recognise, word_ceiling

    left, top, right, bottom = box
    pad = max(2, (bottom - top) // 4)
    # From the stroke's end on: its tail would read as a dash, a minus before the value.
    crop = image.crop((left, max(0, top - pad), right + pad, bottom + pad))
    try:
        text, score = recognise(crop)
    except MissingDependencyError:
        return None
    except Exception as exc:  # the recogniser failing must not cost the page
        log.warning("the hand recogniser failed on a correction (%s)", type(exc).__name__)
        return None
    text = " ".join(text.split()).lstrip("-–—~_=.,:;'\" ")
    if not text or score < 0.5:
        return None
    return text, min(score, word_ceiling(text), HAND_CEILING)


def struck_out(image: Image.Image, lines: list[PixelLine]) -> list[PixelLine]:
    """The lines without the words struck through; the words written right after a struck
    value (its correction) read again by the hand recogniser where Tesseract joined them to it,
    and kept below review's bar."""
    usual = _usual_height(lines)
    if usual < MIN_LINE_PIXELS:
        return lines  # too coarse a picture to tell a pen's line from letters' bars touching
    ink = np.asarray(image.convert("L")) < _INK
    result: list[PixelLine] = []
    consumed: list[Correction] = []  # corrections written above a struck value
    owners: list[int] = []  # the line of each one's struck value
    for line in lines:
        struck: dict[int, tuple[int, int]] = {}  # word index -> stroke (x0, x1)
        if sum(text.count(ch) for text, _b, _c in line for ch in "[]|") >= 3:
            result.append(line)
            continue  # a code in letter boxes: the dash between its boxes is the code's
        for at, (text, box, conf) in enumerate(line):
            height = box[3] - box[1]
            if not any(ch.isalnum() for ch in text) and len(text) < 2:
                continue  # a dash is a stroke of its own
            if not 0.6 * usual <= height <= 2.5 * usual:
                continue  # a stamp, a rule read as a word, a speck
            stroke = _stroke_in(ink, box, usual, _band(line))
            if stroke is None:
                continue
            y, x0, x1, alone = stroke
            if conf >= READ_WELL and (x1 - x0 < LONG_STROKE * height or alone < height) \
                    and not _OVERHANG.fullmatch(text):
                # A line through a word leaves Tesseract unsure of it, or is long; or it
                # reads the stroke's end past a short figure as a dash on it ("25-").
                continue
            covered = (min(x1, box[2]) - max(x0, box[0])) / max(1, box[2] - box[0])
            if covered >= COVERED or (covered >= PART_COVERED and x0 <= box[0] + usual // 2):
                # A line through several words: each word it runs through is struck, however
                # well Tesseract read it.
                x0, x1 = _traced(ink, y, x0, x1)
                if x1 - x0 > TOO_LONG * usual:
                    continue  # a table's rule running on through the row, not a pen's line
                struck[at] = (x0, x1)
                for other, (_t, other_box, _c) in enumerate(line):
                    width = max(1, other_box[2] - other_box[0])
                    if other not in struck and (min(x1, other_box[2])
                                                - max(x0, other_box[0])) >= COVERED * width:
                        struck[other] = (max(x0, other_box[0]), min(x1, other_box[2]))
        if not struck:
            result.append(line)
            continue
        before = len(consumed)
        kept = _without_struck(image, line, struck, usual, ink, consumed)
        owners.extend(len(result) for _ in consumed[before:])
        result.append(kept)
    if consumed:
        result = _place_corrections(result, consumed, owners)
    return [line for line in result if line]


def _without_struck(image: Image.Image, line: PixelLine, struck: dict[int, tuple[int, int]],
                    usual: int, ink: np.ndarray, consumed: list[Correction]) -> PixelLine:
    """The line without its struck words, each stroke's correction read in: written beside
    it (Tesseract may have joined it to the struck word: its rest), else above it."""
    groups: list[list[int]] = []  # struck words, one list per stroke, left to right
    for at in sorted(struck, key=lambda a: struck[a][0]):
        if groups and struck[at][0] - struck[groups[-1][-1]][1] <= usual:
            groups[-1].append(at)
        else:
            groups.append([at])
    out: PixelLine = [w for at, w in enumerate(line) if at not in struck]
    for group in groups:
        x0 = min(struck[at][0] for at in group)
        x1 = max(struck[at][1] for at in group)
        if x1 - x0 > VALUE_STROKE * usual:
            continue  # an option struck out: nothing is written for it
        last = max(group, key=lambda a: line[a][1][2])
        rest: PixelLine = []
        if line[last][1][2] > x1 + usual:
            # The struck value and the hand's correction read as one word: its rest.
            rest = [("", (x1 + 2, line[last][1][1], line[last][1][2], line[last][1][3]), 0.0)]
        nearer = [w for at, w in enumerate(line) if at not in struck and w[1][0] >= x1 - 1]
        nearer.sort(key=lambda w: w[1][0])
        tail, edge = list(rest), (rest[0][1][2] if rest else x1)
        for word in nearer:
            if word[1][0] - edge > CORRECTION_GAP * usual or any(
                    struck[a][0] < word[1][0] for g in groups if g is not group for a in g
                    if struck[a][0] > x1):
                break  # past the gap, or past the next stroke
            tail.append(word)
            edge = word[1][2]
        if not tail:
            out.extend(_corrected_above(image, line, group, struck, usual, ink, consumed))
            continue
        box = (min(w[1][0] for w in tail), min(w[1][1] for w in tail),
               max(w[1][2] for w in tail), max(w[1][3] for w in tail))
        read = _read_hand(image, box)
        if read is not None:
            replaced: PixelLine = [(read[0], box, round(read[1], 4))]
        else:
            replaced = [(t, b, min(c, HAND_CEILING)) for t, b, c in tail if t]
        out = [w for w in out if w not in tail] + replaced
    return sorted((w for w in out if w[0]), key=lambda w: w[1][0])
