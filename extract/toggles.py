"""A screen's on/off switches read from their pixels (a portal or an app photographed or captured).

A phone's form shows a choice as a switch: a pill-shaped track with a round knob, the track
filled dark (or coloured) when on and light grey when off. Tesseract has no glyph for it: it
reads an on switch as "|", "6)" or "@", an off one as nothing or "☐", so every line of such a
list looked chosen (or none). A switch is found in the pixels left of a line's first word: a
filled shape about twice as wide as it is tall, its four corners paper (round ends), as tall as
the line or taller. Its track's darkness says on ("☒") or off ("☐"), what a text layer's
check box would say; the words OCR made of it go.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from PIL import Image

Box = tuple[int, int, int, int]
Line = list[tuple[str, Box, float]]

ON, OFF = "☒", "☐"
SWITCH_CONFIDENCE = 0.9
PAPER_FROM = 235  # lighter than this is the screen's white
DARK_BELOW = 128
WIDTH_PER_HEIGHT = (1.4, 2.7)  # a switch's track: about twice as wide as tall
HEIGHT_PER_WORD = (0.9, 3.0)  # its height against the line's word height
FILLED_FROM = 0.5  # share of the track's box that is not paper (an outlined box is far less)
ON_FROM, OFF_BELOW = 0.35, 0.08  # share of the box darker than DARK_BELOW
FLAT_WITHIN, FLAT_SHARE = 24, 0.6  # a track's one shade: this share within this of its median


def _is_word(text: str) -> bool:
    return sum(ch.isalpha() for ch in text) >= 2


def _runs(flags: np.ndarray) -> list[tuple[int, int]]:
    """(start, end) of each run of True in a 1-D array, end exclusive."""
    padded = np.concatenate(([False], flags, [False]))
    edges = np.flatnonzero(padded[1:] != padded[:-1])
    return [(int(edges[i]), int(edges[i + 1])) for i in range(0, len(edges), 2)]


def find_switch(pixels: np.ndarray, word: tuple[int, int, int, int]
                ) -> tuple[str, tuple[int, int, int, int]] | None:
    """The mark and box of a switch just left of `word` (its pixel box), or None."""
    import cv2

    left, top, _right, bottom = word
    height = max(1, bottom - top)
    centre = (top + bottom) // 2
    y0 = max(0, centre - 2 * height)
    y1 = min(pixels.shape[0], centre + 2 * height)
    x0 = max(0, left - 7 * height)
    x1 = max(x0, left - max(2, height // 5))
    if x1 - x0 < height or y1 - y0 < height:
        return None
    region = (pixels[y0:y1, x0:x1] < PAPER_FROM).astype(np.uint8)
    count, _labels, stats, _centres = cv2.connectedComponentsWithStats(region, connectivity=8)
    middle = centre - y0
    # The shape nearest the word whose height spans the word's middle.
    candidates = [
        stats[label] for label in range(1, count)
        if stats[label][1] <= middle < stats[label][1] + stats[label][3]
        and stats[label][2] >= height
    ]
    if not candidates:
        return None
    sx, sy, wide, tall, area = (int(v) for v in max(candidates, key=lambda st: st[0] + st[2]))
    if not (WIDTH_PER_HEIGHT[0] <= wide / max(1, tall) <= WIDTH_PER_HEIGHT[1]):
        return None
    if not (HEIGHT_PER_WORD[0] * height <= tall <= HEIGHT_PER_WORD[1] * height) or tall < 8:
        return None
    box = region[sy:sy + tall, sx:sx + wide].astype(bool)
    if area < FILLED_FROM * wide * tall:
        return None
    # Round ends: the box's corners are the screen's white.
    reach = max(1, tall // 8)
    if any(box[ys, xs].any() for ys, xs in (
            (slice(0, reach), slice(0, reach)), (slice(0, reach), slice(wide - reach, wide)),
            (slice(tall - reach, tall), slice(0, reach)),
            (slice(tall - reach, tall), slice(wide - reach, wide)))):
        return None
    grey = pixels[y0 + sy:y0 + sy + tall, x0 + sx:x0 + sx + wide]
    # A track is filled with one flat shade (a word's letters run together are ink and paper
    # in turn): most of what is not paper is within a few shades of its median.
    shades = grey[box].astype(np.int16)
    if float((np.abs(shades - np.median(shades)) <= FLAT_WITHIN).mean()) < FLAT_SHARE:
        return None
    dark = float((grey < DARK_BELOW).mean())
    found = (x0 + sx, y0 + sy, x0 + sx + wide, y0 + sy + tall)
    if dark >= ON_FROM:
        return ON, found
    if dark < OFF_BELOW:
        return OFF, found
    return None


def read_switches(image: Image.Image, lines: list[Line],
                  read_line: Callable[[Image.Image], Line]) -> list[Line]:
    """Lines that start with a screen's switch get "☒"/"☐" for it; a page with fewer than two
    switches is left as it was (one shape is no list).

    Tesseract joins the switch's edge to the first letter beside it ("arbs", "(GE sīvas"), so
    the line right of the switch is read again on its own (`read_line`, one crop a switch)."""
    pixels: np.ndarray | None = None
    found: dict[int, tuple[str, Box]] = {}
    for number, line in enumerate(lines):
        if any(text in (ON, OFF) for text, _box, _conf in line[3:]):
            continue
        for text, box, _conf in line[:3]:
            if not _is_word(text):
                continue
            if pixels is None:
                pixels = np.asarray(image.convert("L") if image.mode != "L" else image)
            switch = find_switch(pixels, box)
            if switch is None:
                continue
            # What OCR read before the word is its reading of the switch (it starts on it) or
            # of the first letter run into the switch's edge ("D" taken for a box).
            x0, up, x1, down = switch[1]
            if all(x0 - (down - up) // 2 <= b[0] < (x1 if _is_word(t) else x1 + down - up)
                   for t, b, _c in line[:[w[1] for w in line].index(box)]):
                found[number] = switch
            break
    if len(found) < 2:
        return lines
    mended: list[Line] = []
    for number, line in enumerate(lines):
        if number not in found:
            mended.append(line)
            continue
        mark, (x0, top, x1, bottom) = found[number]
        rest = [word for word in line if word[1][0] > x1]
        # The band of the switch (as tall as the line or taller), from its right edge to
        # the line's end.
        band = (x1 + 2, min([top] + [word[1][1] for word in rest]) - 2,
                max([x1 + 4] + [word[1][2] for word in rest]) + 4,
                max([bottom] + [word[1][3] for word in rest]) + 2)
        again = [(text, (left + band[0], up + band[1], right + band[0], down + band[1]), conf)
                 for text, (left, up, right, down), conf in read_line(image.crop(band))]
        if sum(_is_word(text) for text, _b, _c in again) < sum(
                _is_word(text) for text, _b, _c in rest):
            again = rest
        mended.append([(mark, (x0, top, x1, bottom), SWITCH_CONFIDENCE), *again])
    return mended


__all__ = ["OFF", "ON", "find_switch", "read_switches"]
