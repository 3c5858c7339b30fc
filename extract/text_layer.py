"""Reading a PDF's text layer: pdfplumber words with boxes, ruled-table cells, AcroForm values.

Each file is opened once with pdfplumber. Cells come from the table finder's ruled-line
intersections (`find_tables`), which never extracts text, so the only text pass is
`extract_words`. AcroForm values are read with pypdf, and only when the catalog has a form.
"""

from __future__ import annotations

import logging
import math
import re
from itertools import pairwise
from pathlib import Path

from ..errors import InputFileError
from . import filetype
from .codepage import mended_words
from .document import Page, ReadDocument, TextSource, Word, pages_phrase
from .form_widgets import place_form_values
from .hidden_layer import is_scanners_layer
from .marks import drawn_marks, emphasised_options
from .pen_marks import marked_letters, with_marks
from .preflight import pdf_failure_reason

log = logging.getLogger(__name__)

# Only ruled lines make a table cell: text-aligned "tables" are read by the layout code.
_TABLE_SETTINGS = {"vertical_strategy": "lines", "horizontal_strategy": "lines"}


# A round stamp's lettering runs around its rim, each glyph turned a little more: glyphs
# slanted off the page's axes are the stamp's, and their letters, dropped among the paper's
# words ("martTāIESA"), would break the date line or the name they overlap. Text turned by a
# right angle (a margin's vertical note) is kept, and so is a synthetic italic: its matrix
# shears the glyph (c) but leaves the baseline (b) level.
_SLANT = 0.05


def _not_slanted(obj: dict) -> bool:
    if obj.get("object_type") != "char":
        return True
    a, b = (obj.get("matrix") or (1, 0, 0, 1, 0, 0))[:2]
    return abs(b) <= _SLANT or abs(a) < _SLANT


def _slanted(char: dict) -> bool:
    a, b = (char.get("matrix") or (1, 0, 0, 1, 0, 0))[:2]
    return abs(b) > _SLANT and abs(a) >= _SLANT


def _level_on_a_ring(page: object) -> set[int]:
    """The glyphs a round stamp's rim holds level only by chance: at the top or the bottom of
    the ring one letter's turn is near nought ("... INĀ L S ..." around a company's name), but
    its neighbours along the rim (in its font) are turned and no level glyph of the paper
    stands beside it.
    Left among the paper's words it breaks the date line it falls on ("Rīgā || L || 17.03.")."""
    chars = [c for c in getattr(page, "chars", []) if str(c.get("text", "")).strip()]
    turned = [c for c in chars if _slanted(c)]
    if not turned:
        return set()
    level = [c for c in chars if not _slanted(c)]
    lone: set[int] = set()
    for char in level:
        size = max(1.0, float(char.get("size") or 1.0))
        # The rim's letters share one font: a paper's glyph in another (a hand-filled "8" just
        # above a stamp's rim) is the paper's however near the rim it stands.
        rim = [other for other in turned if _near(char, other, size)
               and other.get("fontname") == char.get("fontname")]
        if len(rim) >= 2 and not any(
                _near(char, other, size) for other in level if other is not char):
            lone.add(id(char))
    return lone


def _near(char: dict, other: dict, size: float) -> bool:
    """Whether two glyphs' centres are closer than a glyph and a fifth of `size`."""
    x, y = (char["x0"] + char["x1"]) / 2, (char["top"] + char["bottom"]) / 2
    ox, oy = (other["x0"] + other["x1"]) / 2, (other["top"] + other["bottom"]) / 2
    return math.hypot(ox - x, oy - y) < 1.2 * size


# A table's column headings printed turned a right angle (a narrow column's "Datums" running up
# the page): pdfplumber reads each turned column of glyphs as words of a line across, letters
# last-first ("smutaD"), and the header row is lost. Headings are the turned runs that start on
# one edge, three or more side by side; their glyph columns closer than a line's leading are the
# lines of one heading ("Asistenta / paraksts"). Each heading is laid back across the row, its
# words at the heading's place, so the header reads as any row of headings does. A lone turned
# note in a margin is left as it was.
_TURNED_HEADINGS = 3  # turned headings side by side at least
_LEADING = 1.45  # glyph heights between two lines of one turned heading, at most


def _turn(char: dict) -> int:
    """+1 for a glyph turned to run up the page, -1 down it, 0 for one level or slanted."""
    a, b, c, d = (char.get("matrix") or (1, 0, 0, 1, 0, 0))[:4]
    if abs(a) >= _SLANT or abs(d) >= _SLANT or abs(abs(b) - abs(c)) > 0.2 * abs(b or 1):
        return 0
    if b > _SLANT and c < -_SLANT:
        return 1
    if b < -_SLANT and c > _SLANT:
        return -1
    return 0


def _turned_headings(page: object, number: int) -> tuple[set[int], list[Word]]:
    """The glyphs of a row of turned column headings, and the headings laid level as words."""
    chars = [c for c in getattr(page, "chars", []) if _turn(c)]
    if len(chars) < 2 * _TURNED_HEADINGS:
        return set(), []
    # Glyph columns: one turn, one left edge.
    columns: list[list[dict]] = []
    for char in sorted(chars, key=lambda c: (_turn(c), round(float(c["x0"]), 1))):
        last = columns[-1] if columns else None
        if last and _turn(last[0]) == _turn(char) \
                and abs(float(last[0]["x0"]) - float(char["x0"])) < 0.5:
            last.append(char)
        else:
            columns.append([char])
    runs: list[tuple[int, float, float, float, list[dict]]] = []  # turn, start, x0, x1, glyphs
    for column in columns:
        turn = _turn(column[0])
        # Up the page: the run starts at its bottom; down the page, at its top.
        column.sort(key=lambda c: -float(c["bottom"]) if turn > 0 else float(c["top"]))
        start = float(column[0]["bottom"]) if turn > 0 else float(column[0]["top"])
        runs.append((turn, start, float(column[0]["x0"]), float(column[0]["x1"]), column))
    used: set[int] = set()
    words: list[Word] = []
    # Rows of headings: runs of one turn starting on one edge.
    runs.sort(key=lambda r: (r[0], round(r[1])))
    rows: list[list[tuple[int, float, float, float, list[dict]]]] = []
    for run in runs:
        if rows and rows[-1][0][0] == run[0] and abs(rows[-1][0][1] - run[1]) < 1.5:
            rows[-1].append(run)
        else:
            rows.append([run])
    for row in rows:
        # Lines up the page read left to right; down the page, right to left.
        row.sort(key=lambda r: r[2] * (1 if r[0] > 0 else -1))
        headings: list[list[tuple[int, float, float, float, list[dict]]]] = []
        for run in row:
            height = run[3] - run[2]
            if headings and abs(run[2] - headings[-1][-1][2]) < _LEADING * height:
                headings[-1].append(run)
            else:
                headings.append([run])
        if len(headings) < _TURNED_HEADINGS:
            continue
        places = sorted((min(r[2] for r in h), max(r[3] for r in h)) for h in headings)
        # The last heading has the row's usual pitch to itself.
        pitch = max(b[0] - a[0] for a, b in pairwise(places))
        for heading in headings:
            height = max(r[3] - r[2] for r in heading)
            x0 = min(r[2] for r in heading)
            after = [p[0] for p in places if p[0] > x0 + 0.5]
            room = (min(after) if after else x0 + pitch) - 2 * height
            texts: list[str] = []
            for run in heading:
                texts.extend(_turned_words(run[4], run[0], height))
            if not texts:
                continue
            right = max(room, max(r[3] for r in heading))
            letters = sum(len(t) for t in texts)
            space = 0.25 * height
            scale = max(0.0, right - x0 - space * (len(texts) - 1)) / max(1, letters)
            start = heading[0][1]
            top = start - height if heading[0][0] > 0 else start
            at = x0
            for text in texts:
                width = max(0.5, scale * len(text))
                words.append(Word(text=text, x0=at, top=top, x1=at + width,
                                  bottom=top + height, page=number))
                at += width + space
            for run in heading:
                used.update(id(c) for c in run[4])
    return used, words


def _turned_words(glyphs: list[dict], turn: int, height: float) -> list[str]:
    """A turned run's glyphs in reading order as words, parted at a space or a gap."""
    texts: list[str] = []
    current = ""
    last_end: float | None = None
    for glyph in glyphs:
        text = str(glyph.get("text", ""))
        begin = float(glyph["bottom"]) if turn > 0 else float(glyph["top"])
        end = float(glyph["top"]) if turn > 0 else float(glyph["bottom"])
        gap = 0.0 if last_end is None else abs(begin - last_end)
        if not text.strip() or gap > 0.3 * height:
            if current:
                texts.append(current)
            current = ""
        current += text.strip()
        last_end = end
    if current:
        texts.append(current)
    return texts


def _askew_lines(page: object) -> list[str]:
    """The lines of glyphs turned together by one small angle (a rectangular rubber stamp set
    down askew), top to bottom, each in order along its own baseline. A round stamp's rim turns
    each glyph by another angle: its letters make no line of four here."""
    glyphs: list[tuple[float, float, float, float, float, str]] = []
    for char in getattr(page, "chars", []):
        a, b = (char.get("matrix") or (1, 0, 0, 1, 0, 0))[:2]
        if abs(b) <= _SLANT or abs(a) < _SLANT or abs(b) > 0.5:
            continue
        norm = math.hypot(a, b)
        x, y = char["matrix"][4], char["matrix"][5]
        size = max(1.0, float(char.get("size") or 1.0))
        along = (x * a + y * b) / norm
        glyphs.append((round(math.atan2(b, a), 2), (y * a - x * b) / norm, along,
                       along + float(char.get("adv") or 0.0), size, char["text"]))
    glyphs.sort()
    rows: list[list[tuple[float, float, float, float, float, str]]] = []
    for glyph in glyphs:
        last = rows[-1][-1] if rows else None
        if last is not None and last[0] == glyph[0] and glyph[1] - last[1] < 0.3 * glyph[4]:
            rows[-1].append(glyph)
        else:
            rows.append([glyph])
    lines: list[tuple[float, str]] = []
    for row in rows:
        if len(row) < 4:
            continue
        row.sort(key=lambda g: g[2])
        text, end = "", row[0][2]
        for _, _, start, stop, _, letter in row:
            if text and start - end > 1.5:
                text += " "
            text, end = text + letter, max(end, stop)
        lines.append((-row[0][1], " ".join(text.split())))
    return [text for _, text in sorted(lines)]


def check_pdf_file(path: Path) -> None:
    """Raise InputFileError with a one-line reason when `path` cannot be a readable PDF."""
    if not path.exists():
        raise InputFileError("file not found", file=path, code="NOT_FOUND")
    if path.is_dir():
        raise InputFileError("is a folder, not a file", file=path, code="NOT_A_FILE")
    kind = filetype.detect(path)
    if kind is filetype.EMPTY:
        raise InputFileError("empty file (0 bytes)", file=path, code="EMPTY_FILE")
    if kind is not filetype.PDF:
        raise InputFileError(
            f"not a PDF file (the content is a {kind.name})", file=path, code="NOT_PDF"
        )


def _page_cells(page: object) -> list[tuple[float, float, float, float]]:
    """Cell rectangles of ruled tables, or [] when the page has no ruling lines."""
    if not (getattr(page, "edges", None)):
        return []
    try:
        tables = page.find_tables(_TABLE_SETTINGS)  # type: ignore[attr-defined]
    except Exception:  # a malformed drawing must not cost us the page's words
        log.debug("table finder failed", exc_info=True)
        return []
    cells: list[tuple[float, float, float, float]] = []
    for table in tables:
        cells.extend(tuple(float(v) for v in cell) for cell in table.cells)  # type: ignore[misc]
    return cells


def _form_values(path: Path) -> dict[str, str]:
    """Filled AcroForm text, choice and checkbox values, by field name (empty ones left out)."""
    from pypdf import PdfReader

    try:
        reader = PdfReader(path)
        fields = reader.get_fields() or {}
    except Exception:
        log.debug("AcroForm could not be read", exc_info=True)
        return {}
    values: dict[str, str] = {}
    for name, spec in fields.items():
        value = spec.get("/V") if hasattr(spec, "get") else None
        if value is None:
            continue
        text = str(value).strip()
        if text.startswith("/"):  # checkbox / radio state names like /Yes, /Off
            if text == "/Off":
                continue
            text = text[1:]
        if text:
            values[str(name)] = text
    return values


_GLUED_BLANK = re.compile(r"(_{3,})?(.*?[^_])(_{3,})?")


def _without_glued_blank(word: dict) -> dict:
    """A value typed onto a form's blank: pdfplumber joins the typed letters and the blank's
    underscores into one word ("Vilka_____", "30______"); the underscores are the printed
    blank, not the value. The word keeps its letters, its box ends where they end. A blank
    alone ("______") is left as it is."""
    text = word["text"]
    found = _GLUED_BLANK.fullmatch(text) if "___" in text else None
    if found is None or not (found.group(1) or found.group(3)):
        return word
    chars = word.get("chars") or []
    start, end = found.span(2)
    kept = dict(word, text=found.group(2))
    if len(chars) == len(text):
        kept["x0"], kept["x1"] = chars[start]["x0"], chars[end - 1]["x1"]
    else:
        share = (float(word["x1"]) - float(word["x0"])) / len(text)
        kept["x0"] = float(word["x0"]) + share * start
        kept["x1"] = float(word["x0"]) + share * end
    return kept


def read_text_layer(path: Path) -> ReadDocument:
    """Read every page's words and table cells, and the AcroForm values, in one open."""
    import pdfplumber

    path = Path(path)
    check_pdf_file(path)
    pages: list[Page] = []
    scanners_layer: list[int] = []
    mended: list[int] = []
    has_form = False
    try:
        with pdfplumber.open(path) as pdf:
            try:
                catalog = pdf.doc.catalog
                has_form = "AcroForm" in catalog
            except Exception:
                has_form = False
            if not pdf.pages:
                raise InputFileError("PDF has no pages", file=path, code="PARSE_ERROR")
            for page in pdf.pages:
                number = page.page_number - 1
                ring = _level_on_a_ring(page)
                headings, laid = _turned_headings(page, number)
                ring |= headings

                def kept(obj: dict, ring: set[int] = ring) -> bool:
                    return _not_slanted(obj) and id(obj) not in ring

                upright = page.filter(kept)
                raw = with_marks(upright.extract_words(
                    keep_blank_chars=False, use_text_flow=False, return_chars=True),
                    marked_letters(upright))
                words = [
                    Word(
                        text=w["text"],
                        x0=float(w["x0"]),
                        top=float(w["top"]),
                        x1=float(w["x1"]),
                        bottom=float(w["bottom"]),
                        page=number,
                    )
                    for w in map(_without_glued_blank, raw)
                ]
                if laid:
                    words = sorted([*words, *laid], key=lambda w: (round(w.top), w.x0))
                baltic = mended_words(words)
                if baltic is not None:
                    # "Bçrziòð": a font mapping the Latvian letters to Windows-1252 ones.
                    words = baltic
                    mended.append(number)
                pages.append(
                    Page(
                        number=number,
                        width=float(page.width),
                        height=float(page.height),
                        # Tick boxes and circles drawn as shapes become glyph words.
                        words=emphasised_options(page, drawn_marks(page, words)),
                        source="text",
                        cells=_page_cells(page),
                        stamp_lines=_askew_lines(page),
                    )
                )
                if is_scanners_layer(page):
                    scanners_layer.append(len(pages) - 1)
                # pdfplumber caches every object of a page; drop them on long files.
                page.close()
    except InputFileError:
        raise
    except Exception as exc:
        raise InputFileError(pdf_failure_reason(exc), file=path, code="PARSE_ERROR") from exc
    form_values = _form_values(path) if has_form else {}
    if form_values:
        place_form_values(path, pages)  # typed values beside their printed labels
    # Filled form fields are the values that matter; the page text only carries the labels.
    source: TextSource = "acroform" if form_values else "text"
    document = ReadDocument(path=path, pages=pages, text_source=source,
                            form_values=form_values, scanners_layer_pages=scanners_layer)
    if mended:
        document.warnings.append(
            f"the text layer of {pages_phrase(mended)} writes the Latvian letters as "
            "Windows-1252 ones; read with them put back")
    return document
