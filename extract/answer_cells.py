"""A ruled table's column of short answers whose cells OCR read in one row and left empty in
the rows around it, each such cell read again alone.

A commission's table of functional areas ("kustības (pārvietošanās)" | "ir"), its answers
short words centred in their cells between the rules: Tesseract's layout reads the areas in
the left column and drops most of the answers beside them (a scan's damage, a punched hole or
the binding's shadow beside the table, is enough), so the opinion read every limitation as
unanswered. The column is known from the answers OCR did read surely (a short word alone at
the row's right); each row of the same table with no word in that column but ink in its
cell has the cell read as one line, its rules taken off first. Only a reading as sure and as
short as the answers read is joined to the row, below the sure bar.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from PIL import Image

Box = tuple[int, int, int, int]
PixelLine = list[tuple[str, Box, float]]
ReadLine = Callable[[Image.Image], PixelLine]

SURE = 0.85  # an answer read this surely marks the column, a cell's reading this surely counts
ANSWER_LETTERS = (2, 5)  # an answer is one word of this many letters ("ir", "nav", "jā")
RIGHT_FROM = 0.5  # of the page's width: the answers' column stands in the right half
ROW_GAP_HEIGHTS = 2.5  # rows of one table follow each other closer than this many heights
INK_BELOW = 128  # grey level of print
RULE_INK_BELOW = 192  # a rule's pixels, its grey edge included
RULE_SHARE = 0.8  # of the crop's width (or height): a row (column) this inked is a rule
CELL_INK_FROM = 0.004  # share of the cell's pixels: less is an empty cell
ADDED_CONFIDENCE = 0.85  # an answer read alone is below the sure bar (a person looks)
MAX_CELLS = 8  # cells read again on a page, at most (each one small Tesseract run)


def _is_answer(word: tuple[str, Box, float]) -> bool:
    text = word[0].strip(".,;:")
    return text.isalpha() and ANSWER_LETTERS[0] <= len(text) <= ANSWER_LETTERS[1]


def _own_cell(crop: Image.Image, middle: int) -> tuple[int, int]:
    """The rows of `crop` between the rules nearest above and below its row `middle` pixels
    down (a cell's answer may sit lower than the left cell's words: the row above's answer
    is no part of it); the crop's own edge where no rule shows."""
    dark = np.asarray(crop.convert("L")) < RULE_INK_BELOW
    rules = np.flatnonzero(dark.mean(axis=1) >= RULE_SHARE)
    above = rules[rules < middle]
    below = rules[rules > middle]
    return (int(above.max()) if len(above) else 0,
            int(below.min()) if len(below) else crop.height)


def _without_rules(crop: Image.Image) -> Image.Image:
    """The cell with the table's rules whitened: rows and columns of pixels mostly inked, and
    the pixel beside each (a rule's grey edge)."""
    pixels = np.asarray(crop.convert("L")).copy()
    dark = pixels < RULE_INK_BELOW
    for axis in (1, 0):
        rule = dark.mean(axis=axis) >= RULE_SHARE
        rule = rule | np.roll(rule, 1) | np.roll(rule, -1)
        if axis == 1:
            pixels[rule, :] = 255
        else:
            pixels[:, rule] = 255
    return Image.fromarray(pixels, mode="L")


def _band(line: PixelLine) -> tuple[int, int]:
    return min(b[1] for _t, b, _c in line), max(b[3] for _t, b, _c in line)


def reread_answer_cells(image: Image.Image, lines: list[PixelLine],
                        read: ReadLine) -> list[PixelLine]:
    """`lines` with the answers read again in a short-answer column's empty inked cells (each
    added as a line of its own, as Tesseract gives a cell's word)."""
    width = image.width
    words = [w for line in lines for w in line]
    if not any(len(line) == 1 for line in lines):
        return lines
    # The rows' left cells: lines wholly in the left half, top to bottom.
    rows = sorted((line for line in lines if line
                   and max(b[2] for _t, b, _c in line) < RIGHT_FROM * width),
                  key=lambda line: _band(line)[0])

    def beside(row: PixelLine, left: int, right: int) -> bool:
        top, bottom = _band(row)
        return any(b[0] < right and b[2] > left and b[1] < bottom and b[3] > top
                   for _t, b, _c in words)

    added: list[PixelLine] = []
    done: set[int] = set()
    reads = 0
    grey: Image.Image | None = None
    # An answer is a cell's one word: a line of its own in Tesseract's layout.
    for answer_word in (line[0] for line in lines if len(line) == 1):
        _text, answer, confidence = answer_word
        if not _is_answer(answer_word) or confidence < SURE or answer[0] < RIGHT_FROM * width:
            continue
        # Its own row: a left cell level with it.
        mine = [i for i, row in enumerate(rows)
                if _band(row)[0] < answer[3] and _band(row)[1] > answer[1]]
        if len(mine) != 1:
            continue
        height = max(1, _band(rows[mine[0]])[1] - _band(rows[mine[0]])[0])  # the row's print
        centre = (answer[0] + answer[2]) / 2
        half = 2 * height  # a cell's answer is centred: "ir" and "nav" share the centre
        left, right = int(centre - half), int(centre + half)
        for step in (1, -1):
            previous, k = mine[0], mine[0] + step
            while 0 <= k < len(rows) and reads < MAX_CELLS:
                row = rows[k]
                top, bottom = _band(row)
                if abs(top - _band(rows[previous])[0]) > ROW_GAP_HEIGHTS * height \
                        or max(b[2] for _t, b, _c in row) >= left:
                    break  # past the table, or a line reaching into the answers' column
                previous, k = k, k + step
                if id(row) in done or beside(row, left, right):
                    continue
                band = (max(0, left), max(0, top - height), min(width, right),
                        min(image.height, bottom + height))
                grey = grey or image.convert("L")
                upper, lower = _own_cell(grey.crop(band), (top + bottom) // 2 - band[1])
                band = (band[0], band[1] + upper, band[2], band[1] + lower)
                cell = _without_rules(grey.crop(band))
                if float((np.asarray(cell) < INK_BELOW).mean()) < CELL_INK_FROM:
                    continue
                reads += 1
                found = read(cell)
                if len(found) != 1 or not _is_answer(found[0]) or found[0][2] < SURE:
                    continue
                word, box, sure = found[0]
                added.append([(word, (box[0] + band[0], box[1] + band[1], box[2] + band[0],
                                      box[3] + band[1]), min(sure, ADDED_CONFIDENCE))])
                done.add(id(row))
    return [list(line) for line in lines] + added if added else lines
