"""Options a pen ringed on a scanned or photographed form ("vajadzīgo apvilkt ar apli").

Tesseract reads a ring of ink drawn round a printed word as part of its letters: the ringed
option comes out garbled ("Gistenta pakalpojums>", "AKumiskais pārstāvis»"), read twice, or
not at all, while the options left bare read cleanly, so the bare ones look like the answer.
`ringed_options` finds the rings in the pixels: a connected run of ink shaped like an ellipse
round a word (ink on nearly every ray from its middle out near its edge, printed ink inside
it, a few letter heights tall at most: not a seal, a digit's loop or a table's cell). The words
inside a ring are read again from the page with the ring's ink whitened, and stand on their
line after "☒" (and before "☐" when the line goes on), as a digital form's drawn ellipse
reads (extract/marks.py `circle_marks`). A ringed word is a mark seen in pixels: its glyph and
its words keep a guess's confidence, below review's bar.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

from .marks import _YES_NO_PAIR, EMPTY, GUESSED_MARK, MARKED, _folded_word, _is_mark

Box = tuple[int, int, int, int]
PixelLine = list[tuple[str, Box, float]]
ReadLine = Callable[[Any], PixelLine]

_RAYS = 48
# A pen's ring by hand rarely meets its start: nearly closed is a ring.
_CLOSED_SHARE = 0.85
# The ring's ink lies near the ellipse its box draws (normalised radius), the ringed letters
# well inside it.
_BAND = (0.72, 1.08)
_INSIDE = 0.62
# The words' confidence after a ring: read again from cleaned pixels, but still a guess.
_RINGED_WORD_CONFIDENCE = 0.85


def _components(ink: Any, letter: float) -> tuple[Any, list[tuple[int, Box]]]:
    """Connected runs of ink (8-neighbours) of a boolean array: a label per pixel (0 none) and
    the label and box of each component of a ring's size for letters `letter` pixels high (a
    few letters tall, wider than tall, not a line across the page), in the raster order of
    their first pixel."""
    import cv2
    import numpy as np

    count, labels, stats, _centres = cv2.connectedComponentsWithStats(
        ink.astype(np.uint8), connectivity=8)
    # The size first, on every component's stats at once: a page's thousand letters and specks
    # are never a ring, and placing each of them in order cost ~15 ms a page.
    widths, heights = stats[1:count, 2], stats[1:count, 3]
    sized = np.flatnonzero((1.4 * letter <= heights) & (heights <= 3.2 * letter)
                           & (1.05 * heights <= widths) & (widths <= 30 * letter)) + 1
    # OpenCV's numbering depends on its scan strategy: ordered by first pixel, so which ring is
    # met first on a page does not change with the OpenCV build. A component's first pixel lies
    # on its box's top row; finding it there costs a few ms a page, where sorting every pixel's
    # label (np.unique) cost 0.4 s and put the OCR path over its speed bar.
    found: list[tuple[int, int, int, Box]] = []
    for number in sized.tolist():
        left, top, width, height = (int(v) for v in stats[number, :4])
        first = left + int(np.argmax(labels[top, left:left + width] == number))
        found.append((top, first, number, (left, top, left + width, top + height)))
    found.sort()
    return labels, [(number, box) for _top, _first, number, box in found]


def _letter_height(lines: list[PixelLine]) -> float:
    """The printed letters' height: the median box height of the surely read words."""
    heights = sorted(b[3] - b[1] for line in lines for text, b, c in line
                     if c >= 0.9 and len(text) >= 3 and text.isalpha())
    return float(heights[len(heights) // 2]) if heights else 0.0


def _ring(labels: Any, ink: Any, number: int, box: Box) -> bool:
    """Whether component `number` (of box `box`) is a ring round other ink: ink near the
    ellipse its box draws on nearly every ray from the middle, and ink of other components
    well inside it."""
    import numpy as np

    left, top, right, bottom = box
    own = labels[top:bottom, left:right] == number
    height, width = own.shape
    ys, xs = np.nonzero(own)
    a, b = width / 2.0, height / 2.0
    dx, dy = (xs + 0.5 - a) / a, (ys + 0.5 - b) / b
    radius = np.sqrt(dx * dx + dy * dy)
    in_band = (radius >= _BAND[0]) & (radius <= _BAND[1])
    if in_band.sum() < 0.6 * len(radius):
        return False  # mostly ink inside or outside the ellipse: a word, a scrawl
    angles = np.floor((np.arctan2(dy[in_band], dx[in_band]) + math.pi)
                      / (2 * math.pi) * _RAYS).astype(int) % _RAYS
    if len(set(angles.tolist())) < _CLOSED_SHARE * _RAYS:
        return False
    grid_y, grid_x = np.mgrid[0:height, 0:width]
    gx, gy = (grid_x + 0.5 - a) / a, (grid_y + 0.5 - b) / b
    inner = gx * gx + gy * gy < _INSIDE * _INSIDE
    others = ink[top:bottom, left:right] & ~own & inner
    return bool(others.sum() >= 0.03 * inner.sum())


def find_rings(image: Any, lines: list[PixelLine]) -> list[tuple[Box, Any]]:
    """The rings of ink round words on the page: each ring's box and its own ink (a boolean
    array over the box)."""
    import numpy as np

    letter = _letter_height(lines)
    if letter < 6:
        return []
    ink = np.asarray(image.convert("L")) < 128
    labels, components = _components(ink, letter)
    found: list[tuple[Box, Any]] = []
    for number, box in components:
        if _ring(labels, ink, number, box):
            own = labels[box[1]:box[3], box[0]:box[2]] == number
            found.append((box, own))
    return found


def _inside(word: Box, ring: Box, reach: float = 1.0) -> bool:
    """Whether a word's middle lies inside the ellipse a ring's box draws."""
    a, b = (ring[2] - ring[0]) / 2, (ring[3] - ring[1]) / 2
    cx, cy = (ring[0] + ring[2]) / 2, (ring[1] + ring[3]) / 2
    wx, wy = (word[0] + word[2]) / 2, (word[1] + word[3]) / 2
    return ((wx - cx) / a) ** 2 + ((wy - cy) / b) ** 2 < reach * reach


# What the ring's sides leave at a word's ends: brackets, quotes, a stop.
_RING_EDGES = "()[]{}<>«»\"'.,:;|!/-_~*"


def _mended(text: str, printed: set[str]) -> str:
    """A ringed word whose first or last letters the ring's ink took ("istenta", "pakalpoju"),
    or whose side it read as a letter ("isistenta"): the one word printed clearly elsewhere
    on the page holding it whole, a few letters longer; else the word as read."""
    if len(text) < 4 or not text.isalpha():
        return text
    # The ring's side may be read as a letter of its own at either end ("isistenta").
    for part in (text, text[1:], text[:-1], text[1:-1]):
        if len(part) < 4:
            continue
        whole = {word for word in printed
                 if part in word and len(word) - len(part) <= 3 and word.isalpha()}
        if whole:
            return whole.pop() if len(whole) == 1 else text
    return text


def _read_inside(image: Any, ring: Box, own: Any, read_line: ReadLine,
                 printed: set[str]) -> PixelLine:
    """The words inside a ring, read twice: with all of the ring's ink whitened (letters the
    pen's line touches go with it: "istenta" for "asistenta"), and with only its arcs above
    and below the letters and its outer edge whitened (touching letters stay, the ring's
    sides may read as brackets, taken off). Each word is mended from the page's clean words
    (`_mended`); the reading with more words so found wins; as many, the second wins when
    each of its words holds the first's word: the same reading with the letters the first
    lost (a short word, "Nē", only when read the same: the second may add a side as a
    letter)."""
    import numpy as np

    left, top, right, bottom = ring
    height, width = own.shape
    grid_y, grid_x = np.mgrid[0:height, 0:width]
    dx, dy = (grid_x + 0.5 - width / 2) / (width / 2), (grid_y + 0.5 - height / 2) / (height / 2)
    outer = own & ((np.abs(dy) >= 0.45) | (np.sqrt(dx * dx + dy * dy) >= 0.93))
    grey = np.asarray(image.convert("L"))
    pad = 6
    readings: list[PixelLine] = []
    for mask, margin in ((own, 0), (outer, pad)):
        x0, y0 = max(0, left - margin), max(0, top - margin)
        x1, y1 = min(grey.shape[1], right + margin), min(grey.shape[0], bottom + margin)
        crop = grey[y0:y1, x0:x1].copy()
        crop[top - y0:top - y0 + height, left - x0:left - x0 + width][mask] = 255
        from PIL import Image

        readings.append([(text.strip(_RING_EDGES), (b[0] + x0, b[1] + y0, b[2] + x0, b[3] + y0),
                          conf) for text, b, conf in read_line(Image.fromarray(crop))
                         if any(ch.isalnum() for ch in text)])
    found = [sum(_mended(text, printed) in printed for text, _b, _c in reading)
             for reading in readings]
    whole, kept = ([(_mended(text, printed), b, c) for text, b, c in reading]
                   for reading in readings)
    if found[0] != found[1]:
        return whole if found[0] > found[1] else kept
    # A short word ("Nē") is read whole by the first; the second may add a side as a letter.
    if kept and len(kept) == len(whole) and all(
            a[0] == b[0] or (a[0] in b[0] and len(a[0]) >= 4 and b[0].isalpha())
            for a, b in zip(whole, kept, strict=True)):
        return [(b[0], b[1], max(a[2], b[2])) for a, b in zip(whole, kept, strict=True)]
    return whole


def ringed_options(image: Any, lines: list[PixelLine], read_line: ReadLine) -> list[PixelLine]:
    """Lines with each ringed option read again without its ring and marked "☒" (see the
    module's docstring). Lines without a ring are returned as they were."""
    rings = find_rings(image, lines)
    if not rings:
        return lines
    result = [list(line) for line in lines]
    # The page's words printed clearly, outside every ring (a ringed word's own reading may
    # be a sure fragment).
    printed = {text.strip(_RING_EDGES) for line in lines for text, box, conf in line
               if conf >= 0.9 and len(text) >= 4
               and not any(_inside(box, ring, 1.2) for ring, _own in rings)}
    for ring, own in rings:
        left, top, right, bottom = ring
        words = [(text, box, min(conf, _RINGED_WORD_CONFIDENCE))
                 for text, box, conf in _read_inside(image, ring, own, read_line, printed)]
        if not words:
            continue
        middle = (top + bottom) / 2
        at_line = next((i for i, line in enumerate(result)
                        if any(b[1] <= middle <= b[3] and _inside(b, ring, 1.6)
                               for _t, b, _c in line)), None)
        if at_line is None:
            at_line = next((i for i, line in enumerate(result)
                            if any(b[1] <= middle <= b[3] for _t, b, _c in line)), None)
        if at_line is not None and any(_is_mark(t) is not None for t, _b, _c in result[at_line]):
            continue  # the line prints its own boxes: the ring is not how it marks
        if at_line is not None and len(words) == 1 and len(words[0][0]) <= 3 and any(
                _folded_word(t) in _YES_NO_PAIR
                and _folded_word(_YES_NO_PAIR[_folded_word(t)]) != _folded_word(words[0][0])
                for t, b, _c in result[at_line] if not _inside(b, ring)):
            # A ringed "Jā" or "Nē" beside the other, read again as neither (a macron lost
            # with the ring: "Nā"): `ringed_lost_answers` places it by the pair.
            continue
        height = words[0][1][3] - words[0][1][1]
        mark = (MARKED, (max(0, left - height), words[0][1][1], max(1, left - 2),
                         words[0][1][3]), GUESSED_MARK)
        if at_line is None:
            result.append([mark, *words])
            continue
        line = result[at_line]
        kept = [w for w in line if not _inside(w[1], ring)]
        before = [w for w in kept if w[1][2] <= (left + right) / 2]
        after = [w for w in kept if w[1][2] > (left + right) / 2]
        # Words after the ring on its line are not ringed: "☐" before them (as a digital
        # form's drawn ellipse reads), so a ringed row's option does not run on below.
        tail = [(EMPTY, (right + 2, words[-1][1][1], right + 2 + height, words[-1][1][3]),
                 GUESSED_MARK)] if after else []
        result[at_line] = [*before, mark, *words, *tail, *after]
    return result
