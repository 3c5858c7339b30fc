"""Words of another language beside the Latvian ones: a translation printed with a value.

A paper in two languages prints a value with its translation after a slash ("audējs /
weaver", "NĒ / NO") and a label with its translation under it ("Darbs – stundas nedēļā" /
"Work – hours per week"). The Latvian part is the value; the translation is no part of it.
A stretch of words is another language's when it has no letter only Latvian has and at least
half its words are spelled as no Latvian word is (w, q, x, y; "th", "sh", "ck", "ee", "oo",
"ou"; a long word ending in a consonant other than s or š) or are the translation's common
words (`other_language.yaml`); Cyrillic is another language outright.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .document import Word
from .layout import CYRILLIC_AS_LATIN, Line, fold
from .vocabulary import reader_data

_LATVIAN_ONLY = re.compile(r"[āčēģīķļņšūžĀČĒĢĪĶĻŅŠŪŽ]")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_FOREIGN_SPELLING = re.compile(r"[wqxy]|th|sh|ck|ee|oo|ou|[^aeiousšāēīū\W\d_]$")
_WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    return frozenset(str(word).lower() for word in reader_data("other_language.yaml")["words"])


def _foreign_word(word: str) -> bool:
    low = word.lower()
    if low in _common_words():
        return True
    if len(low) < 4:
        return bool(re.search(r"[wqxy]", low))
    return bool(_FOREIGN_SPELLING.search(low))


def cyrillic_as_read(text: str) -> bool:
    """Whether `text` is Cyrillic, or Cyrillic a Latin OCR read as look-alikes (half its words
    or more: "MONO4HOUŪ mMpoayKuuu")."""
    if _CYRILLIC.search(text):
        return True
    words = text.split()
    return bool(words) and 2 * sum(bool(CYRILLIC_AS_LATIN.search(w)) for w in words) >= len(
        words)


def latvian_beside_cyrillic(text: str) -> str | None:
    """A line's Latvian half where a two-language paper prints it with its Cyrillic
    translation ("mācības skolā / навчання в школі  25" -> "mācības skolā 25"): the words in
    Cyrillic letters and the slash before them left out; None when the line has no Cyrillic
    letters or nothing Latin beside them (OCR's look-alikes are not told apart here)."""
    if not _CYRILLIC.search(text):
        return None
    kept: list[str] = []
    for word in text.split():
        if _CYRILLIC.search(word):
            if kept and kept[-1] == "/":
                kept.pop()  # the slash that opens the translation
            continue
        kept.append(word)
    out = " ".join(kept)
    return out if _WORD.search(out) else None


def another_language(text: str) -> bool:
    """Whether the words of `text` are another language's than Latvian (see above)."""
    if cyrillic_as_read(text):
        return True
    if _LATVIAN_ONLY.search(text):
        return False
    words = _WORD.findall(text)
    if not words:
        return False
    return 2 * sum(map(_foreign_word, words)) >= len(words)


# A slash parting a value from its translation: between words, not inside a number or a date
# (a word after it may open with a digit: a Latin OCR's "3" for Cyrillic "З").
_SLASH = re.compile(r"(?<!\d)\s+/\s+(?!\d+(?:[\s.,:/-]|$))")


def without_translation(text: str) -> str:
    """The Latvian part of a value printed with its translation after a slash ("audējs /
    weaver" -> "audējs"); the text as it is when what follows the slash is Latvian too
    ("pavārs / virtuves darbinieks": two values) or the first part is not."""
    parts = _SLASH.split(text)
    if len(parts) < 2 or not _WORD.search(parts[0]) or another_language(parts[0]):
        return text
    if all(another_language(part) for part in parts[1:]):
        return parts[0].strip()
    return text


def name_without_translation(text: str) -> str:
    """An organisation's name printed in two languages with a slash between them ("Biedrība
    „Sporta klubs Valga-Valka” / MTÜ Spordiklubi Valga-Valka"): the part after the slash names
    it again by the same proper name in another language's words; the name is the first part.
    The text as it is when the parts share no proper name (two names, or one with a slash)."""
    parts = _SLASH.split(text)
    if len(parts) != 2:
        return text
    first, second = ({fold(w) for w in _WORD.findall(part) if len(w) >= 4 and w[:1].isupper()}
                     for part in parts)
    if first & second and second - first:
        return parts[0].strip()
    return text


def without_translated_rows(line: Line) -> str:
    """The line's text without a label's translation printed under it in the same cell
    ("Darbs – stundas nedēļā" over "Work – hours per week" beside "25"): a row of a segment,
    under a Latvian row, whose words are another language's."""
    if not line.segments:
        return line.text
    kept: list[str] = []
    for segment in line.segments:
        rows: list[list[Word]] = []
        for word in segment.words:
            if rows and abs(word.top - rows[-1][0].top) < 0.5 * (word.bottom - word.top):
                rows[-1].append(word)
            else:
                rows.append([word])
        first = " ".join(w.text for w in rows[0])
        for at, row in enumerate(rows):
            text = " ".join(w.text for w in row)
            if at and len(row) >= 2 and not another_language(first) and another_language(text):
                continue
            kept.append(text)
    return " ".join(kept)


def without_cyrillic_column(lines: list[Line]) -> list[Line]:
    """The lines without a column of Cyrillic printed beside the Latvian text (a table of two
    cells, the Latvian decision and its Russian summary): where two lines or more of a page
    print a Cyrillic segment (or its look-alikes as a Latin OCR reads it) starting at one x
    right of Latvian words, the words from that x on are the other column's on every line
    the column spans, the line a gap too narrow for a segment break ran into it included, when
    what is cut holds such a word. A value read across the column ("personas kods" then a
    Russian name, then the code on the next line) is the Latvian column's own."""
    edges: dict[int, list[tuple[float, int]]] = {}
    for at, line in enumerate(lines):
        for segment in line.segments[1:]:
            if len(segment.text) >= 4 and cyrillic_as_read(segment.text) \
                    and cyrillic_as_read(_first_word(segment.words)) \
                    and not cyrillic_as_read(line.segments[0].text):
                edges.setdefault(line.page, []).append((segment.x0, at))
    for column in edges.values():
        for x0, _at in column:
            rows = [at for x, at in column if abs(x - x0) <= _COLUMN_SLACK]
            if len(rows) < 2:
                continue
            for at in range(max(0, min(rows) - 1), min(len(lines), max(rows) + 2)):
                _cut_at(lines[at], x0)
            break
    return lines


_COLUMN_SLACK = 6.0  # points two segments' left edges may differ by in one column


def _first_word(words: list[Word]) -> str:
    """The first word of three letters or more: a cell "darbs / работа" opens in Latvian, and
    is a two-language cell of the Latvian table, not the start of a Cyrillic column."""
    return next((w.text for w in words if len(w.text) >= 3), "")


def _cut_at(line: Line, x0: float) -> None:
    """`line` without its words from `x0` on, when those hold a Cyrillic word as read and
    Latvian words stand before them. The column's first word may read as plain Latin letters
    ("Кратко:" read "Kparko:"): the words cut, taken together, being Cyrillic as read (half
    of them or more) is as good."""
    cut = [w for w in line.words if w.x0 >= x0 - _COLUMN_SLACK]
    kept = [w for w in line.words if w.x0 < x0 - _COLUMN_SLACK]
    if not cut or not kept:
        return
    if not cyrillic_as_read(_first_word(cut)) and not (
            len(cut) >= 2 and cyrillic_as_read(" ".join(w.text for w in cut))):
        return
    if cyrillic_as_read(" ".join(w.text for w in kept)):
        return
    line.words = kept
    for segment in line.segments:
        segment.words = [w for w in segment.words if w in kept]
    line.segments = [s for s in line.segments if s.words]
