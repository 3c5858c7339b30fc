"""How far a word OCR read is from a known word, counting only the slips OCR makes.

A damaged reading is mended only by the confusions scanners and Tesseract are known for: a
lost diacritic ("Aluksne"), one thin stroke for another (l, I, 1, /, |, t, f), u/n, o/u/0,
e/c, "rn" for "m", "cl" for "d", a speck read as a full stop. Any other difference (a letter
added or dropped, an ending changed) is not OCR's slip but another word, so it is no candidate:
"Mucenieku" is never mended into "Mucenieks".
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from functools import lru_cache

DIACRITIC_COST = 0.25  # "ū" read "u": the mark is lost, the letter is not
CONFUSION_COST = 0.5  # one glyph read as a look-alike
SPECK_COST = 0.25  # a stray mark OCR added between letters
# Two confusions, or one with two lost marks: beyond this a reading is another word.
MAX_COST = 1.0

# Groups of glyphs OCR takes for one another (compared after case folding).
_GROUPS = (
    "li1/|!tfj]í",  # thin upright strokes
    "un",
    "ou0",
    "ao",
    "ec",
    "s5",
    "b6h",
    "g9q",
    "z2",
    "vy",
    "8b3",
)
_PAIRS = frozenset(
    frozenset((a, b)) for group in _GROUPS for a in group for b in group if a != b
)
# One glyph read as two, or two as one: read side -> known side.
_SPLITS = {"rn": "m", "cl": "d", "vv": "w", "li": "h", "ii": "u", "nn": "m"}
_SPECKS = frozenset(".,'`’‘:;·")


def bare_letter(char: str) -> str:
    """A letter without its diacritic ("ū" -> "u")."""
    decomposed = unicodedata.normalize("NFKD", char)
    return "".join(c for c in decomposed if not unicodedata.combining(c)) or char


def _step(read: str, known: str) -> float | None:
    if read == known:
        return 0.0
    if bare_letter(read) == bare_letter(known):
        return DIACRITIC_COST
    if frozenset((bare_letter(read), bare_letter(known))) in _PAIRS:
        # A look-alike whose diacritic was lost as well ("t" for "ļ") costs both.
        return CONFUSION_COST + (DIACRITIC_COST if bare_letter(known) != known else 0.0)
    return None


@lru_cache(maxsize=65536)
def ocr_cost(read: str, known: str) -> float | None:
    """The cheapest account of `read` as OCR's reading of `known`, or None if OCR's usual
    slips cannot turn one into the other (case is ignored: a capital is no damage)."""
    r, k = read.casefold(), known.casefold()
    if abs(len(r) - len(k)) > 2:
        return None
    inf = float("inf")
    # cost[i][j]: the first i read glyphs as the first j known ones.
    cost = [[inf] * (len(k) + 1) for _ in range(len(r) + 1)]
    cost[0][0] = 0.0

    def relax(i: int, j: int, value: float) -> None:
        if value < cost[i][j]:
            cost[i][j] = value

    for i in range(len(r) + 1):
        for j in range(len(k) + 1):
            here = cost[i][j]
            if here > MAX_COST:
                continue  # also the unreached (infinite) cells
            if i < len(r) and j < len(k):
                step = _step(r[i], k[j])
                if step is not None:
                    relax(i + 1, j + 1, here + step)
            if 0 < i < len(r) and r[i] in _SPECKS and j < len(k):
                relax(i + 1, j, here + SPECK_COST)
            for two, one in _SPLITS.items():
                if r.startswith(two, i) and j < len(k) and bare_letter(k[j]) == one:
                    relax(i + 2, j + 1, here + CONFUSION_COST)
                if k.startswith(two, j) and i < len(r) and bare_letter(r[i]) == one:
                    relax(i + 1, j + 2, here + CONFUSION_COST)
    total = cost[len(r)][len(k)]
    return total if total <= MAX_COST else None


def nearest(read: str, known: Iterable[str]) -> str | None:
    """The one known word OCR's slips explain `read` as, or None when none or several do.

    A word that is itself known is left alone (None); two candidates at the same or a close
    cost ("Alsunga"/"Alsviķa") are a guess, not a repair.
    """
    scored: list[tuple[float, str]] = []
    for word in known:
        cost = ocr_cost(read, word)
        if cost is None:
            continue
        if cost == 0.0 or read == word:
            return None
        scored.append((cost, word))
    if not scored:
        return None
    scored.sort()
    best_cost, best = scored[0]
    rivals = {w for c, w in scored[1:] if c < best_cost + CONFUSION_COST and w != best}
    return None if rivals else best
