"""Two candidates side by side: a form that prints two people in columns of one table.

A guardian of several wards fills one form with a column per ward ("1. persona | 2. persona")
and marks for which of them the service is asked. When the row that holds the code the reader
took for a person also holds another person's code that no field of the document claims, the
page offers two candidates for one role: which of them is meant the reader has not judged from
the mark, so the person's name, code and an address read from a row that prints another cell
beside it stay below 0.9 (a person looks at them). Nothing is changed: the value may well be
the marked one.
"""

from __future__ import annotations

import re
from typing import Any

from .reading_context import Context

SIDE_BY_SIDE = 0.6
_CODE = re.compile(r"(?<!\d)(\d{6})\s?-\s?(\d{5})(?!\d)")
_POSTCODE = re.compile(r"(?i)\bLV\s?-\s?\d{4}\b")


def _codes(text: str) -> list[str]:
    return [f"{a}-{b}" for a, b in _CODE.findall(text)]


def _beside(ctx: Context, item: Any) -> bool:
    """Whether the row of a value read from words prints another value of its kind: a second
    postcode on the row, or words standing right of the value (the next column's cell)."""
    index = ctx.line_of_found(item)
    if index is None:
        return False
    line = ctx.lines[index]
    if len(_POSTCODE.findall(line.text)) > 1:
        return True
    right = max(w.x1 for w in item.words)
    own = {id(w) for w in item.words}
    return any(id(w) not in own and w.x0 > right for w in line.words)


def doubt_side_by_side(ctx: Context, found: dict[str, Any], kinds: dict[str, str],
                       checks: list[dict[str, Any]], result: dict[str, Any],
                       confidence: dict[str, float], warnings: list[str]) -> None:
    """Cap a person's fields when its code's row prints another, unclaimed person's code."""
    claimed = {str(v) for n, v in result.items() if kinds.get(n) == "personal_code" and v}
    for check in checks:
        for name, code in check.get("people", []):
            index = ctx.line_of_found(found.get(code))
            if index is None or not result.get(code):
                continue
            others = [c for c in _codes(ctx.lines[index].text) if c not in claimed]
            if not others:
                continue
            capped = [name, code]
            for field, kind in kinds.items():
                if kind == "address" and _beside(ctx, found.get(field)):
                    capped.append(field)
            for field in capped:
                if field in confidence:
                    confidence[field] = min(confidence[field], SIDE_BY_SIDE)
            warnings.append(f"{code}: printed beside another person's code in one row: two "
                            "candidates, which one the form marks is not read")
