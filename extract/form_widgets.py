"""A fillable form's values put on the page where their fields are drawn.

An AcroForm keeps what was typed in the form's fields, not in the page text: the page shows
"Vārds, uzvārds" and an empty box. Placing each filled value as words inside its field's
rectangle (and each checkbox as "☒" or "☐") lets the layout read the form like any other page:
the value beside or under its printed label, whatever the field happens to be named.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from .document import Page, Word
from .marks import EMPTY, MARKED

log = logging.getLogger(__name__)


def _value(annotation: Any) -> tuple[str | None, Any]:
    """(field type, value) of a widget, looked up on its parent field when it has none."""
    node = annotation
    for _ in range(4):
        if node is None:
            break
        kind = node.get("/FT")
        value = node.get("/V")
        if kind is not None or value is not None:
            return (str(kind) if kind is not None else None), value
        parent = node.get("/Parent")
        node = parent.get_object() if parent is not None else None
    return None, None


def _words(text: str, rect: tuple[float, float, float, float], page: Page) -> list[Word]:
    x0, y0, _x1, y1 = rect
    height = max(4.0, min(12.0, 0.6 * (y1 - y0)))
    top = page.height - (y0 + y1) / 2 - height / 2
    words: list[Word] = []
    x = x0 + 2
    for token in text.split():
        width = 0.5 * height * len(token)
        words.append(Word(token, x, top, x + width, top + height, page.number))
        x += width + 0.3 * height
    return words


def place_form_values(path: Path, pages: list[Page]) -> None:
    """Add every filled text field's value and every checkbox's state to its page's words."""
    from pypdf import PdfReader

    try:
        reader = PdfReader(path)
        for number, pdf_page in enumerate(reader.pages):
            if number >= len(pages):
                break
            page = pages[number]
            for ref in pdf_page.get("/Annots") or []:
                annotation = ref.get_object()
                if annotation.get("/Subtype") != "/Widget" or annotation.get("/Rect") is None:
                    continue
                rect = tuple(float(v) for v in annotation["/Rect"])
                rect = (min(rect[0], rect[2]), min(rect[1], rect[3]),
                        max(rect[0], rect[2]), max(rect[1], rect[3]))
                kind, value = _value(annotation)
                if kind == "/Btn":
                    state = annotation.get("/AS", value)
                    if state is None:
                        continue
                    mark = EMPTY if str(state) in ("/Off", "Off") else MARKED
                    page.words.extend(_words(mark, rect, page))
                elif kind in ("/Tx", "/Ch") and value is not None:
                    text = str(value).strip()
                    if text and not text.startswith("/"):
                        page.words.extend(_words(text, rect, page))
    except Exception:  # a damaged form costs its placed values, never the page's own text
        log.debug("form values could not be placed", exc_info=True)
