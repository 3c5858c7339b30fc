"""Dotted leaders OCR read as letters (`Asistente CORE SIE JKK ... Zinaīda Pauliņa`).

A typed form sets its values at one tab stop after dotted leaders ("Vārds ........ Anna
Bērziņa"). On grainy or light paper Tesseract reads some leaders as dots and others as a run
of doubtful capitals, which then stand between the label and its value (the value is taken as
the junk and the name after it, or lost). Where at least two lines of the page show their
leaders read as dots and their values starting at one column, the doubtful words of any line
lying wholly between its label and that column, right before a surely read value at the
column, are the leader: dropped. Rows are the words level with each other, whatever blocks
Tesseract's layout put them in (a label and its value are often two).
"""

from __future__ import annotations

import re
import statistics

Box = tuple[int, int, int, int]
Line = list[tuple[str, Box, float]]

DOUBT_BELOW = 0.5  # the leader's "letters" are read this unsurely (a word read surer stays)
SURE_FROM = 0.8  # the value at the column is read at least this surely
MIN_LINES = 2  # rows whose leaders were read as dots and agree on the column
# How far (in line heights) a value's start may stray from the column and still stand at it.
COLUMN_SLACK = 1.0

_DOTS = re.compile(r"[.…·,:_]{3,}$")

Ref = tuple[int, int]  # (line, word) in the reading


def _rows(lines: list[Line]) -> list[list[Ref]]:
    """The reading's words in rows (level with each other), each row left to right."""
    refs = sorted(((i, k) for i, line in enumerate(lines) for k in range(len(line))),
                  key=lambda r: (lines[r[0]][r[1]][1][1] + lines[r[0]][r[1]][1][3]) / 2)
    rows: list[list[Ref]] = []
    for ref in refs:
        box = lines[ref[0]][ref[1]][1]
        middle = (box[1] + box[3]) / 2
        if rows:
            last = lines[rows[-1][0][0]][rows[-1][0][1]][1]
            if last[1] <= middle <= last[3]:
                rows[-1].append(ref)
                continue
        rows.append([ref])
    return [sorted(row, key=lambda r: lines[r[0]][r[1]][1][0]) for row in rows]


def _column(lines: list[Line], rows: list[list[Ref]]) -> tuple[float, float] | None:
    """The column the values start at, and a line's height, when rows agree on it."""
    starts: list[int] = []
    heights: list[int] = []
    for row in rows:
        words = [lines[i][k] for i, k in row]
        for k, (text, _box, _conf) in enumerate(words[:-1]):
            if k and _DOTS.search(text):
                box = words[k + 1][1]
                starts.append(box[0])
                heights.append(box[3] - box[1])
                break
    if len(starts) < MIN_LINES:
        return None
    column, height = statistics.median(starts), statistics.median(heights)
    if sum(abs(s - column) <= COLUMN_SLACK * height for s in starts) < MIN_LINES:
        return None
    return column, height


def without_leaders_read_as_letters(lines: list[Line]) -> list[Line]:
    """`lines` without the doubtful words OCR made of a dotted leader (see the module)."""
    rows = _rows(lines)
    found = _column(lines, rows)
    if found is None:
        return lines
    column, height = found
    slack = COLUMN_SLACK * height
    dropped: set[Ref] = set()
    for row in rows:
        words = [lines[i][k] for i, k in row]
        at = next((k for k, (_t, box, conf) in enumerate(words)
                   if abs(box[0] - column) <= slack and conf >= SURE_FROM), None)
        if at is None or at < 2:
            continue
        # The run of doubtful words right before the value, after the label's words.
        start = at
        while start > 1 and words[start - 1][2] < DOUBT_BELOW and words[start - 1][1][2] <= column:
            start -= 1
        if start < at and words[start - 1][2] >= DOUBT_BELOW:
            dropped.update(row[start:at])
    if not dropped:
        return lines
    kept = [[word for k, word in enumerate(line) if (i, k) not in dropped]
            for i, line in enumerate(lines)]
    return [line for line in kept if line]
