"""A software system's print header: what the system printed about the printing, not the paper.

A certificate or an opinion printed from an HR, accounting, school or case management system
opens with the system's header: its name beside a page counter ("PersonālsPRO 7.4 ... Lapa 1
no 1"), the report's code ("Atskaite: HR-IZZ-002"), the user who printed it ("Drukāja:
a.kalnina") and the print time ("Drukāts: 2025-04-09 16:03"); the issuer's name stands on one
of these rows, left of the print data. Read as the paper's, the header ran into the issuer's
name ("PersonālsPRO 7.4 Lapa 1 no 1 Atskaite: ... SIA Ventas Koks Drukāts: ...") and the
print time became the issue date. Where a page's top rows show at least two kinds of print
data (`print_header.yaml`), the print data (each label with what follows it on its row) and
the system's name beside the page counter are left out of the reading; the issuer's name on
the header's rows stays. A page counter alone (a letter's "Lapa 1 no 2") is no such header.
"""

from __future__ import annotations

import re
from typing import Any

from .layout import Line, Segment, fold, renumbered
from .reading_context import _ORGANISATION
from .vocabulary import reader_data


def _vocabulary() -> dict[str, Any]:
    return reader_data("print_header.yaml")


def _near(word: str, label: str) -> bool:
    """Equal, or one letter off (replaced, dropped or added) when the label is five letters or
    more: OCR's slips in a header's small print ("orukaja", "drukats")."""
    if word == label:
        return True
    if len(label) < 5 or abs(len(word) - len(label)) > 1:
        return False
    if len(word) == len(label):
        return sum(a != b for a, b in zip(word, label, strict=True)) <= 1
    short, long = (word, label) if len(word) < len(label) else (label, word)
    return any(long[:i] + long[i + 1:] == short for i in range(len(long)))


def _label_kind(segment: Segment) -> str | None:
    """The print-data label a segment opens with ("Drukāts: 2025-...", "Atskaite:"), or
    "counter" for a page counter; None for anything else."""
    text = fold(segment.text).strip(" \"'“„.,;")
    if re.match(_vocabulary()["page_counter"], text):
        return "counter"
    return _part_kind(text)


# A print time after its label with no colon ("Izdrukāts 04.03.2025 17:12", "Ģenerēts
# 2025-05-12 10:18:44"): a date and a clock.
_PRINT_TIME = re.compile(r"^\s*\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\.?\s+\d{1,2}:\d{2}")
# The parts of a header's segment a system joins by a middle dot ("... 10:18 · lietotājs: x").
_PART = re.compile(r"\s[·|•]\s")


# The kind a print label stating a date and a clock counts as besides its own: when the
# system printed, unmistakably ("Izdrukāts 14.05.2025 12:30" alone is a print header's row).
TIMED = "print time"


def _part_kind(text: str) -> str | None:
    """The print-data label a piece of a header opens with: before its colon, or before the
    print time it states."""
    head, colon, _ = text.partition(":")
    if not colon or not head or len(head) > 24:
        timed = re.match(r"([^\W\d_][^\W\d_ ]{2,23})\s+(?=\d)", text)
        if timed is None or not _PRINT_TIME.match(text[timed.end():]):
            return None
        head = timed.group(1)
    head = re.sub(r"[^a-z ]", "", head).strip()
    for label in _vocabulary()["labels"]:
        if _near(head, label):
            return label
    return None


def _timed(segment: Segment) -> bool:
    """A piece of the segment is a print label with its date and clock after it."""
    return any(_part_kind(part.strip()) is not None and re.search(
        r"[:\s]\s*\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\.?\s+\d{1,2}:\d{2}", part)
        for part in _PART.split(fold(segment.text)))


def _kinds_within(segment: Segment) -> set[str]:
    """The print-data labels opening the pieces of a segment after its first middle dot, and
    the print time's own kind when one states a date and a clock."""
    parts = _PART.split(fold(segment.text))[1:]
    kinds = {kind for part in parts if (kind := _part_kind(part.strip())) is not None}
    return kinds | ({TIMED} if _timed(segment) else set())


def _row(line: Line) -> tuple[list[Segment], set[str], bool]:
    """A row's segments left of its print data, the kinds of print data on it, and whether
    a page counter is one of them."""
    kinds: set[str] = set()
    for at, segment in enumerate(line.segments):
        kind = _label_kind(segment)
        if kind is not None:
            kinds.add(kind)
            kinds |= _kinds_within(segment)
            # The label's value stands after it; a counter or another label may follow.
            for later in line.segments[at + 1:]:
                later_kind = _label_kind(later)
                if later_kind is not None:
                    kinds.add(later_kind)
                kinds |= _kinds_within(later)
            return list(line.segments[:at]), kinds, "counter" in kinds
    return list(line.segments), kinds, False


def _page_header(lines: list[Line]) -> dict[int, list[Segment]] | None:
    """The rows of a page's print header (by line index) with the segments of each row that
    stay; None when the page's top shows no print header."""
    reach = int(_vocabulary()["reach"])
    rows: dict[int, tuple[list[Segment], bool]] = {}
    kinds: set[str] = set()
    for line in lines[:reach]:
        kept, found, counter = _row(line)
        if not found:
            break
        rows[line.index] = (kept, counter)
        kinds |= found
    if len(kinds) < int(_vocabulary()["enough"]):
        return None
    named_below = any(kept and not counter for kept, counter in rows.values())
    header: dict[int, list[Segment]] = {}
    for index, (kept, counter) in rows.items():
        # The system's name beside the counter ("SkolasVārti ... Lapa 1 no 1") is no issuer
        # when a row of the header names one left of its print data; nor is the system's or
        # its module's name left of the print data that names no organisation
        # ("PersonālsPRO v8.3 · izdruka", "Kolektīvu uzskaite · apliecinājumi").
        # A name in quotes after the module's lower-case word ("... · modulis „Izziņas”")
        # names the module, not an organisation.
        system = not any(_ORGANISATION.search(fold(_MODULE_PART.split(seg.text)[0]))
                         for seg in kept) and any(_SYSTEM_NAME.search(seg.text) for seg in kept)
        header[index] = [] if (counter and named_below) or system else kept
    return header


# A system's or module's name: a version number ("PersonālsPRO v8.3", "KLS 2.14"), or a piece
# after a middle dot in lower case, the module or the paper's kind ("... · izdruka",
# "Kolektīvu uzskaite · apliecinājumi").
# Where a system's name goes on with its module or the paper's kind after a middle dot.
_MODULE_PART = re.compile(r"\s[·•]\s+(?=(?-i:[a-zāčēģīķļņšūž]))")
_SYSTEM_NAME = re.compile(r"(?<![\w.])v?\d{1,2}\.\d{1,2}(?![\w.])|\s[·•]\s+(?-i:[a-zāčēģīķļņšūž])")


def without_print_header(lines: list[Line]) -> list[Line]:
    """The document's lines without a system's print header on any page, renumbered (see the
    module docstring); the lines as they are when no page has one."""
    pages: dict[int, list[Line]] = {}
    for line in lines:
        pages.setdefault(line.page, []).append(line)
    changed: dict[int, list[Segment]] = {}
    for page_lines in pages.values():
        header = _page_header(page_lines)
        if header is not None:
            changed.update(header)
        # A print stamp closing the page ("Izdrukāts 11.11.2025. 08:05 · ... dienests" under a
        # printed e-mail's signature): the system's, opening with its print label and stating
        # the date and the clock; its label was read as the signer's surname.
        last = page_lines[-1] if page_lines else None
        if last is not None and last.segments and _timed(last.segments[0]) \
                and not _row(last)[0]:
            changed[last.index] = []
    if not changed:
        return lines
    kept: list[Line] = []
    for line in lines:
        if line.index not in changed:
            kept.append(line)
            continue
        segments = changed[line.index]
        if segments:
            words = [w for segment in segments for w in segment.words]
            kept.append(Line(line.page, words, segments))
    if not kept:
        return lines
    return renumbered(kept)


__all__ = ["names_print_time", "without_print_header"]


def names_print_time(text: str) -> bool:
    """A word of the text is a print-data label ("Izdrukāts", "ģenerēts lietotnē"): what
    follows is when a system printed or made the paper."""
    words = re.findall(r"[a-z]+", fold(text))
    return any(_near(word, label) for word in words for label in _vocabulary()["labels"]
               if " " not in label)


_QUOTED_NAME = r"[\s:]+(?:[\w./-]+\s+){0,2}?(?:[„\"“”]|,,)\s*([^„\"“”]{3,80}?)\s*[”\"“]"


def named_form(folded: str) -> str | None:
    """The title a system's line gives its paper by the form's or e-service's name in quotes
    ("veidlapa „pieteikums asistenta pakalpojumam” nosutita" -> "pieteikums asistenta
    pakalpojumam"; "e-pakalpojums sp-07 „asistenta pakalpojums”" -> "pieteikums asistenta
    pakalpojums"), folded; None when the line names none."""
    for word, kind in _vocabulary().get("named_forms", {}).items():
        match = re.search(rf"(?<![\w-]){re.escape(word)}[a-z]*{_QUOTED_NAME}", folded)
        if match is not None:
            name = match.group(1).strip()
            return f"{kind} {name}".strip() if kind and not name.startswith(kind) else name
    return None
