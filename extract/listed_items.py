"""A list under a heading: bulleted, numbered or ticked lines, a run-on sentence, table cells.

A field listing items (tasks, areas of support) is read from below its heading: bulleted
or numbered lines (OCR's stray bullets too), the ticked or "jā" rows of a checklist, a
sentence running on from the heading to its full stop ("Heading: a, b, c."), a table
cell split at its semicolons, or the header column of a table, stopping at a total row.
Kept apart from the activities, which read hours as well, and from the options readers.
"""

from __future__ import annotations

import re
from dataclasses import replace

from . import prose_list
from .activities import _yes_no_only
from .annex import CONTINUATION_HEAD
from .document import Word
from .evidence import (
    BASE_CONFIDENCE,
    FALLBACK_CONFIDENCE,
    GUESS_CONFIDENCE,
    GUESSED_ENDS,
    Found,
    _lines_doubt,
)
from .layout import LabelHit, Line, find_label_values, find_line, fold, label_regex
from .marks import MARK_ANY, MARK_ON, marked_options
from .reading_context import Context
from .stated_options import _block, _continues
from .timesheet_rows import abbreviations
from .vocabulary import TOTAL_WORDS, FieldSpec
from .yes_no import _marked_answer

# "- a", "• a", "1) a", "2. a" and a sub-number under a section's ("3.1. a")
# A scan's speck read as a quotation mark before the number ("” 3. atbalsts ...") is no text.
# ... and a letter with its bracket ("a) iepirkšanās", "b) ...").
# ... and a number under a lettered section's letter ("C.1 a", "C.2. b": items of section C).
_BULLET = re.compile(r"^\s*(?:[”“„\"'’‘`]\s*)?(?:[-–—•·*▪]|\d{1,2}(?:\.\d{1,2})*[.)]"
                     r"|[a-hā-ž]\)|[A-Z]\.\d{1,2}(?:\.\d{1,2})*[.)]?)\s+")
# The heading's own words after its comma ("Uzdevumi, kuros klientam nepieciešams atbalsts"):
# a relative clause saying what the list holds, no item of it.
_RELATIVE_CLAUSE = re.compile(r"^\W*(?:kur|kurš|kura|kuri|kuras|kuru|kurā|kurās|kuros|kuriem"
                              r"|kurām|kurai|kuram|kas|kam|ko)\s", re.I)
# A table's total row: a sum, never an item of the list above it.
_TOTAL_ROW = re.compile(rf"^\W*(?:{TOTAL_WORDS}|kopa nedela)\b")


# A sentence's full stop after a word in lower case, before the next sentence's capital or a
# line's end.
_SENTENCE_END = re.compile(r"(?<=[a-zāčēģīķļņšūž)])\.(?=\s+[A-ZĀČĒĢĪĶĻŅŠŪŽ]|\s*$)")


def _margin_words(ctx: Context, line: Line) -> list[Word]:
    """The words at a line's right end standing wholly right of where the page's other lines
    of running text end (their last words' right edges, four words a line at least) and apart
    from the line's text by more than a space: a note written in the margin, no part of the
    line's text."""
    if not line.words:
        return []
    height = line.words[0].bottom - line.words[0].top
    ends = [other.words[-1].x1 for other in ctx.lines
            if other is not line and other.page == line.page and len(other.words) >= 4]
    if len(ends) < 2:
        return []
    edge = max(ends) + 0.5 * height
    margin: list[Word] = []
    for word in reversed(line.words):
        if word.x0 <= edge:
            break
        margin.append(word)
    if not margin or len(margin) == len(line.words):
        return []
    before = line.words[len(line.words) - len(margin) - 1]
    # Apart from the line's text by more than a space: written there, not the line run long.
    return margin if margin[-1].x0 - before.x1 >= height else []


def _speck_row(row: Line) -> bool:
    """A line with no word on it: no run of three letters and three characters at most that
    are letters or figures (a struck row's leftover, a speck read as "IE")."""
    text = row.text
    return (len(row.segments) == 1 and not re.search(r"[^\W\d_]{3}", text)
            and sum(ch.isalnum() for ch in text) <= 3)
# "1) saziņa ar iestādēm; 2) ārsta apmeklējumu plānošana": items numbered inside a sentence.
_NUMBERED = re.compile(r"(?:^|\s)\d{1,2}\)(?:\s+|$)")


# OCR's reading of a bullet ("«", "+", "«<", "°"): a lone token of marks before a word.
_SCANNED_BULLET = re.compile(r"^\s*[^\w\s„“\"(]{1,3}\s+(?=[^\W\d_])")
# A line that opens with a box, ticked or not: "☒ bērnu aprūpe", "[ ] mājoklis".
_BOX_ITEM = re.compile(rf"^\s*((?:{MARK_ANY.pattern}))\s*")


# Items parted by bullets inside one line ("• a • b • c").
_INLINE_BULLETS = re.compile(r"\s*[•▪]\s*")


def _numbered_on(text: str, first: int) -> list[str]:
    """The text after item `first`'s number parted at the next numbers in order ("a 2) b 3)
    c"): a number out of order ("tikai 5) ...") is the item's own."""
    parts: list[str] = []
    following = first + 1
    while (at := re.search(rf"(?:^|\s){following}\)\s+(?=\S)", text)) is not None:
        parts.append(text[: at.start()].strip(" ;.,"))
        text = text[at.end():]
        following += 1
    parts.append(text.strip(" ;.,"))
    return [p for p in parts if p]


def _split_items(text: str) -> list[str]:
    if len(_INLINE_BULLETS.findall(text)) >= 2:
        return [p.strip(" .;,") for p in _INLINE_BULLETS.split(text) if p.strip(" .;,")]
    separator = ";" if ";" in text else ","
    return [p.strip(" .;,") for p in text.split(separator) if p.strip(" .;,")]


# A paper's date line ("Ogrē, 08.04.2025.", "Rīgā, 2025. gada ..."): no list runs on into it.
# ... its year written short too ("Ludzā, 12.01.26.").
_DATELINE = re.compile(r"^\s*[A-ZĀČĒĢĪĶĻŅŠŪŽ][a-zāčēģīķļņšūž]+,\s*(?:\d{1,2}\.\s?\d{1,2}\.\s?"
                       r"(?:\d{4}|\d{2}\.?(?!\d))|\d{4}\.\s*(?:gada|g\.))")


# The verb of a sentence whose subject is the list's heading ("Uzdevumi ir ...", "... būtu
# ...", "... būs šādi: ..."): it stands between the heading and the first item.
_LEADING_VERB = re.compile(r"^\s*(?:(?:ir|būtu|būs|varētu\s+būt|ietver|ietvertu)\b\s*"
                           r"(?:šādi|šādas|sekojoši)?\s*:?\s*)", re.I)
# The same verb ending in the colon that opens the list: "būs šādi:", "ir šādas:".
_VERB_COLON = re.compile(r"^\s*(?:ir|būtu|būs|varētu\s+būt|ietver|ietvertu)\s*"
                         r"(?:šādi|šādas|sekojoši)?\s*:\s*", re.I)
# "a ... veidošanā un palīdzība ...": two items joined by "un" where the first ends in its
# locative (what the help is in) and the second opens a phrase of its own (two words or more).
_AND_AFTER_LOCATIVE = re.compile(
    r"(?:(?<=[a-zāčēģīķļņšūž][āēī])|(?<=[a-zāčēģīķļņšūž](?:os|ās|ēs)))\s+un\s+(?=\S+\s+\S)")


def _label_in_sentence(hit: LabelHit) -> bool:
    """Whether a heading was met inside a sentence (no colon or dash after it, the value
    running on in lower case): its list is the sentence's."""
    return bool(hit.value[:1].islower()) and ":" not in hit.prefix


def _joined_by_and(item: str) -> list[str]:
    """An item of a sentence's list split where "un" joins two of them (see above)."""
    parts = _AND_AFTER_LOCATIVE.split(item)
    if len(parts) < 2 or any(len(p.split()) < 2 for p in parts):
        return [item]
    return [p.strip(" .;,") for p in parts]


def _cell_rows(ctx: Context, words: list[Word]) -> list[str]:
    """A list written one item a line inside one table cell: a line that stops short of the
    cell's right edge ends its item; one that runs to the edge wraps into the next."""
    rows: list[list[Word]] = []
    for word in words:
        if rows and abs(word.top - rows[-1][0].top) < 0.5 * (word.bottom - word.top):
            rows[-1].append(word)
        else:
            rows.append([word])
    if len(rows) < 2:
        return []
    first = words[0]
    cx, cy = (first.x0 + first.x1) / 2, (first.top + first.bottom) / 2
    cell = next((c for c in ctx.document.pages[first.page].cells
                 if c[0] <= cx <= c[2] and c[1] <= cy <= c[3]), None)
    if cell is None:
        return []
    left, right = cell[0], cell[2]
    items: list[str] = []
    wraps = False
    for row in rows:
        text = " ".join(w.text for w in row).strip(" ;.")
        if wraps and items:
            items[-1] = f"{items[-1]} {text}"
        else:
            items.append(text)
        # Close to the cell's edge: the line was full and wrapped.
        wraps = row[-1].x1 > right - 0.12 * (right - left)
    return items


def _header_column(ctx: Context, spec: FieldSpec, heading: int, end: int) -> list[str]:
    """A table whose header row has the list's heading as a column ("Uzdevums | Kas veic |
    Termiņš"): the cells under that header, a cell's wrapped line joined to it."""
    line = ctx.lines[heading]
    if len(line.segments) < 2 or any(re.search(r"\d", s.text) or len(s.words) > 4
                                     for s in line.segments):
        return []
    below = ctx.lines[heading + 1] if heading + 1 < end else None
    patterns = [label_regex(label) for label in spec.labels]
    header = next((s for s in line.segments if any(p.search(s.folded) for p in patterns)), None)
    if header is None or len(header.words) > 4:
        return []
    if below is not None and len(below.segments) == 1 and header is not line.segments[0] \
            and abs(below.segments[0].x0 - header.x0) < 8:
        # "Nr. | Uzdevums" over rows whose numbers a scan lost: the rows' text stands under
        # the header's cell alone on its lines.
        return _lone_column(ctx, header.x0, heading, end)
    if below is None or len(below.segments) < 2:
        return []  # a header row stands over rows of cells
    items: list[str] = []
    rows = ctx.lines[heading + 1 : end]
    page = line.page
    # A column of marks beside the list's ("Uzdevums | X"): its rows are marked or not.
    marks_column = any(_LONE_MARK.fullmatch(s.text.strip()) for s in line.segments
                       if s is not header)
    at = 0
    while at < len(rows):
        row = rows[at]
        at += 1
        if _CONTINUED_NOTE.search(fold(row.text)) and len(row.segments) == 1:
            continue  # "(tabulas turpinājums nākamajā lapā)": the table goes on overleaf
        if row.page != page:
            # A table broken across pages repeats its header row at the next page's head,
            # under the page's running line: the rows go on under that header.
            again = _repeated_header(rows[at - 1:], row.page, header.folded)
            if again is None:
                break
            page, at = row.page, at + again
            continue
        cell = next((s for s in row.segments if abs(s.x0 - header.x0) < 8), None)
        if cell is None and not items and not re.search(r"\d{2}", row.text):
            continue  # the header's wrapped second line ("st./ned. | termiņš"), empty here
        if cell is None and items and _speck_row(row) and at < len(rows) \
                and rows[at].page == page \
                and any(abs(s.x0 - header.x0) < 8 for s in rows[at].segments):
            # What a pen's line through a whole row leaves on a scan ("IE"): no word, and the
            # table's rows go on under the header right after it.
            continue
        if cell is None or _TOTAL_ROW.match(fold(row.segments[0].text)):
            break  # the table ends, or its total row ("Kopā | 6") closes it
        others = [seg.text.strip() for seg in row.segments if seg is not cell]
        if others and all(MARK_ANY.fullmatch(t) and not MARK_ON.fullmatch(t) for t in others):
            continue  # "ēdiena gatavošana | ☐": its mark struck out or never made, not listed
        if items and len(row.segments) == 1 and cell.text[:1].islower() and marks_column \
                and _a_row_apart(rows[at - 2] if at >= 2 else line, row, line, rows[0]):
            continue  # "palīdzība saziņā" with no "x" under the header's "X": a row unmarked
        if items and len(row.segments) == 1 and cell.text[:1].islower():
            items[-1] = f"{items[-1]} {cell.text}"  # the cell's text wrapped
        elif len(row.segments) >= 2:
            items.append(cell.text.strip(" ;."))
        else:
            break
    return items


_LONE_MARK = re.compile(r"[xX×✕✓✔]")


def _a_row_apart(above: Line, row: Line, header: Line, first: Line) -> bool:
    """Whether `row` stands a table's row below `above` (as far as the first row stands below
    the header), not a cell's text wrapped onto the next line at the text's own spacing."""
    def middle(line: Line) -> float:
        return (line.top + line.bottom) / 2

    pitch = middle(first) - middle(header)
    return pitch > 0 and row.page == above.page and middle(row) - middle(above) >= 0.8 * pitch


# A note that a table goes on overleaf ("tabulas turpinājums nākamajā lapā", "turpinājums
# otrpus lapai"), folded.
_CONTINUED_NOTE = re.compile(r"^\W*(?:tabulas\s+)?turpinajums\s+(?:nakamaja|otrpus|uz\s+nakam)")


def _repeated_header(lines: list[Line], page: int, header: str) -> int | None:
    """Where, among the first lines of `page` (`lines` opening it), its table's header row is
    repeated: the index after which the rows go on; None when the page repeats no header."""
    for at, line in enumerate(lines[:4]):
        if line.page != page:
            return None
        if any(seg.folded == header for seg in line.segments):
            return at
    return None


# The answer points to its continuation ("skat. turpinājumu", "sk. turpinājumā", "turpinājums
# pielikumā"), folded; and the continuation's heading ("Turpinājums 4. punktam").
_SEE_CONTINUATION = re.compile(r"(?<![a-z])(?:skatit|skat\.|sk\.)\s+turpinajum|turpinajums\s+"
                               r"(?:pielikuma|nakamaja lapa|otrpus)")
_CONTINUATION_HEAD = CONTINUATION_HEAD


def _continued_on_annex(ctx: Context, heading: int) -> list[str]:
    """A form's point answered "skat. turpinājumu" and continued on an annex page under
    "Turpinājums 4. punktam": the items listed there (bulleted or lettered lines), after any
    the point itself lists. The point's number must be the one the continuation names."""
    line = ctx.lines[heading]
    if not _SEE_CONTINUATION.search(fold(line.text)):
        return []
    number = re.match(r"^\s*(\d{1,2})\.", line.text)
    for at in range(heading + 1, len(ctx.lines)):
        head = _CONTINUATION_HEAD.match(fold(ctx.lines[at].text))
        if head is None or (number is not None and head.group(1) != number.group(1)):
            continue
        items: list[str] = []
        for row in ctx.lines[at + 1:]:
            bullet = _BULLET.match(row.text)
            if bullet:
                items.append(row.text[bullet.end():].strip(" ;.,"))
            elif items and row.text[:1].islower():
                items[-1] = f"{items[-1]} {row.text.strip(' ;.')}"
            elif items or _CONTINUATION_HEAD.match(fold(row.text)):
                break
        return items
    return []


def _lone_column(ctx: Context, x0: float, heading: int, end: int) -> list[str]:
    """The cells under a header cell that is not the row's first, the cells before them
    empty or lost: each line starting under the header is a row's cell, a line close under
    the one before (less than a row's height apart, the rows being ruled) its wrapped rest.
    Two rows at least, else it is no table."""
    items: list[str] = []
    previous: Line | None = None
    for row in ctx.lines[heading + 1 : end]:
        if row.page != ctx.lines[heading].page or len(row.segments) != 1 \
                or abs(row.segments[0].x0 - x0) >= 8 or _TOTAL_ROW.match(fold(row.text)):
            break
        text = row.text.strip(" ;.")
        height = row.words[0].bottom - row.words[0].top
        if previous is not None and items and text[:1].islower() \
                and row.words[0].top - previous.words[0].bottom < 0.6 * height:
            items[-1] = f"{items[-1]} {text}"
        else:
            items.append(text)
        previous = row
    return items if len(items) >= 2 else []


_SPECK_DOT = re.compile(r"(?<=[a-zāčēģīķļņšūž]{3})\.(?=[a-zāčēģīķļņšūž]{3})")


def _ticked_rows(lines: list[Line]) -> list[str]:
    """A checklist of rows whose mark sits in a cell of its own after the option ("budžeta
    plānošana | ✓"): the options of the marked rows; an unmarked row prints no mark."""
    ticked: list[str] = []
    for line in lines:
        if ":" in line.text:
            break
        cells = [seg.text.strip() for seg in line.segments]
        if len(cells) == 2 and MARK_ON.fullmatch(cells[1]) and re.search(r"[^\W\d_]{3}",
                                                                           cells[0]):
            ticked.append(cells[0].strip(" ;."))
    return ticked


# A tick written by hand right after an option, touching it or a space away, as OCR reads it:
# "dokumentu kārtošana/", "budžeta plānošana ✓" (a tick the pixels saw, made a box glyph),
# "saziņa ar iestādēm,//" (the tick's short stroke read as a comma, the long one as slashes).
_TRAILING_TICK = re.compile(rf"(?<=[^\W\d_])\s?(?:,?\s?/{{1,2}}|√|{MARK_ON.pattern})$")


def _trailing_ticks(lines: list[Line]) -> list[str]:
    """A printed checklist of options one a line, ticked by hand at the line's end: the
    options whose line ends in a tick. Only where some options stay unticked (a list whose
    every line ends so is no checklist) and every line is an option in lower case."""
    rows: list[tuple[str, bool]] = []
    for line in lines:
        text = line.text.strip()
        if ":" in text or not text[:1].islower():
            break
        tick = _TRAILING_TICK.search(text)
        rows.append((text[: tick.start()] if tick else text, tick is not None))
    if len(rows) < 3 or all(t for _, t in rows) or not any(t for _, t in rows):
        return []
    return [option.strip(" ;.,") for option, ticked in rows if ticked]


def _bullets_after_support(ctx: Context) -> list[str]:
    """Bulleted lines after a sentence that ends in a colon and speaks of support ("...,
    lai palīdzētu mātei:" / "• zīdaiņa kopšanas prasmes"), with no heading over them."""
    for line in ctx.lines:
        if not line.text.rstrip().endswith(":"):
            continue
        above = ctx.lines[line.index - 1].text if line.index else ""
        if not prose_list.speaks_of_support(fold(f"{above} {line.text}")):
            continue
        items: list[str] = []
        for below in ctx.lines[line.index + 1:]:
            bullet = _BULLET.match(below.text)
            if bullet is None:
                break
            items.append(below.text[bullet.end():].strip(" ;."))
        if len(items) >= 2:
            return items
    return []


def _sentence_below(ctx: Context, heading: int, end: int) -> str | None:
    """A list's sentence starting under a heading that ends its line with a colon ("...
    Asistenta uzdevumi:" / "dokumentu kārtošana, naudas plānošana un ... uzturēšana."): its
    text to the full stop, when it is one sentence of items parted by commas or semicolons."""
    if heading + 1 >= end:
        return None
    # ... or a heading ending a sentence's line whose verb and colon open the next one
    # ("... Asistenta uzdevumi" / "būs šādi: a; b; c."): the items follow the colon.
    verb = _VERB_COLON.match(ctx.lines[heading + 1].text)
    if not ctx.lines[heading].text.rstrip().endswith(":") and verb is None:
        return None
    text = ""
    for k, line in enumerate(ctx.lines[heading + 1 : end]):
        body = line.text[verb.end():] if k == 0 and verb is not None else line.text
        if (text.rstrip().endswith(".") or _BULLET.match(body) or ":" in body
                or _BOX_ITEM.match(body) or (not text and not body[:1].islower())):
            break
        text = f"{text} {body}".strip()
    if not text.endswith(".") or not re.search(r"[,;]", text):
        return None
    return text


_ROW_NUMBER_CELL = re.compile(r"^\s*\d{1,2}[.)]?\s+(?=[^\W\d_])")


def _answered_yes(lines: list[Line]) -> list[str]:
    """A table of areas with "jā" and "nē" columns ("budžeta plānošana | ☒ jā | ☐ nē"): the
    areas answered "jā"; none unless two rows or more are so answered."""
    rows: list[tuple[str, bool | None]] = []
    for line in lines:
        options = marked_options(line.text)
        if options is None or not _yes_no_only(options) or len(options) < 3:
            if rows:
                break
            continue
        # The row's number in a "Nr." column before its area is no part of it.
        area = _ROW_NUMBER_CELL.sub("", options[0][0]).strip(" ;.")
        rows.append((area, _marked_answer(options)))
    return [area for area, yes in rows if yes] if len(rows) >= 2 else []


# Letters whose capital is the small letter drawn larger: OCR takes one for the other.
_SAME_SHAPE = "CcOoSsŠšVvWwXxZzŽž"


def _siblings_case(items: list[str]) -> list[str]:
    """A scanned list whose items all open in lower case but one that opens with a capital of
    the same shape as its small letter ("- Saziņa ar iestādēm" among "- mājokļa ..."): OCR's
    size slip, the small letter put back."""
    lower = [item for item in items if item[:1].islower()]
    if len(items) < 3 or len(lower) < len(items) - 1:
        return items
    return [item[0].lower() + item[1:] if item[:1] in _SAME_SHAPE and item[:1].isupper()
            and item[1:2].islower() else item for item in items]


# A box filled in ink that OCR read as two or three letters ("ĪKL", "IKf", "JX") before an
# option written small.
_INKED_BOX = re.compile(r"^\s*([A-ZĀČĒĢĪĶĻŅŠŪŽ][^\W\d_]{1,2})\s+(?=[a-zāčēģīķļņšūž]{3})")


def _inked_boxes(lines: list[Line]) -> list[str]:
    """A scanned checklist whose empty boxes OCR kept ("☐ veselības aprūpe") and whose filled
    ones it read as a few letters ("IKf darba meklēšana"): the options after those letters,
    when two lines or more print them and two or more print an empty box, all in one run of
    option lines; none otherwise."""
    inked: list[str] = []
    empty = 0
    for line in lines:
        box = _BOX_ITEM.match(line.text)
        letters = _INKED_BOX.match(line.text)
        if box is not None and not MARK_ON.fullmatch(box.group(1).strip()):
            empty += 1
        elif letters is not None and not letters.group(1)[1:].islower():
            # ("Ar ..." opens a sentence: a word, no box)
            inked.append(line.text[letters.end():].strip(" ;."))
        elif inked or empty:
            break
    return inked if len(inked) >= 2 and empty >= 2 else []


def _boxed_below(lines: list[Line]) -> bool:
    """The heading's next two lines open with a box each: a checklist starts under it."""
    return len(lines) >= 2 and all(_BOX_ITEM.match(line.text) for line in lines[:2])


def _earlier_number(ctx: Context, heading: int, value: str) -> str:
    """A list whose label wrapped onto two lines ("Ģimenes asistenta | 1) a" over "uzdevumi |
    2) b"): the value beside the label opens with "2)", its "1)" stands on the line above, in
    the same column; that item goes first."""
    number = re.match(r"^\s*(\d{1,2})\)", value)
    if number is None or number.group(1) == "1" or heading == 0:
        return value
    above = ctx.lines[heading - 1]
    previous = rf"^\s*{int(number.group(1)) - 1}\)\s"
    cell = next((seg for seg in above.segments[1:] if re.match(previous, seg.text)), None)
    return f"{cell.text} {value}" if cell is not None else value


# A list's item that is a code (a letter or two): "F, B, D" under "Uzdevumi (kodi)".
_CODE_ITEM = re.compile(r"[^\W\d_]{1,2}")


def _codes_only(value: str) -> bool:
    """"F, B, D": two codes or more parted by commas or semicolons, nothing else."""
    parts = _split_items(value)
    return len(parts) >= 2 and all(_CODE_ITEM.fullmatch(p) for p in parts)


# A caption under a form's blank: the whole line in brackets ("(uzdevums)").
_CAPTION = re.compile(r"^\s*\(([^()]{2,60})\)\s*$")


def _captioned(ctx: Context, spec: FieldSpec, heading: int, end: int) -> list[str]:
    """The lines under a list's heading each captioned by a line in brackets naming the
    list's item ("a" / "(uzdevums)", "b" / "(uzdevums)"): each line over a caption is one
    item; an empty blank has no line of its own over its caption."""
    patterns = [label_regex(label) for label in spec.labels]
    items: list[str] = []
    for at in range(heading + 2, end):
        line, above = ctx.lines[at], ctx.lines[at - 1]
        caption = _CAPTION.match(line.text)
        if caption is None or not any(p.search(fold(caption.group(1))) for p in patterns):
            continue
        if above.index == heading or above.page != line.page or _CAPTION.match(above.text):
            continue
        items.append(above.text.strip(" ;.,-–"))
    return items


def _items(ctx: Context, spec: FieldSpec) -> Found:
    """A list under a heading, its codes read through the page's legend ("Uzdevumi (kodi) |
    F, B, D" with "Uzdevumu kodi: A – ...; B – budžeta plānošana; ..." under it): each code is
    the words the legend gives it, in the order the list gives the codes. Only when the legend
    explains every code; otherwise the list stays as written."""
    found = _items_as_written(ctx, spec)
    codes = found.value if isinstance(found.value, list) else []
    if not codes or not all(isinstance(c, str) and _CODE_ITEM.fullmatch(c.strip())
                            for c in codes):
        return found
    legend = abbreviations(ctx.lines)
    meanings = [legend.get(str(code).strip()) for code in codes]
    if not all(meanings):
        return found
    return replace(found, value=[str(m).strip(" ;.") for m in meanings])


# A list item's wrapped rest stands right under it: a blank this many line heights high
# (or more) between them ends the list.
_WRAP_GAP = 2.0


def _items_as_written(ctx: Context, spec: FieldSpec) -> Found:
    """A list under a heading (tasks): bulleted or numbered lines, or "Heading: a, b, c."
    running on until its full stop, or a table cell "a; b; c"."""
    heading = find_line(ctx.lines, list(spec.labels)) if spec.labels else None
    if heading is None:
        # A table answering each row "ir" or "nav" under a heading no list's label names
        # ("Vajadzība | ir | nav"): its rows answered "ir" are the list, though which list
        # the table is rests on the page having no other; a person confirms it.
        answered = _answered_yes(ctx.lines)
        if answered:
            answer_rows = [line for line in ctx.lines if any(a in line.text for a in answered)]
            return Found(answered, GUESS_CONFIDENCE * _lines_doubt(answer_rows), "marked_list")
        return Found([], GUESS_CONFIDENCE, "list")
    continued = _continued_on_annex(ctx, heading)
    if continued:
        return Found(continued, BASE_CONFIDENCE["list"] * _lines_doubt(ctx.lines[heading:]),
                     "list")
    stop = find_line(ctx.lines, list(spec.stop), heading + 1) if spec.stop else None
    end = stop if stop is not None else len(ctx.lines)
    items: list[str] = []
    column_end = end
    if stop == heading + 1 and spec.stop:
        # A header row wrapped onto a second line ("Uzdevums | Apjoms" over "st./ned. |
        # termiņš"): the stop word there is the header's; the column runs on below.
        later = find_line(ctx.lines, list(spec.stop), heading + 2)
        column_end = later if later is not None else len(ctx.lines)
    # A table answering each row "jā" or "nē" (a mark in a "Jā" or "Nē" column, or the word in
    # a "jā/nē" column, both made box glyphs by marks.answer_columns) lists its "jā" rows only:
    # its header column would list every row.
    answered = _answered_yes(ctx.lines[heading + 1 : column_end])
    if answered:
        return Found(answered, BASE_CONFIDENCE["list"] * _lines_doubt(ctx.lines[heading:end]),
                     "marked_list")
    column = _header_column(ctx, spec, heading, column_end)
    if column:
        return Found(column, BASE_CONFIDENCE["list"] * _lines_doubt(ctx.lines[heading:end]),
                     "list")
    hits = find_label_values(ctx.lines, list(spec.labels), start=heading, end=heading + 1,
                             allow_below=False)
    numbered = next((h for h in hits if re.match(r"^\s*\d{1,2}\)(?:\s|$)", h.value)), None)
    if numbered is not None:
        # "... ar šādiem uzdevumiem: 1) a; 2) b; 3) c." running on to its full stop.
        text = _earlier_number(ctx, heading, numbered.value)
        opening = re.match(r"^\s*(\d{1,2})\)", text)
        first = int(opening.group(1)) if opening else 1
        # In a form's value column ("uzdevumi | 1) a"), a line that starts left of the values
        # is the form's next row (its date line), not the list's wrapped rest.
        value_x = numbered.words[0].x0 if numbered.words else 0.0
        in_column = any(seg.words and seg.words[0] is numbered.words[0]
                        for seg in ctx.lines[heading].segments[1:]) if numbered.words else False
        for line in ctx.lines[heading + 1 : end]:
            if in_column and line.words and line.words[0].x0 < value_x - 8:
                break
            # A wrapped line may open with the sentence's next number ("2) ..."): it goes on;
            # any other bullet starts a list of its own.
            following = len(_NUMBERED.findall(text)) + first
            goes_on = re.match(rf"^\s*{following}\)\s", line.text) is not None
            if re.search(r"\.\s*$", text) or ":" in line.text or _DATELINE.match(line.text) or (
                    _BULLET.match(line.text) and not goes_on):
                break
            text = f"{text} {line.text}"
        text = re.split(r"(?<=[a-zāčēģīķļņšūž)])\.(?:\s|$)", text)[0]
        split = [p.strip(" ;.,") for p in _NUMBERED.split(text) if p.strip(" ;.,")]
        doubt = _lines_doubt(ctx.lines[heading : heading + 1])
        return Found(split, BASE_CONFIDENCE["list"] * doubt, "list")
    ticked = _ticked_rows(ctx.lines[heading + 1 : end]) or _answered_yes(ctx.lines[heading + 1:end])
    if ticked:
        return Found(ticked, BASE_CONFIDENCE["list"] * _lines_doubt(ctx.lines[heading:end]),
                     "marked_list")
    scanned = ctx.document.text_source not in ("text", "acroform")
    ticked = _trailing_ticks(ctx.lines[heading + 1 : end]) if scanned else []
    if ticked:
        # A tick OCR read as a slash: the reading rests on the line's last character.
        return Found(ticked, min(BASE_CONFIDENCE["list"] * _lines_doubt(ctx.lines[heading:end]),
                                 GUESSED_ENDS), "marked_list")
    # OCR's speck after the heading ("Uzdevumi: l") is no item: a task has a word.
    # "... asistentam jāpalīdz mātei šādās | jomās: a, b": a heading met in a sentence that runs
    # on to a colon at the next line's start (within three words) is no heading of its own;
    # the list after the colon is the sentence's (`prose_list`).
    after = ctx.lines[heading + 1] if heading + 1 < len(ctx.lines) else None
    if after is not None and re.match(r"^\s*(?:\S+\s+){0,2}\S*:", after.text):
        hits = [h for h in hits if not _label_in_sentence(h) or re.search(r"[;,]", h.value)]
    inline = next((h for h in hits if not _BULLET.match(h.value)
                   and not _RELATIVE_CLAUSE.match(h.value)
                   and (re.search(r"[^\W\d_]{3}", h.value) or _codes_only(h.value))), None)
    if inline is not None and _boxed_below(ctx.lines[heading + 1 : end]):
        # A checklist's header row ("Uzdevums | Atzīmēt" over "☐ a", "☒ b"): the word beside
        # the heading heads the column of marks, it is no item; the boxed rows are the list.
        inline = None
    in_table = any(seg.cell is not None for seg in ctx.lines[heading].segments)
    if inline is not None:
        text = inline.value
        margin = _margin_words(ctx, ctx.lines[heading])
        if margin and not in_table:
            # A clerk's note written in the margin beside the list's line ("... apmeklēt 457"):
            # no part of the last item.
            for word in reversed(ctx.lines[heading].words):
                if not any(word is m for m in margin) or not text.rstrip().endswith(word.text):
                    break
                text = text.rstrip()[: -len(word.text)]
        # Beside its heading in a form's value column ("Uzdevumi | a; b", the value a segment
        # of its own), the list's wrapped rest stands in that column; a line opening left of
        # it is the form's next row ("Atzinums apstiprināts | <date>"), as for a numbered list
        # above. In running text the rest wraps to the margin and goes on.
        column_x = inline.words[0].x0 if inline.words and any(
            seg.words and seg.words[0] is inline.words[0]
            for seg in ctx.lines[heading].segments[1:]) else None
        for line in [] if in_table else ctx.lines[heading + 1 : end]:
            if text.rstrip().endswith(".") or _BULLET.match(line.text) or ":" in line.text \
                    or _DATELINE.match(line.text) or _SENTENCE_END.search(text):
                break
            if column_x is not None and line.words and line.words[0].x0 < column_x - 8 \
                    and ctx.lines[heading].words and ctx.lines[heading].words[0].x0 < column_x - 8:
                break
            margin = _margin_words(ctx, line) if not in_table else []
            kept = [w.text for w in line.words if not any(w is m for m in margin)]
            text = f"{text} {' '.join(kept) if margin else line.text}"
        if not in_table:
            # The list's sentence ends at its full stop: what follows on the line (a note in
            # the margin, the next sentence) is no item.
            text = _SENTENCE_END.split(text)[0]
        text = " ".join(text.split())
        doubt = _lines_doubt(ctx.lines[heading : heading + 1])
        rows = (_cell_rows(ctx, inline.words) if in_table and not re.search(r"[;,]", text)
                else [])
        if not in_table and _label_in_sentence(inline):
            # "Asistenta uzdevumi būtu a un b.": the sentence's verb is no part of the first
            # item, and its items may be joined by "un" as well as by commas.
            text = _LEADING_VERB.sub("", text)
        split = rows if len(rows) > 1 else _split_items(text)
        if not in_table and _label_in_sentence(inline):
            split = [part for item in split for part in _joined_by_and(item)]
        return Found(split, BASE_CONFIDENCE["list"] * doubt, "list")
    below = _sentence_below(ctx, heading, end) if not in_table else None
    if below is not None:
        # Where the items of one line end is told by commas only: a person checks.
        return Found(_split_items(below), min(BASE_CONFIDENCE["list"], FALLBACK_CONFIDENCE)
                     * _lines_doubt(ctx.lines[heading:end]), "list")
    head_x = ctx.lines[heading].words[0].x0
    boxes = 0
    scanned = ctx.document.text_source not in ("text", "acroform")
    inked = _inked_boxes(ctx.lines[heading + 1 : end]) if scanned else []
    if inked:
        return Found(inked, min(BASE_CONFIDENCE["list"] * _lines_doubt(ctx.lines[heading:end]),
                                GUESSED_ENDS), "marked_list",
                     warning=f"{spec.name}: the marked boxes were read as letters; the options "
                             "after them are taken as the marked ones")
    # On a scan OCR keeps an empty box and drops a filled one (dark, no letter): an option
    # line without a box among boxed ones, not the wrapped end of the line above, was marked.
    unboxed: list[tuple[int, str]] = []
    boxed_at: list[int] = []
    above: Line | None = None
    for line in ctx.lines[heading + 1 : end]:
        if _TOTAL_ROW.match(fold(line.text)):
            break
        box = _BOX_ITEM.match(line.text)
        previous, above = above, line
        if box is not None:
            # A checklist: every area printed with a box, the marked ones are the list.
            boxes += 1
            boxed_at.append(line.index)
            if MARK_ON.fullmatch(box.group(1).strip()):
                items.append(line.text[box.end():].strip(" ;."))
            continue
        if (scanned and boxes and not items and ":" not in line.text
                and (previous is None or not _continues(previous, line, ctx.lines))):
            unboxed.append((line.index, line.text.strip(" ;.")))
            continue
        if boxes and not items and line.words[0].x0 > head_x + 8:
            continue  # the wrapped rest of an unmarked option
        bullet = _BULLET.match(line.text) or (scanned and _SCANNED_BULLET.match(line.text))
        if bullet:
            # A speck after the item's closing bracket ("... mazgāšana) ,") is no text either.
            # "1) a 2) b 3) c" typed on one line: the numbers that follow in order part it.
            opened = re.match(r"^\s*(\d{1,2})\)", line.text)
            text = line.text[bullet.end():].strip(" ;.,")
            items.extend(_numbered_on(text, int(opened.group(1))) if opened else [text])
        elif items and line.words[0].x0 > head_x + 8 and ":" not in line.text and not (
                previous is not None and previous.page == line.page and (
                    line.top < previous.top
                    or line.top - previous.bottom > _WRAP_GAP * previous.height)):
            # ... below the item: a line higher up is the next column's (a pull-quote beside
            # the list, read after it), no wrapped rest; nor is a line several blank lines
            # down (the signature's row under the list, its scrawl and the signer's name).
            items[-1] = f"{items[-1]} {line.text.strip(' ;.')}"
        elif items:
            break
    if not items and not boxes and heading + 1 < end:
        # "Uzdevumi" over one line "a; b; c": the items on the line under the heading.
        under = ctx.lines[heading + 1].text
        if ";" in under and ":" not in under and not _TOTAL_ROW.match(fold(under)):
            items = _split_items(under)
    if not items and not boxes:
        # "ģimenes budžeta plānošana" / "(uzdevums)": a form that captions each blank under it
        # with the item's name; every captioned line is one item.
        items = _captioned(ctx, spec, heading, end)
    doubt = _lines_doubt(ctx.lines[heading:end])
    # Only inside the boxed list or on the line right after it, in its block.
    listed = [text for at, text in unboxed if boxed_at and at <= boxed_at[-1] + 1
              and at in _block(ctx.lines, boxed_at[-1])]
    if scanned:
        items = _siblings_case(items)
    if not items and boxes >= 2 and listed:
        return Found(listed, min(BASE_CONFIDENCE["list"] * doubt, GUESSED_ENDS), "marked_list",
                     warning=f"{spec.name}: the marked boxes were not read; the options printed "
                             "without a box are taken as the marked ones")
    return Found(items, BASE_CONFIDENCE["list"] * doubt, "list")
