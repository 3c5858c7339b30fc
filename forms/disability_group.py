"""The disability group an opinion states: "I grupa", "pirmā grupa", "bērns ar invaliditāti"."""

from __future__ import annotations

import re

from . import vocabulary
from .latvian_dates import fold

# The values the parser returns: the contract's vocabulary, named once in vocabulary.py.
DISABILITY_GROUPS: tuple[str, ...] = tuple(vocabulary.DISABILITY_GROUPS)

# Texts are folded (lower case, no diacritics) before matching: "pirmā" -> "pirma".
_CHILD = (
    re.compile(r"\bbern\w*\s+ar\s+invalid"),  # bērns ar invaliditāti, bērnam ar invaliditāti
    re.compile(r"\binvalidit\w*\s+bern"),  # invaliditāte bērnam
    re.compile(r"\bbern\w*\s+invalidit"),  # bērna invaliditāte
    # "Bērnam noteikta invaliditāte", "invaliditāte noteikta bērnam"
    re.compile(r"\bbern\w*\s+(?:ir\s+)?noteikt\w*\s+invalidit"),
    re.compile(r"\binvalidit\w*\s+(?:ir\s+)?noteikt\w*\s+bern"),
    # "Bērnam Anitai Zālei, personas kods ..., noteikta invaliditāte": the child named.
    re.compile(r"\bbernam\s+(?:[a-z-]+,?\s+){1,3}?(?:(?:personas\s+kods|p\.\s*k\.)\s*:?"
               r"\s*[\d\s-]{11,13},?\s*)?(?:ir\s+)?noteikt\w*\s+invalidit"),
    re.compile(r"lidz\s+18\s*(?:\.\s*)?gad"),  # līdz 18 gadu vecumam
    re.compile(r"^\s*(?:child|berns)\s*$"),
)
_ORDINALS = {
    "pirm": "I",
    "otr": "II",
    "tres": "III",
}
_ARABIC = {"1": "I", "2": "II", "3": "III"}
# OCR reads a Roman I as l, | or 1: "Il grupa", "lll", "1I".
_ROMAN = r"(?P<roman>[il1|]{1,3})"
_GROUP_WORD = r"(?:invaliditates\s+)?grup"
_PATTERNS = (
    # I grupa, II invaliditātes grupa, II (otrā) grupa
    re.compile(r"(?<![\w.])" + _ROMAN + r"\s*\.?\s*(?:\([^)]{0,12}\)\s*)?" + _GROUP_WORD),
    re.compile(r"\b(?P<ordinal>pirm|otr|tres)\w*\s+" + _GROUP_WORD),  # pirmā grupa
    re.compile(r"grup\w*\s*[:\-–—]?\s*" + _ROMAN + r"(?![\w])"),  # grupa: II
    re.compile(r"grup\w*\s*[:\-–—]?\s*(?P<ordinal>pirm|otr|tres)\w*"),  # grupa - pirmā
    # A labelled value that opens with the numeral ("Invaliditātes grupa: I. Termiņš: ...").
    re.compile(r"^\s*" + _ROMAN + r"\s*\.?(?=\s|$)"),
)


def _roman(text: str) -> str | None:
    letters = text.replace("l", "i").replace("|", "i").replace("1", "i")
    if len(text) == 1 and text == "1":
        return "I"
    return {"i": "I", "ii": "II", "iii": "III"}.get(letters)


def parse_disability_group(text: str | None) -> str | None:
    """'I', 'II', 'III' or 'child' from how an opinion writes it; None when it says no group."""
    if not text:
        return None
    folded = fold(text)
    if any(pattern.search(folded) for pattern in _CHILD):
        return "child"
    for pattern in _PATTERNS:
        match = pattern.search(folded)
        if not match:
            continue
        groups = match.groupdict()
        if groups.get("ordinal"):
            return _ORDINALS[groups["ordinal"]]
        roman = groups.get("roman")
        if roman:
            if roman in _ARABIC:
                return _ARABIC[roman]
            value = _roman(roman)
            if value:
                return value
    # A bare value from a table cell: "II", "2", "2.", "otrā"
    bare = folded.strip().rstrip(".").strip()
    if bare in _ARABIC:
        return _ARABIC[bare]
    for stem, group in _ORDINALS.items():
        if re.fullmatch(stem + r"\w*", bare):
            return group
    return _roman(bare) if re.fullmatch(r"[il|]{1,3}", bare) else None
