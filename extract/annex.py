"""A form's section answered in an annex ("skatīt 1. pielikumu"): the annex's lines.

An application may leave a section's table to an annex on a later page and print only a
reference in the section. The section's answer is then read from the annex: the lines from
its heading ("1. pielikums") to the next annex or the end.
"""

from __future__ import annotations

import re
from typing import Any

from .layout import fold

# "skatīt 1. pielikumu", "sk. pielikumā", "norādītas pielikumā": the section points away.
_SEE_ANNEX = re.compile(r"(?<![a-z])(?:skatit|sk\.|skat\.|noradit\w*|pievienot\w*)\s+(?:\d+\.\s*)?"
                        r"pielikum")
# An annex's own heading: "1. pielikums", "Pielikums Nr. 1", at the head of its page.
_ANNEX_HEAD = re.compile(r"^\s*(?:\d+\.\s*pielikums|pielikums(?:\s+nr\.?\s*\d+)?)\s*$")


def annex_lines(ctx: Any, section: list[Any]) -> list[Any] | None:
    """The lines of the annex a paper refers to from its section on (the section itself, or
    the next heading when the section was taken at a neighbour's heading), or None when no
    reference or no annex after it is printed."""
    if not section:
        return None
    first_page = [ln for ln in ctx.lines[section[0].index:] if ln.page == section[0].page]
    refers = next((ln.index for ln in first_page if _SEE_ANNEX.search(fold(ln.text))), None)
    if refers is None:
        return None
    heads = [line.index for line in ctx.lines[refers + 1:]
             if any(_ANNEX_HEAD.match(fold(seg.text)) for seg in line.segments)]
    if not heads:
        return None
    end = heads[1] if len(heads) > 1 else len(ctx.lines)
    return list(ctx.lines[heads[0] + 1:end])


# A continuation's heading on an annex page: "Turpinājums 3. punktam" (to point 3).
CONTINUATION_HEAD = re.compile(r"^\W*turpinajums\s+(\d{1,2})\.?\s*(?:punktam|punkta|jautajumam)")


def continued_lines(ctx: Any, section: list[Any], stops: list[str]) -> list[Any]:
    """The lines a later page prints under "Turpinājums N. punktam" for the section headed
    "N. ...": up to the next continuation's heading or a stop line (a date, a signature), []
    when the section's heading has no number or no continuation names it."""
    if not section:
        return []
    number = re.match(r"^\s*(\d{1,2})\.\s", section[0].text)
    if number is None:
        return []
    for line in ctx.lines[section[-1].index + 1:]:
        head = CONTINUATION_HEAD.match(fold(line.text))
        if head is None or head.group(1) != number.group(1) or line.page == section[0].page:
            continue
        rows: list[Any] = []
        for row in ctx.lines[line.index + 1:]:
            folded = fold(row.text)
            if CONTINUATION_HEAD.match(folded) or any(
                    re.search(rf"(?<![a-z]){re.escape(fold(stop))}", folded) for stop in stops):
                break
            rows.append(row)
        return rows
    return []
