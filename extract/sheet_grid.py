"""A spreadsheet printed with its grid headings: the program's letters and numbers, not the paper's.

A sheet printed from a spreadsheet program with "print headings" on carries a line of column
letters ("A  B  C  D  E  F") over its cells and each row's number in front of it ("6  2025-10-01
08:00 ..."); a sheet over two pages repeats both. Read as the paper's words, the row number
opened every line: the title "1  Darba laika uzskaite – 2025-10", the sums' line "24  Kopā ...",
a header "5  Datums ..." read as the 5th of the month. A cell whose formula was printed instead
of its value ("=SUMMA(F6:F23)") is the program's working too, and was read as the total.

On a page with such a letter line and a run of lines opening with rising whole numbers at one
left edge, the letter line is left out and each row's number taken off its line; a printed
cell formula is left out of any line.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from .layout import Line, Segment, fold, renumbered
from .vocabulary import reader_data

# A cell formula as printed: "=SUMMA(F6:F23)", "=SUM(B2;B9)", "= AVERAGE(C3:C7)".
_FORMULA = re.compile(r"=\s*[^\W\d_]+\s*\(\s*\$?[A-Z]{1,2}\$?\d+\s*[:;]\s*\$?[A-Z]{1,2}\$?\d+\s*\)")
_ROW_NUMBER = re.compile(r"\d{1,4}")
# The numbers' left edges differ by a digit's width ("9" and "10" right-aligned).
_EDGE_SLACK = 12.0
_MIN_ROWS = 3
# Two rows will do right under the letters: a heading row over one row of values.
_MIN_SHORT_ROWS = 2
# The longest token a garbled column letter line holds ("_[_€").
_LETTER_NOISE = 4
# A cell's edge as OCR reads it beside the row number: "|", "[", "]".
_CELL_EDGE = re.compile(r"[|\[\]]+")
# A row number as a scan reads it: "11" may come as "II" or "ll".
_SCANNED_NUMBER = re.compile(r"[\dIl|]{1,3}[.:]?")


def _column_letters(line: Line) -> bool:
    """A line of the column letters A, B, C ... in order, at least three: short tokens only,
    opening with "A", its single capitals rising (a scan's OCR garbles some, "A [ 5 D I F")."""
    texts = [w.text for w in line.words]
    if len(texts) < _MIN_ROWS or texts[0] != "A" or any(len(t) > _LETTER_NOISE for t in texts):
        return False
    if texts == [chr(ord("A") + i) for i in range(len(texts))]:
        return True
    rising = ["A"]
    for t in texts[1:]:
        if len(t) == 1 and "A" <= t <= "Z" and t > rising[-1]:
            rising.append(t)
    words = [t for t in texts if sum(c.isalpha() and c.islower() for c in t) >= 2]
    return len(rising) >= _MIN_ROWS and not words


# OCR's readings of a grey heading's letters: "C" as "€", a letter's cell edge as "☐" or "[".
_LETTER_MISREAD = {"€": "C"}


def _scanned_column_letters(line: Line) -> bool:
    """A scan's line of column letters over a narrow sheet, OCR garbling some: "A B" over two
    columns, "A B € ☐" (C read as €, D as a box), "[S B € D" (A lost in its cell's edge),
    "A [ [] € [5)". Short tokens only, no word of two lowercase letters, and either it opens
    with "A" or its single capitals rise from "B" on, at least three."""
    texts = [w.text for w in line.words]
    if len(texts) < 2 or any(len(t) > _LETTER_NOISE for t in texts):
        return False
    if any(sum(c.isalpha() and c.islower() for c in t) >= 2 for t in texts):
        return False
    capitals = [_LETTER_MISREAD.get(t, t) for t in texts]
    capitals = [t for t in capitals if len(t) == 1 and "A" <= t <= "Z"]
    if texts[0] == "A" or (texts[0][:1] == "A" and not texts[0][1:2].isalnum()):
        return len(capitals) >= 2 or len(texts) >= _MIN_ROWS
    rising = capitals[:1]
    for t in capitals[1:]:
        if t > rising[-1]:
            rising.append(t)
    return "B" in rising[:2] and len(rising) >= _MIN_ROWS


def _letter_run(line: Line) -> bool:
    """A line of two or more column letters in a row, each a cell of its own ("A  B" over a
    small table, "E  F  G" heading a sheet's columns continued on its second page)."""
    texts = [w.text for w in line.words]
    if len(texts) < 2 or len(line.segments) != len(texts):
        return False
    if any(len(t) != 1 or not "A" <= t <= "Z" for t in texts):
        return False
    return all(ord(b) == ord(a) + 1 for a, b in pairwise(texts))


def _letters(line: Line) -> bool:
    return _column_letters(line) or _letter_run(line)


def _numbered(line: Line) -> int | None:
    first = line.words[0]
    if not _ROW_NUMBER.fullmatch(first.text):
        return None
    return int(first.text)


def _without_first_word(line: Line) -> None:
    line.words = line.words[1:]
    if line.segments:
        head = line.segments[0]
        rest = head.words[1:]
        line.segments = ([Segment(rest, head.cell)] if rest else []) + line.segments[1:]


def _page_grid(page_lines: list[Line]) -> set[int]:
    """The ids of the lines dropped from one page (the letter line, emptied rows); numbered
    lines lose their number in place. Nothing when the page has no grid."""
    scanned = any(w.confidence < 1.0 for line in page_lines for w in line.words)
    # A scan's letter lines may be OCR's garbled readings of a few grey cells (each table of
    # a sheet printed with its own).
    letters = [line for line in page_lines
               if _letters(line) or (scanned and _scanned_column_letters(line))]
    if not letters:
        if scanned:
            _without_label_row_numbers(page_lines)
        return set()
    after = [line for line in page_lines if line.top > letters[0].top]
    numbered = [(line, n) for line in after if (n := _numbered(line)) is not None]
    if len(numbered) < _MIN_SHORT_ROWS:
        return _letter_lines(letters)
    left = min(line.words[0].x0 for line, _ in numbered)
    numbered = [(line, n) for line, n in numbered if line.words[0].x0 - left <= _EDGE_SLACK]
    numbers = [n for _, n in numbered]
    rising = sum(b > a for a, b in pairwise(numbers))
    if len(numbered) < _MIN_ROWS and not _short_sheet(page_lines, letters, numbered):
        return _letter_lines(letters)
    if rising * 3 < (len(numbers) - 1) * 2:
        # Rising mostly: a scan misreads a number here and there ("15" for "13").
        return _letter_lines(letters)
    dropped = {id(line) for line in letters}
    # Every line after the letters opening with a number's token at the numbers' edge ("II"
    # where a scan misread an "11") loses it.
    numbered = [(line, 0) for line in after
                if _SCANNED_NUMBER.fullmatch(line.words[0].text)
                and abs(line.words[0].x0 - left) <= _EDGE_SLACK]
    if scanned:
        _unglue_row_numbers(after, left)
    for line, _ in numbered:
        _without_first_word(line)
        if scanned and len(line.words) > 1 and _CELL_EDGE.fullmatch(line.words[0].text):
            _without_first_word(line)  # "7 | pavadīšana": the label cell's edge OCR read
        if not line.words:
            dropped.add(id(line))
    return dropped


# A sheet of labels and values printed with its headings, its letter line lost to OCR (grey
# cells read as nothing): row after row opening with its number, then the label in column A.
_LABEL_ROWS = 5
# Shapes of their own, on purpose not the shared readers': a row that only looks like a day's
# record (any "h:mm", any numeric date, year first or last) keeps its number. The timesheet's
# clock (timesheet_rows._CLOCK) takes "9.30" and real minutes only, the fax header's
# (cover_page._CLOCK) a decimal's tail too, ocr._FAX_DATE and cover_page._HEADER_DATE fewer
# date shapes; any of them would let a scanned day's record lose its numbers.
_CLOCK = re.compile(r"(?<![\d.,:])\d{1,2}:\d{2}(?![\d:])")
_DATE = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{2,4}")
_LABEL_WORD = re.compile(r"[A-ZĀČĒĢĪĶĻŅŠŪŽ][^\W\d_]{2,}")


def _without_label_row_numbers(page_lines: list[Line]) -> None:
    """A scan whose letter line OCR lost: the row numbers come off only where the rows are
    plainly a sheet's label rows: at least five at one left edge, counting up one by one from
    the sheet's first rows, each number followed by a label (a capitalised word), and the rows
    no record of days (no clock times, dates on fewer than half)."""
    numbered = [(line, n) for line in page_lines
                if (n := _numbered(line)) is not None and len(line.words) > 1]
    if len(numbered) < _LABEL_ROWS:
        return
    left = min(line.words[0].x0 for line, _ in numbered)
    numbered = [(line, n) for line, n in numbered if line.words[0].x0 - left <= _EDGE_SLACK]
    numbers = [n for _, n in numbered]
    steps = sum(b == a + 1 for a, b in pairwise(numbers))
    labelled = sum(bool(_LABEL_WORD.fullmatch(line.words[1].text)) for line, _ in numbered)
    dated = sum(bool(_DATE.search(line.text)) for line, _ in numbered)
    if (len(numbered) < _LABEL_ROWS or numbers[0] > 3 or steps * 5 < (len(numbers) - 1) * 4
            or labelled * 5 < len(numbered) * 4 or dated * 2 >= len(numbered)
            or any(_CLOCK.search(line.text) for line, _ in numbered)):
        return
    for line, _ in numbered:
        _without_first_word(line)


def _unglue_row_numbers(lines: list[Line], left: float) -> None:
    """A scan's row number OCR read into its row's first cell ("1516,0": row 15, the cell
    "16,0"; "7Darbs"): a line at the numbers' edge whose first word opens with the number
    after the one above it, and more after it, loses that number."""
    previous: int | None = None
    for line in lines:
        first = line.words[0]
        if abs(first.x0 - left) > _EDGE_SLACK:
            continue
        if _ROW_NUMBER.fullmatch(first.text.rstrip(".:")):
            previous = int(first.text.rstrip(".:"))
            continue
        if previous is None:
            continue
        expected = str(previous + 1)
        rest = first.text[len(expected):]
        if first.text.startswith(expected) and rest[:1].isalnum():
            width = (first.x1 - first.x0) * len(expected) / len(first.text)
            line.words = [replace(first, text=rest, x0=first.x0 + width), *line.words[1:]]
            if line.segments:
                head = line.segments[0]
                line.segments = [Segment(line.words[:len(head.words)], head.cell),
                                 *line.segments[1:]]
        previous += 1


def _letter_lines(letters: list[Line]) -> set[int]:
    """Letter lines of a sheet printed without row numbers: each letter in a cell of its own
    and the letters following on ("A  B  C"), the program's headings too."""
    return {id(line) for line in letters if _letter_run(line)}


def _short_sheet(page_lines: list[Line], letters: list[Line],
                 numbered: list[tuple[Line, int]]) -> bool:
    """Two rows numbered one after the other right under a line of letters, their numbers left
    of the first letter (a heading row over one row of values): a sheet as short as that."""
    first, second = numbered[0], numbered[1]
    if second[1] != first[1] + 1:
        return False
    for letter_line in letters:
        at = page_lines.index(letter_line)
        if at + 1 < len(page_lines) and page_lines[at + 1] is first[0]:
            return first[0].words[0].x1 < letter_line.words[0].x0
    return False


def _without_formulas(line: Line) -> None:
    if "=" not in line.text:
        return
    kept = [seg for seg in line.segments if not _FORMULA.fullmatch(seg.text.strip())]
    if len(kept) == len(line.segments) or not kept:
        return
    line.segments = kept
    line.words = [w for seg in kept for w in seg.words]


def _sheet_marks(line: Line) -> bool:
    """A line of the sheet tab's name and the page's number only ("Lapa1", "Page 1 of 2",
    "Lapa1 · Page 1"): the program's header or footer, no word of the paper."""
    pattern = re.compile(reader_data("print_header.yaml")["sheet_marks"])
    parts = [p.strip() for p in fold(line.text).split("·")]
    return all(pattern.match(p) for p in parts)


def without_sheet_grid(lines: list[Line]) -> list[Line]:
    """The lines without a printed spreadsheet's column letters, row numbers and formulas, nor
    its sheet tab's and page's marks, renumbered; the lines themselves when there is none."""
    dropped: set[int] = {id(line) for line in lines if _sheet_marks(line)}
    changed = bool(dropped)
    for page in sorted({line.page for line in lines}):
        on_page = [line for line in lines if line.page == page]
        grid = _page_grid(on_page)
        dropped |= grid
        changed = changed or bool(grid)
    for line in lines:
        before = len(line.words)
        _without_formulas(line)
        changed = changed or len(line.words) != before
    if not changed:
        return lines
    kept = [line for line in lines if id(line) not in dropped and line.words]
    return renumbered(kept)


__all__ = ["without_sheet_grid"]
