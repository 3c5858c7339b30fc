"""A date written in a comb of letter boxes over its caption ("dd mm gggg"), read as a date.

Eight figures standing alone are not a date by their shape: a phone number has eight too. The
tiny caption printed under the boxes, one word per group (day, month, year), says which they
are. OCR reads the boxes' figures as one run ("27082025") and the caption on the line under it,
often a little wrong ("dd mn ggg9"); the run over such a caption becomes the date it spells,
day, month and year ("27.08.2025"), in place on the layout lines, and no surer than 0.85: the
boxes' figures are a hand's and their grouping is inferred. The caption's words are data
(`date_shapes.yaml`, `comb_captions`).
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from itertools import pairwise
from typing import Any

from .document import Word
from .phrase_patterns import deaccent
from .vocabulary import reader_data

_SURE_AT_MOST = 0.85
_FIGURES = re.compile(r"\d+")


@lru_cache(maxsize=1)
def _caption_words() -> dict[str, frozenset[str]]:
    data = reader_data("date_shapes.yaml").get("comb_captions", {})
    return {part: frozenset(deaccent(str(w)).lower() for w in data.get(part, []))
            for part in ("day", "month", "year")}


def _token(text: str) -> str:
    return re.sub(r"[^a-z0-9.]", "", deaccent(text).lower()).strip(".") or ""


def _is_caption(words: list[Word]) -> bool:
    """A line of two to five short words opening with the day's and closing with the year's
    caption word ("dd mm gggg", "diena mēnesis gads"; OCR's "9" for "g" folded back), or one
    letter under each box ("d d m m g g g g")."""
    tokens = [t for t in (_token(w.text) for w in words) if t]
    if len(tokens) > 5 and all(len(t) == 1 for t in tokens):
        # One letter under each box ("d d m m g g g g"): the letters are the groups' words.
        spelt = "".join(tokens).replace("9", "g")
        return re.fullmatch(r"d{1,2}m{1,2}[gy]{2,4}", spelt) is not None
    if not 2 <= len(tokens) <= 5:
        return False
    vocab = _caption_words()
    first, last = tokens[0], tokens[-1].replace("9", "g")
    day = first in vocab["day"] or re.fullmatch(r"d{1,2}", first) is not None
    year = last in vocab["year"] or re.fullmatch(r"[gy]{3,4}", last) is not None
    middle = all(len(t) <= 3 or t in vocab["month"] for t in tokens[1:-1])
    return day and year and middle


def _comb_date(figures: str) -> date | None:
    if len(figures) != 8 or figures[4:6] not in ("19", "20"):
        return None
    try:
        return date(int(figures[4:]), int(figures[2:4]), int(figures[:2]))
    except ValueError:
        return None


def captioned_comb_dates(lines: list[Any]) -> None:
    """A run of figures over a comb caption on the next line becomes its date, in place."""
    for above, below in pairwise(lines):
        if above.page != below.page or not _is_caption(below.words):
            continue
        if below.top - above.bottom > 1.5 * above.height:
            continue
        left, right = below.words[0].x0, below.words[-1].x1
        reach = above.height
        for segment in above.segments:
            run = [w for w in segment.words if w.x1 >= left - reach and w.x0 <= right + reach
                   and _FIGURES.fullmatch(w.text.strip(".|"))]
            start = segment.words.index(run[0]) if run else 0
            if not run or segment.words[start:start + len(run)] != run:
                continue  # the figures must stand together, nothing between them
            found = _comb_date("".join(w.text.strip(".|") for w in run))
            if found is None:
                continue
            sure = min([_SURE_AT_MOST, *(w.confidence for w in run)])
            word = Word(f"{found:%d.%m.%Y}", run[0].x0, min(w.top for w in run), run[-1].x1,
                        max(w.bottom for w in run), run[0].page, sure)
            at = above.words.index(run[0])
            above.words[at:at + len(run)] = [word]
            segment.words[start:start + len(run)] = [word]
            segment._folded = None
