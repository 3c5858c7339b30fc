"""Marked versus printed: tick boxes and circled words as the engine reads them.

Every source ends in the same glyphs: "☒" for a marked box or answer, "☐" for an empty one.
A text layer prints them as characters (☐ ☒ ☑ ✓, or a symbol font's private-use codes);
a digital form may draw them instead: a small square with a drawn cross or filled, an
ellipse drawn around the chosen word, or a stroke drawn under it. `drawn_marks` turns those
drawings into glyph words placed where the box or the circled word is, so one reading of marks
serves every source.
`marked_options` splits a printed list of options into (option, marked?) pairs.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable
from dataclasses import replace
from itertools import pairwise
from typing import Any

from .document import Word
from .struck_text import Ink, strike_out

MARKED = "☒"
EMPTY = "☐"
ON_GLYPHS = "☒☑✓✔✗✘■⊠"
OFF_GLYPHS = "☐□"

# Symbol fonts (Wingdings, Wingdings 2) print boxes as private-use code points.
_SYMBOL_FONT_BOXES = {
    "\uf06f": EMPTY, "\uf0a8": EMPTY, "\uf071": EMPTY, "\uf0a3": EMPTY,
    "\uf078": MARKED, "\uf0fd": MARKED, "\uf0fe": MARKED, "\uf053": MARKED, "\uf054": MARKED,
    "\uf052": MARKED, "\uf0fc": MARKED, "\uf050": MARKED,
}

MARK_ON = re.compile(rf"[{ON_GLYPHS}]|\[\s*[xX✓]\s*\]|\(\s*[xX]\s*\)")
MARK_ANY = re.compile(rf"[{ON_GLYPHS}{OFF_GLYPHS}]|\[\s*[xX✓ ]?\s*\]")
# A cell holding only a number, maybe with its unit: "20", "1,5", "12 h" is two tokens.
_NUMBER_CELL = re.compile(r"\d{1,2}(?:[.,]\d{1,2})?|h|st\.?|stundas")
# A word ends where a box in brackets begins: OCR glues a box to the question's colon before
# it ("izmantošanu:[] jā ☒ nē").
_TOKEN = re.compile(rf"\[\s*[xX✓]?\s*\]|\(\s*[xX]\s*\)|[{ON_GLYPHS}{OFF_GLYPHS}]"
                    rf"|(?:(?!\[\s*[xX✓]?\s*\])[^\s{ON_GLYPHS}{OFF_GLYPHS}])+")


# A hand's tick or cross drawn over an option's box, which OCR reads as a stroke or a sign.
_HAND_TICK = re.compile(r"^\s*[/+xXvV✓✔]\s+(?=[^\W\d_])")


def hand_ticked_option(line: list[Word], boxes: list[Word]) -> str | None:
    """The option a line states when a hand ticked over its box ("/ mācības skolā 24", "+
    pulciņi 2"): the line opens with a stroke or sign where the other options print their
    boxes (`boxes`, the glyphs opening the other lines). None for any other line."""
    text = " ".join(w.text for w in line)
    tick = _HAND_TICK.match(text)
    if tick is None or not boxes:
        return None
    first = line[0]
    width = max(b.x1 - b.x0 for b in boxes)
    if not any(abs(first.x0 - b.x0) <= width for b in boxes):
        return None  # a sign at another place is the text's own
    return text[tick.end():]


# A tick a hand drew right after an option's last word, which OCR glued to it as a stroke
# ("family assistant service/", "pakalpojums✓"): print never ends a line on a slash.
_TICK_AFTER = re.compile(r"^([^\W\d_]{4,})[/✓✔√]$")


def ticks_after_options(lines: list[Any], scanned: set[int]) -> list[Any]:
    """Lines of OCR pages (`scanned`) ending in a word glued to a tick drawn after it: the
    word, then a marked glyph ("☒") after it, as a checklist whose marks follow its options
    reads. Only a short line (an option, not a sentence); the line's other words stay."""
    for line in lines:
        if line.page not in scanned or not line.words or len(line.words) > 8:
            continue
        last = line.words[-1]
        tick = _TICK_AFTER.match(last.text)
        if tick is None:
            continue
        height = last.bottom - last.top
        word = replace(last, text=tick.group(1), x1=last.x1 - 0.4 * height)
        glyph = Word(MARKED, word.x1 + 0.2 * height, last.top, last.x1, last.bottom,
                     last.page, min(last.confidence, 0.8))
        line.words[-1:] = [word, glyph]
        for segment in line.segments:
            if segment.words and segment.words[-1] is last:
                segment.words[-1:] = [word, glyph]
    return lines


# A printed empty box with a cross typed over it in another font (a form's blank filled in on
# a typewriter or a computer): the text layer joins the two into one word, "☐X".
_TYPED_OVER_BOX = re.compile(rf"[{OFF_GLYPHS}][xX×✓✔]|[xX×✓✔][{OFF_GLYPHS}]")


def normalise_glyph(text: str) -> str:
    """A symbol font's box as the Unicode box it shows; a box typed over with a cross as a
    marked box."""
    if any(c in _SYMBOL_FONT_BOXES for c in text):
        return "".join(_SYMBOL_FONT_BOXES.get(c, c) for c in text)
    if _TYPED_OVER_BOX.fullmatch(text):
        return MARKED
    return text


def _is_mark(token: str) -> bool | None:
    """True for a marked box, False for an empty one, None for a word."""
    if MARK_ON.fullmatch(token):
        return True
    if MARK_ANY.fullmatch(token):
        return False
    return None


def marked_options(text: str) -> list[tuple[str, bool]] | None:
    """The options of a line that prints boxes, each with whether it is marked; None when the
    line has no box. Boxes stand before their options ("☐ jā ☒ nē") unless the line ends with
    a box ("redzes ☐ kustību ☒"). Text before the first box that ends in a colon is the
    question."""
    tokens = _TOKEN.findall(text)
    states = [_is_mark(t) for t in tokens]
    if not any(s is not None for s in states):
        return None
    # The question or label before the options: up to its colon.
    start = 0
    for i, token in enumerate(tokens):
        if states[i] is not None:
            break
        if token.endswith(("?", ":")):
            start = i + 1
    tokens, states = tokens[start:], states[start:]
    # A table whose marks column stands between the option and a number column ("1. Darbs |
    # ☒ | 20"): the number after the last box is the option's (its hours), not an option.
    tail: list[str] = []
    while len(tokens) > 2 and states[-1] is None and _NUMBER_CELL.fullmatch(tokens[-1]):
        tail.insert(0, tokens.pop())
        states.pop()
    if tail and not (states[-1] is not None and states[0] is None):
        tokens, states = tokens + tail, states + [None] * len(tail)
        tail = []
    follows = states[-1] is not None and states[0] is None
    options: list[tuple[str, bool]] = []
    words: list[str] = []
    mark: bool | None = None

    def close() -> None:
        nonlocal words, mark
        if words:
            options.append((" ".join(words).strip(" ,;/"), bool(mark)))
        words, mark = [], None

    for token, state in zip(tokens, states, strict=True):
        if state is not None:
            if follows:
                mark = state
                close()
            else:
                close()
                mark = state
            continue
        words.append(token)
    close()
    if tail and options:
        options[-1] = (f"{options[-1][0]} {' '.join(tail)}", options[-1][1])
    return [(text, on) for text, on in options if re.search(r"\w", text)]


def ends_in_bare_mark(text: str) -> bool:
    """A line whose boxes stand before their options and whose last box is marked with no
    words after it ("☐ a ☐ b ☒"): the marked option wrapped onto the next line."""
    tokens = _TOKEN.findall(text)
    states = [_is_mark(t) for t in tokens]
    marks = [i for i, s in enumerate(states) if s is not None]
    if len(marks) < 2 or states[-1] is not True:
        return False
    # Boxes before their options: the line opens with a box, or its question ends in a colon.
    opens = marks[0] == 0 or tokens[marks[0] - 1].endswith(":")
    return opens and any(s is None for s in states[marks[0] : marks[-1]])


# --- drawn marks in a digital PDF -----------------------------------------------------------

_BOX_MIN, _BOX_MAX = 4.0, 16.0  # a tick box, not a table cell


def _square(obj: dict[str, Any]) -> tuple[float, float, float, float] | None:
    x0, top, x1, bottom = (float(obj[k]) for k in ("x0", "top", "x1", "bottom"))
    width, height = x1 - x0, bottom - top
    if not (_BOX_MIN <= width <= _BOX_MAX and _BOX_MIN <= height <= _BOX_MAX):
        return None
    if not 0.7 <= width / height <= 1.4:
        return None
    return x0, top, x1, bottom


def _inside(inner: tuple[float, float, float, float], outer: tuple[float, float, float, float],
            slack: float = 0.5) -> bool:
    return (inner[0] >= outer[0] - slack and inner[1] >= outer[1] - slack
            and inner[2] <= outer[2] + slack and inner[3] <= outer[3] + slack)


# A pen's stroke reaching out of the box it marks: a hand's cross is rarely drawn inside the
# lines. Its middle lies in the box and it reaches past the box's sides by at most this share
# of the box's side (a longer stroke is a rule, an underline or a table's line).
_PEN_OVERSHOOT = 0.45


def _pen_in_box(stroke: tuple[float, float, float, float],
                square: tuple[float, float, float, float]) -> bool:
    """A stroke drawn in the box, or a pen's stroke whose middle is in it and whose ends reach
    a little out of it."""
    if _inside(stroke, square):
        return True
    side = square[2] - square[0]
    middle = ((stroke[0] + stroke[2]) / 2, (stroke[1] + stroke[3]) / 2)
    if not (square[0] < middle[0] < square[2] and square[1] < middle[1] < square[3]):
        return False
    reach = side * _PEN_OVERSHOOT
    return _inside(stroke, (square[0] - reach, square[1] - reach, square[2] + reach,
                            square[3] + reach)) and stroke[2] - stroke[0] > side * 0.3


def _box_of(obj: dict[str, Any]) -> tuple[float, float, float, float]:
    return float(obj["x0"]), float(obj["top"]), float(obj["x1"]), float(obj["bottom"])


def _dark_fill(obj: dict[str, Any]) -> bool:
    if not obj.get("fill"):
        return False
    colour = obj.get("non_stroking_color")
    if colour is None:
        return True
    values = colour if isinstance(colour, list | tuple) else [colour]
    numbers = [float(v) for v in values if isinstance(v, int | float)]
    if not numbers:
        return True
    if len(numbers) == 4:  # CMYK: dark when the black or the sum of inks is high
        return numbers[3] > 0.5 or sum(numbers[:3]) > 1.5
    return sum(numbers) / len(numbers) < 0.5


def _labelled(square: tuple[float, float, float, float], words: list[Word]) -> bool:
    """Whether words sit on the box's line close to its left or right: a tick box has its
    option (or question) beside it."""
    middle = (square[1] + square[3]) / 2
    side = square[2] - square[0]
    # No taller than the text beside it: a logo square dwarfs its line.
    return any(
        w.top - 2 <= middle <= w.bottom + 2
        and (0 <= w.x0 - square[2] <= 6 * side or 0 <= square[0] - w.x1 <= 6 * side)
        and side <= 1.4 * (w.bottom - w.top)
        for w in words
    )


def _ellipse_like(obj: dict[str, Any]) -> tuple[float, float, float, float] | None:
    """The box of a closed curve wider than tall, the size of a word or a few (a pen's ring)."""
    points = obj.get("pts") or []
    if len(points) < 4:
        return None
    box = _box_of(obj)
    width, height = box[2] - box[0], box[3] - box[1]
    if not (8.0 <= height <= 45.0 and 10.0 <= width <= 320.0):
        return None
    first, last = points[0], points[-1]
    closed = abs(first[0] - last[0]) < 0.2 * width and abs(first[1] - last[1]) < 0.3 * height
    # A pen's ring by hand rarely meets its start: it is a ring when it goes (almost) all
    # the way round its centre.
    return box if closed or _turns_round(points, box) else None


def _turns_round(points: list[Any], box: tuple[float, float, float, float]) -> bool:
    """Whether a stroke winds at least ~300 degrees round the centre of its box."""
    cx, cy = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
    total = 0.0
    previous = math.atan2(float(points[0][1]) - cy, float(points[0][0]) - cx)
    for x, y in points[1:]:
        angle = math.atan2(float(y) - cy, float(x) - cx)
        step = (angle - previous + math.pi) % (2 * math.pi) - math.pi
        total += step
        previous = angle
    return abs(total) >= 1.66 * math.pi


def _underlined(line: dict[str, Any], words: list[Word],
                strokes: list[dict[str, Any]]) -> list[Word]:
    """The words a short stroke is drawn right under ("saņem  n̲e̲s̲a̲ņ̲e̲m̲", the way a form
    says "vajadzīgo pasvītrot"): a word or a few, not a table's rule or a signature line."""
    x0, top, x1, bottom = _box_of(line)
    if bottom - top > 1.5 or not 8.0 <= x1 - x0 <= 200.0:
        return []
    over = [w for w in words if 0.0 <= top - w.bottom + 1.5 <= 5.0
            and min(x1, w.x1) - max(x0, w.x0) >= 0.7 * (w.x1 - w.x0)]
    if not over or len(over) > 4 or any(_is_mark(w.text) is not None for w in over):
        return []
    height = over[0].bottom - over[0].top
    if x0 < min(w.x0 for w in over) - height or x1 > max(w.x1 for w in over) + height:
        return []  # longer than its words: a rule or a line to write on
    ends = ((x0, top), (x1, top))
    for other in strokes:
        if other is line:
            continue
        ox0, otop, _, obottom = _box_of(other)
        if obottom - otop > 3 and any(abs(ox0 - ex) < 2 and otop - 2 <= ey <= obottom + 2
                                      for ex, ey in ends):
            return []  # a cell's border meets it: a table's rule
    # An answer among printed options: other words stand on its line.
    middle = (over[0].top + over[0].bottom) / 2
    if not any(w not in over and w.top <= middle <= w.bottom for w in words):
        return []
    return over


def _words_through(line: dict[str, Any], words: list[Word]) -> list[Word]:
    """The words a short stroke is drawn through the middle of, left to right; none when the
    stroke is longer than its words (a rule, not a stroke through an option)."""
    x0, top, x1, bottom = _box_of(line)
    if bottom - top > 1.5 or not 4.0 <= x1 - x0 <= 200.0:
        return []
    through = sorted((w for w in words
                      if w.top + 0.25 * (w.bottom - w.top) <= top
                      <= w.bottom - 0.25 * (w.bottom - w.top)
                      and min(x1, w.x1) - max(x0, w.x0) >= 0.7 * (w.x1 - w.x0)),
                     key=lambda w: w.x0)
    if not through:
        return []
    height = through[0].bottom - through[0].top
    if x0 < through[0].x0 - height or x1 > through[-1].x1 + height:
        return []
    return through


def struck_list_marks(runs: list[list[Word]], words: list[Word], page: int) -> list[Word]:
    """A row of options printed after its label's colon with the rejected ones struck through
    ("Ierobežojumi: redzes k̶u̶s̶t̶ī̶b̶u̶ g̶a̶r̶ī̶g̶ā̶s̶ ̶v̶e̶s̶e̶l̶ī̶b̶a̶s̶"): "☐" before each struck
    option and "☒" before each run of words left standing between them. Only a list (two
    struck options or more, no slash, a colon to start from) is read so: one struck word
    alone may be a correction."""
    if len(runs) < 2:
        return []
    first = runs[0][0]
    middle = (first.top + first.bottom) / 2
    row = sorted((w for w in words if w.top <= middle <= w.bottom), key=lambda w: w.x0)
    if any(w.text == "/" for w in row):
        return []
    colon = max((i for i, w in enumerate(row) if w.text.endswith(":")
                 and w.x1 <= first.x0), default=None)
    if colon is None:
        return []
    struck = {id(w) for run in runs for w in run}
    marks: list[Word] = []
    standing = False
    for word in row[colon + 1:]:
        height = word.bottom - word.top
        if id(word) in struck:
            if any(run[0] is word for run in runs):
                marks.append(Word(EMPTY, word.x0 - 0.4 * height, word.top,
                                  word.x0 - 0.1 * height, word.bottom, page))
            standing = False
        elif not standing:
            marks.append(Word(MARKED, word.x0 - 0.4 * height, word.top, word.x0 - 0.1 * height,
                              word.bottom, page))
            standing = True
    return marks


def _struck_through(line: dict[str, Any], words: list[Word]) -> tuple[Word, Word] | None:
    """A short stroke drawn through the middle of one of two options printed "A / B" (the way
    a form says "nevajadzīgo svītrot"; an option may be words: "ir nepieciešams / nav
    nepieciešams"): (the struck option's first word, the other option's first word), else None.
    """
    through = _words_through(line, words)
    if not through or through[0].text == "/" or through[-1].text == "/":
        return None
    middle = (through[0].top + through[0].bottom) / 2
    row = sorted((w for w in words if w.top <= middle <= w.bottom), key=lambda w: w.x0)
    first, last = row.index(through[0]), row.index(through[-1])
    if row[first:last + 1] != through or any(w.text == "/" for w in through):
        return None
    if last + 2 < len(row) and row[last + 1].text == "/":
        return through[0], row[last + 2]
    if first >= 2 and row[first - 1].text == "/":
        # The option before the slash: as many words as the struck one (a pair is printed
        # alike: "ir nepieciešams / nav nepieciešams"), never past the question's colon.
        at = max(0, first - 1 - len(through))
        while at < first - 2 and any(w.text.endswith(":") for w in row[at:first - 1]):
            at += 1
        return through[0], row[at]
    return None


def struck_marks(struck: Word, other: Word, page: int) -> list[Word]:
    """Of two options one struck through: the other is the answer ("☒ JĀ / ☐ N̶Ē̶")."""
    marks = []
    for word, glyph in ((other, MARKED), (struck, EMPTY)):
        height = word.bottom - word.top
        # Close before its word: after the slash that parts the options.
        marks.append(Word(glyph, word.x0 - 0.4 * height, word.top, word.x0 - 0.1 * height,
                          word.bottom, page))
    return marks


def _ink(colour: Any) -> Ink:
    """A drawing's or a letter's colour as comparable RGB (grey and CMYK black alike), None
    when not told."""
    if colour is None:
        return None
    if isinstance(colour, (int, float)):
        colour = (colour,)
    try:
        values = [float(v) for v in colour]
    except (TypeError, ValueError):
        return None
    if len(values) == 1:
        values = values * 3
    elif len(values) == 4:
        c, m, y, k = values
        values = [(1 - c) * (1 - k), (1 - m) * (1 - k), (1 - y) * (1 - k)]
    elif len(values) != 3:
        return None
    return tuple(round(v, 1) for v in values)


def _page_ink(page: Any) -> Callable[[Word], Ink]:
    """The colour most of a word's letters are printed in, from the page's characters."""
    try:
        chars = list(page.chars)
    except Exception:
        chars = []

    seen: dict[tuple[float, float, float, float], Ink] = {}

    def ink_of(word: Word) -> Ink:
        key = (word.x0, word.top, word.x1, word.bottom)
        if key not in seen:
            seen[key] = _word_ink(word)
        return seen[key]

    def _word_ink(word: Word) -> Ink:
        counts: dict[Ink, int] = {}
        for c in chars:
            x = (float(c["x0"]) + float(c["x1"])) / 2
            y = (float(c["top"]) + float(c["bottom"])) / 2
            if word.x0 - 0.5 <= x <= word.x1 + 0.5 and word.top - 0.5 <= y <= word.bottom + 0.5:
                ink = _ink(c.get("non_stroking_color"))
                counts[ink] = counts.get(ink, 0) + 1
        return max(counts, key=lambda k: counts[k]) if counts else None

    return ink_of


def drawn_marks(page: Any, words: list[Word]) -> list[Word]:
    """The page's words with drawn tick boxes and circles turned into glyph words.

    `page` is a pdfplumber page. A small square becomes "☒" when a stroke is drawn inside it,
    it is filled dark, or an "x"/"✓" is printed in it (that letter is then dropped), and "☐"
    when it is empty. A closed curve around words puts "☒" before the first of them and, when
    the line goes on, "☐" after the last: the rest of the line is an option left unmarked.
    Boxes already printed as glyphs are left as they are.
    """
    try:
        rects = list(page.rects)
        strokes = list(page.lines) + list(page.curves)
    except Exception:  # a malformed drawing must not cost us the page's words
        return words
    if not rects and not strokes:
        return words
    number = words[0].page if words else 0
    added: list[Word] = []
    dropped: set[int] = set()
    squares = [(s, r) for r in rects if (s := _square(r)) is not None]
    # A box may also be drawn as a closed four-sided curve.
    squares += [(s, c) for c in page.curves
                if len(c.get("pts") or []) in (4, 5) and (s := _square(c)) is not None]
    seen: list[tuple[float, float, float, float]] = []
    for square, obj in squares:
        if any(abs(square[0] - o[0]) < 1 and abs(square[1] - o[1]) < 1 for o in seen):
            continue
        seen.append(square)
        side = square[2] - square[0]
        if any(_inside((w.x0, w.top, w.x1, w.bottom), square, 1.0) and _is_mark(w.text)
               is not None for w in words):
            continue  # a glyph box with its own outline
        if any(_inside((w.x0, w.top, w.x1, w.bottom), square, 1.0)
               and re.fullmatch(r"[\d\-–]", w.text) for w in words):
            continue  # a comb's box holding one figure of a code or a date, no tick box
        if not _labelled(square, words):
            continue  # a square with no option beside it is a logo or an ornament
        ink = sum(
            abs(float(s["x1"]) - float(s["x0"])) + abs(float(s["bottom"]) - float(s["top"]))
            for s in strokes
            if s is not obj and _box_of(s) != square and _pen_in_box(_box_of(s), square)
        )
        letters = [i for i, w in enumerate(words)
                   if _inside((w.x0, w.top, w.x1, w.bottom), square, 1.5)
                   and w.text.strip() in {"x", "X", "✓", "v", "V"}]
        marked = ink > 0.5 * side or _dark_fill(obj) or bool(letters)
        dropped.update(letters)
        added.append(Word(MARKED if marked else EMPTY, square[0], square[1], square[2],
                          square[3], number))
    for curve in page.curves:
        alone = _lone_tick(curve, words)
        if alone is not None:
            # A tick drawn in an empty cell (a "Jā" / "Nē" answer grid's column): a tick glyph
            # where it stands, for the grid's reading to place.
            added.append(Word("✓", *alone, number))
            continue
        ticked = _ticked_word(curve, words)
        if ticked is not None:
            # Beside which word a tick stands is told only by its place: a person confirms.
            added.extend(replace(w, confidence=GUESSED_MARK)
                         for w in circle_marks([ticked], words, number))
            continue
        if curve.get("fill") and curve.get("stroke") is False:
            continue  # a filled shape with no outline (a chat's bubble, a highlight): no ring
        ring = _ellipse_like(curve)
        # A box drawn as a curve is no ring; a round stroke of many points about one figure
        # ("2" ringed in a numbered list) is, though its box is about square.
        round_ring = len(curve.get("pts") or []) >= 12 and ring is not None \
            and _turns_round(curve.get("pts") or [], ring)
        if ring is None or (_square(curve) is not None and not round_ring):
            continue
        inside = [w for w in words if _inside((w.x0, w.top, w.x1, w.bottom), ring, 1.0)]
        if not inside or any(_is_mark(w.text) is not None for w in inside):
            continue
        added.extend(circle_marks(inside, words, number))
    added.extend(_shaded_answers(rects, words, number))
    for cross in lone_crosses(list(page.lines), words):
        if not any(_inside(cross, square, 2.0) for square in seen):
            added.append(Word(MARKED, *cross, number))  # "X" drawn in an answer grid's cell
    struck_rows: dict[int, list[list[Word]]] = {}
    inks: dict[int, Any] = {}  # id of a struck run's first word -> its stroke's colour
    for stroke in page.lines:
        under = _underlined(stroke, words, strokes + rects)
        if under:
            added.extend(circle_marks(under, words, number))
        struck = _struck_through(stroke, words)
        if struck is not None:
            added.extend(struck_marks(*struck, number))
        elif (run := _words_through(stroke, words)):
            middle = (run[0].top + run[0].bottom) / 2
            struck_rows.setdefault(round(middle), []).append(run)
            inks[id(run[0])] = stroke.get("stroking_color")
    struck_runs: list[tuple[list[Word], Ink]] = []
    for runs in struck_rows.values():
        listed = struck_list_marks(sorted(runs, key=lambda r: r[0].x0), words, number)
        added.extend(listed)
        if not listed:
            # Not a list of options: a struck value (or a table row struck cell by cell).
            struck_runs.extend((run, _ink(inks.get(id(run[0])))) for run in runs)
    if not added and not struck_runs:
        return words
    kept = [w for i, w in enumerate(words) if i not in dropped]
    if struck_runs:
        kept = strike_out(kept, struck_runs, _page_ink(page),
                          lambda w: _is_mark(w.text) is not None)
    return kept + added


# A pair of answers printed side by side: "Jā" and "Nē", "Ir" and "Nav".
_ANSWER_PAIRS = {"ja": "ne", "ir": "nav"}
_SHADE = 0.75  # a cell filled darker than this (0 black .. 1 white) is shaded


def _shaded_answers(rects: list[dict[str, Any]], words: list[Word], page: int) -> list[Word]:
    """A yes/no answer a system shows by shading its cell ("Nepieciešams asistents | JĀ |
    NĒ", the "JĀ" cell filled grey): of a pair of answer words on one row, the one alone in a
    filled cell while its twin's cell is not filled gets "☒" before it, the twin "☐". A row
    with both or neither shaded (a header row's fill) is left as printed."""
    fills = [_box_of(r) for r in rects
             if r.get("fill") and _ink_lightness(r.get("non_stroking_color")) < _SHADE]
    if not fills:
        return []

    def shaded(word: Word) -> bool:
        box = (word.x0, word.top, word.x1, word.bottom)
        height = word.bottom - word.top
        return any(_inside(box, fill, 1.0) and fill[3] - fill[1] < 3 * height
                   and not any(other is not word and _inside(
                       (other.x0, other.top, other.x1, other.bottom), fill, 1.0)
                       for other in words)
                   for fill in fills)

    marks: list[Word] = []
    for yes in words:
        twin_text = _ANSWER_PAIRS.get(_folded_word(yes.text))
        if twin_text is None:
            continue
        height = yes.bottom - yes.top
        twins = [w for w in words if _folded_word(w.text) == twin_text
                 and abs(w.top - yes.top) < 0.5 * height and 0 < w.x0 - yes.x1 < 12 * height]
        if len(twins) != 1:
            continue
        no = twins[0]
        on = [w for w in (yes, no) if shaded(w)]
        if len(on) != 1:
            continue
        off = no if on[0] is yes else yes
        marks.extend(struck_marks(off, on[0], page))
    return marks


def _tick(obj: dict[str, Any]) -> tuple[float, float, float, float] | None:
    """The box of a drawn tick: an open stroke of a few points the size of a letter, down to
    its lowest point and up again, the right arm rising higher than the left ("✓")."""
    points = obj.get("pts") or []
    if not 3 <= len(points) <= 6:
        return None
    box = _box_of(obj)
    if not (4.0 <= box[2] - box[0] <= 24.0 and 4.0 <= box[3] - box[1] <= 24.0):
        return None
    ys = [float(y) for _, y in points]  # top-down: the lowest point has the largest y
    low = ys.index(max(ys))
    first, last = points[0], points[-1]
    rising = float(first[0]) < float(last[0]) and ys[-1] < ys[0]
    return box if 0 < low < len(points) - 1 and rising else None


def _lone_tick(obj: dict[str, Any], words: list[Word]) -> tuple[float, float, float, float] | None:
    """The box of a drawn tick that stands apart, in a cell of its own: no word on its row
    within two of its widths (the tick is no mark beside a word, it is the cell's answer)."""
    box = _tick(obj)
    if box is None:
        return None
    middle, width = (box[1] + box[3]) / 2, box[2] - box[0]
    near = [w for w in words if w.top - 2 <= middle <= w.bottom + 2
            and w.x0 < box[2] + 2 * width and w.x1 > box[0] - 2 * width]
    return None if near else box


def _slope(obj: dict[str, Any]) -> int:
    """+1 for a line drawn down to the right ("\\"), -1 for one up to the right ("/"), 0 for
    a level, upright or pointless one."""
    points = obj.get("pts") or []
    if len(points) != 2:
        return 0
    (ax, ay), (bx, by) = points
    if abs(bx - ax) < 2 or abs(by - ay) < 2:
        return 0
    return 1 if (bx - ax) * (by - ay) > 0 else -1


def lone_crosses(lines: list[dict[str, Any]], words: list[Word]
                 ) -> list[tuple[float, float, float, float]]:
    """The boxes of crosses drawn with two strokes ("X": one down, one up, over about the same
    square the size of a letter) that stand apart in a cell of their own, no word on their row
    within two of their widths: an answer grid's mark, for its reading to place."""
    diagonals = [(b, _slope(obj)) for obj in lines if _slope(obj)
                 and 3.0 <= (b := _box_of(obj))[2] - b[0] <= 30.0 and 3.0 <= b[3] - b[1] <= 30.0]
    crosses: list[tuple[float, float, float, float]] = []
    for (one, down), (other, up) in ((a, b) for i, a in enumerate(diagonals)
                                     for b in diagonals[i + 1:]):
        if down == up:
            continue
        box = (min(one[0], other[0]), min(one[1], other[1]), max(one[2], other[2]),
               max(one[3], other[3]))
        overlap = (min(one[2], other[2]) - max(one[0], other[0])) \
            * (min(one[3], other[3]) - max(one[1], other[1]))
        area = (box[2] - box[0]) * (box[3] - box[1])
        if overlap < 0.6 * area or any(_inside(box, c, 2.0) for c in crosses):
            continue
        middle, width = (box[1] + box[3]) / 2, box[2] - box[0]
        if any(w.top - 2 <= middle <= w.bottom + 2 and w.x0 < box[2] + 2 * width
               and w.x1 > box[0] - 2 * width for w in words):
            continue  # a cross over or beside a word: a struck word or a marked option
        crosses.append(box)
    return crosses


def _ticked_word(obj: dict[str, Any], words: list[Word]) -> Word | None:
    """The word a drawn tick marks: on the tick's line, the one whose middle is nearest the
    tick's; None when two words stand about as near (which one is meant is not told)."""
    box = _tick(obj)
    if box is None:
        return None
    centre, middle = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
    beside = sorted((abs((w.x0 + w.x1) / 2 - centre), i) for i, w in enumerate(words)
                    if w.top <= middle <= w.bottom + 0.5 * (w.bottom - w.top)
                    and _is_mark(w.text) is None)
    if not beside or (len(beside) > 1 and beside[1][0] < 1.2 * beside[0][0]):
        return None
    return words[beside[0][1]]


def circle_marks(inside: list[Word], words: list[Word], page: int) -> list[Word]:
    """The glyph words that say "these words are circled": "☒" before the first, and "☐"
    after the last when more words follow on its line."""
    first = min(inside, key=lambda w: (round(w.top), w.x0))
    last = max(inside, key=lambda w: (round(w.top), w.x1))
    height = first.bottom - first.top
    marks = [Word(MARKED, first.x0 - 0.9 * height, first.top, first.x0 - 0.3 * height,
                  first.bottom, page)]
    middle = (last.top + last.bottom) / 2
    if any(w.x0 > last.x1 and w.top <= middle <= w.bottom for w in words if w not in inside):
        marks.append(Word(EMPTY, last.x1 + 0.3 * height, last.top, last.x1 + 0.9 * height,
                          last.bottom, page))
    return marks


# --- marks written as letters ----------------------------------------------------------------

_LONE_X = re.compile(r"^[xX×✕]$")
# The confidence of a mark told only by where OCR's letters for it stand, or by a stroke seen
# in a scan's pixels: below review's bar wherever it decides a value.
GUESSED_MARK = 0.6
_YES_NO = {"ja", "jā", "ne", "nē"}
# A commission's table of limitations heads its answer columns "ir" and "nav" (there is, there
# is not): the same yes and no as "Jā" and "Nē".
_IS_ISNT = {"ir": "ja", "nav": "ne"}


def answer_columns(lines: list[Any]) -> None:
    """Marks written as letters become box glyphs, in place on layout lines:

    - under a header row with "Jā" and "Nē" (or "ir" and "nav", or "+" and "−") columns, a row
      whose "X" (or sign) sits in one of them reads "<question> ☒ jā ☐ nē" (or "☐ jā ☒ nē");
    - a lone "X" opening a line of a list ("X | redzes traucējumi") is a marked box.
    """
    _marks_under_headings(lines)
    header: dict[str, float] | None = None
    by_signs = False
    for line in lines:
        texts = _headed_answers([s.text.strip().lower() for s in line.segments])
        texts = [_IS_ISNT.get(t, t) for t in texts] if set(_IS_ISNT) <= set(texts) else texts
        # Columns headed "+" and "−" after the row's text are "Jā" and "Nē" as well; a row's
        # sign in either is its mark.
        signed = (len(texts) >= 3 and texts[-2:][0] == "+"
                  and texts[-1] in _SIGN and not _SIGN[texts[-1]])
        if signed:
            texts = [*texts[:-2], "ja", "ne"]
        if {"jā", "nē"} <= set(texts) or {"ja", "ne"} <= set(texts):
            header = {t.replace("ā", "a").replace("ē", "e"): (s.x0 + s.x1) / 2
                      for t, s in zip(texts, line.segments, strict=True) if t in _YES_NO}
            by_signs = signed
            continue
        ticks = [s for s in line.segments if _LONE_X.match(s.text.strip())]
        if header is not None and not ticks and _boxes_in_columns(line, header):
            continue
        if header is not None and not ticks:
            # "Ierakstiet „+” attiecīgajā ailē": a plus under "Jā" or "Nē" is that column's mark.
            ticks = [s for s in line.segments if s.text.strip() in ("+", "✓", "✔")
                     or (by_signs and s is not line.segments[0] and s.text.strip() in _SIGN)]
        # A scrawl is placed only by where it stands: a mark a person confirms.
        sure = None
        if header is not None and not ticks:
            ticks = _scrawl_under(line, header)
            sure = GUESSED_MARK if ticks else None
        if header is not None and len(ticks) == 1 and len(line.segments) >= 2:
            centre = (ticks[0].x0 + ticks[0].x1) / 2
            yes = abs(centre - header["ja"]) < abs(centre - header["ne"])
            _replace(line, ticks[0], [(MARKED if yes else EMPTY), "jā",
                                      (EMPTY if yes else MARKED), "nē"], sure)
            continue
        if header is not None and not ticks and len(line.segments) < 2:
            header = None  # the table has ended
        if (ticks and line.segments[0] is ticks[0] and len(line.segments) >= 2
                and re.search(r"[^\W\d_]{3,}", line.segments[1].text)):
            _replace(line, ticks[0], [MARKED])
    _plus_minus_column(lines)
    _plus_margin_column(lines)
    _one_answer_column(lines)
    _numbered_options(lines)


_ANSWER_WORDS = {"ja", "ne", "ir", "nav", "+", "-", "−", "–"}


def fold_answer(text: str) -> str:
    """A cell's text as an answer word: lower case, without marks and its colon."""
    return text.strip(" :").lower().replace("ā", "a").replace("ē", "e")


def _marks_under_headings(lines: list[Any]) -> None:
    """A row of column headings that are options ("Redze | Dzirde | Pārvietošanās"), a row of
    lone "X" right under it: each X marks the heading above it. The headings read
    "☐ Redze ☒ Dzirde ...", as a printed list of boxes does; the headings are the run of the
    row's cells spaced as columns around the marked ones (a column of prose beside them on the
    same line is not one)."""
    for at, (above, line) in enumerate(pairwise(lines)):
        if above.page != line.page or len(above.segments) < 3 or not line.segments:
            continue
        if not all(_LONE_X.match(s.text.strip()) for s in line.segments):
            continue
        # One row of marks under a row of headings: a table answering row by row ("Jā | Nē"
        # columns, a mark on each row) is `answer_columns`' to read.
        below = lines[at + 2] if at + 2 < len(lines) else None
        if below is not None and any(_LONE_X.match(s.text.strip()) for s in below.segments):
            continue
        if any(fold_answer(s.text) in _ANSWER_WORDS for s in above.segments):
            continue
        height = above.height or 1.0
        if line.top - above.bottom > 2.5 * height:
            continue
        cells = above.segments
        marked: set[int] = set()
        for tick in line.segments:
            centre = (tick.x0 + tick.x1) / 2
            under = [i for i, s in enumerate(cells) if s.x0 - 0.5 * height <= centre <= s.x1]
            if len(under) != 1:
                marked = set()
                break
            marked.add(under[0])
        if not marked:
            continue
        first, last = min(marked), max(marked)
        while first > 0 and cells[first].x0 - cells[first - 1].x1 < 3 * height:
            first -= 1
        while last + 1 < len(cells) and cells[last + 1].x0 - cells[last].x1 < 3 * height:
            last += 1
        if last - first < 1 or not all(re.search(r"[^\W\d_]{3,}", cells[i].text)
                                       for i in range(first, last + 1)):
            continue
        for i in range(first, last + 1):
            cell = cells[i]
            _replace(above, cell, [MARKED if i in marked else EMPTY,
                                   *(w.text for w in cell.words)])


# A numbered option printed in a legend: "1 – saņem ...; 2 – nesaņem ...".
_LEGEND_NUMBER = re.compile(r"^\d{1,2}$")
_LEGEND_DASH = {"–", "-", "—", ")"}


def _numbered_options(lines: list[Any]) -> None:
    """A numbered option list answered by marking its number on a line of its own ("1 – ...;
    2 – ...; 3 – ..." over "Atzīmēt ar apli: 1 ☒ 2 ☐ 3"): the legend's options get the marks
    their numbers got ("☐ 1 – ...; ☒ 2 – ..."), as if ticked where they are printed. Only when
    exactly one number is marked and every number of the answer row is in the legend.
    Not extract/numbered_choices.py (a key of three or more, an asking line with its label, run
    before classifying): this pass runs after the marks answer_columns made (see its docstring)."""
    for at, line in enumerate(lines):
        words = line.words
        marked = [words[i + 1].text for i, w in enumerate(words[:-1])
                  if w.text == MARKED and _LEGEND_NUMBER.match(words[i + 1].text)]
        numbers = [w.text for w in words if _LEGEND_NUMBER.match(w.text)]
        if len(marked) != 1 or len(numbers) < 2:
            continue
        for legend in lines[max(0, at - 2):at]:
            if legend.page != line.page:
                continue
            starts = {w.text: id(w) for i, w in enumerate(legend.words[:-1])
                      if _LEGEND_NUMBER.match(w.text) and legend.words[i + 1].text in _LEGEND_DASH
                      and (i == 0 or legend.words[i - 1].text.endswith((";", ",", ".")))}
            if len(starts) < 2 or not set(numbers) <= set(starts):
                continue
            # The mark goes before the option's words, after its number and dash.
            for segment in legend.segments:
                for word in list(segment.words):
                    at = segment.words.index(word)
                    if at < 2 or starts.get(segment.words[at - 2].text) != id(
                            segment.words[at - 2]):
                        continue
                    glyph = MARKED if segment.words[at - 2].text == marked[0] else EMPTY
                    height = word.bottom - word.top
                    mark = Word(glyph, word.x0 - 0.9 * height, word.top,
                                word.x0 - 0.3 * height, word.bottom, word.page, word.confidence)
                    segment.words.insert(at, mark)
                    legend.words.insert(legend.words.index(word), mark)
            break


def _boxes_in_columns(line: Any, header: dict[str, float]) -> bool:
    """A row printing a box in each of the "Jā" and "Nē" columns, one of them marked
    ("asistents pašvaldībā | ☒ | ☐"): the marked box's column answers; the row reads
    "<question> ☒ jā ☐ nē" (or "☐ jā ☒ nē"). Both boxes empty or both marked: left as printed
    (no answer). Whether the row was such a row."""
    boxes = [s for s in line.segments[1:] if MARK_ANY.fullmatch(s.text.strip())]
    if len(boxes) != 2 or len(line.segments) != 3:
        return False
    on = [s for s in boxes if MARK_ON.fullmatch(s.text.strip())]
    def column(segment: Any) -> str:
        middle = (segment.x0 + segment.x1) / 2
        return min(header, key=lambda k: abs(header[k] - middle))

    columns = [column(s) for s in boxes]
    if len(on) != 1 or set(columns) != {"ja", "ne"}:
        return True
    yes = columns[boxes.index(on[0])] == "ja"
    empty = next(s for s in boxes if s is not on[0])
    for word in empty.words:
        line.words.remove(word)
    line.segments.remove(empty)
    _replace(line, on[0], [(MARKED if yes else EMPTY), "jā", (EMPTY if yes else MARKED), "nē"])
    return True


def _headed_answers(texts: list[str]) -> list[str]:
    """Answer columns headed with their noun: "Ir ierobežojums" and "Nav ierobežojuma" (there
    is a limitation, there is none) are the "ir" and "nav" columns. Two cells of two words each,
    one opening "ir" (or "jā"), the other "nav" (or "nē"), over one noun's stem."""
    pairs = [t.split() for t in texts]
    opened = {p[0]: p[1] for p in pairs if len(p) == 2}
    for yes, no in (("ir", "nav"), ("jā", "nē"), ("ja", "ne")):
        if yes in opened and no in opened and opened[yes][:5] == opened[no][:5]:
            return [p[0] if len(p) == 2 and p[0] in (yes, no) else t
                    for p, t in zip(pairs, texts, strict=True)]
    return texts


def _scrawl_under(line: Any, header: dict[str, float]) -> list[Any]:
    """A hand's tick OCR read as a letter or two ("J", "4", "vo") closing a question's row,
    right under the "Jā" or the "Nē" column: the tick, placed by where it stands."""
    if len(line.segments) < 2 or not re.search(r"[^\W\d_]{3,}", line.segments[0].text):
        return []
    last = line.segments[-1]
    text = last.text.strip(" '‘’`\".,|")
    if not 1 <= len(text) <= 2 or text.lower() in _YES_NO or text in OFF_GLYPHS:
        # A printed empty box is no scrawl: no answer (a marked one is placed as a mark).
        return []
    centre = (last.x0 + last.x1) / 2
    reach = abs(header["ja"] - header["ne"]) / 2
    if min(abs(centre - header["ja"]), abs(centre - header["ne"])) > reach:
        return []
    return [last]


_SIGN = {"+": True, "−": False, "-": False, "–": False, "—": False}
_SIGN_HEADER = re.compile(r"^\+\s*/?\s*[−–—-]$")


def _plus_minus_column(lines: list[Any]) -> None:
    """A table whose last column holds "+" or "−" for each row ("redzes traucējumi | −",
    "apgrūtināta pārvietošanās | +"): the row is marked "☒" or "☐" after its text. Only under a
    "+ / −" header, or in a run of such rows holding both signs (a lone "-" is a dash)."""
    def sign(line: Any) -> Any:
        last = line.segments[-1] if line.segments else None
        if (last is None or len(line.segments) < 2 or last.text.strip() not in _SIGN
                or not re.search(r"[^\W\d_]{3,}", line.segments[0].text)):
            return None
        return last

    runs: list[list[int]] = []
    for i, line in enumerate(lines):
        if sign(line) is None:
            continue
        if runs and runs[-1][-1] == i - 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    for run in runs:
        above = lines[run[0] - 1] if run[0] > 0 else None
        headed = above is not None and any(_SIGN_HEADER.match(seg.text.strip())
                                           for seg in above.segments)
        signs = {_SIGN[sign(lines[i]).text.strip()] for i in run}
        if not headed and not (len(run) >= 2 and signs == {True, False}):
            continue
        for i in run:
            cell = sign(lines[i])
            _replace(lines[i], cell, [MARKED if _SIGN[cell.text.strip()] else EMPTY])


# An instruction naming the sign that marks ("atzīmēt ar „+”", "ar + atzīmētie"): a word and
# a "+" standing alone or in quotation marks.
_SIGN_NAMED = re.compile(r"[^\W\d_]{3,}.*(?:^|[\s„“\"'«(])\+(?:$|[\s”“\"'»),:.])")
_PLUS_MARKS = ("+", "✓", "✔")


def _plus_margin_column(lines: list[Any]) -> None:
    """A list whose margin column holds "+" beside the chosen rows only ("+ | palīdzība
    dokumentu kārtošanā" / "   | bērnu pavadīšana uz skolu"), under an instruction naming the
    sign ("atzīmēt ar „+”"): a row with the sign opens with "☒", a row of the list without it
    with "☐", so a checklist reads its marked rows only. Rows belong to the list when their text
    starts where the marked rows' text does; the instruction must stand within three lines
    above the list (a "+" bullet list without one is left as printed)."""
    def plus_row(line: Any) -> Any:
        segs = line.segments
        if (len(segs) >= 2 and segs[0].text.strip() in _PLUS_MARKS
                and re.search(r"[^\W\d_]{3,}", segs[1].text)):
            return segs[1]
        return None

    done: set[int] = set()
    for i, line in enumerate(lines):
        item = plus_row(line)
        if item is None or i in done:
            continue
        column = item.x0

        def aligned(other: Any, page: int = line.page, x: float = column) -> bool:
            if other.page != page or not other.segments:
                return False
            signed = plus_row(other)
            if signed is not None:
                return abs(signed.x0 - x) < 3
            return (abs(other.segments[0].x0 - x) < 3
                    and bool(re.search(r"[^\W\d_]{3,}", other.segments[0].text)))
        first = i
        while first > 0 and aligned(lines[first - 1]):
            first -= 1
        last = i
        while last + 1 < len(lines) and aligned(lines[last + 1]):
            last += 1
        # The list's heading row ("Uzdevums") may stand in the column too: the instruction is
        # looked for above the run's first row, and the heading stays a heading (no sign).
        above = [ln for ln in lines[max(0, first - 3):first] if ln.page == line.page]
        if not any(_SIGN_NAMED.search(ln.text) for ln in above):
            continue
        marked = [j for j in range(first, last + 1) if plus_row(lines[j]) is not None]
        unmarked = [j for j in range(first, last + 1) if plus_row(lines[j]) is None]
        # The run's first unmarked row right under the instruction is the column's heading
        # when a marked row comes before any other unmarked one ("Uzdevums").
        if (unmarked and unmarked[0] == first and len(lines[first].segments[0].words) == 1
                and lines[first].text[:1].isupper()):
            unmarked = unmarked[1:]
        for j in marked:
            _replace(lines[j], lines[j].segments[0], [MARKED])
        for j in unmarked:
            row = lines[j]
            word = row.segments[0].words[0]
            height = word.bottom - word.top
            mark = Word(EMPTY, lines[i].segments[0].x0, word.top,
                        lines[i].segments[0].x0 + height, word.bottom, word.page,
                        word.confidence)
            row.words.insert(0, mark)
            row.segments.insert(0, type(row.segments[0])([mark]))
        done.update(range(first, last + 1))


# One column headed "jā/nē" (or "nē/jā", "jā vai nē") whose rows print the answer as a word.
# ... after the question it answers, the answer's form in brackets ("Nepieciešams (jā/nē)").
_ONE_COLUMN_HEADER = re.compile(r"^(?:[^\W\d_]+\s+){0,3}\(?\s*(?:ja\s*(?:/|vai)\s*ne"
                                r"|ne\s*(?:/|vai)\s*ja)$")
_ANSWER_WORD = {"ja": True, "ne": False}


def _one_answer_column(lines: list[Any]) -> None:
    """A table whose one answer column is headed "jā/nē" and whose rows print "jā" or "nē" in
    it ("pavadīšana uz iestādēm | jā"): each answer becomes "☒ jā ☐ nē" (or "☐ jā ☒ nē"), as a
    mark in a "Jā" or "Nē" column would, so a row answered "nē" is read as unmarked. The
    answer counts only inside the header's column; a row without one (a wrapped item's line
    excepted) ends the table."""
    header: Any = None
    page = -1
    for at, line in enumerate(lines):
        if header is not None and line.page == page:
            cell = next((s for s in line.segments[1:]
                         if s.x0 < header.x1 + 4 and s.x1 > header.x0 - 4
                         and _folded_word(s.text) in _ANSWER_WORD), None)
            if cell is not None:
                yes = _ANSWER_WORD[_folded_word(cell.text)]
                _replace(line, cell, [(MARKED if yes else EMPTY), "jā",
                                      (EMPTY if yes else MARKED), "nē"])
                continue
            if len(line.segments) == 1 and line.text[:1].islower():
                continue  # an item's text wrapped onto a line of its own
        header = next((s for s in line.segments[1:]
                       if _ONE_COLUMN_HEADER.match(_folded_word(s.text))), None)
        if header is None and at + 2 < len(lines):
            header = _answered_column(line, lines[at + 1 : at + 3])
        page = line.page


def _answered_column(line: Any, below: list[Any]) -> Any:
    """A header cell of any words ("Plānā", "Paredzēts") over a column the next two rows both
    answer with a bare "jā" or "nē" under it: the table's one answer column, as if headed
    "jā/nē". None when the rows below answer in no one column of this header."""
    for cell in line.segments[1:]:
        if re.search(r"\d", cell.text) or _folded_word(cell.text) in _ANSWER_WORD:
            continue  # a figure or an answer of its own: a row of the table, not its header
        if all(row.page == line.page and len(row.segments) >= 2 and any(
                s.x0 < cell.x1 + 4 and s.x1 > cell.x0 - 4 and _folded_word(s.text) in _ANSWER_WORD
                for s in row.segments[1:]) for row in below):
            return cell
    return None


def _replace(line: Any, segment: Any, texts: list[str], confidence: float | None = None) -> None:
    """Put words with `texts` where `segment` was, on its line and in its segment."""
    first = segment.words[0]
    width = (segment.x1 - segment.x0) / max(1, len(texts))
    sure = first.confidence if confidence is None else confidence
    new = [Word(text, first.x0 + i * width, first.top, first.x0 + (i + 1) * width,
                first.bottom, first.page, sure) for i, text in enumerate(texts)]
    at = line.words.index(first)
    line.words[at : at + len(segment.words)] = new
    segment.words[:] = new


def glyphs_in(words: Iterable[Word]) -> int:
    """How many box glyphs a run of words holds."""
    return sum(1 for w in words if _is_mark(w.text) is not None)


# --- marks a hand made in a table's marks column, seen in the pixels (scans) -----------------
# A table whose header has a column for the mark ("Atzīme"): a hand X or tick in that column
# has no letters for OCR to read, so each row's stretch of that column is looked at in the
# page image. Ink there makes the row "☒ <row>", none "☐ <row>" (what a text layer would say).
MARK_COLUMN_HEADERS = frozenset({"atzime", "atzimet", "atzimejums", "atzimes"})
_INKED_SHARE = 0.03  # share of dark pixels in the row's stretch of the column
_CLEAR_SHARE = 0.005

# One OCR line as extract.ocr gives it: (text, (left, top, right, bottom) in pixels, confidence).
PixelLine = list[tuple[str, tuple[int, int, int, int], float]]


def _folded_word(text: str) -> str:
    return (text.lower().strip(" :.,;|()")
            .replace("ā", "a").replace("ē", "e").replace("ī", "i"))


def _ink_share(image: Any, box: tuple[int, int, int, int], slant: int = 0) -> float:
    """Share of dark pixels (< 128) in `box` of a greyscale image, the table's rules left out:
    a pixel row dark across a third of the box (a rule, also a slightly slanted one) and a
    pixel column dark down half of it (a cell's side). With `slant`, a rule a skewed scan
    drops by a few pixels across a wide box counts too: rows whose ink, taken together over
    `slant` rows either side, runs across a third of the box."""
    left, top, right, bottom = box
    width, height = right - left, bottom - top
    if width < 4 or height < 4:
        return 0.0
    data = image.crop(box).point(lambda v: 1 if v < 128 else 0).tobytes()
    rows = [data[y * width:(y + 1) * width] for y in range(height)]
    ruled_rows = {y for y, row in enumerate(rows)
                  if max(sum(rows[k]) for k in range(max(0, y - 1), min(height, y + 2)))
                  >= width / 3}
    if slant:
        # The rows just outside the box count: a rule slanting out of it leaves a tail inside.
        outer_top = max(0, top - slant)
        outer = image.crop((left, outer_top, right, min(image.height, bottom + slant))).point(
            lambda v: 1 if v < 128 else 0).tobytes()
        around = [outer[y * width:(y + 1) * width] for y in range(len(outer) // width)]
        for y in range(height):
            at = y + top - outer_top
            near = range(max(0, at - slant), min(len(around), at + slant + 1))
            if sum(any(around[k][x] for k in near) for x in range(width)) >= width / 3:
                ruled_rows.add(y)
    ruled_columns = {x for x in range(width) if sum(row[x] for row in rows) >= height / 2}
    dark = sum(1 for y, row in enumerate(rows) if y not in ruled_rows
               for x, v in enumerate(row) if v and x not in ruled_columns)
    return dark / (width * height)


_CELL_REACH = 25  # header heights right of the header word a cell's side is looked for


def _cell_right(image: Any, header: tuple[int, int, int, int]) -> int | None:
    """The x of the header cell's right side: the first pixel column right of the header word
    dark down its band and half a height above and below it (a table's rule), or None."""
    _left, top, right, bottom = header
    height = max(1, bottom - top)
    band = (right + 2, max(0, top - height // 2), min(image.width, right + _CELL_REACH * height),
            min(image.height, bottom + height // 2))
    width, rows = band[2] - band[0], band[3] - band[1]
    if width < 4 or rows < 4:
        return None
    data = image.crop(band).point(lambda v: 1 if v < 128 else 0).tobytes()
    for x in range(width):
        if sum(data[y * width + x] for y in range(rows)) >= 0.9 * rows:
            return band[0] + x
    return None


def _stretch_share(image: Any, box: tuple[int, int, int, int], height: int) -> float:
    """The ink share of the darkest stretch of a row's marks cell, three header heights wide
    (a tick is small in a wide cell); the whole box when it is no wider than that."""
    left, top, right, bottom = box
    step = 3 * height
    if right - left <= step:
        return _ink_share(image, box)
    return max(_ink_share(image, (x, top, min(right, x + step), bottom))
               for x in range(left, right - step + height, height))


def _column_header(line: PixelLine) -> tuple[str, tuple[int, int, int, int], float] | None:
    """The word heading a marks column: "Atzīme" in a cell of its own (a wide gap before
    it), not an instruction inside a sentence ("(atzīmēt ar X)")."""
    for at, word in enumerate(line):
        text, (left, top, _right, bottom), _conf = word
        if at == 0 or "(" in text or ")" in text or _folded_word(text) not in MARK_COLUMN_HEADERS:
            continue
        if left - line[at - 1][1][2] >= 2 * (bottom - top):
            return word
    return None


def mark_column_rows(image: Any, lines: list[PixelLine]) -> list[PixelLine]:
    """Rows under a marks column header opened by "☒" (ink in that column) or "☐" (clear);
    a row whose column is neither clearly inked nor clear is left as it is."""
    result = [list(line) for line in lines]
    for at, line in enumerate(lines):
        header = _column_header(line)
        if header is None:
            continue
        _text, (h_left, h_top, h_right, h_bottom), _conf = header
        height = max(1, h_bottom - h_top)
        # The header is printed at the cell's left or centre: the mark may sit right of it,
        # anywhere up to the cell's right side when the table's rule shows where that is.
        column = (h_left - height // 2, h_right + (h_right - h_left) // 2)
        side = _cell_right(image, header[1])
        if side is not None and side - 3 > column[1]:
            column = (column[0], side - 3)
        first_x = min(w[1][0] for w in line)
        # A photo's lines may run a little askew: the header line gives the slope.
        first = min(line, key=lambda w: w[1][0])
        slope = (h_top - first[1][1]) / max(1, h_left - first[1][0])
        last_bottom = h_bottom
        for row_at in range(at + 1, min(len(lines), at + 16)):
            row = lines[row_at]
            words = [w for w in row if w[1][2] < column[0]]  # the row's own text, left of it
            if not words:
                if all(column[0] - height <= w[1][0] for w in row):
                    result[row_at] = []  # OCR's letters for a mark, on a line of their own
                    continue
                break
            # The middle word's extent: a stray speck or a merged word does not stretch the row.
            top = sorted(w[1][1] for w in words)[len(words) // 2]
            bottom = sorted(w[1][3] for w in words)[len(words) // 2]
            if top - last_bottom > 2.5 * height or abs(words[0][1][0] - first_x) > 4 * height:
                break  # the table has ended
            if any(column[0] <= (w[1][0] + w[1][2]) / 2 <= column[1] and len(w[0]) > 3
                   and w[0].isalpha() for w in row):
                break  # words in the marks column: another table
            shift = round(slope * (column[0] - words[0][1][0]))
            share = _stretch_share(image, (column[0], top + shift, column[1], bottom + shift),
                                   height)
            if share >= _INKED_SHARE:
                glyph = MARKED
            elif share <= _CLEAR_SHARE:
                glyph = EMPTY
            else:
                last_bottom = bottom
                continue
            left = words[0][1][0]
            box = (max(0, left - height), top, max(1, left - 2), bottom)
            # Marks in the column (OCR's stray letters for the strokes) give way to the glyph.
            result[row_at] = [(glyph, box, 0.85), *words]
            last_bottom = bottom
    return [line for line in result if line]


# Two answer columns, each headed in a cell of its own: "Jā" and "Nē", or "Ir" and "Nav".
_ANSWER_HEADERS = ({"ja": True, "ne": False}, {"ir": True, "nav": False})
_Box = tuple[int, int, int, int]
_PAIR_INKED = 0.012  # ink of a row's answer cell whose other cell is clear
_SIGN_MARK = re.compile(r"[+xX✓✔vV×]")


def _answer_headers(lines: list[PixelLine]) -> tuple[_Box, _Box, int | None] | None:
    """The yes and the no column's header words of a table's header row: each a word of its
    own, level with the other and with the row's heading text far to their left, yes first.
    OCR may give each cell of the row as a line of its own, so words of all lines count."""
    words = [w for line in lines for w in line]
    for names in _ANSWER_HEADERS:
        for text, yes, _conf in words:
            if names.get(_folded_word(text)) is not True:
                continue
            height = max(1, yes[3] - yes[1])
            level = [w for w in words if abs((w[1][1] + w[1][3]) / 2 - (yes[1] + yes[3]) / 2)
                     < height]
            no = next((w[1] for w in level if names.get(_folded_word(w[0])) is False
                       and w[1][0] > yes[2] + 2 * height), None)
            heading = [w for w in level if w[1][2] < yes[0] - 2 * height
                       and re.search(r"[^\W\d_]{3,}", w[0])]
            if no is not None and heading:
                # The no column ends where the next column's header starts ("Stundas").
                after = [w[1] for w in level if w[1][0] > no[2] + height]
                end = min(b[0] for b in after) if after else None
                return yes, no, end
    return None


_RULE_DOWN = 0.8  # share of a header row's height a table's vertical rule inks


def _vertical_rules(image: Any, left: int, top: int, right: int, bottom: int) -> list[int]:
    """The middles of a table's vertical rules between `left` and `right`: runs of pixel
    columns inked down nearly the whole band `top`..`bottom` (a letter's stroke is shorter)."""
    width, height = right - left, bottom - top
    if width < 4 or height < 4:
        return []
    data = image.crop((left, top, right, bottom)).point(lambda v: 1 if v < 128 else 0).tobytes()
    dark = [sum(data[y * width + x] for y in range(height)) >= _RULE_DOWN * height
            for x in range(width)]
    return [left + (start + end) // 2 for start, end in _true_runs(dark)]


def _true_runs(flags: list[bool]) -> list[tuple[int, int]]:
    """The runs of consecutive true flags, as (first, one past the last)."""
    runs: list[tuple[int, int]] = []
    x, width = 0, len(flags)
    while x < width:
        if flags[x]:
            start = x
            while x < width and flags[x]:
                x += 1
            runs.append((start, x))
        x += 1
    return runs


def _lost_yes_header(image: Any, lines: list[PixelLine]) -> list[PixelLine]:
    """A table's "Ir"/"Nav" (or "Jā"/"Nē") header row whose yes word OCR lost (a short word
    alone in its cell): the "nav" word read, level with the row's heading far to its left, and
    the cell before the "nav" cell, bounded by the table's vertical rules and as wide as the
    "nav" cell, empty of any word read. The yes word is put back there, where the "nav" word
    stands in its own cell, so the answer columns are read as printed. Lines unchanged
    otherwise."""
    words = [w for line in lines for w in line]
    for names in _ANSWER_HEADERS:
        if any(names.get(_folded_word(w[0])) is True for w in words):
            continue
        for text, no, _conf in words:
            if names.get(_folded_word(text)) is not False:
                continue
            height = max(1, no[3] - no[1])
            middle = (no[1] + no[3]) / 2
            heading = [w[1] for w in words
                       if abs((w[1][1] + w[1][3]) / 2 - middle) < height
                       and w[1][2] < no[0] - 8 * height and re.search(r"[^\W\d_]{3,}", w[0])]
            if not heading:
                continue
            band = (no[1] - height // 2, no[3] + height // 2)
            start = max(b[2] for b in heading)
            rules = _vertical_rules(image, start, band[0], min(image.width, no[2] + 20 * height),
                                    band[1])
            before = [x for x in rules if x < no[0]]
            after = [x for x in rules if x > no[2]]
            if len(before) < 2 or not after:
                continue
            cell = (before[-2], before[-1])
            no_cell = (before[-1], after[0])
            wide = no_cell[1] - no_cell[0]
            if abs((cell[1] - cell[0]) - wide) > 0.3 * wide:
                continue  # not two answer columns alike
            if any(cell[0] < (w[1][0] + w[1][2]) / 2 < cell[1]
                   and band[0] <= (w[1][1] + w[1][3]) / 2 <= band[1] for w in words):
                continue  # the cell holds a word: some other header
            yes_text = next(t for t, v in names.items() if v is True)
            offset = no[0] - no_cell[0]
            box = (cell[0] + offset, no[1], cell[0] + offset + height, no[3])
            return [sorted([*line, (yes_text, box, 0.5)], key=lambda w: w[1][0])
                    if any(w[1] == no for w in line) else line for line in lines]
    return lines


def answer_column_marks(image: Any, lines: list[PixelLine]) -> list[PixelLine]:
    """Rows of a table with a "Jā"/"Nē" (or "Ir"/"Nav") pair of columns whose answer is an X
    that OCR did not read: the column inked while the other is clear gets an "X" word on the
    row, OCR's letters for the strokes in the two cells are dropped, and the layout's
    answer_columns reads the row's answer as it reads a printed X. A row whose mark OCR read
    ("+", "X"), with both cells inked or both clear, or with ink too faint to tell, is left
    as read; the row's other cells (its hours) stay."""
    headers = _answer_headers(lines)
    if headers is None:
        lines = _lost_yes_header(image, lines)
        headers = _answer_headers(lines)
    if headers is None:
        return lines
    yes_box, no_box, next_column = headers
    height = max(1, yes_box[3] - yes_box[1])
    step = no_box[0] - yes_box[0]
    no_end = no_box[0] + step - height
    if next_column is not None:
        no_end = min(no_end, next_column - height)
    spans = {True: (yes_box[0] - height, no_box[0] - height), False: (no_box[0] - height, no_end)}
    in_cells = [(at, k) for at, line in enumerate(lines) for k, w in enumerate(line)
                if spans[True][0] <= (w[1][0] + w[1][2]) / 2 <= spans[False][1]
                and w[1][1] > yes_box[3] - height // 2]
    rows = sorted((i for i, line in enumerate(lines)
                   if line and min(w[1][1] for w in line) > yes_box[3] - height // 2
                   and any(w[1][2] < spans[True][0] for w in line)),
                  key=lambda i: min(w[1][1] for w in lines[i]))
    added: dict[int, tuple[str, _Box, float]] = {}
    dropped: set[tuple[int, int]] = set()
    last_bottom, first_x = yes_box[3], None
    for row_at in rows:
        words = [w for w in lines[row_at] if w[1][2] < spans[True][0]]
        top = sorted(w[1][1] for w in words)[len(words) // 2]
        bottom = sorted(w[1][3] for w in words)[len(words) // 2]
        first_x = words[0][1][0] if first_x is None else first_x
        if top - last_bottom > 2.5 * height or abs(words[0][1][0] - first_x) > 4 * height:
            break  # the table has ended
        cells = [(at, k) for at, k in in_cells
                 if top - height / 2 < (lines[at][k][1][1] + lines[at][k][1][3]) / 2
                 < bottom + height / 2]
        if any(re.search(r"[^\W\d_]{3,}", lines[at][k][0]) for at, k in cells):
            break  # words in the answer columns: not a row of marks
        last_bottom = bottom
        if any(_SIGN_MARK.fullmatch(lines[at][k][0].strip()) for at, k in cells):
            continue  # OCR read the row's mark ("+", "X"): the layout reads it
        # A whole cell's width is wide enough for the scan's skew to slant its rules.
        inked = {answer: _ink_share(image, (left, top, right, bottom), slant=2)
                 for answer, (left, right) in spans.items()}
        # A whole cell's width holds less of a mark's ink than a narrow marks column: the clear
        # twin beside it is the measure.
        marked = [answer for answer, share in inked.items() if share >= _PAIR_INKED]
        clear = [answer for answer, share in inked.items() if share <= _CLEAR_SHARE]
        if len(marked) != 1 or len(clear) != 1:
            continue
        left, right = spans[marked[0]]
        centre = (left + right) // 2
        added[row_at] = ("X", (centre - height // 2, top, centre + height // 2, bottom), 0.85)
        dropped.update(cells)
    # OCR's letters for two rows' strokes read as one tall word ("X|X") belong to no one row.
    bands = [(box[1], box[3]) for _text, box, _conf in added.values()]
    dropped.update((at, k) for at, k in in_cells
                   if not re.search(r"[^\W\d_]{3,}", lines[at][k][0])
                   and any(lines[at][k][1][1] < bottom and top < lines[at][k][1][3]
                           for top, bottom in bands))
    result: list[PixelLine] = []
    for at, line in enumerate(lines):
        kept = [w for k, w in enumerate(line) if (at, k) not in dropped]
        if at in added:
            kept = sorted([*kept, added[at]], key=lambda w: w[1][0])
        if kept:
            result.append(kept)
    return result


_UNDERLINE_RUN = 0.85  # share of a word's width a pen's stroke under it covers


def _underline_under(image: Any, box: tuple[int, int, int, int]) -> tuple[int, int] | None:
    """The ends (x) of a dark stroke drawn under a word: a pixel row in the word's lower part
    or just below it, dark across nearly all its width (letters never are); None if there is
    none."""
    left, top, right, bottom = box
    height = bottom - top
    if right - left < 4 or height < 4:
        return None
    y0, y1 = bottom - int(0.3 * height), min(image.height, bottom + max(3, height // 2))
    # Wide enough to see where the stroke ends on either side.
    x0, x1 = max(0, left - 2 * height), min(image.width, right + 2 * height)
    width = x1 - x0
    data = image.crop((x0, y0, x1, y1)).point(lambda v: 1 if v < 128 else 0).tobytes()
    for y in range(y1 - y0):
        row = data[y * width:(y + 1) * width]
        inside = row[left - x0:right - x0]
        if sum(inside) < _UNDERLINE_RUN * len(inside) or \
                _longest_blank(inside) > max(2, height // 10):
            continue  # a typewriter's serifs line the foot of its capitals, with gaps between
        start, end = left - x0, right - x0
        while start > 0 and row[start - 1]:
            start -= 1
        while end < width and row[end]:
            end += 1
        return x0 + start, x0 + end
    return None


def _longest_blank(row: bytes) -> int:
    return max((len(run) for run in bytes(row).split(b"\x01")), default=0)


def underlined_options(image: Any, lines: list[PixelLine]) -> list[PixelLine]:
    """A question's options printed side by side with a pen's stroke under the chosen one
    ("Īpaša kopšana: i̲r̲ n̲e̲p̲i̲e̲c̲i̲e̲š̲a̲m̲a̲  nav nepieciešama"): "☒" before the underlined words,
    "☐" before the other option. Only after a question's colon, words without digits, the
    stroke no longer than its words (a line to write on is longer) and an option left bare
    beside it."""
    result: list[PixelLine] = []
    for line in lines:
        colon = next((i for i, w in enumerate(line) if w[0].endswith(":")), -1)
        options = line[colon + 1:] if colon >= 0 else []
        if colon < 0:
            result.append(_underlined_is_isnt_pair(image, _underlined_slash_pair(image, line)))
            continue
        if not 2 <= len(options) <= 8 or any(
                re.search(r"[\d:]", w[0]) or _is_mark(w[0]) is not None for w in options):
            result.append(line)
            continue
        strokes = [_underline_under(image, w[1]) for w in options]
        under = [i for i, s in enumerate(strokes) if s is not None]
        height = max(w[1][3] - w[1][1] for w in options)
        if (not under or len(under) > 4 or len(under) == len(options)
                or under != list(range(under[0], under[-1] + 1))):
            result.append(line)
            continue
        first, last = options[under[0]][1], options[under[-1]][1]
        ends = [s for s in strokes if s is not None]
        if min(e[0] for e in ends) < first[0] - height or max(e[1] for e in ends) > \
                last[2] + height:
            result.append(line)  # longer than its words: a rule, not a pen's stroke
            continue
        other = under[-1] + 1 if under[-1] + 1 < len(options) else 0
        marked: PixelLine = []
        for at, word in enumerate(options):
            box = word[1]
            glyph_box = (max(0, box[0] - height), box[1], max(1, box[0] - 2), box[3])
            if at == under[0]:
                marked.append((MARKED, glyph_box, GUESSED_MARK))
            elif at == other:
                marked.append((EMPTY, glyph_box, GUESSED_MARK))
            marked.append(word)
        result.append([*line[:colon + 1], *marked])
    return result


_WORD_ONLY = re.compile(r"^[^\W\d_]{2,}$")


def _underlined_slash_pair(image: Any, line: PixelLine) -> PixelLine:
    """Two options printed with a slash between them and no question's colon before ("...
    asistenta izmantošanai saņemu / nesaņemu (vajadzīgo pasvītrot)"): the one a pen's stroke
    is drawn under gets "☒", the other "☐". Only one of the two underlined, its stroke no
    longer than the word (a blank to write on is longer)."""
    for at in range(1, len(line) - 1):
        if line[at][0] != "/":
            continue
        pair = (line[at - 1], line[at + 1])
        if not all(_WORD_ONLY.match(word[0]) for word in pair):
            continue
        strokes = [_underline_under(image, word[1]) for word in pair]
        under = [i for i, stroke in enumerate(strokes) if stroke is not None]
        if len(under) != 1:
            continue
        box = pair[under[0]][1]
        height = box[3] - box[1]
        stroke = strokes[under[0]]
        assert stroke is not None
        if stroke[0] < box[0] - height or stroke[1] > box[2] + height:
            continue  # longer than its word: a rule or a blank, not a pen's stroke
        marked: PixelLine = []
        for index, word in enumerate(line):
            if index in (at - 1, at + 1):
                left = word[1]
                glyph_box = (max(0, left[0] - height), left[1], max(1, left[0] - 2), left[3])
                on = index == (at - 1 if under[0] == 0 else at + 1)
                marked.append((MARKED if on else EMPTY, glyph_box, GUESSED_MARK))
            marked.append(word)
        return marked
    return line


def _underlined_is_isnt_pair(image: Any, line: PixelLine) -> PixelLine:
    """A sentence's two answers printed one after the other, the same word after "ir" and
    after "nav" ("Asistenta pakalpojums ir nepieciešams nav nepieciešams", one underlined by
    pen): "☒" before the underlined answer, "☐" before the other. Only both words of one answer
    underlined, none of the other's, the stroke no longer than the answer."""
    if any(_is_mark(word[0]) is not None for word in line):
        return line
    folded = [_folded_word(word[0]) for word in line]
    for at in range(len(line) - 3):
        if folded[at] != "ir" or folded[at + 2] != "nav" or folded[at + 1] != folded[at + 3] \
                or not _WORD_ONLY.match(line[at + 1][0]):
            continue
        answers = ((at, at + 1), (at + 2, at + 3))
        underlined = [all(_underline_under(image, line[i][1]) is not None for i in answer)
                      for answer in answers]
        if underlined.count(True) != 1 or any(
                _underline_under(image, line[i][1]) is not None
                for answer, on in zip(answers, underlined, strict=True) if not on
                for i in answer):
            continue
        height = max(line[i][1][3] - line[i][1][1] for answer in answers for i in answer)
        chosen = answers[underlined.index(True)]
        stroke = _underline_under(image, line[chosen[1]][1])
        if stroke is None or stroke[1] > line[chosen[1]][1][2] + height:
            continue  # longer than its words: a rule or a blank, not a pen's stroke
        marked: PixelLine = []
        for index, word in enumerate(line):
            if index in (answers[0][0], answers[1][0]):
                left = word[1]
                glyph_box = (max(0, left[0] - height), left[1], max(1, left[0] - 2), left[3])
                marked.append((MARKED if index == chosen[0] else EMPTY, glyph_box,
                               GUESSED_MARK))
            marked.append(word)
        return marked
    return line


_YES_NO_PAIR = {"ja": "Nē", "ne": "Jā"}


def ringed_lost_answers(image: Any, lines: list[PixelLine]) -> list[PixelLine]:
    """A yes/no question whose chosen answer a hand ringed: Tesseract reads the bare option
    ("izmantošanai: Jā") and loses the ringed one, its letters joined to the ring. A ring of
    ink beside the one option read, on its line, taller than its letters and open inside, is
    the other option, marked ("☐ Jā ☒ Nē") at a guess's confidence."""
    result: list[PixelLine] = []
    for line in lines:
        answers = [at for at, word in enumerate(line) if _folded_word(word[0]) in _YES_NO_PAIR]
        if len(answers) != 1 or any(_is_mark(word[0]) is not None for word in line):
            result.append(line)
            continue
        at = answers[0]
        word = line[at]
        ring = _ring_beside(image, word[1], rightwards=_folded_word(word[0]) == "ja")
        if ring is None:
            result.append(line)
            continue
        left, top, _right, bottom = word[1]
        height = bottom - top
        empty = (EMPTY, (max(0, left - height), top, max(1, left - 2), bottom), GUESSED_MARK)
        marked = (MARKED, (max(0, ring[0] - height), ring[1], max(1, ring[0] - 2), ring[3]),
                  GUESSED_MARK)
        lost = (_YES_NO_PAIR[_folded_word(word[0])], ring, GUESSED_MARK)
        if ring[0] > word[1][2]:
            result.append([*line[:at], empty, word, marked, lost, *line[at + 1:]])
        else:
            result.append([*line[:at], marked, lost, empty, word, *line[at + 1:]])
    return result


def _ring_beside(image: Any, box: tuple[int, int, int, int],
                 rightwards: bool) -> tuple[int, int, int, int] | None:
    """The box of a ring of ink (a hand's circle round a word) standing next to `box` on its
    line: the first run of inked columns beside it, 1.2 to 4 letter heights wide, inked down
    more than 1.3 letter heights and hollow (ink at its four sides, a gap between them)."""
    left, top, right, bottom = box
    height = bottom - top
    if height < 6:
        return None
    # A ring reaches a little above and below its letters; the dotted line the row above
    # writes on lies farther up.
    reach = int(0.7 * height)
    y0, y1 = max(0, top - reach), min(image.height, bottom + reach)
    if rightwards:
        x0, x1 = min(image.width, right + height // 3), min(image.width, right + 8 * height)
    else:
        x0, x1 = max(0, left - 8 * height), max(0, left - height // 3)
    width, rows_n = x1 - x0, y1 - y0
    if width < 2 * height or rows_n < 2:
        return None
    data = image.crop((x0, y0, x1, y1)).point(lambda v: 1 if v < 128 else 0).tobytes()
    rows = [data[y * width:(y + 1) * width] for y in range(rows_n)]
    # A rule or a dotted line to write on (the row above's) crosses the whole stretch; a ring
    # never does: such rows are left out.
    slices = [(k * width // 8, (k + 1) * width // 8) for k in range(8)]
    blank = bytes(width)
    rows = [blank if sum(1 for a, b in slices if any(row[a:b])) >= 7 else row for row in rows]
    runs = _true_runs([any(row[x] for row in rows) for x in range(width)])
    if not runs:
        return None
    start, end = runs[0] if rightwards else runs[-1]
    if not 1.2 * height <= end - start <= 4 * height or (start == 0 and not rightwards) or \
            (end == width and rightwards):
        return None
    ink_rows = [y for y, row in enumerate(rows) if any(row[start:end])]
    if not ink_rows:
        return None
    first, last = ink_rows[0], ink_rows[-1]
    if last - first < 1.3 * height or first == 0 or last == rows_n - 1:
        return None
    middle = rows[(first + last) // 2][start:end]
    span = end - start
    sides = any(middle[: span // 5]) and any(middle[-(span // 5):])
    hollow = _longest_blank(middle) >= span // 8
    centre = slice(start + span // 3, end - span // 3)
    top_arc = any(any(row[centre]) for row in rows[first:first + max(2, (last - first) // 6)])
    bottom_arc = any(any(row[centre]) for row in rows[last - max(2, (last - first) // 6):last + 1])
    if not (sides and hollow and top_arc and bottom_arc):
        return None
    return x0 + start, y0 + first, x0 + end, y0 + last


def lost_crossed_boxes(image: Any, lines: list[PixelLine]) -> list[PixelLine]:
    """A crossed box Tesseract dropped where it kept the empty one beside it ("izmantošanu:
    saņemu ☐ nesaņemu" for "☒ saņemu ☐ nesaņemu"): before an option after the question's
    colon that has no box, where the empty box's size and gap put one, a square of ink with
    ink across its middle (a cross or a fill; an empty box is hollow) is the marked box.
    A line of two options with no question before them ("☒ a ... ☐ b ...", the first box
    dropped) looks before its first word only."""
    result: list[PixelLine] = []
    for line in lines:
        colon = next((i for i, w in enumerate(line) if w[0].endswith(":")), -1)
        empties = [i for i, w in enumerate(line) if w[0] in OFF_GLYPHS and i > colon]
        if len(empties) != 1 or any(w[0] in ON_GLYPHS for w in line) \
                or empties[0] + 1 >= len(line) \
                or (colon < 0 and (empties[0] < 2 or not _WORD_ONLY.match(line[0][0]))):
            result.append(line)
            continue
        box = line[empties[0]][1]
        size = max(box[2] - box[0], box[3] - box[1])
        gap = max(2, line[empties[0] + 1][1][0] - box[2])
        # The letters' width, from the empty box's option ("Nē").
        beside = line[empties[0] + 1]
        pitch = (beside[1][2] - beside[1][0]) / max(1, len(beside[0]))
        found = []
        for at in range(colon + 1, len(line) if colon >= 0 else 1):
            word = line[at]
            if not _WORD_ONLY.match(word[0]) or (at > 0 and _is_mark(line[at - 1][0]) is not None):
                continue
            # Level with the option's own letters (a skewed line drifts from the empty box's
            # height), a little up or down.
            right = word[1][0] - gap
            centre = (word[1][1] + word[1][3]) // 2
            # A printed gap differs a little from box to box (a wider glyph, a scan's drift): a
            # quarter of a box further left (nearer would cut into the option's own letters).
            rights = [right, right - size // 4]
            if word[1][2] - word[1][0] - len(word[0]) * pitch >= 0.7 * size:
                # "☒Jā" read as one word "Jā" as wide as a box and its letters: the crossed box
                # is the word's own left end.
                rights.append(word[1][0] + size)
            squares = [(edge - size, centre - size // 2 + shift, edge,
                        centre - size // 2 + shift + size)
                       for edge in rights for shift in (0, -size // 4, size // 4)]
            square = next((sq for sq in squares
                           if sq[0] > 0 and sq[1] > 0 and _crossed_square(image, sq)), None)
            if square is not None:
                found.append((at, square))
        if len(found) != 1:
            result.append(line)
            continue
        at, square = found[0]
        result.append([*line[:at], (MARKED, square, GUESSED_MARK), *line[at:]])
    return result


def _crossed_square(image: Any, square: tuple[int, int, int, int]) -> bool:
    """Whether `square` holds a box marked by a cross or a fill: ink near its four sides and
    across its middle third."""
    left, top, right, bottom = square
    size = right - left
    if size < 6:
        return False
    data = image.crop(square).point(lambda v: 1 if v < 128 else 0).tobytes()
    rows = [data[y * size:(y + 1) * size] for y in range(bottom - top)]
    if len(rows) < 6:
        return False
    edge = max(2, size // 5)
    sides = (any(any(row[:edge]) for row in rows), any(any(row[-edge:]) for row in rows),
             any(any(row) for row in rows[:edge]), any(any(row) for row in rows[-edge:]))
    third = size // 3
    middle = [row[third:size - third] for row in rows[len(rows) // 3:len(rows) - len(rows) // 3]]
    share = sum(sum(row) for row in middle) / max(1, sum(len(row) for row in middle))
    return all(sides) and share >= 0.1


# A printed option's look: bold type ("Bold", "Black", "Heavy", "Semibold" in the font's
# name) and how dark its ink is (0 black .. 1 white).
_BOLD_FONT = re.compile(r"(?i)bold|black|heavy|semibold|demi")
# Ink this much lighter than its neighbour's is greyed out ("Nē" grey beside a black "Jā").
_FAINTER = 0.3


def _ink_lightness(color: Any) -> float:
    """How light a pdfplumber fill colour is: a grey level, RGB's mean, CMYK's 1 - K - mean."""
    if isinstance(color, (int, float)):
        return float(color)
    values = [float(v) for v in color or () if isinstance(v, (int, float))]
    if len(values) == 1:
        return values[0]
    if len(values) == 3:
        return sum(values) / 3
    if len(values) == 4:
        return max(0.0, 1.0 - values[3] - sum(values[:3]) / 3)
    return 0.0


def _print_look(chars: list[dict[str, Any]], word: Word) -> tuple[bool, float] | None:
    """Whether a word's letters are bold, and how light their ink is; None without letters."""
    inside = [c for c in chars if c["x0"] >= word.x0 - 0.5 and c["x1"] <= word.x1 + 0.5
              and abs(c["top"] - word.top) < 1.5 and not c["text"].isspace()]
    if not inside:
        return None
    bold = all(_BOLD_FONT.search(str(c.get("fontname", ""))) for c in inside)
    light = max(_ink_lightness(c.get("non_stroking_color")) for c in inside)
    return bold, light


def emphasised_options(page: Any, words: list[Word]) -> list[Word]:
    """Two options printed with a slash between them, a system's way of showing its answer:
    the chosen one bold or in black, the other in plain or grey type ("**Jā** / Nē"). The
    standing-out one gets "☒" before it, the other "☐" (as a ringed option reads). Only single
    words without digits, on one row, one of them standing out on one count (weight or ink)
    and not behind on the other; a pair printed alike is left as printed."""
    slashes = [i for i in range(1, len(words) - 1) if words[i].text == "/"]
    if not slashes:
        return words
    try:
        chars = list(page.chars)
    except Exception:  # a malformed page must not cost us its words
        return words
    before: dict[int, Word] = {}
    for at in slashes:
        pair = (words[at - 1], words[at + 1])
        if not all(_WORD_ONLY.match(w.text) and abs(w.top - words[at].top) < 2 for w in pair):
            continue
        first, second = _print_look(chars, pair[0]), _print_look(chars, pair[1])
        if first is None or second is None:
            continue
        looks = (first, second)
        chosen = None
        for one, other in ((0, 1), (1, 0)):
            (bold, light), (other_bold, other_light) = looks[one], looks[other]
            heavier = bold and not other_bold and light <= other_light + 0.05
            darker = other_light - light >= _FAINTER and (bold or not other_bold)
            if heavier or darker:
                chosen = one
        if chosen is None:
            continue
        on, off = struck_marks(pair[1 - chosen], pair[chosen], pair[0].page)
        before[id(pair[chosen])] = on
        before[id(pair[1 - chosen])] = off
    if not before:
        return words
    # Each glyph just before its word in the reading order.
    return [x for w in words for x in ((before[id(w)], w) if id(w) in before else (w,))]
