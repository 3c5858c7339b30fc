"""A paper's own date line, read where its shape and place say a date stands.

Two things the general date pattern ({DATE}) leaves out on purpose, because in running text
they are more often something else, but which a line holding only a date settles: the year
cut short ("14.01.25.", in prose a clause number) and a day without its full stop before the
month's name ("5 marts 2025"). And one place the date line may take: the right-hand end of a
letterhead's line ("Kurzemes ... augstskola        16.09.2024."), where the issuer's name,
not the paper's place or number, stands to its left.
"""

from __future__ import annotations

import re
from typing import Any

# Read in deaccented text (fields.deaccent keeps offsets). The month's name is only a word
# here: the date's parser decides whether it names a month.
_CUT_YEAR = re.compile(r"(?<![\d./])\d{1,2}\.\d{1,2}\.\d{2}\.?(?![\d/])(?!\.\d)")
# (its month cut short, "14 apr. 2025"; a signature's scrawl touching the year, read as a
# figure and letters after it, "20251A5V", is no fifth digit)
_DAY_WITHOUT_STOP = re.compile(
    r"(?<![\d.])\d{1,2}\s+[a-z]+\.?\s+\d{4}(?:\.?(?!\d)|(?=\d[a-z]))", re.IGNORECASE)


def date_line_span(text: str, general: re.Pattern[str]) -> re.Match[str] | None:
    """The first date in a date line's segment (`text`, deaccented): the general pattern's,
    else one of the shapes only a date line may print."""
    return general.search(text) or _CUT_YEAR.search(text) or _DAY_WITHOUT_STOP.search(text)


def beside_letterhead(ctx: Any, line: Any, segment: Any, others: list[Any]) -> bool:
    """Whether `segment` is a date printed at the right end of a line at the head of the first
    page (the letterhead's lines, any above the paper's title and the title's): what stands
    to its left is the issuer's name and address in a column of their own, or the title, no
    label of the date."""
    # ... and the title's own line ("Soc. darb. atzinums | 15.10.25."): the paper's date set
    # at the right of its title.
    head = _head_block(ctx.issuer_lines()) | set(
        range(ctx.title_line + 1 if ctx.title_line is not None else 0))
    if line.page != 0 or line.index not in head:
        return False
    return all(other.x1 < segment.x0 and ":" not in other.text for other in others)


def _head_block(letterhead: set[int]) -> set[int]:
    """The letterhead's lines at the head of the page (from the first line on, without a gap),
    not the page footers the issuer's lines also count."""
    block: set[int] = set()
    while len(block) in letterhead:
        block.add(len(block))
    return block
