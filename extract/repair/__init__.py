"""Repair of OCR-damaged values against what must be true of them (a code's checksum, a
place's name, a given name, a postcode's form), only where one near candidate exists."""

from .confusions import nearest, ocr_cost
from .mend import (
    Mended,
    broken_words,
    complete_broken,
    drop_stray_mark,
    mend_value,
    restore_marks,
)
from .places import mend_postcode

__all__ = ["Mended", "broken_words", "complete_broken", "drop_stray_mark", "mend_postcode",
           "mend_value", "nearest", "ocr_cost", "restore_marks"]
