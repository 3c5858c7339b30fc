"""Hand-filled values on scans: words Tesseract read unsure, read again by a recogniser of hands.

Tesseract's `lav` model reads print; a value written by hand into a form (a name on a dotted
line, a personal code one digit per box, a phone number, a date, hours in a cell) comes back as
low-confidence nonsense ("0998506-1795" for "030856-17193") even with the boxes and rules
removed. PP-OCR's multilingual recogniser (`rapidocr`, its ONNX model shipped in the wheel, run by
onnxruntime on the CPU) was trained on far more varied writing and reads most of those values.

It runs only on a page filled in by hand (`HAND_FILLED_FROM` runs Tesseract doubted), and there
only where Tesseract was unsure: a run of words below `HAND_BELOW` on one line is cut out of the
page one table cell at a time, read as it is and with a form's rules and letter boxes erased,
and put in place of Tesseract's words when the recogniser is sure of it and surer than
Tesseract was. A value read so
is reported with a confidence of its own (`evidence_confidence.yaml`: `handwriting_code`,
`handwriting`, `handwriting_letters`), below review's bar: the model may drop a hand's diacritic
marks (they are separate strokes) and a phone has no check digit, so a person confirms what was
read. A code shaped like a personal code must pass its checksum, a date must be a date, or the
reading is refused.
"""

from __future__ import annotations

import functools
import logging
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from itertools import pairwise
from typing import Any

from PIL import Image

from ..errors import MissingDependencyError
from ..forms.latvian_dates import parse_date
from ..forms.personal_code import is_valid_personal_code, normalize_personal_code
from .layout import fold

log = logging.getLogger(__name__)

Box = tuple[int, int, int, int]
Line = list[tuple[str, Box, float]]

HAND_BELOW = 0.8  # a word Tesseract read below this is a candidate (print reads 0.9+)
RUN_BELOW = 0.65  # and a run of them is read again only when Tesseract was this unsure on average
PROSE_GAP = 1.5  # line heights: printed words this close on both sides make a run a misread word
MAX_WIDTH = 16  # line heights: the widest crop read (the recogniser's time grows with width)
ACCEPT_FROM = 0.8  # the recogniser's own score needed before its reading replaces Tesseract's
GAIN_OVER_TESSERACT = 0.1  # and it must be this much surer than Tesseract was on those words
MAX_REGIONS_PER_PAGE = 40
# Half-heights, in the label's heights, of the bands a comb of letter boxes is looked for in.
BOX_REACH = (1.5, 2.5, 3.5)
# Runs of three or more letters or digits on a page before it counts as filled in by hand: the
# sample's typed scans have at most 3, the hand-filled forms of sets D and E 4 to 12.
HAND_FILLED_FROM = 4  # a page of nothing but doubt is a bad scan, not a filled form
# A short sure word inside a run of unsure ones ("/Z.2/Z9Z" "3") belongs to the same hand.
SHORT_SURE_WORD = 2
_BOX_GLYPHS = frozenset("☐☒")
_INK = 140  # grey level below which a pixel is ink
_CODE_SHAPE = re.compile(r"^\d{6}-?\d{5}$")
# What a Latvian form is filled in with: Latin letters with Latvian marks, digits, punctuation.
_PLAIN = re.compile(r"[A-Za-z0-9āčēģīķļņšūžĀČĒĢĪĶĻŅŠŪŽ .,:;/()@+'\"„”“_-]+")
SAME_READING = 0.85  # folded similarity at which two readings are one (Tesseract's is kept)
# A hand's "l" is a single upright stroke the recogniser may return as "/" ("Danii/s"): between
# two letters no form writes a slash.
_STROKE_IN_WORD = re.compile(r"(?<=[^\W\d_])[/|](?=[^\W\d_])")
# A number with letters among its digits that only a hand's digits look like ("oz.03" for
# "02.03", "20t)." for "2021."): print has no such word, whatever Tesseract's confidence in it,
# so the run it stands in is written, and read again.
_MISREAD_NUMBER = re.compile(r"^(?=(?:[^\d]*\d){2})(?=.*[ozZtsSB])[\doozZtlIsSB.,/()-]{3,12}$")
# A comb of letter boxes filled by hand, read by Tesseract as one word: the boxes' sides come
# back as brackets and bars between the letters ("[c[>[0[6]7]o]-" for "030670-"). However sure
# Tesseract says it is, such a word is a hand's value for the comb reader.
# A year Tesseract read off a hand's date with its 0 taken for a 9 ("2925. gada", "2926."):
# sure of it, but no paper of the service is dated in the twenty-second century or later.
_MISREAD_YEAR = re.compile(r"^2[1-9]\d\d\.$")
_COMB_READING = re.compile(r"^(?=(?:[^\[\]|]*[\[\]|]){4})(?=.*[^\W_]).{6,}$")
_GLUED_NUMBER = re.compile(r"(?<=[^\W\d_]{3})(?=\d{6})")
_DATE_SHAPE = re.compile(r"^(\d{1,2})[./-](\d{1,2})[./-](\d{4})\.?$")
# A date written with slashes whose one slash the recogniser lost ("1209/2023", "12/092023"):
# a slash is a thin stroke next to a 1 or a 7; a dot is a speck ("16.042024."), and the one
# after the year, when written, stays.
_HALF_SEPARATED_DATE = re.compile(r"^(\d{2})([./-]?)(\d{2})([./-]?)(\d{4})(\.?)$")


@dataclass(frozen=True, slots=True)
class Region:
    """A run of unsure words on one Tesseract line: `line` index, words [start, end)."""

    line: int
    start: int
    end: int
    box: Box
    # How far left and right the crop may reach (a table cell's borders), in page pixels.
    x_min: int = 0
    x_max: int = 1 << 30


_UMLAUT_AS_MACRON = str.maketrans("äüáúéíÄÜÁÚÉÍ", "āūāūēīĀŪĀŪĒĪ")


@functools.cache
def _recogniser() -> Any:
    """The PP-OCR text recogniser, loaded once per process (~0.2 s), one thread like Tesseract."""
    try:
        from rapidocr import RapidOCR
    except ImportError as exc:  # a broken install: it is a runtime dependency
        raise MissingDependencyError(
            "rapidocr is not installed (reads handwriting on scans); run scripts/setup.sh"
        ) from exc
    logging.getLogger("RapidOCR").setLevel(logging.WARNING)
    return RapidOCR(
        params={
            "Global.log_level": "warning",
            "Global.use_det": False,
            "Global.use_cls": False,
            "EngineConfig.onnxruntime.intra_op_num_threads": 1,
            "EngineConfig.onnxruntime.inter_op_num_threads": 1,
        }
    )


def recognise(crop: Image.Image) -> tuple[str, float]:
    """The text of one line image and the recogniser's score (0..1)."""
    import numpy as np

    if crop.width > MAX_WIDTH * 2 * max(1, crop.height):
        return "", 0.0  # a sliver, not a line of writing (and the costliest thing to read)
    grey = np.asarray(crop.convert("L"))
    # The recogniser expects a colour image; three equal channels are a grey one.
    out = _recogniser()(np.stack([grey] * 3, axis=-1), use_det=False, use_cls=False)
    texts, scores = getattr(out, "txts", None), getattr(out, "scores", None)
    if not texts:
        return "", 0.0
    # The recogniser knows German and Spanish: a macron over a vowel read as two dots or an
    # accent ("tälr.", "Júrasmalas") is the Latvian long vowel; Latvian writes neither.
    text = " ".join(str(texts[0]).split()).translate(_UMLAUT_AS_MACRON)
    return text, float(scores[0]) if scores else 0.0


def erase_rules(crop: Image.Image) -> Image.Image | None:
    """The crop with a form's letter boxes and rules whitened, or None when it has none.

    The sides of letter boxes are the longest vertical runs of ink in the crop, several of about
    one length; a rule or a box's top and bottom is a horizontal run across a good part of it.
    A hand's strokes are slanted or short, so they survive.
    """
    import numpy as np

    pixels = np.asarray(crop.convert("L")).copy()
    ink = pixels < _INK
    height, width = ink.shape
    changed = False
    runs = longest_runs(ink.T)  # per column
    longest = int(runs.max()) if runs.size else 0
    if longest >= height * 0.35:
        sides = np.flatnonzero(runs >= longest * 0.8)
        groups = clusters(sides)
        gaps = sorted(b[0] - a[1] for a, b in pairwise(groups))
        # At least two boxes, about as wide as they are high: a comb, not a word's strokes.
        if len(groups) >= 3 and gaps[len(gaps) // 2] >= longest * 0.5:
            for first, last in _digit_strokes(groups):
                sides = sides[(sides < first) | (sides > last)]
            for x in sides:
                band = slice(max(0, x - 1), x + 2)
                pixels[:, band][ink[:, band]] = 255
            changed = True
    rows = longest_runs(ink)
    for y in np.flatnonzero(rows >= width * 0.3):
        pixels[max(0, y - 1) : y + 2, :] = 255
        changed = True
    return Image.fromarray(pixels) if changed else None


# A hand's "1" in a letter box is an upright stroke as tall as the box's sides: it stands
# between two sides one box apart, each nearer than a box's width, where a side stands a box's
# width from the next. Erased with the sides, "151093-12879" read "51093-2879".
IN_BOX_SHARE = 0.75  # of the boxes' pitch: a stroke this near both neighbours is inside a box
PITCH_SLACK = 0.3


def _digit_strokes(groups: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The upright runs among a comb's sides that are strokes written inside a box."""
    centres = [(a + b) / 2 for a, b in groups]
    steps = sorted(b - a for a, b in pairwise(centres))
    if len(steps) < 2:
        return []
    pitch = steps[len(steps) // 2]
    strokes = []
    for at in range(1, len(centres) - 1):
        before, after = centres[at] - centres[at - 1], centres[at + 1] - centres[at]
        if before < IN_BOX_SHARE * pitch and after < IN_BOX_SHARE * pitch \
                and abs(before + after - pitch) <= PITCH_SLACK * pitch:
            strokes.append(groups[at])
    return strokes


def clusters(positions: Any, gap: int = 3) -> list[tuple[int, int]]:
    """Runs of neighbouring positions (sorted ints) as (first, last)."""
    found: list[tuple[int, int]] = []
    for p in positions:
        p = int(p)
        if found and p - found[-1][1] <= gap:
            found[-1] = (found[-1][0], p)
        else:
            found.append((p, p))
    return found


def walls(crop: Image.Image) -> list[int]:
    """x of the table borders crossing the crop from top to bottom (a cell's edge)."""
    import numpy as np

    ink = np.asarray(crop.convert("L")) < _INK
    runs = longest_runs(ink.T)
    return [(a + b) // 2 for a, b in clusters(np.flatnonzero(runs >= ink.shape[0] * 0.9))]


def text_band(crop: Image.Image, rows_of_words: tuple[int, int] | None = None) -> Image.Image:
    """The crop cut to the rows of its line of writing (a hand strays into the lines above
    and below; the recogniser reads one line): the band over the rows Tesseract found the words
    in (`rows_of_words`, crop pixels), else the one with the most ink."""
    import numpy as np

    ink = np.asarray(crop.convert("L")) < _INK
    counts = ink.sum(axis=1)
    if not counts.any():
        return crop
    # Ink enough to be writing, measured against the line's own rows (a bold title above a
    # thin hand would otherwise set the bar).
    own = counts
    if rows_of_words is not None:
        own = counts[max(0, rows_of_words[0]) : max(rows_of_words[0] + 1, rows_of_words[1])]
    peak = int(own.max()) if own.size and own.any() else int(counts.max())
    rows = np.flatnonzero(counts > max(1, peak * 0.08))
    bands = clusters(rows, gap=2)
    if not bands:
        return crop  # specks of one pixel a row: no line of writing to cut to

    def weight(band: tuple[int, int]) -> tuple[int, int]:
        over = 0
        if rows_of_words is not None:
            over = max(0, min(band[1], rows_of_words[1]) - max(band[0], rows_of_words[0]))
        return over, int(counts[band[0] : band[1] + 1].sum())

    top, bottom = max(bands, key=weight)
    margin = max(2, (bottom - top) // 6)
    return crop.crop((0, max(0, top - margin), crop.width, min(crop.height, bottom + margin + 1)))


def longest_runs(bitmap: Any) -> Any:
    """Longest run of True along each row of a 2-D boolean array."""
    import numpy as np

    width = bitmap.shape[1]
    if width == 0:
        return np.zeros(bitmap.shape[0], dtype=np.int64)
    # Each pixel's distance from the last blank pixel to its left is the run it ends; one pass
    # for the whole array (a Python loop over rows cost more than the recogniser on a page).
    columns = np.arange(width)
    last_blank = np.maximum.accumulate(np.where(bitmap, -1, columns), axis=1)
    return (columns - last_blank).max(axis=1)


def unsure_regions(lines: Sequence[Line], below: float = HAND_BELOW, *,
                   apart: bool = False) -> list[Region]:
    """Runs of words Tesseract was unsure of, line by line (tick boxes and lone marks left out):
    below `below`; with `apart`, a run cut where a column's blank stands in it."""
    regions: list[Region] = []
    for index, line in enumerate(lines):
        i = done = 0
        while i < len(line):
            if not _unsure(line[i], below):
                i += 1
                continue
            # Sure figures just before the run are the start of the same hand's number
            # ("2198" "63-12847" for a code written "210869-12847"): read again with it.
            while i > done and _FIGURE_PIECE.match(line[i - 1][0]) \
                    and _near(line[i - 1][1], line[i][1]) and not _unsure(line[i - 1], below):
                i -= 1
            j = i + 1
            while j < len(line):
                if _unsure(line[j], below) or (
                    (len(line[j][0]) <= SHORT_SURE_WORD or _FIGURE_PIECE.match(line[j][0]))
                    and _near(line[j - 1][1], line[j][1])
                ):
                    j += 1
                else:
                    break
            if (
                (any(len(_letters_digits(text)) >= 2 for text, _b, _c in line[i:j])
                 or _lone_figure(line[i:j]))
                and (_run_conf(line[i:j], below) < RUN_BELOW
                     or any(_MISREAD_NUMBER.match(t) or _COMB_READING.match(t)
                            or _MISREAD_YEAR.match(t) for t, _b, _c in line[i:j])
                     # a code's figures that fail its checksum: a hand's digit misread
                     or _checks_out("".join(t for t, _b, _c in line[i:j])) is False)
                and not _inside_prose(line, i, j)
            ):
                for a, b in _column_pieces(line, i, j) if apart else [(i, j)]:
                    boxes = [box for _t, box, _c in line[a:b]]
                    box = (
                        min(b[0] for b in boxes),
                        min(b[1] for b in boxes),
                        max(b[2] for b in boxes),
                        max(b[3] for b in boxes),
                    )
                    regions.append(Region(index, a, b, box))
            i = done = j
    return regions


# A hand's words stand a letter or two apart; a blank this many line heights wide between two
# doubted words is a form's gap between two blanks (a phone and an e-mail, an activity and its
# hours): each side is a value of its own, read alone.
COLUMN_GAP_HEIGHTS = 4.0


def _column_pieces(line: Line, start: int, end: int) -> list[tuple[int, int]]:
    """A run's words [start, end) cut where a column's blank stands between two of them; only
    pieces holding a doubted word (a sure short word left alone is print)."""
    pieces: list[tuple[int, int]] = []
    first = start
    for k in range(start + 1, end):
        a, b = line[k - 1][1], line[k][1]
        height = max(a[3] - a[1], b[3] - b[1], 1)
        # Cut only between values of two kinds: a row's date and its times, a label's word and
        # its value's, read better as one run (cut, a photographed sheet lost two rows, a
        # written surname its "ū", a code over a dotted leader its figures).
        if b[0] - a[2] > COLUMN_GAP_HEIGHTS * height and _other_kinds(line[k - 1][0],
                                                                      line[k][0]):
            pieces.append((first, k))
            first = k
    pieces.append((first, end))
    return [(a, b) for a, b in pieces if any(_unsure(w) for w in line[a:b])]


def _other_kinds(left: str, right: str) -> bool:
    """The words either side of a blank of different kinds, a number beside a word or an
    e-mail address (a phone and an e-mail, an activity and its hours, a place and a year):
    two values. A row's date beside its times, a name's two words, stay one run."""
    def kind(text: str) -> str:
        if "@" in text:
            return "mail"
        digits = sum(ch.isdigit() for ch in text)
        letters = sum(ch.isalpha() for ch in text)
        return "number" if digits >= 2 and letters < 3 else "words" if letters >= 3 and \
            not digits else "mixed"
    kinds = {kind(left), kind(right)}
    return "mixed" not in kinds and len(kinds) == 2


# A number written by hand into a cell that Tesseract read as one digit, alone or with a
# speck ("1" for a hand's "2", "2%" for "32"), and was this unsure of: hours in a form's cell.
LONE_FIGURE_BELOW = 0.5


def _lone_figure(run: Line) -> bool:
    """Whether a run is one word holding a single digit Tesseract barely read."""
    if len(run) != 1:
        return False
    text, _box, conf = run[0]
    return conf < LONE_FIGURE_BELOW and _letters_digits(text).isdigit() \
        and len(_letters_digits(text)) == 1


def _inside_prose(line: Line, start: int, end: int) -> bool:
    """Whether the run sits between printed words close on both sides: a word of a sentence
    misread (Tesseract's own doubt), not a value written into a form's blank."""
    def printed_near(index: int, gap: float) -> bool:
        if not 0 <= index < len(line):
            return False
        text, _box, conf = line[index]
        return conf >= HAND_BELOW and len(text) > SHORT_SURE_WORD and gap < PROSE_GAP * height

    height = max(b[3] - b[1] for _t, b, _c in line[start:end])
    left_gap = line[start][1][0] - line[start - 1][1][2] if start > 0 else 1e9
    right_gap = line[end][1][0] - line[end - 1][1][2] if end < len(line) else 1e9
    return printed_near(start - 1, left_gap) and printed_near(end, right_gap)


def _run_conf(run: Line, below: float) -> float:
    """Tesseract's mean confidence over a run, a sure figure piece joined to it left out."""
    counted = [c for t, _b, c in run if c < below or not _FIGURE_PIECE.match(t)]
    return sum(counted) / len(counted) if counted else 1.0


# A few figures with no letter read surely right after a hand's unsure run ("270490-17" "09)"
# for a code's last digits): the same hand's writing, not a printed word.
_FIGURE_PIECE = re.compile(r"^(?=.*\d)[\d()/.,:;-]{1,4}$")


def _unsure(word: tuple[str, Box, float], below: float = HAND_BELOW) -> bool:
    text, _box, conf = word
    return (conf < below or bool(_MISREAD_NUMBER.match(text))
            or bool(_COMB_READING.match(text)) or bool(_MISREAD_YEAR.match(text))) \
        and text not in _BOX_GLYPHS


# A page written by hand throughout (a letter, not a printed form filled in): Tesseract
# doubted this share of its words or more. There its "sure" readings of the hand are often
# wrong too (">-1," at 0.84 for "3-11", "D»tele" for "Dobele"): a word joins the runs read again
# below PROSE_HAND_BELOW. A printed form's labels are read at 0.9 and more; the hand-filled
# forms of the sets doubt at most half their words.
WRITTEN_THROUGHOUT = 0.75
PROSE_HAND_BELOW = 0.9


def written_throughout(lines: Sequence[Line]) -> bool:
    """Whether Tesseract doubted most of the page's words: a page in a hand, print none."""
    words = [w for line in lines for w in line if _letters_digits(w[0])]
    return len(words) >= 10 and \
        sum(c < HAND_BELOW for _t, _b, c in words) >= WRITTEN_THROUGHOUT * len(words)


def _near(a: Box, b: Box) -> bool:
    return b[0] - a[2] < max(a[3] - a[1], b[3] - b[1])


def _letters_digits(text: str) -> str:
    return "".join(c for c in text if c.isalnum())


def _bounds(image: Image.Image, line: Line, region: Region) -> tuple[int, int]:
    """How far left and right the region's writing reaches: its words with a margin, and the
    ink that runs on beyond them (a code's first box or the second half of its boxes, which
    Tesseract did not see at all), short of the printed words Tesseract read surely on either
    side and of a table's borders."""
    left, top, right, bottom = region.box
    height = max(1, bottom - top)
    floor, ceiling = region.x_min, min(region.x_max, image.width)
    for text, box, conf in line[: region.start]:
        if conf >= HAND_BELOW and len(text) > SHORT_SURE_WORD:
            floor = max(floor, box[2] + 2)
    for text, box, conf in line[region.end :]:
        if conf >= HAND_BELOW and len(text) > SHORT_SURE_WORD:
            ceiling = min(ceiling, box[0] - 2)
            break
    pad = round(height * 0.6)
    x0 = max(floor, min(left - pad, _ink_runs_on(image, left, top, bottom, floor)))
    x1 = min(ceiling, max(right + pad, _ink_runs_on(image, right, top, bottom, ceiling)))
    x1 = min(x1, max(right + pad, x0 + MAX_WIDTH * height))
    return x0, max(x1, x0 + 1)


def _ink_runs_on(image: Image.Image, start: int, top: int, bottom: int, limit: int) -> int:
    """Where the writing that continues a line from x `start` towards x `limit` ends: gaps
    under the line's height are bridged; a dotted rule's dots are too small to count as
    writing, and a table's border (ink from well above the line to well below it) stops it."""
    import numpy as np

    height = max(1, bottom - top)
    lo, hi = sorted((start, limit))
    if hi - lo < 2:
        return start
    reach = round(height * 0.5)
    tall = np.asarray(
        image.crop((lo, max(0, top - reach), hi, min(image.height, bottom + reach))).convert("L")
    ) < _INK
    band = tall[top - max(0, top - reach) :][: bottom - top]
    strokes = band.sum(axis=0) >= max(2, height * 0.15)
    borders = longest_runs(tall.T) >= tall.shape[0] * 0.9
    step = 1 if limit >= start else -1
    order = range(len(strokes)) if step > 0 else range(len(strokes) - 1, -1, -1)
    end, blank = 0, 0
    for n, x in enumerate(order):
        if borders[x]:
            break
        if strokes[x]:
            end, blank = n, 0
        else:
            blank += 1
            if blank > height:
                break
    return start + step * (end + round(height * 0.3))


def grow(image: Image.Image, line: Line, region: Region) -> Region:
    """The region with every word inside its writing's reach (a "1" a box held, read as a
    sure "/", is part of the code)."""
    x0, x1 = _bounds(image, line, region)
    inside = [i for i, (_t, box, _c) in enumerate(line) if x0 <= (box[0] + box[2]) / 2 <= x1]
    start = min([region.start, *inside])
    end = max([region.end, *(i + 1 for i in inside)])
    if (start, end) == (region.start, region.end):
        return region
    boxes = [box for _t, box, _c in line[start:end]]
    box = (min(b[0] for b in boxes), min(b[1] for b in boxes),
           max(b[2] for b in boxes), max(b[3] for b in boxes))
    return Region(region.line, start, end, box, region.x_min, region.x_max)


def _crop(image: Image.Image, box: Box, line: Line, region: Region) -> Image.Image:
    """The region's writing with a margin above and below (a hand strays off its line)."""
    _left, top, _right, bottom = box
    height = max(1, bottom - top)
    x0, x1 = _bounds(image, line, region)
    return image.crop(
        (
            max(0, x0),
            max(0, top - round(height * 0.35)),
            min(image.width, x1),
            min(image.height, bottom + round(height * 0.3)),
        )
    )


def cells_of(image: Image.Image, line: Line, region: Region) -> list[Region]:
    """The region split where a table's borders cross it: one region per cell holding its
    words (a date, its times and the hours beside them are separate values)."""
    left = max(0, _bounds(image, line, region)[0])
    borders = [left + x for x in walls(_crop(image, region.box, line, region))]
    if not borders:
        return [region]
    parts: list[Region] = []
    for a, b in pairwise([region.x_min, *borders, region.x_max]):
        inside = [
            i for i in range(region.start, region.end)
            if a <= (line[i][1][0] + line[i][1][2]) / 2 < b
        ]
        if not inside or not any(_unsure(line[i]) for i in inside):
            continue
        first, end = inside[0], inside[-1] + 1
        words = [line[i][1] for i in range(first, end)]
        box = (min(w[0] for w in words), min(w[1] for w in words),
               max(w[2] for w in words), max(w[3] for w in words))
        parts.append(Region(region.line, first, end, box, x_min=a + 3, x_max=b - 3))
    return parts


def _checks_out(text: str) -> bool | None:
    """True/False for a reading that can be checked (a personal code, a date), None otherwise."""
    compact = text.replace(" ", "")
    if _CODE_SHAPE.match(compact):
        return is_valid_personal_code(compact)
    if _DATE_SHAPE.match(compact):
        day = parse_date(compact.replace("-", "."))  # "31.02.2000" is no date
        return day is not None and 1900 <= day.year <= 2100
    return None


THIN_BAND = 0.3  # of the crop's height: a band this thin holds no line of a hand's writing


def read_region(image: Image.Image, line: Line, region: Region) -> tuple[str, float] | None:
    """The recogniser's reading of a region, when it is sure and checks out; else None."""
    crop = _crop(image, region.box, line, region)
    if crop.width < 4 or crop.height < 4:
        return None
    # The rows the line's writing is on, inside the crop: those of the printed words Tesseract
    # read surely on the line (the label), else those of the unsure words themselves.
    top, bottom = region.box[1], region.box[3]
    printed = [box for text, box, conf in line if conf >= HAND_BELOW and len(text) > 2]
    if printed:
        top = sorted(b[1] for b in printed)[len(printed) // 2]
        bottom = sorted(b[3] for b in printed)[len(printed) // 2]
    crop_top = max(0, region.box[1] - round((region.box[3] - region.box[1]) * 0.35))
    rows = (top - crop_top, bottom - crop_top)
    band = text_band(crop, rows)
    readings = [recognise(band)]
    if band.height < THIN_BAND * crop.height and (
            readings[0][1] < ACCEPT_FROM or not _plain(readings[0][0])):
        # The band of the printed label's rows was a sliver of the crop and read nothing: the
        # hand wrote above the label's line (on a rule drawn over it), the whole crop is its
        # line.
        readings.append(recognise(crop))
    cleaned = erase_rules(crop)
    if cleaned is not None:
        # Read both: erasing may take a stroke of the writing (or of print) with it.
        readings.append(recognise(text_band(cleaned, rows)))
    checked = [r for r in readings if _checks_out(r[0]) is not False and _plain(r[0])]
    if not checked:
        return None
    text, score = max(checked, key=lambda r: (_checks_out(r[0]) is True, r[1]))
    compact = text.replace(" ", "").replace("-", "")
    if _CODE_SHAPE.match(compact):  # a code written without its dash, as the page prints it
        text = normalize_personal_code(compact) or text
    text = _spaced_date(_roman_month_date(_whole_date(hand_letters(text))))
    # A label read together with its value ("Talrunis26650913"): two words.
    text = _GLUED_NUMBER.sub(" ", text)
    tesseract = _mean_conf(line, region)
    if not text or score < ACCEPT_FROM or score < tesseract + GAIN_OVER_TESSERACT:
        return None
    return text, score


# A hand's capital stands apart from the rest of its word (a flourish, a wide first stroke):
# the recogniser returns it as a word of its own ("R aina bulvaris", "Jur gs L apsa"). A capital
# alone, with no full stop (an initial has one), before a word in small letters is its start,
# in a reading shaped as a name or an address (another word of it capitalised); "B kategorija"
# alone stays.
_CAPITAL_APART = re.compile(r"(?<![^\s(„\"])([A-ZĀČĒĢĪĶĻŅŠŪŽ]) (?=[a-zāčēģīķļņšūž]{2})")
_CAPITALISED = re.compile(r"(?<!\S)[A-ZĀČĒĢĪĶĻŅŠŪŽ][a-zāčēģīķļņšūž]")


# Two capitalised words the recogniser ran together (a hand's narrow space between a given name
# and a surname): a capital after two small letters opens a word of its own.
_RUN_TOGETHER = re.compile(r"(?<=[a-zāčēģīķļņšūž]{2})(?=[A-ZĀČĒĢĪĶĻŅŠŪŽ][a-zāčēģīķļņšūž]{2})")


# A letter a hand writes alike in both cases (S, Š, Z, O, C, V...) read as a capital at the end
# of a word of small letters ("VanadziņŠ"): the small letter.
_SAME_SHAPE_CAPITAL = re.compile(r"(?<=[a-zāčēģīķļņšūž]{3})[CKOPSŠUŪVWXZŽ](?![^\W\d_])")


def hand_letters(text: str) -> str:
    """A reading with a hand's single-stroke "l" the recogniser returned as "/" or "|" between
    two letters ("Danii/s") put back, a capital it set apart joined to its word, and two
    capitalised words it ran together parted."""
    text = _STROKE_IN_WORD.sub("l", text)
    text = _RUN_TOGETHER.sub(" ", text)
    text = _SAME_SHAPE_CAPITAL.sub(lambda m: m.group(0).lower(), text)
    if _CAPITALISED.search(text):
        text = _CAPITAL_APART.sub(r"\1", text)
    return text


# A hand's date in words whose spaces the recogniser lost ("Kuldiga,2025.g28.janvari"): the
# place, the year, its "g." and the day written apart again, as the date grammar reads them.
_GLUED_WORD_DATE = re.compile(r"(?<![\d.])(\d{4})\.\s?g\.?\s?(\d{1,2})\.\s?(?=[^\W\d_]{3})")
_PLACE_BEFORE_YEAR = re.compile(r"(?<=[^\W\d_]{3}),(?=\d{4}\.)")


def _spaced_date(text: str) -> str:
    """A date written year first with its words run together, spaced ("2025. g. 28. ...")."""
    if _GLUED_WORD_DATE.search(text) is None:
        return text
    text = _PLACE_BEFORE_YEAR.sub(", ", text)
    return _GLUED_WORD_DATE.sub(r"\1. g. \2. ", text)


def _whole_date(text: str) -> str:
    """A date missing one of its two separators, with both (the one it kept, twice), when the
    digits make a date: eight bare digits stay as read (a phone has eight too)."""
    match = _HALF_SEPARATED_DATE.match(text.replace(" ", ""))
    if match is None or bool(match.group(2)) == bool(match.group(4)):
        return text
    day, mark, month, year = match.group(1), match.group(2) or match.group(4), \
        match.group(3), match.group(5)
    whole = f"{day}{mark}{month}{mark}{year}{match.group(6)}"
    return whole if _checks_out(whole) else text


# A date written with its month in Roman numerals ("3/III/2025", "2025.g. 9.VI"): the
# recogniser reads a hand's I as "1" or "l" and the year's "g" as "4" ("3/111/2025",
# "2025.4.9.V1"), and the date grammar then took "2025.4.9" for the 9th of April. A month with
# a V or an X, or of 1s no Arabic month has ("111"), is Roman: its I's are put back, with the
# full stops the grammar reads a Roman month between. "11" stays: November as readily as II.
_HAND_ROMAN_DATE = re.compile(r"^(?P<day>\d{1,2})\s?[./-]\s?(?P<month>[IVXl1|]{1,4})\s?[./-]\s?"
                              r"(?P<year>\d{4})\.?$")
_HAND_YEAR_FIRST_ROMAN = re.compile(r"^(?P<year>\d{4})\.?\s?[gG4]\.?\s?(?P<day>\d{1,2})\.?\s?"
                                    r"(?P<month>[IVXl1|]{1,4})\.?$")
_ROMAN_MONTHS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")


def _roman_month(written: str) -> str | None:
    roman = re.sub(r"[l1|]", "I", written)
    if roman not in _ROMAN_MONTHS:
        return None
    if written.isdigit() and int(written) <= 12:
        return None  # an Arabic month as readily as a Roman one
    return roman


def _roman_month_date(text: str) -> str:
    """A hand's date with a Roman month, its I's put back ("3/111/2025" -> "3.III.2025")."""
    compact = text.strip()
    for shape in (_HAND_ROMAN_DATE, _HAND_YEAR_FIRST_ROMAN):
        match = shape.match(compact)
        month = _roman_month(match.group("month")) if match is not None else None
        if match is None or month is None or not 1 <= int(match.group("day")) <= 31:
            continue
        if shape is _HAND_ROMAN_DATE:
            return f"{match.group('day')}.{month}.{match.group('year')}."
        return f"{match.group('year')}. g. {match.group('day')}.{month}."
    return text


def _plain(text: str) -> bool:
    """A reading made of what a form's values are written with (no stray symbols)."""
    return _PLAIN.fullmatch(text) is not None


def _fold(text: str) -> str:
    return "".join(c for c in fold(text) if c.isalnum())


def reconcile(line: Line, region: Region, text: str,
              prose: bool = False) -> tuple[Region, str] | None:
    """Keep what Tesseract read right: a printed word the run began with (a label read unsure,
    "kods" in "kods120778-12401") stays Tesseract's, and a reading that says what Tesseract
    said (print: Tesseract has the diacritics and the capitals) changes nothing (None)."""
    words = [t for t, _b, _c in line[region.start : region.end]]
    first = _fold(words[0])
    if len(words) > 1 and len(first) >= 3 and first.isalpha():
        head = 0
        folded = ""
        while head < len(text) and len(folded) < len(first):
            if text[head].isalnum():
                folded += _fold(text[head])
            head += 1
        if folded == first:
            rest = text[head:].lstrip(" :.")
            if not rest:
                return None
            boxes = [b for _t, b, _c in line[region.start + 1 : region.end]]
            box = (min(b[0] for b in boxes), min(b[1] for b in boxes),
                   max(b[2] for b in boxes), max(b[3] for b in boxes))
            region = Region(region.line, region.start + 1, region.end, box,
                            region.x_min, region.x_max)
            words, text = words[1:], rest
    if not any(c.isalpha() for c in text) and region.end - region.start > 1:
        # Digits alone: a word of letters beside others ("kods:") was a label, not the value.
        lo = region.start
        while lo < region.end and sum(c.isalpha() for c in line[lo][0]) >= 3:
            lo += 1
        hi = region.end
        while hi > lo and sum(c.isalpha() for c in line[hi - 1][0]) >= 3:
            hi -= 1
        if lo == hi:
            lo, hi = region.start, region.end  # letters only: the hand's misreading
        if (lo, hi) != (region.start, region.end):
            boxes = [b for _t, b, _c in line[lo:hi]]
            box = (min(b[0] for b in boxes), min(b[1] for b in boxes),
                   max(b[2] for b in boxes), max(b[3] for b in boxes))
            region = Region(region.line, lo, hi, box, region.x_min, region.x_max)
            words = [t for t, _b, _c in line[lo:hi]]
    said, read = _fold(" ".join(words)), _fold(text)
    wordy = sum(c.isalpha() for c in said + read) >= 0.8 * len(said + read)
    if wordy and said and SequenceMatcher(None, said, read).ratio() >= SAME_READING \
            and not (prose and _known_count(text.split()) > _known_count(words)):
        # ... unless, on a page in a hand throughout (`prose`), the recogniser's reading spells
        # more of the paperwork's words than Tesseract's ("PILNVARA" for "PILNVNRA",
        # "lēmumus ... asistenta"); a form's printed caption stays Tesseract's.
        return None
    return region, marks_from_tesseract(" ".join(words), text)


# The recogniser drops a hand's diacritic marks (separate strokes) where Tesseract, reading the
# same letters as nonsense around them, often kept one ("ŅETMKMNĀRE" for "INETA KALNĀRE"): a
# marked letter of Tesseract's standing inside a run of this many letters both read alike is
# the recogniser's letter with its mark.
MARK_CONTEXT = 4
# ... of which this many in the marked letter's own word as Tesseract read it.
MARK_WORD_CONTEXT = 2


def _letters(text: str) -> list[tuple[int, str]]:
    """The letters of a text with their places, each folded (lower case, no marks)."""
    return [(at, fold(c)) for at, c in enumerate(text) if c.isalpha() and len(fold(c)) == 1]


def marks_from_tesseract(tesseract: str, text: str) -> str:
    """The recogniser's reading with the diacritic marks Tesseract read on the same letters."""
    said, read = _letters(tesseract), _letters(text)
    if not said or not read:
        return text
    mended = list(text)
    # Which of Tesseract's words each of its letters stands in.
    word_of = [len(re.findall(r"\s+", tesseract[:at].lstrip())) for at, _c in said]
    matcher = SequenceMatcher(None, [c for _a, c in said], [c for _a, c in read], autojunk=False)
    for block in matcher.get_matching_blocks():
        if block.size < MARK_CONTEXT:
            continue
        for k in range(block.size):
            marked = tesseract[said[block.a + k][0]]
            at = read[block.b + k][0]
            if sum(word_of[block.a + n] == word_of[block.a + k] for n in range(block.size)) \
                    < MARK_WORD_CONTEXT:
                # The run of alike letters only passes through Tesseract's word ("ŅrŠ
                # nESAņ" against "Egons nesanem"): the mark is that other word's.
                continue
            if marked.lower() != fold(marked) and text[at].lower() == fold(text[at]):
                mended[at] = marked.upper() if text[at].isupper() else marked.lower()
    return "".join(mended)


# A word of the paperwork (a title's, a label's, an act's verb: "lūdzu", "iesniegums") the
# recogniser misread in a hand's prose where Tesseract read it right: the recogniser takes a
# hand's "ū" for "i" or "o" (its mark for a dot, "Lidzu", "lodzu"). Where the recogniser's
# word is none of the vocabulary's words and Tesseract's word in the same place is one, a slip
# away (most letters alike), Tesseract's stands. Stems shorter than this say too little
# ("līdz" would make any "l?dz..." a word).
KNOWN_STEM = 5
KNOWN_ENDING = 4  # letters an inflection may add to a stem
KNOWN_LIKE = 0.75  # folded similarity of the two readings of one word


@functools.cache
def _vocabulary_words() -> frozenset[str]:
    """The folded words (stems) of every vocabulary's titles, keywords, acts and labels."""
    from .vocabulary import vocabularies

    phrases: list[str] = []
    for vocab in vocabularies().values():
        phrases += [*vocab.title, *vocab.keywords]
        for act in vocab.acts:
            phrases += [*act.verbs, *act.objects]
        for spec in vocab.fields.values():
            phrases += spec.labels
        for headings in vocab.sections.values():
            phrases += headings
    return frozenset(w for p in phrases for w in re.findall(r"[a-z]+", fold(p))
                     if len(w) >= KNOWN_STEM)


def _known(word: str) -> bool:
    letters = _fold(word)
    if not letters.isalpha():
        return False
    stems = _vocabulary_words()
    return any(letters[:k] in stems
               for k in range(max(KNOWN_STEM, len(letters) - KNOWN_ENDING), len(letters) + 1))


def _known_count(words: Sequence[str]) -> int:
    return sum(len(_fold(w)) >= KNOWN_STEM and _known(w) for w in words)


def known_words_kept(tesseract: Line, read: Line) -> Line:
    """The recogniser's words with a vocabulary word Tesseract read in the same place kept
    where the recogniser's own word there is no such word."""
    kept: Line = []
    for text, box, conf in read:
        core = text.strip(".,;:()\"'„“”")
        if len(_fold(core)) >= KNOWN_STEM and not _known(core):
            near = [
                t.strip(".,;:()\"'„“”") for t, b, _c in tesseract
                if b[0] < box[2] and box[0] < b[2]
            ]
            like = [t for t in near if _known(t) and abs(len(_fold(t)) - len(_fold(core))) <= 1
                    and SequenceMatcher(None, _fold(t), _fold(core)).ratio() >= KNOWN_LIKE]
            if len(like) == 1:
                text = text.replace(core, like[0], 1)
        kept.append((text, box, conf))
    return kept


def word_ceiling(text: str) -> float:
    """The confidence a word read from a hand may carry (`evidence_confidence.yaml`): a
    personal code that passes its checksum is checked; other digits (a phone, a date, hours)
    are not, one digit misread still makes a number; words may have lost their marks."""
    from .evidence import evidence_ceilings

    ceilings = evidence_ceilings()
    if _CODE_SHAPE.match(text.rstrip(".,;")) and is_valid_personal_code(text.rstrip(".,;")):
        return ceilings.get("handwriting_code", 0.74)
    if any(c.isalpha() for c in text):
        return ceilings.get("handwriting_letters", 0.6)
    return ceilings.get("handwriting", 0.7)


def _as_words(text: str, score: float, box: Box) -> Line:
    """The reading split into words, each given its share of the region's width."""
    left, top, right, bottom = box
    span = max(1, len(text))
    words: Line = []
    position = 0
    for token in text.split(" "):
        if token:
            x0 = left + (right - left) * position / span
            x1 = left + (right - left) * (position + len(token)) / span
            conf = round(min(score, word_ceiling(token)), 4)
            words.append((token, (round(x0), top, max(round(x0) + 1, round(x1)), bottom), conf))
        position += len(token) + 1
    return words


def mend_handwriting(image: Image.Image, lines: list[Line], *, skew: float = 0.0) -> list[Line]:
    """Tesseract's lines with the unsure runs of words read again by the hand recogniser.
    `skew`: degrees counter-clockwise that would level the page (read askew, its boxes as
    read)."""
    regions = unsure_regions(lines, apart=True)
    if not _hand_filled(lines, unsure_regions(lines)):
        # A typed page Tesseract doubted here and there (a stamp, a signature, a misread word)
        # is not read again: the recogniser costs ~3 s to load and ~50 ms a line, and a page
        # filled in by hand has several values written on it.
        return lines
    if len(regions) > MAX_REGIONS_PER_PAGE:
        # The least sure first: those are the hands, the rest is noise Tesseract half read.
        regions = sorted(regions, key=lambda r: _mean_conf(lines[r.line], r))
        regions = sorted(regions[:MAX_REGIONS_PER_PAGE], key=lambda r: (r.line, r.start))
    replaced: dict[int, list[tuple[Region, Line]]] = {}
    for region, words in boxed_values(image, lines, regions, skew=skew):
        replaced[region.line] = [(region, words)]
    regions = [r for r in regions if r.line not in replaced]
    prose = written_throughout(lines)
    if prose:
        # The wider runs first; where one is not read, its line's narrower runs are.
        wide = [r for r in unsure_regions(lines, PROSE_HAND_BELOW)
                if r.line not in replaced and r not in regions]
        regions = wide + regions
    for region in (cell for whole in regions for cell in cells_of(image, lines[whole.line],
                                                                      whole)):
        line = lines[region.line]
        region = grow(image, line, region)
        if any(region.start < r.end and r.start < region.end
               for r, _w in replaced.get(region.line, [])):
            continue  # grown into a run already read
        found = read_region(image, line, region)
        if found is None:
            continue
        kept = reconcile(line, region, found[0], prose)
        if kept is not None:
            region, text = kept
            words = _as_words(text, found[1], inked(image, _band_box(line, region)))
            replaced.setdefault(region.line, []).append(
                (region, known_words_kept(line[region.start : region.end], words)))
    if not replaced:
        return lines
    mended: list[Line] = []
    for index, line in enumerate(lines):
        if index not in replaced:
            mended.append(line)
            continue
        new_line: Line = []
        cursor = 0
        for region, words in sorted(replaced[index], key=lambda item: item[0].start):
            new_line.extend(line[cursor : region.start])
            new_line.extend(words)
            cursor = region.end
        new_line.extend(line[cursor:])
        mended.append(new_line)
    return mended


# A page read this far askew has its combs levelled before their boxes are looked for: the
# sides of a comb slanting 2.5 degrees are broken into short upright runs (no side is found)
# and a box's rules cross rows (no rule is found), so the comb read nothing.
COMB_LEVEL_FROM = 1.0


def _levelled(line: Line, skew: float, centre: tuple[float, float]) -> Line:
    """The line's boxes where they stand once the page is turned `skew` degrees
    counter-clockwise about `centre` (as `Image.rotate` turns it)."""
    cos, sin = math.cos(math.radians(skew)), math.sin(math.radians(skew))
    cx, cy = centre
    out: Line = []
    for text, (left, top, right, bottom), conf in line:
        dx, dy = (left + right) / 2 - cx, (top + bottom) / 2 - cy
        mx, my = cx + dx * cos + dy * sin, cy - dx * sin + dy * cos
        half_w, half_h = (right - left) / 2, (bottom - top) / 2
        out.append((text, (round(mx - half_w), round(my - half_h), round(mx + half_w),
                           round(my + half_h)), conf))
    return out


def boxed_values(image: Image.Image, lines: list[Line], regions: list[Region], *,
                 skew: float = 0.0) -> list[tuple[Region, Line]]:
    """A name or a personal code written one letter per box (`letter_boxes.py`): the region of
    the line's first unsure run onwards, over the comb, and its words read box by box (on the
    page levelled when it was read `skew` degrees askew)."""
    from .letter_boxes import as_code, as_given_name, as_name, as_reg_no, field_kind, read_boxes

    found: list[tuple[Region, Line]] = []
    level: Image.Image | None = None
    for index in sorted({r.line for r in regions}):
        read_line = lines[index]
        first = min(r.start for r in regions if r.line == index)
        label = " ".join(t for t, _b, c in read_line[:first] if c >= HAND_BELOW)
        kind = field_kind(label)
        if kind is None or first == 0:
            continue
        unsure_read = [b for _t, b, _c in read_line[first:]]
        line, comb_image = read_line, image
        if abs(skew) >= COMB_LEVEL_FROM:
            if level is None:
                level = image.rotate(skew, resample=Image.Resampling.BILINEAR, fillcolor=255)
            line = _levelled(read_line, skew, (image.width / 2, image.height / 2))
            comb_image = level
        unsure = [b for _t, b, _c in line[first:]]
        sure = sorted(b[3] - b[1] for _t, b, c in line[:first] if c >= HAND_BELOW)
        height = max(1, sure[len(sure) // 2]) if sure else 1
        middle = sum((b[1] + b[3]) / 2 for _t, b, _c in line[:first]) / first
        left = line[first - 1][1][2] + 2
        top, bottom = min(b[1] for b in unsure), max(b[3] for b in unsure)
        margin = round((bottom - top) * 0.4)
        # The band of the words Tesseract doubted, else bands about the label's middle (the
        # comb is taller than the print beside it): a band that cuts the comb finds no box in
        # it (its sides run top to bottom).
        bands = [(top - margin, bottom + margin)] + [
            (round(middle - reach * height), round(middle + reach * height))
            for reach in BOX_REACH]
        readings = None
        # The band to the page's edge first; then only as far as the doubted words and a box
        # or two beyond: a taller comb further right on the line above (a name's, reaching
        # into the band) has longer uprights than this comb's sides, which then count as none.
        ends = (comb_image.width, min(comb_image.width, max(b[2] for b in unsure) + 2 * height))
        for (above, below), end in ((band, end) for end in ends for band in bands):
            band_box = (left, max(0, above), end, min(comb_image.height, below))
            if band_box[2] - band_box[0] < 4:
                continue
            readings = read_boxes(comb_image.crop(band_box), recognise)
            if readings is not None:
                break
        if readings is None:
            continue
        read = {"code": as_code, "given_name": as_given_name, "name": as_name,
                "reg_no": as_reg_no}[kind]
        text = read(readings)
        if text is None:
            continue
        scores = [s for t, s in readings if t]
        score = 1.0 if kind in ("code", "reg_no") else min(scores)
        # The words stand where Tesseract read them (the page's boxes are levelled later).
        top, bottom = min(b[1] for b in unsure_read), max(b[3] for b in unsure_read)
        box = (min(b[0] for b in unsure_read), top, max(b[2] for b in unsure_read), bottom)
        region = Region(index, first, len(line), box, read_line[first - 1][1][2] + 2,
                        image.width)
        found.append((region, _as_words(text, score, inked(image, box))))
    return found


# A word Tesseract cut across two lines of a hand's prose (a tall stroke, a descender joined to
# the line below) stretches the run's box over both: the reading put in its place then stands
# level with the next line's words too, and the layout interleaves the two lines' words.
TALL_RUN = 1.5  # the run's height over its words' middle height at which a word strays


def _band_box(line: Line, region: Region) -> Box:
    """The run's box, its top and bottom those of most of its words when one strays far above
    or below them."""
    boxes = [b for _t, b, _c in line[region.start : region.end]]
    left, top, right, bottom = region.box
    tops, bottoms = sorted(b[1] for b in boxes), sorted(b[3] for b in boxes)
    mid_top, mid_bottom = tops[len(tops) // 2], bottoms[len(bottoms) // 2]
    if len(boxes) < 3 or bottom - top <= TALL_RUN * max(1, mid_bottom - mid_top):
        return region.box
    return (left, mid_top, right, mid_bottom)


def inked(image: Image.Image, box: Box) -> Box:
    """The box narrowed to the writing in it. The words Tesseract doubted may reach over the
    blank to a table's border (a rule or a speck read as letters); the reading put in their
    place would then run up to the next column's label, and a form's two columns read as one
    line's one value."""
    import numpy as np

    left, top, right, bottom = box
    if right - left < 2 or bottom - top < 2:
        return box
    band = np.asarray(image.crop(box).convert("L")) < _INK
    rows = band.shape[0]
    # A stroke of writing is a few pixels of ink in a column; a dotted rule's dot is less, a
    # border is ink from top to bottom.
    strokes = (band.sum(axis=0) >= max(2, rows * 0.15)) & (band.sum(axis=0) < rows * 0.9)
    columns = np.flatnonzero(strokes)
    if len(columns) == 0:
        return box
    return (left + int(columns[0]), top, left + int(columns[-1]) + 1, bottom)


def looks_hand_filled(lines: list[Line]) -> bool:
    """Whether Tesseract's reading shows a page filled in by hand (several runs it doubted).
    A printed sheet's row numbers in their grey heading cells, read doubted with the label
    the cell's edge runs into ("1 (Klients", "4 |Stundas"), are the print's, not a hand's."""
    rows = sheet_row_number_lines(lines)
    return _hand_filled(lines, [r for r in unsure_regions(lines)
                                if not (r.line in rows and _opens_its_row(lines[r.line], r))])


def _opens_its_row(line: Line, region: Region) -> bool:
    """Whether a doubted run on a sheet's row opens it: only its row number and the cell's
    edge read as "|" or "[" stand before it (a hand's value stands in a cell further on)."""
    return all(i == 0 or _CELL_EDGE.fullmatch(text)
               for i, (text, _b, _c) in enumerate(line[:region.start]))


_CELL_EDGE = re.compile(r"[|\[\](){}]+")


# A spreadsheet's row number as OCR reads it: "7", "11" as "II", "6." or "5:" with a speck.
_ROW_NUMBER = re.compile(r"([\dIl|]{1,3})[.:]?")
ROW_NUMBER_LINES = 4  # lines opening with a row number at one left edge before they are a sheet's
ROW_EDGE_HEIGHTS = 1.5  # the numbers' left edges differ by this many word heights at most


def sheet_row_number_lines(lines: Sequence[Line]) -> set[int]:
    """The lines that open with a printed spreadsheet's row number: a word of a number (as OCR
    reads one) before other words, at one left edge with the others, the numbers rising."""
    opening = [(index, line[0]) for index, line in enumerate(lines)
               if len(line) >= 2 and _ROW_NUMBER.fullmatch(line[0][0])]
    if len(opening) < ROW_NUMBER_LINES:
        return set()
    heights = sorted(b[3] - b[1] for _i, (_t, b, _c) in opening)
    height = float(heights[len(heights) // 2])
    lefts = sorted(b[0] for _i, (_t, b, _c) in opening)
    left = lefts[len(lefts) // 2]
    column = [(index, word) for index, word in opening
              if abs(word[1][0] - left) <= ROW_EDGE_HEIGHTS * height]
    numbers = [int(m.group(1)) for _i, (t, _b, _c) in column
               if (m := _ROW_NUMBER.fullmatch(t)) and m.group(1).isdigit()]
    rising = sum(b > a for a, b in pairwise(numbers))
    if len(column) < ROW_NUMBER_LINES or rising * 3 < (len(numbers) - 1) * 2:
        return set()
    return {index for index, _word in column}


def _hand_filled(lines: list[Line], regions: list[Region]) -> bool:
    return sum(_alnum(lines[r.line], r) >= 3 for r in regions) >= HAND_FILLED_FROM


def _alnum(line: Line, region: Region) -> int:
    return sum(len(_letters_digits(text)) for text, _b, _c in line[region.start : region.end])


def _mean_conf(line: Line, region: Region) -> float:
    return sum(c for _t, _b, c in line[region.start : region.end]) / (region.end - region.start)
