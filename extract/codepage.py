"""A text layer whose font maps the Latvian letters to Windows-1252 ones ("Bçrziòð").

An old font's ToUnicode map (or a converter) took the Baltic code page's bytes (Windows-1257)
for the Western one's (Windows-1252): "ā" (0xE2) comes out "â", "š" (0xF0) "ð", "ņ" (0xF2)
"ò", "ē" (0xE7) "ç". Every such letter stands for exactly one Latvian letter, so the layer is
mended letter by letter, not guessed: a page is mended only when its words show these letters
and not one real Latvian mark (a page with both is a French name on a Latvian page, kept as
it is). The letters the two code pages share (é, ü, ö, ä, õ, the quotation marks) stay.
"""

from __future__ import annotations

from dataclasses import replace

from .document import Word

# Windows-1252's letter at each byte where Windows-1257 has a Latvian one: cp1252 -> cp1257.
_BALTIC = "āĀčČēĒģĢīĪķĶļĻņŅšŠūŪžŽ"
_WESTERN = _BALTIC.encode("cp1257").decode("cp1252")
_MEND = str.maketrans(_WESTERN, _BALTIC)
_WESTERN_SET = frozenset(_WESTERN)
_BALTIC_SET = frozenset(_BALTIC)

# How many words must show the Western letters before a page is taken for a mis-mapped font
# (one "Müller" or "Françoise" is a name, not a font).
MIN_WORDS = 3


def western_for_baltic(words: list[str]) -> bool:
    """Whether a page's words write the Latvian letters as Windows-1252 ones: several words
    with such letters, no real Latvian mark anywhere."""
    if any(c in _BALTIC_SET for w in words for c in w):
        return False
    return sum(any(c in _WESTERN_SET for c in w) for w in words) >= MIN_WORDS


def mend_text(text: str) -> str:
    """A text with its Windows-1252 letters put back as the Latvian ones they stand for."""
    return text.translate(_MEND)


def mended_words(words: list[Word]) -> list[Word] | None:
    """The page's words with their letters mended, or None when the page is not such a
    layer."""
    if not western_for_baltic([w.text for w in words]):
        return None
    return [replace(w, text=mend_text(w.text)) if any(c in _WESTERN_SET for c in w.text) else w
            for w in words]
