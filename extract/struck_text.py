"""A typed value struck through and its correction, from the words a stroke runs through.

A clerk corrects a paper by drawing a line through the wrong value and writing the right one
beside it or above it, in the pen that struck it ("Stundas nedēļā: 1̶2̶ 16 labots J.B."), and a
coordinator strikes a row out of a table the same way, one stroke per cell. The struck words
are no longer the paper's: they leave the reading. A correction written ABOVE the struck words
(its own little line, which the reading would put before the label's line) takes their place
on the label's line; one written beside them already follows the label. What a hand wrote is a
person's to confirm: the correction is kept below review's bar (`HAND_CEILING`).

Which words a stroke runs through is the caller's: `marks.drawn_marks` finds them from a PDF's
drawn lines (`marks._words_through`); a scan's caller may find them in the pixels
(`struck_values`) and pass the same runs. The ink of a word or a stroke is what tells the hand
that struck from the print: a correction is written in the stroke's own ink, unlike the print
it corrects. Where the ink is not known (`None`), nothing is moved from above: the struck words
only leave the reading.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable, Sequence
from dataclasses import replace

from .document import Word

Ink = Hashable | None
HAND_CEILING = 0.8  # what a hand's correction may carry at most (as `struck_values`)
ABOVE = 1.3  # word heights: a correction written above stands this close over the struck words
BESIDE = 2.0  # word heights: a correction written beside follows this close after them
REACH = 1.0  # word heights: how far past the struck words' ends a correction above may start


def _height(word: Word) -> float:
    return max(1.0, word.bottom - word.top)


def _above(run: Sequence[Word], word: Word) -> bool:
    """`word` is written just above the struck run, over its span."""
    first, last = run[0], run[-1]
    height = _height(first)
    return (word.bottom <= first.top + 0.4 * height
            and word.bottom >= first.top - ABOVE * height
            and word.x1 >= first.x0 - REACH * height
            and word.x0 <= last.x1 + REACH * height)


def _beside(run: Sequence[Word], word: Word, after: float) -> bool:
    """`word` follows the struck run (or the correction read so far) on its line."""
    first = run[0]
    height = _height(first)
    middle = (first.top + first.bottom) / 2
    return word.top <= middle <= word.bottom and after - 0.2 * height <= word.x0 \
        <= after + BESIDE * height


EMPTY = "☐"  # a mark struck out: the box left unmarked (as `marks.EMPTY`)


_INITIALS = re.compile(r"(?:[^\W\d_]{1,2}\.){1,3}")
INITIALS_REACH = 8.0  # word heights right of the struck words the corrector initials within


def _initials_by(run: Sequence[Word], word: Word) -> bool:
    """`word` is the corrector's initials ("A.K."), in the stroke's ink beside the struck
    words (a little above or below their line)."""
    first, last = run[0], run[-1]
    height = _height(first)
    middle = (first.top + first.bottom) / 2
    return (_INITIALS.fullmatch(word.text) is not None
            and abs((word.top + word.bottom) / 2 - middle) <= 1.5 * height
            and last.x1 <= word.x0 <= last.x1 + INITIALS_REACH * height)


def strike_out(words: list[Word], runs: Sequence[tuple[Sequence[Word], Ink]],
               ink_of: Callable[[Word], Ink] = lambda _w: None,
               is_mark: Callable[[Word], bool] = lambda _w: False) -> list[Word]:
    """The page's words with each struck run (the words one stroke runs through, and the
    stroke's ink) taken out and its correction put in its place, below review's bar. A mark
    struck out (a tick or a cross in an answer's column, `is_mark`) is an empty box there."""
    if not runs:
        return words
    struck = {id(w) for run, _ink in runs for w in run}
    moved: dict[int, Word] = {}  # id of a correction written above -> its word in place
    lowered: set[int] = set()
    dropped: set[int] = set()  # the corrector's initials: whose the correction is, no value
    for run, ink in runs:
        if not run:
            continue
        inks = {ink_of(w) for w in run}
        if ink is None or ink in inks:
            continue  # the hand cannot be told from the print
        hand = [w for w in words if id(w) not in struck and ink_of(w) == ink]
        initialled = [w for w in hand if _initials_by(run, w)]
        dropped.update(id(w) for w in initialled)
        above = sorted((w for w in hand if _above(run, w) and id(w) not in moved
                        and id(w) not in dropped), key=lambda w: w.x0)
        if above:
            first = run[0]
            # Written above: put on the struck words' line, where they stood.
            shift = first.bottom - max(w.bottom for w in above)
            for w in above:
                moved[id(w)] = replace(w, top=w.top + shift, bottom=w.bottom + shift,
                                       confidence=min(w.confidence, HAND_CEILING))
        if above:
            continue
        after = run[-1].x1
        for w in sorted(hand, key=lambda w: w.x0):
            if id(w) not in dropped and _beside(run, w, after):
                lowered.add(id(w))
                after = w.x1
    out: list[Word] = []
    for w in words:
        if id(w) in struck:
            if is_mark(w):
                out.append(replace(w, text=EMPTY))
            continue
        if id(w) in dropped:
            continue
        if id(w) in moved:
            out.append(moved[id(w)])
        elif id(w) in lowered:
            out.append(replace(w, confidence=min(w.confidence, HAND_CEILING)))
        else:
            out.append(w)
    return out
