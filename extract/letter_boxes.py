"""A value written one letter per box (round 18): the boxes found in the pixels, each read alone.

A form asks for a name or a personal code "in printed letters, one letter per box": a comb of
boxes the hand fills from the left. Read as one line, box sides and the hand's strokes run
together ("06/294-/5326" for "061284-15326", nothing at all for a name). Here the comb's sides
are found as the upright runs of ink one pitch apart (a stroke written inside a box, nearer than
a pitch to both sides, is no side), the inside of each box is cut out between the comb's top and
bottom rules and read by the hand recogniser alone; an empty box is a space.

A single letter has no word around it, so the recogniser confuses a letter with the digit it
looks like ("1" for "I", "S" for "5" or "8"). The field's kind, told by the printed label on the
line, decides: a personal code is digits and its dash (S -> 5, or 8 where only that passes the
checksum; a reading is kept only when exactly one of its confusable spellings is a valid code);
a name is letters (1 -> I, 0 -> O), written in the form's capitals and given back in title
case, its marks put back later only from the name tables (`hand_restore.py`). Other boxes (an
address, a phone) are left to the line reader. Every value read here is a hand's reading and
carries its ceiling (`handwriting_code`, `handwriting_letters`): below review's bar.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise, product
from typing import Any

from PIL import Image

from ..forms.personal_code import is_valid_personal_code, is_valid_registration_number
from .handwriting import clusters, longest_runs
from .layout import fold

Box = tuple[int, int, int, int]

_INK = 140
MIN_BOXES = 4  # a comb has at least this many boxes one pitch apart
PITCH_SLACK = 0.3  # a side stands one pitch (within this share) from the next
INNER_STROKE = 0.6  # an upright nearer than this share of a pitch to the last side is writing
INSET = 3  # pixels inside a box's sides and rules: the box's own lines are no writing
BLANK_INK = 12  # ink pixels inside a box below which it is empty
MAX_CANDIDATES = 64  # confusable spellings of a code tried against its checksum
SURE_DIGIT = 0.5  # the recogniser's score at which a box's digit is taken as read

# Letters a single hand-written digit reads as, and the digits each may be (first the likeliest).
_AS_DIGITS: dict[str, str] = {
    "0": "0", "1": "17", "2": "2", "3": "3", "4": "4", "5": "58", "6": "6", "7": "71",
    "8": "85", "9": "9",
    "O": "0", "o": "0", "D": "0", "Q": "0", "I": "1", "l": "1", "i": "1", "|": "1", "/": "1",
    "J": "1", "Z": "2", "z": "2", "S": "58", "s": "58", "B": "8", "b": "6", "G": "6",
    "T": "7", "A": "4", "q": "9", "g": "9",
    "。": "0",  # a small round hand's 0 alone in its box: the recogniser's ideographic full stop
}
# Digits a single hand-written capital reads as.
_AS_LETTERS: dict[str, str] = {
    "1": "I", "|": "I", "/": "I", "l": "I", "0": "O", "5": "S", "2": "Z", "8": "B", "6": "G",
    "7": "T",
}
_DASHES = frozenset("-—–_~一")  # "一": the recogniser's CJK "one", a lone dash
_CODE_LABEL = "kods"
_NAME_LABELS = ("vards", "uzvards")
# "Reģistrācijas Nr.", "Reg. Nr.", "Nodokļu maksātāja kods": a company's number, not a person's.
_REG_NO_WORDS = ("registracijas", "reg", "maksataja")


def comb_sides(ink: Any) -> list[int]:
    """x of a comb's box sides in a band of ink (booleans), left to right; [] when the band
    holds no comb of `MIN_BOXES` boxes starting at its left."""
    import numpy as np

    height = ink.shape[0]
    runs = longest_runs(ink.T)
    runs[runs >= height * 0.95] = 0  # ink from top to bottom: a border, the scan's dark edge
    longest = int(runs.max()) if runs.size else 0
    if longest < height * 0.4:
        return []
    centres = [(a + b) / 2 for a, b in clusters(np.flatnonzero(runs >= longest * 0.8))]
    steps = sorted(b - a for a, b in pairwise(centres))
    steps = [s for s in steps if s >= longest * 0.5]  # a box is about as wide as it is high
    if len(steps) < MIN_BOXES:
        return []
    pitch = steps[len(steps) // 2]
    kept = [centres[0]]
    for x in centres[1:]:
        step = x - kept[-1]
        if step < INNER_STROKE * pitch:
            continue  # a stroke written inside the box (a "1", a "Z"'s bar), not its side
        if step > (1 + PITCH_SLACK) * pitch:
            break  # the comb ends
        kept.append(x)
    return [round(x) for x in kept] if len(kept) > MIN_BOXES else []


def _rules(ink: Any, left: int, right: int, height: int) -> tuple[int, int] | None:
    """The rows of a box's top and bottom rules between two x (ink across most of it): the
    two rows of rule about the box's height apart (the next comb's rule, a digit's bar are
    other rows)."""
    import numpy as np

    band = ink[:, left:right]
    if band.shape[1] < 4:
        return None
    rows = np.flatnonzero(band.sum(axis=1) >= band.shape[1] * 0.6)
    groups = clusters(rows, gap=1)
    pairs = [(a, b) for i, a in enumerate(groups) for b in groups[i + 1 :]
             if abs(b[0] - a[0] - height) <= height * 0.2]
    if not pairs:
        return None
    # The comb the band is about, not a neighbour's: the pair nearest the band's middle.
    middle = ink.shape[0] / 2
    a, b = min(pairs, key=lambda p: abs((p[0][1] + p[1][0]) / 2 - middle))
    return a[1], b[0]


def read_boxes(band: Image.Image, recognise: Any) -> list[tuple[str, float]] | None:
    """Each box's reading in a band of the page holding a comb ("" and 1.0 for an empty box),
    or None when the band holds no comb."""
    import numpy as np

    grey = np.asarray(band.convert("L"))
    ink = grey < _INK
    sides = comb_sides(ink)
    if not sides:
        return None
    runs = longest_runs(ink.T)
    height = int(max(runs[x] for x in sides))  # a box's sides are its height
    readings: list[tuple[str, float]] = []
    last: tuple[int, int] | None = None
    for a, b in pairwise(sides):
        # Each box's own rules: a photographed comb slopes, its rules are level within a box.
        rules = _rules(ink, a + INSET, b - INSET + 1, height) or last
        if rules is None:
            return None  # no box where the comb starts
        last = rules  # between two combs (a code's dash) no rules: the last box's rows
        top, bottom = rules[0] + INSET, rules[1] - INSET + 1
        if bottom - top < 6:
            return None
        inside = ink[top:bottom, a + INSET : b - INSET + 1]
        if int(inside.sum()) < BLANK_INK:
            readings.append(("", 1.0))
            continue
        cell = Image.fromarray(grey[top:bottom, a + INSET : b - INSET + 1])
        padded = Image.new("L", (cell.width + 8, cell.height + 8), 255)
        padded.paste(cell, (4, 4))
        text, score = recognise(padded)
        text = "".join(text.split())
        if len(text) > 1 and sum(c.isalnum() for c in text) == 1:
            text = "".join(c for c in text if c.isalnum())  # a speck beside the letter ("'0")
        readings.append((text, score))
    return readings


def field_kind(label: str) -> str | None:
    """"code" or "name" by the printed label on the line ("Personas kods", "Uzvārds")."""
    words = [w for w in (fold(w).strip(":.") for w in label.split()) if w]
    if not words:
        return None
    if words[-1] == _CODE_LABEL and not any(w in _REG_NO_WORDS for w in words):
        return "code"
    if len(words) >= 2 and words[-2] in _REG_NO_WORDS and words[-1] in ("nr", "numurs", "kods"):
        return "reg_no"
    if words[-1] == "vards":
        return "given_name"
    if words[-1] in _NAME_LABELS:
        return "name"
    return None


def as_code(readings: list[tuple[str, float]]) -> str | None:
    """A personal code from its boxes' readings: the one spelling that passes the checksum,
    its boxes read as letters or doubted taken for any digit they look like; else None (two
    spellings that pass are a guess)."""
    options: list[str] = []
    for text, score in readings:
        if not text:
            continue
        if len(text) != 1:
            return None
        if text in _DASHES:
            options.append("-")
            continue
        digits = _AS_DIGITS.get(text)
        if digits is None:
            return None
        # A digit read surely is that digit; a letter, or a digit the recogniser doubted, is
        # any of the digits it looks like.
        options.append(text if text.isdigit() and score >= SURE_DIGIT else digits)
    dashes = [at for at, o in enumerate(options) if o == "-"]
    if dashes not in ([], [6]) or len(options) - len(dashes) != 11:
        return None

    def spelled(spelling: tuple[str, ...]) -> str:
        digits = "".join(spelling).replace("-", "")
        return digits[:6] + "-" + digits[6:]

    return _one_passing(options, spelled, is_valid_personal_code)


def _one_passing(options: list[str], spelled: Callable[[tuple[str, ...]], str],
                 valid: Callable[[str], bool]) -> str | None:
    """A box's other digits ("S" a 5 or an 8): the one spelling of the boxes' options that
    passes the checksum, else None (none, or two: a guess); too many spellings are no read."""
    count = 1
    for o in options:
        count *= len(o)
    if count > MAX_CANDIDATES:
        return None
    found = {text for spelling in product(*options) if valid(text := spelled(spelling))}
    return found.pop() if len(found) == 1 else None


def as_reg_no(readings: list[tuple[str, float]]) -> str | None:
    """A company's registration number from its eleven boxes' readings: the one spelling
    that passes the number's checksum (as `as_code`), else None."""
    options: list[str] = []
    for text, score in readings:
        if not text:
            continue
        digits = _AS_DIGITS.get(text) if len(text) == 1 else None
        if digits is None:
            return None
        options.append(text if text.isdigit() and score >= SURE_DIGIT else digits)
    if len(options) != 11:
        return None
    return _one_passing(options, "".join, is_valid_registration_number)


# A single capital a hand's round or open shape makes the recogniser take for another.
_OTHER_LETTERS = {"O": "OU", "V": "VU", "U": "UV"}


def as_given_name(readings: list[tuple[str, float]]) -> str | None:
    """A given name from its boxes' readings: as `as_name`, and where a box's letter is one a
    hand's shape confuses ("0" read for "U"), the one spelling the name tables list (with the
    marks a hand draws apart put back from the table, never guessed); else as read."""
    from ..forms.person_names import common_spellings
    from .hand_restore import bare_word

    read = as_name(readings)
    if read is None or " " in read or "-" in read:
        return read
    options = [_OTHER_LETTERS.get(c.upper(), c) for c in read]
    count = 1
    for o in options:
        count *= len(o)
    if count > MAX_CANDIDATES:
        return read
    spellings = {"".join(p)[:1] + "".join(p)[1:].lower() for p in product(*options)}
    known = {c for c in common_spellings() if bare_word(c) in spellings}
    return known.pop() if len(known) == 1 else read


def as_name(readings: list[tuple[str, float]]) -> str | None:
    """A name from its boxes' readings: capitals (a digit taken for the letter it looks like),
    an empty box between words, title case; None when a box holds no letter."""
    words: list[str] = []
    current = ""
    started = False
    for text, _score in readings:
        if not text:
            if current:
                words.append(current)
                current = ""
            continue
        started = True
        if len(text) != 1:
            return None
        letter = _AS_LETTERS.get(text, text)
        if letter in _DASHES and current:
            current += "-"
            continue
        if not letter.isalpha():
            return None
        current += letter.upper()
    if current:
        words.append(current)
    if not started or not words or sum(len(w) for w in words) < 2:
        return None
    return " ".join("-".join(p[:1] + p[1:].lower() for p in w.split("-")) for w in words)
