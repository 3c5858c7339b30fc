"""Two candidates side by side: a form that prints two people in columns of one table.

A guardian of several wards fills one form with a column per ward ("1. persona | 2. persona")
and marks for which of them the service is asked. When the row that holds the code the reader
took for a person also holds another person's code that no field of the document claims, the
page offers two candidates for one role: which of them is meant the reader has not judged from
the mark, so the person's name, code and an address read from a row that prints another cell
beside it stay below 0.9 (a person looks at them).

When a row near the codes holds one mark per column, one of them marked ("Pakalpojums tiek
pieprasīts  [ ]  [x]", boxes ticked or text brackets), the marked column is the person the
service is asked for: a value read from another column is taken from the marked one instead
(code, name and address cells of the same rows). Still below 0.9: which cell a mark stands
under is read from positions.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from . import values
from .marks import MARK_ANY, MARK_ON
from .reading_context import Context
from .value_parsing import parse_value
from .vocabulary import FieldSpec

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


def _columns(line: Any) -> list[float]:
    """The left edges of the code cells on a row that prints one person's code per column."""
    return sorted(w.x0 for w in line.words if _CODE.search(w.text))


def _column(edges: list[float], word: Any) -> int:
    """Which column a word stands in: the last whose cell starts left of the word's centre
    (a little slack for a mark or a value centred under a left-aligned code)."""
    centre = (word.x0 + word.x1) / 2
    return max([0] + [i for i, edge in enumerate(edges) if centre >= edge - 12])


def _marked_column(ctx: Context, index: int, edges: list[float]) -> int | None:
    """The one column a row of marks near the codes' row marks: one mark per column, one of
    them on. None when no such row, or when it marks none or several."""
    for line in ctx.lines[max(0, index - 6): index + 10]:
        cells = [w for w in line.words if w.x1 >= edges[0] - 4]
        marks = _marks(cells)
        if marks is None or len(marks) != len(edges):
            continue
        on = [w for w in marks if MARK_ON.fullmatch(w.text)]
        if len(on) != 1 or len({_column(edges, w) for w in marks}) != len(marks):
            continue
        return _column(edges, on[0])
    return None


def _marks(words: list[Any]) -> list[Any] | None:
    """A row's cells as marks, when every word in them is one: a box glyph, or a text
    bracket the text layer splits at its blank ("[", "]") joined again. None otherwise."""
    marks: list[Any] = []
    open_: Any = None
    for word in words:
        text = word.text.strip()
        if open_ is not None:
            if not re.fullmatch(r"[xX✓]?\s*\]", text):
                return None
            marks.append(replace(word, text=f"[{text}", x0=open_.x0))
            open_ = None
        elif text == "[":
            open_ = word
        elif MARK_ANY.fullmatch(text):
            marks.append(replace(word, text=text))
        else:
            return None
    return marks if open_ is None and marks else None


def _label_words(line: Any, edges: list[float]) -> int:
    """How many words of a row stand left of its first column: the row's label."""
    return sum(w.x1 < edges[0] - 4 for w in line.words)


def _cell(ctx: Context, index: int, edges: list[float], column: int,
          wrapped: bool = False) -> list[Any]:
    """The words of row `index` in one column; with `wrapped`, also the rows under it that
    print no label (a long address running on in its cell)."""
    words = [w for w in ctx.lines[index].words
             if w.x1 >= edges[0] - 4 and _column(edges, w) == column]
    below = index + 1
    while wrapped and words and below < len(ctx.lines):
        line = ctx.lines[below]
        if not line.words or _label_words(line, edges):
            break
        more = [w for w in line.words if _column(edges, w) == column]
        if len(more) != len(line.words):
            break
        words += more
        below += 1
    return words


def _cell_text(words: list[Any]) -> str:
    """A cell's words as text; a letter set apart from the word it ends by no gap (OCR
    parts "...kaln" and "s") joins it."""
    text = ""
    for i, word in enumerate(words):
        glued = (i and len(word.text) == 1 and word.text.isalpha()
                 and 0 <= word.x0 - words[i - 1].x1 < 2 and abs(word.top - words[i - 1].top) < 6)
        text += word.text.lower() if glued else (" " if text else "") + word.text
    return text


def _take_marked(ctx: Context, found: dict[str, Any], kinds: dict[str, str],
                 specs: dict[str, FieldSpec], person: tuple[str, str], index: int,
                 result: dict[str, Any], boxes: dict[str, list[Any]]) -> bool:
    """Read a person's fields from the column a row of marks marks, when the values read
    stand in another column. Whether anything was taken."""
    name, code = person
    edges = _columns(ctx.lines[index])
    marked = _marked_column(ctx, index, edges)
    read = found.get(code)
    if marked is None or read is None or not read.words or _column(edges, read.words[0]) == marked:
        return False
    taken: dict[str, tuple[Any, list[Any]]] = {}
    cell = _cell(ctx, index, edges, marked)
    value = parse_value(specs[code], _cell_text(cell)) if cell and code in specs else None
    if not value:
        return False
    taken[code] = (value, cell)
    fields = [name] + [f for f, kind in kinds.items() if kind == "address"]
    for field in fields:
        item = found.get(field)
        row = ctx.line_of_found(item)
        if (row is None or item is None or field not in specs
                or _column(edges, item.words[0]) == marked):
            continue
        cell = _cell(ctx, row, edges, marked, wrapped=kinds[field] == "address")
        text = _cell_text(cell)
        value = parse_value(specs[field], text) if cell else None
        if value is None and kinds[field] == "address" and re.search(r"\d", text):
            # An address with no postcode (the column's other cell was read without one too):
            # the cell as written.
            value = values.address_case(" ".join(text.split()).strip(" ,;"))
        if value:
            taken[field] = (value, cell)
    for field, (value, cell) in taken.items():
        result[field] = value
        if len({w.page for w in cell}) == 1:
            boxes[field] = [cell[0].page, min(w.x0 for w in cell), min(w.top for w in cell),
                            max(w.x1 for w in cell), max(w.bottom for w in cell)]
    return True


def doubt_side_by_side(ctx: Context, found: dict[str, Any], kinds: dict[str, str],
                       checks: list[dict[str, Any]], result: dict[str, Any],
                       confidence: dict[str, float], warnings: list[str],
                       specs: dict[str, FieldSpec] | None = None,
                       boxes: dict[str, list[Any]] | None = None) -> None:
    """Cap a person's fields when its code's row prints another, unclaimed person's code;
    take them from the column a row of marks marks, when one does."""
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
            if specs is not None and _take_marked(ctx, found, kinds, specs, (name, code), index,
                                                  result, boxes if boxes is not None else {}):
                warnings.append(f"{code}: printed beside another person's code in one row: "
                                "taken from the column the form marks (check it)")
                continue
            warnings.append(f"{code}: printed beside another person's code in one row: two "
                            "candidates, which one the form marks is not read")
