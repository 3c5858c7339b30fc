"""A field's reading and how sure it is: `Found`, `Extraction` and the confidences.

Every reader returns a `Found` (the value, its confidence, how it was found, the words it
rests on) and starts its confidence from the constants here, capped by the evidence
ceilings measured on blind sets (`evidence_confidence.yaml`) and lowered by OCR doubt. They
live apart from the readers so that every reader module can import them without a cycle.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Any

import yaml

from ..errors import ConfigError
from .document import Word
from .layout import Line

if TYPE_CHECKING:  # reading_context imports Found from here; Context only types a parameter
    from .reading_context import Context

# How sure a value is by the way it was found, before any penalty.
BASE_CONFIDENCE = {"acroform": 0.98, "label": 0.97, "letterhead": 0.93, "pattern": 0.9, "list": 0.9,
                   "copy": 0.85, "appointment": 0.85}
GUESS_CONFIDENCE = 0.6
# A value whose ends were guessed (a note cut off, "Nr" without its number), a name whose
# nominative the name tables cannot confirm, a value that is one of several the page offers.
GUESSED_ENDS = 0.75
UNCONFIRMED_NAME = 0.8
ONE_OF_SEVERAL = 0.8
# A value resting on a word that names more than one (a rehabilitation: medical or social).
DOUBTFUL_VALUE = 0.8
# A value found by a pattern with no words of its own (the only code on the page): likely, but
# nothing on the page says whose or which it is.
FALLBACK_CONFIDENCE = 0.85


@lru_cache(maxsize=1)
def evidence_ceilings() -> dict[str, float]:
    """The highest confidence each evidence kind may report (`evidence_confidence.yaml`)."""
    text = resources.files(__package__).joinpath("evidence_confidence.yaml").read_text("utf-8")
    data = yaml.safe_load(text)
    if not isinstance(data, dict) or not all(
        isinstance(v, int | float) and 0 <= v <= 1 for v in data.values()
    ):
        raise ConfigError("each evidence kind needs a ceiling between 0 and 1",
                          file="extract/evidence_confidence.yaml")
    return {str(k): float(v) for k, v in data.items()}


@dataclass(slots=True)
class Found:
    """One field's chosen value and how it was found."""

    value: Any
    confidence: float
    how: str
    words: list[Word] = field(default_factory=list)
    warning: str | None = None
    structural: float | None = None  # confidence from the layout alone, before OCR doubt


@dataclass(slots=True)
class Extraction:
    """What the engine returns for one document."""

    fields: dict[str, Any]
    confidence: dict[str, float]
    warnings: list[str]
    # Where each value was read: [page, x0, top, x1, bottom] in points (the review desk marks it)
    boxes: dict[str, list[float]] = field(default_factory=dict)
    # How each value was found (its evidence: "label", "letterhead", "pattern", "copy"...).
    sources: dict[str, str] = field(default_factory=dict)


def _lines_doubt(lines: list[Line]) -> float:
    """OCR confidence of the least sure real word (letters or digits) in some lines."""
    return min(
        (w.confidence for line in lines for w in line.words if re.search(r"[^\W_]", w.text)),
        default=1.0,
    )


def _ocr_factor(words: list[Word]) -> float:
    """OCR confidence of the least sure word used (1.0 for a text layer)."""
    return min((w.confidence for w in words), default=1.0)


def _words_by_ocr(ctx: Context, words: list[Word]) -> bool:
    pages = ctx.document.pages
    return bool(words) and all(0 <= w.page < len(pages) and pages[w.page].source == "ocr"
                               for w in words)
