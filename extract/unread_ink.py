"""Printed text Tesseract's page layout left out: ink beside a read line that no word covers.

Tesseract's automatic layout (`--psm 3`) sometimes takes a block of a page for a picture and
returns nothing of it: a column of values beside their labels under a stamp or a scanner's
shadow, so the page reads as labels alone. Such a page shows it in its pixels: line after line
has text-shaped ink to the right of its last word that no word of the reading covers. Counting
those lines costs a few milliseconds; only a page with several is read again as one block of
text (`--psm 6`), and that reading is kept only when it holds clearly more words Tesseract was
sure of (so a hand-filled form, whose values it cannot read either way, keeps the first).
"""

from __future__ import annotations

import numpy as np
from PIL import Image

Box = tuple[int, int, int, int]
Line = list[tuple[str, Box, float]]

SCALE = 4  # the masks are made at a quarter of the page's size
INK_BELOW = 150  # grey level of ink after the quarter-size averaging
GAP_HEIGHTS = 1.0  # ink this far (in line heights) right of a line's last word is beside it
MIN_WIDTH_HEIGHTS = 2.0  # ink at least this wide (in line heights) is words, not a speck
MIN_ROWS_SHARE = 0.3  # of the line's band: a rule is one row deep, text most of the band
MIN_DENSITY = 0.04  # scattered specks are no text
MAX_DENSITY = 0.5  # a solid black box is no text
RULE_RUN = 12  # quarter-size pixels (~4 mm at 300 dpi): longer unbroken runs are rules
LINES_FROM = 3  # lines with unread ink beside them before the page is read again
SURE = 0.8  # a word read this surely counts towards a better reading
GAIN = 1.15  # the second reading must hold this many times the sure characters of the first
MIN_GAIN_CHARS = 20


def lines_beside_unread_ink(image: Image.Image, lines: list[Line],
                            quarter: Image.Image | None = None) -> int:
    """How many read lines have text-shaped ink to their right that no read word covers
    (`quarter`: the page at a quarter of its size, when the caller has it already)."""
    return len(unread_beside(image, lines, quarter))


def unread_beside(image: Image.Image, lines: list[Line], quarter: Image.Image | None = None,
                  *, lines_from: int = LINES_FROM) -> list[tuple[int, Box]]:
    """The read lines with text-shaped ink to their right that no read word covers: each
    line's index and the box of that ink, in the page's pixels; none when fewer than
    `lines_from` lines might have such ink (a table's rules not yet told apart: that costs)."""
    if not lines:
        return []
    ink, unread = _ink_and_unread(image, lines, quarter)
    if len(_beside(unread, lines)) < max(1, lines_from):
        return []  # most pages: not even rules and specks beside enough lines (no rule search)
    return _beside(unread & ~_rules(ink), lines)


def _ink_and_unread(image: Image.Image, lines: list[Line],
                    quarter: Image.Image | None) -> tuple[np.ndarray, np.ndarray]:
    """The page's ink at a quarter of its size, and the part of it no read word covers."""
    if quarter is None or abs(quarter.width * SCALE - image.width) > SCALE:
        quarter = image.convert("L").reduce(SCALE)  # the boxes are divided by SCALE below
    ink = np.asarray(quarter) < INK_BELOW
    covered = np.zeros_like(ink)
    for line in lines:
        for _text, (left, top, right, bottom), _conf in line:
            pad = max(1, (bottom - top) // (2 * SCALE))
            covered[max(0, top // SCALE - pad):bottom // SCALE + pad + 1,
                    max(0, left // SCALE - pad):right // SCALE + pad + 1] = True
    return ink, ink & ~covered


# A line of print no reading returned (under a stamp's edge, beside a logo): unread ink whose
# rows form a band of about a line's height, at least this many line heights wide.
LINE_OF_TEXT_WIDTH = 4.0
BAND_HEIGHTS = (0.5, 1.6)  # the band's height against the page's usual word height
LETTERS_FROM = 6  # separate pieces of ink across the band: letters and words, not one arc


def unread_text_lines(image: Image.Image, lines: list[Line],
                      quarter: Image.Image | None = None) -> int:
    """How many bands of unread ink have the shape of a line of print: about one word high,
    several wide, as dense as letters. A stamp's ring or a signature crosses many rows or few
    columns a row; rules are taken out first."""
    usual = usual_height(lines) / SCALE
    if not lines or usual < 2:
        return 0
    ink, unread = _ink_and_unread(image, lines, quarter)
    unread &= ~_rules(ink)
    margin = unread.shape[1] // 30  # the scanner's edge and the punch holes
    unread[:, :margin] = False
    unread[:, unread.shape[1] - margin:] = False
    # A row of print: its letters' ink spread over a line height of the row at least.
    texty = unread.sum(axis=1) >= usual
    bands = 0
    row = 0
    while row < len(texty):
        if not texty[row]:
            row += 1
            continue
        end = row
        while end < len(texty) and texty[end]:
            end += 1
        band = unread[row:end]
        inked = np.flatnonzero(band.any(axis=0))
        # Letters and words leave gaps across the band; an arc or a stroke runs unbroken.
        pieces = int(np.count_nonzero(np.diff(inked) > 1)) + 1 if len(inked) else 0
        if (BAND_HEIGHTS[0] * usual <= end - row <= BAND_HEIGHTS[1] * usual
                and pieces >= LETTERS_FROM
                and len(inked) and inked[-1] - inked[0] >= LINE_OF_TEXT_WIDTH * usual
                and MIN_DENSITY <= band[:, inked[0]:inked[-1] + 1].mean() <= MAX_DENSITY):
            bands += 1
        row = end
    return bands


def _beside(unread: np.ndarray, lines: list[Line]) -> list[tuple[int, Box]]:
    margin = unread.shape[1] // 30  # the scanner's edge and the punch holes
    found: list[tuple[int, Box]] = []
    for index, line in enumerate(lines):
        top = min(box[1] for _t, box, _c in line) // SCALE
        bottom = max(box[3] for _t, box, _c in line) // SCALE + 1
        height = max(1, bottom - top)
        start = max(box[2] for _t, box, _c in line) // SCALE + int(GAP_HEIGHTS * height)
        band = unread[top:bottom, start:unread.shape[1] - margin]
        if band.size == 0:
            continue
        inked = np.flatnonzero(band.any(axis=0))
        if len(inked) < MIN_WIDTH_HEIGHTS * height:
            continue
        span = band[:, inked[0]:inked[-1] + 1]
        rows = int(span.any(axis=1).sum())
        # Words are ink a tenth or so of their box; a scan's specks far less, a blot far more.
        if rows >= MIN_ROWS_SHARE * height and MIN_DENSITY <= span.mean() <= MAX_DENSITY:
            found.append((index, ((start + int(inked[0])) * SCALE, top * SCALE,
                                  (start + int(inked[-1]) + 1) * SCALE, bottom * SCALE)))
    return found


def _runs(ink: np.ndarray, length: int) -> np.ndarray:
    """The pixels of `ink` in unbroken runs at least `length` long along its rows (two running
    sums: windows all ink, then every pixel such a window covers)."""
    rows, size = ink.shape
    if size < length:
        return np.zeros_like(ink)
    total = np.zeros((rows, size + 1), dtype=np.int16)
    np.cumsum(ink, axis=1, dtype=np.int16, out=total[:, 1:])
    full = (total[:, length:] - total[:, :-length]) == length  # [i, i + length) all ink
    end = length + full.shape[1]
    starts = np.zeros((rows, size + length), dtype=np.int16)
    np.cumsum(full, axis=1, dtype=np.int16, out=starts[:, length:end])
    starts[:, end:] = starts[:, end - 1:end]  # no window starts past the last: the sum holds
    return (starts[:, length:] - starts[:, :size]) > 0  # a full window began <= length before


def _rules(ink: np.ndarray) -> np.ndarray:
    """A table's rules and a form's lines: ink in runs longer than any letter's stroke."""
    return _runs(ink, RULE_RUN) | _runs(ink.T, RULE_RUN).T


def sure_chars(lines: list[Line]) -> int:
    return sum(len(text) for line in lines for text, _box, conf in line if conf >= SURE)


def better_reading(first: list[Line], second: list[Line]) -> bool:
    """Whether `second` read clearly more of the page surely than `first` did."""
    before, after = sure_chars(first), sure_chars(second)
    return after >= GAIN * before and after - before >= MIN_GAIN_CHARS


OVERLAP = 0.3  # of the smaller box: a second reading's word over this much of a first's is read
# A word's box against the page's usual word height: what letters, print or a hand's, fill
# (Tesseract reads a hand's word as fewer letters than it holds: wide letters are allowed).
MIN_HEIGHT, MAX_HEIGHT, MAX_LETTER_WIDTH = 0.5, 3.0, 6.0


def add_unread_words(first: list[Line], second: list[Line]) -> tuple[list[Line], frozenset]:
    """`first` with the words of `second` that stand where `first` read nothing, and those
    words. The block reading that lost to the first (it misread print the first read well)
    still saw what the first layout left out, a hand's values above all: Tesseract returns a
    value written into a form as unsure words only when its layout keeps the value's column,
    and the hand recogniser reads only runs Tesseract returned. Each word joins the first
    reading's line it stands level with and nearest to, or a line of its own."""
    boxes = [box for line in first for _t, box, _c in line]
    if not boxes:
        return first, frozenset()
    usual = usual_height(first)
    added: list[tuple[str, Box, float]] = []
    merged = [list(line) for line in first]
    own_lines: dict[int, Line] = {}
    for index, line in enumerate(second):
        for word in line:
            if not text_shaped(word, usual) or any(
                    _share_covered(word[1], box) >= OVERLAP for box in boxes):
                continue
            added.append(word)
            target = _level_line(merged, word[1])
            if target is None:
                own_lines.setdefault(index, []).append(word)
            else:
                target.append(word)
                target.sort(key=lambda w: w[1][0])
    merged.extend(own_lines.values())
    return merged, frozenset(added)


def only_sure_runs(merged: list[Line], block: list[Line],
                   added: frozenset) -> tuple[list[Line], frozenset]:
    """`merged` keeping of the added words those of a block line whose added words were all
    read surely, each of two letters or digits at least: a run cut by a doubted word ("par
    aizgādņeriecelšanu") would end a value in mid-phrase, and a stamp's ring reads as lone
    letters."""
    kept: set[tuple[str, Box, float]] = set()
    for line in block:
        run = [w for w in line if w in added]
        if run and all(w[2] >= SURE and sum(c.isalnum() for c in w[0]) >= 2 for w in run):
            kept.update(run)
    lines = [[w for w in line if w not in added or w in kept] for line in merged]
    return [line for line in lines if line], frozenset(kept)


def usual_height(lines: list[Line]) -> float:
    """The median height of a reading's sure words (of all, when none is sure): a line of
    print on the page, whatever nonsense a rule or a stamp was read as."""
    words = [w for line in lines for w in line]
    sure = [w for w in words if w[2] >= SURE] or words
    return float(np.median([b[3] - b[1] for _t, b, _c in sure])) if sure else 0.0


def text_shaped(word: tuple[str, Box, float], usual: float, *, tall: bool = False) -> bool:
    """Whether a word's box could hold its letters: a table's rule, a row's border or a dotted
    line read as a "word" is far wider than its letters or far flatter than a line, and, unless
    `tall` is allowed, not far taller (a hand writes larger than print, up to a code's boxes;
    a word that stands over two rows is a border's piece or a hand's whole value)."""
    text, (left, top, right, bottom), _conf = word
    height = bottom - top
    return (MIN_HEIGHT * usual <= height and (tall or height <= MAX_HEIGHT * usual)
            and right - left <= MAX_LETTER_WIDTH * usual * max(1, len(text)))


def _share_covered(word: Box, other: Box) -> float:
    """How much of the smaller of the two boxes the other covers."""
    width = min(word[2], other[2]) - max(word[0], other[0])
    height = min(word[3], other[3]) - max(word[1], other[1])
    area = max(1, min((word[2] - word[0]) * (word[3] - word[1]),
                      (other[2] - other[0]) * (other[3] - other[1])))
    return max(0, width) * max(0, height) / area


def _level_line(lines: list[Line], box: Box) -> Line | None:
    """The line whose band holds the box's middle, the nearest across of those (a form's two
    columns are two lines level with each other)."""
    middle = (box[1] + box[3]) / 2
    best, best_gap = None, float("inf")
    for line in lines:
        if not line or not min(b[1] for _t, b, _c in line) <= middle <= max(
                b[3] for _t, b, _c in line):
            continue
        gap = min(max(b[0] - box[2], box[0] - b[2], 0) for _t, b, _c in line)
        if gap < best_gap:
            best, best_gap = line, gap
    return best


def without_unread_doubt(lines: list[Line], added: frozenset) -> list[Line]:
    """The lines without the added words nobody read surely in the end (the hand recogniser
    replaces those it reads): the first reading had nothing there, and nonsense Tesseract
    doubted is no better than nothing."""
    if not added:
        return lines
    kept = [[w for w in line if w not in added or w[2] >= SURE] for line in lines]
    return [line for line in kept if line]


# What stands in, for the hand recogniser, for writing beside a label no reading returned a word
# for: it reads only runs of words Tesseract doubted. Replaced by its reading or dropped again.
UNREAD = "UNREAD"


def mark_unread(lines: list[Line], spans: list[tuple[int, Box]],
                added: frozenset) -> tuple[list[Line], frozenset]:
    """The lines with a stand-in word of no confidence over each stretch of ink beside a line
    that no word covers (the words a second reading added included), and the words added."""
    words = [w for line in lines for w in line]
    marks = []
    merged = [list(line) for line in lines]
    for index, box in spans:
        # A doubted word whose box only reaches into the span from above or below (a hand's
        # code read as one tall smudge over the label under it) does not cover it: its middle
        # lies off the span's band, it read the line above.
        if index >= len(merged) or any(_share_covered(box, w[1]) >= OVERLAP for w in words
                                       if w[2] >= SURE or box[1] <= (w[1][1] + w[1][3]) / 2
                                       <= box[3]):
            continue
        mark = (UNREAD, box, 0.0)
        merged[index].append(mark)
        merged[index].sort(key=lambda w: w[1][0])
        marks.append(mark)
    return merged, added | frozenset(marks)


# A pen's line on a phone's photo is thin and pale: averaged down to a quarter it is no ink
# (`unread_beside` misses it). On a page filled in by hand a label left alone on its line
# ("Asistents", "Mēnesis, gads") is looked at in the page's own pixels: pen strokes beside it.
PEN_BELOW = 150  # grey level of a pen's stroke in the page's own pixels
LABEL_WORDS = 3  # a label's line holds at most this many words
PEN_WIDTH_HEIGHTS = 1.5  # stroke columns across at least this many line heights: writing


def pen_beside_labels(image: Image.Image, lines: list[Line]) -> list[tuple[int, Box]]:
    """Lines of at most a few printed words with pen strokes to their right that no word
    covers: each line's index and the box of the writing. A stroke is ink a few pixels deep
    in a column (a dotted rule's dot is less, a table's border runs top to bottom)."""
    grey = np.asarray(image.convert("L"))
    pen = grey < PEN_BELOW
    for line in lines:  # what some line's word covers (writing read as a line of its own)
        for _text, (left, top, right, bottom), _conf in line:
            pen[max(0, top):bottom + 1, max(0, left):right + 1] = False
    found: list[tuple[int, Box]] = []
    right_edge = grey.shape[1] - grey.shape[1] // 30
    for index, line in enumerate(lines):
        if not line or len(line) > LABEL_WORDS or any(c < SURE for _t, _b, c in line):
            continue
        top = min(box[1] for _t, box, _c in line)
        bottom = max(box[3] for _t, box, _c in line)
        height = max(1, bottom - top)
        # Writing on a form's rule rises above the printed label's line.
        band_top = max(0, top - height // 2)
        start = max(box[2] for _t, box, _c in line) + height
        band = pen[band_top:bottom, start:right_edge]
        if band.size == 0:
            continue
        depth = band.sum(axis=0)
        strokes = np.flatnonzero((depth >= max(2, band.shape[0] * 0.15))
                                 & (depth < band.shape[0] * 0.9))
        if len(strokes) < PEN_WIDTH_HEIGHTS * height:
            continue
        found.append((index, (start + int(strokes[0]), band_top,
                              start + int(strokes[-1]) + 1, bottom)))
    return found


# Two lines of print Tesseract's layout read as one (a paragraph's close lines on a photo): the
# line's words, read surely, stand far taller than the page's print (each box reaches over
# both lines), and the lower line is lost or its words run into the upper's ("320904- Lēmums
# 27160,"). The block reading (`--psm 6`) keeps such lines apart.
RUN_TOGETHER_HEIGHTS = 1.4
RUN_TOGETHER_SURE = 0.6  # share of the line's words read surely: print, not a hand's writing


def lines_run_together(lines: list[Line], image: Image.Image | None = None) -> list[int]:
    """The indexes of lines whose surely read words stand far taller than the page's print
    and, in `image`, over two rows of ink with blank rows between (a title in a larger font
    is one row: it costs no second reading)."""
    usual = usual_height(lines)
    found = []
    for index, line in enumerate(lines):
        sure = [w for w in line if w[2] >= SURE]
        if len(line) < 3 or len(sure) < RUN_TOGETHER_SURE * len(line):
            continue
        if float(np.median([b[3] - b[1] for _t, b, _c in sure])) < RUN_TOGETHER_HEIGHTS * usual:
            continue
        if image is None or _two_rows_of_ink(image, line, usual):
            found.append(index)
    return found


ROW_INK_SHARE = 0.02  # of the line's width: a row of pixels this inked holds letters
ROW_FROM_HEIGHTS = 0.4  # of print's height: a run of inked rows this tall is a row of letters


def _two_rows_of_ink(image: Image.Image, line: Line, usual: float) -> bool:
    """Whether the line's band holds two rows of letters with blank rows between them."""
    left = min(b[0] for _t, b, _c in line)
    right = max(b[2] for _t, b, _c in line)
    top = min(b[1] for _t, b, _c in line)
    bottom = max(b[3] for _t, b, _c in line)
    ink = np.asarray(image.convert("L").crop((left, top, right, bottom))) < 128
    if ink.size == 0:
        return False
    inked = ink.sum(axis=1) >= ROW_INK_SHARE * ink.shape[1]
    runs, length = 0, 0
    for row in [*inked.tolist(), False]:
        if row:
            length += 1
            continue
        if length >= ROW_FROM_HEIGHTS * usual:
            runs += 1
        length = 0
    return runs >= 2


def split_run_together(lines: list[Line], block: list[Line], together: list[int]) -> list[Line]:
    """`lines` with each line run together replaced by the block reading's lines standing in
    its band, when the block holds two or more there, each of print's height, and read at
    least as many characters surely (a title in a larger font is one line in both readings)."""
    usual = usual_height(lines)
    replaced: list[Line] = []
    for index, line in enumerate(lines):
        if index not in together:
            replaced.append(line)
            continue
        top = min(b[1] for _t, b, _c in line)
        bottom = max(b[3] for _t, b, _c in line)
        inside = [row for row in block if row and sure_chars([row]) >= 2
                  and top <= float(np.median([(b[1] + b[3]) / 2 for _t, b, _c in row])) <= bottom]
        if len(inside) >= 2 and sure_chars(inside) >= sure_chars([line]) and all(
                float(np.median([b[3] - b[1] for _t, b, _c in row]))
                < RUN_TOGETHER_HEIGHTS * usual for row in inside):
            replaced.extend(inside)
        else:
            replaced.append(line)
    return replaced
