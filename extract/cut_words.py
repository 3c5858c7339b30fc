"""A word whose beginning OCR lost at the start of a line, given back from the page's own text.

Tesseract sometimes returns a line's first word without its first letters ("terapijas prakse
„Kustību vieta”" for a letterhead's bold "Fizioterapijas prakse ..."), sure of what it kept.
The line then starts to the right of the lines around it, by about the lost letters' width,
and opens in lower case. When the same page prints exactly one longer word ending in the kept
letters ("apmeklē fizioterapijas procedūras"), that word is the one the line began with: it
takes its place, capitalised as a line's first word, below the sure bar.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

_CUT = re.compile(r"[a-zāčēģīķļņšūž]{5,}")
_WORD = re.compile(r"[^\W\d_]+")
TOP_LINES = 4  # the letterhead's lines: the page's first few
LOST_FROM = 2.0  # the line starts this many letters' widths right of its neighbour, at least
WIDTH_RATIO = (0.5, 2.0)  # the lost letters' width against the line's shift
MENDED_CONFIDENCE = 0.8


def _neighbour(lines: list[Any], at: int) -> Any | None:
    """The line right above or below (same page, at most a line's height apart)."""
    line = lines[at]
    for other in (lines[at + 1] if at + 1 < len(lines) else None,
                  lines[at - 1] if at > 0 else None):
        if other is None or other.page != line.page or not other.words:
            continue
        gap = other.top - line.bottom if other.top > line.top else line.top - other.bottom
        if gap <= max(line.height, other.height):
            return other
    return None


def with_cut_word_heads(lines: list[Any], scanned: set[int]) -> list[Any]:
    """`lines` with a letterhead line's first word, cut short by OCR, given back whole (see the
    module docstring); lines of pages not OCRed (`scanned` holds those) are left alone."""
    firsts: dict[int, int] = {}
    for at, line in enumerate(lines):
        firsts.setdefault(line.page, at)
    for at, line in enumerate(lines):
        if line.page not in scanned or at - firsts[line.page] >= TOP_LINES or not line.words:
            continue
        first = line.words[0]
        if not _CUT.fullmatch(first.text):
            continue
        other = _neighbour(lines, at)
        if other is None:
            continue
        pitch = (first.x1 - first.x0) / len(first.text)
        shift = first.x0 - other.words[0].x0
        if pitch <= 0 or shift < LOST_FROM * pitch:
            continue
        longer = {m.group(0).lower() for ln in lines if ln.page == line.page
                  for w in ln.words for m in _WORD.finditer(w.text)
                  if w is not first and len(m.group(0)) > len(first.text)
                  and m.group(0).lower().endswith(first.text)}
        if len(longer) != 1:
            continue
        whole = longer.pop()
        lost = len(whole) - len(first.text)
        if not WIDTH_RATIO[0] <= shift / (lost * pitch) <= WIDTH_RATIO[1]:
            continue
        word = replace(first, text=whole[:1].upper() + whole[1:], x0=first.x0 - lost * pitch,
                       confidence=min(first.confidence, MENDED_CONFIDENCE))
        line.words[0] = word
        for segment in line.segments:
            if segment.words and segment.words[0] is first:
                segment.words[0] = word
    return lines
