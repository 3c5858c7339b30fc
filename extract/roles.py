"""Whose value it is: a personal code belongs to the name printed right before it.

A letter or a decision names several people, each with a code in brackets or after a comma
("ierobežoja Edvīna Ruskuļa (personas kods 220897-16934) rīcībspēju", "izsniedz šo izziņu
Zinaīdai Triznai, personas kods 150163-16045"). Once the reader knows a person's name and role
from the sentence's grammar, that person's code is the one printed beside any form of the same
name, not the first code after a "personas kods" label in prose. The name may stand in any
case, so names are compared by their stems.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from itertools import pairwise

# A capitalised word (any case ending) and a code printed after a name: "(personas kods ...",
# ", p. k. ...", " – ...". Letters are folded before matching, so only ASCII is needed here.
_WORD = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?")
# Across a line end only a bracket or a comma goes on with the name ("... Anita Ruskule" /
# "(personas kods ...)"); a label opening the next line is a form's row, maybe the other
# column's ("Vladislavs Gžibovskis" / "Personas kods 270354-..." of the block on the left).
_CODE_AFTER = re.compile(
    r"^(?:[ \t]*|[ \t]*\n[ \t]*(?=[(,]))[,(]?[ \t]*"
    r"(?:(?:personas\s+kods|pers\.\s*kods|p\.\s*k\.)[ \t]*:?[ \t]*)?"
    r"(\d{6})[ \t]*[-‐‑–—][ \t]*(\d{5})(?![\d-])",
    re.IGNORECASE,
)


def fold_letters(text: str) -> str:
    """Text with Latvian diacritics removed, same length, case kept (ā -> a, Ķ -> K)."""
    # NFD, not NFKD: compatibility forms ("№" -> "No") would change what a pattern means.
    return "".join((unicodedata.normalize("NFD", c) or c)[0] for c in text)


def _stem(word: str) -> str:
    """The part of a name's word no case ending changes ("Ruskulis" -> "Rusku")."""
    folded = fold_letters(word).lower()
    return folded[: max(3, len(folded) - 3)] if len(folded) > 3 else folded


@dataclass(frozen=True, slots=True)
class CodeMention:
    """A personal code printed right after a form of a name, and where the name starts."""

    code: str
    at: int


def codes_beside(text: str, name: str) -> list[CodeMention]:
    """Every code printed right after a form of `name` in `text` (in order, repeats kept).
    `text` keeps its line ends: a code on the next line counts only after a bracket or a
    comma."""
    stems = [_stem(w) for w in name.split()]
    if len(stems) < 2:
        return []
    plain = fold_letters(text)
    words = list(_WORD.finditer(plain))
    found: list[CodeMention] = []
    for i in range(len(words) - len(stems) + 1):
        run = words[i : i + len(stems)]
        if not all(w.group(0).lower().startswith(s) and len(w.group(0)) <= len(s) + 6
                   for w, s in zip(run, stems, strict=True)):
            continue
        # The words of one name stand together: nothing but spaces between them.
        if any(plain[a.end() : b.start()].strip() for a, b in pairwise(run)):
            continue
        match = _CODE_AFTER.match(plain[run[-1].end() : run[-1].end() + 40])
        if match:
            found.append(CodeMention(f"{match.group(1)}-{match.group(2)}", run[0].start()))
    return found


def code_of(text: str, name: str) -> str | None:
    """The one code the text prints beside `name`; None when it prints none or several."""
    codes = {m.code for m in codes_beside(text, name)}
    return codes.pop() if len(codes) == 1 else None


def _kin_before(plain: str, at: int, kin: tuple[str, ...]) -> str | None:
    """The kinship stem among the few lower-case words right before a name ("tikai tēvam –")."""
    before = re.split(r"[.;:()]", plain[max(0, at - 40) : at])[-1]
    for word in re.findall(r"[a-z]+", before)[-3:]:
        for stem in kin:
            if word.startswith(fold_letters(stem).lower()):
                return fold_letters(stem).lower()
    return None


def kin_code(text: str, name: str, kin: tuple[str, ...]) -> str | None:
    """A code labelled with the kinship noun that introduces `name`: "Aizgādības tiesības:
    tikai tēvam – Normunds Eihvalds" and "Tēva personas kods: 120684-13505" are one person."""
    if not kin:
        return None
    stems = [_stem(w) for w in name.split()]
    plain = fold_letters(text)
    words = list(_WORD.finditer(plain))
    relations = set()
    for i in range(len(words) - len(stems) + 1):
        run = words[i : i + len(stems)]
        if all(w.group(0).lower().startswith(s) for w, s in zip(run, stems, strict=True)):
            stem = _kin_before(plain, run[0].start(), kin)
            if stem:
                relations.add(stem)
    if len(relations) != 1:
        return None
    stem = relations.pop()
    codes = {
        f"{m.group(1)}-{m.group(2)}"
        for m in re.finditer(
            rf"(?i)\b{stem}[a-z]*\s+(?:personas\s+kods|p\.\s*k\.)\s*:?\s*(\d{{6}})\s*[-‐‑–—]\s*(\d{{5}})",
            plain,
        )
    }
    return codes.pop() if len(codes) == 1 else None
