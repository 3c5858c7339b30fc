"""A text layer whose font maps no Latvian letter: the marks are dropped ("Zenija Nikitina").

The page shows "Ženija Ņikitina"; the font's ToUnicode map gives the bare letters. Such a
layer is told from a person who typed without marks only by the page's pixels, so it is
suspected by its words and decided by OCR of the page:

- suspected: not one Latvian mark on the page, while several words are the reader's own
  vocabulary (its labels and phrases, `extract/vocabulary/*.yaml`) with their marks dropped
  ("Vards, uzvards", "ludzu", "pasvaldiba");
- mended: each layer word takes OCR's reading of the same place when that reading is the
  same word with marks ("Zenija" under "Ženija"); OCR's other readings (a misread letter, a
  split word) are ignored, so OCR adds marks and nothing else. The layer's boxes stay.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from .document import Page, Word
from .roles import fold_letters

_MARKED = frozenset("āčēģīķļņšūžĀČĒĢĪĶĻŅŠŪŽ")
_WORD = re.compile(r"[^\W\d_]{3,}")
# How many of the reader's marked words, written bare, make a page suspect.
MIN_BARE_WORDS = 3
# OCR's word and the layer's overlap by this share of the smaller box at least.
_OVERLAP = 0.5


@lru_cache(maxsize=1)
def _bare_vocabulary() -> frozenset[str]:
    """The reader's own marked words (labels, phrases), lower case, their marks dropped."""
    folder = Path(__file__).parent / "vocabulary"
    words: set[str] = set()
    for path in sorted(folder.glob("*.yaml")):
        for word in _WORD.findall(path.read_text(encoding="utf-8").lower()):
            if any(c in _MARKED for c in word):
                words.add(fold_letters(word))
    return frozenset(words)


def _bare(word: str) -> str:
    return word.strip(".,:;!?()\"'„”“«»–-").lower()


def drops_marks(page: Page) -> bool:
    """Whether a text layer page reads as the reader's vocabulary with every mark dropped."""
    if page.source != "text" or any(c in _MARKED for w in page.words for c in w.text):
        return False
    vocabulary = _bare_vocabulary()
    seen = {_bare(w.text) for w in page.words}
    return len({w for w in seen if w in vocabulary}) >= MIN_BARE_WORDS


def _overlap(a: Word, b: Word) -> float:
    width = min(a.x1, b.x1) - max(a.x0, b.x0)
    height = min(a.bottom, b.bottom) - max(a.top, b.top)
    if width <= 0 or height <= 0:
        return 0.0
    smaller = min((a.x1 - a.x0) * (a.bottom - a.top), (b.x1 - b.x0) * (b.bottom - b.top))
    return width * height / smaller if smaller > 0 else 0.0


def restore_marks(page: Page, ocr: Page) -> tuple[Page, int]:
    """The layer page with the marks OCR read on the same words put back, and how many words
    took them."""
    restored = 0
    words: list[Word] = []
    for word in page.words:
        better = None
        for other in ocr.words:
            if (other.text != word.text and any(c in _MARKED for c in other.text)
                    and fold_letters(other.text) == word.text
                    and _overlap(word, other) >= _OVERLAP):
                better = other.text
                break
        if better is not None:
            restored += 1
            words.append(replace(word, text=better))
        else:
            words.append(word)
    return replace(page, words=words), restored
