"""A prose value that wraps inside its column, on a page printed in two columns.

A letter with its letterhead down the left margin and its text in a right-hand column reads,
line by line, as the margin's words between the text's: "... strādā par velosipēdu |
www.riteni.example.lv | mehāniķi ...". A value a pattern reads across such a line break picks
up the margin's words. Read again in its own column (the next line's segment under the
value's), the sentence is whole.
"""

from __future__ import annotations

import re
from typing import Any

from .document import Word
from .phrase_patterns import deaccent

# How many lines below its start a sentence is followed down its column.
_LINES_ON = 2


def _same_column(segment: Any, home: Any) -> bool:
    return bool(segment.x0 < home.x1 and segment.x1 > home.x0)


def value_in_its_column(ctx: Any, regex: re.Pattern[str],
                        match: re.Match[str]) -> tuple[str, list[Word]] | None:
    """The value `regex` reads when the text `match` spans is read down its own column, and
    the words it is made of; None when the match stays in one column (nothing to mend) or
    the column does not read the same way."""
    used = {id(w) for w in ctx.words_in(*match.span())}
    at = sorted({i for line in ctx.lines for w in line.words if id(w) in used
                 for i in [line.index]})
    if len(at) < 2:
        return None
    first = ctx.lines[at[0]]
    home = [seg for seg in first.segments if any(id(w) in used for w in seg.words)]
    if len(home) != 1:
        return None
    crossed = any(not _same_column(seg, home[0]) for i in at[1:]
                  for seg in ctx.lines[i].segments if any(id(w) in used for w in seg.words))
    if not crossed:
        return None
    start = next(k for k, w in enumerate(home[0].words) if id(w) in used)
    pieces: list[Word] = list(home[0].words[start:])
    for i in range(first.index + 1, first.index + 1 + _LINES_ON):
        if i >= len(ctx.lines) or ctx.lines[i].page != first.page:
            break
        column = [seg for seg in ctx.lines[i].segments if _same_column(seg, home[0])]
        if len(column) != 1:
            break
        pieces.extend(column[0].words)
    offsets, text = [], ""
    for word in pieces:
        text += (" " if text else "")
        offsets.append((len(text), len(text) + len(word.text), word))
        text += word.text
    found = regex.search(deaccent(text))
    if found is None:
        return None
    s, e = found.span("value") if "value" in found.groupdict() else found.span()
    return text[s:e], [w for a, b, w in offsets if a < e and b > s]
