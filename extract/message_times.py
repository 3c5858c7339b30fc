"""A chat's sending times: the messenger's, not the paper's.

A chat printed from a phone (or its screenshot) closes every message with the time it was sent,
in smaller type: "2.05 fizioterapija 10-12 (2h) 19:49", "kopā 9 st. 21:15", or the time on a
line of its own just under the message. Read as the paper's words, the sending time became a
row's end ("10-11.30 1,5h 21:12" read 11:30–21:12) or a total ("kopā 11,5 st. ... 19:40" read
19.67 h). A clock alone at a line's end (or alone on its line) in type clearly smaller than the
page's text is such a time when the page shows at least three of them: one small clock is a
footnote's or a stamp's, a column of them closing the messages is the messenger's. They are
left out of the reading.
"""

from __future__ import annotations

import re
from statistics import median

from .document import Word
from .layout import Line, Segment, renumbered

_SENT_AT = re.compile(r"^(?:[01]?\d|2[0-3]):[0-5]\d$")
_SMALLER = 0.8  # a sending time's height at most this share of the page's usual text height
_AT_LEAST = 3  # sending times a page shows before any of them is taken for one


def _height(word: Word) -> float:
    return word.bottom - word.top


def _sent_at(line: Line, usual: float) -> Word | None:
    """The line's closing word when it is a clock in small type after the line's own words."""
    last = line.words[-1]
    if not _SENT_AT.match(last.text) or usual <= 0:
        return None
    others = line.words[:-1]
    text_height = median(_height(w) for w in others) if others else usual
    return last if _height(last) <= _SMALLER * min(usual, text_height) else None


def without_sending_times(lines: list[Line]) -> list[Line]:
    """The lines without a chat's sending times (see the module docstring), renumbered; the
    lines as they are when no page shows a column of them."""
    pages: dict[int, list[Line]] = {}
    for line in lines:
        pages.setdefault(line.page, []).append(line)
    dropped: set[int] = set()  # ids of the words that are sending times
    for page_lines in pages.values():
        heights = [_height(w) for ln in page_lines for w in ln.words
                   if not _SENT_AT.match(w.text)]
        if not heights:
            continue
        usual = median(heights)
        sent = [w for ln in page_lines if (w := _sent_at(ln, usual)) is not None]
        if len(sent) >= _AT_LEAST:
            dropped.update(id(w) for w in sent)
    if not dropped:
        return lines
    kept: list[Line] = []
    for line in lines:
        if not any(id(w) in dropped for w in line.words):
            kept.append(line)
            continue
        words = [w for w in line.words if id(w) not in dropped]
        if not words:
            continue
        segments = [Segment([w for w in s.words if id(w) not in dropped], s.cell)
                    for s in line.segments]
        kept.append(Line(line.page, words, [s for s in segments if s.words]))
    return renumbered(kept) if kept else lines


__all__ = ["without_sending_times"]
