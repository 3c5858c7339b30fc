"""A typed line's tail under a stamp, read again in the line's own band from its dark ink.

A stamp pressed over the end of a line ("izdota Saldū 26.08.2019." under the orphan court's
seal) makes Tesseract stop the line short ("Saldū 2."): the ring's letters mix with the
print. Print is black and a stamp's ink lighter, so the line's band from its last read words
to the end of the unread ink beside it, keeping only the darkest pixels, reads as the line
again. The new reading replaces the old tail only when it opens with the same word the first
reading read there (it is the same line) and Tesseract is sure of every word of it.
"""

from __future__ import annotations

from collections.abc import Callable

from PIL import Image

Box = tuple[int, int, int, int]
PixelLine = list[tuple[str, Box, float]]
# Reads a crop as one line: the crop -> its words with boxes in the crop's pixels.
ReadLine = Callable[[Image.Image], PixelLine]

DARK_BELOW = 60  # grey level: print's black, not a stamp's lighter ink
SURE = 0.8
ANCHOR_WORDS = 2  # the tail is read from this many words before the line's end


def _band(line: PixelLine, span: Box) -> Box:
    top = min(b[1] for _t, b, _c in line)
    bottom = max(b[3] for _t, b, _c in line)
    pad = (bottom - top) // 3
    left = line[-min(ANCHOR_WORDS, len(line))][1][0]
    return left, max(0, top - pad), span[2], bottom + pad


def reread_tails(image: Image.Image, lines: list[PixelLine], spans: list[tuple[int, Box]],
                 read: ReadLine) -> list[PixelLine]:
    """The lines with each tail beside unread ink read again where the reading holds."""
    mended = [list(line) for line in lines]
    for index, span in spans:
        line = mended[index]
        if len(line) < ANCHOR_WORDS:
            continue
        band = _band(line, span)
        crop = image.convert("L").crop(band).point(lambda v: 0 if v < DARK_BELOW else 255)
        words = [(t, (b[0] + band[0], b[1] + band[1], b[2] + band[0], b[3] + band[1]), c)
                 for t, b, c in read(crop)]
        old = line[-min(ANCHOR_WORDS, len(line)):]
        if (not words or words[0][0] != old[0][0] or words[-1][1][2] <= old[-1][1][2]
                or any(c < SURE for _t, _b, c in words)):
            continue  # not the same line, no further than it was, or not read surely
        mended[index] = line[: len(line) - len(old)] + words
    return mended
