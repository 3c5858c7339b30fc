"""A transmittal cover page ahead of the paper: a message about the paper, not the paper.

A fax sent with a cover sheet ("FAKSS / Kam: ... / No: SIA ..., grāmatvedība / Datums: ... /
Lapu skaits: 2 (ieskaitot šo)") carries labelled values that look like the paper's own: its
"Datums" is the day the fax went, its "No" a department, its subject a title. Read as the
paper's, the sending date became the certificate's date at label confidence while the paper
on the next page is dated a day earlier. A leading page holding the cover's words, with a page
of the paper after it, is left out of the reading; the words are data (`cover_page.yaml`).
"""

from __future__ import annotations

import re
from typing import Any

from .layout import Line, fold, renumbered
from .vocabulary import reader_data


def _vocabulary() -> dict[str, Any]:
    return reader_data("cover_page.yaml")


def _marker_on(line_text: str, marker: str, *, anywhere: bool) -> bool:
    # A label starts its line ("Kam:", "No:") or stands alone ("FAKSS"); a sure phrase
    # ("lapu skaits", "ieskaitot šo") may stand anywhere.
    if anywhere:
        return re.search(rf"(?<!\w){re.escape(marker)}(?!\w)", line_text) is not None
    return re.match(rf"{re.escape(marker)}\s*(?::|$)", line_text) is not None


def is_cover_page(lines: list[Line]) -> bool:
    """Whether a page's lines are a transmittal cover sheet's."""
    vocab = _vocabulary()
    texts = [fold(line.text) for line in lines]
    sure = any(_marker_on(t, m, anywhere=True) for t in texts for m in vocab["sure"])
    if not sure:
        return False
    found = {m for m in vocab["markers"] for t in texts
             if _marker_on(t, m, anywhere=m in vocab["sure"])}
    return len(found) >= int(vocab["enough"])


def _opens_a_paper(lines: list[Line]) -> bool:
    """Whether a page opens a paper of its own: among its first lines, a title printed in
    capitals whose first word is an enclosed paper's (`cover_page.yaml`, `enclosed_titles`)."""
    titles = _vocabulary()["covering_letter"]["enclosed_titles"]
    for line in lines[:int(_vocabulary()["covering_letter"]["title_within"])]:
        words = line.text.split()
        if words and words[0].isupper() and len(words[0]) > 3 \
                and fold(words[0]).strip(".:,") in titles:
            return True
    return False


def covering_letter_span(lines: list[Line], later: list[list[Line]]) -> int:
    """How many pages a covering letter sent with the paper behind it takes, 0 when the page is
    none: it names its enclosure ("Pielikumā: izziņa uz 1 lp.") and a later page opens that
    paper with its title; the pages between (a data-protection notice sent along) are the
    letter's too. The letter's date, number and sender are the sending's; a letter with nothing
    behind it is all there is to read."""
    enclosure = re.compile(_vocabulary()["covering_letter"]["enclosure"])
    if not any(enclosure.search(fold(line.text)) for line in lines):
        return 0
    for at, page in enumerate(later):
        if _opens_a_paper(page):
            return at + 1
    return 0


def without_cover_pages(lines: list[Line]) -> list[Line]:
    """The document's lines without the cover pages (a fax's cover sheet, a covering letter)
    leading it, renumbered; all of them when every page would go (a cover sent alone is all
    there is to read)."""
    pages = sorted({line.page for line in lines})
    by_page = {page: [line for line in lines if line.page == page] for page in pages}
    dropped: set[int] = set()
    at = 0
    while at < len(pages) - 1:
        page = pages[at]
        if is_cover_page(by_page[page]):
            dropped.add(page)
            at += 1
            continue
        span = covering_letter_span(by_page[page], [by_page[p] for p in pages[at + 1:]])
        if not span:
            break
        dropped.update(pages[at:at + span])
        at += span
    if not dropped:
        return lines
    kept = [line for line in lines if line.page not in dropped]
    return renumbered(kept)


_CLOCK = re.compile(r"(?<![\d:])\d{1,2}:\d{2}(?![\d:])")
_HEADER_DATE = re.compile(r"(?<!\d)\d{1,2}\s*[./]\s*\d{1,2}\s*[./]\s*(?:\d{2}|\d{4})(?!\d)")
_LONG_NUMBER = re.compile(r"(?<!\d)\d(?:[\s-]?\d){6,}(?!\d)")


def is_fax_header(line: Line) -> bool:
    """Whether a page's first line is a fax machine's transmission line: a clock time, a date,
    and a fax's word or the sending number (`cover_page.yaml`)."""
    text = fold(line.text)
    if not _CLOCK.search(text) or not _HEADER_DATE.search(_CLOCK.sub(" ", text)):
        return False
    words = _vocabulary().get("fax_header_words", [])
    return bool(_LONG_NUMBER.search(_HEADER_DATE.sub(" ", _CLOCK.sub(" ", text)))) or any(
        re.search(rf"(?<![a-z]){re.escape(word)}(?![a-z])", text) for word in words)


def without_fax_headers(lines: list[Line]) -> list[Line]:
    """The lines without the fax machine's transmission line atop each page (`is_fax_header`):
    its date is the sending's and its station no part of the letterhead. Renumbered."""
    firsts = {line.page: line for line in reversed(lines)}
    dropped = {id(line) for line in firsts.values() if is_fax_header(line)}
    if not dropped or len(dropped) == len(lines):
        return lines
    kept = [line for line in lines if id(line) not in dropped]
    return renumbered(kept)


__all__ = ["covering_letter_span", "is_cover_page", "is_fax_header", "without_cover_pages",
           "without_fax_headers"]
