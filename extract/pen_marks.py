"""Latvian marks a hand drew as pen strokes over a digital PDF's letters, put back on them.

A form filled on a tablet or with a handwriting font keeps its letters in the text layer, but a
font without Latvian letters leaves the macron, the caron and the comma out: the hand draws them
as separate short strokes beside the glyph ("Janis" in the text, a stroke over the "a"). Those
strokes are vector lines in the page; each one sits where Latvian puts the mark:

- a macron: one short, nearly level stroke above the letter's x-height (over a capital, above
  its cap height) on a vowel a, e, i, u -> ā, ē, ī, ū;
- a caron: two short slanted strokes meeting in a "v" above c, s, z (or n's rare ň is not
  Latvian) -> č, š, ž;
- a comma: one short slanted stroke under the baseline of k, l, n -> ķ, ļ, ņ, or above a g
  -> ģ.

A stroke is taken for a letter's mark only when it is no wider than the letter and a half, its
middle is over (or under) that letter, and no other letter is nearer: a rule, an underline or a
table line is longer, and a strike-through runs through the middle of the letters, not above
them. A letter that already carries its mark (the font has it) is left as it is.
"""

from __future__ import annotations

from typing import Any

_MACRON = {"a": "ā", "e": "ē", "i": "ī", "u": "ū", "A": "Ā", "E": "Ē", "I": "Ī", "U": "Ū"}
_CARON = {"c": "č", "s": "š", "z": "ž", "C": "Č", "S": "Š", "Z": "Ž"}
_COMMA_BELOW = {"k": "ķ", "l": "ļ", "n": "ņ", "K": "Ķ", "L": "Ļ", "N": "Ņ"}
_COMMA_ABOVE = {"g": "ģ"}
_COMMA_BELOW_G = {"G": "Ģ"}  # a capital G takes its comma below, as k, l and n do

MAX_WIDTH = 1.5  # a mark is at most this many letter widths wide (a rule is longer)
MIN_WIDTH = 0.15  # in letter sizes: a speck is no mark


def _baseline(char: dict[str, Any], page_height: float) -> float:
    matrix = char.get("matrix")
    if matrix and len(matrix) >= 6:
        return page_height - float(matrix[5])
    return float(char["bottom"]) - 0.2 * float(char.get("size") or 0)


def _stroke(obj: dict[str, Any]) -> tuple[float, float, float, float] | None:
    """A straight two-point stroke's ends (x0, y0, x1, y1), left end first; None otherwise."""
    pts = obj.get("pts") or []
    if len(pts) != 2:
        return None
    (xa, ya), (xb, yb) = pts
    if xa > xb:
        xa, ya, xb, yb = xb, yb, xa, ya
    return float(xa), float(ya), float(xb), float(yb)


def _place(stroke: tuple[float, float, float, float], char: dict[str, Any],
           base: float) -> str | None:
    """Where a stroke sits on a letter: "over", "under" or None (not the letter's mark).
    Heights are measured from the letter's baseline in its size."""
    size = float(char.get("size") or 0)
    if size <= 0:
        return None
    x0, y0, x1, y1 = stroke
    width = float(char["x1"]) - float(char["x0"])
    if width <= 0 or x1 - x0 > MAX_WIDTH * width or max(x1 - x0, abs(y1 - y0)) < MIN_WIDTH * size:
        return None
    middle = (x0 + x1) / 2
    if not float(char["x0"]) - 0.15 * width <= middle <= float(char["x1"]) + 0.15 * width:
        return None
    high = (base - min(y0, y1)) / size
    low = (base - max(y0, y1)) / size
    if low >= 0.5 and high <= 1.3:
        return "over"
    if low >= -0.45 and high <= 0.05:
        return "under"
    return None


def _mark_for(char: dict[str, Any], strokes: list[tuple[float, float, float, float]],
              base: float) -> str | None:
    text = char.get("text") or ""
    over = [s for s in strokes if _place(s, char, base) == "over"]
    under = [s for s in strokes if _place(s, char, base) == "under"]
    level = [s for s in over if abs(s[3] - s[1]) <= 0.35 * (s[2] - s[0])]
    slanted = [s for s in over if s not in level]
    if text in _MACRON and len(level) == 1 and not slanted:
        return _MACRON[text]
    if text in _CARON and len(slanted) == 2 and not level:
        return _CARON[text]
    if text in _COMMA_ABOVE and len(slanted) == 1 and not level:
        return _COMMA_ABOVE[text]
    if (text in _COMMA_BELOW or text in _COMMA_BELOW_G) and len(under) == 1 and not over:
        x0, y0, x1, y1 = under[0]
        if abs(y1 - y0) >= 0.5 * (x1 - x0):  # a comma slants down; a level stroke underlines
            return (_COMMA_BELOW | _COMMA_BELOW_G)[text]
    return None


def marked_letters(page: Any) -> dict[int, str]:
    """Letters of `page` (a pdfplumber page) that carry a pen-drawn Latvian mark: the `id` of
    the letter's char dict in `page.chars` -> the marked letter."""
    try:
        strokes = [s for obj in page.lines if (s := _stroke(obj)) is not None]
        chars = list(page.chars)
        height = float(page.height)
    except Exception:  # a malformed drawing must not cost us the page's words
        return {}
    size_max = max((float(c.get("size") or 0) for c in chars), default=0.0)
    strokes = [s for s in strokes if max(s[2] - s[0], abs(s[3] - s[1])) <= size_max]
    if not strokes:
        return {}
    # A stroke belongs to the one letter whose middle it is nearest on the lines near it.
    owned: dict[int, list[tuple[float, float, float, float]]] = {}
    bases = [_baseline(c, height) for c in chars]
    for stroke in strokes:
        middle, level = (stroke[0] + stroke[2]) / 2, (stroke[1] + stroke[3]) / 2
        best, best_gap = -1, 0.0
        for index, char in enumerate(chars):
            size = float(char.get("size") or 0)
            if not (char.get("text") or "").strip() or abs(level - bases[index]) > 1.3 * size:
                continue
            rise = min(abs(level - (bases[index] - 0.7 * size)),
                       abs(level - (bases[index] + 0.15 * size)))
            gap = abs((float(char["x0"]) + float(char["x1"])) / 2 - middle) + 0.5 * rise
            if best < 0 or gap < best_gap:
                best, best_gap = index, gap
        if best >= 0:
            owned.setdefault(best, []).append(stroke)
    found: dict[int, str] = {}
    for index, mine in owned.items():
        mark = _mark_for(chars[index], mine, bases[index])
        if mark:
            found[id(chars[index])] = mark
    return found


def with_marks(words: list[dict[str, Any]], marks: dict[int, str]) -> list[dict[str, Any]]:
    """pdfplumber words (extracted with `return_chars`) whose text carries the marks found."""
    if not marks:
        return words
    out = []
    for word in words:
        chars = word.get("chars") or []
        if any(id(c) in marks for c in chars) and "".join(c["text"] for c in chars) == word["text"]:
            word = dict(word, text="".join(marks.get(id(c), c["text"]) for c in chars))
        out.append(word)
    return out
