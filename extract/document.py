"""What a reader hands to classification and field extraction: pages of positioned words.

Every text source (the PDF text layer, OCR of a scan, AcroForm values) produces the same
`ReadDocument`, so classification and field extraction are one code path for all of them.
Coordinates follow pdfplumber: PDF points, origin at the top left of the page.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

TextSource = Literal["text", "ocr", "acroform", "mixed"]


@dataclass(frozen=True, slots=True)
class Word:
    """One word with its box; `confidence` is 1.0 for a text layer, Tesseract's 0..1 for OCR."""

    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    page: int = 0
    confidence: float = 1.0


@dataclass(slots=True)
class Page:
    """One page's words, in reading order, and where they came from."""

    number: int  # 0-based
    width: float
    height: float
    words: list[Word]
    source: Literal["text", "ocr"] = "text"
    rotation: int = 0  # degrees clockwise the reader turned the page to read it (OCR)
    # Cell rectangles (x0, top, x1, bottom) of ruled tables, when the reader could see them.
    cells: list[tuple[float, float, float, float]] = field(default_factory=list)
    # Lines of a text layer's glyphs all turned by one small angle (a rubber stamp put down
    # askew, "IZDOTS 2025 -03- 11"), kept apart from the words: they are no part of the lines.
    stamp_lines: list[str] = field(default_factory=list)


@dataclass(slots=True)
class ReadDocument:
    """A whole file as read: its pages, AcroForm values, and how the text was obtained."""

    path: Path
    pages: list[Page]
    text_source: TextSource
    form_values: dict[str, str] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    # Codes of what the reader noticed (ENCRYPTED_OWNER_ONLY, ACTIVE_CONTENT, NO_TEXT...).
    flags: list[str] = field(default_factory=list)
    # Set when nothing usable could be read and a person must look at the file (why, one line).
    needs_review: str | None = None
    # Pages that are a picture under the scanner's own invisible OCR text (extract/hidden_layer.py):
    # read by our OCR of the picture, not by that text.
    scanners_layer_pages: list[int] = field(default_factory=list)

    @property
    def words(self) -> list[Word]:
        return [w for p in self.pages for w in p.words]


def pages_phrase(indexes: list[int]) -> str:
    """Pages named for a warning, from their 0-based indexes: "page 2", "pages 1, 3"."""
    numbers = [str(i + 1) for i in indexes]
    if len(numbers) == 1:
        return f"page {numbers[0]}"
    shown = ", ".join(numbers[:8]) + (", …" if len(numbers) > 8 else "")
    return f"pages {shown}"
