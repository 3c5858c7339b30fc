"""Whether a PDF page's text layer can be trusted or the page must be OCRed (no rendering)."""

from __future__ import annotations

import re

from .document import Page

# Fewer visible characters than this on a page is a scan with at most a stamp or a page number.
MIN_TEXT_CHARS = 20
# pdfminer writes glyphs without a Unicode mapping as "(cid:NN)": the text is not recoverable.
_CID = re.compile(r"\(cid:\d+\)")
# Real prose and forms are mostly letters and digits; a broken encoding gives symbol soup.
MIN_ALNUM_SHARE = 0.5
MAX_CID_SHARE = 0.05
# A page covered by a picture (a scanned image) whose text layer is only a few words is a scan
# with a header, a stamp or a scanner's imprint laid over it, not a digital document.
IMAGE_COVERED = 0.6
SPARSE_WORDS_ON_IMAGE = 25
# Text whose words sit outside the page box is a layer that does not belong to this page.
MIN_WORDS_ON_PAGE = 0.8
# A broken ToUnicode map decodes glyphs to the wrong letters: still "alphanumeric", but not a
# language. Latvian prose and forms have 38-48 % vowels among their letters (English ~38 %),
# almost all in the Latin alphabet; shifted or random letters have far fewer vowels, and a map
# into another script has few Latin letters. Judged only with enough letters to tell.
MIN_LETTERS_TO_JUDGE = 40
VOWEL_SHARE = (0.25, 0.65)
MIN_LATIN_SHARE = 0.85
MAX_VOWELLESS_WORDS = 0.35  # of words of four or more letters
_VOWELS = frozenset("aeiouyāēīōū")
_LATIN = frozenset("abcdefghijklmnopqrstuvwxyzāčēģīķļņōŗšūž")
# A two-language paper prints its Latvian beside Ukrainian or Russian: its Cyrillic words are
# a language of their own when a real share of their letters are Cyrillic vowels (a map into
# the wrong code page gives consonant soup, "РџСЂРёРІ"), and the Latvian words are judged alone.
_CYRILLIC_LETTER = re.compile(r"[\u0400-\u04ff]")
_CYRILLIC_VOWELS = frozenset("аеёиоуыэюяіїєў")
CYRILLIC_VOWEL_SHARE = (0.3, 0.6)


def _visible_chars(page: Page) -> str:
    return "".join(w.text for w in page.words if w.text.strip())


def text_layer_problem(page: Page, *, image_coverage: float | None = None) -> str | None:
    """Why the page's text layer is unusable ("no text", "cid garbage"...), or None if it is fine.

    `image_coverage` is the share of the page area covered by images (0..1), when the reader
    knows it: a scanned page with a small OCR'd or typed overlay looks like text otherwise.
    """
    text = _visible_chars(page)
    if not text:
        return "no text layer"
    cid_chars = sum(len(m) for m in _CID.findall(text))
    if cid_chars / len(text) > MAX_CID_SHARE:
        return "text layer is (cid:NN) glyph codes"
    if len(text) < MIN_TEXT_CHARS:
        return f"only {len(text)} characters of text"
    alnum = sum(1 for c in text if c.isalnum())
    if alnum / len(text) < MIN_ALNUM_SHARE:
        return "text layer is mostly symbols"
    if "\ufffd" in text and text.count("\ufffd") / len(text) > MAX_CID_SHARE:
        return "text layer has unmapped glyphs"
    if not reads_as_language([w.text for w in page.words]):
        return "text layer does not read as Latvian (a broken font encoding)"
    if page.width > 0 and page.height > 0:
        inside = sum(
            1
            for w in page.words
            if -1 <= w.x0 < page.width and -1 <= w.top < page.height and w.x1 > 0 and w.bottom > 0
        )
        if inside / len(page.words) < MIN_WORDS_ON_PAGE:
            return "text layer lies outside the page"
    if (
        image_coverage is not None
        and image_coverage >= IMAGE_COVERED
        and len(page.words) < SPARSE_WORDS_ON_IMAGE
    ):
        return f"page is an image with only {len(page.words)} words of text"
    return None


def reads_as_language(words: list[str]) -> bool:
    """False when the letters cannot be Latvian (or English) text: too few vowels, too many
    vowelless words, or mostly letters of another script. True when there is too little to tell.
    """
    cyrillic = [w for w in words if 2 * len(_CYRILLIC_LETTER.findall(w)) > len(w)]
    if cyrillic:
        latin_words = [w for w in words if w not in set(cyrillic)]
        both = [c for word in latin_words for c in word.lower() if c.isalpha()]
        script = [c for word in cyrillic for c in word.lower() if _CYRILLIC_LETTER.match(c)]
        vowels = sum(1 for c in script if c in _CYRILLIC_VOWELS) / max(1, len(script))
        if (len(both) >= MIN_LETTERS_TO_JUDGE and len(script) >= MIN_LETTERS_TO_JUDGE
                and CYRILLIC_VOWEL_SHARE[0] <= vowels <= CYRILLIC_VOWEL_SHARE[1]):
            words = latin_words  # the Latvian half read for itself
    letters = [c for word in words for c in word.lower() if c.isalpha()]
    if len(letters) < MIN_LETTERS_TO_JUDGE:
        return True
    latin = sum(1 for c in letters if c in _LATIN)
    if latin / len(letters) < MIN_LATIN_SHARE:
        return False
    vowels = sum(1 for c in letters if c in _VOWELS) / len(letters)
    if not VOWEL_SHARE[0] <= vowels <= VOWEL_SHARE[1]:
        return False
    long_words = [w for w in words if sum(c.isalpha() for c in w) >= 4]
    if len(long_words) >= 8:
        vowelless = sum(1 for w in long_words if not any(c in _VOWELS for c in w.lower()))
        if vowelless / len(long_words) > MAX_VOWELLESS_WORDS:
            return False
    return True


def page_needs_ocr(page: Page) -> bool:
    """True when the page's text layer is missing, garbage or too thin for the page it is on.

    A reader that knows how much of the page images cover calls `text_layer_problem` with
    `image_coverage` instead, which also catches a scan with a thin text overlay.
    """
    return text_layer_problem(page) is not None


__all__ = ["page_needs_ocr", "reads_as_language", "text_layer_problem"]
