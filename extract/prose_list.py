"""Areas of support named in a sentence ("atbalsts nepieciešams budžeta plānošanā, rēķinu
apmaksā un saziņā ar iestādēm") read as a list in the nominative.

A social worker may write the tasks as prose instead of a list under a heading. The areas then
stand in the locative after a word of support ("atbalsts", "palīdzība", "palīdzēt"), joined by
commas, "un" and "kā arī"; each is a head noun with its genitives before it and its complement
after it. Only heads whose nominative is certain from the ending are turned ("-šanā" ->
"-šana", "-ībā" -> "-ība", "-ē" -> "-e", "-umā" -> "-ums"); a sentence with any other head is no
list this reader trusts.
"""

from __future__ import annotations

import re

from .roles import fold_letters

_SUPPORT = re.compile(r"(?<![a-z])(?:atbalst\w*|palidzib\w*|palidz\w*)(?![a-z])")
_SENTENCE_END = re.compile(r"(?<=[a-zāčēģīķļņšūž)])[.!?](?:\s|$)")
_JOINS = re.compile(r"\s*,\s*(?:k[aā]\s+ar[iī]\s+)?|\s+(?:un|k[aā]\s+ar[iī])\s+")
# A locative head whose nominative its ending tells (folded endings, same length as printed).
_HEADS = (("sana", "šana"), ("iba", "ība"), ("ija", "ija"), ("ina", "iņa"), ("uma", "ums"))
_GENITIVE = re.compile(r"(?:as|es|u|a|is|us|o)$")  # "-o": a definite adjective ("komunālo")


def _nominative(word: str) -> str | None:
    """A locative head noun in the nominative, or None when its ending leaves it unsure."""
    folded = fold_letters(word).lower()
    if not folded.endswith(("a", "e")) or len(folded) < 5:
        return None
    if folded.endswith("e"):
        return word[:-1] + "e"  # "aprūpē" -> "aprūpe", "pašaprūpē"
    for ending, nominative in _HEADS:
        if folded.endswith(ending):
            return word[:-len(ending)] + nominative
    # Any other "-ā" of a long word is most often a feminine "-a" ("apmaksā"); a short one may
    # be a masculine "-s" ("darbā"): left unsure.
    return word[:-1] + "a" if len(folded) >= 7 else None


def _area(part: str, *, first: bool) -> str | None:
    """One area in the nominative: genitives, the locative head, its complement."""
    words = part.split()
    folded = [fold_letters(w).lower() for w in words]
    head = next((i for i, w in enumerate(words) if w.islower() and _nominative(w)
                 and folded[i][-1] in "ae" and words[i][-1] in "āē"), None)
    if head is None:
        return None
    start = head
    while start > 0 and _GENITIVE.search(folded[start - 1]) and words[start - 1].islower():
        start -= 1
    if start > 0 and not first:
        return None  # words before an area that are no genitive: not a list of areas
    noun = _nominative(words[head])
    assert noun is not None  # found by _nominative above
    return " ".join([*words[start:head], noun, *words[head + 1:]])


# A word of support inside a verb too ("jāpalīdz", "atbalstīt"): it may open a list after a colon.
_SUPPORT_STEM = re.compile(r"atbalst|palidz")


def speaks_of_support(folded: str) -> bool:
    """Whether folded text has a word of support in it ("palīdzētu", "atbalsts")."""
    return _SUPPORT_STEM.search(folded) is not None


def _infinitives(rest: str) -> list[str] | None:
    """Things to do listed after a colon, each opening with an infinitive ("palīdzēt plānot
    budžetu, mācīt zīdaiņa aprūpi un atgādināt par ..."): the phrases as printed."""
    parts = [p.strip() for p in _JOINS.split(rest) if p.strip()]
    if len(parts) >= 2 and all(fold_letters(p.split()[0]).lower().endswith("t")
                               and p.split()[0].islower() and len(p.split()) >= 2 for p in parts):
        return parts
    return None


def areas_of_support(text: str) -> list[str]:
    """The areas a sentence names after a word of support, or [] when none is certain."""
    plain = fold_letters(text).lower()
    start = 0
    for end_match in [*_SENTENCE_END.finditer(text), None]:
        end = end_match.start() if end_match else len(text)
        first = _SUPPORT_STEM.search(plain, start, end)
        colon = text.find(":", first.end(), end) if first else -1
        listed = _infinitives(text[colon + 1:end]) if colon >= 0 else None
        if listed:
            return listed
        # The last word of support opens the list ("... asistenta atbalsts budžeta ...").
        support = max(_SUPPORT.finditer(plain, start, end), key=lambda m: m.start(),
                      default=None)
        if support is not None:
            rest = text[support.end():end]
            parts = [p for p in _JOINS.split(rest) if p.strip()]
            if len(parts) >= 2:
                areas = [_area(p, first=i == 0) for i, p in enumerate(parts)]
                if all(areas):
                    return [a for a in areas if a]
        start = end_match.end() if end_match else end
    return []
