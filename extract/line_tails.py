"""A typed line's tail under a stamp, read again in the line's own band from its dark ink.

A stamp pressed over the end of a line ("izdota Saldū 26.08.2019." under the orphan court's
seal) makes Tesseract stop the line short ("Saldū 2."): the ring's letters mix with the
print. Print is black and a stamp's ink lighter, so the line's band from its last read words
to the end of the unread ink beside it, keeping only the darkest pixels, reads as the line
again. The new reading replaces the old tail only when it opens with the same word the first
reading read there (it is the same line) and Tesseract is sure of every word of it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

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
                 read: ReadLine, *, dark_only: bool = True) -> list[PixelLine]:
    """The lines with each tail beside unread ink read again where the reading holds (from
    the dark ink only, a stamp's lighter ink left out, unless `dark_only` is false)."""
    mended = [list(line) for line in lines]
    for index, span in spans:
        line = mended[index]
        if len(line) < ANCHOR_WORDS:
            continue
        band = _band(line, span)
        crop = image.convert("L").crop(band)
        if dark_only:
            crop = crop.point(lambda v: 0 if v < DARK_BELOW else 255)
        words = [(t, (b[0] + band[0], b[1] + band[1], b[2] + band[0], b[3] + band[1]), c)
                 for t, b, c in read(crop)]
        old = line[-min(ANCHOR_WORDS, len(line)):]
        if (not words or words[0][0] != old[0][0] or words[-1][1][2] <= old[-1][1][2]
                or any(c < SURE for _t, _b, c in words)):
            continue  # not the same line, no further than it was, or not read surely
        mended[index] = line[: len(line) - len(old)] + words
    return mended


# A written date's words in Latvian: "<year>. gada <day>. <month>" (or "g."); a line that stops at
# the day has lost its month, which is never left out.
_YEAR_WORD = re.compile(r"^(?:gada|g\.)$", re.IGNORECASE)
_DAY = re.compile(r"^(?:[1-9]|[12][0-9]|3[01])\.$")
EDGE_SHARE = 60  # the scanner's edge: this share of the page's width is left off the right


def reread_cut_dates(image: Image.Image, lines: list[PixelLine], read: ReadLine) -> list[PixelLine]:
    """Lines that end at a written date's day ("Kandavā, 2025. gada 30.") read again from the
    year word to the page's right edge: Tesseract's layout took the month beside it for a
    picture and left it out (its ink too faint at a quarter of a low-resolution page's size for
    `unread_ink` to count it). The new tail replaces the old only as `reread_tails` allows: the
    same first word, further than before and every word read surely. One Tesseract line
    reading per such line (few pages have one)."""
    spans: list[tuple[int, Box]] = []
    right = image.width - image.width // EDGE_SHARE
    for index, line in enumerate(lines):
        if (len(line) >= ANCHOR_WORDS and _YEAR_WORD.match(line[-2][0])
                and _DAY.match(line[-1][0]) and line[-1][1][2] < right):
            top = min(b[1] for _t, b, _c in line)
            bottom = max(b[3] for _t, b, _c in line)
            spans.append((index, (line[-1][1][2], top, right, bottom)))
    # No stamp is looked for: a low-resolution page's thin print is kept grey, as it was read.
    return (reread_tails(image, lines, spans, _with_margin(read), dark_only=False) if spans
            else lines)


def _with_margin(read: ReadLine) -> ReadLine:
    """`read` given the crop inside a white margin of half its height (a band cut a pixel
    from the first letter reads it wrong), the boxes put back in the crop's pixels."""
    def padded(crop: Image.Image) -> PixelLine:
        pad = max(2, crop.height // 2)
        framed = Image.new("L", (crop.width + 2 * pad, crop.height + 2 * pad), 255)
        framed.paste(crop.convert("L"), (pad, pad))
        return [(t, (b[0] - pad, b[1] - pad, b[2] - pad, b[3] - pad), c)
                for t, b, c in read(framed)]
    return padded


DOUBTFUL = 0.6  # a word Tesseract read below this is nonsense more often than not
STAMP_INK = 1.4  # a stretch under a stamp holds this many times the light ink of clean print
MAX_STRETCH = 5  # words a stamp covers in one line, at most
MAX_MIDDLES = 3  # lines of a page read again for a stamp over their middle, at most


def _light_ink(grey: Image.Image, box: Box) -> float:
    """The share of a box's pixels in a stamp's lighter ink (grey, neither print nor paper)."""
    crop = grey.crop(box)
    histogram = crop.histogram()
    total = sum(histogram) or 1
    return sum(histogram[DARK_BELOW:200]) / total


def _joined(words: PixelLine) -> Box:
    return (min(b[0] for _t, b, _c in words), min(b[1] for _t, b, _c in words),
            max(b[2] for _t, b, _c in words), max(b[3] for _t, b, _c in words))


def _stretch_under_stamp(grey: Image.Image, line: PixelLine) -> tuple[int, int] | None:
    """The run of doubtful words inside a line, between sure ones, whose ink is a stamp's
    lighter ink over print ("Krīgg army perša" under an orphan court's seal): (first, last)."""
    doubtful = [i for i, (_t, _b, c) in enumerate(line) if c < DOUBTFUL]
    if not doubtful:
        return None
    first, last = doubtful[0], doubtful[-1]
    if first == 0 or last == len(line) - 1 or last - first + 1 > MAX_STRETCH:
        return None
    if line[first - 1][2] < SURE or line[last + 1][2] < SURE:
        return None
    sure = [w for w in line if w[2] >= SURE]
    clean = _light_ink(grey, _joined(sure))
    return (first, last) if _light_ink(grey, _joined(line[first:last + 1])) >= STAMP_INK * clean \
        else None


def reread_stamped_middles(image: Image.Image, lines: list[PixelLine],
                           read: ReadLine) -> list[PixelLine]:
    """A stamp pressed over the middle of a typed line ("par aizgādni Voldemāram fon Krīgg army
    perša as kods ..." under the seal): the line's band, its dark ink only, read again. The new
    words replace the doubtful stretch when the reading keeps the sure word before it and the
    one after it (or ends a word with it: "as" was the tail of "personas") and is sure of every
    word between."""
    grey = image.convert("L")
    mended = [list(line) for line in lines]
    tried = 0
    for index, line in enumerate(mended):
        if len(line) < 4 or tried >= MAX_MIDDLES:
            continue
        stretch = _stretch_under_stamp(grey, line)
        if stretch is None:
            continue
        tried += 1
        for words in _dark_readings(grey, line, read):
            stitched = _stitched(line, stretch, words)
            if stitched is not None:
                mended[index] = stitched
                break
    return mended


def _dark_readings(grey: Image.Image, words: PixelLine, read: ReadLine) -> Iterator[PixelLine]:
    """The band of `words` read again from its dark ink alone, in page pixels: first at the
    usual cut, then at the darkest print alone (how dark a stamp's ink prints varies, and the
    first cut may still let the ring through)."""
    x0, top, x1, bottom = _joined(words)
    pad = (bottom - top) // 3
    band = (max(0, x0 - pad), max(0, top - pad), x1 + pad, bottom + pad)
    for dark in (DARK_BELOW, DARK_BELOW // 2):
        crop = grey.crop(band).point(lambda v, dark=dark: 0 if v < dark else 255)
        yield [(t, (b[0] + band[0], b[1] + band[1], b[2] + band[0], b[3] + band[1]), c)
               for t, b, c in read(crop)]


def _stitched(line: PixelLine, stretch: tuple[int, int], words: PixelLine) -> PixelLine | None:
    """The line with its doubtful stretch replaced by the words a new reading has between the
    same sure neighbours, when it is sure of every one of them; None otherwise."""
    first, last = stretch
    before, after = line[first - 1][0], line[last + 1][0]
    start = next((i for i, w in enumerate(words) if w[0] == before), None)
    if start is None:
        return None
    end = next((i for i in range(start + 1, len(words)) if words[i][0] == after), None)
    upto = last + 1
    if end is None and len(after) >= 2:
        # the sure word after the stretch was the tail of a word the stamp covered
        end = next((i for i in range(start + 1, len(words))
                    if words[i][0].endswith(after)), None)
        upto, end = last + 2, None if end is None else end + 1
    if end is None:
        return None
    middle = words[start + 1:end]
    if not middle or any(c < SURE for _t, _b, c in middle):
        return None
    return line[:first] + middle + line[upto:]


MAX_RUNS = 2  # lines a second (block) reading added that are read again from dark ink, a page
LONG_WORD = 6  # letters and digits: a word this long read again is the same word


def _bare(text: str) -> str:
    return text.strip(".,:;()[]\"'„”“")


def reread_stamped_runs(image: Image.Image, block: list[PixelLine], added: frozenset,
                        read: ReadLine) -> list[PixelLine]:
    """A typed line the first reading dropped whole under a stamp's edge ("Salaspilī,
    12.08.2024." with the seal's ring over its date), which the block reading returned with its
    end doubted ("12.08.202%V") and the ring's letters after it: the words the block added on
    that line, their band's dark ink only, read again. The new reading replaces them when it
    opens with the same sure word and is sure of every word (the stamp's ink is gone from it);
    otherwise they stay as they were, for `only_sure_runs` to judge. A ring's edge over a few
    digits adds too little light ink to tell from print's grey edges: any added run opening
    with a sure word and holding a doubted one is read again (a few a page, only on a page
    read twice already). The block comes back mended (its words are added again)."""
    grey = image.convert("L")
    mended = [list(line) for line in block]
    tried = 0
    for index, line in enumerate(mended):
        run = [w for w in line if w in added]
        doubted = [w for w in run if w[2] < SURE]
        # The run opens with a word read surely, or holds a long one (a date inside the seal's
        # ring, "19.11.2024" doubted beside the ring's letters) that the new reading must keep.
        anchors = {_bare(t) for t, _b, _c in run if sum(ch.isalnum() for ch in t) >= LONG_WORD}
        if tried >= MAX_RUNS or not doubted or (run[0][2] < SURE and not anchors):
            continue
        tried += 1
        for words in _dark_readings(grey, run, read):
            opens = words and (words[0][0] == run[0][0] if run[0][2] >= SURE
                               else any(_bare(t) in anchors for t, _b, _c in words))
            if opens and all(c >= SURE for _t, _b, c in words):
                mended[index] = [w for w in line if w not in run] + words
                mended[index].sort(key=lambda w: w[1][0])
                break
    return mended
