"""A person's name printed twice, once without its Latvian marks and once with them.

A writer without Latvian letters on their keyboard, or in a hurry, types "Kuznecovs" in the
body of a paper whose signature line, e-mail sender or stamp prints "Kuzņecovs": the careful
spelling is the name (the marks are not the writer's to drop), and a name the paper spells two
ways is not sure. A name printed only without marks stays as written (set conventions:
"Strazdina" and "Strazdiņa" are both surnames); only a spelling the same paper prints is taken.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Any

from .layout import fold

# A name spelt two ways on one paper is one a clerk checks: below the sure bar.
TWO_SPELLINGS = 0.85
_WORD = re.compile(r"[^\W\d_]{3,}")


def _marks(word: str) -> int:
    return sum(1 for c in word if fold(c) != c.lower())


# A long vowel at a word's end is a case's ending ("Rimkutē" is where, "Kalniņā" too), or a
# foreign letter OCR gave a Latvian mark (a Lithuanian "Rimkutė"), never a nominative's: the
# name keeps its own last letter.
_ENDINGS = frozenset("āēīū")


def _stem_marks(spelling: str, part: str) -> str:
    """`spelling`'s marks on `part`, but for a long vowel at its end."""
    return spelling[:-1] + (part[-1].lower() if spelling[-1] in _ENDINGS else spelling[-1])


def _cased_like(spelling: str, model: str) -> str:
    """`spelling`'s letters in `model`'s capitals ("KUZŅECOVS" as "Kuzņecovs")."""
    return "".join(s.upper() if m.isupper() else s.lower() for s, m in zip(spelling, model,
                                                                             strict=True))


def prefer_marked_names(kinds: dict[str, str], fields: dict[str, Any], text: str,
                        confidence: dict[str, float], warnings: list[str]) -> None:
    """Each person's name with the marks the same paper prints it with elsewhere; a name the
    paper prints with and without its marks below the sure bar."""
    spellings: dict[str, set[str]] = defaultdict(set)
    for word in _WORD.findall(text):
        if word[0].isupper():
            spellings[fold(word)].add(word.lower())
    for name, kind in kinds.items():
        value = fields.get(name)
        if kind != "person_name" or not isinstance(value, str):
            continue
        doubted = False

        def marked(match: re.Match[str]) -> str:
            nonlocal doubted
            part = match.group(0)
            seen = {_stem_marks(s, part) for s in spellings.get(fold(part), set())
                    if len(s) == len(part)}
            if seen - {part.lower()}:
                doubted = True
            best = max(seen | {part.lower()}, key=_marks)
            return _cased_like(best, part) if _marks(best) > _marks(part) else part

        mended = _WORD.sub(marked, value)
        if not doubted:
            continue
        confidence[name] = min(confidence.get(name, 0.0), TWO_SPELLINGS)
        if mended != value:
            fields[name] = mended
            warnings.append(f"{name}: the paper prints the name with its marks elsewhere; "
                            "that spelling taken")
        else:
            warnings.append(f"{name}: the paper prints the name also without its marks")
