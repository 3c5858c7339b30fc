"""Words -> lines -> segments (runs separated by a wide gap or a cell border), and labels.

A value is found to the right of its label (same segment after a colon, or the next
segment/cell on the line), or under it (the next line's words in the label's column, or
the cell below). Matching folds Latvian diacritics and case, so OCR that drops a macron
still finds "Vards, uzvards".
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import pairwise

from .bar_glyphs import split_bars
from .document import Page, ReadDocument, Word
from .marks import normalise_glyph

Cell = tuple[float, float, float, float]


@dataclass(slots=True)
class Segment:
    """Words of one line that belong together: not split by a wide gap or a cell border."""

    words: list[Word]
    cell: int | None = None
    _folded: str | None = None
    _folded_count: int = -1

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)

    @property
    def x0(self) -> float:
        return self.words[0].x0

    @property
    def folded(self) -> str:
        """The words folded for label matching (words are fixed once lines are built)."""
        if self._folded is None or self._folded_count != len(self.words):
            self._folded = " ".join(fold(w.text) for w in self.words)
            self._folded_count = len(self.words)
        return self._folded

    @property
    def x1(self) -> float:
        return self.words[-1].x1


@dataclass(slots=True)
class Line:
    """Words sharing a baseline band on one page, left to right, cut into segments."""

    page: int
    words: list[Word]
    segments: list[Segment] = field(default_factory=list)
    index: int = 0  # position in the document's line list

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)

    @property
    def top(self) -> float:
        return min(w.top for w in self.words)

    @property
    def bottom(self) -> float:
        return max(w.bottom for w in self.words)

    @property
    def height(self) -> float:
        return max(1.0, self.bottom - self.top)


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lowercase without diacritics and with single spaces: what label matching compares."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(stripped.split())


def _cell_of(word: Word, cells: list[Cell]) -> int | None:
    cx = (word.x0 + word.x1) / 2
    cy = (word.top + word.bottom) / 2
    for i, (x0, top, x1, bottom) in enumerate(cells):
        if x0 - 0.5 <= cx <= x1 + 0.5 and top - 0.5 <= cy <= bottom + 0.5:
            return i
    return None


def _normalised(word: Word) -> Word:
    text = normalise_glyph(word.text)
    if text == word.text:
        return word
    return Word(text, word.x0, word.top, word.x1, word.bottom, word.page, word.confidence)


# Two pages on one sheet (two A5 pages copied or scanned side by side on a landscape sheet):
# a landscape page whose words leave a gutter near the middle from top to bottom, with this
# many lines' worth of words on either side; the gutter is at least this share of the width.
_TWO_UP_LANDSCAPE = 1.2  # width over height
_TWO_UP_CENTRE = 0.1  # the gutter lies within this share of the width of the middle
_TWO_UP_GUTTER = 0.015
_TWO_UP_WORDS = 12
_TWO_UP_ROWS = 4
_TWO_UP_SHARED = 0.75  # a wide table's rows run on across the gutter: (nearly) all shared


def _two_up_gutter(page: Page) -> float | None:
    """Where a two-up sheet splits into its two pages, or None: a landscape page with an
    empty band near its middle that no word crosses from the first line to the last (a title
    or a table centred on a landscape page crosses it), each side holding lines of its own
    whose rows do not nearly all share the other side's baselines (a wide table's rows do;
    two pages' lines at one spacing meet now and then)."""
    if page.width < _TWO_UP_LANDSCAPE * page.height:
        return None
    words = [w for w in page.words if w.text.strip()]
    if len(words) < 2 * _TWO_UP_WORDS:
        return None
    lo, hi = page.width * (0.5 - _TWO_UP_CENTRE), page.width * (0.5 + _TWO_UP_CENTRE)
    spans = sorted((max(lo, w.x0), min(hi, w.x1)) for w in words if w.x1 > lo and w.x0 < hi)
    best: tuple[float, float] | None = None
    edge = lo
    for x0, x1 in spans:
        if x0 > edge and (best is None or x0 - edge > best[1] - best[0]):
            best = (edge, x0)
        edge = max(edge, x1)
    if hi > edge and (best is None or hi - edge > best[1] - best[0]):
        best = (edge, hi)
    if best is None or best[1] - best[0] < _TWO_UP_GUTTER * page.width:
        return None
    gutter = (best[0] + best[1]) / 2
    left = [w for w in words if w.x1 <= gutter]
    right = [w for w in words if w.x0 >= gutter]
    if len(left) < _TWO_UP_WORDS or len(right) < _TWO_UP_WORDS:
        return None

    def baselines(side: list[Word]) -> list[float]:
        rows: list[float] = []
        for w in sorted(side, key=lambda w: w.bottom):
            if not rows or w.bottom - rows[-1] > 0.5 * (w.bottom - w.top):
                rows.append(w.bottom)
        return rows

    rows_left, rows_right = baselines(left), baselines(right)
    if len(rows_left) < _TWO_UP_ROWS or len(rows_right) < _TWO_UP_ROWS:
        return None
    shared = sum(any(abs(a - b) <= 2.0 for b in rows_right) for a in rows_left)
    if shared > _TWO_UP_SHARED * min(len(rows_left), len(rows_right)):
        return None
    return gutter


def page_lines(page: Page) -> list[Line]:
    """Group a page's words into lines and segments; a two-up sheet's two pages in turn,
    the left one first."""
    gutter = _two_up_gutter(page)
    if gutter is None:
        return _page_lines(page)
    out: list[Line] = []
    for left in (True, False):
        half = Page(
            number=page.number, width=page.width, height=page.height,
            words=[w for w in page.words if (w.x1 <= gutter) == left],
            source=page.source, rotation=page.rotation,
            cells=[c for c in page.cells if (c[2] <= gutter + 1) == left and (
                c[0] >= gutter - 1 or left)])
        out.extend(_page_lines(half))
    return out


def _page_lines(page: Page) -> list[Line]:
    words = sorted((_normalised(w) for w in page.words), key=lambda w: (w.top, w.x0))
    rows: list[list[Word]] = []
    bands: list[tuple[float, float]] = []
    heights = sorted(w.bottom - w.top for w in words if w.text.strip())
    usual = heights[len(heights) // 2] if heights else 0.0
    for word in words:
        if not word.text.strip():
            continue
        mid = (word.top + word.bottom) / 2
        if page.source == "ocr" and _tall_noise(word, usual):
            # OCR's letters for a smudge or a table's edge beside the paper, as tall as several
            # lines: placed by its middle, it does not stretch a row over the lines around it.
            word = replace(word, top=mid - usual / 2, bottom=mid + usual / 2)
        placed = False
        # Look back a few rows only: words arrive sorted by top.
        for i in range(len(rows) - 1, max(-1, len(rows) - 4), -1):
            top, bottom = bands[i]
            if top <= mid <= bottom and not _caption_under(word, rows[i], top, bottom):
                rows[i].append(word)
                bands[i] = (min(top, word.top), max(bottom, word.bottom))
                placed = True
                break
        if not placed:
            rows.append([word])
            bands.append((word.top, word.bottom))
    lines: list[Line] = []
    borders_of: dict[int, set[int]] = {}
    for row in rows:
        row.sort(key=lambda w: w.x0)
        borders: set[int] = set()
        if page.source == "ocr":
            row = _without_second_readings(row)
            row = _endings_rejoined(row)
            row, borders = split_bars(row)
        if not row:
            continue
        line = Line(page=page.number, words=row)
        borders_of[id(line)] = borders
        lines.append(line)
    cells = _without_frames(_without_backgrounds(page), lines)
    for line in lines:
        line.segments = _segments(line.words, cells, borders_of.get(id(line), set()))
    lines.sort(key=lambda ln: (ln.top, ln.words[0].x0))
    # Ruled tables keep their cells; two prose columns without rules are read in turn.
    if cells:
        return _labels_right_of_values(_merge_cells(lines, cells))
    # A column of labels right of their values is read first: its values and labels are no
    # columns of their own.
    lines = _labels_right_of_values(_columns_read_in_turn(lines))
    # Blocks of columns only from a text layer: OCR joins a table's cells into one segment
    # and drops its gaps, so a table of lower-case rows looked like columns of prose (a
    # scan's tasks and activity tables were read down in two columns).
    return _blocks_in_turn(lines) if page.source == "text" else lines


_LIST_OPENING = re.compile(r"^[•▪◦·*–—-]\s|^[☐☒■□]")
_LABEL_LIKE = re.compile(r"^[^\W\d_a-zāčēģīķļņšūž][^\d]*$")
_BLOCK_GAP = 2.0  # line heights of blank space that end a block of columns


def _blocks_in_turn(lines: list[Line]) -> list[Line]:
    """A page set in columns of their own (a client's block beside an assessment beside a
    recommendation, a pull-quote beside the text): each column read down in turn, the left
    first, so a list or a sentence running down one column is not broken by the other
    column's words on the same rows. A column gap is a start three lines or more share with
    no word reaching into the gap; the block of lines it parts is read in columns only when
    one side runs on down its column while the other side prints words on the same row (a
    wrapped sentence in lower case, a list's next item): a form's labels and values beside
    them do not run on so."""
    for _ in range(3):
        changed = False
        starts = sorted(seg.x0 for line in lines for seg in line.segments[1:])
        gutters: list[float] = []
        for x in starts:
            if sum(abs(y - x) <= _ALIGNED for y in starts) >= _COLUMN_LINES and not any(
                    abs(g - x) <= _ALIGNED for g in gutters):
                gutters.append(x)
        for gutter in gutters:
            split = _split_block(lines, gutter - _ALIGNED)
            if split is not None:
                lines = split
                changed = True
                break
        if not changed:
            break
    return lines


def _split_block(lines: list[Line], gutter: float) -> list[Line] | None:
    """The lines with the first block parted at `gutter` read in columns, or None."""

    def clear(line: Line) -> bool:
        return all(w.x0 >= gutter or w.x1 <= gutter - 0.5 * line.height for w in line.words)

    at = 0
    while at < len(lines):
        if not clear(lines[at]):
            at += 1
            continue
        end = at + 1
        # Down the page, no blank rows: a column already read in turn starts higher up.
        while end < len(lines) and lines[end].page == lines[at].page and clear(lines[end]) \
                and lines[end].top > lines[end - 1].top \
                and lines[end].top - lines[end - 1].bottom <= _BLOCK_GAP * lines[end - 1].height:
            end += 1
        block = lines[at:end]
        sides = [([w for w in ln.words if w.x0 < gutter],
                  [w for w in ln.words if w.x0 >= gutter]) for ln in block]
        if _runs_on_beside(block, gutter):
            out = lines[:at]
            for side in (0, 1):
                for words in (s[side] for s in sides):
                    if words:
                        column = Line(page=block[0].page, words=words)
                        column.segments = _segments(words, [])
                        out.append(column)
            return out + lines[end:]
        at = end
    return None


def _runs_on_beside(block: list[Line], gutter: float) -> bool:
    """Whether a side of a block runs on down its column on a row where the other side has
    words too (the cell next to the gap: a wrapped sentence in lower case, a list's next
    item), the left side no column of labels (ending in colons) and the rows no table's (a
    table's rows hold more cells than columns of text do)."""
    sides = [([s for s in ln.segments if s.x0 < gutter],
              [s for s in ln.segments if s.x0 >= gutter]) for ln in block]
    both = [s for s in sides if s[0] and s[1]]
    if sum(1 for s in sides if s[1]) < _COLUMN_LINES or sum(1 for s in sides if s[0]) < 2:
        return False
    if sum(1 for s in both if s[0][-1].text.endswith((":", "?"))) * 2 >= len(both):
        return False
    # A column of labels without colons ("Studiju programma | ..."): short, capitalised, no
    # figures, each with its value beside it; or a column of one word a row (a row's number).
    if sum(1 for s in both if len(s[0][-1].words) == 1 or (
            _LABEL_LIKE.match(s[0][-1].text) and len(s[0][-1].words) <= 3)) >= 0.75 * len(both):
        return False
    cells = sorted(len(s[0]) + len(s[1]) for s in both)
    if cells and cells[len(cells) // 2] > 3:
        return False
    cut = [[s[0][-1] for s in sides if s[0]], [s[1][0] for s in sides if s[1]]]
    starts = [min(seg.x0 for seg in side) for side in cut]
    edges = [max(seg.x1 for seg in side) for side in cut]
    # Each side's cell by the gap on its last line above: the columns' lines need not share
    # rows.
    last: list[Segment | None] = [None, None]
    for row in sides:
        for side in (0, 1):
            here = (row[0][-1] if side == 0 else row[1][0]) if row[side] else None
            above, last[side] = last[side], here or last[side]
            if not (row[0] and row[1] and above is not None and here is not None):
                continue
            # Words on both sides of the row: a table's marks, figures or hours beside its
            # rows' names are no column of text.
            if not all(re.search(r"[^\W\d_]{3}", " ".join(s.text for s in part))
                       for part in row):
                continue
            # ... nor is a short cell with a figure ("20 stundas nedēļā", "4 h"): the row's
            # hours, whatever case its name opens in.
            if any(re.search(r"\d", part[0].text) and len(part) == 1
                   and len(part[0].words) <= 3 for part in row):
                continue
            text, over = here.text, above.text
            if _LIST_OPENING.match(text) and (_LIST_OPENING.match(over) or over.endswith(":")):
                return True
            # A wrapped line of prose: four words or more above it, filling its column to the
            # edge, alone on its side of the row. (A caption in smaller print under its value,
            # an e-mail address, are no prose; a table's name cell with its hours beside it, or
            # a cell of three words under a name, is a row.)
            if text[:1].islower() and len(row[side]) == 1 and sum(1 for w in above.words
                                          if re.fullmatch(r"[^\W\d_]{2,}[,;]?", w.text)) >= 4 \
                    and _print_height(here.words) >= _SMALL_PRINT * _print_height(above.words) \
                    and not over.endswith((".", "!", "?", ":")) \
                    and above.x1 >= edges[side] - _FILLED * (edges[side] - starts[side]):
                return True
    return False


_LABEL_PRINT = 0.85  # a label printed right of its value is smaller than this share of it
_LABELS_RIGHT = 3  # lines of a form's column of small labels right of their values, at least
_LABEL_TEXT = re.compile(r"^[^\W\d_][^\d:]*$")
_POINTS_LEFT = {"←", "⟵", "⇐", "◄", "◀", "<-", "<--"}


def _laid_in_turn(words: list[Word], x0: float) -> list[Word]:
    """The words placed one after another from `x0`, each as wide as it was."""
    out: list[Word] = []
    at = x0
    for word in words:
        width = word.x1 - word.x0
        out.append(replace(word, x0=at, x1=at + width))
        at += width + 0.3 * (word.bottom - word.top)
    return out


def _labels_right_of_values(lines: list[Line]) -> list[Line]:
    """A form printing each label small to the right of its value ("Anna Kļaviņa ...
    iesniedzēja vārds, uzvārds"), the labels one column down the lines: each line's label is
    put in brackets after its value, the way a label typed after its value is read
    ("Anna Kļaviņa (iesniedzēja vārds, uzvārds)"). A column of labels is three lines or more
    of two cells each, the right cells starting at one x, in smaller print than the left ones,
    words only; a table's two columns of one print are not one."""

    def labelled(line: Line) -> bool:
        if len(line.segments) != 2:
            return False
        value, label = line.segments
        if pointed(line):
            return True
        if value.text.rstrip().endswith(":") or not _LABEL_TEXT.match(label.text.strip()):
            return False
        high = sorted(w.bottom - w.top for w in value.words)[len(value.words) // 2]
        low = max(w.bottom - w.top for w in label.words)
        return low < _LABEL_PRINT * high and len(label.words) <= 6

    def pointed(line: Line) -> bool:
        # "4 h nedēļā   ← brīvā laika pavadīšana": an arrow points the label at its value.
        label = line.segments[1]
        return label.words[0].text in _POINTS_LEFT and len(label.words) > 1 \
            and not value_ends_colon(line)

    def value_ends_colon(line: Line) -> bool:
        return line.segments[0].text.rstrip().endswith(":")

    runs: list[list[int]] = []
    for at, line in enumerate(lines):
        if not labelled(line):
            continue
        if runs and runs[-1][-1] == at - 1 and lines[at - 1].page == line.page \
                and abs(lines[at - 1].segments[1].x0 - line.segments[1].x0) < 2.0:
            runs[-1].append(at)
        else:
            runs.append([at])
    for run in runs:
        if len(run) < _LABELS_RIGHT and not all(pointed(lines[at]) for at in run):
            continue
        for at in run:
            value, label = lines[at].segments
            marked = [w for w in label.words if w.text not in _POINTS_LEFT]
            if pointed(lines[at]):
                # The arrow's label names what the value is for ("brīvā laika pavadīšana
                # 2 h nedēļā"): read label first, as a row of a list is printed.
                words = _laid_in_turn([*marked, *value.words], value.x0)
            else:
                marked[0] = replace(marked[0], text="(" + marked[0].text)
                marked[-1] = replace(marked[-1], text=marked[-1].text + ")")
                words = [*value.words, *marked]
            lines[at].words[:] = words
            lines[at].segments = [Segment(list(words), value.cell)]
    return lines


_NOISE_TALL = 2.5  # times the page's usual word height
_NOISE_DOUBT = 0.5  # OCR's confidence below which such a tall word is noise


def _tall_noise(word: Word, usual: float) -> bool:
    return (usual > 0 and word.bottom - word.top > _NOISE_TALL * usual
            and word.confidence < _NOISE_DOUBT)


# A hand's reading carries the box of the band it was read in, which may reach down over the
# small print under the line it was written on: a caption opening with "(" read surely, its top
# in the lower half of a row of nothing but such doubted words, is the next line.
_HAND_ROW_BELOW = 0.8


def _caption_under(word: Word, row: list[Word], top: float, bottom: float) -> bool:
    if not word.text.startswith("(") or word.confidence < _HAND_ROW_BELOW:
        return False
    if sum(c.isalpha() for c in word.text) < 3 or word.top < (top + bottom) / 2:
        return False
    return all(w.confidence < _HAND_ROW_BELOW for w in row)


# A filled rectangle across the whole page and down much of it is the page's background (a
# chat or a screen printed as a canvas: its message area), no table's cell: read as one cell,
# every message on it would be one line.
# A band that bleeds off both edges of the page (a messenger's contact bar, a letterhead's
# coloured strip) is the page's design too: a table keeps inside the margins, and read as one
# cell the band's two lines (a name over a phone) would be one line.
_BACKGROUND_WIDTH = 0.9
_BACKGROUND_HEIGHT = 0.4
_BLEED = 0.01  # share of the page's width within which a band touches its edge


def _without_backgrounds(page: Page) -> list[Cell]:
    width, height = page.width or 0.0, page.height or 0.0
    if width <= 0 or height <= 0 or page.source != "text":
        return list(page.cells)

    def background(c: Cell) -> bool:
        if c[2] - c[0] >= _BACKGROUND_WIDTH * width and c[3] - c[1] >= _BACKGROUND_HEIGHT * height:
            return True
        return c[0] <= _BLEED * width and c[2] >= (1 - _BLEED) * width

    return [c for c in page.cells if not background(c)]


def _without_frames(cells: list[Cell], lines: list[Line]) -> list[Cell]:
    """The cells that are a table's, not a frame drawn round a block of the form ("C daļa"
    over its own table of options and its questions): a frame holds another table's cells,
    or two or more lines each split by a wide gap into a label and its value. Merged as one
    cell, the whole block would read as one line."""
    if len(cells) < 2:
        return cells

    def inside(inner: Cell, outer: Cell) -> bool:
        return (inner != outer and outer[0] - 1 <= inner[0] and inner[2] <= outer[2] + 1
                and outer[1] - 1 <= inner[1] and inner[3] <= outer[3] + 1)

    def split_lines(cell: Cell) -> int:
        count = 0
        for line in lines:
            held = [w for w in line.words if _cell_of(w, [cell]) is not None]
            if len(held) > 1 and len(_segments(held, [])) > 1:
                count += 1
        return count

    frames = {i for i, cell in enumerate(cells)
              if any(inside(other, cell) for other in cells) or split_lines(cell) >= 2}
    return [cell for i, cell in enumerate(cells) if i not in frames] if frames else cells


# Two columns of prose side by side (a paper in Latvian and English, a translation beside
# its original): at least this many lines running in both, each column at least this many
# words a line (the paragraph's last line apart).
_COLUMN_LINES = 3
_COLUMN_WORDS = 3
_ALIGNED = 5.0  # points: one column's lines start within this of one another


def _columns_read_in_turn(lines: list[Line]) -> list[Line]:
    """Lines of two prose columns side by side read as two runs of lines, the left column's
    first: a sentence runs down its own column, not on into the other language's ("... strādā
    SIA Ventas | code 140685-12713, has been employed by SIA" / "Rudzu Maize par maiznieku
    kopš 2019. gada 1. | Ventas Rudzu Maize ..."). Where the gap between the columns is
    narrow, a line joined across it (one segment) is split at the word that starts where the
    other lines' right column starts, after a gap wider than the line's own between words."""
    starts = sorted(seg.x0 for line in lines for seg in line.segments[1:])
    gutters: list[float] = []
    for x in starts:
        if sum(abs(y - x) <= _ALIGNED for y in starts) >= 2 and not any(
                abs(g - x) <= _ALIGNED for g in gutters):
            gutters.append(x)
    if not gutters:
        return lines
    out: list[Line] = []
    at = 0
    while at < len(lines):
        run: list[tuple[list[Word], list[Word]]] = []
        gutter = None
        for g in gutters:
            run = []
            for line in lines[at:]:
                halves = _halves(line, g)
                if halves is None or (run and abs(halves[0][0].x0 - run[0][0][0].x0) > _ALIGNED):
                    break
                run.append(halves)
            if len(run) >= _COLUMN_LINES and _prose_columns(run):
                gutter = g
                break
        if gutter is None:
            out.append(lines[at])
            at += 1
            continue
        page = lines[at].page
        for side in (0, 1):
            for halves in run:
                words = halves[side]
                column = Line(page=page, words=words)
                column.segments = _segments(words, [])
                out.append(column)
        at += len(run)
    return out


def _halves(line: Line, gutter: float) -> tuple[list[Word], list[Word]] | None:
    """A line's words left and right of a column gap starting at `gutter`, or None."""
    words = line.words
    for i in range(1, len(words)):
        if abs(words[i].x0 - gutter) > _ALIGNED:
            continue
        gaps = sorted(b.x0 - a.x1 for a, b in pairwise(words))
        usual = gaps[len(gaps) // 2] if gaps else 0.0
        if words[i].x0 - words[i - 1].x1 > max(1.5 * usual, usual + 2.0):
            return words[:i], words[i:]
        return None
    return None


_FILLED = 0.2  # a wrapped prose line ends within this share of its column's width of the edge


def _prose_columns(run: list[tuple[list[Word], list[Word]]]) -> bool:
    """Whether a run of split lines holds prose in both columns: words enough a line and each
    line filling its column's measure unless its sentence ends there (a table's cells end
    where their text does), most words in lower case (a form's labels and values are not)."""
    for side in (0, 1):
        counts = [len(halves[side]) for halves in run]
        if any(c < _COLUMN_WORDS for c in counts[:-1]):
            return False
        start = min(halves[side][0].x0 for halves in run)
        edge = max(halves[side][-1].x1 for halves in run)
        if any(edge - halves[side][-1].x1 > _FILLED * (edge - start)
               and not halves[side][-1].text.endswith((".", "!", "?", ":"))
               for halves in run[:-1]):
            return False
        words = [w.text for halves in run for w in halves[side]]
        if sum(w[:1].islower() for w in words) * 2 < len(words):
            return False
    return True


def _without_second_readings(row: list[Word]) -> list[Word]:
    """A row of OCR words without those lying wholly inside another word's box: the same ink
    read twice (a hand's run read again over a stretch of it, its words squeezed into the
    stretch: "izglītības izglītības programma"), not words of their own: their letters are
    squeezed far narrower than the row's. Only words of two letters or more count on either
    side (a box glyph or a bar beside a word is no reading); a word of its own under a wide
    unsure box ("Skolas" read over "iela") keeps its letters' width and stays."""
    def lettered(word: Word) -> bool:
        return sum(c.isalpha() for c in word.text) >= 2

    def pitch(word: Word) -> float:
        return (word.x1 - word.x0) / max(1, len(word.text))

    pitches = sorted(pitch(w) for w in row if lettered(w))
    if not pitches:
        return row
    usual = pitches[len(pitches) // 2]
    kept = []
    for word in row:
        inside = lettered(word) and pitch(word) < 0.5 * usual and any(
            other is not word and lettered(other) and other.x1 - other.x0 > word.x1 - word.x0
            and other.x0 <= word.x0 and word.x1 <= other.x1
            and other.top <= (word.top + word.bottom) / 2 <= other.bottom
            for other in row)
        if not inside:
            kept.append(word)
    return kept


def _merge_cells(lines: list[Line], cells: list[Cell]) -> list[Line]:
    """Text wrapped inside one table cell becomes one segment, and the cells of one table row
    become one line (a vertically centred cell otherwise lands on a line of its own)."""
    host_of_row: dict[tuple[float, float], Line] = {}
    host_of_cell: dict[int, Segment] = {}
    for line in lines:
        kept: list[Segment] = []
        for segment in line.segments:
            if segment.cell is None:
                kept.append(segment)
                continue
            _x0, top, _x1, bottom = cells[segment.cell]
            row = (round(top), round(bottom))
            host = host_of_row.setdefault(row, line)
            if segment.cell in host_of_cell:
                host_of_cell[segment.cell].words.extend(segment.words)
                if host is not line:
                    host.words.extend(segment.words)
                    line.words = [w for w in line.words if w not in segment.words]
                continue
            host_of_cell[segment.cell] = segment
            if host is line:
                kept.append(segment)
            else:
                host.segments.append(segment)
                host.words.extend(segment.words)
                line.words = [w for w in line.words if w not in segment.words]
        line.segments = kept
    merged = [line for line in lines if line.words and line.segments]
    for line in merged:
        line.segments.sort(key=lambda seg: seg.x0)
        # Keep a wrapped cell's words in reading order inside their segment, and the line's
        # text cell by cell: sorted by x alone, "Darbs - 20 st." over "Brīvā laika
        # pavadīšana - 2 st." would read "Darbs Brīvā laika - 20 st. pavadīšana".
        for segment in line.segments:
            segment.words = _reading_order(segment.words)
        line.words = [w for segment in line.segments for w in segment.words]
    return merged


# A word's last letter OCR boxed apart ("Dzintra i Baltiņai" for "Dzintrai Baltiņai"): one
# lower-case letter standing closer to the word before it than this share of the line's usual
# space between words is that word's ending.
_SPLIT_ENDING = 0.3
_LETTER = re.compile(r"[a-zāčēģīķļņšūž]")


def _endings_rejoined(row: list[Word]) -> list[Word]:
    """OCR words of one row with a lone letter split off a word's end joined back to it."""
    gaps = sorted(b.x0 - a.x1 for a, b in pairwise(row) if b.x0 > a.x1)
    if len(gaps) < 3:
        return row
    usual = gaps[len(gaps) // 2]
    out: list[Word] = []
    for word in row:
        before = out[-1] if out else None
        if (before is not None and _LETTER.fullmatch(word.text) and before.text[-1:].isalpha()
                and word.x0 - before.x1 < _SPLIT_ENDING * usual):
            out[-1] = Word(before.text + word.text, before.x0, min(before.top, word.top),
                           word.x1, max(before.bottom, word.bottom), before.page,
                           min(before.confidence, word.confidence))
            continue
        out.append(word)
    return out


def _reading_order(words: list[Word]) -> list[Word]:
    """Words of one cell line by line, each line left to right. A line is the words whose tops
    lie within half a word's height of its first: a box glyph from another font ("☐ Jā ☒ Nē")
    sits a point higher or lower than the words beside it and still belongs to their line."""
    ordered: list[list[Word]] = []
    for word in sorted(words, key=lambda w: w.top):
        height = max(1.0, word.bottom - word.top)
        if ordered and word.top - ordered[-1][0].top < 0.5 * height:
            ordered[-1].append(word)
        else:
            ordered.append([word])
    return [w for row in ordered for w in sorted(row, key=lambda w: w.x0)]


def _segments(row: list[Word], cells: list[Cell],
              borders: AbstractSet[int] = frozenset()) -> list[Segment]:
    height = max(1.0, sum(w.bottom - w.top for w in row) / len(row))
    # A gap wider than about two spaces' worth of an em separates a label from its value.
    gap_limit = 1.6 * height
    segments: list[Segment] = []
    current: list[Word] = []
    current_cell: int | None = None
    for word in row:
        cell = _cell_of(word, cells) if cells else None
        if current:
            gap = word.x0 - current[-1].x1
            if gap > gap_limit or cell != current_cell or id(word) in borders:
                segments.append(Segment(current, current_cell))
                current = []
        if not current:
            current_cell = cell
        current.append(word)
    if current:
        segments.append(Segment(current, current_cell))
    return _combs_joined(segments)


# One figure (or the hyphen of a code) in a box of its own: a comb of boxes.
_COMB_CHAR = re.compile(r"[\d\-–]")
_COMB_RUN = 5


def _comb_pitch(run: list[Segment]) -> bool:
    """Whether one-figure segments stand as a comb's boxes do: most of them a box apart (at
    most two and a half letter heights from figure to figure), the wider gaps only between a
    date's groups; a table's columns of single figures ("6 | 6 | 6" hours a day) stand wide."""
    words = [seg.words[0] for seg in run]
    height = max(1.0, sum(w.bottom - w.top for w in words) / len(words))
    tight = sum(1 for a, b in pairwise(words) if b.x0 - a.x0 <= 2.5 * height)
    return tight >= 0.6 * (len(words) - 1)


def _combs_joined(segments: list[Segment]) -> list[Segment]:
    """A value written one figure per box ("1 9 0 8 8 7 - 1 7 3 1 3", a date's "0 3 1 0 2 0 2
    2"): each box's figure a segment of its own, five or more in a row are one value."""
    out: list[Segment] = []
    run: list[Segment] = []

    def flush() -> None:
        if len(run) >= _COMB_RUN and _comb_pitch(run):
            out.append(Segment([w for seg in run for w in seg.words], run[0].cell))
        else:
            out.extend(run)
        run.clear()

    for segment in segments:
        if len(segment.words) == 1 and _COMB_CHAR.fullmatch(segment.words[0].text):
            run.append(segment)
            continue
        flush()
        out.append(segment)
    flush()
    return out


def document_lines(document: ReadDocument) -> list[Line]:
    """All lines of all pages, in reading order, numbered."""
    lines: list[Line] = []
    for page in document.pages:
        lines.extend(page_lines(page))
    return renumbered(lines)


def renumbered(lines: list[Line]) -> list[Line]:
    """The lines numbered again in their order: a pass that drops lines (a cover page, a fax's
    or a system's header, a translator's notes) keeps every later index a line's position."""
    for i, line in enumerate(lines):
        line.index = i
    return lines


@lru_cache(maxsize=4096)
def label_regex(label: str) -> re.Pattern[str]:
    """A folded label as a pattern tolerant of spacing and punctuation between its words:
    'vārds uzvārds' finds "Vārds, uzvārds", "Vārds Uzvārds", "(vārds, uzvārds)"; 'p k' or
    'p.k.' finds "p. k."."""
    words = re.findall(r"[a-z0-9]+", fold(label))
    # The same words with their Latvian letters, when folding kept each letter one letter.
    lettered = re.findall(r"[^\W_]+", label.lower())
    if len(lettered) != len(words) or any(fold(a) != b for a, b in zip(lettered, words,
                                                                         strict=True)):
        lettered = words
    parts = [spelt_letters(w) for w in lettered]
    if words:
        last = _inflectable(words[-1])
        if last != re.escape(words[-1]):
            # the ending's alternatives after the stem, its letters spelt either way
            stem = _STEM_OF.match(last)
            kept = len(stem.group(0)) if stem else 0
            parts[-1] = spelt_letters(lettered[-1][:kept]) + last[kept:]
    if parts and parts[0].startswith("i") and len(words[0]) >= 5:
        # A capital "I" opening a label is the glyph OCR most often reads as "l", "ļ" or "J"
        # ("ļesniedzējs", "Jesniedzējs"): no Latvian label word opens so otherwise.
        parts[0] = "[ilj]" + parts[0][1:]
    body = r"[\s,.:;/()\-–]*".join(parts)
    return re.compile(r"(?<![a-z0-9])" + body + r"(?![a-z0-9])")


# The plain letters opening an inflectable pattern ("talrun" of "talrun(?:is|i|a|im)").
_STEM_OF = re.compile(r"[a-z0-9]*")

# How a typist without Latvian letters may write one: doubled ("aa" for "ā"), or with "h" or
# "j" after ("sh" for "š", "gj" for "ģ"): "Luudzu pieshkirt gjimenes asistentu".
_SPELT_OUT = {"a": "a", "e": "e", "i": "i", "u": "u", "o": "o", "s": "h", "c": "h", "z": "h",
              "g": "j", "k": "j", "l": "j", "n": "j"}


def spelt_letters(word: str) -> str:
    """A word as a pattern on folded text: a Latvian letter matches its plain letter, or the
    plain letter spelt out the old way ("š": "s" or "sh", "ā": "a" or "aa")."""
    out = ""
    for char in word:
        plain = fold(char)
        if plain != char and plain in _SPELT_OUT:
            out += re.escape(plain) + f"{_SPELT_OUT[plain]}?"
        else:
            out += re.escape(plain)
    return out


def _inflectable(word: str) -> str:
    """A label's last word in its other cases too: "e-pasts" finds "uz e-pastu", "tālrunis"
    "tālruņa"; short words ("kods", "nr") stay as they are."""
    if len(word) < 5 or not word.isalpha():
        return re.escape(word)
    if word.endswith("is"):
        return re.escape(word[:-2]) + "(?:is|i|a|im)"
    if word.endswith("s") and not word.endswith("us"):
        return re.escape(word[:-1]) + "(?:s|u|a|am|i|os)"
    if word.endswith("a"):
        return re.escape(word[:-1]) + "(?:a|as|ai|u)"
    if word.endswith("e"):
        return re.escape(word[:-1]) + "(?:e|es|ei|i)"
    return re.escape(word)


@dataclass(slots=True)
class LabelHit:
    """Where a label was found and the raw value next to it."""

    value: str
    words: list[Word]
    line: Line
    distance: float  # 0 = same segment; grows with how far the value sits from the label
    label: str
    prefix: str = ""  # the label's segment before the label ("ārsts" in "Ārsts vārds: ...")
    caption: bool = False  # a caption printed under its value: its prefix is no sentence
    # The label typed in brackets after its value ("Anna Kļaviņa (vārds, uzvārds)"): the value
    # ends where its label begins, it runs on to no line under it.
    label_after: bool = False


def _next_cell(hit: LabelHit) -> Segment | None:
    """The cell of the hit's row right after the one its value ends in, or None."""
    segments = hit.line.segments
    at = next((i for i, seg in enumerate(segments) if hit.words[-1] in seg.words), None)
    if at is None or at + 1 >= len(segments):
        return None
    return segments[at + 1]


def code_in_two_boxes(hit: LabelHit) -> tuple[str, list[Word]]:
    """The value after a code's label joined with the next cell of its row, when the value is
    a code's six date digits and that cell begins with its five others ("210756 | 12830");
    ("", []) when the row holds no such pair."""
    if not re.fullmatch(r"\d{6}", hit.value.strip()) or not hit.words:
        return "", []
    after = _next_cell(hit)
    if after is None or not after.words or not re.fullmatch(r"\d{5}", after.words[0].text):
        return "", []
    return f"{hit.value.strip()}-{after.words[0].text}", [*hit.words, after.words[0]]


def name_in_two_cells(hit: LabelHit) -> tuple[str, list[Word]]:
    """The value after a person's label joined with the next cell of its row, when the value
    is one capitalised word and that cell another ("Zanda | Pūcīte" under "Vārds | Uzvārds"):
    a table that gives the first name and the surname columns of their own. ("", []) when the
    row holds no such pair."""
    one_word = r"[A-ZĀČĒĢĪĶĻŅŠŪŽ][a-zāčēģīķļņšūž]+(?:-[A-ZĀČĒĢĪĶĻŅŠŪŽ][a-zāčēģīķļņšūž]+)?"
    if not hit.words or not re.fullmatch(one_word, hit.value.strip()):
        return "", []
    after = _next_cell(hit)
    if after is None or len(after.words) != 1 or not re.fullmatch(one_word, after.words[0].text):
        return "", []
    return f"{hit.value.strip()} {after.words[0].text}", [*hit.words, after.words[0]]


# A pen's scrawl OCR read as a word or two of letters ("Sid | AĒIE"): no digit in it.
_SCRAWL = re.compile(r"[^\W\d_]{1,5}\W{0,2}")


def code_past_scrawl(hit: LabelHit) -> tuple[str, list[Word]]:
    """The code later on its label's row when the cells between are a hand's scrawl OCR read
    as a few letters ("Personas kods | Sid | AĒIE | 030286-15829": initials or a tick written
    over the row): the first cell after them that is a whole code; ("", []) otherwise. The
    caller checks its checksum."""
    if not hit.words or not all(_SCRAWL.fullmatch(w.text) for w in hit.words):
        return "", []
    segments = hit.line.segments
    at = next((i for i, seg in enumerate(segments) if hit.words[-1] in seg.words), None)
    if at is None:
        return "", []
    scrawl = len(hit.words)
    for seg in segments[at + 1:]:
        if re.fullmatch(r"\d{6}-?\d{5}", seg.text.strip()):
            return (seg.text.strip(), list(seg.words)) if scrawl <= 3 else ("", [])
        scrawl += len(seg.words)
        if not all(_SCRAWL.fullmatch(w.text) for w in seg.words):
            return "", []
    return "", []


_LEADING = re.compile(r"^[\s:;.,\-–—=>|)\]*•·]+")


def _strip_lead(text: str) -> str:
    return _LEADING.sub("", text).strip()


def _words_after(segment: Segment, folded_end: int) -> list[Word]:
    """Words of a segment that lie after a character offset of its folded text."""
    out: list[Word] = []
    pos = 0
    for word in segment.words:
        start = pos
        pos += len(fold(word.text)) + 1
        if start >= folded_end:
            out.append(word)
        elif pos - 1 > folded_end:
            # The label ends inside this word ("kods:123456-12345" glued by a colon).
            rest = word.text[folded_end - start :]
            if _strip_lead(rest):
                out.append(
                    Word(
                        _strip_lead(rest),
                        word.x0,
                        word.top,
                        word.x1,
                        word.bottom,
                        word.page,
                        word.confidence,
                    )
                )
    return out


def _below(lines: list[Line], line: Line, segment: Segment) -> tuple[list[Word], Line] | None:
    """Words on the next line(s) under a label: the cell below, or the words in its column.
    A heading's second row with nothing in this column ("Stundas dienā" over "P. | O. | T.")
    stands between a heading and its values: the gap is measured from it."""
    above = line
    for nxt in lines[line.index + 1 : line.index + 3]:
        if nxt.page != line.page or nxt.top - above.bottom > 2.5 * line.height:
            return None
        column = [
            seg
            for seg in nxt.segments
            if seg.x0 < segment.x1 + 2 * line.height and seg.x1 > segment.x0 - 2
        ]
        if column:
            return [w for seg in column[:1] for w in seg.words], nxt
        if nxt.top - line.bottom > 1.5 * line.height or re.search(r"\d", nxt.text):
            return None
        above = nxt
    return None


# A caption alone in its segment: the words of a label in parentheses, printed under the line
# its value is written on ("(iesniedzēja vārds, uzvārds)", "(datums)"); a speck OCR read after
# it as a comma ("(asistents, personas kods),") only when it holds no figures (a sentence's
# aside closes with its full stop: "(programmas kods 21015811).").
_CAPTION = re.compile(r"\s*\([^()]{2,60}\)\s*|\s*\([^()\d]{2,60}\),\s*")
CAPTION = _CAPTION


def _above_caption(lines: list[Line], line: Line,
                   segment: Segment) -> tuple[list[Word], Line] | None:
    """The value a caption names: the text on the line just above it, over the caption (the
    caption is centred under a line the value starts at the left of). When a row holds several
    captions side by side, only the text right over this one is its value."""
    if line.index < 1:
        return None
    above = lines[line.index - 1]
    if above.page != line.page or line.top - above.bottom > 2 * max(above.height, line.height):
        return None
    filled = [seg for seg in above.segments if re.search(r"[^\W_]", seg.text)]
    if not filled or any(_CAPTION.fullmatch(seg.folded) for seg in filled):
        return None  # the line was left empty: what is above is the previous caption
    over = [seg for seg in filled if seg.x0 < segment.x1 and seg.x1 > segment.x0]
    captions = [seg for seg in line.segments if _CAPTION.fullmatch(seg.folded)]
    # One value on the line, begun at the left of a caption centred under the rule; with
    # captions side by side it could be the neighbour's, so it must end near this one.
    near = filled[0].x1 > segment.x0 - 3 * max(line.height, above.height)
    if not over and len(filled) == 1 and filled[0].x0 < segment.x0 and (len(captions) == 1
                                                                        or near):
        over = filled
    if not over and len(filled) == len(captions) >= 2 and all(
            value.x0 < caption.x1 and (at == 0 or value.x0 > captions[at - 1].x1)
            for at, (value, caption) in enumerate(zip(filled, captions, strict=True))):
        # "27 115 604 | sarmite.k@inbox.lv" over "(tālrunis) | (e-pasta adrese)", each caption
        # at the right end of its blank: as many values as captions, each begun after the
        # caption before it ends, is the caption's value in turn.
        over = [filled[captions.index(segment)]] if segment in captions else []
    if not over and len(captions) >= 2 and segment in captions and len(filled) < len(captions):
        # ... and with a blank left empty ("28 114 062" over "(tālrunis) | (tālrunis)", the
        # second person's not given): each value begun in one caption's stretch is its own.
        spans = [(captions[at - 1].x1 if at else -math.inf, caption.x1)
                 for at, caption in enumerate(captions)]
        owners = [[at for at, (low, high) in enumerate(spans) if low < value.x0 < high
                   and value.x1 < (captions[at + 1].x0 if at + 1 < len(captions) else math.inf)]
                  for value in filled]
        if all(len(owner) == 1 for owner in owners) and len({o[0] for o in owners}) == len(owners):
            mine = captions.index(segment)
            over = [value for value, owner in zip(filled, owners, strict=True) if owner == [mine]]
    if len(over) != 1 or over[0].text.rstrip().endswith(":"):
        return None  # a label, not a value
    return list(over[0].words), above


# A caption in smaller print than the value it names: at most this share of the value's height.
_SMALL_PRINT = 0.85
_SMALL_PITCH = 0.8  # on a scan, the width per character: a noisier measure, a stricter bar
# OCR boxes' heights under this share of another's are no print size: a box that swallowed a
# rule or a hand's loops (28 pt over a printed 8 pt label).
_OCR_HEIGHTS = 0.55


def _print_height(words: list[Word]) -> float:
    """The height of a run of words' print: the median of its words' boxes."""
    heights = sorted(w.bottom - w.top for w in words)
    return heights[len(heights) // 2] if heights else 0.0


def _print_pitch(words: list[Word]) -> float:
    """The width a run of words gives each of its characters (spaces included): the size of
    its print where boxes' heights are noisy (OCR's boxes take in a rule or a macron). A gap
    between two words wider than a few of their characters is no print: words left out of the
    line stood there (a name's passport spelling in brackets, `translation`); it counts as the
    run's usual space."""
    chars = sum(len(w.text) for w in words) + len(words) - 1
    if not words or chars <= 0:
        return 0.0
    span = words[-1].x1 - words[0].x0
    gaps = [b.x0 - a.x1 for a, b in pairwise(words)]
    if len(gaps) >= 2:
        letters = sum(len(w.text) for w in words)
        char = sum(w.x1 - w.x0 for w in words) / letters if letters else 0.0
        usual = sorted(gaps)[len(gaps) // 2]
        span -= sum(gap - max(usual, 0.0) for gap in gaps
                    if char > 0 and gap > _WIDE_GAP * char and gap > usual)
    return span / chars


# A gap between words of one run wider than this many characters is no space of the print.
_WIDE_GAP = 4.0


def _smaller_on_a_scan(small_pitch: float, pitch: float, small_height: float,
                       height: float) -> bool:
    """Whether OCR'd print is smaller than other print: narrower letters, or lower ones that
    are not wider ("datums" under "11.11.2024.": figures are wide, the box's height says it)."""
    ratio = small_pitch / pitch if pitch > 0 else 1.0
    return ratio <= _SMALL_PITCH or (
        ratio <= 0.95 and height > 0 and _OCR_HEIGHTS <= small_height / height <= _SMALL_PRINT)


def _smaller_print(caption: list[Word], value: list[Word]) -> bool:
    """Whether a caption is printed smaller than the value: by its letters' height or, the
    boxes' heights being noisy on a scan, by the width of its characters."""
    # A text layer's heights are its fonts' sizes. OCR's boxes (words read with a confidence
    # below 1) take in a parenthesis, a rule or a macron: their heights say little, and the
    # print is measured by the width per character instead.
    if any(w.confidence < 1.0 for w in (*caption, *value)):
        return _smaller_on_a_scan(_print_pitch(caption), _print_pitch(value),
                                  _print_height(caption), _print_height(value))
    height = _print_height(value)
    return height > 0 and _print_height(caption) <= _SMALL_PRINT * height


# A numbered block's heading ("1. Ziņas par klientu", "2. Darbinieks"): where a run of values
# and their captions begins.
_NUMBERED_HEADING = re.compile(r"^\s*\d{1,2}\.\s+[^\W\d_]")


def _smaller_row(small: Line, large: Line) -> bool:
    """Whether a row is in smaller print than another: by its words' heights on a text layer,
    by its segments' width per character on a scan (the median segment; specks and bars of
    a character or two left out, and the gaps between segments are no print)."""
    if not any(w.confidence < 1.0 for w in (*small.words, *large.words)):
        return _smaller_print(small.words, large.words)

    def pitch(line: Line) -> float:
        pitches = sorted(_print_pitch(seg.words) for seg in line.segments
                         if len(re.findall(r"[^\W_]", seg.text)) >= 3)
        return pitches[len(pitches) // 2] if pitches else 0.0

    return _smaller_on_a_scan(pitch(small), pitch(large), _print_height(small.words),
                              _print_height(large.words))


def _run_opens_with_a_value(lines: list[Line], line: Line) -> bool:
    """Whether the run of alternating value rows and small-print rows the caption's row ends
    opens with a value: "value / caption / value / caption" under a block's heading (captions
    beneath), not "label / value / label / value" (small labels above their values, where a
    label's line above holds the previous label's value). The run goes up while each row is
    in the other print than the one under it, starts where it does, and is close to it."""
    small, top = True, True  # the caption's row is small print
    cur = line
    while cur.index > 0:
        prev = lines[cur.index - 1]
        if prev.page != cur.page or _NUMBERED_HEADING.match(prev.text) or (
                cur.top - prev.bottom > 1.5 * max(prev.height, cur.height)):
            break
        other = _smaller_row(cur, prev) if small else _smaller_row(prev, cur)
        tolerance = 2 * min(prev.height, cur.height)
        if not other or not any(abs(a.x0 - b.x0) <= tolerance
                                for a in prev.segments for b in cur.segments):
            break
        small, cur = not small, prev
        top = small
    return not top


def _value_over_small_caption(lines: list[Line], line: Line,
                              segment: Segment) -> list[Word] | None:
    """The value a caption without parentheses names when it is printed beneath it (see
    `_value_over_measured_caption`); on a scan whose print OCR measured too noisily to tell
    (a fax's "III" / "grupa": a numeral's narrow letters, a speck in the value's box), also
    when the row is printed as the form's caption row two rows up that was measured so."""
    over = _value_over_measured_caption(lines, line, segment)
    if over is not None or not _like_the_caption_row_above(lines, line):
        return over
    above = lines[line.index - 1]
    values = [seg for seg in above.segments if re.search(r"[^\W_]", seg.text)
              and seg.x0 < segment.x1 and seg.x1 > segment.x0]
    if len(values) != 1 or values[0].text.rstrip().endswith(":"):
        return None
    value, tolerance = values[0], 2 * _print_height(segment.words)
    starts = abs(value.x0 - segment.x0) <= tolerance
    centred = abs((value.x0 + value.x1) / 2 - (segment.x0 + segment.x1) / 2) <= tolerance
    return list(value.words) if starts or centred else None


# Two rows of one form's captions printed alike: their widths per character within this ratio.
_SAME_PITCH = 1.2


def _like_the_caption_row_above(lines: list[Line], line: Line) -> bool:
    """Whether an OCR'd row with no figures is a caption row like the one two rows up: that
    row's every segment measured as a caption under its value, the row between them holds the
    values, the three rows close together, the two caption rows starting at one column and
    printed alike (their width per character)."""
    if line.index < 3 or not any(w.confidence < 1.0 for w in line.words) \
            or re.search(r"\d", line.text):
        return False
    between, proven = lines[line.index - 1], lines[line.index - 2]
    if not line.page == between.page == proven.page:
        return False
    for upper, lower in ((proven, between), (between, line)):
        if lower.top - upper.bottom > 1.5 * max(upper.height, lower.height):
            return False
    if abs(proven.words[0].x0 - line.words[0].x0) > 2 * line.height or not all(
            _value_over_measured_caption(lines, proven, seg) is not None
            for seg in proven.segments):
        return False

    def pitch(row: Line) -> float:
        pitches = sorted(_print_pitch(seg.words) for seg in row.segments
                         if len(re.findall(r"[^\W_]", seg.text)) >= 3)
        return pitches[len(pitches) // 2] if pitches else 0.0

    mine, theirs = pitch(line), pitch(proven)
    return mine > 0 and theirs > 0 and 1 / _SAME_PITCH <= mine / theirs <= _SAME_PITCH


def _value_over_measured_caption(lines: list[Line], line: Line,
                                 segment: Segment) -> list[Word] | None:
    """The value a caption without parentheses names when it is printed beneath it in smaller
    print ("Markuss Krūmiņkalns | 320581-30972" over "vārds, uzvārds | personas kods" in
    smaller type, a form's shaded fields or lines each with its caption under it): the segment
    of the line just above that stands over the caption, in larger print, with no label of its
    own. None when the caption is not below a value so."""
    if line.index < 1 or ":" in _UNIT_NOTE.sub("", fold(segment.text)):
        return None
    if any(re.search(r"\d", re.sub(r"\([^()]*\)", "", seg.text))
           and len(re.findall(r"[^\W_]", seg.text)) >= 2  # a scan's speck ("2;") is no value
           for seg in line.segments if seg is not segment):
        return None  # "Adrese | Liepu iela 11-2": a value beside the label, no row of captions
    above = lines[line.index - 1]
    if above.page != line.page or line.top - above.bottom > 1.5 * max(above.height, line.height):
        return None
    caption_height = _print_height(segment.words)
    over = [seg for seg in above.segments if re.search(r"[^\W_]", seg.text)
            and seg.x0 < segment.x1 and seg.x1 > segment.x0]
    if len(over) != 1 or caption_height <= 0:
        return None
    value = over[0]

    def a_caption(seg: Segment) -> bool:
        under = [top for top in above.segments if seg.x0 < top.x1 and seg.x1 > top.x0]
        if under:
            return any(_smaller_print(seg.words, top.words) for top in under)
        # Under an empty field (a signature's): small print beside the caption's value.
        if any(w.confidence < 1.0 for w in (*seg.words, *value.words)):
            pitch = _print_pitch(value.words)
            return pitch > 0 and _print_pitch(seg.words) <= _SMALL_PITCH * pitch
        return _smaller_print(seg.words, value.words)

    mates = [seg for seg in line.segments if seg is not segment
             and len(re.findall(r"[^\W_]", seg.text)) >= 3]
    strict = [a_caption(seg) for seg in mates]
    # On a scan a one-word caption may measure as wide as its value though lower (see
    # `_lower_not_wider`): it counts when another caption of its row is small beyond doubt.
    loose = [ok or any(_lower_not_wider(seg.words, top.words) for top in above.segments
                       if seg.x0 < top.x1 and seg.x1 > top.x0)
             for ok, seg in zip(strict, mates, strict=True)]
    own = _smaller_print(segment.words, value.words)
    if not all(loose) or not (all(strict) or own):
        # "Vārds, uzvārds | Elita Leimane", "Klients | Gunārs Silkalns": a label with its
        # value beside it; on a row of captions every caption is small under its value.
        return None
    if line.top - max(w.bottom for w in value.words) > _print_height(value.words):
        return None  # a caption sits right under its value: a title over a header row is apart
    if not (own or _lower_not_wider(segment.words, value.words)) or not (own or any(strict)):
        return None  # the same print: a row of labels or of values, not a caption under one
    # The caption is aligned with its value's column: it starts where the value starts, or
    # is centred under it.
    tolerance = 2 * caption_height
    starts = abs(value.x0 - segment.x0) <= tolerance
    centred = abs((value.x0 + value.x1) / 2 - (segment.x0 + segment.x1) / 2) <= tolerance
    if not (starts or centred) or value.text.rstrip().endswith(":"):
        return None
    if not _run_opens_with_a_value(lines, line):
        return None  # small labels over their values: the line above is the last label's
    if _label_value_rows(lines, line, segment):
        return None  # a block's heading over its rows of label | value, no value of its own
    if _heads_a_row_of_values(lines, line, above):
        return None  # a table's heading row: its values are in the row under it
    return list(value.words)


def _heads_a_row_of_values(lines: list[Line], line: Line, above: Line) -> bool:
    """Whether a row of three or more labels is a table's heading over the row of values
    under it ("Studente | Personas kods | Studiju programma | Kurss" over "Laura ... | 24...
    | Sociālais darbs | 2."), not captions under values: the row above stands over one of
    them only (a title centred over the table), the row under it fills every column."""
    if len(line.segments) < 3 or len(above.segments) != 1 or line.index + 1 >= len(lines):
        return False
    below = lines[line.index + 1]
    if below.page != line.page or below.top - line.bottom > 1.5 * max(below.height,
                                                                      line.height):
        return False
    return all(any(seg.x0 < cell.x1 and seg.x1 > cell.x0 for cell in below.segments)
               for seg in line.segments)


def _label_value_rows(lines: list[Line], line: Line, segment: Segment) -> bool:
    """Whether a row is the first of rows of "label | value" in one print (a heading
    "IESNIEDZĒJS" over "Vārds, uzvārds | Elza Kreicberga" / "Personas kods | 020690-..."): the
    row under it, in the same print, opens at the label's place and has its next cell where
    this row's does. A caption row under its values has larger print under it (the next
    value), not another row shaped as its own."""
    if line.index + 1 >= len(lines) or len(line.segments) < 2:
        return False
    below = lines[line.index + 1]
    if below.page != line.page or len(below.segments) < 2 or (
            below.top - line.bottom > 1.5 * max(below.height, line.height)):
        return False
    if _smaller_row(line, below) or _smaller_row(below, line):
        return False
    tolerance = 2 * min(line.height, below.height)
    mates = [seg.x0 for seg in line.segments if seg is not segment and seg.x0 > segment.x1]
    return (abs(below.segments[0].x0 - segment.x0) <= tolerance and bool(mates)
            and abs(below.segments[1].x0 - mates[0]) <= tolerance)


def _lower_not_wider(caption: list[Word], value: list[Word]) -> bool:
    """On a scan, print lower than a value's and not wider: how a one-word caption ("amats",
    "programma") measures under a value of several words, since it has no spaces to narrow
    its width per character. Small print only beside a caption its row proves small."""
    if not any(w.confidence < 1.0 for w in (*caption, *value)):
        return False
    height, pitch = _print_height(value), _print_pitch(value)
    return (height > 0 and pitch > 0
            and _OCR_HEIGHTS <= _print_height(caption) / height <= _SMALL_PRINT
            and _print_pitch(caption) / pitch <= 1.0)


_UNIT_NOTE = re.compile(r"\((?:h|st|min|h:mm|hh:mm|stundas|stundās|minutes|minūtēs)\.?\)"
                        # ... or after a comma closing the caption ("periods, mēneši")
                        r"|,\s*(?:menesi|menesos|men|stundas|stundas nedela|h|st)\.?\s*$")
_SEPARATOR = re.compile(r"^\s*[.)]*\s*[:\-–—=]")
_PARENTHESIS = re.compile(r"^\s*\([^)]{0,40}\)")
_ABBREVIATED_PARENTHESIS = re.compile(r"^\.\s*\([^)]{0,40}\)")
_ABBREVIATION = 5  # letters of a label written short ("kl", "iesn")
_SHARED_LABEL = re.compile(r"^\s*/\s*([^\W\d_]+(?:\s+[^\W\d_]+)?)\s*$")
_TRANSLATION = re.compile(r"^\s*/\s*\S")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
# Cyrillic print a Latin OCR read letter by letter as look-alikes: a capital inside a word
# ("Pa6orHuk", "MepcoHanbHbIh"), a digit or a bracket between letters ("H0N>KHOCTBb"): no
# Latvian word is so written.
CYRILLIC_AS_LATIN = re.compile(r"[a-zāčēģīķļņšūž][A-ZĀČĒĢĪĶĻŅŠŪŽ]|[^\W\d_][0-9>|][^\W\d_]")


def _label_translation(words: list[Word]) -> bool:
    """Whether the words after a label's slash are its translation into Russian: Cyrillic,
    or most of them (two letters or more) Cyrillic as a Latin OCR reads it."""
    texts = [w.text.strip("/") for w in words]
    texts = [t for t in texts if len(t) >= 2]
    if not texts:
        return False
    if any(_CYRILLIC.search(t) for t in texts):
        return True
    return 2 * sum(bool(CYRILLIC_AS_LATIN.search(t)) for t in texts) > len(texts)


# A label's translation after its slash, up to the colon that opens the value.
_TRANSLATED_BEFORE_COLON = re.compile(r"^\s*/\s*[^:/\d]{2,40}:")


def _translation_text(text: str) -> bool:
    """Whether the words after a label's slash are another language's (Cyrillic, English)."""
    from .other_language import another_language  # it reads Lines: imported once they exist

    return another_language(text.strip(" /"))


def _translation_under(segment: Segment, words: list[Word]) -> bool:
    """Whether the words after a label are all on rows under the label's own row and are
    another language's (a two-language form printing "Work – hours per week" under "Darbs –
    stundas nedēļā" in the label's cell)."""
    if not words or not segment.words:
        return False
    first = segment.words[0]
    if any(w.top < first.bottom - 0.3 * (first.bottom - first.top) for w in words):
        return False
    from .other_language import another_language  # it reads Lines: imported once they exist

    return another_language(" ".join(w.text for w in words))


def find_label_values(
    lines: list[Line],
    labels: list[str],
    *,
    start: int = 0,
    end: int | None = None,
    allow_below: bool = True,
) -> list[LabelHit]:
    """Every place one of `labels` occurs in lines[start:end], with the candidate values
    beside or under it: the rest of the label's segment, the next segment on the line (the
    next cell, or text across a tab stop), and the segment under the label.

    `distance` grades how label-like the spot is: 0 for "Label: value", small for the next
    cell, larger for a label word met inside a sentence or a value found underneath.
    """
    hits: list[LabelHit] = []
    patterns = [(label, label_regex(label)) for label in labels]
    loose = [(label, p) for label in labels if (p := loose_label_regex(label)) is not None]
    loose += [(label, p) for label in labels if (p := thin_lost_regex(label)) is not None]
    stop = len(lines) if end is None else end
    from .table_columns import heading_hits  # it reads Lines: imported once they exist

    # Hits from hits[loose_from:] on were found by a label read loosely: further from sure.
    loose_from: int | None = None
    for line in lines[start:stop]:
        _loosened(hits, loose_from)
        loose_from = None
        if allow_below:
            hits.extend(heading_hits(lines, line, patterns))
        for s_index, segment in enumerate(line.segments):
            _loosened(hits, loose_from)
            loose_from = None
            folded = segment.folded
            found = [(m, label) for label, p in patterns if (m := p.search(folded))]
            # A label opening the segment whose thin letters OCR swapped ("lesn.:" for "Iesn.:",
            # "kI. (bērns):" for "Kl. (bērns):"): read with the slips undone, as a loose label.
            slipped = _thin_letters_undone(segment)
            if slipped is not None and not any(not folded[:m.start()].strip() for m, _ in found):
                opening = [(m, label) for label, p in patterns
                           if (m := p.search(slipped)) and not slipped[:m.start()].strip()]
                if opening:
                    found, folded, loose_from = opening, slipped, len(hits)
            if not found:
                hit = _wrapped_label_hit(lines, line, s_index, patterns) \
                    or _split_label_hit(line, s_index, patterns)
                if hit is not None:
                    hits.append(hit)
                    continue
                # A label written carelessly ("dzives vieta", "Iesnigums", "Personaskods"):
                # found by its loose pattern, its value is a loose label's.
                found = [(m, label) for label, p in loose if (m := p.search(folded))]
                if not found:
                    continue
                loose_from = len(hits)
            # The earliest label in the segment, the longest at that place.
            match, label = min(found, key=lambda f: (f[0].start(), -(f[0].end() - f[0].start())))
            first = match
            # A label heading a block right before a row's own label ("PIEPRASĪTĀJS Vārds,
            # uzvārds: Juris Zaķis"): the value follows the last of them.
            while later := min(
                    ((m, lb) for m, lb in found if m.start() >= match.end()
                     and not re.search(r"[a-z0-9]", folded[match.end():m.start()])),
                    key=lambda f: (f[0].start(), -(f[0].end() - f[0].start())), default=None):
                match, label = later
            # Only a line opening with its value: a value in a cell beside its own label
            # ("Klase | 8. b klase (pamatizglītības programma)") has its label already.
            before = _before_bracketed_label(segment, first, match) if s_index == 0 else None
            if before is not None and _PERSON_CAPTION.match(folded[first.start():]) \
                    and _ROLE_CAPTION.fullmatch(" ".join(w.text for w in before[0])):
                # "pilnvarotājs (vārds, uzvārds, personas kods)" under the line: a role in the
                # caption's small print, before its brackets, says whose the value over it
                # is; a role noun in lower case is no value typed before its label.
                above = _above_caption(lines, line, segment)
                if above:
                    words, above_line = above
                    value = _strip_lead(" ".join(w.text for w in words))
                    if value:
                        hits.append(LabelHit(value, words, above_line, 0.2, label,
                                             fold(" ".join(w.text for w in before[0])),
                                             caption=True))
                continue
            if before is not None:
                # "Anna Kļaviņa (vārds, uzvārds)": the value typed first, its label after it
                # in brackets closing the line; the words in the brackets before the label
                # say whose it is ("(klienta vārds, uzvārds)").
                words, qualifier = before
                value_line = line
                if len(line.segments) == 1 and segment.words[0] is words[0]:
                    # A long value wrapped onto the label's line ("... lēmums Nr. 1-2/3 par" /
                    # "aizbildņa iecelšanu (pamatojums)"): the line right over it, with no gap
                    # and no bracketed label closing it, is its beginning.
                    wrapped = _wrapped_before(lines, line)
                    if wrapped is not None and not wrapped.text.rstrip().endswith((".", ";")):
                        if not _opens_block(lines, wrapped):
                            # "... 2 dienas brīvas, maiņas" / "ilgums 12 stundas (summētais
                            # darba laiks)": a sentence's aside in brackets, no value's label.
                            continue
                        words = wrapped.words + words
                        value_line = wrapped
                value = _strip_lead(" ".join(w.text for w in words)).rstrip(" ,;:-–")
                if value:
                    hits.append(LabelHit(value, words, value_line, 0.1, label, qualifier,
                                         caption=True, label_after=True))
                continue
            if _CAPTION.fullmatch(folded):
                if re.search(r"\d", folded[: first.start()]):
                    # "(sagatavots 2025. gada 10. februārī pēc personas pieprasījuma)": an
                    # aside in brackets dated before the label's words, no blank's caption;
                    # the line over it (the title) is not its value.
                    continue
                # "(vārds, uzvārds)" printed under the line: the value was written above it.
                above = _above_caption(lines, line, segment)
                if above:
                    words, above_line = above
                    value = _strip_lead(" ".join(w.text for w in words))
                    if value:
                        hits.append(LabelHit(value, words, above_line, 0.2, label,
                                             folded[: match.start()]))
                continue
            # A unit's note in parentheses after the caption ("stundas nedēļā (h:mm)") says
            # how its value is written, no value of its own.
            if (not re.search(r"[a-z0-9]", _UNIT_NOTE.sub("", folded[match.end():]))
                    and len(segment.words) <= 6
                    and not re.search(r"\d", folded[: first.start()])):
                # "vārds, uzvārds" in small print under the value it names, no parentheses;
                # the caption may qualify its label ("pamata asistents", "normālais darba
                # laiks, stundas nedēļā").
                over = _value_over_small_caption(lines, line, segment)
                if over:
                    value = _strip_lead(" ".join(w.text for w in over))
                    if value:
                        # A caption that qualifies the label ("dzimšanas datums" under a
                        # birth date) is a weaker match of a bare label than the bare caption.
                        qualified = 0.1 if re.search(r"[a-z]", folded[: first.start()]) else 0.0
                        hits.append(LabelHit(value, over, lines[line.index - 1],
                                             0.2 + qualified, label, folded[: match.start()],
                                             caption=True))
                    below = (_below(lines, line, segment)
                             if allow_below and len(line.segments) == 1 and not first.start()
                             else None)
                    if below is not None:
                        # "SIA ..." / "Reģ. Nr." / "40003..." in a letterhead's column: a
                        # small label alone on its row may head the value under it as well
                        # as name the one over it; the value's kind decides (a weaker guess).
                        words, below_line = below
                        value = _strip_lead(" ".join(w.text for w in words))
                        if value:
                            hits.append(LabelHit(value, words, below_line, _UNDER_A_CAPTION,
                                                 label, ""))
                    continue
            rest = folded[match.end() :]
            # "Termiņš (mēnešos): 6": a parenthesis right after the label belongs to it.
            skip = _PARENTHESIS.match(rest)
            if skip is None and len(label) <= _ABBREVIATION:
                # "Kl. (bērns): ...": after a label written short, its dot.
                skip = _ABBREVIATED_PARENTHESIS.match(rest)
            label_end = match.end() + (skip.end() if skip else 0)
            shared = _SHARED_LABEL.match(folded[label_end:])
            other = None
            if shared and len(line.segments) > s_index + 1:
                # "Amats / kopš | operatore, kopš 2019. ...": one cell labelling two fields;
                # what follows the slash is the other field's label, the value is beside.
                label_end = len(folded)
                other = shared.group(1)
            if (other is None and len(line.segments) > s_index + 1
                    and _TRANSLATION.match(folded[label_end:])
                    and _label_translation(_words_after(segment, label_end))):
                # "Amats / Должность | pavāre": the label's translation after its slash (in
                # Cyrillic, or Cyrillic a Latin OCR read as "H0N>KHOCTBb") is the label's;
                # the value is beside it.
                label_end = len(folded)
            colon = _TRANSLATED_BEFORE_COLON.match(folded[label_end:])
            if other is None and colon is not None and _translation_text(
                    " ".join(w.text for w in _words_after(segment, label_end))
                    .split(":", 1)[0]):
                # "Klients / Клиент: Jānis Ozols": the label's translation between the label
                # and its colon is the label's; the value follows the colon.
                label_end += colon.end() - 1
            if (other is None and len(line.segments) > s_index + 1
                    and _translation_under(segment, _words_after(segment, label_end))):
                # "Amats" over "Position" in one cell, "muitas ... kārtotājs" beside it: the
                # label's translation printed under it is the label's, the value is beside.
                label_end = len(folded)
            rest = folded[label_end:]
            # A label inside a sentence ("... dzimšanas datums ...") is weaker evidence.
            inside = 0.3 if first.start() > 0 else 0.0
            prefix = folded[: first.start()]
            after = _words_after(segment, label_end)
            value = _strip_lead(" ".join(w.text for w in after))
            separated = bool(_SEPARATOR.match(rest))
            if value:
                hits.append(
                    LabelHit(value, after, line, inside + (0.0 if separated else 0.3), label,
                             prefix)
                )
            # The next segment with letters or digits (OCR leaves "|" where a rule was).
            following = [
                seg for seg in line.segments[s_index + 1 :]
                if re.search(r"[^\W_]", seg.text)
            ]
            if len(following) > 1 and _in_a_column_of_codes(lines, line, following[0]):
                # "Stundas nedēļā | ST | 10": a system's field table prints each field's code
                # between its name and its value; the value is the cell after the code.
                following = following[1:]
            # "Ilgums mēnešos | 6": words after the label that are not its value leave the
            # next cell as a (less likely) candidate.
            beside = False
            if following and (not value or not separated):
                nxt = following[0]
                extra = 0.3 if value else 0.0
                words = nxt.words
                if other is not None:
                    words = _before_other_label(nxt, other)
                    # Where the cell does not part the two values, which words are whose is
                    # a guess.
                    extra += 0.0 if len(words) < len(nxt.words) else 0.3
                value = _strip_lead(" ".join(w.text for w in words))
                beside = not extra
                if value:
                    # The next cell, or the value column of a table without borders.
                    distance = (0.05 if nxt.cell is not None else 0.1) + extra
                    hits.append(
                        LabelHit(value, words, line, inside + distance, label, prefix)
                    )
            # A header row ("Aizbildnis | Aizbilstamais") has the next heading beside the label
            # and the value under it: the cell below stays a (less likely) candidate.
            if allow_below and (not value or beside) and not inside:
                below = _below(lines, line, segment)
                if below:
                    words, below_line = below
                    value = _strip_lead(" ".join(w.text for w in words))
                    if value:
                        hits.append(LabelHit(value, words, below_line, 0.3, label, prefix))
    _loosened(hits, loose_from)
    return hits


# A system's field code: two to four capitals, a number after them or not ("ST", "MG01",
# "KL"), not a Roman numeral (a group's "II") nor a yes or no.
_FIELD_CODE = re.compile(r"(?!(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3}|JA|NE|NAV)$)[A-Z]{2,4}\d{0,3}")
_CODE_COLUMN_ROWS = 3  # the column's cells that are such codes, this one among them
_CODE_COLUMN_REACH = 8  # rows (of two line heights) up and down the column is looked at


def _in_a_column_of_codes(lines: list[Line], line: Line, segment: Segment) -> bool:
    """The cell stands in a column of field codes: it and two or more cells right above or
    under it on its page, starting where it starts, are each a code alone."""
    if not _FIELD_CODE.fullmatch(segment.text.strip()):
        return False
    slack = line.height
    found = 0
    for other in lines:
        if other.page != line.page or abs(other.top - line.top) > _CODE_COLUMN_REACH * 2 * slack:
            continue
        if any(abs(seg.x0 - segment.x0) <= slack and _FIELD_CODE.fullmatch(seg.text.strip())
               for seg in other.segments[1:]):
            found += 1
    return found >= _CODE_COLUMN_ROWS


# What a label read loosely adds to its hit's distance: a value beside it is a loose label's
# (labels.py: "label_loose"), never a sure one.
LOOSE_LABEL = 0.2


# A capital "I" inside a word after a small letter ("kI.", "kIienta"): no Latvian word has a
# capital there, OCR read a small "l" so.
_CAPITAL_I_INSIDE = re.compile(r"(?<=[a-zāčēģīķļņšūž])I")


def thin_letters_undone(word: str) -> str:
    """`word` as a label's word with OCR's slips of thin letters undone: a capital "I" inside
    it is a small "l", a small "l" opening it the capital "I" ("lesn.:", "kI.")."""
    word = _CAPITAL_I_INSIDE.sub("l", word)
    return "I" + word[1:] if word[:1] == "l" else word


def _thin_letters_undone(segment: Segment) -> str | None:
    """`segment`'s folded text with OCR's slips of thin letters undone, or None if it has none:
    a capital "I" inside a word is a small "l", and a small "l" opening the segment is the
    capital "I" a label opens with ("lesn.:", "lestādes nosaukums")."""
    words = segment.words
    if not words or (words[0].text[:1] != "l" and not any("I" in w.text for w in words)):
        return None
    texts = [_CAPITAL_I_INSIDE.sub("l", w.text) for w in words]
    texts[0] = thin_letters_undone(texts[0])
    if texts == [w.text for w in words]:
        return None
    slipped = " ".join(fold(t) for t in texts)
    return slipped if len(slipped) == len(segment.folded) else None


def _loosened(hits: list[LabelHit], since: int | None) -> None:
    """The hits from `since` on moved further from their label (found by a loose pattern)."""
    if since is not None:
        for hit in hits[since:]:
            hit.distance += LOOSE_LABEL


# Long label words a careless writer splits ("dzīves vieta"), runs together or misspells:
_LOOSE_MIN = 7


@lru_cache(maxsize=4096)
def loose_label_regex(label: str) -> re.Pattern[str] | None:
    """A label as a careless hand writes it, or None when it has no long word to loosen: each
    long word may be split by a space or a hyphen once, may write "ie" as "i" ("iesnigums"),
    and may double a consonant ("assistents"); words may run together ("personaskods")."""
    words = re.findall(r"[a-z0-9]+", fold(label))
    if not any(len(w) >= _LOOSE_MIN for w in words):
        return None
    parts = []
    for word in words:
        if len(word) < _LOOSE_MIN:
            parts.append(re.escape(word))
            continue
        letters = []
        for i, char in enumerate(word):
            piece = re.escape(char)
            if char in "bcdfghjklmnprstvz":
                piece += piece + "?"
            if char == "e" and i > 0 and word[i - 1] == "i":
                piece += "?"
            letters.append(piece)
        # one split anywhere inside but at the word's first or last two letters
        body = letters[0] + letters[1] + "".join(
            rf"(?:[\s\-]?){piece}" for piece in letters[2:-2]) + "".join(letters[-2:])
        parts.append(body)
    body = r"[\s,.:;/()\-–]*".join(parts)
    return re.compile(r"(?<![a-z0-9])" + body + r"(?![a-z0-9])")


# A short label's thin letters, which OCR may lose from a word written short ("tār." for
# "tālr."): a hairline of a glyph between two broader ones.
_THIN = frozenset("liītfj")
_SHORT_LABEL = re.compile(r"[a-z]{4,5}")


@lru_cache(maxsize=4096)
def thin_lost_regex(label: str) -> re.Pattern[str] | None:
    """A label written short (one word of four or five letters: "tālr") as OCR reads it with
    one of its thin letters lost ("tār."), or None: the letter is never the first, and the
    word keeps its abbreviation's dot, so no whole word is taken for it."""
    folded = fold(label)
    if not _SHORT_LABEL.fullmatch(folded):
        return None
    ways = [re.escape(folded[:at] + folded[at + 1:]) for at in range(1, len(folded))
            if folded[at] in _THIN]
    if not ways:
        return None
    return re.compile(r"(?<![a-z0-9])(?:" + "|".join(ways) + r")\.")


# A value under a small label that also reads as the caption of the row above it: further than
# a value under its label (labels._BELOW), the caption's reading wins where both parse.
_UNDER_A_CAPTION = 0.4

# "ATBILDE (aizpilda darba devējs)": who fills a part in, an instruction, not a label.
_FILLED_BY = re.compile(r"\b(?:aizpild|norad|atzim|ieraksta|paraksta)\w*")
# What may close a bracketed label after its value: the rest of its words, no figures.
_BRACKET_CLOSE = re.compile(r"[^()\d]{0,40}\)\s*[.,;]?\s*")


def _opens_block(lines: list[Line], line: Line) -> bool:
    """Whether `line` begins a block of its own: first on its page, after a blank row, or
    under a line closed by a bracketed label or a colon (the previous value's)."""
    if line.index < 1:
        return True
    above = lines[line.index - 1]
    if above.page != line.page or line.top - above.bottom > 0.6 * max(line.height, 1.0):
        return True
    return above.text.rstrip().endswith((")", ":"))


def _wrapped_before(lines: list[Line], line: Line) -> Line | None:
    """The line right over `line` when it is the first part of a value wrapped onto `line`:
    one segment, starting where `line` starts, no blank row between them, not itself closed
    by a bracketed label and not a heading in capitals."""
    if line.index < 1:
        return None
    above = lines[line.index - 1]
    if above.page != line.page or len(above.segments) != 1:
        return None
    if line.top - above.bottom > 0.6 * max(line.height, 1.0):
        return None
    if abs(above.words[0].x0 - line.words[0].x0) > line.height:
        return None
    text = above.text.rstrip()
    letters = [c for c in text if c.isalpha()]
    if not letters or text.endswith(")") or text.endswith(":") \
            or sum(c.isupper() for c in letters) > 0.8 * len(letters):
        return None
    return above


# A person's labels in a caption's brackets ("(vārds, uzvārds, personas kods)"), folded.
_PERSON_CAPTION = re.compile(r"(?:vards|uzvards|personas kods)\b")
# A role's words in lower case, one to three, no figure: a caption's whose, not a value.
_ROLE_CAPTION = re.compile(r"[a-zāčēģīķļņšūž]+(?:\s+[a-zāčēģīķļņšūž]+){0,2}")


def _before_bracketed_label(segment: Segment, first: re.Match[str],
                            match: re.Match[str]) -> tuple[list[Word], str] | None:
    """The words typed before a label in brackets that closes its segment ("Jānis Ozols
    (iesniedzēja vārds, uzvārds)", "12 (stundas nedēļā)") and the words in the brackets before
    the label; None when the label is not such a bracket or nothing stands before it."""
    folded = segment.folded
    if not _BRACKET_CLOSE.fullmatch(folded[match.end():]):
        return None
    opening = folded.rfind("(", 0, first.start() + 1)
    qualifier = folded[opening + 1:first.start()]
    if opening <= 0 or ")" in qualifier or re.search(r"\d", qualifier) \
            or len(qualifier.split()) > 3 or _FILLED_BY.search(qualifier):
        return None
    words: list[Word] = []
    pos = 0
    for word in segment.words:
        if pos >= opening or word.text.startswith("("):
            break
        words.append(word)
        pos += len(fold(word.text)) + 1
    if not words or not re.search(r"[^\W_]", " ".join(w.text for w in words)):
        return None
    return words, qualifier


def _before_other_label(segment: Segment, other: str) -> list[Word]:
    """The words of a cell shared by two labels' values ("operatore, kopš 2019. ...") before
    the comma that opens the other label's value; the whole cell when none does."""
    cut = re.search(r",\s*" + re.escape(other) + r"(?![a-z])", segment.folded)
    if cut is None:
        return segment.words
    out: list[Word] = []
    pos = 0
    for word in segment.words:
        if pos >= cut.start():
            break
        out.append(word)
        pos += len(fold(word.text)) + 1
    if out and out[-1].text.endswith(","):
        last = out[-1]
        out[-1] = Word(last.text[:-1], last.x0, last.top, last.x1, last.bottom, last.page,
                       last.confidence)
    return out


def _split_label_hit(line: Line, s_index: int,
                     patterns: list[tuple[str, re.Pattern[str]]]) -> LabelHit | None:
    """A label split over two cells of its row, the second a merged header's sub-column
    ("Mācību stundas | nedēļā | 25"): the two cells together are the whole label, and the
    value is the cell after them."""
    following = [seg for seg in line.segments[s_index + 1:] if re.search(r"[^\W_]", seg.text)]
    if len(following) < 2 or len(following[0].words) > 2:
        return None
    joined = f"{line.segments[s_index].folded} {following[0].folded}"
    for label, pattern in patterns:
        match = pattern.search(joined)
        if match and match.start() == 0 and match.end() > len(line.segments[s_index].folded) \
                and not re.search(r"[a-z0-9]", joined[match.end():]):
            value = _strip_lead(following[1].text)
            if value:
                distance = 0.05 if following[1].cell is not None else 0.1
                return LabelHit(value, following[1].words, line, distance, label)
    return None


def _wrapped_label_hit(lines: list[Line], line: Line, s_index: int,
                       patterns: list[tuple[str, re.Pattern[str]]]) -> LabelHit | None:
    """A label wrapped inside its narrow cell ("Vārds," / "uzvārds") with its value in the
    next cell of the first line: the label's words continue just under it, alone in their
    column, and together they are the whole label."""
    segment = line.segments[s_index]
    following = [seg for seg in line.segments[s_index + 1:] if re.search(r"[^\W_]", seg.text)]
    if not following or len(segment.words) > 2 or line.index + 1 >= len(lines):
        return None
    nxt = lines[line.index + 1]
    if nxt.page != line.page or nxt.top - line.bottom > 1.2 * max(line.height, 1):
        return None
    under = [seg for seg in nxt.segments if abs(seg.x0 - segment.x0) <= 3]
    if not under or len(under[0].words) > 2 or under[0].x1 > following[0].x0:
        return None
    if any(under[0].x1 < seg.x0 < following[0].x1 for seg in nxt.segments):
        return None  # "Vārds | ..." over "Uzvārds | ...": two rows, each with its own value
    joined = f"{segment.folded} {under[0].folded}"
    for label, pattern in patterns:
        match = pattern.search(joined)
        if match and match.start() == 0 and not re.search(r"[a-z0-9]", joined[match.end():]):
            value = _strip_lead(following[0].text)
            if value:
                distance = 0.05 if following[0].cell is not None else 0.1
                return LabelHit(value, following[0].words, line, distance, label)
    return None


def find_line(lines: list[Line], phrases: list[str], start: int = 0) -> int | None:
    """Index of the first line at or after `start` containing one of `phrases` (folded)."""
    patterns = [label_regex(p) for p in phrases]
    for line in lines[start:]:
        folded = fold(line.text)
        if any(p.search(folded) for p in patterns):
            return line.index
    return None


def wrapped_value(lines: list[Line], hit: LabelHit, *, limit: int = 2) -> str:
    """A label's value with the lines it wraps onto in its own column ("Dārzu iela 14-3,
    Ludza, Ludzas" / "nov., LV-5701"): the segments just below that start where the value
    starts, so a neighbouring column's text on the same lines is left out."""
    if not hit.words:
        return hit.value
    text, line = hit.value, hit.line
    x0 = hit.words[0].x0
    for nxt in lines[line.index + 1 : line.index + 1 + limit]:
        if nxt.page != line.page or nxt.top - line.bottom > 1.5 * line.height:
            break
        below = [s for s in nxt.segments if abs(s.x0 - x0) <= 4]
        if not below:
            break
        text = f"{text} {below[0].text}"
        line = nxt
    return text
