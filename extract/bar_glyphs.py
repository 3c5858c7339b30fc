"""A vertical rule OCR read as a `|` glyph: a border between a label and its value or between
two columns of an unruled-looking table, not a letter.

Tesseract reads a form's or a table's vertical line, where the scan keeps it faint or short,
as `|` glued to the next or previous word ("3ageKnapupoBaHHbIh |Dārzu iela 41-7", "Kurss
|Stundas"). Left in, the bar joins the label's tail to the value in one segment, and the
value reader keeps the label's garbage. Only a bar against a letter or digit is cut: a bar
alone or before a parenthesis ("Grupa: |(pirmā)") may be a Roman one, and the value readers
take it as such. Only OCR pages are cut: a text layer's `|` is a character the author typed.
"""

from __future__ import annotations

import re

from .document import Word

BAR = "|"
# A bar against a letter or digit: a rule the word was read up to.
_GLUED_BAR = re.compile(r"(?<=[^\W_])\||\|(?=[^\W_])")


def _part(word: Word, start: int, end: int) -> Word:
    """The characters [start, end) of a word, with a box cut in proportion to them."""
    width = (word.x1 - word.x0) / max(1, len(word.text))
    return Word(word.text[start:end], word.x0 + start * width, word.top,
                word.x0 + end * width, word.bottom, word.page, word.confidence)


def split_bars(words: list[Word]) -> tuple[list[Word], set[int]]:
    """The words (in line order) with their bars taken out, and the ids of the words a bar
    stood before: a segment starts at each. A bar inside a word ("a|b") cuts it the same way."""
    out: list[Word] = []
    borders: set[int] = set()
    pending = False  # a bar was seen and no word has followed it yet
    for word in words:
        if not _GLUED_BAR.search(word.text):
            # A bar alone, or before a parenthesis ("Grupa: |(pirmā)"), may be a numeral I.
            if pending:
                borders.add(id(word))
                pending = False
            out.append(word)
            continue
        start = 0
        for piece in word.text.split(BAR):
            end = start + len(piece)
            if piece.strip():
                part = _part(word, start, end)
                if pending:
                    borders.add(id(part))
                out.append(part)
            pending = True
            start = end + 1
        pending = word.text.endswith(BAR)
    return out, borders
