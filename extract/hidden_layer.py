"""A scan that brings its scanner's own OCR: a page image with an invisible text layer over it.

Office scanners write "searchable" PDFs: the page is one picture and their OCR's text is laid
over it in invisible glyphs (text render mode 3). That layer decodes to readable text, so it
passes every check of a text layer, but it is the scanner's reading, not the paper: letters
without their marks ("Kokzaģetava", "stradā"), words split, a "0" read as "O" ("2O16"). Such
a page is read like any scan, by our OCR of its image; the scanner's words are not trusted.
A digital paper with invisible text (a form's hidden field) is no such page: the picture must
cover the page and nearly all the text must be invisible.
"""

from __future__ import annotations

import logging
import re

log = logging.getLogger(__name__)

# The picture covers the page (a scan's margins may be cropped a little).
PAGE_COVERED = 0.9
# Nearly every glyph shown is invisible: the visible text, if any, is a stamp or a footer.
INVISIBLE_SHARE = 0.9
# Fewer text-showing operators than this say nothing either way...
MIN_TEXT_SHOWS = 10
# ... unless every one of them is invisible over a picture covering the page: a scanner's layer
# may show a short certificate's nine lines with one operator each (set X's nine-line scan).
MIN_ALL_HIDDEN_SHOWS = 3

# "3 Tr" sets the render mode (3: neither fill nor stroke); Tj, TJ, ' and " show text.
_OPERATOR = re.compile(rb"(?<![\w/])(?:(\d)\s+Tr|(Tj|TJ|'|\"))(?![\w])")


def invisible_share(content: bytes, least: int = MIN_TEXT_SHOWS) -> float | None:
    """The share of a page's text-showing operators drawn in render mode 3 (invisible), or
    None when the page shows fewer than `least` of them (too little text to tell). The mode is
    followed in stream order; a "Q" restoring an earlier mode is not modelled (a scanner's
    layer sets it in each block)."""
    mode = 0
    shown = hidden = 0
    for match in _OPERATOR.finditer(content):
        if match.group(1) is not None:
            mode = int(match.group(1))
            continue
        shown += 1
        hidden += mode == 3
    if shown < least:
        return None
    return hidden / shown


def image_coverage(page: object) -> float:
    """The share of the page's area the largest picture on it covers (0 without pictures)."""
    width = float(getattr(page, "width", 0) or 0)
    height = float(getattr(page, "height", 0) or 0)
    if width <= 0 or height <= 0:
        return 0.0
    best = 0.0
    for image in getattr(page, "images", None) or []:
        x0, x1 = max(float(image["x0"]), 0.0), min(float(image["x1"]), width)
        top, bottom = max(float(image["top"]), 0.0), min(float(image["bottom"]), height)
        if x1 > x0 and bottom > top:
            best = max(best, (x1 - x0) * (bottom - top) / (width * height))
    return best


def _content(page: object) -> bytes:
    """The page's content streams, decoded and joined."""
    streams = getattr(getattr(page, "page_obj", None), "contents", None) or []
    data = []
    for stream in streams:
        try:
            resolved = stream.resolve() if hasattr(stream, "resolve") else stream
            data.append(resolved.get_data())
        except Exception:  # a stream that does not decode tells us nothing
            log.debug("content stream could not be decoded", exc_info=True)
    return b"\n".join(data)


def is_scanners_layer(page: object) -> bool:
    """Whether a pdfplumber page is a picture under an invisible OCR text layer."""
    if image_coverage(page) < PAGE_COVERED:
        return False
    content = _content(page)
    share = invisible_share(content)
    if share is None:
        # A few lines, all of them invisible over the page's picture: a scanner's layer too.
        return invisible_share(content, MIN_ALL_HIDDEN_SHOWS) == 1.0
    return share >= INVISIBLE_SHARE


__all__ = ["image_coverage", "invisible_share", "is_scanners_layer"]
